// RUN: cast-hoist-opt %s -split-input-file --hoist-casts=policy=always | FileCheck %s
// RUN: cast-hoist-opt %s -split-input-file --hoist-casts='policy=always exactness=bits' | FileCheck %s --check-prefix=OFF
// Ops that select elements by comparing values (maximum, minimum, clamp)
// commute with casts that preserve order: float-to-float casts into a type
// with infinity. Round to nearest even is monotonic and keeps the sign of
// zero, so cast(max(x, y)) == max(cast(x), cast(y)) on every non-NaN value,
// and a NaN input gives a NaN either way. Only the payload of a NaN result
// is unspecified (IEEE 754, LLVM): allowed by the default `values` contract,
// not by `exactness=bits` (OFF lines).
// See docs/Rules.md, "Ops that select by value".

// ReLU6 in f32 then f16: the clamp runs in f16 with bounds converted as the
// cast converts them.
// CHECK-LABEL: func.func @clamp_relu6
// CHECK:         %[[C:.*]] = tosa.cast %arg0 : (tensor<4x8xf32>) -> tensor<4x8xf16>
// CHECK:         tosa.clamp %[[C]] {max_val = 6.000000e+00 : f16, min_val = 0.000000e+00 : f16}
// OFF-LABEL:   func.func @clamp_relu6
// OFF:           tosa.clamp %arg0
// OFF-NEXT:      tosa.cast
func.func @clamp_relu6(%arg0: tensor<4x8xf32>) -> tensor<4x8xf16> {
  %0 = tosa.clamp %arg0 {min_val = 0.0 : f32, max_val = 6.0 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
  %1 = tosa.cast %0 : (tensor<4x8xf32>) -> tensor<4x8xf16>
  return %1 : tensor<4x8xf16>
}

// -----

// A bound that does not convert exactly is still exact to hoist: clamping
// commutes with any monotonic cast, with the bound cast like the data.
// 6.0001 rounds to 6.0 in f16.
// CHECK-LABEL: func.func @clamp_inexact_bound_hoists
// CHECK:         tosa.cast %arg0
// CHECK:         tosa.clamp {{.*}}max_val = 6.000000e+00 : f16
func.func @clamp_inexact_bound_hoists(%arg0: tensor<8xf32>) -> tensor<8xf16> {
  %0 = tosa.clamp %arg0 {min_val = -1.0 : f32, max_val = 6.0001 : f32} : (tensor<8xf32>) -> tensor<8xf32>
  %1 = tosa.cast %0 : (tensor<8xf32>) -> tensor<8xf16>
  return %1 : tensor<8xf16>
}

// -----

// CHECK-LABEL: func.func @maximum_hoist
// CHECK-DAG:     %[[A:.*]] = tosa.cast %arg0 : (tensor<4x8xf32>) -> tensor<4x8xbf16>
// CHECK-DAG:     %[[B:.*]] = tosa.cast %arg1 : (tensor<1x8xf32>) -> tensor<1x8xbf16>
// CHECK:         tosa.maximum %[[A]], %[[B]] : (tensor<4x8xbf16>, tensor<1x8xbf16>) -> tensor<4x8xbf16>
func.func @maximum_hoist(%arg0: tensor<4x8xf32>, %arg1: tensor<1x8xf32>) -> tensor<4x8xbf16> {
  %0 = tosa.maximum %arg0, %arg1 : (tensor<4x8xf32>, tensor<1x8xf32>) -> tensor<4x8xf32>
  %1 = tosa.cast %0 : (tensor<4x8xf32>) -> tensor<4x8xbf16>
  return %1 : tensor<4x8xbf16>
}

// -----

// A widening cast sinks below minimum (ext is monotonic and exact).
// CHECK-LABEL: func.func @minimum_sink
// CHECK:         %[[M:.*]] = tosa.minimum %arg0, %arg1 : (tensor<8xf16>, tensor<8xf16>) -> tensor<8xf16>
// CHECK:         tosa.cast %[[M]] : (tensor<8xf16>) -> tensor<8xf32>
func.func @minimum_sink(%arg0: tensor<8xf16>, %arg1: tensor<8xf16>) -> tensor<8xf32> {
  %0 = tosa.cast %arg0 : (tensor<8xf16>) -> tensor<8xf32>
  %1 = tosa.cast %arg1 : (tensor<8xf16>) -> tensor<8xf32>
  %2 = tosa.minimum %0, %1 : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
  return %2 : tensor<8xf32>
}

// -----

// ReLU as arith.maximumf with a zero constant: the constant is converted.
// CHECK-LABEL: func.func @arith_relu_hoist
// CHECK-DAG:     %[[Z:.*]] = arith.constant dense<0.000000e+00> : tensor<16xf16>
// CHECK-DAG:     %[[T:.*]] = arith.truncf %arg0 : tensor<16xf32> to tensor<16xf16>
// CHECK:         arith.maximumf %[[T]], %[[Z]] : tensor<16xf16>
func.func @arith_relu_hoist(%arg0: tensor<16xf32>) -> tensor<16xf16> {
  %zero = arith.constant dense<0.0> : tensor<16xf32>
  %0 = arith.maximumf %arg0, %zero : tensor<16xf32>
  %1 = arith.truncf %0 : tensor<16xf32> to tensor<16xf16>
  return %1 : tensor<16xf16>
}

// -----

// Through a chain: transpose, then clamp, then the cast.
// CHECK-LABEL: func.func @chain_transpose_clamp
// CHECK:         tosa.cast %arg0 : (tensor<2x3xf32>) -> tensor<2x3xf16>
// CHECK-NEXT:    tosa.transpose
// CHECK-NEXT:    tosa.clamp
// CHECK-NEXT:    return
func.func @chain_transpose_clamp(%arg0: tensor<2x3xf32>) -> tensor<3x2xf16> {
  %0 = tosa.transpose %arg0 {perms = array<i32: 1, 0>} : (tensor<2x3xf32>) -> tensor<3x2xf32>
  %1 = tosa.clamp %0 {min_val = 0.0 : f32, max_val = 6.0 : f32} : (tensor<3x2xf32>) -> tensor<3x2xf32>
  %2 = tosa.cast %1 : (tensor<3x2xf32>) -> tensor<3x2xf16>
  return %2 : tensor<3x2xf16>
}

// -----

// Integer truncation wraps (i32 200 becomes i8 -56 while 100 stays 100),
// so it does not preserve order: clamp does not commute with it.
// CHECK-LABEL: func.func @negative_clamp_int_truncation
// CHECK:         tosa.clamp %arg0
// CHECK-NEXT:    tosa.cast
func.func @negative_clamp_int_truncation(%arg0: tensor<8xi32>) -> tensor<8xi8> {
  %0 = tosa.clamp %arg0 {min_val = 0 : i32, max_val = 1000 : i32} : (tensor<8xi32>) -> tensor<8xi32>
  %1 = tosa.cast %0 : (tensor<8xi32>) -> tensor<8xi8>
  return %1 : tensor<8xi8>
}

// -----

// f8E4M3FN has no infinity: 500.0 overflows to NaN, so min(500, 448) = 448
// but min(cast(500), cast(448)) = NaN. Not order-preserving.
// CHECK-LABEL: func.func @negative_minimum_f8_without_inf
// CHECK:         tosa.minimum %arg0, %arg1
// CHECK-NEXT:    tosa.cast
func.func @negative_minimum_f8_without_inf(%arg0: tensor<8xf32>, %arg1: tensor<8xf32>) -> tensor<8xf8E4M3FN> {
  %0 = tosa.minimum %arg0, %arg1 : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
  %1 = tosa.cast %0 : (tensor<8xf32>) -> tensor<8xf8E4M3FN>
  return %1 : tensor<8xf8E4M3FN>
}

// -----

// nan_mode = IGNORE lowers to maxnum, whose choice between -0 and +0 is
// unspecified: not moved.
// CHECK-LABEL: func.func @negative_maximum_nan_ignore
// CHECK:         tosa.maximum %arg0, %arg1 {nan_mode = IGNORE}
// CHECK-NEXT:    tosa.cast
func.func @negative_maximum_nan_ignore(%arg0: tensor<8xf32>, %arg1: tensor<8xf32>) -> tensor<8xf16> {
  %0 = tosa.maximum %arg0, %arg1 {nan_mode = IGNORE} : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
  %1 = tosa.cast %0 : (tensor<8xf32>) -> tensor<8xf16>
  return %1 : tensor<8xf16>
}

// -----

// tosa-to-linalg starts reduce_max from the lowest finite f32 (-3.4e38), not
// -Inf: an all--Inf row gives -3.4e38, -Inf after the f16 cast, but -65504
// when reduced in f16. Not modeled, so not moved.
// CHECK-LABEL: func.func @negative_reduce_max
// CHECK:         tosa.reduce_max %arg0
// CHECK-NEXT:    tosa.cast
func.func @negative_reduce_max(%arg0: tensor<4x8xf32>) -> tensor<1x8xf16> {
  %0 = tosa.reduce_max %arg0 {axis = 0 : i32} : (tensor<4x8xf32>) -> tensor<1x8xf32>
  %1 = tosa.cast %0 : (tensor<1x8xf32>) -> tensor<1x8xf16>
  return %1 : tensor<1x8xf16>
}

// -----

// tosa.max_pool2d lowers like reduce_max (window maximum started from the
// lowest finite value, not -Inf), so the same all--Inf window differs.
// CHECK-LABEL: func.func @negative_max_pool2d
// CHECK:         tosa.max_pool2d %arg0
// CHECK-NEXT:    tosa.cast
func.func @negative_max_pool2d(%arg0: tensor<1x4x4x8xf32>) -> tensor<1x2x2x8xf16> {
  %0 = tosa.max_pool2d %arg0 {kernel = array<i64: 2, 2>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x4x4x8xf32>) -> tensor<1x2x2x8xf32>
  %1 = tosa.cast %0 : (tensor<1x2x2x8xf32>) -> tensor<1x2x2x8xf16>
  return %1 : tensor<1x2x2x8xf16>
}

// -----

// Sinking a widening cast below a clamp needs bounds with an exact narrow
// preimage: 6.0001 has none in f16, and the wide clamp can produce it.
// CHECK-LABEL: func.func @negative_sink_clamp_inexact_bound
// CHECK:         tosa.cast %arg0 : (tensor<8xf16>) -> tensor<8xf32>
// CHECK-NEXT:    tosa.clamp
func.func @negative_sink_clamp_inexact_bound(%arg0: tensor<8xf16>) -> tensor<8xf32> {
  %0 = tosa.cast %arg0 : (tensor<8xf16>) -> tensor<8xf32>
  %1 = tosa.clamp %0 {min_val = 0.0 : f32, max_val = 6.0001 : f32} : (tensor<8xf32>) -> tensor<8xf32>
  return %1 : tensor<8xf32>
}

// -----

// arith.maxnumf: -0 versus +0 is unspecified. Not modeled.
// CHECK-LABEL: func.func @negative_arith_maxnumf
// CHECK:         arith.maxnumf
// CHECK-NEXT:    arith.truncf
func.func @negative_arith_maxnumf(%arg0: tensor<16xf32>, %arg1: tensor<16xf32>) -> tensor<16xf16> {
  %0 = arith.maxnumf %arg0, %arg1 : tensor<16xf32>
  %1 = arith.truncf %0 : tensor<16xf32> to tensor<16xf16>
  return %1 : tensor<16xf16>
}
