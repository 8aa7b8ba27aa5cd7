// RUN: cast-hoist-opt %s -split-input-file --autocast | FileCheck %s
// RUN: cast-hoist-opt %s -split-input-file --autocast=type=f16 | FileCheck %s --check-prefix=F16
// RUN: cast-hoist-opt %s -split-input-file --autocast --tosa-attach-target="profiles=pro_int,pro_fp extensions=bf16" --tosa-validate | FileCheck %s --check-prefix=VALID
// RUN: cast-hoist-opt %s -split-input-file --autocast=type=f16 --tosa-attach-target="profiles=pro_int,pro_fp" --tosa-validate | FileCheck %s --check-prefix=VALID

// TOSA: inputs are narrowed with tosa.cast, zero points become narrow
// zeros, the accumulator is f32. The output passes --tosa-validate (the
// TOSA specification's type table) for bf16 and f16.

// tosa.matmul of bf16 or f16 inputs produces f32 (its accumulator type).
// VALID-LABEL: func.func @matmul
// CHECK-LABEL: func.func @matmul
// CHECK-SAME:    (%[[A:.*]]: tensor<1x4x8xf32>, %[[B:.*]]: tensor<1x8x16xf32>)
// CHECK-DAG:     %[[ZA:.*]] = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xbf16>}>
// CHECK-DAG:     %[[ZB:.*]] = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xbf16>}>
// CHECK-DAG:     %[[CA:.*]] = tosa.cast %[[A]] : (tensor<1x4x8xf32>) -> tensor<1x4x8xbf16>
// CHECK-DAG:     %[[CB:.*]] = tosa.cast %[[B]] : (tensor<1x8x16xf32>) -> tensor<1x8x16xbf16>
// CHECK:         %[[R:.*]] = tosa.matmul %[[CA]], %[[CB]], %[[ZA]], %[[ZB]] : (tensor<1x4x8xbf16>, tensor<1x8x16xbf16>, tensor<1xbf16>, tensor<1xbf16>) -> tensor<1x4x16xf32>
// CHECK:         return %[[R]]
// F16-LABEL:   func.func @matmul
// F16:           tosa.matmul %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : (tensor<1x4x8xf16>, tensor<1x8x16xf16>, tensor<1xf16>, tensor<1xf16>) -> tensor<1x4x16xf32>
func.func @matmul(%a: tensor<1x4x8xf32>, %b: tensor<1x8x16xf32>) -> tensor<1x4x16xf32> {
  %z = "tosa.const"() {values = dense<0.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %r = tosa.matmul %a, %b, %z, %z : (tensor<1x4x8xf32>, tensor<1x8x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x16xf32>
  return %r : tensor<1x4x16xf32>
}

// -----

// TOSA's bf16/f16 conv2d takes a bias of the input type and produces an
// output of the input type, rounded from the f32 accumulator (acc_type):
// the bias is narrowed too and the output is cast back to f32.
// VALID-LABEL: func.func @conv2d
// CHECK-LABEL: func.func @conv2d
// CHECK-SAME:    (%[[X:.*]]: tensor<1x8x8x3xf32>, %[[W:.*]]: tensor<4x3x3x3xf32>, %[[BIAS:.*]]: tensor<4xf32>)
// CHECK-DAG:     %[[CX:.*]] = tosa.cast %[[X]] : (tensor<1x8x8x3xf32>) -> tensor<1x8x8x3xbf16>
// CHECK-DAG:     %[[CW:.*]] = tosa.cast %[[W]] : (tensor<4x3x3x3xf32>) -> tensor<4x3x3x3xbf16>
// CHECK-DAG:     %[[CB:.*]] = tosa.cast %[[BIAS]] : (tensor<4xf32>) -> tensor<4xbf16>
// CHECK:         %[[C:.*]] = tosa.conv2d %[[CX]], %[[CW]], %[[CB]], %{{.*}}, %{{.*}} {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x3xbf16>, tensor<4x3x3x3xbf16>, tensor<4xbf16>, tensor<1xbf16>, tensor<1xbf16>) -> tensor<1x8x8x4xbf16>
// CHECK:         %[[R:.*]] = tosa.cast %[[C]] : (tensor<1x8x8x4xbf16>) -> tensor<1x8x8x4xf32>
// CHECK:         return %[[R]]
// F16-LABEL:   func.func @conv2d
// F16:           tosa.conv2d {{.*}} {acc_type = f32, {{.*}}} : (tensor<1x8x8x3xf16>, tensor<4x3x3x3xf16>, tensor<4xf16>, tensor<1xf16>, tensor<1xf16>) -> tensor<1x8x8x4xf16>
// F16:           tosa.cast %{{.*}} : (tensor<1x8x8x4xf16>) -> tensor<1x8x8x4xf32>
func.func @conv2d(%x: tensor<1x8x8x3xf32>, %w: tensor<4x3x3x3xf32>, %b: tensor<4xf32>) -> tensor<1x8x8x4xf32> {
  %z = "tosa.const"() {values = dense<0.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %r = tosa.conv2d %x, %w, %b, %z, %z {acc_type = f32, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>, dilation = array<i64: 1, 1>} : (tensor<1x8x8x3xf32>, tensor<4x3x3x3xf32>, tensor<4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x4xf32>
  return %r : tensor<1x8x8x4xf32>
}

// -----

// VALID-LABEL: func.func @conv3d
// CHECK-LABEL: func.func @conv3d
// CHECK:         %[[C:.*]] = tosa.conv3d {{.*}} {acc_type = f32, {{.*}}} : (tensor<1x4x4x4x2xbf16>, tensor<3x2x2x2x2xbf16>, tensor<3xbf16>, tensor<1xbf16>, tensor<1xbf16>) -> tensor<1x3x3x3x3xbf16>
// CHECK:         tosa.cast %[[C]] : (tensor<1x3x3x3x3xbf16>) -> tensor<1x3x3x3x3xf32>
func.func @conv3d(%x: tensor<1x4x4x4x2xf32>, %w: tensor<3x2x2x2x2xf32>, %b: tensor<3xf32>) -> tensor<1x3x3x3x3xf32> {
  %z = "tosa.const"() {values = dense<0.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %r = tosa.conv3d %x, %w, %b, %z, %z {acc_type = f32, pad = array<i64: 0, 0, 0, 0, 0, 0>, stride = array<i64: 1, 1, 1>, dilation = array<i64: 1, 1, 1>} : (tensor<1x4x4x4x2xf32>, tensor<3x2x2x2x2xf32>, tensor<3xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x3x3x3x3xf32>
  return %r : tensor<1x3x3x3x3xf32>
}

// -----

// VALID-LABEL: func.func @depthwise_conv2d
// CHECK-LABEL: func.func @depthwise_conv2d
// CHECK:         %[[C:.*]] = tosa.depthwise_conv2d {{.*}} {acc_type = f32, {{.*}}} : (tensor<1x6x6x4xbf16>, tensor<3x3x4x1xbf16>, tensor<4xbf16>, tensor<1xbf16>, tensor<1xbf16>) -> tensor<1x4x4x4xbf16>
// CHECK:         tosa.cast %[[C]] : (tensor<1x4x4x4xbf16>) -> tensor<1x4x4x4xf32>
func.func @depthwise_conv2d(%x: tensor<1x6x6x4xf32>, %w: tensor<3x3x4x1xf32>, %b: tensor<4xf32>) -> tensor<1x4x4x4xf32> {
  %z = "tosa.const"() {values = dense<0.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %r = tosa.depthwise_conv2d %x, %w, %b, %z, %z {acc_type = f32, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>, dilation = array<i64: 1, 1>} : (tensor<1x6x6x4xf32>, tensor<3x3x4x1xf32>, tensor<4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x4xf32>
  return %r : tensor<1x4x4x4xf32>
}

// -----

// VALID-LABEL: func.func @transpose_conv2d
// CHECK-LABEL: func.func @transpose_conv2d
// CHECK:         %[[C:.*]] = tosa.transpose_conv2d {{.*}} {acc_type = f32, {{.*}}} : (tensor<1x4x4x2xbf16>, tensor<3x3x3x2xbf16>, tensor<3xbf16>, tensor<1xbf16>, tensor<1xbf16>) -> tensor<1x6x6x3xbf16>
// CHECK:         tosa.cast %[[C]] : (tensor<1x6x6x3xbf16>) -> tensor<1x6x6x3xf32>
func.func @transpose_conv2d(%x: tensor<1x4x4x2xf32>, %w: tensor<3x3x3x2xf32>, %b: tensor<3xf32>) -> tensor<1x6x6x3xf32> {
  %z = "tosa.const"() {values = dense<0.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %r = tosa.transpose_conv2d %x, %w, %b, %z, %z {acc_type = f32, out_pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x2xf32>, tensor<3x3x3x2xf32>, tensor<3xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x6x6x3xf32>
  return %r : tensor<1x6x6x3xf32>
}

// -----

// A constant weight gets a cast like any other input.
// CHECK-LABEL: func.func @constant_weight
// CHECK:         %[[W:.*]] = "tosa.const"() <{values = dense<2.500000e-01> : tensor<1x8x16xf32>}>
// CHECK:         tosa.cast %[[W]] : (tensor<1x8x16xf32>) -> tensor<1x8x16xbf16>
// CHECK:         tosa.matmul
func.func @constant_weight(%a: tensor<1x4x8xf32>) -> tensor<1x4x16xf32> {
  %w = "tosa.const"() {values = dense<0.25> : tensor<1x8x16xf32>} : () -> tensor<1x8x16xf32>
  %z = "tosa.const"() {values = dense<0.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %r = tosa.matmul %a, %w, %z, %z : (tensor<1x4x8xf32>, tensor<1x8x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x16xf32>
  return %r : tensor<1x4x16xf32>
}
