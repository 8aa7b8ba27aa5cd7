//===- CastHoistTestDialect.h - The tutorial dialect ------------*- C++ -*-===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#ifndef CASTHOIST_TEST_CASTHOISTTESTDIALECT_H
#define CASTHOIST_TEST_CASTHOISTTESTDIALECT_H

#include "casthoist/Interfaces/AutocastInterfaces.h"
#include "casthoist/Interfaces/CastHoistInterfaces.h"

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Dialect.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include "CastHoistTestOpsDialect.h.inc"

#define GET_OP_CLASSES
#include "CastHoistTestOps.h.inc"

namespace mlir {
class DialectRegistry;
namespace casthoist {
namespace test {
void registerCastHoistTestDialect(DialectRegistry &registry);
} // namespace test
} // namespace casthoist
} // namespace mlir

#endif // CASTHOIST_TEST_CASTHOISTTESTDIALECT_H
