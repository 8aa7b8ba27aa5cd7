// The seed example: a convolution produces f32, a transpose moves it from
// NHWC to NCHW, and only then is it narrowed to f16. `--hoist-casts` moves the
// cast above the transpose, so the transpose moves f16 (half the bytes) and
// the cast sits right after the convolution, where it can fuse.
//
//   cast-hoist-opt --hoist-casts examples/seed.mlir
func.func @conv_transpose_cast(%input: tensor<1x18x18x8xf32>,
                               %filter: tensor<3x3x8x16xf32>)
    -> tensor<1x16x16x16xf16> {
  %zero = arith.constant 0.0 : f32
  %empty = tensor.empty() : tensor<1x16x16x16xf32>
  %init = linalg.fill ins(%zero : f32) outs(%empty : tensor<1x16x16x16xf32>)
      -> tensor<1x16x16x16xf32>
  %conv = linalg.conv_2d_nhwc_hwcf
      {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%input, %filter : tensor<1x18x18x8xf32>, tensor<3x3x8x16xf32>)
      outs(%init : tensor<1x16x16x16xf32>) -> tensor<1x16x16x16xf32>
  %nchw = tmov.transpose %conv [0, 3, 1, 2]
      : tensor<1x16x16x16xf32> -> tensor<1x16x16x16xf32>
  %half = tmov.cast %nchw : tensor<1x16x16x16xf32> to tensor<1x16x16x16xf16>
  return %half : tensor<1x16x16x16xf16>
}
