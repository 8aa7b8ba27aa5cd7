// RUN: cast-hoist-opt %s -split-input-file --hoist-casts | FileCheck %s
// RUN: cast-hoist-opt %s -split-input-file --hoist-casts=report -o /dev/null 2>&1 | FileCheck %s --check-prefix=REPORT

// The pass erases only what its own rewrites leave dead: a data-movement op
// or cast that is dead in the input stays, and the report does not count
// its removal as a saving.

// CHECK-LABEL: func.func @dead_ops_stay
// CHECK:         tensor.cast %{{.*}} : tensor<4x8xf32> to tensor<?x8xf32>
// CHECK:         tmov.transpose %{{.*}} : tensor<4x8xf32> -> tensor<8x4xf32>
// CHECK:         tmov.cast %{{.*}} : tensor<4x8xf32> to tensor<4x8xf16>
// CHECK:         return %arg0
// REPORT:        hoist-casts: data movement [[M:[0-9]+]] -> [[M]] bytes, casts 192 -> 192 bytes
func.func @dead_ops_stay(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %dead0 = tensor.cast %x : tensor<4x8xf32> to tensor<?x8xf32>
  %dead1 = tmov.transpose %x [1, 0] : tensor<4x8xf32> -> tensor<8x4xf32>
  %dead2 = tmov.cast %x : tensor<4x8xf32> to tensor<4x8xf16>
  return %x : tensor<4x8xf32>
}

// -----

// What a rewrite leaves dead goes: the wide transpose and the constant the
// folded cast read.
// CHECK-LABEL: func.func @rewrite_leftovers_go
// CHECK-NOT:     tensor<8x4xf32>
// CHECK-NOT:     tensor<2xf32>
// CHECK:         return
// REPORT:        hoist-casts: data movement 256 -> 128 bytes
func.func @rewrite_leftovers_go(%x: tensor<4x8xf32>) -> (tensor<8x4xf16>, tensor<2xf16>) {
  %t = tmov.transpose %x [1, 0] : tensor<4x8xf32> -> tensor<8x4xf32>
  %c = tmov.cast %t : tensor<8x4xf32> to tensor<8x4xf16>
  %k = arith.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %kc = tmov.cast %k : tensor<2xf32> to tensor<2xf16>
  return %c, %kc : tensor<8x4xf16>, tensor<2xf16>
}
