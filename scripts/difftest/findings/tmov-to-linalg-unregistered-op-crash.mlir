// convert-tmov-to-linalg segfaults on any unregistered op (found while
// building run.py's KNOWN_MISMATCHES detector): the pass's pre-check walks
// every op and calls isa<tmov::TmovDialect>(op->getDialect()), and
// getDialect() is null for an unregistered op (lib/Conversion/
// TmovToLinalg.cpp, runOnOperation; isa_and_nonnull would do).
// cast-hoist-opt FILE --allow-unregistered-dialect --convert-tmov-to-linalg
func.func @f(%a: tensor<4xf16>) -> tensor<4xf32> {
  %0 = "x.y"(%a) : (tensor<4xf16>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}
