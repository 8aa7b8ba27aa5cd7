func.func @zero_size(%x: tensor<0x4xf32>) -> tensor<4x0xf16> {
  %t = tmov.transpose %x [1, 0] : tensor<0x4xf32> -> tensor<4x0xf32>
  %c = tmov.cast %t : tensor<4x0xf32> to tensor<4x0xf16>
  return %c : tensor<4x0xf16>
}
