// RUN: cast-hoist-opt %s -split-input-file --hoist-casts=policy=always | FileCheck %s
// RUN: cast-hoist-opt %s -split-input-file --hoist-casts='policy=always exactness=bits' | FileCheck %s --check-prefix=BITS

// Ops that compute the sign of their elements (tosa.negate, tosa.abs,
// arith.negf, math.absf) commute with float-to-float casts on every non-NaN
// value: rounding to nearest even is symmetric in sign and overflow goes to
// +-Inf (or NaN) symmetrically, so c(-x) = -c(x) and c(|x|) = |c(x)|. A NaN
// stays a NaN, but not every lowering keeps its sign through the cast (the
// bf16 truncf expansion returns a positive canonical NaN), so casts move
// across these ops under the default `values` contract only: under
// `exactness=bits` (BITS lines) every function below keeps its IR.
// See docs/Rules.md, "Ops that compute the sign".

// tosa.negate is rebuilt on f16 with a fresh f16 zero point (0 is exact in
// every float type); sign-ops-tosa-valid.mlir checks that it validates.
// CHECK-LABEL: func.func @tosa_negate_f16
// CHECK-DAG:     %[[Z:.*]] = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf16>}>
// CHECK-DAG:     %[[C:.*]] = tosa.cast %arg0 : (tensor<4x8xf32>) -> tensor<4x8xf16>
// CHECK:         %[[N:.*]] = tosa.negate %[[C]], %[[Z]], %[[Z]] : (tensor<4x8xf16>, tensor<1xf16>, tensor<1xf16>) -> tensor<4x8xf16>
// CHECK:         return %[[N]]
// BITS-LABEL:  func.func @tosa_negate_f16
// BITS:          tosa.negate %arg0
// BITS-NEXT:     tosa.cast
func.func @tosa_negate_f16(%arg0: tensor<4x8xf32>) -> tensor<4x8xf16> {
  %z = "tosa.const"() {values = dense<0.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %0 = tosa.negate %arg0, %z, %z : (tensor<4x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<4x8xf32>
  %1 = tosa.cast %0 : (tensor<4x8xf32>) -> tensor<4x8xf16>
  return %1 : tensor<4x8xf16>
}

// -----

// CHECK-LABEL: func.func @tosa_abs_bf16
// CHECK:         %[[C:.*]] = tosa.cast %arg0 : (tensor<16xf32>) -> tensor<16xbf16>
// CHECK:         tosa.abs %[[C]] : (tensor<16xbf16>) -> tensor<16xbf16>
// BITS-LABEL:  func.func @tosa_abs_bf16
// BITS:          tosa.abs %arg0
// BITS-NEXT:     tosa.cast
func.func @tosa_abs_bf16(%arg0: tensor<16xf32>) -> tensor<16xbf16> {
  %0 = tosa.abs %arg0 : (tensor<16xf32>) -> tensor<16xf32>
  %1 = tosa.cast %0 : (tensor<16xf32>) -> tensor<16xbf16>
  return %1 : tensor<16xbf16>
}

// -----

// f8E4M3FN has no infinity (overflow gives NaN), which breaks order but
// not symmetry: -c(x) = c(-x) still holds on every non-NaN x.
// CHECK-LABEL: func.func @arith_negf_f8E4M3FN
// CHECK:         %[[T:.*]] = arith.truncf %arg0 : tensor<16xf32> to tensor<16xf8E4M3FN>
// CHECK:         arith.negf %[[T]] : tensor<16xf8E4M3FN>
// BITS-LABEL:  func.func @arith_negf_f8E4M3FN
// BITS:          arith.negf %arg0
// BITS-NEXT:     arith.truncf
func.func @arith_negf_f8E4M3FN(%arg0: tensor<16xf32>) -> tensor<16xf8E4M3FN> {
  %0 = arith.negf %arg0 : tensor<16xf32>
  %1 = arith.truncf %0 : tensor<16xf32> to tensor<16xf8E4M3FN>
  return %1 : tensor<16xf8E4M3FN>
}

// -----

// A widening cast sinks below tosa.negate (the zero points are rebuilt on
// f16).
// CHECK-LABEL: func.func @tosa_negate_sink
// CHECK:         %[[N:.*]] = tosa.negate %arg0, %{{.*}}, %{{.*}} : (tensor<8xf16>, tensor<1xf16>, tensor<1xf16>) -> tensor<8xf16>
// CHECK:         tosa.cast %[[N]] : (tensor<8xf16>) -> tensor<8xf32>
// BITS-LABEL:  func.func @tosa_negate_sink
// BITS:          tosa.cast %arg0
// BITS-NEXT:     tosa.negate
func.func @tosa_negate_sink(%arg0: tensor<8xf16>) -> tensor<8xf32> {
  %z = "tosa.const"() {values = dense<0.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %0 = tosa.cast %arg0 : (tensor<8xf16>) -> tensor<8xf32>
  %1 = tosa.negate %0, %z, %z : (tensor<8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8xf32>
  return %1 : tensor<8xf32>
}

// -----

// Through a chain: transpose, negate, abs, then the cast.
// CHECK-LABEL: func.func @chain_transpose_negate_abs
// CHECK:         tosa.cast %arg0 : (tensor<2x3xf32>) -> tensor<2x3xf16>
// CHECK-NEXT:    tosa.transpose
// CHECK-NEXT:    "tosa.const"
// CHECK-NEXT:    tosa.negate
// CHECK-NEXT:    tosa.abs
// CHECK-NEXT:    return
// BITS-LABEL:  func.func @chain_transpose_negate_abs
// BITS:          tosa.abs
// BITS-NEXT:     tosa.cast
func.func @chain_transpose_negate_abs(%arg0: tensor<2x3xf32>) -> tensor<3x2xf16> {
  %z = "tosa.const"() {values = dense<0.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %0 = tosa.transpose %arg0 {perms = array<i32: 1, 0>} : (tensor<2x3xf32>) -> tensor<3x2xf32>
  %1 = tosa.negate %0, %z, %z : (tensor<3x2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<3x2xf32>
  %2 = tosa.abs %1 : (tensor<3x2xf32>) -> tensor<3x2xf32>
  %3 = tosa.cast %2 : (tensor<3x2xf32>) -> tensor<3x2xf16>
  return %3 : tensor<3x2xf16>
}

// -----

// CHECK-LABEL: func.func @arith_negf_f8E5M2
// CHECK:         %[[T:.*]] = arith.truncf %arg0 : tensor<16xf32> to tensor<16xf8E5M2>
// CHECK:         arith.negf %[[T]] : tensor<16xf8E5M2>
// BITS-LABEL:  func.func @arith_negf_f8E5M2
// BITS:          arith.negf %arg0
// BITS-NEXT:     arith.truncf
func.func @arith_negf_f8E5M2(%arg0: tensor<16xf32>) -> tensor<16xf8E5M2> {
  %0 = arith.negf %arg0 : tensor<16xf32>
  %1 = arith.truncf %0 : tensor<16xf32> to tensor<16xf8E5M2>
  return %1 : tensor<16xf8E5M2>
}

// -----

// CHECK-LABEL: func.func @math_absf_sink
// CHECK:         %[[A:.*]] = math.absf %arg0 : tensor<4x4xf16>
// CHECK:         arith.extf %[[A]] : tensor<4x4xf16> to tensor<4x4xf32>
// BITS-LABEL:  func.func @math_absf_sink
// BITS:          arith.extf %arg0
// BITS-NEXT:     math.absf
func.func @math_absf_sink(%arg0: tensor<4x4xf16>) -> tensor<4x4xf32> {
  %0 = arith.extf %arg0 : tensor<4x4xf16> to tensor<4x4xf32>
  %1 = math.absf %0 : tensor<4x4xf32>
  return %1 : tensor<4x4xf32>
}

// -----

// Integer tosa.negate saturates (TOSA specification; tosa-to-linalg lowers
// -(-128 : i8) to 127, zero points 0 or not), and a saturating negation
// commutes with no integer cast: trunc(-(-128 : i32)) = -128 in i8 but
// -(trunc(-128)) = 127. Not modeled.
// CHECK-LABEL: func.func @negative_tosa_negate_int
// CHECK:         tosa.negate %arg0
// CHECK-NEXT:    tosa.cast
// BITS-LABEL:  func.func @negative_tosa_negate_int
// BITS:          tosa.negate %arg0
// BITS-NEXT:     tosa.cast
func.func @negative_tosa_negate_int(%arg0: tensor<8xi32>) -> tensor<8xi8> {
  %z = "tosa.const"() {values = dense<0> : tensor<1xi32>} : () -> tensor<1xi32>
  %0 = tosa.negate %arg0, %z, %z : (tensor<8xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<8xi32>
  %1 = tosa.cast %0 : (tensor<8xi32>) -> tensor<8xi8>
  return %1 : tensor<8xi8>
}

// -----

// Zero points that are not constants: their value is unknown, so the op is
// not known to be a plain negation. Not modeled.
// CHECK-LABEL: func.func @negative_tosa_negate_unknown_zero_points
// CHECK:         tosa.negate %arg0, %arg1, %arg1
// CHECK-NEXT:    tosa.cast
// BITS-LABEL:  func.func @negative_tosa_negate_unknown_zero_points
// BITS:          tosa.negate %arg0, %arg1, %arg1
// BITS-NEXT:     tosa.cast
func.func @negative_tosa_negate_unknown_zero_points(%arg0: tensor<8xf32>, %arg1: tensor<1xf32>) -> tensor<8xf16> {
  %0 = tosa.negate %arg0, %arg1, %arg1 : (tensor<8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8xf32>
  %1 = tosa.cast %0 : (tensor<8xf32>) -> tensor<8xf16>
  return %1 : tensor<8xf16>
}

// -----

// Integer abs commutes with no truncation: |200| truncated to i8 is -56,
// |trunc(200)| = |-56| = 56.
// CHECK-LABEL: func.func @negative_tosa_abs_int_truncation
// CHECK:         tosa.abs %arg0
// CHECK-NEXT:    tosa.cast
// BITS-LABEL:  func.func @negative_tosa_abs_int_truncation
// BITS:          tosa.abs %arg0
// BITS-NEXT:     tosa.cast
func.func @negative_tosa_abs_int_truncation(%arg0: tensor<8xi32>) -> tensor<8xi8> {
  %0 = tosa.abs %arg0 : (tensor<8xi32>) -> tensor<8xi32>
  %1 = tosa.cast %0 : (tensor<8xi32>) -> tensor<8xi8>
  return %1 : tensor<8xi8>
}

// -----

// Nor with sign extension: |-128 : i8| wraps to -128, whose extension is
// -128, while |sext(-128)| = 128.
// CHECK-LABEL: func.func @negative_tosa_abs_sign_extension
// CHECK:         tosa.cast %arg0
// CHECK-NEXT:    tosa.abs
// BITS-LABEL:  func.func @negative_tosa_abs_sign_extension
// BITS:          tosa.cast %arg0
// BITS-NEXT:     tosa.abs
func.func @negative_tosa_abs_sign_extension(%arg0: tensor<8xi8>) -> tensor<8xi32> {
  %0 = tosa.cast %arg0 : (tensor<8xi8>) -> tensor<8xi32>
  %1 = tosa.abs %0 : (tensor<8xi32>) -> tensor<8xi32>
  return %1 : tensor<8xi32>
}

// -----

// Float to int saturates asymmetrically: -(-2^31) = 2^31 saturates to
// 2^31 - 1 in i32, but the negation of the saturated -2^31 wraps to -2^31.
// (Here to i16 with tosa.abs: |-32768.0| = 32768 saturates to 32767, while
// |sat(-32768.0)| = |-32768| is -32768 or undefined.) And NaN has no
// integer image.
// CHECK-LABEL: func.func @negative_tosa_abs_float_to_int
// CHECK:         tosa.abs %arg0
// CHECK-NEXT:    tosa.cast
// BITS-LABEL:  func.func @negative_tosa_abs_float_to_int
// BITS:          tosa.abs %arg0
// BITS-NEXT:     tosa.cast
func.func @negative_tosa_abs_float_to_int(%arg0: tensor<8xf32>) -> tensor<8xi16> {
  %0 = tosa.abs %arg0 : (tensor<8xf32>) -> tensor<8xf32>
  %1 = tosa.cast %0 : (tensor<8xf32>) -> tensor<8xi16>
  return %1 : tensor<8xi16>
}

// -----

// Int to float below an abs: sinking would run the abs on i8, where
// |-128| wraps to -128 instead of 128.0.
// CHECK-LABEL: func.func @negative_tosa_abs_int_to_float_sink
// CHECK:         tosa.cast %arg0
// CHECK-NEXT:    tosa.abs
// BITS-LABEL:  func.func @negative_tosa_abs_int_to_float_sink
// BITS:          tosa.cast %arg0
// BITS-NEXT:     tosa.abs
func.func @negative_tosa_abs_int_to_float_sink(%arg0: tensor<8xi8>) -> tensor<8xf32> {
  %0 = tosa.cast %arg0 : (tensor<8xi8>) -> tensor<8xf32>
  %1 = tosa.abs %0 : (tensor<8xf32>) -> tensor<8xf32>
  return %1 : tensor<8xf32>
}

// -----

// Fast-math flags: with `ninf` an Inf result is poison, and the cast may
// create one (-65520.0 is finite in f32 and overflows to -Inf in f16), so
// the hoisted negf could yield poison where the original did not. Not
// modeled.
// CHECK-LABEL: func.func @negative_arith_negf_fastmath
// CHECK:         arith.negf %arg0 fastmath<ninf>
// CHECK-NEXT:    arith.truncf
// BITS-LABEL:  func.func @negative_arith_negf_fastmath
// BITS:          arith.negf %arg0 fastmath<ninf>
// BITS-NEXT:     arith.truncf
func.func @negative_arith_negf_fastmath(%arg0: tensor<16xf32>) -> tensor<16xf16> {
  %0 = arith.negf %arg0 fastmath<ninf> : tensor<16xf32>
  %1 = arith.truncf %0 : tensor<16xf32> to tensor<16xf16>
  return %1 : tensor<16xf16>
}

// -----

// Same for math.absf with `nnan`.
// CHECK-LABEL: func.func @negative_math_absf_fastmath
// CHECK:         math.absf %arg0 fastmath<nnan>
// CHECK-NEXT:    arith.truncf
// BITS-LABEL:  func.func @negative_math_absf_fastmath
// BITS:          math.absf %arg0 fastmath<nnan>
// BITS-NEXT:     arith.truncf
func.func @negative_math_absf_fastmath(%arg0: tensor<16xf32>) -> tensor<16xf16> {
  %0 = math.absf %arg0 fastmath<nnan> : tensor<16xf32>
  %1 = arith.truncf %0 : tensor<16xf32> to tensor<16xf16>
  return %1 : tensor<16xf16>
}

// -----

// On scalars the ops are left to arith's and math's own patterns.
// CHECK-LABEL: func.func @negative_scalar_negf
// CHECK:         arith.negf %arg0 : f32
// CHECK-NEXT:    arith.truncf
// BITS-LABEL:  func.func @negative_scalar_negf
// BITS:          arith.negf %arg0 : f32
// BITS-NEXT:     arith.truncf
func.func @negative_scalar_negf(%arg0: f32) -> f16 {
  %0 = arith.negf %arg0 : f32
  %1 = arith.truncf %0 : f32 to f16
  return %1 : f16
}

// -----

// The TOSA specification has no f8 tosa.abs or tosa.negate (--tosa-validate
// rejects them with the fp8 extensions): the op stays on f32.
// CHECK-LABEL: func.func @negative_tosa_abs_f8
// CHECK:         tosa.abs %arg0
// CHECK-NEXT:    tosa.cast
// BITS-LABEL:  func.func @negative_tosa_abs_f8
// BITS:          tosa.abs %arg0
// BITS-NEXT:     tosa.cast
func.func @negative_tosa_abs_f8(%arg0: tensor<16xf32>) -> tensor<16xf8E4M3FN> {
  %0 = tosa.abs %arg0 : (tensor<16xf32>) -> tensor<16xf32>
  %1 = tosa.cast %0 : (tensor<16xf32>) -> tensor<16xf8E4M3FN>
  return %1 : tensor<16xf8E4M3FN>
}

// -----

// math.absf on f8 types has no CPU lowering in MLIR 22 (convert-math-to-llvm
// leaves it): hoisting would turn a program that compiles into one that
// does not.
// CHECK-LABEL: func.func @negative_math_absf_f8
// CHECK:         math.absf %arg0
// CHECK-NEXT:    arith.truncf
// BITS-LABEL:  func.func @negative_math_absf_f8
// BITS:          math.absf %arg0
// BITS-NEXT:     arith.truncf
func.func @negative_math_absf_f8(%arg0: tensor<16xf32>) -> tensor<16xf8E5M2> {
  %0 = math.absf %arg0 : tensor<16xf32>
  %1 = arith.truncf %0 : tensor<16xf32> to tensor<16xf8E5M2>
  return %1 : tensor<16xf8E5M2>
}
