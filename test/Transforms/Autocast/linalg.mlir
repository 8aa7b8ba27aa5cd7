// RUN: cast-hoist-opt %s -split-input-file --autocast | FileCheck %s
// RUN: cast-hoist-opt %s -split-input-file --autocast=type=f16 | FileCheck %s --check-prefix=F16
// RUN: cast-hoist-opt %s -split-input-file --autocast --mlir-print-op-generic | FileCheck %s --check-prefix=BODY

// linalg named contractions and convolutions: the inputs are truncated to
// the narrow type next to the op, the f32 init is kept, and the op's own
// region builder extends the narrow inputs to f32 in its body.

// CHECK-LABEL: func.func @matmul
// CHECK-SAME:    (%[[A:.*]]: tensor<4x8xf32>, %[[B:.*]]: tensor<8x16xf32>, %[[C:.*]]: tensor<4x16xf32>)
// CHECK-DAG:     %[[TA:.*]] = arith.truncf %[[A]] : tensor<4x8xf32> to tensor<4x8xbf16>
// CHECK-DAG:     %[[TB:.*]] = arith.truncf %[[B]] : tensor<8x16xf32> to tensor<8x16xbf16>
// CHECK:         %[[R:.*]] = linalg.matmul ins(%[[TA]], %[[TB]] : tensor<4x8xbf16>, tensor<8x16xbf16>) outs(%[[C]] : tensor<4x16xf32>) -> tensor<4x16xf32>
// CHECK:         return %[[R]]
// F16-LABEL:   func.func @matmul
// F16:           linalg.matmul ins(%{{.*}}, %{{.*}} : tensor<4x8xf16>, tensor<8x16xf16>) outs(%{{.*}} : tensor<4x16xf32>)
func.func @matmul(%a: tensor<4x8xf32>, %b: tensor<8x16xf32>, %c: tensor<4x16xf32>) -> tensor<4x16xf32> {
  %r = linalg.matmul ins(%a, %b : tensor<4x8xf32>, tensor<8x16xf32>) outs(%c : tensor<4x16xf32>) -> tensor<4x16xf32>
  return %r : tensor<4x16xf32>
}

// -----

// The body, made by linalg.matmul's own region builder for the new operand
// types (printed in generic form, as built), widens each narrow input to
// f32, multiplies and accumulates in f32.
// CHECK-LABEL: func.func @matmul_body
// CHECK:         linalg.matmul ins(%{{.*}}, %{{.*}} : tensor<4x8xbf16>, tensor<8x16xbf16>) outs(%{{.*}} : tensor<4x16xf32>)
// BODY-LABEL:  sym_name = "matmul_body"
// BODY:          "linalg.matmul"
// BODY-NEXT:     ^bb0(%[[X:.*]]: bf16, %[[Y:.*]]: bf16, %[[ACC:.*]]: f32):
// BODY-NEXT:       %[[EX:.*]] = "arith.extf"(%[[X]]) : (bf16) -> f32
// BODY-NEXT:       %[[EY:.*]] = "arith.extf"(%[[Y]]) : (bf16) -> f32
// BODY-NEXT:       %[[M:.*]] = "arith.mulf"(%[[EX]], %[[EY]]) {{.*}} : (f32, f32) -> f32
// BODY-NEXT:       %[[S:.*]] = "arith.addf"(%[[ACC]], %[[M]]) {{.*}} : (f32, f32) -> f32
// BODY-NEXT:       "linalg.yield"(%[[S]]) : (f32) -> ()
// BODY-NEXT:     }) : (tensor<4x8xbf16>, tensor<8x16xbf16>, tensor<4x16xf32>) -> tensor<4x16xf32>
func.func @matmul_body(%a: tensor<4x8xf32>, %b: tensor<8x16xf32>, %c: tensor<4x16xf32>) -> tensor<4x16xf32> {
  %r = linalg.matmul ins(%a, %b : tensor<4x8xf32>, tensor<8x16xf32>) outs(%c : tensor<4x16xf32>) -> tensor<4x16xf32>
  return %r : tensor<4x16xf32>
}

// -----

// Attributes are kept: a transposed matmul keeps its indexing maps.
// CHECK-LABEL: func.func @matmul_transpose_b
// CHECK:         linalg.matmul indexing_maps = [#{{.*}}, #{{.*}}, #{{.*}}] ins(%{{.*}}, %{{.*}} : tensor<4x8xbf16>, tensor<16x8xbf16>) outs(%{{.*}} : tensor<4x16xf32>)
func.func @matmul_transpose_b(%a: tensor<4x8xf32>, %b: tensor<16x8xf32>, %c: tensor<4x16xf32>) -> tensor<4x16xf32> {
  %r = linalg.matmul indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (n, k)>, affine_map<(m, n, k) -> (m, n)>]
      ins(%a, %b : tensor<4x8xf32>, tensor<16x8xf32>) outs(%c : tensor<4x16xf32>) -> tensor<4x16xf32>
  return %r : tensor<4x16xf32>
}

// -----

// CHECK-LABEL: func.func @batch_matmul
// CHECK:         linalg.batch_matmul ins(%{{.*}}, %{{.*}} : tensor<2x4x8xbf16>, tensor<2x8x16xbf16>) outs(%{{.*}} : tensor<2x4x16xf32>)
func.func @batch_matmul(%a: tensor<2x4x8xf32>, %b: tensor<2x8x16xf32>, %c: tensor<2x4x16xf32>) -> tensor<2x4x16xf32> {
  %r = linalg.batch_matmul ins(%a, %b : tensor<2x4x8xf32>, tensor<2x8x16xf32>) outs(%c : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
  return %r : tensor<2x4x16xf32>
}

// -----

// CHECK-LABEL: func.func @matvec
// CHECK:         linalg.matvec ins(%{{.*}}, %{{.*}} : tensor<4x8xbf16>, tensor<8xbf16>) outs(%{{.*}} : tensor<4xf32>)
func.func @matvec(%a: tensor<4x8xf32>, %b: tensor<8xf32>, %c: tensor<4xf32>) -> tensor<4xf32> {
  %r = linalg.matvec ins(%a, %b : tensor<4x8xf32>, tensor<8xf32>) outs(%c : tensor<4xf32>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// -----

// CHECK-LABEL: func.func @dot
// CHECK:         linalg.dot ins(%{{.*}}, %{{.*}} : tensor<8xbf16>, tensor<8xbf16>) outs(%{{.*}} : tensor<f32>)
func.func @dot(%a: tensor<8xf32>, %b: tensor<8xf32>, %c: tensor<f32>) -> tensor<f32> {
  %r = linalg.dot ins(%a, %b : tensor<8xf32>, tensor<8xf32>) outs(%c : tensor<f32>) -> tensor<f32>
  return %r : tensor<f32>
}

// -----

// Dynamic shapes: the truncf keeps them.
// CHECK-LABEL: func.func @matmul_dynamic
// CHECK:         arith.truncf %{{.*}} : tensor<?x?xf32> to tensor<?x?xbf16>
// CHECK:         linalg.matmul ins(%{{.*}}, %{{.*}} : tensor<?x?xbf16>, tensor<?x?xbf16>) outs(%{{.*}} : tensor<?x?xf32>)
func.func @matmul_dynamic(%a: tensor<?x?xf32>, %b: tensor<?x?xf32>, %c: tensor<?x?xf32>) -> tensor<?x?xf32> {
  %r = linalg.matmul ins(%a, %b : tensor<?x?xf32>, tensor<?x?xf32>) outs(%c : tensor<?x?xf32>) -> tensor<?x?xf32>
  return %r : tensor<?x?xf32>
}

// -----

// CHECK-LABEL: func.func @conv_2d_nhwc_hwcf
// CHECK:         linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%{{.*}}, %{{.*}} : tensor<1x9x9x3xbf16>, tensor<3x3x3x8xbf16>) outs(%{{.*}} : tensor<1x4x4x8xf32>)
func.func @conv_2d_nhwc_hwcf(%x: tensor<1x9x9x3xf32>, %w: tensor<3x3x3x8xf32>, %o: tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32> {
  %r = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
      ins(%x, %w : tensor<1x9x9x3xf32>, tensor<3x3x3x8xf32>) outs(%o : tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
  return %r : tensor<1x4x4x8xf32>
}

// -----

// CHECK-LABEL: func.func @depthwise_conv_2d_nhwc_hwc
// CHECK:         linalg.depthwise_conv_2d_nhwc_hwc {{.*}} ins(%{{.*}}, %{{.*}} : tensor<1x6x6x4xbf16>, tensor<3x3x4xbf16>) outs(%{{.*}} : tensor<1x4x4x4xf32>)
func.func @depthwise_conv_2d_nhwc_hwc(%x: tensor<1x6x6x4xf32>, %w: tensor<3x3x4xf32>, %o: tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32> {
  %r = linalg.depthwise_conv_2d_nhwc_hwc {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<1x6x6x4xf32>, tensor<3x3x4xf32>) outs(%o : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  return %r : tensor<1x4x4x4xf32>
}

// -----

// CHECK-LABEL: func.func @conv_1d
// CHECK:         linalg.conv_1d ins(%{{.*}}, %{{.*}} : tensor<10xbf16>, tensor<3xbf16>) outs(%{{.*}} : tensor<8xf32>)
func.func @conv_1d(%x: tensor<10xf32>, %w: tensor<3xf32>, %o: tensor<8xf32>) -> tensor<8xf32> {
  %r = linalg.conv_1d ins(%x, %w : tensor<10xf32>, tensor<3xf32>) outs(%o : tensor<8xf32>) -> tensor<8xf32>
  return %r : tensor<8xf32>
}

// -----

// A constant weight gets a cast like any other input (hoist-casts folds
// casts of constants).
// CHECK-LABEL: func.func @constant_weight
// CHECK:         %[[W:.*]] = arith.constant dense<1.000000e-01> : tensor<8x16xf32>
// CHECK:         arith.truncf %[[W]] : tensor<8x16xf32> to tensor<8x16xbf16>
// CHECK:         linalg.matmul
func.func @constant_weight(%a: tensor<4x8xf32>, %c: tensor<4x16xf32>) -> tensor<4x16xf32> {
  %w = arith.constant dense<0.1> : tensor<8x16xf32>
  %r = linalg.matmul ins(%a, %w : tensor<4x8xf32>, tensor<8x16xf32>) outs(%c : tensor<4x16xf32>) -> tensor<4x16xf32>
  return %r : tensor<4x16xf32>
}


// -----

// CHECK-LABEL: func.func @vecmat
// CHECK:         linalg.vecmat ins(%{{.*}}, %{{.*}} : tensor<8xbf16>, tensor<8x4xbf16>) outs(%{{.*}} : tensor<4xf32>)
func.func @vecmat(%a: tensor<8xf32>, %b: tensor<8x4xf32>, %c: tensor<4xf32>) -> tensor<4xf32> {
  %r = linalg.vecmat ins(%a, %b : tensor<8xf32>, tensor<8x4xf32>) outs(%c : tensor<4xf32>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// -----

// CHECK-LABEL: func.func @batch_reduce_matmul
// CHECK:         linalg.batch_reduce_matmul ins(%{{.*}}, %{{.*}} : tensor<2x4x8xbf16>, tensor<2x8x16xbf16>) outs(%{{.*}} : tensor<4x16xf32>)
func.func @batch_reduce_matmul(%a: tensor<2x4x8xf32>, %b: tensor<2x8x16xf32>, %c: tensor<4x16xf32>) -> tensor<4x16xf32> {
  %r = linalg.batch_reduce_matmul ins(%a, %b : tensor<2x4x8xf32>, tensor<2x8x16xf32>) outs(%c : tensor<4x16xf32>) -> tensor<4x16xf32>
  return %r : tensor<4x16xf32>
}

// -----

// CHECK-LABEL: func.func @mmt4d
// CHECK:         linalg.mmt4d ins(%{{.*}}, %{{.*}} : tensor<2x4x8x2xbf16>, tensor<3x4x4x2xbf16>) outs(%{{.*}} : tensor<2x3x8x4xf32>)
func.func @mmt4d(%a: tensor<2x4x8x2xf32>, %b: tensor<3x4x4x2xf32>, %c: tensor<2x3x8x4xf32>) -> tensor<2x3x8x4xf32> {
  %r = linalg.mmt4d ins(%a, %b : tensor<2x4x8x2xf32>, tensor<3x4x4x2xf32>) outs(%c : tensor<2x3x8x4xf32>) -> tensor<2x3x8x4xf32>
  return %r : tensor<2x3x8x4xf32>
}

// -----

// CHECK-LABEL: func.func @contract
// CHECK:         linalg.contract indexing_maps = [#{{.*}}, #{{.*}}, #{{.*}}] ins(%{{.*}}, %{{.*}} : tensor<8x4xbf16>, tensor<8x16xbf16>) outs(%{{.*}} : tensor<4x16xf32>)
func.func @contract(%a: tensor<8x4xf32>, %b: tensor<8x16xf32>, %c: tensor<4x16xf32>) -> tensor<4x16xf32> {
  %r = linalg.contract indexing_maps = [affine_map<(m, n, k) -> (k, m)>, affine_map<(m, n, k) -> (k, n)>, affine_map<(m, n, k) -> (m, n)>]
      ins(%a, %b : tensor<8x4xf32>, tensor<8x16xf32>) outs(%c : tensor<4x16xf32>) -> tensor<4x16xf32>
  return %r : tensor<4x16xf32>
}

// -----

// CHECK-LABEL: func.func @conv_3d_ndhwc_dhwcf
// CHECK:         linalg.conv_3d_ndhwc_dhwcf {{.*}} ins(%{{.*}}, %{{.*}} : tensor<1x4x4x4x2xbf16>, tensor<2x2x2x2x3xbf16>) outs(%{{.*}} : tensor<1x3x3x3x3xf32>)
func.func @conv_3d_ndhwc_dhwcf(%x: tensor<1x4x4x4x2xf32>, %w: tensor<2x2x2x2x3xf32>, %o: tensor<1x3x3x3x3xf32>) -> tensor<1x3x3x3x3xf32> {
  %r = linalg.conv_3d_ndhwc_dhwcf {dilations = dense<1> : tensor<3xi64>, strides = dense<1> : tensor<3xi64>}
      ins(%x, %w : tensor<1x4x4x4x2xf32>, tensor<2x2x2x2x3xf32>) outs(%o : tensor<1x3x3x3x3xf32>) -> tensor<1x3x3x3x3xf32>
  return %r : tensor<1x3x3x3x3xf32>
}

// -----

// CHECK-LABEL: func.func @conv_2d_nchw_fchw
// CHECK:         linalg.conv_2d_nchw_fchw {{.*}} ins(%{{.*}}, %{{.*}} : tensor<1x3x6x6xbf16>, tensor<4x3x3x3xbf16>) outs(%{{.*}} : tensor<1x4x4x4xf32>)
func.func @conv_2d_nchw_fchw(%x: tensor<1x3x6x6xf32>, %w: tensor<4x3x3x3xf32>, %o: tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32> {
  %r = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<1x3x6x6xf32>, tensor<4x3x3x3xf32>) outs(%o : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  return %r : tensor<1x4x4x4xf32>
}
