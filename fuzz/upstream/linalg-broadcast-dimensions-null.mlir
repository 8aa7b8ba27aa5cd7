func.func @f(%x: tensor<4xf32>, %e: tensor<8x4xf32>) -> tensor<8x4xf32> {
  %t = linalg.broadcast ins(%x : tensor<4xf32>) outs(%e : tensor<8x4xf32>) dimensions = [0x
  return %t : tensor<8x4xf32>
}
