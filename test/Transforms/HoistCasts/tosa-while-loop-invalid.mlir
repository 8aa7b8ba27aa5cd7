// RUN: cast-hoist-opt %s -split-input-file \
// RUN:   --mlir-very-unsafe-disable-verifier-on-parsing --verify-each=false \
// RUN:   --hoist-casts=report -o /dev/null --mlir-print-op-on-diagnostic=false \
// RUN:   2>&1 | FileCheck %s
// RUN: cast-hoist-opt %s -split-input-file \
// RUN:   --mlir-very-unsafe-disable-verifier-on-parsing --verify-each=false \
// RUN:   --hoist-casts='policy=always exactness=bits' -o /dev/null

// Robustness: tosa.while_loop ops the verifier rejects (parsed here with the
// verifier off) must not crash the pass or be rewritten. The loop's flow
// (LoopRegionsOpInterface) is refused when the counts do not match; an edge
// between different element types is refused by the loop rewrite. The
// narrowing cast after each loop stays, with the reason in the report.

// The body yields a value of another type (f16) than the loop carries (f32).
// Inside the body the pass still hoists the f16 cast above the reverse.
// CHECK: remark: hoisted above 'tosa.reverse'
// CHECK: remark: not moved: a value flows into a loop value of another element type
func.func @yield_type(%x: tensor<4xf32>, %go: tensor<i1>) -> tensor<4xf16> {
  %r = tosa.while_loop (%v = %x) : (tensor<4xf32>) -> tensor<4xf32> {
    tosa.yield %go : tensor<i1>
  } do {
  ^bb0(%v1: tensor<4xf32>):
    %rv = tosa.reverse %v1 {axis = 0 : i32} : (tensor<4xf32>) -> tensor<4xf32>
    %h = tosa.cast %rv : (tensor<4xf32>) -> tensor<4xf16>
    tosa.yield %h : tensor<4xf16>
  }
  %c = tosa.cast %r : (tensor<4xf32>) -> tensor<4xf16>
  return %c : tensor<4xf16>
}

// -----

// The body yields fewer values than the loop carries.
// CHECK: remark: not moved: the loop op's regions do not have the form its flow needs
func.func @fewer(%x: tensor<4xf32>, %y: tensor<4xf32>, %go: tensor<i1>) -> tensor<4xf16> {
  %r:2 = tosa.while_loop (%v = %x, %w = %y) : (tensor<4xf32>, tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
    tosa.yield %go : tensor<i1>
  } do {
  ^bb0(%v1: tensor<4xf32>, %w1: tensor<4xf32>):
    %rv = tosa.reverse %v1 {axis = 0 : i32} : (tensor<4xf32>) -> tensor<4xf32>
    tosa.yield %rv : tensor<4xf32>
  }
  %c = tosa.cast %r#0 : (tensor<4xf32>) -> tensor<4xf16>
  return %c : tensor<4xf16>
}

// -----

// The body's argument has another element type than the init.
// CHECK: remark: not moved: a value flows into a loop value of another element type
func.func @arg_type(%x: tensor<4xf32>, %go: tensor<i1>) -> tensor<4xf16> {
  %r = "tosa.while_loop"(%x) ({
  ^bb0(%a: tensor<4xf32>):
    "tosa.yield"(%go) : (tensor<i1>) -> ()
  }, {
  ^bb0(%b: tensor<4xbf16>):
    %rv = tosa.reverse %b {axis = 0 : i32} : (tensor<4xbf16>) -> tensor<4xbf16>
    "tosa.yield"(%rv) : (tensor<4xbf16>) -> ()
  }) : (tensor<4xf32>) -> tensor<4xf32>
  %c = tosa.cast %r : (tensor<4xf32>) -> tensor<4xf16>
  return %c : tensor<4xf16>
}

// -----

// The cond region has no arguments.
// CHECK: remark: not moved: the loop op's regions do not have the form its flow needs
func.func @cond_no_args(%x: tensor<4xf32>, %go: tensor<i1>) -> tensor<4xf16> {
  %r = "tosa.while_loop"(%x) ({
    "tosa.yield"(%go) : (tensor<i1>) -> ()
  }, {
  ^bb0(%b: tensor<4xf32>):
    %rv = tosa.reverse %b {axis = 0 : i32} : (tensor<4xf32>) -> tensor<4xf32>
    "tosa.yield"(%rv) : (tensor<4xf32>) -> ()
  }) : (tensor<4xf32>) -> tensor<4xf32>
  %c = tosa.cast %r : (tensor<4xf32>) -> tensor<4xf16>
  return %c : tensor<4xf16>
}

// -----

// The body region's block is empty: no terminator, nothing yielded.
// CHECK: remark: not moved: the loop op's regions do not have the form its flow needs
func.func @empty_body(%x: tensor<4xf32>, %go: tensor<i1>) -> tensor<4xf16> {
  %r = "tosa.while_loop"(%x) ({
  ^bb0(%a: tensor<4xf32>):
    "tosa.yield"(%go) : (tensor<i1>) -> ()
  }, {
  ^bb0(%b: tensor<4xf32>):
  }) : (tensor<4xf32>) -> tensor<4xf32>
  %c = tosa.cast %r : (tensor<4xf32>) -> tensor<4xf16>
  return %c : tensor<4xf16>
}
