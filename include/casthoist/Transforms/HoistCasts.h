//===- HoistCasts.h - Move casts across data-movement ops -------*- C++ -*-===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//
//
// The hoist-casts rewrites, for use in a downstream pattern set. They are
// written against ElementCastOpInterface and DataMovementOpInterface only:
// any op implementing those (tmov ops, upstream ops once
// registerCastHoistExternalModels() has run, a downstream dialect's ops)
// takes part.
//
//===----------------------------------------------------------------------===//

#ifndef CASTHOIST_TRANSFORMS_HOISTCASTS_H
#define CASTHOIST_TRANSFORMS_HOISTCASTS_H

#include "casthoist/Interfaces/CastHoistInterfaces.h"

#include "mlir/IR/PatternMatch.h"

#include <atomic>
#include <cstdint>
#include <functional>

namespace mlir {
namespace casthoist {

/// Which way casts may move.
enum class MotionDirection {
  /// Only narrowing casts, moved above data-movement ops.
  Up,
  /// Only widening casts, moved below data-movement ops.
  Down,
  /// Both.
  Both,
};

/// When a legal rewrite happens.
enum class CostPolicy {
  /// Every legal rewrite (the canonicalization). An op with users other than
  /// the cast is never duplicated.
  Always,
  /// Only when the modeled traffic (TrafficModel) does not grow; may then
  /// duplicate a data-movement op for its cast users.
  Profitable,
};

/// Counts of what the rewrites did; a pass adds them to its statistics and
/// its report. Atomic: the pass rewrites functions in parallel with one
/// pattern set.
struct HoistCastsCounters {
  std::atomic<uint64_t> castsHoisted = 0;
  std::atomic<uint64_t> castsSunk = 0;
  std::atomic<uint64_t> narrowedOps = 0;
  std::atomic<uint64_t> pairsFolded = 0;
  std::atomic<uint64_t> constantsFolded = 0;
};

/// Decides, for one candidate rewrite, whether it should happen: `cast` is
/// the cast to move and `movement` the data-movement op it moves across.
using ControlHoistFn =
    std::function<bool(Operation *cast, Operation *movement)>;

/// Observes each hoist or sink as it happens, before the old casts are
/// erased: `movedCasts` are the casts that moved (for a hoist, the cast and
/// the identical casts replaced with it; for a sink, the widening casts
/// removed above the op), `newCasts` the casts the rewrite created in their
/// place (for a hoist one per non-constant data operand, for a sink the
/// widening cast of the result), and `direction` is Up for a hoist, Down for
/// a sink.
using MotionObserverFn = std::function<void(ArrayRef<Operation *> movedCasts,
                                            ArrayRef<Operation *> newCasts,
                                            MotionDirection direction)>;

struct HoistCastsPatternOptions {
  MotionDirection direction = MotionDirection::Both;
  CostPolicy policy = CostPolicy::Profitable;
  /// How many elements the traffic model counts for a dynamic dimension.
  int64_t dynamicDimSize = 1024;
  /// Emit a remark at each cast that moves, with the modeled traffic.
  bool emitRemarks = false;
  /// The exactness contract the rewrites keep (see CastRuleOptions).
  CastRuleOptions rules;
  /// Optional veto on each rewrite; null means every exact rewrite happens.
  ControlHoistFn controlFn;
  /// Optional counters, incremented by every rewrite. Must outlive the
  /// patterns.
  HoistCastsCounters *counters = nullptr;
  /// Optional observer of every hoist and sink (the pass uses it to draw
  /// where the casts went).
  MotionObserverFn onMotion;
};

/// Adds the patterns that
///  - hoist a narrowing cast above a data-movement op:
///    cast(move(x...)) -> move(cast(x)...);
///  - sink a widening cast below a data-movement op:
///    move(ext(x)...) -> ext(move(x...));
///  - fold the cast pairs this exposes, when exact (ext(ext) composes,
///    trunc(ext(x)) -> x);
///  - fold a cast of a constant into a constant, when every element converts
///    to a value the rule table predicts under the contract;
///  - move casts across control flow: narrowing casts into branches and
///    through loop-carried data movement, widening casts out of branches
///    (populateRegionMotionPatterns, RegionMotion.h).
/// Every rewrite keeps the contract of `options.rules.exactness` (`values`:
/// every non-NaN element bit for bit; `bits`: every bit); docs/Rules.md
/// gives the reasoning.
void populateHoistCastsPatterns(RewritePatternSet &patterns,
                                const HoistCastsPatternOptions &options = {});

/// Why the cast `cast` does not move under `options`: the reason for a
/// narrowing cast fed by a data-movement op, or for a widening cast feeding
/// one, or for a narrowing cast of a branch's or loop's result
/// (explainNoRegionMotion, RegionMotion.h). std::nullopt when it would move,
/// or when it is not next to a data-movement or region op at all.
std::optional<std::string>
explainNoMotion(ElementCastOpInterface cast,
                const HoistCastsPatternOptions &options);

/// The subset a cast op registers as its canonicalization (tmov.cast does):
/// hoisting narrowing casts (CostPolicy::Always) and exact pair folds,
/// restricted to casts that are `castOp` ops.
void populateHoistCastsCanonicalizationPatterns(RewritePatternSet &patterns,
                                                OperationName castOp);

} // namespace casthoist
} // namespace mlir

#endif // CASTHOIST_TRANSFORMS_HOISTCASTS_H
