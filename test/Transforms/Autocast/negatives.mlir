// RUN: cast-hoist-opt %s -split-input-file --autocast | FileCheck %s

// Ops autocast leaves alone: each function says why.

// The inputs are already narrow: nothing to do.
// CHECK-LABEL: func.func @negative_linalg_already_narrow
// CHECK-NOT:     arith.truncf
// CHECK:         linalg.matmul ins(%arg0, %arg1 : tensor<4x8xbf16>, tensor<8x16xbf16>)
func.func @negative_linalg_already_narrow(%a: tensor<4x8xbf16>, %b: tensor<8x16xbf16>, %c: tensor<4x16xf32>) -> tensor<4x16xf32> {
  %r = linalg.matmul ins(%a, %b : tensor<4x8xbf16>, tensor<8x16xbf16>) outs(%c : tensor<4x16xf32>) -> tensor<4x16xf32>
  return %r : tensor<4x16xf32>
}

// -----

// One input is f32, the other already narrow: the op already chose its
// precision, so autocast does not change it.
// CHECK-LABEL: func.func @negative_linalg_mixed_inputs
// CHECK-NOT:     arith.truncf
// CHECK:         linalg.matmul ins(%arg0, %arg1 : tensor<4x8xf32>, tensor<8x16xbf16>)
func.func @negative_linalg_mixed_inputs(%a: tensor<4x8xf32>, %b: tensor<8x16xbf16>, %c: tensor<4x16xf32>) -> tensor<4x16xf32> {
  %r = linalg.matmul ins(%a, %b : tensor<4x8xf32>, tensor<8x16xbf16>) outs(%c : tensor<4x16xf32>) -> tensor<4x16xf32>
  return %r : tensor<4x16xf32>
}

// -----

// Integer inputs are not f32.
// CHECK-LABEL: func.func @negative_linalg_int
// CHECK-NOT:     arith.truncf
// CHECK:         linalg.matmul ins(%arg0, %arg1 : tensor<4x8xi8>, tensor<8x16xi8>)
func.func @negative_linalg_int(%a: tensor<4x8xi8>, %b: tensor<8x16xi8>, %c: tensor<4x16xi32>) -> tensor<4x16xi32> {
  %r = linalg.matmul ins(%a, %b : tensor<4x8xi8>, tensor<8x16xi8>) outs(%c : tensor<4x16xi32>) -> tensor<4x16xi32>
  return %r : tensor<4x16xi32>
}

// -----

// f64 networks are not autocast's input: it makes f32 networks mixed.
// CHECK-LABEL: func.func @negative_linalg_f64
// CHECK-NOT:     arith.truncf
// CHECK:         linalg.matmul ins(%arg0, %arg1 : tensor<4x8xf64>, tensor<8x16xf64>)
func.func @negative_linalg_f64(%a: tensor<4x8xf64>, %b: tensor<8x16xf64>, %c: tensor<4x16xf64>) -> tensor<4x16xf64> {
  %r = linalg.matmul ins(%a, %b : tensor<4x8xf64>, tensor<8x16xf64>) outs(%c : tensor<4x16xf64>) -> tensor<4x16xf64>
  return %r : tensor<4x16xf64>
}

// -----

// The accumulator is not f32 (f32 inputs into an f16 init): the op does not
// accumulate in f32, so it is not the f32 compute autocast converts.
// CHECK-LABEL: func.func @negative_linalg_f16_init
// CHECK-NOT:     arith.truncf
// CHECK:         linalg.matmul ins(%arg0, %arg1 : tensor<4x8xf32>, tensor<8x16xf32>) outs(%arg2 : tensor<4x16xf16>)
func.func @negative_linalg_f16_init(%a: tensor<4x8xf32>, %b: tensor<8x16xf32>, %c: tensor<4x16xf16>) -> tensor<4x16xf16> {
  %r = linalg.matmul ins(%a, %b : tensor<4x8xf32>, tensor<8x16xf32>) outs(%c : tensor<4x16xf16>) -> tensor<4x16xf16>
  return %r : tensor<4x16xf16>
}

// -----

// Quantized convolution (zero-point operands): not a float mul-add.
// CHECK-LABEL: func.func @negative_linalg_quantized_conv
// CHECK-NOT:     arith.truncf
// CHECK:         linalg.conv_2d_nhwc_hwcf_q
func.func @negative_linalg_quantized_conv(%x: tensor<1x6x6x2xi8>, %w: tensor<3x3x2x4xi8>, %o: tensor<1x4x4x4xi32>) -> tensor<1x4x4x4xi32> {
  %zx = arith.constant 3 : i32
  %zw = arith.constant 5 : i32
  %r = linalg.conv_2d_nhwc_hwcf_q {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w, %zx, %zw : tensor<1x6x6x2xi8>, tensor<3x3x2x4xi8>, i32, i32) outs(%o : tensor<1x4x4x4xi32>) -> tensor<1x4x4x4xi32>
  return %r : tensor<1x4x4x4xi32>
}

// -----

// A pooling implements linalg's ConvolutionOpInterface but is not a
// multiply-accumulate: not in autocast's op set.
// CHECK-LABEL: func.func @negative_linalg_pooling
// CHECK-NOT:     arith.truncf
// CHECK:         linalg.pooling_nhwc_sum
func.func @negative_linalg_pooling(%x: tensor<1x6x6x2xf32>, %k: tensor<3x3xf32>, %o: tensor<1x4x4x2xf32>) -> tensor<1x4x4x2xf32> {
  %r = linalg.pooling_nhwc_sum {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %k : tensor<1x6x6x2xf32>, tensor<3x3xf32>) outs(%o : tensor<1x4x4x2xf32>) -> tensor<1x4x4x2xf32>
  return %r : tensor<1x4x4x2xf32>
}

// -----

// On buffers there is no value to replace.
// CHECK-LABEL: func.func @negative_linalg_memref
// CHECK-NOT:     arith.truncf
// CHECK:         linalg.matmul ins(%arg0, %arg1 : memref<4x8xf32>, memref<8x16xf32>)
func.func @negative_linalg_memref(%a: memref<4x8xf32>, %b: memref<8x16xf32>, %c: memref<4x16xf32>) {
  linalg.matmul ins(%a, %b : memref<4x8xf32>, memref<8x16xf32>) outs(%c : memref<4x16xf32>)
  return
}

// -----

// A linalg.generic computing a contraction is not a named op: its body is
// the user's, and autocast does not rewrite bodies.
// CHECK-LABEL: func.func @negative_linalg_generic_contraction
// CHECK-NOT:     arith.truncf
// CHECK:         linalg.generic
func.func @negative_linalg_generic_contraction(%a: tensor<4x8xf32>, %b: tensor<8x16xf32>, %c: tensor<4x16xf32>) -> tensor<4x16xf32> {
  %r = linalg.generic {indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (k, n)>, affine_map<(m, n, k) -> (m, n)>],
                       iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a, %b : tensor<4x8xf32>, tensor<8x16xf32>) outs(%c : tensor<4x16xf32>) {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    %m = arith.mulf %x, %y : f32
    %s = arith.addf %acc, %m : f32
    linalg.yield %s : f32
  } -> tensor<4x16xf32>
  return %r : tensor<4x16xf32>
}

// -----

// Not a contraction or convolution: elementwise ops stay f32.
// CHECK-LABEL: func.func @negative_linalg_elementwise
// CHECK-NOT:     arith.truncf
// CHECK:         linalg.add
func.func @negative_linalg_elementwise(%a: tensor<4x8xf32>, %b: tensor<4x8xf32>, %c: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %r = linalg.add ins(%a, %b : tensor<4x8xf32>, tensor<4x8xf32>) outs(%c : tensor<4x8xf32>) -> tensor<4x8xf32>
  return %r : tensor<4x8xf32>
}

// -----

// Quantized TOSA matmul (i8 with non-zero zero points): not f32.
// CHECK-LABEL: func.func @negative_tosa_quantized_matmul
// CHECK-NOT:     tosa.cast
// CHECK:         tosa.matmul %arg0, %arg1
func.func @negative_tosa_quantized_matmul(%a: tensor<1x4x8xi8>, %b: tensor<1x8x16xi8>) -> tensor<1x4x16xi32> {
  %za = "tosa.const"() {values = dense<3> : tensor<1xi8>} : () -> tensor<1xi8>
  %zb = "tosa.const"() {values = dense<-2> : tensor<1xi8>} : () -> tensor<1xi8>
  %r = tosa.matmul %a, %b, %za, %zb : (tensor<1x4x8xi8>, tensor<1x8x16xi8>, tensor<1xi8>, tensor<1xi8>) -> tensor<1x4x16xi32>
  return %r : tensor<1x4x16xi32>
}

// -----

// The TOSA matmul's inputs are already narrow.
// CHECK-LABEL: func.func @negative_tosa_already_narrow
// CHECK-NOT:     tosa.cast
// CHECK:         tosa.matmul %arg0, %arg1
func.func @negative_tosa_already_narrow(%a: tensor<1x4x8xbf16>, %b: tensor<1x8x16xbf16>) -> tensor<1x4x16xf32> {
  %z = "tosa.const"() {values = dense<0.0> : tensor<1xbf16>} : () -> tensor<1xbf16>
  %r = tosa.matmul %a, %b, %z, %z : (tensor<1x4x8xbf16>, tensor<1x8x16xbf16>, tensor<1xbf16>, tensor<1xbf16>) -> tensor<1x4x16xf32>
  return %r : tensor<1x4x16xf32>
}

// -----

// The zero points are not constants: autocast cannot tell they are zero.
// CHECK-LABEL: func.func @negative_tosa_unknown_zero_point
// CHECK-NOT:     tosa.cast
// CHECK:         tosa.matmul %arg0, %arg1, %arg2, %arg2
func.func @negative_tosa_unknown_zero_point(%a: tensor<1x4x8xf32>, %b: tensor<1x8x16xf32>, %z: tensor<1xf32>) -> tensor<1x4x16xf32> {
  %r = tosa.matmul %a, %b, %z, %z : (tensor<1x4x8xf32>, tensor<1x8x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x16xf32>
  return %r : tensor<1x4x16xf32>
}

// -----

// A quantized TOSA convolution (i8 input, non-zero zero point).
// CHECK-LABEL: func.func @negative_tosa_quantized_conv2d
// CHECK-NOT:     tosa.cast
// CHECK:         tosa.conv2d %arg0, %arg1, %arg2
func.func @negative_tosa_quantized_conv2d(%x: tensor<1x8x8x3xi8>, %w: tensor<4x3x3x3xi8>, %b: tensor<4xi32>) -> tensor<1x6x6x4xi32> {
  %zx = "tosa.const"() {values = dense<7> : tensor<1xi8>} : () -> tensor<1xi8>
  %zw = "tosa.const"() {values = dense<0> : tensor<1xi8>} : () -> tensor<1xi8>
  %r = tosa.conv2d %x, %w, %b, %zx, %zw {acc_type = i32, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>, dilation = array<i64: 1, 1>} : (tensor<1x8x8x3xi8>, tensor<4x3x3x3xi8>, tensor<4xi32>, tensor<1xi8>, tensor<1xi8>) -> tensor<1x6x6x4xi32>
  return %r : tensor<1x6x6x4xi32>
}

// -----

// Not a contraction or convolution: a TOSA pooling stays f32.
// CHECK-LABEL: func.func @negative_tosa_avg_pool2d
// CHECK-NOT:     tosa.cast
// CHECK:         tosa.avg_pool2d
func.func @negative_tosa_avg_pool2d(%x: tensor<1x8x8x3xf32>) -> tensor<1x6x6x3xf32> {
  %z = "tosa.const"() {values = dense<0.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %r = tosa.avg_pool2d %x, %z, %z {acc_type = f32, kernel = array<i64: 3, 3>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x3xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x6x6x3xf32>
  return %r : tensor<1x6x6x3xf32>
}
