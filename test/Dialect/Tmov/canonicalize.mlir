// RUN: cast-hoist-opt %s -split-input-file --canonicalize | FileCheck %s

// tmov.cast folding (CastOp::fold) and the hoist-casts patterns registered as
// tmov.cast's canonicalization (direction up, policy always).

//===----------------------------------------------------------------------===//
// Folding a cast to the same type
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @cast_same_type
// CHECK-SAME:    (%[[X:.*]]: tensor<4x8xf32>)
// CHECK-NEXT:    return %[[X]]
func.func @cast_same_type(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = tmov.cast %arg0 : tensor<4x8xf32> to tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

// CHECK-LABEL: func.func @cast_same_type_dynamic
// CHECK-SAME:    (%[[X:.*]]: tensor<?xi8>)
// CHECK-NEXT:    return %[[X]]
func.func @cast_same_type_dynamic(%arg0: tensor<?xi8>) -> tensor<?xi8> {
  %0 = tmov.cast %arg0 : tensor<?xi8> to tensor<?xi8>
  return %0 : tensor<?xi8>
}

// -----

// Only the element type is the same: the cast changes the static type, so
// it stays.
// CHECK-LABEL: func.func @negative_cast_same_element_type
// CHECK:         tmov.cast %{{.*}} : tensor<4xf32> to tensor<?xf32>
func.func @negative_cast_same_element_type(%arg0: tensor<4xf32>) -> tensor<?xf32> {
  %0 = tmov.cast %arg0 : tensor<4xf32> to tensor<?xf32>
  return %0 : tensor<?xf32>
}

// -----

//===----------------------------------------------------------------------===//
// Folding a cast of a constant
//===----------------------------------------------------------------------===//

// f32 -> f16, values exact in f16.
// CHECK-LABEL: func.func @cast_constant_f32_to_f16_exact
// CHECK-NEXT:    %[[C:.*]] = arith.constant dense<[1.000000e+00, 5.000000e-01, -2.000000e+00]> : tensor<3xf16>
// CHECK-NEXT:    return %[[C]]
func.func @cast_constant_f32_to_f16_exact() -> tensor<3xf16> {
  %cst = arith.constant dense<[1.0, 0.5, -2.0]> : tensor<3xf32>
  %0 = tmov.cast %cst : tensor<3xf32> to tensor<3xf16>
  return %0 : tensor<3xf16>
}

// -----

// f32 -> f16 rounds to nearest even, and overflow gives +inf (0x7C00).
// CHECK-LABEL: func.func @cast_constant_f32_to_f16_rounds
// CHECK-NEXT:    %[[C:.*]] = arith.constant dense<[9.997550e-02, 0x7C00]> : tensor<2xf16>
// CHECK-NEXT:    return %[[C]]
func.func @cast_constant_f32_to_f16_rounds() -> tensor<2xf16> {
  %cst = arith.constant dense<[0.1, 1.0e10]> : tensor<2xf32>
  %0 = tmov.cast %cst : tensor<2xf32> to tensor<2xf16>
  return %0 : tensor<2xf16>
}

// -----

// A splat stays a splat: 65520 is halfway between the largest f16 (65504)
// and 2^16, so it rounds to +inf.
// CHECK-LABEL: func.func @cast_constant_splat
// CHECK-NEXT:    %[[C:.*]] = arith.constant dense<0x7C00> : tensor<4xf16>
// CHECK-NEXT:    return %[[C]]
func.func @cast_constant_splat() -> tensor<4xf16> {
  %cst = arith.constant dense<65520.0> : tensor<4xf32>
  %0 = tmov.cast %cst : tensor<4xf32> to tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

// f32 -> bf16: 1 + 2^-8 is a tie and rounds to the even 1.0.
// CHECK-LABEL: func.func @cast_constant_f32_to_bf16_tie
// CHECK-NEXT:    %[[C:.*]] = arith.constant dense<[1.000000e+00, 3.004060e+38]> : tensor<2xbf16>
// CHECK-NEXT:    return %[[C]]
func.func @cast_constant_f32_to_bf16_tie() -> tensor<2xbf16> {
  %cst = arith.constant dense<[1.00390625, 3.0e38]> : tensor<2xf32>
  %0 = tmov.cast %cst : tensor<2xf32> to tensor<2xbf16>
  return %0 : tensor<2xbf16>
}

// -----

// f8E4M3FN has no infinity: 464 is a tie that rounds to 448 (the largest
// finite value), 1000 overflows to NaN (0x7F).
// CHECK-LABEL: func.func @cast_constant_f32_to_f8
// CHECK-NEXT:    %[[C:.*]] = arith.constant dense<[4.480000e+02, 4.480000e+02, 0x7F, -0.000000e+00]> : tensor<4xf8E4M3FN>
// CHECK-NEXT:    return %[[C]]
func.func @cast_constant_f32_to_f8() -> tensor<4xf8E4M3FN> {
  %cst = arith.constant dense<[448.0, 464.0, 1000.0, -0.0]> : tensor<4xf32>
  %0 = tmov.cast %cst : tensor<4xf32> to tensor<4xf8E4M3FN>
  return %0 : tensor<4xf8E4M3FN>
}

// -----

// Integer narrowing keeps the low bits: 300 -> 44.
// CHECK-LABEL: func.func @cast_constant_int_narrowing
// CHECK-NEXT:    %[[C:.*]] = arith.constant dense<[1, 44, -1]> : tensor<3xi8>
// CHECK-NEXT:    return %[[C]]
func.func @cast_constant_int_narrowing() -> tensor<3xi8> {
  %cst = arith.constant dense<[1, 300, -1]> : tensor<3xi32>
  %0 = tmov.cast %cst : tensor<3xi32> to tensor<3xi8>
  return %0 : tensor<3xi8>
}

// -----

// Integer widening sign-extends.
// CHECK-LABEL: func.func @cast_constant_int_widening
// CHECK-NEXT:    %[[C:.*]] = arith.constant dense<[-128, 127]> : tensor<2xi64>
// CHECK-NEXT:    return %[[C]]
func.func @cast_constant_int_widening() -> tensor<2xi64> {
  %cst = arith.constant dense<[-128, 127]> : tensor<2xi8>
  %0 = tmov.cast %cst : tensor<2xi8> to tensor<2xi64>
  return %0 : tensor<2xi64>
}

// -----

// Float -> int rounds to nearest even (2.5 -> 2, -1.5 -> -2); values at the
// edge of the integer range are in range and fold.
// CHECK-LABEL: func.func @cast_constant_float_to_int
// CHECK-NEXT:    %[[C:.*]] = arith.constant dense<[2, -2, 4, 0, 127, -128]> : tensor<6xi8>
// CHECK-NEXT:    return %[[C]]
func.func @cast_constant_float_to_int() -> tensor<6xi8> {
  %cst = arith.constant dense<[2.5, -1.5, 3.7, -0.4, 127.4, -128.0]> : tensor<6xf32>
  %0 = tmov.cast %cst : tensor<6xf32> to tensor<6xi8>
  return %0 : tensor<6xi8>
}

// -----

// Int -> float when every value is exact.
// CHECK-LABEL: func.func @cast_constant_int_to_float
// CHECK-NEXT:    %[[C:.*]] = arith.constant dense<[-1.280000e+02, 1.270000e+02]> : tensor<2xf16>
// CHECK-NEXT:    return %[[C]]
func.func @cast_constant_int_to_float() -> tensor<2xf16> {
  %cst = arith.constant dense<[-128, 127]> : tensor<2xi8>
  %0 = tmov.cast %cst : tensor<2xi8> to tensor<2xf16>
  return %0 : tensor<2xf16>
}

// -----

// A 0-size constant.
// CHECK-LABEL: func.func @cast_constant_zero_size
// CHECK-NEXT:    %[[C:.*]] = arith.constant dense<> : tensor<0xf16>
// CHECK-NEXT:    return %[[C]]
func.func @cast_constant_zero_size() -> tensor<0xf16> {
  %cst = arith.constant dense<> : tensor<0xf32>
  %0 = tmov.cast %cst : tensor<0xf32> to tensor<0xf16>
  return %0 : tensor<0xf16>
}

// -----

// A float -> int value out of range saturates at run time, but the folder
// refuses it (the saturation value varies between lowerings).
// CHECK-LABEL: func.func @negative_cast_constant_float_to_int_saturates
// CHECK:         %[[C:.*]] = arith.constant dense<[1.000000e+10, 1.000000e+00]> : tensor<2xf32>
// CHECK:         tmov.cast %[[C]] : tensor<2xf32> to tensor<2xi8>
func.func @negative_cast_constant_float_to_int_saturates() -> tensor<2xi8> {
  %cst = arith.constant dense<[1.0e10, 1.0]> : tensor<2xf32>
  %0 = tmov.cast %cst : tensor<2xf32> to tensor<2xi8>
  return %0 : tensor<2xi8>
}

// -----

// Folded under the default `values` contract: a NaN element becomes an f16
// NaN (its payload is unspecified). hoist-casts=exactness=bits refuses it
// (test/Transforms/HoistCasts/exactness.mlir).
// CHECK-LABEL: func.func @cast_constant_nan
// CHECK:         arith.constant dense<[0x7E00, 1.000000e+00]> : tensor<2xf16>
func.func @cast_constant_nan() -> tensor<2xf16> {
  %cst = arith.constant dense<[0x7FC00000, 1.0]> : tensor<2xf32>
  %0 = tmov.cast %cst : tensor<2xf32> to tensor<2xf16>
  return %0 : tensor<2xf16>
}

// -----

// Folded to the IEEE value: 1e-6 becomes an f16 subnormal (some targets
// flush it to 0; `values` promises the IEEE result, `bits` refuses).
// CHECK-LABEL: func.func @cast_constant_subnormal_result
// CHECK:         arith.constant dense<[1.013280e-06, 1.000000e+00]> : tensor<2xf16>
func.func @cast_constant_subnormal_result() -> tensor<2xf16> {
  %cst = arith.constant dense<[1.0e-6, 1.0]> : tensor<2xf32>
  %0 = tmov.cast %cst : tensor<2xf32> to tensor<2xf16>
  return %0 : tensor<2xf16>
}

// -----

// Folded to the IEEE value: 1e-40 is an f32 subnormal, kept as a bf16
// subnormal (AVX512-BF16 would flush it at run time).
// CHECK-LABEL: func.func @cast_constant_subnormal_source
// CHECK:         arith.constant dense<[9.183550e-41, 1.000000e+00]> : tensor<2xbf16>
func.func @cast_constant_subnormal_source() -> tensor<2xbf16> {
  %cst = arith.constant dense<[1.0e-40, 1.0]> : tensor<2xf32>
  %0 = tmov.cast %cst : tensor<2xf32> to tensor<2xbf16>
  return %0 : tensor<2xbf16>
}

// -----

// Not folded: 2^24 + 1 is not exact in f32 (int -> float folds only exact
// values; a lowering through a wider float could round twice).
// CHECK-LABEL: func.func @negative_cast_constant_inexact_int_to_float
// CHECK:         tmov.cast %{{.*}} : tensor<2xi32> to tensor<2xf32>
func.func @negative_cast_constant_inexact_int_to_float() -> tensor<2xf32> {
  %cst = arith.constant dense<[16777217, 1]> : tensor<2xi32>
  %0 = tmov.cast %cst : tensor<2xi32> to tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// Not folded: the folder only builds constants of a static ranked type.
// CHECK-LABEL: func.func @negative_cast_constant_unranked_result
// CHECK:         tmov.cast %{{.*}} : tensor<1xf32> to tensor<*xf16>
func.func @negative_cast_constant_unranked_result() -> tensor<*xf16> {
  %cst = arith.constant dense<[1.0]> : tensor<1xf32>
  %0 = tmov.cast %cst : tensor<1xf32> to tensor<*xf16>
  return %0 : tensor<*xf16>
}

// -----

//===----------------------------------------------------------------------===//
// Cast motion
//===----------------------------------------------------------------------===//

// A narrowing cast is hoisted above a transpose, so the transpose moves half
// the bytes.
// CHECK-LABEL: func.func @hoist_narrowing_cast_above_transpose
// CHECK-SAME:    (%[[X:.*]]: tensor<4x8xf32>)
// CHECK-NEXT:    %[[C:.*]] = tmov.cast %[[X]] : tensor<4x8xf32> to tensor<4x8xf16>
// CHECK-NEXT:    %[[T:.*]] = tmov.transpose %[[C]] [1, 0] : tensor<4x8xf16> -> tensor<8x4xf16>
// CHECK-NEXT:    return %[[T]]
func.func @hoist_narrowing_cast_above_transpose(%arg0: tensor<4x8xf32>) -> tensor<8x4xf16> {
  %0 = tmov.transpose %arg0 [1, 0] : tensor<4x8xf32> -> tensor<8x4xf32>
  %1 = tmov.cast %0 : tensor<8x4xf32> to tensor<8x4xf16>
  return %1 : tensor<8x4xf16>
}

// -----

// The pad value is converted the way the cast converts elements (257 -> 1).
// CHECK-LABEL: func.func @hoist_narrowing_cast_above_pad
// CHECK-SAME:    (%[[X:.*]]: tensor<4xi32>)
// CHECK-NEXT:    %[[C:.*]] = tmov.cast %[[X]] : tensor<4xi32> to tensor<4xi8>
// CHECK-NEXT:    %[[P:.*]] = tmov.pad %[[C]] low [1] high [2] value 1 : i8 : tensor<4xi8> -> tensor<7xi8>
// CHECK-NEXT:    return %[[P]]
func.func @hoist_narrowing_cast_above_pad(%arg0: tensor<4xi32>) -> tensor<7xi8> {
  %0 = tmov.pad %arg0 low [1] high [2] value 257 : i32 : tensor<4xi32> -> tensor<7xi32>
  %1 = tmov.cast %0 : tensor<7xi32> to tensor<7xi8>
  return %1 : tensor<7xi8>
}

// -----

// A chain of two data-movement ops: the cast is hoisted through both.
// CHECK-LABEL: func.func @hoist_through_chain
// CHECK-SAME:    (%[[X:.*]]: tensor<4x8xf32>)
// CHECK-NEXT:    %[[C:.*]] = tmov.cast %[[X]] : tensor<4x8xf32> to tensor<4x8xbf16>
// CHECK-NEXT:    %[[T:.*]] = tmov.transpose %[[C]] [1, 0] : tensor<4x8xbf16> -> tensor<8x4xbf16>
// CHECK-NEXT:    %[[R:.*]] = tmov.reshape %[[T]] : tensor<8x4xbf16> -> tensor<32xbf16>
// CHECK-NEXT:    return %[[R]]
func.func @hoist_through_chain(%arg0: tensor<4x8xf32>) -> tensor<32xbf16> {
  %0 = tmov.transpose %arg0 [1, 0] : tensor<4x8xf32> -> tensor<8x4xf32>
  %1 = tmov.reshape %0 : tensor<8x4xf32> -> tensor<32xf32>
  %2 = tmov.cast %1 : tensor<32xf32> to tensor<32xbf16>
  return %2 : tensor<32xbf16>
}

// -----

// The canonicalization only hoists: a widening cast is not sunk below the
// transpose (that is hoist-casts with direction=down or both).
// CHECK-LABEL: func.func @negative_widening_cast_not_sunk
// CHECK-SAME:    (%[[X:.*]]: tensor<4x8xf16>)
// CHECK-NEXT:    %[[C:.*]] = tmov.cast %[[X]] : tensor<4x8xf16> to tensor<4x8xf32>
// CHECK-NEXT:    %[[T:.*]] = tmov.transpose %[[C]] [1, 0] : tensor<4x8xf32> -> tensor<8x4xf32>
// CHECK-NEXT:    return %[[T]]
func.func @negative_widening_cast_not_sunk(%arg0: tensor<4x8xf16>) -> tensor<8x4xf32> {
  %0 = tmov.cast %arg0 : tensor<4x8xf16> to tensor<4x8xf32>
  %1 = tmov.transpose %0 [1, 0] : tensor<4x8xf32> -> tensor<8x4xf32>
  return %1 : tensor<8x4xf32>
}

// -----

// The transpose has another user: canonicalization never duplicates it.
// CHECK-LABEL: func.func @negative_movement_op_has_other_users
// CHECK-SAME:    (%[[X:.*]]: tensor<4x8xf32>)
// CHECK-NEXT:    %[[T:.*]] = tmov.transpose %[[X]] [1, 0] : tensor<4x8xf32> -> tensor<8x4xf32>
// CHECK-NEXT:    %[[C:.*]] = tmov.cast %[[T]] : tensor<8x4xf32> to tensor<8x4xf16>
// CHECK-NEXT:    return %[[C]], %[[T]]
func.func @negative_movement_op_has_other_users(%arg0: tensor<4x8xf32>) -> (tensor<8x4xf16>, tensor<8x4xf32>) {
  %0 = tmov.transpose %arg0 [1, 0] : tensor<4x8xf32> -> tensor<8x4xf32>
  %1 = tmov.cast %0 : tensor<8x4xf32> to tensor<8x4xf16>
  return %1, %0 : tensor<8x4xf16>, tensor<8x4xf32>
}

// -----

// Hoisted: under the canonicalization's `values` contract a NaN pad value
// becomes an f16 NaN.
// CHECK-LABEL: func.func @nan_pad_value
// CHECK-NEXT:    tmov.cast %{{.*}} : tensor<4xf32> to tensor<4xf16>
// CHECK-NEXT:    tmov.pad %{{.*}} value 0x7E00 : f16 : tensor<4xf16> -> tensor<7xf16>
func.func @nan_pad_value(%arg0: tensor<4xf32>) -> tensor<7xf16> {
  %0 = tmov.pad %arg0 low [1] high [2] value 0x7FC00000 : f32 : tensor<4xf32> -> tensor<7xf32>
  %1 = tmov.cast %0 : tensor<7xf32> to tensor<7xf16>
  return %1 : tensor<7xf16>
}

// -----

// The canonicalization is tmov.cast's: other cast ops (here arith.truncf,
// which the hoist-casts pass does move) are left alone.
// CHECK-LABEL: func.func @negative_other_cast_op
// CHECK-NEXT:    tmov.transpose
// CHECK-NEXT:    arith.truncf
func.func @negative_other_cast_op(%arg0: tensor<4x8xf32>) -> tensor<8x4xf16> {
  %0 = tmov.transpose %arg0 [1, 0] : tensor<4x8xf32> -> tensor<8x4xf32>
  %1 = arith.truncf %0 : tensor<8x4xf32> to tensor<8x4xf16>
  return %1 : tensor<8x4xf16>
}

// -----

//===----------------------------------------------------------------------===//
// Cast pairs
//===----------------------------------------------------------------------===//

// Sign-extending then truncating back is the identity.
// CHECK-LABEL: func.func @fold_int_round_trip
// CHECK-SAME:    (%[[X:.*]]: tensor<4xi8>)
// CHECK-NEXT:    return %[[X]]
func.func @fold_int_round_trip(%arg0: tensor<4xi8>) -> tensor<4xi8> {
  %0 = tmov.cast %arg0 : tensor<4xi8> to tensor<4xi32>
  %1 = tmov.cast %0 : tensor<4xi32> to tensor<4xi8>
  return %1 : tensor<4xi8>
}
