// RUN: cast-hoist-opt %s -split-input-file --hoist-casts=report -verify-diagnostics | FileCheck %s

// The report: a remark per function with the modeled traffic before and
// after (data movement, casts, their total, the whole function), the cast
// moves and the casts left by reason; a remark at each cast moved, and one at
// each cast left next to a data-movement op, with the reason.

// expected-remark @+1 {{hoist-casts: data movement 256 -> 128 bytes, casts 192 -> 192 bytes, total 448 -> 320 bytes (28.6% saved), function 448 -> 320 bytes (28.6% of the function saved); cast moves: 1 (1 hoisted, 0 sunk), pairs folded: 0, constants folded: 0; casts left next to data movement: 0}}
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
// The generic reads and writes its 128-byte init; tensor.empty costs nothing.
// expected-remark @+1 {{hoist-casts: data movement 384 -> 384 bytes, casts 0 -> 0 bytes, total 384 -> 384 bytes (0.0% saved), function 640 -> 640 bytes}}
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

// -----

// The whole function: the fill reads and writes its 256-byte init (512 B),
// the matmul reads 512 + 512 + 256 and writes 256 (1536 B), the constant,
// tensor.empty and the reshape (a view) cost nothing. Hoisting the cast
// above the reshape and the transpose saves 256 of 2944 bytes.
// expected-remark @+1 {{hoist-casts: data movement 512 -> 256 bytes, casts 384 -> 384 bytes, total 896 -> 640 bytes (28.6% saved), function 2944 -> 2688 bytes (8.7% of the function saved); cast moves: 2 (2 hoisted, 0 sunk)}}
func.func @function_share(%a: tensor<8x16xf32>, %b: tensor<16x8xf32>) -> tensor<64xf16> {
  %e = tensor.empty() : tensor<8x8xf32>
  %z = arith.constant 0.0 : f32
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<8x8xf32>) -> tensor<8x8xf32>
  %m = linalg.matmul ins(%a, %b : tensor<8x16xf32>, tensor<16x8xf32>) outs(%f : tensor<8x8xf32>) -> tensor<8x8xf32>
  %t = tmov.transpose %m [1, 0] : tensor<8x8xf32> -> tensor<8x8xf32>
  %r = tmov.reshape %t : tensor<8x8xf32> -> tensor<64xf32>
  // expected-remark @+2 {{hoisted above 'tmov.reshape': modeled traffic 384 -> 384 bytes}}
  // expected-remark @+1 {{hoisted above 'tmov.transpose': modeled traffic 896 -> 640 bytes}}
  %c = tmov.cast %r : tensor<64xf32> to tensor<64xf16>
  return %c : tensor<64xf16>
}

// -----

// Casts left in place, grouped by reason (byte counts dropped), most
// frequent first; beyond three reasons the rest are summed.
// expected-remark @+1 {{casts left next to data movement: 5 (modeled traffic would grow: 2; cast neither narrows nor widens: moving it saves no bytes: 1; a widened data operand has other users: 1; 1 for other reasons)}}
func.func @negative_reasons(%x: tensor<64x64xf32>, %y: tensor<64x64xf32>, %h: tensor<4x8xf16>, %w: tensor<4x8xf16>, %b: tensor<4x8xi1>)
    -> (tensor<16x16xf16>, tensor<16x16xf16>, tensor<8x4xbf16>, tensor<8x4xf32>, tensor<4x8xf32>, tensor<8x4xi8>) {
  %s = tmov.slice %x offsets [0, 0] sizes [16, 16] strides [1, 1] : tensor<64x64xf32> -> tensor<16x16xf32>
  // expected-remark @+1 {{not moved: modeled traffic would grow from 3584 to 25600 bytes}}
  %c0 = tmov.cast %s : tensor<16x16xf32> to tensor<16x16xf16>
  %u = tmov.slice %y offsets [0, 0] sizes [16, 16] strides [1, 1] : tensor<64x64xf32> -> tensor<16x16xf32>
  // expected-remark @+1 {{not moved: modeled traffic would grow from 3584 to 25600 bytes}}
  %c1 = tmov.cast %u : tensor<16x16xf32> to tensor<16x16xf16>
  %t = tmov.transpose %h [1, 0] : tensor<4x8xf16> -> tensor<8x4xf16>
  // expected-remark @+1 {{not moved: cast neither narrows nor widens: moving it saves no bytes}}
  %c2 = tmov.cast %t : tensor<8x4xf16> to tensor<8x4xbf16>
  // expected-remark @+1 {{not moved: a widened data operand has other users}}
  %e = tmov.cast %w : tensor<4x8xf16> to tensor<4x8xf32>
  %v = tmov.transpose %e [1, 0] : tensor<4x8xf32> -> tensor<8x4xf32>
  %r = tmov.reverse %e [0] : tensor<4x8xf32>
  %bt = tmov.transpose %b [1, 0] : tensor<4x8xi1> -> tensor<8x4xi1>
  // expected-remark @+1 {{not moved: cast semantics for these element types are not modeled}}
  %c3 = tmov.cast %bt : tensor<8x4xi1> to tensor<8x4xi8>
  return %c0, %c1, %c2, %v, %r, %c3 : tensor<16x16xf16>, tensor<16x16xf16>, tensor<8x4xbf16>, tensor<8x4xf32>, tensor<4x8xf32>, tensor<8x4xi8>
}
