//===- cast-hoist-opt.cpp - cast-hoist driver -----------------------------===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//
//
// mlir-opt with the tmov dialect, the cast-hoist passes and the cast-hoist
// interfaces attached to upstream ops. Every mlir-opt flag works.
//
//===----------------------------------------------------------------------===//

#include "casthoist/InitAllCastHoist.h"

#include "mlir/IR/DialectRegistry.h"
#ifdef CASTHOIST_INCLUDE_TESTS
#include "CastHoistTestDialect.h"
#endif
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"

int main(int argc, char **argv) {
  mlir::registerAllPasses();
  mlir::casthoist::registerCastHoistPasses();

  mlir::DialectRegistry registry;
  mlir::registerAllDialects(registry);
  mlir::registerAllExtensions(registry);
  mlir::casthoist::registerCastHoistDialects(registry);
#ifdef CASTHOIST_INCLUDE_TESTS
  // The tutorial dialect of docs/Tutorial.md, for the lit tests.
  mlir::casthoist::test::registerCastHoistTestDialect(registry);
#endif

  return mlir::asMainReturnCode(mlir::MlirOptMain(
      argc, argv,
      "cast-hoist optimizer driver: moves element-type casts across tensor "
      "data-movement ops\n",
      registry));
}
