// Finding (fixed): --hoist-casts segfaulted when it carries a value narrow
// through an scf.for whose body moves it with a torch-mlir style
// linalg.generic (copy or transpose, body `linalg.yield %in`).
//
// Found by the extended difftest generator (issue 11, item 7) on seeds
// 700148 (scf.while), 700151 and 700175 (scf.for), dialect mixed,
// `--hoist-casts=policy=always direction=up` under both exactness=values and
// exactness=bits (also the default options); minimized reproducers from
// run.py: /tmp/gen-out-700100/seed-700148-bits.min.mlir,
// /tmp/gen-out-700150/seed-700151-bits.min.mlir, seed-700175-values.min.mlir.
// Hand-reduced below: the default `--hoist-casts` crashes (exit 139) in
//   LinalgGenericMoveModel::rebuildWithElementType  (OpOperand::getOperandNumber)
//   <- NarrowLoopCarriedValue::matchAndRewrite (lib/Transforms/RegionMotion.cpp)
// The same loop with linalg.transpose instead of the generic is rewritten
// fine, and a generic outside a loop is rewritten fine (the campaign moves
// casts across generics in straight-line code), so the loop rewrite's
// rebuild of a generic (which reads its init/body of the old op?) is the
// suspect. Same crash with the 2x2 generic transpose
// (affine_map<(d0, d1) -> (d1, d0)>).
//
// Reproduce: cast-hoist-opt linalg-generic-in-loop-crash.mlir --hoist-casts
// (built from main 41c5144; still crashes with the main build of 07:15 UTC).
func.func @kernel(%x: tensor<5xf32>) -> tensor<5xf16> {
  %c0 = arith.constant 0 : index
  %c2 = arith.constant 2 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c0 to %c2 step %c1 iter_args(%acc = %x) -> (tensor<5xf32>) {
    %e = tensor.empty() : tensor<5xf32>
    %g = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%acc : tensor<5xf32>) outs(%e : tensor<5xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<5xf32>
    scf.yield %g : tensor<5xf32>
  }
  %t = arith.truncf %r : tensor<5xf32> to tensor<5xf16>
  return %t : tensor<5xf16>
}
