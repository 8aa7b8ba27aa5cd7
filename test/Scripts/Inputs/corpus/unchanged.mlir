// Input of test/Scripts/run-corpus.test: no split markers; the pass leaves
// it alone (the cast is widening and nothing moves).
// ------------------------------------------------------------------
// (a decorative rule, not a split marker)

func.func @widen(%x: tensor<4xf16>) -> tensor<4xf32> {
  %c = tmov.cast %x : tensor<4xf16> to tensor<4xf32>
  return %c : tensor<4xf32>
}
