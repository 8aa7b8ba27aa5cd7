func.func @model(%arg0: tensor<1x8x8x4xf32>) -> tensor<1x4x8x8xf16> {
  %0 = tmov.transpose %arg0 [0, 3, 1, 2] : tensor<1x8x8x4xf32> -> tensor<1x4x8x8xf32>
  %1 = tmov.cast %0 : tensor<1x4x8x8xf32> to tensor<1x4x8x8xf16>
  return %1 : tensor<1x4x8x8xf16>
}
