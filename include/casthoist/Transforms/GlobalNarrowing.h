//===- GlobalNarrowing.h - Store constant globals narrow --------*- C++ -*-===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//
//
// A module-level rewrite of the hoist-casts pass: weights held in an
// immutable `ml_program.global` that every reader immediately narrows are
// stored narrow instead.
//
//===----------------------------------------------------------------------===//

#ifndef CASTHOIST_TRANSFORMS_GLOBALNARROWING_H
#define CASTHOIST_TRANSFORMS_GLOBALNARROWING_H

#include "casthoist/Transforms/HoistCasts.h"

#include "mlir/IR/BuiltinOps.h"

namespace mlir {
namespace casthoist {

/// For every immutable, private `ml_program.global` with a dense or
/// dense_resource value whose every symbol use is an
/// `ml_program.global_load_const` whose every user is the same narrowing
/// cast (same op, attributes, types and semantics), creates a global holding
/// the converted value (`ElementCast::convertConstant`, with the contract of
/// `options.rules`; one element that does not convert refuses the global),
/// replaces each load and its casts by a load of the narrow global, and
/// erases the wide global. Public globals are part of the ABI and stay.
/// Does nothing under `direction=down`. `options.controlFn` is asked once
/// per global with the first cast and its load; `options.emitRemarks` emits
/// a remark at each global narrowed; `options.counters->constantsFolded`
/// counts the globals narrowed. Fails, changing nothing, only on a global
/// whose type holds more than 2^64 bits (hostile input; an error is
/// emitted).
LogicalResult narrowConstantGlobals(ModuleOp module,
                                    const HoistCastsPatternOptions &options);

} // namespace casthoist
} // namespace mlir

#endif // CASTHOIST_TRANSFORMS_GLOBALNARROWING_H
