// RUN: cast-hoist-opt %s -split-input-file --hoist-casts=policy=always | FileCheck %s
// RUN: cast-hoist-opt %s -split-input-file --hoist-casts='policy=always exactness=bits' | FileCheck %s --check-prefix=BITS

// Legality tests: policy=always applies every exact rewrite; the cost
// model's decisions are tested in test/Transforms/HoistCasts/policy.mlir.

// Widening casts move below data-movement ops: move(ext(x)) -> ext(move(x)).

// CHECK-LABEL: func.func @transpose
// CHECK-SAME:    (%[[X:.*]]: tensor<4x8xf16>)
// CHECK:         %[[T:.*]] = tmov.transpose %[[X]] [1, 0] : tensor<4x8xf16> -> tensor<8x4xf16>
// CHECK:         %[[E:.*]] = tmov.cast %[[T]] : tensor<8x4xf16> to tensor<8x4xf32>
// CHECK:         return %[[E]]
func.func @transpose(%x: tensor<4x8xf16>) -> tensor<8x4xf32> {
  %e = tmov.cast %x : tensor<4x8xf16> to tensor<4x8xf32>
  %t = tmov.transpose %e [1, 0] : tensor<4x8xf32> -> tensor<8x4xf32>
  return %t : tensor<8x4xf32>
}

// -----

// A chain: the ext sinks to the end of it.
// CHECK-LABEL: func.func @chain
// CHECK:         tmov.reshape %{{.*}} : tensor<2x8xi8> -> tensor<16xi8>
// CHECK:         tmov.slice %{{.*}} : tensor<16xi8> -> tensor<4xi8>
// CHECK:         tmov.broadcast %{{.*}} : tensor<4xi8> -> tensor<2x4xi8>
// CHECK:         tmov.cast %{{.*}} : tensor<2x4xi8> to tensor<2x4xi32>
func.func @chain(%x: tensor<2x8xi8>) -> tensor<2x4xi32> {
  %e = tmov.cast %x : tensor<2x8xi8> to tensor<2x8xi32>
  %r = tmov.reshape %e : tensor<2x8xi32> -> tensor<16xi32>
  %s = tmov.slice %r offsets [3] sizes [4] strides [3] : tensor<16xi32> -> tensor<4xi32>
  %b = tmov.broadcast %s [1] : tensor<4xi32> -> tensor<2x4xi32>
  return %b : tensor<2x4xi32>
}

// -----

// All concat inputs come from the same widening: one ext after the concat.
// CHECK-LABEL: func.func @concat
// CHECK-SAME:    (%[[A:.*]]: tensor<2xbf16>, %[[B:.*]]: tensor<3xbf16>)
// CHECK:         %[[J:.*]] = tmov.concat %[[A]], %[[B]] axis 0 : (tensor<2xbf16>, tensor<3xbf16>) -> tensor<5xbf16>
// CHECK:         tmov.cast %[[J]] : tensor<5xbf16> to tensor<5xf32>
func.func @concat(%a: tensor<2xbf16>, %b: tensor<3xbf16>) -> tensor<5xf32> {
  %ea = tmov.cast %a : tensor<2xbf16> to tensor<2xf32>
  %eb = tmov.cast %b : tensor<3xbf16> to tensor<3xf32>
  %j = tmov.concat %ea, %eb axis 0 : (tensor<2xf32>, tensor<3xf32>) -> tensor<5xf32>
  return %j : tensor<5xf32>
}

// -----

// A constant input that is exactly representable in the narrow type is
// replaced by its narrow twin (-0.0 stays -0.0).
// CHECK-LABEL: func.func @concat_exact_constant
// CHECK:         %[[K:.*]] = arith.constant dense<[-0.000000e+00, 6.550400e+04]> : tensor<2xf16>
// CHECK:         %[[J:.*]] = tmov.concat %{{.*}}, %[[K]] axis 0 : (tensor<2xf16>, tensor<2xf16>)
// CHECK:         tmov.cast %[[J]] : tensor<4xf16> to tensor<4xf32>
func.func @concat_exact_constant(%a: tensor<2xf16>) -> tensor<4xf32> {
  %ea = tmov.cast %a : tensor<2xf16> to tensor<2xf32>
  %k = arith.constant dense<[-0.0, 65504.0]> : tensor<2xf32>
  %j = tmov.concat %ea, %k axis 0 : (tensor<2xf32>, tensor<2xf32>) -> tensor<4xf32>
  return %j : tensor<4xf32>
}

// -----

// A pad value that round-trips exactly through the narrow type.
// CHECK-LABEL: func.func @pad
// CHECK:         tmov.pad %{{.*}} value -128 : i8 : tensor<4xi8> -> tensor<6xi8>
// CHECK:         tmov.cast %{{.*}} : tensor<6xi8> to tensor<6xi64>
func.func @pad(%x: tensor<4xi8>) -> tensor<6xi64> {
  %e = tmov.cast %x : tensor<4xi8> to tensor<4xi64>
  %p = tmov.pad %e low [1] high [1] value -128 : i64 : tensor<4xi64> -> tensor<6xi64>
  return %p : tensor<6xi64>
}

// -----

// Gather with the ext on the data: the indices are untouched.
// CHECK-LABEL: func.func @gather
// CHECK-SAME:    (%[[T:.*]]: tensor<10x4xf16>, %[[I:.*]]: tensor<3xi32>)
// CHECK:         %[[G:.*]] = tmov.gather %[[T]][%[[I]]] axis 0 : (tensor<10x4xf16>, tensor<3xi32>) -> tensor<3x4xf16>
// CHECK:         tmov.cast %[[G]] : tensor<3x4xf16> to tensor<3x4xf32>
func.func @gather(%t: tensor<10x4xf16>, %i: tensor<3xi32>) -> tensor<3x4xf32> {
  %e = tmov.cast %t : tensor<10x4xf16> to tensor<10x4xf32>
  %g = tmov.gather %e[%i] axis 0 : (tensor<10x4xf32>, tensor<3xi32>) -> tensor<3x4xf32>
  return %g : tensor<3x4xf32>
}

// -----

// Scatter with both destination and updates widened from f16.
// CHECK-LABEL: func.func @scatter
// CHECK:         %[[S:.*]] = tmov.scatter %{{.*}}[%{{.*}}], %{{.*}} axis 1 : (tensor<2x8xf16>, tensor<2xi32>, tensor<2x2xf16>) -> tensor<2x8xf16>
// CHECK:         tmov.cast %[[S]] : tensor<2x8xf16> to tensor<2x8xf32>
func.func @scatter(%d: tensor<2x8xf16>, %i: tensor<2xi32>, %u: tensor<2x2xf16>) -> tensor<2x8xf32> {
  %ed = tmov.cast %d : tensor<2x8xf16> to tensor<2x8xf32>
  %eu = tmov.cast %u : tensor<2x2xf16> to tensor<2x2xf32>
  %s = tmov.scatter %ed[%i], %eu axis 1 : (tensor<2x8xf32>, tensor<2xi32>, tensor<2x2xf32>) -> tensor<2x8xf32>
  return %s : tensor<2x8xf32>
}

// -----

// Int to float widening (every i8 is exact in f32) sinks too.
// CHECK-LABEL: func.func @int_to_float
// CHECK:         tmov.reverse %{{.*}} [0] : tensor<4xi8>
// CHECK:         tmov.cast %{{.*}} : tensor<4xi8> to tensor<4xf32>
func.func @int_to_float(%x: tensor<4xi8>) -> tensor<4xf32> {
  %e = tmov.cast %x : tensor<4xi8> to tensor<4xf32>
  %r = tmov.reverse %e [0] : tensor<4xf32>
  return %r : tensor<4xf32>
}

// -----

// Inputs widened from different types cannot share one ext.
// CHECK-LABEL: func.func @negative_concat_different_sources
// CHECK:         tmov.concat %{{.*}}, %{{.*}} axis 0 : (tensor<2xf32>, tensor<2xf32>)
func.func @negative_concat_different_sources(%a: tensor<2xf16>, %b: tensor<2xbf16>) -> tensor<4xf32> {
  %ea = tmov.cast %a : tensor<2xf16> to tensor<2xf32>
  %eb = tmov.cast %b : tensor<2xbf16> to tensor<2xf32>
  %j = tmov.concat %ea, %eb axis 0 : (tensor<2xf32>, tensor<2xf32>) -> tensor<4xf32>
  return %j : tensor<4xf32>
}

// -----

// One input is not a widening: its values may not fit the narrow type.
// CHECK-LABEL: func.func @negative_concat_wide_input
// CHECK:         tmov.concat %{{.*}}, %{{.*}} axis 0 : (tensor<2xf32>, tensor<2xf32>)
func.func @negative_concat_wide_input(%a: tensor<2xf16>, %b: tensor<2xf32>) -> tensor<4xf32> {
  %ea = tmov.cast %a : tensor<2xf16> to tensor<2xf32>
  %j = tmov.concat %ea, %b axis 0 : (tensor<2xf32>, tensor<2xf32>) -> tensor<4xf32>
  return %j : tensor<4xf32>
}

// -----

// 0.1 has no exact f16 twin: narrowing the constant would change it.
// CHECK-LABEL: func.func @negative_constant_not_exact
// CHECK:         tmov.concat %{{.*}}, %{{.*}} axis 0 : (tensor<2xf32>, tensor<1xf32>)
func.func @negative_constant_not_exact(%a: tensor<2xf16>) -> tensor<3xf32> {
  %ea = tmov.cast %a : tensor<2xf16> to tensor<2xf32>
  %k = arith.constant dense<0.1> : tensor<1xf32>
  %j = tmov.concat %ea, %k axis 0 : (tensor<2xf32>, tensor<1xf32>) -> tensor<3xf32>
  return %j : tensor<3xf32>
}

// -----

// A NaN constant: under `values` any narrow NaN is its twin; under `bits` its
// payload may not survive narrow -> wide, so no twin is provably exact.
// CHECK-LABEL: func.func @constant_nan
// CHECK:         tmov.concat %{{.*}}, %{{.*}} axis 0 : (tensor<2xf16>, tensor<1xf16>)
// BITS-LABEL:  func.func @constant_nan
// BITS:          tmov.concat %{{.*}}, %{{.*}} axis 0 : (tensor<2xf32>, tensor<1xf32>)
func.func @constant_nan(%a: tensor<2xf16>) -> tensor<3xf32> {
  %ea = tmov.cast %a : tensor<2xf16> to tensor<2xf32>
  %k = arith.constant dense<0x7FC00000> : tensor<1xf32>
  %j = tmov.concat %ea, %k axis 0 : (tensor<2xf32>, tensor<1xf32>) -> tensor<3xf32>
  return %j : tensor<3xf32>
}

// -----

// 128 does not fit in i8 (sign-extended): the pad value has no narrow twin.
// CHECK-LABEL: func.func @negative_pad_value_out_of_range
// CHECK:         tmov.pad %{{.*}} value 128 : i32 : tensor<4xi32> -> tensor<5xi32>
func.func @negative_pad_value_out_of_range(%x: tensor<4xi8>) -> tensor<5xi32> {
  %e = tmov.cast %x : tensor<4xi8> to tensor<4xi32>
  %p = tmov.pad %e low [0] high [1] value 128 : i32 : tensor<4xi32> -> tensor<5xi32>
  return %p : tensor<5xi32>
}

// -----

// -0.0 cannot come from an integer: i8 -> f32 never yields -0.0.
// CHECK-LABEL: func.func @negative_pad_negative_zero_from_int
// CHECK:         tmov.pad %{{.*}} : tensor<4xf32> -> tensor<5xf32>
func.func @negative_pad_negative_zero_from_int(%x: tensor<4xi8>) -> tensor<5xf32> {
  %e = tmov.cast %x : tensor<4xi8> to tensor<4xf32>
  %p = tmov.pad %e low [0] high [1] value -0.0 : f32 : tensor<4xf32> -> tensor<5xf32>
  return %p : tensor<5xf32>
}

// -----

// The wide value has another user: the ext must stay, and a second ext after
// the transpose would move more bytes than before.
// CHECK-LABEL: func.func @negative_ext_fan_out
// CHECK:         %[[E:.*]] = tmov.cast %{{.*}} : tensor<4x8xf16> to tensor<4x8xf32>
// CHECK:         tmov.transpose %[[E]] [1, 0] : tensor<4x8xf32>
func.func @negative_ext_fan_out(%x: tensor<4x8xf16>) -> (tensor<8x4xf32>, tensor<4x8xf32>) {
  %e = tmov.cast %x : tensor<4x8xf16> to tensor<4x8xf32>
  %t = tmov.transpose %e [1, 0] : tensor<4x8xf32> -> tensor<8x4xf32>
  return %t, %e : tensor<8x4xf32>, tensor<4x8xf32>
}

// -----

// A narrowing cast before a data-movement op is not sunk (it would make the
// op move wide elements).
// CHECK-LABEL: func.func @negative_narrowing_not_sunk
// CHECK:         %[[C:.*]] = tmov.cast %{{.*}} : tensor<4x8xf32> to tensor<4x8xf16>
// CHECK:         tmov.transpose %[[C]]
func.func @negative_narrowing_not_sunk(%x: tensor<4x8xf32>) -> tensor<8x4xf16> {
  %c = tmov.cast %x : tensor<4x8xf32> to tensor<4x8xf16>
  %t = tmov.transpose %c [1, 0] : tensor<4x8xf16> -> tensor<8x4xf16>
  return %t : tensor<8x4xf16>
}
