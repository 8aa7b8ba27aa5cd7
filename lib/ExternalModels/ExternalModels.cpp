//===- ExternalModels.cpp - Interfaces for upstream ops -------------------===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#include "casthoist/ExternalModels/ExternalModels.h"
#include "ExternalModelsImpl.h"

void mlir::casthoist::registerCastHoistExternalModels(
    DialectRegistry &registry) {
  detail::registerArithExternalModels(registry);
  detail::registerLinalgExternalModels(registry);
  detail::registerMathExternalModels(registry);
  detail::registerMixedPrecisionExternalModels(registry);
  detail::registerTensorExternalModels(registry);
  detail::registerTosaExternalModels(registry);
}
