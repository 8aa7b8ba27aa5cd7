//===- Tmov.h - tmov dialect ------------------------------------*- C++ -*-===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#ifndef CASTHOIST_DIALECT_TMOV_IR_TMOV_H
#define CASTHOIST_DIALECT_TMOV_IR_TMOV_H

#include "casthoist/Interfaces/CastHoistInterfaces.h"

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Dialect.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/Interfaces/CastInterfaces.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include "casthoist/Dialect/Tmov/IR/TmovDialect.h.inc"

#define GET_OP_CLASSES
#include "casthoist/Dialect/Tmov/IR/TmovOps.h.inc"

#endif // CASTHOIST_DIALECT_TMOV_IR_TMOV_H
