//===- ArithCasts.h - arith cast ops as rule-table kinds --------*- C++ -*-===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//
//
// Shared by the arith models and the linalg elementwise-cast models.
//
//===----------------------------------------------------------------------===//

#ifndef CASTHOIST_LIB_EXTERNALMODELS_ARITHCASTS_H
#define CASTHOIST_LIB_EXTERNALMODELS_ARITHCASTS_H

#include "casthoist/Interfaces/CastRules.h"

#include "mlir/IR/Builders.h"

namespace mlir {
namespace casthoist {

/// The kind of an arith cast op (on scalars or tensors) for its element
/// types, or std::nullopt if it is not an arith cast the rules model (e.g. a
/// truncf with a rounding mode other than to-nearest-even).
std::optional<CastKind> getArithCastKind(Operation *op);

/// Builds the arith op with semantics `kind` from `source` to `resultType`
/// (scalars or tensors). Fails, creating nothing, if arith has none (e.g.
/// saturating float to int) or the types do not fit the kind.
FailureOr<Value> buildArithCast(OpBuilder &builder, Location loc, Value source,
                                Type resultType, CastKind kind);

/// Whether buildArithCast succeeds for these types and kind.
bool canBuildArithCast(Type sourceType, Type resultType, CastKind kind);

} // namespace casthoist
} // namespace mlir

#endif // CASTHOIST_LIB_EXTERNALMODELS_ARITHCASTS_H
