//===- RegionMotion.h - Move casts across region ops ------------*- C++ -*-===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//
//
// Motion of narrowing casts across control flow, its own unit over the same
// interfaces as the data-movement rewrites (ElementCastOpInterface,
// DataMovementOpInterface), plus the upstream RegionBranchOpInterface (or
// the cast-hoist BranchRegionsOpInterface and LoopRegionsOpInterface, for
// region ops without it) to learn how values flow through a region op. No
// concrete op is named.
//
//===----------------------------------------------------------------------===//

#ifndef CASTHOIST_TRANSFORMS_REGIONMOTION_H
#define CASTHOIST_TRANSFORMS_REGIONMOTION_H

#include "casthoist/Transforms/HoistCasts.h"

namespace mlir {
namespace casthoist {

/// Adds the patterns that move casts across control flow (docs/Rules.md,
/// section 8). A narrowing cast T of a region op's result moves into:
///  - branches (scf.if, scf.index_switch, ...: a RegionBranchOpInterface op
///    whose every region returns to the op): T(if c then a else b) ->
///    if c then T(a) else T(b), when every user of the result is T and some
///    branch yields a data-movement op's result or a widening cast's;
///  - loops (scf.for, scf.while, affine.for: a RegionBranchOpInterface op
///    where a region branches to a region; tosa.while_loop: a
///    LoopRegionsOpInterface op): a loop value that only flows
///    through pure data-movement ops from region argument to region argument,
///    and that nothing else reads, is carried narrow: inits T(init), every
///    region argument and result it occupies retyped, the data movement
///    rebuilt on the narrow type, the result used by T's users.
/// A widening cast E moves out of branches: op(...) yielding E(x_1) | ... |
/// E(x_n) -> E(op(...) yielding x_1 | ... | x_n) (a constant with an exact
/// narrow preimage counts as E of it).
/// All are rooted on the cast and respect `options.direction` (narrowing
/// casts for Up and Both, widening ones for Down and Both), `controlFn`
/// (called with the cast and the region op), `emitRemarks` and `counters`;
/// none creates a cast pair.
void populateRegionMotionPatterns(RewritePatternSet &patterns,
                                  const HoistCastsPatternOptions &options);

/// Why the narrowing cast `cast` of a branch's or loop's result does not move
/// into it, or why the widening cast `cast` yielded by a branch does not move
/// out of it, under `options`. std::nullopt when it would move, or when
/// `cast` is neither.
std::optional<std::string>
explainNoRegionMotion(ElementCastOpInterface cast,
                      const HoistCastsPatternOptions &options);

} // namespace casthoist
} // namespace mlir

#endif // CASTHOIST_TRANSFORMS_REGIONMOTION_H
