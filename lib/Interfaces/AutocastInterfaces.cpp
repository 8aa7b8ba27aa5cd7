//===- AutocastInterfaces.cpp - Mixed-precision compute ops ---------------===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#include "casthoist/Interfaces/AutocastInterfaces.h"

using namespace mlir;
using namespace mlir::casthoist;

#include "casthoist/Interfaces/AutocastInterfaces.cpp.inc"
