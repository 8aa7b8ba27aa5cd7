// RUN: cast-hoist-opt %s -split-input-file --hoist-casts | FileCheck %s --check-prefix=VALUES
// RUN: cast-hoist-opt %s -split-input-file --hoist-casts=exactness=values | FileCheck %s --check-prefix=VALUES
// RUN: cast-hoist-opt %s -split-input-file --hoist-casts=exactness=bits | FileCheck %s --check-prefix=BITS
// RUN: cast-hoist-opt %s -split-input-file --hoist-casts='exactness=bits policy=always direction=up' | FileCheck %s --check-prefix=BITS-UP
// RUN: not cast-hoist-opt %s --hoist-casts=exactness=nearly 2>&1 | FileCheck %s --check-prefix=BAD

// The two contracts (docs/Rules.md, "The contract"). `values` (the default)
// keeps every non-NaN result element bit for bit and lets NaN payloads go,
// as MLIR's folders do; `bits` keeps every bit on every target, so it never
// creates a float ext -> trunc pair: upstream's arith.truncf folder (run by
// any later greedy-driver pass) would fold it, and that is not the identity
// on signaling NaNs or on AVX512-BF16, which flushes subnormals.

// BAD: for the --exactness option: Cannot find option named 'nearly'!

// The autocast sandwich: the transpose runs on bf16 under `values`; under
// `bits` nothing moves (either motion would create the pair).
// VALUES-LABEL: func.func @bf16_sandwich
// VALUES-SAME:    (%[[A:.*]]: tensor<4x8xbf16>)
// VALUES-NEXT:    %[[T:.*]] = tosa.transpose %[[A]] {perms = array<i32: 1, 0>} : (tensor<4x8xbf16>) -> tensor<8x4xbf16>
// VALUES-NEXT:    return %[[T]]
// BITS-LABEL:   func.func @bf16_sandwich
// BITS-NEXT:      arith.extf
// BITS-NEXT:      tosa.transpose %{{.*}} : (tensor<4x8xf32>) -> tensor<8x4xf32>
// BITS-NEXT:      arith.truncf
func.func @bf16_sandwich(%a: tensor<4x8xbf16>) -> tensor<8x4xbf16> {
  %e = arith.extf %a : tensor<4x8xbf16> to tensor<4x8xf32>
  %t = tosa.transpose %e {perms = array<i32: 1, 0>} : (tensor<4x8xf32>) -> tensor<8x4xf32>
  %c = arith.truncf %t : tensor<8x4xf32> to tensor<8x4xbf16>
  return %c : tensor<8x4xbf16>
}

// -----

// The difftester's f32 -> f64 -> reverse -> gather -> f32 chain, hoisting
// only: under `bits` nothing moves. Only data movement separates the two
// casts, and a lowering drops a move that is the identity for its shapes
// (a reverse of a size-1 axis, tosa.identity), leaving a pair upstream
// folds.
// BITS-UP-LABEL: func.func @f64_chain
// BITS-UP:         tosa.cast %{{.*}} : (tensor<1x8x4xf32>) -> tensor<1x8x4xf64>
// BITS-UP-NEXT:    tosa.reverse %{{.*}} : (tensor<1x8x4xf64>) -> tensor<1x8x4xf64>
// BITS-UP-NEXT:    tosa.gather %{{.*}} : (tensor<1x8x4xf64>, tensor<1x3xi32>) -> tensor<1x3x4xf64>
// BITS-UP-NEXT:    tosa.cast %{{.*}} : (tensor<1x3x4xf64>) -> tensor<1x3x4xf32>
// VALUES-LABEL:  func.func @f64_chain
// VALUES-NOT:      tosa.cast
// VALUES:          tosa.reverse %{{.*}} : (tensor<1x8x4xf32>) -> tensor<1x8x4xf32>
// VALUES-NOT:      tosa.cast
func.func @f64_chain(%x: tensor<1x8x4xf32>, %i: tensor<1x3xi32>) -> tensor<1x3x4xf32> {
  %e = tosa.cast %x : (tensor<1x8x4xf32>) -> tensor<1x8x4xf64>
  %r = tosa.reverse %e {axis = 1 : i32} : (tensor<1x8x4xf64>) -> tensor<1x8x4xf64>
  %g = tosa.gather %r, %i : (tensor<1x8x4xf64>, tensor<1x3xi32>) -> tensor<1x3x4xf64>
  %c = tosa.cast %g : (tensor<1x3x4xf64>) -> tensor<1x3x4xf32>
  return %c : tensor<1x3x4xf32>
}

// -----

// The f8E5M2 sandwich through concat and pad. A signaling NaN in %a comes
// out quiet from the original (the ext quiets it); under `bits` nothing
// moves (only data movement between the casts); under `values` the pair
// folds (a NaN stays a NaN).
// VALUES-LABEL: func.func @f8_sandwich
// VALUES:         tosa.concat %{{.*}}, %{{.*}} {axis = 0 : i32} : (tensor<4xf8E5M2>, tensor<4xf8E5M2>) -> tensor<8xf8E5M2>
// VALUES:         tensor.pad
// VALUES:         tensor<10xf8E5M2>
// VALUES-NOT:     arith.truncf
// BITS-LABEL:   func.func @f8_sandwich
// BITS:           tosa.concat %{{.*}} -> tensor<8xf32>
// BITS:           tensor.pad
// BITS:           arith.truncf %{{.*}} : tensor<10xf32> to tensor<10xf8E5M2>
func.func @f8_sandwich(%a: tensor<4xf8E5M2>, %b: tensor<4xf8E5M2>) -> tensor<10xf8E5M2> {
  %ea = arith.extf %a : tensor<4xf8E5M2> to tensor<4xf32>
  %eb = arith.extf %b : tensor<4xf8E5M2> to tensor<4xf32>
  %j = tosa.concat %ea, %eb {axis = 0 : i32} : (tensor<4xf32>, tensor<4xf32>) -> tensor<8xf32>
  %zero = arith.constant 0.0 : f32
  %p = tensor.pad %j low[1] high[1] {
  ^bb0(%i: index):
    tensor.yield %zero : f32
  } : tensor<8xf32> to tensor<10xf32>
  %c = arith.truncf %p : tensor<10xf32> to tensor<10xf8E5M2>
  return %c : tensor<10xf8E5M2>
}

// -----

// Not a round trip by type, still refused under `bits`: f8E5M2 -> f32 -> f16
// is a float widening followed by a narrowing, which a folder may shorten.
// VALUES-LABEL: func.func @f8_to_f16_through_f32
// VALUES:         arith.truncf %{{.*}} : tensor<4x8xf32> to tensor<4x8xf16>
// VALUES:         tosa.transpose %{{.*}} : (tensor<4x8xf16>) -> tensor<8x4xf16>
// BITS-LABEL:   func.func @f8_to_f16_through_f32
// BITS:           tosa.transpose %{{.*}} : (tensor<4x8xf32>) -> tensor<8x4xf32>
func.func @f8_to_f16_through_f32(%a: tensor<4x8xf8E5M2>) -> tensor<8x4xf16> {
  %e = arith.extf %a : tensor<4x8xf8E5M2> to tensor<4x8xf32>
  %t = tosa.transpose %e {perms = array<i32: 1, 0>} : (tensor<4x8xf32>) -> tensor<8x4xf32>
  %c = arith.truncf %t : tensor<8x4xf32> to tensor<8x4xf16>
  return %c : tensor<8x4xf16>
}

// -----

// Integer sandwiches move under both contracts: trunc(ext(x)) is the
// identity on every bit pattern.
// VALUES-LABEL: func.func @int_sandwich
// VALUES-NEXT:    tosa.transpose %{{.*}} : (tensor<4x8xi8>) -> tensor<8x4xi8>
// VALUES-NEXT:    return
// BITS-LABEL:   func.func @int_sandwich
// BITS-NEXT:      tosa.transpose %{{.*}} : (tensor<4x8xi8>) -> tensor<8x4xi8>
// BITS-NEXT:      return
func.func @int_sandwich(%a: tensor<4x8xi8>) -> tensor<8x4xi8> {
  %e = arith.extsi %a : tensor<4x8xi8> to tensor<4x8xi32>
  %t = tosa.transpose %e {perms = array<i32: 1, 0>} : (tensor<4x8xi32>) -> tensor<8x4xi32>
  %c = arith.trunci %t : tensor<8x4xi32> to tensor<8x4xi8>
  return %c : tensor<8x4xi8>
}

// -----

// A hoisted trunc next to a narrowing producer (trunc(trunc)) is fine under
// both: no folder merges two truncs (double rounding).
// VALUES-LABEL: func.func @trunc_after_trunc
// VALUES:         arith.truncf %{{.*}} : tensor<4x8xf64> to tensor<4x8xf32>
// VALUES-NEXT:    arith.truncf %{{.*}} : tensor<4x8xf32> to tensor<4x8xf16>
// VALUES-NEXT:    tosa.transpose %{{.*}} : (tensor<4x8xf16>) -> tensor<8x4xf16>
// BITS-LABEL:   func.func @trunc_after_trunc
// BITS:           arith.truncf %{{.*}} : tensor<4x8xf64> to tensor<4x8xf32>
// BITS-NEXT:      arith.truncf %{{.*}} : tensor<4x8xf32> to tensor<4x8xf16>
// BITS-NEXT:      tosa.transpose %{{.*}} : (tensor<4x8xf16>) -> tensor<8x4xf16>
func.func @trunc_after_trunc(%a: tensor<4x8xf64>) -> tensor<8x4xf16> {
  %n = arith.truncf %a : tensor<4x8xf64> to tensor<4x8xf32>
  %t = tosa.transpose %n {perms = array<i32: 1, 0>} : (tensor<4x8xf32>) -> tensor<8x4xf32>
  %c = arith.truncf %t : tensor<8x4xf32> to tensor<8x4xf16>
  return %c : tensor<8x4xf16>
}

// -----

// Casts of NaN and subnormal constants fold under `values` (a NaN, the IEEE
// subnormal) and stay under `bits`.
// VALUES-LABEL: func.func @cast_of_special_constants
// VALUES-NEXT:    arith.constant dense<[0x7E00, 1.013280e-06]> : tensor<2xf16>
// BITS-LABEL:   func.func @cast_of_special_constants
// BITS:           arith.truncf
func.func @cast_of_special_constants() -> tensor<2xf16> {
  %k = arith.constant dense<[0x7F800001, 1.0e-6]> : tensor<2xf32>
  %c = arith.truncf %k : tensor<2xf32> to tensor<2xf16>
  return %c : tensor<2xf16>
}

// -----

// The campaign's finding (seed 41): a move that is the identity for its
// shapes (tosa.identity, a reverse of a size-1 axis) is dropped by the
// lowering. Under `bits` the trunc must not cross the pad to land after it,
// and the ext must not sink below the pad to land before the trunc.
// BITS-LABEL:   func.func @pair_through_identity
// BITS:           arith.extf
// BITS-NEXT:      tosa.identity %{{.*}} : (tensor<4xf32>) -> tensor<4xf32>
// BITS-NEXT:      tosa.reverse %{{.*}} : (tensor<4xf32>) -> tensor<4xf32>
// BITS-NEXT:      arith.truncf
// VALUES-LABEL: func.func @pair_through_identity
// VALUES-NEXT:    tosa.identity %{{.*}} : (tensor<4xf16>) -> tensor<4xf16>
// VALUES-NEXT:    tosa.reverse %{{.*}} : (tensor<4xf16>) -> tensor<4xf16>
// VALUES-NEXT:    return
func.func @pair_through_identity(%a: tensor<4xf16>) -> tensor<4xf16> {
  %e = arith.extf %a : tensor<4xf16> to tensor<4xf32>
  %i = tosa.identity %e : (tensor<4xf32>) -> tensor<4xf32>
  %r = tosa.reverse %i {axis = 0 : i32} : (tensor<4xf32>) -> tensor<4xf32>
  %t = arith.truncf %r : tensor<4xf32> to tensor<4xf16>
  return %t : tensor<4xf16>
}

// -----

// Casts still move under `bits` where no inverse cast is reachable through
// data movement: the trunc crosses the whole chain to the argument.
// BITS-LABEL:   func.func @bits_moves_without_inverse
// BITS-NEXT:      arith.truncf %{{.*}} : tensor<4x8xf32> to tensor<4x8xf16>
// BITS-NEXT:      tosa.transpose
// BITS-NEXT:      tosa.reverse
func.func @bits_moves_without_inverse(%a: tensor<4x8xf32>) -> tensor<8x4xf16> {
  %t = tosa.transpose %a {perms = array<i32: 1, 0>} : (tensor<4x8xf32>) -> tensor<8x4xf32>
  %r = tosa.reverse %t {axis = 0 : i32} : (tensor<8x4xf32>) -> tensor<8x4xf32>
  %c = arith.truncf %r : tensor<8x4xf32> to tensor<8x4xf16>
  return %c : tensor<8x4xf16>
}
