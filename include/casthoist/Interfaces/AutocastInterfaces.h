//===- AutocastInterfaces.h - Mixed-precision compute ops -------*- C++ -*-===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#ifndef CASTHOIST_INTERFACES_AUTOCASTINTERFACES_H
#define CASTHOIST_INTERFACES_AUTOCASTINTERFACES_H

#include "mlir/IR/Builders.h"
#include "mlir/IR/OpDefinition.h"

#include "casthoist/Interfaces/AutocastInterfaces.h.inc"

#endif // CASTHOIST_INTERFACES_AUTOCASTINTERFACES_H
