//===- PatternState.h - State and helpers shared by the rewrites -*- C++
//-*-===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//
//
// Internal to lib/Transforms: the options and traffic model every cast-hoist
// pattern shares, and the helpers that both the data-movement patterns
// (HoistCastsPatterns.cpp) and the region motion (RegionMotion.cpp) use, so
// that both decide exactly alike (same casts, same fill conversions, same
// refusals).
//
//===----------------------------------------------------------------------===//

#ifndef CASTHOIST_LIB_TRANSFORMS_PATTERNSTATE_H
#define CASTHOIST_LIB_TRANSFORMS_PATTERNSTATE_H

#include "casthoist/Transforms/HoistCasts.h"
#include "casthoist/Transforms/TrafficModel.h"

#include <optional>
#include <string>

namespace mlir {
namespace casthoist {
namespace detail {

/// Shared state of the patterns.
struct PatternState {
  explicit PatternState(const HoistCastsPatternOptions &options)
      : options(options), model(options.dynamicDimSize) {}

  HoistCastsPatternOptions options;
  TrafficModel model;
  /// When set, only casts of this op take part (canonicalization patterns
  /// of one op must not rewrite other dialects' ops).
  std::optional<OperationName> onlyCastOp;

  bool allowed(Operation *cast, Operation *movement) const {
    return !options.controlFn || options.controlFn(cast, movement);
  }
  /// Whether the patterns may touch `cast`: an instance that is a cast at all
  /// (see getCastSource) and, if the set is restricted, of the chosen op.
  bool acceptsCast(ElementCastOpInterface cast) const {
    return cast.getCastSource() &&
           (!onlyCastOp || cast->getName() == *onlyCastOp);
  }
  bool profitableOnly() const {
    return options.policy == CostPolicy::Profitable;
  }
  void count(std::atomic<uint64_t> HoistCastsCounters::*field,
             uint64_t n = 1) const {
    if (options.counters)
      options.counters->*field += n;
  }
};

/// Two casts are interchangeable when they are the same op with the same
/// attributes, types and semantics.
bool isSameCast(ElementCastOpInterface a, ElementCastOpInterface b);

/// The type of `value` (a shaped type) with element type `elementType`.
Type withElementType(Value value, Type elementType);

/// Whether `type` is withElementType(value, elementType), decided without
/// building that type when both are ranked tensors (the common case, asked
/// on every move).
bool isRetypedFrom(Type type, Value value, Type elementType);

/// Materializes `value` in the dialect of `like`'s defining constant, so a
/// tosa.const stays a tosa.const. Returns null when the dialect cannot.
Value materializeLike(OpBuilder &builder, Value like, DenseElementsAttr value);

/// An op that computes its elements (selects by value, negates, takes the
/// absolute value) commutes with a cast only where the rule table says so
/// (ElementCast::commutesWith), under the exactness contract. Fails with
/// `reason` otherwise.
LogicalResult checkElementFunction(DataMovementOpInterface movement,
                                   const ElementCast &cast,
                                   const PatternState &state,
                                   std::string &reason);

/// Whether the contract lets a narrowing `cast` land on `operand`: under
/// `bits`, not where a float widening cast reaches `operand` through data
/// movement alone (a lowering may drop an identity move and upstream folders
/// then remove the round trip). Fails with `reason` otherwise.
LogicalResult checkAdjacentPair(Value operand, const ElementCast &cast,
                                const CastRuleOptions &rules,
                                std::string &reason);

/// Whether the contract lets `cast` move while it converts `source` (the
/// value it converts before or after the move): under `bits`, not where a
/// constant reaches `source` through data movement alone holding an element
/// the cast does not convert under the contract (a NaN, a subnormal):
/// upstream folds such a cast at compile time with APFloat, which converts
/// it differently from the target. checkAdjacentPair includes this check.
LogicalResult checkConstantSource(Value source, const ElementCast &cast,
                                  const CastRuleOptions &rules,
                                  std::string &reason);

/// The mirror for a sunk widening `cast` landing on `result`: under `bits`,
/// not where `result` reaches a float narrowing cast through data movement
/// alone. Fails with `reason` otherwise.
LogicalResult checkSinkAdjacentPair(Value result, const ElementCast &cast,
                                    const CastRuleOptions &rules,
                                    std::string &reason);

/// The last checks of every plan: under the profitable policy the modeled
/// traffic must not grow from `before` to `after`, and the control function
/// must allow moving `cast` across `op`. Fails with `reason` otherwise.
LogicalResult checkWorthMoving(const PatternState &state, Operation *cast,
                               Operation *op, uint64_t before, uint64_t after,
                               std::string &reason);

/// Converts every fill value of `movement` with `cast` (ElementCast::convert
/// under `rules`), appending them to `fills`. Fails with `reason` when one
/// does not convert to a value the rule table predicts under the contract.
LogicalResult convertFillValues(DataMovementOpInterface movement,
                                const ElementCast &cast,
                                const CastRuleOptions &rules,
                                SmallVectorImpl<TypedAttr> &fills,
                                std::string &reason);

} // namespace detail
} // namespace casthoist
} // namespace mlir

#endif // CASTHOIST_LIB_TRANSFORMS_PATTERNSTATE_H
