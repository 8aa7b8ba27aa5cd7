// Finding (difftest seeds 0, 6, 30 --dialect tmov): convert-tmov-to-linalg
// lowers tmov.cast through tosa.cast, which rejects zero-size tensors, so a
// valid tmov.cast of a tensor with a 0 dimension does not lower:
//   cast-hoist-opt tmov-cast-zero-size-lowering.mlir --convert-tmov-to-linalg
// error: 'tosa.cast' op operand #0 must be tosa-conformant tensor ...
// --hoist-casts also creates such casts (hoisting over tmov.concat with a
// zero-size operand, sinking over tmov.slice with a size-0 window, ...).
func.func @kernel(%arg0: tensor<0x3xf32>) -> tensor<0x3xf16> {
  %0 = tmov.cast %arg0 : tensor<0x3xf32> to tensor<0x3xf16>
  return %0 : tensor<0x3xf16>
}
