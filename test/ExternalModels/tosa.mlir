// RUN: cast-hoist-opt %s -split-input-file --hoist-casts=policy=always | FileCheck %s
// RUN: cast-hoist-opt %s -split-input-file --hoist-casts='policy=always exactness=bits' | FileCheck %s --check-prefix=BITS
// RUN: cast-hoist-opt %s -split-input-file --hoist-casts --tosa-attach-target="profiles=pro_int,pro_fp extensions=bf16" --tosa-validate | FileCheck %s --check-prefix=VALID

// Legality tests: policy=always applies every exact rewrite; the cost
// model's decisions are tested in test/Transforms/HoistCasts/policy.mlir.

// TOSA: a tosa.cast stays a tosa.cast, and the result passes --tosa-validate
// where the input did.
// VALID-LABEL: func.func @transpose_reshape_chain
// CHECK-LABEL: func.func @transpose_reshape_chain
// CHECK-SAME:    (%[[X:.*]]: tensor<1x16x16x8xf32>)
// CHECK:         %[[C:.*]] = tosa.cast %[[X]] : (tensor<1x16x16x8xf32>) -> tensor<1x16x16x8xf16>
// CHECK:         %[[T:.*]] = tosa.transpose %[[C]] {perms = array<i32: 0, 3, 1, 2>} : (tensor<1x16x16x8xf16>) -> tensor<1x8x16x16xf16>
// CHECK:         %[[R:.*]] = tosa.reshape %[[T]], %{{.*}} : (tensor<1x8x16x16xf16>, !tosa.shape<3>) -> tensor<1x8x256xf16>
// CHECK:         return %[[R]]
func.func @transpose_reshape_chain(%x: tensor<1x16x16x8xf32>) -> tensor<1x8x256xf16> {
  %t = tosa.transpose %x {perms = array<i32: 0, 3, 1, 2>} : (tensor<1x16x16x8xf32>) -> tensor<1x8x16x16xf32>
  %s = tosa.const_shape {values = dense<[1, 8, 256]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %r = tosa.reshape %t, %s : (tensor<1x8x16x16xf32>, !tosa.shape<3>) -> tensor<1x8x256xf32>
  %c = tosa.cast %r : (tensor<1x8x256xf32>) -> tensor<1x8x256xf16>
  return %c : tensor<1x8x256xf16>
}

// -----

// The pad constant is a data operand: it is converted by the cast's own
// semantics and folded to a narrow tosa.const (1e10 overflows to +inf).
// CHECK-LABEL: func.func @pad
// CHECK-DAG:     %[[K:.*]] = "tosa.const"() <{values = dense<0x7C00> : tensor<1xf16>}>
// CHECK-DAG:     %[[C:.*]] = tosa.cast %{{.*}} : (tensor<4x4xf32>) -> tensor<4x4xf16>
// CHECK:         tosa.pad %[[C]], %{{.*}}, %[[K]] : (tensor<4x4xf16>, !tosa.shape<4>, tensor<1xf16>) -> tensor<6x6xf16>
func.func @pad(%x: tensor<4x4xf32>) -> tensor<6x6xf16> {
  %p = tosa.const_shape {values = dense<1> : tensor<4xindex>} : () -> !tosa.shape<4>
  %k = "tosa.const"() {values = dense<1.0e10> : tensor<1xf32>} : () -> tensor<1xf32>
  %q = tosa.pad %x, %p, %k : (tensor<4x4xf32>, !tosa.shape<4>, tensor<1xf32>) -> tensor<6x6xf32>
  %c = tosa.cast %q : (tensor<6x6xf32>) -> tensor<6x6xf16>
  return %c : tensor<6x6xf16>
}

// -----

// CHECK-LABEL: func.func @slice_tile_reverse_identity
// CHECK:         tosa.cast %{{.*}} : (tensor<8x8xf32>) -> tensor<8x8xbf16>
// CHECK:         tosa.slice %{{.*}} : (tensor<8x8xbf16>, !tosa.shape<2>, !tosa.shape<2>) -> tensor<4x4xbf16>
// CHECK:         tosa.tile %{{.*}} : (tensor<4x4xbf16>, !tosa.shape<2>) -> tensor<8x4xbf16>
// CHECK:         tosa.reverse %{{.*}} {axis = 1 : i32} : (tensor<8x4xbf16>) -> tensor<8x4xbf16>
// CHECK:         tosa.identity %{{.*}} : (tensor<8x4xbf16>) -> tensor<8x4xbf16>
// CHECK-NOT:     tosa.cast
func.func @slice_tile_reverse_identity(%x: tensor<8x8xf32>) -> tensor<8x4xbf16> {
  %start = tosa.const_shape {values = dense<[2, 2]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %size = tosa.const_shape {values = dense<[4, 4]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %s = tosa.slice %x, %start, %size : (tensor<8x8xf32>, !tosa.shape<2>, !tosa.shape<2>) -> tensor<4x4xf32>
  %m = tosa.const_shape {values = dense<[2, 1]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %t = tosa.tile %s, %m : (tensor<4x4xf32>, !tosa.shape<2>) -> tensor<8x4xf32>
  %r = tosa.reverse %t {axis = 1 : i32} : (tensor<8x4xf32>) -> tensor<8x4xf32>
  %i = tosa.identity %r : (tensor<8x4xf32>) -> tensor<8x4xf32>
  %c = tosa.cast %i : (tensor<8x4xf32>) -> tensor<8x4xbf16>
  return %c : tensor<8x4xbf16>
}

// -----

// Both concat inputs are cast.
// CHECK-LABEL: func.func @concat
// CHECK-DAG:     %[[A:.*]] = tosa.cast %{{.*}} : (tensor<2x3xf32>) -> tensor<2x3xf16>
// CHECK-DAG:     %[[B:.*]] = tosa.cast %{{.*}} : (tensor<2x5xf32>) -> tensor<2x5xf16>
// CHECK:         tosa.concat %[[A]], %[[B]] {axis = 1 : i32} : (tensor<2x3xf16>, tensor<2x5xf16>) -> tensor<2x8xf16>
func.func @concat(%a: tensor<2x3xf32>, %b: tensor<2x5xf32>) -> tensor<2x8xf16> {
  %j = tosa.concat %a, %b {axis = 1 : i32} : (tensor<2x3xf32>, tensor<2x5xf32>) -> tensor<2x8xf32>
  %c = tosa.cast %j : (tensor<2x8xf32>) -> tensor<2x8xf16>
  return %c : tensor<2x8xf16>
}

// -----

// Gather casts the values, never the indices; scatter casts values_in and
// input.
// CHECK-LABEL: func.func @gather
// CHECK-SAME:    (%[[V:.*]]: tensor<1x100x16xf32>, %[[I:.*]]: tensor<1x4xi32>)
// CHECK:         %[[C:.*]] = tosa.cast %[[V]] : (tensor<1x100x16xf32>) -> tensor<1x100x16xf16>
// CHECK:         tosa.gather %[[C]], %[[I]] : (tensor<1x100x16xf16>, tensor<1x4xi32>) -> tensor<1x4x16xf16>
func.func @gather(%v: tensor<1x100x16xf32>, %i: tensor<1x4xi32>) -> tensor<1x4x16xf16> {
  %g = tosa.gather %v, %i : (tensor<1x100x16xf32>, tensor<1x4xi32>) -> tensor<1x4x16xf32>
  %c = tosa.cast %g : (tensor<1x4x16xf32>) -> tensor<1x4x16xf16>
  return %c : tensor<1x4x16xf16>
}

// -----

// CHECK-LABEL: func.func @scatter
// CHECK-SAME:    (%[[V:.*]]: tensor<1x8x4xi32>, %[[I:.*]]: tensor<1x2xi32>, %[[U:.*]]: tensor<1x2x4xi32>)
// CHECK-DAG:     %[[CV:.*]] = tosa.cast %[[V]] : (tensor<1x8x4xi32>) -> tensor<1x8x4xi8>
// CHECK-DAG:     %[[CU:.*]] = tosa.cast %[[U]] : (tensor<1x2x4xi32>) -> tensor<1x2x4xi8>
// CHECK:         tosa.scatter %[[CV]], %[[I]], %[[CU]] : (tensor<1x8x4xi8>, tensor<1x2xi32>, tensor<1x2x4xi8>) -> tensor<1x8x4xi8>
func.func @scatter(%v: tensor<1x8x4xi32>, %i: tensor<1x2xi32>, %u: tensor<1x2x4xi32>) -> tensor<1x8x4xi8> {
  %s = tosa.scatter %v, %i, %u : (tensor<1x8x4xi32>, tensor<1x2xi32>, tensor<1x2x4xi32>) -> tensor<1x8x4xi32>
  %c = tosa.cast %s : (tensor<1x8x4xi32>) -> tensor<1x8x4xi8>
  return %c : tensor<1x8x4xi8>
}

// -----

// Widening sinks: transpose(cast f16->f32) -> cast(transpose).
// CHECK-LABEL: func.func @sink_transpose
// CHECK:         %[[T:.*]] = tosa.transpose %{{.*}} : (tensor<4x8xf16>) -> tensor<8x4xf16>
// CHECK:         tosa.cast %[[T]] : (tensor<8x4xf16>) -> tensor<8x4xf32>
func.func @sink_transpose(%x: tensor<4x8xf16>) -> tensor<8x4xf32> {
  %e = tosa.cast %x : (tensor<4x8xf16>) -> tensor<4x8xf32>
  %t = tosa.transpose %e {perms = array<i32: 1, 0>} : (tensor<4x8xf32>) -> tensor<8x4xf32>
  return %t : tensor<8x4xf32>
}

// -----

// Sinking through a pad: the pad constant -0.0 has an exact f16 twin.
// CHECK-LABEL: func.func @sink_pad
// CHECK:         %[[K:.*]] = "tosa.const"() <{values = dense<-0.000000e+00> : tensor<1xf16>}>
// CHECK:         %[[P:.*]] = tosa.pad %{{.*}}, %{{.*}}, %[[K]] : (tensor<4xf16>, !tosa.shape<2>, tensor<1xf16>) -> tensor<6xf16>
// CHECK:         tosa.cast %[[P]] : (tensor<6xf16>) -> tensor<6xf32>
func.func @sink_pad(%x: tensor<4xf16>) -> tensor<6xf32> {
  %e = tosa.cast %x : (tensor<4xf16>) -> tensor<4xf32>
  %p = tosa.const_shape {values = dense<1> : tensor<2xindex>} : () -> !tosa.shape<2>
  %k = "tosa.const"() {values = dense<-0.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %q = tosa.pad %e, %p, %k : (tensor<4xf32>, !tosa.shape<2>, tensor<1xf32>) -> tensor<6xf32>
  return %q : tensor<6xf32>
}

// -----

// tosa.cast f32 -> i8 saturates; the pad constant 100.5 rounds to even (100).
// CHECK-LABEL: func.func @pad_float_to_int
// CHECK-DAG:     "tosa.const"() <{values = dense<100> : tensor<1xi8>}>
// CHECK-DAG:     tosa.cast %{{.*}} : (tensor<4xf32>) -> tensor<4xi8>
func.func @pad_float_to_int(%x: tensor<4xf32>) -> tensor<6xi8> {
  %p = tosa.const_shape {values = dense<1> : tensor<2xindex>} : () -> !tosa.shape<2>
  %k = "tosa.const"() {values = dense<100.5> : tensor<1xf32>} : () -> tensor<1xf32>
  %q = tosa.pad %x, %p, %k : (tensor<4xf32>, !tosa.shape<2>, tensor<1xf32>) -> tensor<6xf32>
  %c = tosa.cast %q : (tensor<6xf32>) -> tensor<6xi8>
  return %c : tensor<6xi8>
}

// -----

// A NaN pad constant: under `values` it converts to an f16 NaN. Under `bits`
// its conversion is not predictable bit for bit, and tosa.pad needs a
// constant pad value (a tosa.cast of the constant would not pass
// --tosa-validate), so nothing moves.
// VALID-LABEL: func.func @pad_nan_constant
// CHECK-LABEL: func.func @pad_nan_constant
// CHECK:         %[[K:.*]] = "tosa.const"() <{values = dense<0x7E00> : tensor<1xf16>}>
// CHECK:         tosa.pad %{{.*}}, %{{.*}}, %[[K]] : (tensor<4xf16>, !tosa.shape<2>, tensor<1xf16>) -> tensor<6xf16>
// BITS-LABEL:  func.func @pad_nan_constant
// BITS:          %[[Q:.*]] = tosa.pad %{{.*}} : (tensor<4xf32>, !tosa.shape<2>, tensor<1xf32>) -> tensor<6xf32>
// BITS:          tosa.cast %[[Q]]
func.func @pad_nan_constant(%x: tensor<4xf32>) -> tensor<6xf16> {
  %p = tosa.const_shape {values = dense<1> : tensor<2xindex>} : () -> !tosa.shape<2>
  %k = "tosa.const"() {values = dense<0x7FC00000> : tensor<1xf32>} : () -> tensor<1xf32>
  %q = tosa.pad %x, %p, %k : (tensor<4xf32>, !tosa.shape<2>, tensor<1xf32>) -> tensor<6xf32>
  %c = tosa.cast %q : (tensor<6xf32>) -> tensor<6xf16>
  return %c : tensor<6xf16>
}

// -----

// Fan-out: the f32 transpose is also returned, so it stays.
// CHECK-LABEL: func.func @negative_fan_out
// CHECK:         %[[T:.*]] = tosa.transpose %{{.*}} : (tensor<4x8xf32>) -> tensor<8x4xf32>
// CHECK:         tosa.cast %[[T]]
func.func @negative_fan_out(%x: tensor<4x8xf32>) -> (tensor<8x4xf16>, tensor<8x4xf32>) {
  %t = tosa.transpose %x {perms = array<i32: 1, 0>} : (tensor<4x8xf32>) -> tensor<8x4xf32>
  %c = tosa.cast %t : (tensor<8x4xf32>) -> tensor<8x4xf16>
  return %c, %t : tensor<8x4xf16>, tensor<8x4xf32>
}

// -----

// TOSA tensors have no 0 dims, so a tosa.cast cannot be hoisted onto the
// empty input of a concat from another dialect: the tosa.cast verifier would
// reject it. (Regression found by the differential tester.)
// CHECK-LABEL: func.func @negative_zero_size_concat_operand
// CHECK:         %[[C:.*]] = tensor.concat dim(0) %{{.*}}, %{{.*}} : (tensor<0xf16>, tensor<2xf16>) -> tensor<2xf16>
// CHECK:         tosa.cast %[[C]] : (tensor<2xf16>) -> tensor<2xf8E5M2>
// CHECK:         %[[D:.*]] = tmov.concat
// CHECK:         tosa.cast %[[D]] : (tensor<2xf32>) -> tensor<2xf16>
func.func @negative_zero_size_concat_operand(%a: tensor<0xf16>, %b: tensor<2xf16>, %c: tensor<0xf32>, %d: tensor<2xf32>) -> (tensor<2xf8E5M2>, tensor<2xf16>) {
  %0 = tensor.concat dim(0) %a, %b : (tensor<0xf16>, tensor<2xf16>) -> tensor<2xf16>
  %1 = tosa.cast %0 : (tensor<2xf16>) -> tensor<2xf8E5M2>
  %2 = tmov.concat %c, %d axis 0 : (tensor<0xf32>, tensor<2xf32>) -> tensor<2xf32>
  %3 = tosa.cast %2 : (tensor<2xf32>) -> tensor<2xf16>
  return %1, %3 : tensor<2xf8E5M2>, tensor<2xf16>
}
