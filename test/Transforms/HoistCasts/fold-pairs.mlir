// RUN: cast-hoist-opt %s -split-input-file --hoist-casts=exactness=bits | FileCheck %s
// RUN: cast-hoist-opt %s -split-input-file --hoist-casts | FileCheck %s --check-prefix=VALUES

// Cast pairs fold only when the contract allows: CHECK lines are the `bits`
// contract, VALUES lines the default `values` contract.

// Integer round trip: trunc(ext(x)) is x.
// CHECK-LABEL: func.func @int_round_trip
// CHECK-SAME:    (%[[X:.*]]: tensor<4xi8>)
// CHECK-NEXT:    return %[[X]]
func.func @int_round_trip(%x: tensor<4xi8>) -> tensor<4xi8> {
  %e = tmov.cast %x : tensor<4xi8> to tensor<4xi32>
  %t = tmov.cast %e : tensor<4xi32> to tensor<4xi8>
  return %t : tensor<4xi8>
}

// -----

// i8 -> f32 -> i8: f32 holds every i8 exactly.
// CHECK-LABEL: func.func @int_float_int_round_trip
// CHECK-SAME:    (%[[X:.*]]: tensor<4xi8>)
// CHECK-NEXT:    return %[[X]]
func.func @int_float_int_round_trip(%x: tensor<4xi8>) -> tensor<4xi8> {
  %e = tmov.cast %x : tensor<4xi8> to tensor<4xf32>
  %t = tmov.cast %e : tensor<4xf32> to tensor<4xi8>
  return %t : tensor<4xi8>
}

// -----

// Two exact widenings compose.
// CHECK-LABEL: func.func @ext_ext
// CHECK-NEXT:    %[[E:.*]] = tmov.cast %{{.*}} : tensor<4xf16> to tensor<4xf64>
// CHECK-NEXT:    return %[[E]]
func.func @ext_ext(%x: tensor<4xf16>) -> tensor<4xf64> {
  %a = tmov.cast %x : tensor<4xf16> to tensor<4xf32>
  %b = tmov.cast %a : tensor<4xf32> to tensor<4xf64>
  return %b : tensor<4xf64>
}

// -----

// The whole point (the autocast sandwich): hoisting exposes trunc(ext(x))
// and the chain runs on x. Under `values` the float pair folds away, as
// upstream's arith.truncf folder folds it. Under `bits` nothing moves: the
// hoisted trunc would land right after the ext and the sunk ext right before
// the trunc, and that pair is not the identity on every bit pattern (an ext
// quiets signaling NaNs; AVX512-BF16 flushes subnormals), while any later
// greedy-driver pass would fold it.
// CHECK-LABEL: func.func @hoist_exposes_round_trip
// CHECK:         tmov.cast %{{.*}} : tensor<4x8xf16> to tensor<4x8xf32>
// CHECK:         tmov.transpose %{{.*}} : tensor<4x8xf32> -> tensor<8x4xf32>
// CHECK:         tmov.cast %{{.*}} : tensor<8x4xf32> to tensor<8x4xf16>
// VALUES-LABEL: func.func @hoist_exposes_round_trip
// VALUES-SAME:    (%[[X:.*]]: tensor<4x8xf16>)
// VALUES-NEXT:    %[[T:.*]] = tmov.transpose %[[X]] [1, 0] : tensor<4x8xf16> -> tensor<8x4xf16>
// VALUES-NEXT:    return %[[T]]
func.func @hoist_exposes_round_trip(%x: tensor<4x8xf16>) -> tensor<8x4xf16> {
  %e = tmov.cast %x : tensor<4x8xf16> to tensor<4x8xf32>
  %t = tmov.transpose %e [1, 0] : tensor<4x8xf32> -> tensor<8x4xf32>
  %c = tmov.cast %t : tensor<8x4xf32> to tensor<8x4xf16>
  return %c : tensor<8x4xf16>
}

// -----

// trunc(trunc(x)) rounds twice; one trunc rounds once. They differ (e.g. a
// value just above an f16 tie that f32 rounds onto the tie), so both stay.
// CHECK-LABEL: func.func @negative_trunc_trunc
// CHECK:         tmov.cast %{{.*}} : tensor<4xf64> to tensor<4xf32>
// CHECK:         tmov.cast %{{.*}} : tensor<4xf32> to tensor<4xf16>
// VALUES-LABEL: func.func @negative_trunc_trunc
// VALUES:         tmov.cast %{{.*}} : tensor<4xf64> to tensor<4xf32>
// VALUES:         tmov.cast %{{.*}} : tensor<4xf32> to tensor<4xf16>
func.func @negative_trunc_trunc(%x: tensor<4xf64>) -> tensor<4xf16> {
  %a = tmov.cast %x : tensor<4xf64> to tensor<4xf32>
  %b = tmov.cast %a : tensor<4xf32> to tensor<4xf16>
  return %b : tensor<4xf16>
}

// -----

// ext(trunc(x)) is not x: the trunc lost bits.
// CHECK-LABEL: func.func @negative_ext_trunc
// CHECK:         tmov.cast %{{.*}} : tensor<4xf32> to tensor<4xf16>
// CHECK:         tmov.cast %{{.*}} : tensor<4xf16> to tensor<4xf32>
// VALUES-LABEL: func.func @negative_ext_trunc
// VALUES:         tmov.cast %{{.*}} : tensor<4xf32> to tensor<4xf16>
// VALUES:         tmov.cast %{{.*}} : tensor<4xf16> to tensor<4xf32>
func.func @negative_ext_trunc(%x: tensor<4xf32>) -> tensor<4xf32> {
  %a = tmov.cast %x : tensor<4xf32> to tensor<4xf16>
  %b = tmov.cast %a : tensor<4xf16> to tensor<4xf32>
  return %b : tensor<4xf32>
}

// -----

// i16 -> bf16 -> i16 loses bits (bf16 has 8 significant bits).
// CHECK-LABEL: func.func @negative_int_float_int_lossy
// CHECK:         tmov.cast %{{.*}} : tensor<4xi16> to tensor<4xbf16>
// CHECK:         tmov.cast %{{.*}} : tensor<4xbf16> to tensor<4xi16>
func.func @negative_int_float_int_lossy(%x: tensor<4xi16>) -> tensor<4xi16> {
  %a = tmov.cast %x : tensor<4xi16> to tensor<4xbf16>
  %b = tmov.cast %a : tensor<4xbf16> to tensor<4xi16>
  return %b : tensor<4xi16>
}

// -----

// Widening to a different type than the source is not a round trip.
// CHECK-LABEL: func.func @negative_ext_to_other_narrow
// CHECK:         tmov.cast %{{.*}} : tensor<4xf16> to tensor<4xf32>
// CHECK:         tmov.cast %{{.*}} : tensor<4xf32> to tensor<4xbf16>
func.func @negative_ext_to_other_narrow(%x: tensor<4xf16>) -> tensor<4xbf16> {
  %a = tmov.cast %x : tensor<4xf16> to tensor<4xf32>
  %b = tmov.cast %a : tensor<4xf32> to tensor<4xbf16>
  return %b : tensor<4xbf16>
}
