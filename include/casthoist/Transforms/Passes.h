//===- Passes.h - cast-hoist passes -----------------------------*- C++ -*-===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#ifndef CASTHOIST_TRANSFORMS_PASSES_H
#define CASTHOIST_TRANSFORMS_PASSES_H

#include "casthoist/Transforms/CallMotion.h"
#include "casthoist/Transforms/HoistCasts.h"

#include "mlir/Pass/Pass.h"

namespace mlir {
namespace casthoist {

#define GEN_PASS_DECL
#include "casthoist/Transforms/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "casthoist/Transforms/Passes.h.inc"

} // namespace casthoist
} // namespace mlir

#endif // CASTHOIST_TRANSFORMS_PASSES_H
