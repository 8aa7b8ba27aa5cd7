// RUN: cast-hoist-opt %s -split-input-file --hoist-casts=policy=always | FileCheck %s
// RUN: cast-hoist-opt %s -split-input-file --hoist-casts='policy=always exactness=bits' | FileCheck %s --check-prefix=BITS

// Legality tests: policy=always applies every exact rewrite; the cost
// model's decisions are tested in test/Transforms/HoistCasts/policy.mlir.

// Narrowing casts move above data-movement ops: cast(move(x)) -> move(cast(x)).

// CHECK-LABEL: func.func @transpose
// CHECK-SAME:    (%[[X:.*]]: tensor<4x8xf32>)
// CHECK:         %[[C:.*]] = tmov.cast %[[X]] : tensor<4x8xf32> to tensor<4x8xf16>
// CHECK:         %[[T:.*]] = tmov.transpose %[[C]] [1, 0] : tensor<4x8xf16> -> tensor<8x4xf16>
// CHECK:         return %[[T]]
func.func @transpose(%x: tensor<4x8xf32>) -> tensor<8x4xf16> {
  %t = tmov.transpose %x [1, 0] : tensor<4x8xf32> -> tensor<8x4xf32>
  %c = tmov.cast %t : tensor<8x4xf32> to tensor<8x4xf16>
  return %c : tensor<8x4xf16>
}

// -----

// CHECK-LABEL: func.func @reshape
// CHECK:         tmov.cast %{{.*}} : tensor<2x8xf32> to tensor<2x8xbf16>
// CHECK:         tmov.reshape %{{.*}} : tensor<2x8xbf16> -> tensor<4x4xbf16>
func.func @reshape(%x: tensor<2x8xf32>) -> tensor<4x4xbf16> {
  %r = tmov.reshape %x : tensor<2x8xf32> -> tensor<4x4xf32>
  %c = tmov.cast %r : tensor<4x4xf32> to tensor<4x4xbf16>
  return %c : tensor<4x4xbf16>
}

// -----

// CHECK-LABEL: func.func @broadcast
// CHECK:         tmov.cast %{{.*}} : tensor<4xf64> to tensor<4xf32>
// CHECK:         tmov.broadcast %{{.*}} [1] : tensor<4xf32> -> tensor<3x4xf32>
func.func @broadcast(%x: tensor<4xf64>) -> tensor<3x4xf32> {
  %b = tmov.broadcast %x [1] : tensor<4xf64> -> tensor<3x4xf64>
  %c = tmov.cast %b : tensor<3x4xf64> to tensor<3x4xf32>
  return %c : tensor<3x4xf32>
}

// -----

// CHECK-LABEL: func.func @slice
// CHECK:         tmov.cast %{{.*}} : tensor<4x8xi32> to tensor<4x8xi8>
// CHECK:         tmov.slice %{{.*}} offsets [0, 1] sizes [2, 3] strides [2, 2] : tensor<4x8xi8> -> tensor<2x3xi8>
func.func @slice(%x: tensor<4x8xi32>) -> tensor<2x3xi8> {
  %s = tmov.slice %x offsets [0, 1] sizes [2, 3] strides [2, 2] : tensor<4x8xi32> -> tensor<2x3xi32>
  %c = tmov.cast %s : tensor<2x3xi32> to tensor<2x3xi8>
  return %c : tensor<2x3xi8>
}

// -----

// Every data input of a concat is cast.
// CHECK-LABEL: func.func @concat
// CHECK-SAME:    (%[[A:.*]]: tensor<2x3xf32>, %[[B:.*]]: tensor<2x5xf32>)
// CHECK-DAG:     %[[CA:.*]] = tmov.cast %[[A]] : tensor<2x3xf32> to tensor<2x3xf16>
// CHECK-DAG:     %[[CB:.*]] = tmov.cast %[[B]] : tensor<2x5xf32> to tensor<2x5xf16>
// CHECK:         tmov.concat %[[CA]], %[[CB]] axis 1 : (tensor<2x3xf16>, tensor<2x5xf16>) -> tensor<2x8xf16>
func.func @concat(%a: tensor<2x3xf32>, %b: tensor<2x5xf32>) -> tensor<2x8xf16> {
  %j = tmov.concat %a, %b axis 1 : (tensor<2x3xf32>, tensor<2x5xf32>) -> tensor<2x8xf32>
  %c = tmov.cast %j : tensor<2x8xf32> to tensor<2x8xf16>
  return %c : tensor<2x8xf16>
}

// -----

// The pad value is converted exactly as the cast converts elements: 1e10
// overflows f16 to +inf, so the narrow pad pads with +inf.
// CHECK-LABEL: func.func @pad_value_overflows_to_inf
// CHECK:         tmov.cast %{{.*}} : tensor<4xf32> to tensor<4xf16>
// CHECK:         tmov.pad %{{.*}} low [1] high [2] value 0x7C00 : f16 : tensor<4xf16> -> tensor<7xf16>
func.func @pad_value_overflows_to_inf(%x: tensor<4xf32>) -> tensor<7xf16> {
  %p = tmov.pad %x low [1] high [2] value 1.0e+10 : f32 : tensor<4xf32> -> tensor<7xf32>
  %c = tmov.cast %p : tensor<7xf32> to tensor<7xf16>
  return %c : tensor<7xf16>
}

// -----

// Integer narrowing wraps: 1000 -> i8 is -24, the same value the cast gives.
// CHECK-LABEL: func.func @pad_value_wraps
// CHECK:         tmov.pad %{{.*}} value -24 : i8 : tensor<4xi8> -> tensor<5xi8>
func.func @pad_value_wraps(%x: tensor<4xi32>) -> tensor<5xi8> {
  %p = tmov.pad %x low [0] high [1] value 1000 : i32 : tensor<4xi32> -> tensor<5xi32>
  %c = tmov.cast %p : tensor<5xi32> to tensor<5xi8>
  return %c : tensor<5xi8>
}

// -----

// Float to int rounds to nearest even: a pad value of -2.5 becomes -2.
// CHECK-LABEL: func.func @pad_value_float_to_int
// CHECK:         tmov.cast %{{.*}} : tensor<4xf32> to tensor<4xi8>
// CHECK:         tmov.pad %{{.*}} value -2 : i8
func.func @pad_value_float_to_int(%x: tensor<4xf32>) -> tensor<5xi8> {
  %p = tmov.pad %x low [0] high [1] value -2.5 : f32 : tensor<4xf32> -> tensor<5xf32>
  %c = tmov.cast %p : tensor<5xf32> to tensor<5xi8>
  return %c : tensor<5xi8>
}

// -----

// -0.0 stays -0.0.
// CHECK-LABEL: func.func @pad_value_negative_zero
// CHECK:         tmov.pad %{{.*}} value -0.000000e+00 : bf16
func.func @pad_value_negative_zero(%x: tensor<4xf32>) -> tensor<5xbf16> {
  %p = tmov.pad %x low [0] high [1] value -0.0 : f32 : tensor<4xf32> -> tensor<5xf32>
  %c = tmov.cast %p : tensor<5xf32> to tensor<5xbf16>
  return %c : tensor<5xbf16>
}

// -----

// The data of a gather is cast, its indices never are.
// CHECK-LABEL: func.func @gather
// CHECK-SAME:    (%[[T:.*]]: tensor<100x8xf32>, %[[I:.*]]: tensor<2x3xi32>)
// CHECK:         %[[C:.*]] = tmov.cast %[[T]] : tensor<100x8xf32> to tensor<100x8xf16>
// CHECK:         tmov.gather %[[C]][%[[I]]] axis 0 : (tensor<100x8xf16>, tensor<2x3xi32>) -> tensor<2x3x8xf16>
func.func @gather(%table: tensor<100x8xf32>, %ids: tensor<2x3xi32>) -> tensor<2x3x8xf16> {
  %g = tmov.gather %table[%ids] axis 0 : (tensor<100x8xf32>, tensor<2x3xi32>) -> tensor<2x3x8xf32>
  %c = tmov.cast %g : tensor<2x3x8xf32> to tensor<2x3x8xf16>
  return %c : tensor<2x3x8xf16>
}

// -----

// Scatter: destination and updates are cast, indices are not.
// CHECK-LABEL: func.func @scatter
// CHECK-SAME:    (%[[D:.*]]: tensor<8x4xf32>, %[[I:.*]]: tensor<2xi64>, %[[U:.*]]: tensor<2x4xf32>)
// CHECK-DAG:     %[[CD:.*]] = tmov.cast %[[D]] : tensor<8x4xf32> to tensor<8x4xf16>
// CHECK-DAG:     %[[CU:.*]] = tmov.cast %[[U]] : tensor<2x4xf32> to tensor<2x4xf16>
// CHECK:         tmov.scatter %[[CD]][%[[I]]], %[[CU]] axis 0 : (tensor<8x4xf16>, tensor<2xi64>, tensor<2x4xf16>) -> tensor<8x4xf16>
func.func @scatter(%d: tensor<8x4xf32>, %i: tensor<2xi64>, %u: tensor<2x4xf32>) -> tensor<8x4xf16> {
  %s = tmov.scatter %d[%i], %u axis 0 : (tensor<8x4xf32>, tensor<2xi64>, tensor<2x4xf32>) -> tensor<8x4xf32>
  %c = tmov.cast %s : tensor<8x4xf32> to tensor<8x4xf16>
  return %c : tensor<8x4xf16>
}

// -----

// CHECK-LABEL: func.func @reverse
// CHECK:         tmov.cast %{{.*}} : tensor<4x8xi64> to tensor<4x8xi16>
// CHECK:         tmov.reverse %{{.*}} [0, 1] : tensor<4x8xi16>
func.func @reverse(%x: tensor<4x8xi64>) -> tensor<4x8xi16> {
  %r = tmov.reverse %x [0, 1] : tensor<4x8xi64>
  %c = tmov.cast %r : tensor<4x8xi64> to tensor<4x8xi16>
  return %c : tensor<4x8xi16>
}

// -----

// CHECK-LABEL: func.func @tile
// CHECK:         tmov.cast %{{.*}} : tensor<2x3xf32> to tensor<2x3xf8E4M3FN>
// CHECK:         tmov.tile %{{.*}} [2, 1] : tensor<2x3xf8E4M3FN> -> tensor<4x3xf8E4M3FN>
func.func @tile(%x: tensor<2x3xf32>) -> tensor<4x3xf8E4M3FN> {
  %t = tmov.tile %x [2, 1] : tensor<2x3xf32> -> tensor<4x3xf32>
  %c = tmov.cast %t : tensor<4x3xf32> to tensor<4x3xf8E4M3FN>
  return %c : tensor<4x3xf8E4M3FN>
}

// -----

// A whole chain runs narrow; only one cast is left, at the chain's start.
// CHECK-LABEL: func.func @chain
// CHECK-SAME:    (%[[X:.*]]: tensor<4x8xf32>, %[[I:.*]]: tensor<3xi32>)
// CHECK:         %[[C:.*]] = tmov.cast %[[X]] : tensor<4x8xf32> to tensor<4x8xf16>
// CHECK-NEXT:    %[[T:.*]] = tmov.transpose %[[C]] [1, 0] : tensor<4x8xf16>
// CHECK-NEXT:    %[[P:.*]] = tmov.pad %[[T]] low [0, 0] high [0, 4] value 0.000000e+00 : f16
// CHECK-NEXT:    %[[R:.*]] = tmov.reshape %[[P]] : tensor<8x8xf16> -> tensor<8x2x4xf16>
// CHECK-NEXT:    %[[G:.*]] = tmov.gather %[[R]][%[[I]]] axis 0
// CHECK-NEXT:    return %[[G]]
// CHECK-NOT:     tmov.cast
func.func @chain(%x: tensor<4x8xf32>, %i: tensor<3xi32>) -> tensor<3x2x4xf16> {
  %t = tmov.transpose %x [1, 0] : tensor<4x8xf32> -> tensor<8x4xf32>
  %p = tmov.pad %t low [0, 0] high [0, 4] value 0.0 : f32 : tensor<8x4xf32> -> tensor<8x8xf32>
  %r = tmov.reshape %p : tensor<8x8xf32> -> tensor<8x2x4xf32>
  %g = tmov.gather %r[%i] axis 0 : (tensor<8x2x4xf32>, tensor<3xi32>) -> tensor<3x2x4xf32>
  %c = tmov.cast %g : tensor<3x2x4xf32> to tensor<3x2x4xf16>
  return %c : tensor<3x2x4xf16>
}

// -----

// A DAG: the cast climbs through the concat into both branches.
// CHECK-LABEL: func.func @dag
// CHECK-SAME:    (%[[A:.*]]: tensor<4x2xf32>, %[[B:.*]]: tensor<2x2xf32>)
// CHECK-DAG:     %[[CA:.*]] = tmov.cast %[[A]] : tensor<4x2xf32> to tensor<4x2xf16>
// CHECK-DAG:     %[[CB:.*]] = tmov.cast %[[B]] : tensor<2x2xf32> to tensor<2x2xf16>
// CHECK-DAG:     %[[T:.*]] = tmov.transpose %[[CA]] [1, 0] : tensor<4x2xf16>
// CHECK-DAG:     %[[R:.*]] = tmov.tile %[[CB]] [1, 2] : tensor<2x2xf16>
// CHECK:         tmov.concat %[[T]], %[[R]] axis 0 : (tensor<2x4xf16>, tensor<2x4xf16>)
func.func @dag(%a: tensor<4x2xf32>, %b: tensor<2x2xf32>) -> tensor<4x4xf16> {
  %t = tmov.transpose %a [1, 0] : tensor<4x2xf32> -> tensor<2x4xf32>
  %r = tmov.tile %b [1, 2] : tensor<2x2xf32> -> tensor<2x4xf32>
  %j = tmov.concat %t, %r axis 0 : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<4x4xf32>
  %c = tmov.cast %j : tensor<4x4xf32> to tensor<4x4xf16>
  return %c : tensor<4x4xf16>
}

// -----

// Fan-out to identical casts: all of them are replaced by one narrow result.
// CHECK-LABEL: func.func @fan_out_identical_casts
// CHECK:         %[[C:.*]] = tmov.cast %{{.*}} : tensor<4x8xf32> to tensor<4x8xf16>
// CHECK:         %[[T:.*]] = tmov.transpose %[[C]]
// CHECK:         return %[[T]], %[[T]]
func.func @fan_out_identical_casts(%x: tensor<4x8xf32>) -> (tensor<8x4xf16>, tensor<8x4xf16>) {
  %t = tmov.transpose %x [1, 0] : tensor<4x8xf32> -> tensor<8x4xf32>
  %c0 = tmov.cast %t : tensor<8x4xf32> to tensor<8x4xf16>
  %c1 = tmov.cast %t : tensor<8x4xf32> to tensor<8x4xf16>
  return %c0, %c1 : tensor<8x4xf16>, tensor<8x4xf16>
}

// -----

// Dynamic dimensions are fine: only the element type changes.
// CHECK-LABEL: func.func @dynamic
// CHECK:         tmov.cast %{{.*}} : tensor<?x4xf32> to tensor<?x4xf16>
// CHECK:         tmov.transpose %{{.*}} [1, 0] : tensor<?x4xf16> -> tensor<4x?xf16>
func.func @dynamic(%x: tensor<?x4xf32>) -> tensor<4x?xf16> {
  %t = tmov.transpose %x [1, 0] : tensor<?x4xf32> -> tensor<4x?xf32>
  %c = tmov.cast %t : tensor<4x?xf32> to tensor<4x?xf16>
  return %c : tensor<4x?xf16>
}

// -----

// CHECK-LABEL: func.func @zero_size
// CHECK:         tmov.cast %{{.*}} : tensor<0x4xf32> to tensor<0x4xf16>
// CHECK:         tmov.transpose %{{.*}} : tensor<0x4xf16> -> tensor<4x0xf16>
func.func @zero_size(%x: tensor<0x4xf32>) -> tensor<4x0xf16> {
  %t = tmov.transpose %x [1, 0] : tensor<0x4xf32> -> tensor<4x0xf32>
  %c = tmov.cast %t : tensor<4x0xf32> to tensor<4x0xf16>
  return %c : tensor<4x0xf16>
}

// -----

// Width pairs: every narrowing of the modeled types moves.
// CHECK-LABEL: func.func @width_pairs
// CHECK-DAG:     tmov.reverse %{{.*}} [0] : tensor<4xf32>
// CHECK-DAG:     tmov.reverse %{{.*}} [0] : tensor<4xf16>
// CHECK-DAG:     tmov.reverse %{{.*}} [0] : tensor<4xf8E5M2>
// CHECK-DAG:     tmov.reverse %{{.*}} [0] : tensor<4xf8E4M3FN>
// CHECK-DAG:     tmov.reverse %{{.*}} [0] : tensor<4xi32>
// CHECK-DAG:     tmov.reverse %{{.*}} [0] : tensor<4xi16>
// CHECK-DAG:     tmov.reverse %{{.*}} [0] : tensor<4xi8>
// CHECK-DAG:     tmov.reverse %{{.*}} [0] : tensor<4xbf16>
// CHECK-NOT:     tmov.reverse %{{.*}} : tensor<4xf64>
// CHECK-NOT:     tmov.reverse %{{.*}} : tensor<4xi64>
func.func @width_pairs(%f64: tensor<4xf64>, %f32: tensor<4xf32>, %f16: tensor<4xf16>,
                       %i64: tensor<4xi64>, %i32: tensor<4xi32>)
    -> (tensor<4xf32>, tensor<4xf16>, tensor<4xf8E5M2>, tensor<4xf8E4M3FN>,
        tensor<4xi32>, tensor<4xi16>, tensor<4xi8>, tensor<4xbf16>) {
  %r0 = tmov.reverse %f64 [0] : tensor<4xf64>
  %c0 = tmov.cast %r0 : tensor<4xf64> to tensor<4xf32>
  %r1 = tmov.reverse %f32 [0] : tensor<4xf32>
  %c1 = tmov.cast %r1 : tensor<4xf32> to tensor<4xf16>
  %r2 = tmov.reverse %f16 [0] : tensor<4xf16>
  %c2 = tmov.cast %r2 : tensor<4xf16> to tensor<4xf8E5M2>
  %r3 = tmov.reverse %f64 [0] : tensor<4xf64>
  %c3 = tmov.cast %r3 : tensor<4xf64> to tensor<4xf8E4M3FN>
  %r4 = tmov.reverse %i64 [0] : tensor<4xi64>
  %c4 = tmov.cast %r4 : tensor<4xi64> to tensor<4xi32>
  %r5 = tmov.reverse %i32 [0] : tensor<4xi32>
  %c5 = tmov.cast %r5 : tensor<4xi32> to tensor<4xi16>
  %r6 = tmov.reverse %f32 [0] : tensor<4xf32>
  %c6 = tmov.cast %r6 : tensor<4xf32> to tensor<4xi8>
  %r7 = tmov.reverse %i32 [0] : tensor<4xi32>
  %c7 = tmov.cast %r7 : tensor<4xi32> to tensor<4xbf16>
  return %c0, %c1, %c2, %c3, %c4, %c5, %c6, %c7
      : tensor<4xf32>, tensor<4xf16>, tensor<4xf8E5M2>, tensor<4xf8E4M3FN>,
        tensor<4xi32>, tensor<4xi16>, tensor<4xi8>, tensor<4xbf16>
}

// -----

// Casts that neither narrow nor widen are not moved: f16 <-> bf16 and
// int <-> float of equal width save no bytes.
// CHECK-LABEL: func.func @negative_same_width
// CHECK:         tmov.transpose %{{.*}} : tensor<8x4xf16> -> tensor<4x8xf16>
// CHECK:         tmov.transpose %{{.*}} : tensor<8x4xi32> -> tensor<4x8xi32>
func.func @negative_same_width(%x: tensor<8x4xf16>, %y: tensor<8x4xi32>) -> (tensor<4x8xbf16>, tensor<4x8xf32>) {
  %t = tmov.transpose %x [1, 0] : tensor<8x4xf16> -> tensor<4x8xf16>
  %c = tmov.cast %t : tensor<4x8xf16> to tensor<4x8xbf16>
  %u = tmov.transpose %y [1, 0] : tensor<8x4xi32> -> tensor<4x8xi32>
  %d = tmov.cast %u : tensor<4x8xi32> to tensor<4x8xf32>
  return %c, %d : tensor<4x8xbf16>, tensor<4x8xf32>
}

// -----

// The transposed f32 value is also returned: hoisting would keep the f32
// transpose alive and add an f16 one, moving more bytes than before.
// CHECK-LABEL: func.func @negative_fan_out_other_user
// CHECK:         %[[T:.*]] = tmov.transpose %{{.*}} -> tensor<4x8xf32>
// CHECK:         tmov.cast %[[T]]
func.func @negative_fan_out_other_user(%x: tensor<8x4xf32>) -> (tensor<4x8xf16>, tensor<4x8xf32>) {
  %t = tmov.transpose %x [1, 0] : tensor<8x4xf32> -> tensor<4x8xf32>
  %c = tmov.cast %t : tensor<4x8xf32> to tensor<4x8xf16>
  return %c, %t : tensor<4x8xf16>, tensor<4x8xf32>
}

// -----

// Two different casts of one value: neither can take the op with it.
// CHECK-LABEL: func.func @negative_fan_out_different_casts
// CHECK:         %[[T:.*]] = tmov.transpose %{{.*}} : tensor<8x4xf32>
// CHECK-DAG:     tmov.cast %[[T]] : tensor<4x8xf32> to tensor<4x8xf16>
// CHECK-DAG:     tmov.cast %[[T]] : tensor<4x8xf32> to tensor<4x8xbf16>
func.func @negative_fan_out_different_casts(%x: tensor<8x4xf32>) -> (tensor<4x8xf16>, tensor<4x8xbf16>) {
  %t = tmov.transpose %x [1, 0] : tensor<8x4xf32> -> tensor<4x8xf32>
  %c = tmov.cast %t : tensor<4x8xf32> to tensor<4x8xf16>
  %d = tmov.cast %t : tensor<4x8xf32> to tensor<4x8xbf16>
  return %c, %d : tensor<4x8xf16>, tensor<4x8xbf16>
}

// -----

// A NaN pad value: under `values` it becomes a NaN of f16 (payloads are
// unspecified); under `bits` how a target converts NaN payloads is not
// something the rules can predict bit for bit, so the pad stays f32.
// CHECK-LABEL: func.func @pad_value_nan
// CHECK:         tmov.pad %{{.*}} value 0x7E00 : f16 : tensor<4xf16> -> tensor<5xf16>
// BITS-LABEL:  func.func @pad_value_nan
// BITS:          tmov.pad %{{.*}} : tensor<4xf32> -> tensor<5xf32>
// BITS:          tmov.cast
func.func @pad_value_nan(%x: tensor<4xf32>) -> tensor<5xf16> {
  %p = tmov.pad %x low [0] high [1] value 0x7FC00001 : f32 : tensor<4xf32> -> tensor<5xf32>
  %c = tmov.cast %p : tensor<5xf32> to tensor<5xf16>
  return %c : tensor<5xf16>
}

// -----

// 1e-5 becomes an f16 subnormal: its IEEE value under `values`; under `bits`
// refused, since some targets flush it to zero.
// CHECK-LABEL: func.func @pad_value_subnormal
// CHECK:         tmov.pad %{{.*}} value 1.001360e-05 : f16 : tensor<4xf16> -> tensor<5xf16>
// BITS-LABEL:  func.func @pad_value_subnormal
// BITS:          tmov.pad %{{.*}} : tensor<4xf32> -> tensor<5xf32>
func.func @pad_value_subnormal(%x: tensor<4xf32>) -> tensor<5xf16> {
  %p = tmov.pad %x low [0] high [1] value 1.0e-05 : f32 : tensor<4xf32> -> tensor<5xf32>
  %c = tmov.cast %p : tensor<5xf32> to tensor<5xf16>
  return %c : tensor<5xf16>
}

// -----

// 300.0 does not fit in i8: the saturated value differs between lowerings.
// CHECK-LABEL: func.func @negative_pad_value_out_of_range
// CHECK:         tmov.pad %{{.*}} : tensor<4xf32> -> tensor<5xf32>
func.func @negative_pad_value_out_of_range(%x: tensor<4xf32>) -> tensor<5xi8> {
  %p = tmov.pad %x low [0] high [1] value 300.0 : f32 : tensor<4xf32> -> tensor<5xf32>
  %c = tmov.cast %p : tensor<5xf32> to tensor<5xi8>
  return %c : tensor<5xi8>
}

// -----

// i1 casts are not in the rule table: left alone.
// CHECK-LABEL: func.func @negative_unmodeled_type
// CHECK:         tmov.transpose %{{.*}} -> tensor<8x4xi8>
func.func @negative_unmodeled_type(%x: tensor<4x8xi8>) -> tensor<8x4xi1> {
  %t = tmov.transpose %x [1, 0] : tensor<4x8xi8> -> tensor<8x4xi8>
  %c = tmov.cast %t : tensor<8x4xi8> to tensor<8x4xi1>
  return %c : tensor<8x4xi1>
}

// -----

// The cast's source is a block argument: nothing to move across.
// CHECK-LABEL: func.func @negative_no_movement
// CHECK-NEXT:    tmov.cast
// CHECK-NEXT:    return
func.func @negative_no_movement(%x: tensor<4xf32>) -> tensor<4xf16> {
  %c = tmov.cast %x : tensor<4xf32> to tensor<4xf16>
  return %c : tensor<4xf16>
}

// -----

// The cast also refines a dynamic dimension to a static one; moving it would
// change the data-movement op's result type, so it stays.
// CHECK-LABEL: func.func @negative_cast_refines_shape
// CHECK:         tmov.transpose %{{.*}} : tensor<?x4xf32> -> tensor<4x?xf32>
func.func @negative_cast_refines_shape(%x: tensor<?x4xf32>) -> tensor<4x2xf16> {
  %t = tmov.transpose %x [1, 0] : tensor<?x4xf32> -> tensor<4x?xf32>
  %c = tmov.cast %t : tensor<4x?xf32> to tensor<4x2xf16>
  return %c : tensor<4x2xf16>
}

// -----

// The pass only rewrites around casts: dead code and unreachable blocks it
// did not create stay as they are (it is not a canonicalizer).
// CHECK-LABEL: func.func @leaves_unrelated_ops_alone
// CHECK:         arith.constant dense<1.000000e+00> : tensor<4xf32>
// CHECK:         tensor.empty() : tensor<8xf32>
// CHECK:         tmov.cast %{{.*}} : tensor<4x8xf32> to tensor<4x8xf16>
// CHECK:         tmov.transpose
// CHECK:         ^bb1:
// CHECK:         arith.constant 2.000000e+00 : f32
func.func @leaves_unrelated_ops_alone(%x: tensor<4x8xf32>) -> tensor<8x4xf16> {
  %dead = arith.constant dense<1.0> : tensor<4xf32>
  %empty = tensor.empty() : tensor<8xf32>
  %t = tmov.transpose %x [1, 0] : tensor<4x8xf32> -> tensor<8x4xf32>
  %c = tmov.cast %t : tensor<8x4xf32> to tensor<8x4xf16>
  return %c : tensor<8x4xf16>
^bb1:
  %unreachable = arith.constant 2.0 : f32
  return %c : tensor<8x4xf16>
}
