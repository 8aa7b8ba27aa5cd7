//===- Passes.h - cast-hoist conversion passes ------------------*- C++ -*-===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#ifndef CASTHOIST_CONVERSION_PASSES_H
#define CASTHOIST_CONVERSION_PASSES_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/Pass/Pass.h"

namespace mlir {
class RewritePatternSet;
class Operation;
namespace casthoist {

/// Adds the patterns that lower every tmov op to upstream ops (see the
/// convert-tmov-to-linalg pass).
void populateTmovToLinalgConversionPatterns(RewritePatternSet &patterns);

/// Emits an error and fails if `op` is a tmov op that the lowering cannot
/// express with upstream ops (e.g. a cast of unsigned integers).
LogicalResult checkTmovOpLowerable(Operation *op);

#define GEN_PASS_DECL
#include "casthoist/Conversion/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "casthoist/Conversion/Passes.h.inc"

} // namespace casthoist
} // namespace mlir

#endif // CASTHOIST_CONVERSION_PASSES_H
