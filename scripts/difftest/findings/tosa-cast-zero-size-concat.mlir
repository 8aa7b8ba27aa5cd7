// Finding (difftest seed 1 --dialect tosa, seeds 1:2 of the first campaign;
// minimized by run.py): --hoist-casts hoists a tosa.cast above a concat with a
// zero-size operand and creates `tosa.cast : tensor<0xf16> -> tensor<0xf8E5M2>`,
// which fails the tosa.cast verifier ("operand #0 must be tosa-conformant
// tensor"): the pass fails, i.e. a cast-hoist bug (the legality check
// should refuse a cast family that cannot express the operand type).
// Rerun:
//   cast-hoist-opt tosa-cast-zero-size-concat.mlir --hoist-casts='policy=always direction=up'
// Same with tmov.concat instead of tensor.concat.
func.func @kernel(%arg0: tensor<0xf16>, %arg1: tensor<2xf16>) -> tensor<2xf8E5M2> {
  %0 = tensor.concat dim(0) %arg0, %arg1 : (tensor<0xf16>, tensor<2xf16>) -> tensor<2xf16>
  %1 = tosa.cast %0 : (tensor<2xf16>) -> tensor<2xf8E5M2>
  return %1 : tensor<2xf8E5M2>
}
