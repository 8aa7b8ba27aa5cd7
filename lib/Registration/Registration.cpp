//===- Registration.cpp - Register everything cast-hoist has --------------===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#include "casthoist/Dialect/Tmov/IR/Tmov.h"
#include "casthoist/ExternalModels/ExternalModels.h"
#include "casthoist/InitAllCastHoist.h"
#include "casthoist/Transforms/Passes.h"

#include "mlir/IR/DialectRegistry.h"

void mlir::casthoist::registerCastHoistDialects(DialectRegistry &registry) {
  registry.insert<tmov::TmovDialect>();
  registerCastHoistExternalModels(registry);
}
