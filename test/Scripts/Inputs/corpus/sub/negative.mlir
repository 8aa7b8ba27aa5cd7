// Input of test/Scripts/run-corpus.test: a chunk with an expected
// diagnostic (skipped), an invalid chunk (skipped) and a valid one.

func.func @bad_transpose(%x: tensor<4x8xf32>) -> tensor<8x4xf32> {
  // expected-error @+1 {{}}
  %t = tmov.transpose %x [0, 0] : tensor<4x8xf32> -> tensor<8x4xf32>
  return %t : tensor<8x4xf32>
}

// -----

// Does not verify: the result type is wrong.
func.func @invalid(%a: f32) -> f16 {
  return %a : f32
}

// -----

func.func @ok(%x: tensor<4xf32>) -> tensor<4xf32> {
  return %x : tensor<4xf32>
}
