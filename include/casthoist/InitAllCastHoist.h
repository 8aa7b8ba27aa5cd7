//===- InitAllCastHoist.h - Register everything cast-hoist has --*- C++ -*-===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#ifndef CASTHOIST_INITALLCASTHOIST_H
#define CASTHOIST_INITALLCASTHOIST_H

// registerCastHoistPasses() comes from the tablegen'd pass declarations.
#include "casthoist/Conversion/Passes.h"
#include "casthoist/Transforms/Passes.h"

namespace mlir {
class DialectRegistry;
namespace casthoist {

/// Adds the tmov dialect to `registry`, and the cast-hoist interfaces to the
/// upstream ops it understands (registerCastHoistExternalModels()).
void registerCastHoistDialects(DialectRegistry &registry);

/// Registers every cast-hoist pass: hoist-casts and convert-tmov-to-linalg.
inline void registerAllCastHoistPasses() {
  registerCastHoistPasses();
  registerCastHoistConversionPasses();
}

} // namespace casthoist
} // namespace mlir

#endif // CASTHOIST_INITALLCASTHOIST_H
