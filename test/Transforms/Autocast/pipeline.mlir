// RUN: cast-hoist-opt %s -split-input-file --autocast=type=bf16 --hoist-casts | FileCheck %s
// RUN: cast-hoist-opt %s -split-input-file --autocast=type=bf16 --hoist-casts=exactness=bits | FileCheck %s --check-prefix=BITS

// The whole story: autocast puts narrowing casts next to the matmul, and
// hoist-casts moves them above the data movement that feeds it, so the
// transpose and the reshape move bf16 instead of f32, and the cast of the
// constant weight folds into a bf16 constant.

// CHECK-LABEL: func.func @linalg_block
// CHECK-SAME:    (%[[X:.*]]: tensor<8x2x4xf32>, %[[C:.*]]: tensor<8x16xf32>)
// CHECK:         %[[T:.*]] = arith.truncf %[[X]] : tensor<8x2x4xf32> to tensor<8x2x4xbf16>
// CHECK:         %[[R:.*]] = tensor.collapse_shape %[[T]] {{\[}}[0], [1, 2]] : tensor<8x2x4xbf16> into tensor<8x8xbf16>
// CHECK:         %[[P:.*]] = linalg.transpose ins(%[[R]] : tensor<8x8xbf16>) outs(%{{.*}} : tensor<8x8xbf16>) permutation = [1, 0]
// CHECK:         %[[W:.*]] = arith.constant dense<5.000000e-01> : tensor<8x16xbf16>
// CHECK:         %[[M:.*]] = linalg.matmul ins(%[[P]], %[[W]] : tensor<8x8xbf16>, tensor<8x16xbf16>) outs(%[[C]] : tensor<8x16xf32>)
// CHECK:         return %[[M]]
func.func @linalg_block(%x: tensor<8x2x4xf32>, %c: tensor<8x16xf32>) -> tensor<8x16xf32> {
  %r = tensor.collapse_shape %x [[0], [1, 2]] : tensor<8x2x4xf32> into tensor<8x8xf32>
  %e = tensor.empty() : tensor<8x8xf32>
  %t = linalg.transpose ins(%r : tensor<8x8xf32>) outs(%e : tensor<8x8xf32>) permutation = [1, 0]
  %w = arith.constant dense<0.5> : tensor<8x16xf32>
  %m = linalg.matmul ins(%t, %w : tensor<8x8xf32>, tensor<8x16xf32>) outs(%c : tensor<8x16xf32>) -> tensor<8x16xf32>
  return %m : tensor<8x16xf32>
}

// -----

// CHECK-LABEL: func.func @tosa_block
// CHECK-NOT:     tensor<1xf32>
// CHECK-SAME:    (%[[X:.*]]: tensor<1x8x4x2xf32>, %[[B:.*]]: tensor<1x8x16xf32>)
// CHECK:         %[[CX:.*]] = tosa.cast %[[X]] : (tensor<1x8x4x2xf32>) -> tensor<1x8x4x2xbf16>
// CHECK:         %[[T:.*]] = tosa.transpose %[[CX]] {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x8x4x2xbf16>) -> tensor<1x4x2x8xbf16>
// CHECK:         %[[R:.*]] = tosa.reshape %[[T]], %{{.*}} : (tensor<1x4x2x8xbf16>, !tosa.shape<3>) -> tensor<1x8x8xbf16>
// CHECK:         %[[CB:.*]] = tosa.cast %[[B]] : (tensor<1x8x16xf32>) -> tensor<1x8x16xbf16>
// CHECK:         %[[M:.*]] = tosa.matmul %[[R]], %[[CB]], %{{.*}}, %{{.*}} : (tensor<1x8x8xbf16>, tensor<1x8x16xbf16>, tensor<1xbf16>, tensor<1xbf16>) -> tensor<1x8x16xf32>
// CHECK:         return %[[M]]
func.func @tosa_block(%x: tensor<1x8x4x2xf32>, %b: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %t = tosa.transpose %x {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x8x4x2xf32>) -> tensor<1x4x2x8xf32>
  %s = tosa.const_shape {values = dense<[1, 8, 8]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %r = tosa.reshape %t, %s : (tensor<1x4x2x8xf32>, !tosa.shape<3>) -> tensor<1x8x8xf32>
  %z = "tosa.const"() {values = dense<0.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %m = tosa.matmul %r, %b, %z, %z : (tensor<1x8x8xf32>, tensor<1x8x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x16xf32>
  return %m : tensor<1x8x16xf32>
}

// -----

// Two TOSA convolutions in a row: the first one's bf16 output is widened to
// f32 and narrowed again for the second one. Under exactness=values
// (default) hoist-casts folds the float round trip, so the convolutions
// chain on bf16; under exactness=bits it never folds one (Rules.md,
// section 0) and the pair stays.
// CHECK-LABEL: func.func @conv_chain
// CHECK:         %[[C1:.*]] = tosa.conv2d {{.*}} -> tensor<1x6x6x4xbf16>
// CHECK-NOT:     tosa.cast %[[C1]]
// CHECK:         %[[C2:.*]] = tosa.conv2d %[[C1]], {{.*}} -> tensor<1x4x4x4xbf16>
// CHECK:         tosa.cast %[[C2]] : (tensor<1x4x4x4xbf16>) -> tensor<1x4x4x4xf32>
// BITS-LABEL:  func.func @conv_chain
// BITS:          %[[C1:.*]] = tosa.conv2d {{.*}} -> tensor<1x6x6x4xbf16>
// BITS:          %[[W:.*]] = tosa.cast %[[C1]] : (tensor<1x6x6x4xbf16>) -> tensor<1x6x6x4xf32>
// BITS:          %[[N:.*]] = tosa.cast %[[W]] : (tensor<1x6x6x4xf32>) -> tensor<1x6x6x4xbf16>
// BITS:          tosa.conv2d %[[N]], {{.*}} -> tensor<1x4x4x4xbf16>
func.func @conv_chain(%x: tensor<1x8x8x3xf32>, %w1: tensor<4x3x3x3xf32>, %b1: tensor<4xf32>,
                      %w2: tensor<4x3x3x4xf32>, %b2: tensor<4xf32>) -> tensor<1x4x4x4xf32> {
  %z = "tosa.const"() {values = dense<0.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %c1 = tosa.conv2d %x, %w1, %b1, %z, %z {acc_type = f32, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>, dilation = array<i64: 1, 1>} : (tensor<1x8x8x3xf32>, tensor<4x3x3x3xf32>, tensor<4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x6x6x4xf32>
  %c2 = tosa.conv2d %c1, %w2, %b2, %z, %z {acc_type = f32, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>, dilation = array<i64: 1, 1>} : (tensor<1x6x6x4xf32>, tensor<4x3x3x4xf32>, tensor<4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x4xf32>
  return %c2 : tensor<1x4x4x4xf32>
}
