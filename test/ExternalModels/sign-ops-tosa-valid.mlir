// RUN: cast-hoist-opt %s --hoist-casts=policy=always --tosa-attach-target="profiles=pro_int,pro_fp extensions=bf16" --tosa-validate | FileCheck %s

// tosa.negate and tosa.abs rebuilt on f16/bf16 (with fresh zero points for
// tosa.negate) still pass --tosa-validate. sign-ops.mlir tests the rules.

// CHECK-LABEL: func.func @negate_abs_f16
// CHECK:         %[[C:.*]] = tosa.cast %arg0 : (tensor<4x8xf32>) -> tensor<4x8xf16>
// CHECK:         %[[N:.*]] = tosa.negate %[[C]], %{{.*}}, %{{.*}} : (tensor<4x8xf16>, tensor<1xf16>, tensor<1xf16>) -> tensor<4x8xf16>
// CHECK:         tosa.abs %[[N]] : (tensor<4x8xf16>) -> tensor<4x8xf16>
func.func @negate_abs_f16(%arg0: tensor<4x8xf32>) -> tensor<4x8xf16> {
  %z = "tosa.const"() {values = dense<0.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %0 = tosa.negate %arg0, %z, %z : (tensor<4x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<4x8xf32>
  %1 = tosa.abs %0 : (tensor<4x8xf32>) -> tensor<4x8xf32>
  %2 = tosa.cast %1 : (tensor<4x8xf32>) -> tensor<4x8xf16>
  return %2 : tensor<4x8xf16>
}

// CHECK-LABEL: func.func @sink_negate_bf16
// CHECK:         %[[N:.*]] = tosa.negate %arg0, %{{.*}}, %{{.*}} : (tensor<8xbf16>, tensor<1xbf16>, tensor<1xbf16>) -> tensor<8xbf16>
// CHECK:         tosa.cast %[[N]] : (tensor<8xbf16>) -> tensor<8xf32>
func.func @sink_negate_bf16(%arg0: tensor<8xbf16>) -> tensor<8xf32> {
  %z = "tosa.const"() {values = dense<0.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %0 = tosa.cast %arg0 : (tensor<8xbf16>) -> tensor<8xf32>
  %1 = tosa.negate %0, %z, %z : (tensor<8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8xf32>
  return %1 : tensor<8xf32>
}
