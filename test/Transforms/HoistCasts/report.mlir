// RUN: cast-hoist-opt %s -split-input-file --hoist-casts=report -verify-diagnostics | FileCheck %s

// The report: a remark per function with the modeled traffic before and
// after, a remark at each cast moved, and one at each cast left next to a
// data-movement op, with the reason.

// expected-remark @+1 {{hoist-casts: data movement 256 -> 128 bytes, casts 192 -> 192 bytes, total 448 -> 320 bytes (28.6% saved)}}
func.func @moved(%x: tensor<4x8xf32>) -> tensor<8x4xf16> {
  %t = tmov.transpose %x [1, 0] : tensor<4x8xf32> -> tensor<8x4xf32>
  // expected-remark @+1 {{hoisted above 'tmov.transpose': modeled traffic 448 -> 320 bytes}}
  %c = tmov.cast %t : tensor<8x4xf32> to tensor<8x4xf16>
  return %c : tensor<8x4xf16>
}
// CHECK-LABEL: func.func @moved
// CHECK:         tmov.transpose %{{.*}} : tensor<4x8xf16>

// -----

// expected-remark @+1 {{hoist-casts: data movement 2048 -> 2048 bytes, casts 1536 -> 1536 bytes, total 3584 -> 3584 bytes (0.0% saved)}}
func.func @not_moved(%x: tensor<64x64xf32>) -> tensor<16x16xf16> {
  %s = tmov.slice %x offsets [0, 0] sizes [16, 16] strides [1, 1] : tensor<64x64xf32> -> tensor<16x16xf32>
  // expected-remark @+1 {{not moved: modeled traffic would grow from 3584 to 25600 bytes}}
  %c = tmov.cast %s : tensor<16x16xf32> to tensor<16x16xf16>
  return %c : tensor<16x16xf16>
}

// -----

// expected-remark @+1 {{total 960 -> 960 bytes (0.0% saved)}}
func.func @left_alone(%x: tensor<4x8xf16>, %y: tensor<4x8xf16>) -> (tensor<8x4xbf16>, tensor<8x4xf32>, tensor<4x8xf32>) {
  %t = tmov.transpose %x [1, 0] : tensor<4x8xf16> -> tensor<8x4xf16>
  // expected-remark @+1 {{not moved: cast neither narrows nor widens: moving it saves no bytes}}
  %c = tmov.cast %t : tensor<8x4xf16> to tensor<8x4xbf16>
  // expected-remark @+1 {{not moved: a widened data operand has other users}}
  %e = tmov.cast %y : tensor<4x8xf16> to tensor<4x8xf32>
  %u = tmov.transpose %e [1, 0] : tensor<4x8xf32> -> tensor<8x4xf32>
  %v = tmov.reverse %e [0] : tensor<4x8xf32>
  return %c, %u, %v : tensor<8x4xbf16>, tensor<8x4xf32>, tensor<4x8xf32>
}

// -----

// A linalg.generic without inputs is not a cast: no remark, no cast traffic.
// (The transpose counts its init operand as read: 128 + 128 + 128 bytes.)
// expected-remark @+1 {{hoist-casts: data movement 384 -> 384 bytes, casts 0 -> 0 bytes, total 384 -> 384 bytes (0.0% saved)}}
func.func @generic_without_inputs(%x: tensor<4x8xf32>) -> tensor<8x4xf32> {
  %e = tensor.empty() : tensor<8x4xf32>
  %t = linalg.transpose ins(%x : tensor<4x8xf32>) outs(%e : tensor<8x4xf32>) permutation = [1, 0]
  %g = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]}
      outs(%t : tensor<8x4xf32>) {
  ^bb0(%o: f32):
    linalg.yield %o : f32
  } -> tensor<8x4xf32>
  return %g : tensor<8x4xf32>
}
