// RUN: cast-hoist-opt %s --hoist-casts=report-graph=%t.dot -o /dev/null
// RUN: FileCheck %s < %t.dot
// RUN: cast-hoist-opt %s --pass-pipeline='builtin.module(func.func(hoist-casts{report-graph=%t.nested.dot}))' -o /dev/null
// RUN: FileCheck %s --check-prefix=NESTED < %t.nested.dot
// RUN: not cast-hoist-opt %s --hoist-casts=report-graph=%t.missing/graph.dot -o /dev/null 2>&1 | FileCheck %s --check-prefix=ERROR

// report-graph=PATH writes one Graphviz digraph: a legend, then per function
// a cluster holding the function before and after the rewrites. Data-movement
// ops are filled with the colour of the element type they move, moved casts
// are bold with their direction, edges carry the bytes of their value, and
// runs of compute ops collapse into one node.

// CHECK:       digraph "hoist-casts" {
// CHECK:         subgraph cluster_legend {
// CHECK-DAG:       [label="data movement of f32/f64", {{.*}}fillcolor="#f4b6b6"
// CHECK-DAG:       [label="data movement of f16/bf16", {{.*}}fillcolor="#b9e4b9"
// CHECK-DAG:       [label="data movement of f8", {{.*}}fillcolor="#b7c9f2"
// CHECK-DAG:       [label="data movement of integer", {{.*}}fillcolor="#d9d9d9"
// CHECK-DAG:       [label="cast hoisted up", {{.*}}penwidth=3, color="#8e44ad"]
// CHECK-DAG:       [label="cast sunk down", {{.*}}penwidth=3, color="#d35400"]

// The cast climbs the reshape (a view, dashed, 0 bytes) and the transpose;
// the three compute ops above stay one node. "after" is printed first: dot
// then draws "before" on the left.
// CHECK:         subgraph cluster_f0 {
// CHECK-NEXT:      label="@net: function 1.31 KiB -> 1.19 KiB (9.5% saved)";
// CHECK:           subgraph cluster_f0_after {
// CHECK-NEXT:        label="after: data movement 128 B, casts 192 B, function 1.19 KiB";
// CHECK:             f0_after_n2 [label="3 compute ops
// CHECK-NEXT:        f0_after_n3 [label="tosa.cast\nf32 -> f16, 192 B\nhoisted up across 2", shape=hexagon, style="filled,bold", {{.*}}penwidth=3, color="#8e44ad"]
// CHECK-NEXT:        f0_after_n4 [label="tosa.transpose\nf16, 128 B", {{.*}}fillcolor="#b9e4b9"
// CHECK-NEXT:        f0_after_n5 [label="tosa.reshape\nf16 view, 0 B", {{.*}}fillcolor="#b9e4b9"
// CHECK:             f0_after_n2 -> f0_after_n3 [label="128 B", color="#c0392b"
// CHECK-NEXT:        f0_after_n3 -> f0_after_n4 [label="64 B", color="#2e8b57"
// CHECK:           subgraph cluster_f0_before {
// CHECK-NEXT:        label="before: data movement 256 B, casts 192 B, function 1.31 KiB";
// CHECK-NEXT:        f0_before_n0 [label="arg 0\ntensor<4x8xf32>", shape=ellipse
// CHECK-NEXT:        f0_before_n1 [label="arg 1\ntensor<4x8xf32>", shape=ellipse
// CHECK-NEXT:        f0_before_n2 [label="3 compute ops\n1 tosa.add, 1 tosa.exp, ...\n896 B", shape=box, style=rounded
// CHECK-NEXT:        f0_before_n3 [label="tosa.transpose\nf32, 256 B", shape=box, style="filled", fillcolor="#f4b6b6"
// CHECK-NEXT:        f0_before_n4 [label="tosa.reshape\nf32 view, 0 B", shape=box, style="filled,dashed", fillcolor="#f4b6b6"
// CHECK-NEXT:        f0_before_n5 [label="tosa.cast\nf32 -> f16, 192 B", shape=hexagon, style=filled
// CHECK-NEXT:        f0_before_n6 [label="func.return"
// CHECK-NEXT:        f0_before_n0 -> f0_before_n2 [label="128 B", color="#c0392b"
// CHECK-NEXT:        f0_before_n1 -> f0_before_n2 [label="128 B"
// CHECK-NEXT:        f0_before_n2 -> f0_before_n3 [label="128 B"
// CHECK-NEXT:        f0_before_n3 -> f0_before_n4 [label="128 B"
// CHECK-NEXT:        f0_before_n4 -> f0_before_n5 [label="128 B"
// CHECK-NEXT:        f0_before_n5 -> f0_before_n6 [label="64 B", color="#2e8b57"

func.func @net(%a: tensor<4x8xf32>, %b: tensor<4x8xf32>) -> tensor<32xf16> {
  %0 = tosa.add %a, %b : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %1 = tosa.exp %0 : (tensor<4x8xf32>) -> tensor<4x8xf32>
  %2 = tosa.tanh %1 : (tensor<4x8xf32>) -> tensor<4x8xf32>
  %t = tosa.transpose %2 {perms = array<i32: 1, 0>} : (tensor<4x8xf32>) -> tensor<8x4xf32>
  %shape = tosa.const_shape {values = dense<[32]> : tensor<1xindex>} : () -> !tosa.shape<1>
  %r = tosa.reshape %t, %shape : (tensor<8x4xf32>, !tosa.shape<1>) -> tensor<32xf32>
  %c = tosa.cast %r : (tensor<32xf32>) -> tensor<32xf16>
  return %c : tensor<32xf16>
}

// A widening cast sinks below a view; i32 and f8 data movement get their own
// colours; the constant shape is not drawn.
// CHECK:         subgraph cluster_f1 {
// CHECK-NEXT:      label="@sink: function 240 B -> 240 B (0.0% saved)";
// CHECK:           subgraph cluster_f1_after {
// CHECK:             f1_after_n3 [label="tosa.reshape\nf16 view, 0 B", {{.*}}fillcolor="#b9e4b9"
// CHECK-NEXT:        f1_after_n4 [label="tosa.cast\nf16 -> f32, 96 B\nsunk down across 1", {{.*}}penwidth=3, color="#d35400"]
// CHECK:             f1_after_n3 -> f1_after_n4 [label="32 B"
// CHECK:           subgraph cluster_f1_before {
// CHECK:             f1_before_n3 [label="tosa.cast\nf16 -> f32, 96 B", shape=hexagon, style=filled
// CHECK-NEXT:        f1_before_n4 [label="tosa.reshape\nf32 view, 0 B"
// CHECK-NEXT:        f1_before_n5 [label="tosa.reverse\ni32, 128 B", {{.*}}fillcolor="#d9d9d9"
// CHECK-NEXT:        f1_before_n6 [label="tmov.transpose\nf8E4M3FN, 16 B", {{.*}}fillcolor="#b7c9f2"
// CHECK-NOT:         const_shape
// CHECK:         }

// Nested on functions, each instance of the pass writes its own function;
// the file holds one of them.
// NESTED:        subgraph cluster_legend {
// NESTED:        subgraph cluster_f0 {
// NESTED-NOT:    subgraph cluster_f1

// ERROR: error: hoist-casts: cannot write the report-graph file '{{.*}}missing/graph.dot': No such file or directory

func.func @sink(%x: tensor<16xf16>, %i: tensor<16xi32>, %q: tensor<2x4xf8E4M3FN>) -> (tensor<4x4xf32>, tensor<16xi32>, tensor<4x2xf8E4M3FN>) {
  %e = tosa.cast %x : (tensor<16xf16>) -> tensor<16xf32>
  %shape = tosa.const_shape {values = dense<[4, 4]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %r = tosa.reshape %e, %shape : (tensor<16xf32>, !tosa.shape<2>) -> tensor<4x4xf32>
  %v = tosa.reverse %i {axis = 0 : i32} : (tensor<16xi32>) -> tensor<16xi32>
  %t = tmov.transpose %q [1, 0] : tensor<2x4xf8E4M3FN> -> tensor<4x2xf8E4M3FN>
  return %r, %v, %t : tensor<4x4xf32>, tensor<16xi32>, tensor<4x2xf8E4M3FN>
}
