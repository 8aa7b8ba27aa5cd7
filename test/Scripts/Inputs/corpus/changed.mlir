// Input of test/Scripts/run-corpus.test: two chunks, the first of which
// every --hoist-casts variant that hoists narrowing casts changes.

func.func @transpose(%x: tensor<4x8xf32>) -> tensor<8x4xf16> {
  %t = tmov.transpose %x [1, 0] : tensor<4x8xf32> -> tensor<8x4xf32>
  %c = tmov.cast %t : tensor<8x4xf32> to tensor<8x4xf16>
  return %c : tensor<8x4xf16>
}

// -----

// No cast next to a data-movement op: nothing to do.
func.func @add(%a: f32, %b: f32) -> f32 {
  %s = arith.addf %a, %b : f32
  return %s : f32
}
