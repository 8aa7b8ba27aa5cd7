// RUN: cast-hoist-opt %s --autocast=ops=linalg.matmul | FileCheck %s --check-prefix=MATMUL
// RUN: cast-hoist-opt %s --autocast=ops=tosa.conv2d,linalg.batch_matmul | FileCheck %s --check-prefix=LIST
// RUN: cast-hoist-opt %s --autocast=type=f16 | FileCheck %s --check-prefix=F16
// RUN: cast-hoist-opt %s --autocast --autocast | FileCheck %s --check-prefix=TWICE
// RUN: cast-hoist-opt %s --pass-pipeline='builtin.module(func.func(autocast{type=bf16 ops=linalg.matmul}))' | FileCheck %s --check-prefix=MATMUL

// `ops=` restricts the rewritten ops to those named; `type=` picks the
// narrow type; a second run finds nothing left to do; the pass also runs
// nested on functions.

// MATMUL-LABEL: func.func @net
// MATMUL:         linalg.matmul ins(%{{.*}}, %{{.*}} : tensor<4x8xbf16>, tensor<8x16xbf16>)
// MATMUL:         linalg.batch_matmul ins(%{{.*}}, %{{.*}} : tensor<2x4x8xf32>, tensor<2x8x16xf32>)
// MATMUL:         tosa.conv2d %arg4, %arg5, %arg6, {{.*}} : (tensor<1x8x8x3xf32>

// LIST-LABEL:   func.func @net
// LIST:           linalg.matmul ins(%{{.*}}, %{{.*}} : tensor<4x8xf32>, tensor<8x16xf32>)
// LIST:           linalg.batch_matmul ins(%{{.*}}, %{{.*}} : tensor<2x4x8xbf16>, tensor<2x8x16xbf16>)
// LIST:           tosa.conv2d {{.*}} : (tensor<1x8x8x3xbf16>

// F16-LABEL:    func.func @net
// F16:            linalg.matmul ins(%{{.*}}, %{{.*}} : tensor<4x8xf16>, tensor<8x16xf16>)
// F16:            linalg.batch_matmul ins(%{{.*}}, %{{.*}} : tensor<2x4x8xf16>, tensor<2x8x16xf16>)
// F16:            tosa.conv2d {{.*}} : (tensor<1x8x8x3xf16>

// TWICE-LABEL:  func.func @net
// TWICE-COUNT-2:  arith.truncf
// TWICE-NEXT:     linalg.matmul ins(%{{.*}}, %{{.*}} : tensor<4x8xbf16>, tensor<8x16xbf16>)
// TWICE:          arith.truncf
// TWICE-NEXT:     arith.truncf
// TWICE-NEXT:     linalg.batch_matmul ins(%{{.*}}, %{{.*}} : tensor<2x4x8xbf16>, tensor<2x8x16xbf16>)
// TWICE-COUNT-3:  tosa.cast %arg
// TWICE-NEXT:     tosa.conv2d {{.*}} : (tensor<1x8x8x3xbf16>
// TWICE-NEXT:     tosa.cast
// TWICE-NEXT:     return
func.func @net(%a: tensor<4x8xf32>, %b: tensor<8x16xf32>, %c: tensor<4x16xf32>,
               %ba: tensor<2x4x8xf32>, %x: tensor<1x8x8x3xf32>, %w: tensor<4x3x3x3xf32>, %bias: tensor<4xf32>,
               %bb: tensor<2x8x16xf32>)
    -> (tensor<4x16xf32>, tensor<2x4x16xf32>, tensor<1x6x6x4xf32>) {
  %m = linalg.matmul ins(%a, %b : tensor<4x8xf32>, tensor<8x16xf32>) outs(%c : tensor<4x16xf32>) -> tensor<4x16xf32>
  %e = tensor.empty() : tensor<2x4x16xf32>
  %bm = linalg.batch_matmul ins(%ba, %bb : tensor<2x4x8xf32>, tensor<2x8x16xf32>) outs(%e : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
  %z = "tosa.const"() {values = dense<0.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %cv = tosa.conv2d %x, %w, %bias, %z, %z {acc_type = f32, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>, dilation = array<i64: 1, 1>} : (tensor<1x8x8x3xf32>, tensor<4x3x3x3xf32>, tensor<4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x6x6x4xf32>
  return %m, %bm, %cv : tensor<4x16xf32>, tensor<2x4x16xf32>, tensor<1x6x6x4xf32>
}
