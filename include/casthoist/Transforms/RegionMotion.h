//===- RegionMotion.h - Move casts across region ops ------------*- C++ -*-===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//
//
// Motion of narrowing casts across control flow, its own unit over the same
// interfaces as the data-movement rewrites (ElementCastOpInterface,
// DataMovementOpInterface), plus the upstream control-flow interfaces
// (RegionBranchOpInterface, LoopLikeOpInterface) to find what a region op
// yields. No concrete op is named.
//
//===----------------------------------------------------------------------===//

#ifndef CASTHOIST_TRANSFORMS_REGIONMOTION_H
#define CASTHOIST_TRANSFORMS_REGIONMOTION_H

#include "casthoist/Transforms/HoistCasts.h"

namespace mlir {
namespace casthoist {

/// Adds the patterns that move a narrowing cast T of a region op's result
/// into the region (docs/Rules.md, "Control flow"):
///  - branches (scf.if, scf.index_switch, ...: a RegionBranchOpInterface op
///    whose every region returns to the op): T(if c then a else b) ->
///    if c then T(a) else T(b), when every user of the result is T and some
///    branch yields a data-movement op's result or a widening cast's;
///  - loops (scf.for, ...: a single-region LoopLikeOpInterface op): an
///    iter_arg that only flows through pure data-movement ops to its own
///    yield, and that nothing else reads, is carried narrow: init T(init),
///    the data movement rebuilt on the narrow type, the result used by T's
///    users.
/// Both are rooted on the cast, respect `options.direction` (they move
/// narrowing casts: Up and Both), `controlFn` (called with the cast and the
/// region op), `emitRemarks` and `counters`; neither creates a cast pair.
void populateRegionMotionPatterns(RewritePatternSet &patterns,
                                  const HoistCastsPatternOptions &options);

/// Why the narrowing cast `cast` of a branch's or loop's result does not move
/// into it under `options`. std::nullopt when it would move, or when `cast`
/// is not a narrowing cast of the result of a branch or loop.
std::optional<std::string>
explainNoRegionMotion(ElementCastOpInterface cast,
                      const HoistCastsPatternOptions &options);

} // namespace casthoist
} // namespace mlir

#endif // CASTHOIST_TRANSFORMS_REGIONMOTION_H
