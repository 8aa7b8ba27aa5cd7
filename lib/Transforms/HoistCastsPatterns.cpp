//===- HoistCastsPatterns.cpp - Move casts across data-movement ops -------===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//
//
// Four patterns, all written against the cast-hoist op interfaces (motion
// across regions is its own unit, RegionMotion.cpp):
//  - HoistNarrowingCast: cast(move(x...)) -> move(cast(x)...)
//  - SinkWideningCast:   move(ext(x)...)  -> ext(move(x...))
//  - FoldCastPair:       exact folds of outer(inner(x))
//  - FoldCastOfConstant: cast(constant) -> constant, with vetted semantics
// docs/Rules.md states why each rewrite is exact.
//
//===----------------------------------------------------------------------===//

#include "PatternState.h"
#include "casthoist/Transforms/RegionMotion.h"

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Dialect.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

using namespace mlir;
using namespace mlir::casthoist;

using namespace mlir::casthoist::detail;

bool mlir::casthoist::detail::isSameCast(ElementCastOpInterface a,
                                         ElementCastOpInterface b) {
  if (!a.getCastSource() || !b.getCastSource())
    return false;
  // An op is the same cast as itself (the common case: a cast's source has
  // one user); comparing attribute dictionaries builds them.
  if (a == b)
    return true;
  return a->getName() == b->getName() &&
         a->getAttrDictionary() == b->getAttrDictionary() &&
         a.getCastSource().getType() == b.getCastSource().getType() &&
         a.getCastResult().getType() == b.getCastResult().getType() &&
         a.getCastKind() == b.getCastKind();
}

Type mlir::casthoist::detail::withElementType(Value value, Type elementType) {
  return cloneWithElementType(value.getType(), elementType);
}

bool mlir::casthoist::detail::isRetypedFrom(Type type, Value value,
                                            Type elementType) {
  auto ranked = dyn_cast<RankedTensorType>(type);
  auto original = dyn_cast<RankedTensorType>(value.getType());
  if (ranked && original)
    return ranked.getElementType() == elementType &&
           ranked.getShape() == original.getShape() &&
           ranked.getEncoding() == original.getEncoding();
  return type == withElementType(value, elementType);
}

Value mlir::casthoist::detail::materializeLike(OpBuilder &builder, Value like,
                                               DenseElementsAttr value) {
  Operation *wide = like.getDefiningOp();
  Operation *narrow = wide->getDialect()->materializeConstant(
      builder, value, value.getType(), wide->getLoc());
  return narrow ? narrow->getResult(0) : Value();
}

/// Materializes `value` in the dialect of `like`'s defining constant, so a
/// tosa.const stays a tosa.const (and a dense_resource stays a resource).
static Value materializeLike(OpBuilder &builder, Value like,
                             ConvertedConstant &value) {
  Operation *wide = like.getDefiningOp();
  ElementsAttr attr = value.materialize();
  Operation *narrow = wide->getDialect()->materializeConstant(
      builder, attr, attr.getType(), wide->getLoc());
  return narrow ? narrow->getResult(0) : Value();
}

/// An op that computes its elements (selects by value, negates, takes the
/// absolute value) commutes with a cast only where the rule table says so
/// (ElementCast::commutesWith), under the exactness contract.
LogicalResult mlir::casthoist::detail::checkElementFunction(
    DataMovementOpInterface movement, const ElementCast &cast,
    const PatternState &state, std::string &reason) {
  ElementFunction function = movement.getElementFunction();
  const CastRuleOptions &rules = state.options.rules;
  if (cast.commutesWith(function, rules))
    return success();
  switch (function) {
  case ElementFunction::Copy:
    break;
  case ElementFunction::SelectByValue:
    if (!rules.movesAcrossSelections())
      reason = "op selects elements by comparing values; under "
               "exactness=bits casts do not move across it (a NaN result's "
               "payload is unspecified)";
    else
      reason = "op selects elements by comparing values and the cast does "
               "not preserve order";
    return failure();
  case ElementFunction::Negate:
  case ElementFunction::Abs: {
    llvm::raw_string_ostream os(reason);
    os << "op computes the " << stringifyElementFunction(function)
       << " of its elements; ";
    if (cast.getKind() == CastKind::FloatToFloat && !rules.movesAcrossSignOps())
      os << "under exactness=bits float casts do not move across it (a "
            "cast's NaN result may lose its sign)";
    else
      os << "it does not commute with a " << stringifyCastKind(cast.getKind())
         << " cast from " << cast.getSourceType() << " to "
         << cast.getResultType();
  }
    return failure();
  }
  llvm_unreachable("Copy commutes with every cast");
}

/// How far the `bits` checks look through data movement for the inverse
/// cast; past this the rewrite is refused (conservative).
static constexpr unsigned kMaxPairSearch = 64;

/// Searches the producers of `value` and, through pure data movement (its
/// data operands), theirs. `classify(value, producer)` decides each
/// producer: true ends the search (found), false stops at it (not found
/// there), std::nullopt looks through it when it is pure data movement.
/// Returns std::nullopt when the search is too large to finish.
template <typename ClassifyFn>
static std::optional<bool> searchProducers(Value value, ClassifyFn classify) {
  SmallVector<Value> worklist{value};
  llvm::SmallPtrSet<Operation *, 8> seen;
  while (!worklist.empty()) {
    Value current = worklist.pop_back_val();
    Operation *producer = current.getDefiningOp();
    if (!producer || !seen.insert(producer).second)
      continue;
    if (seen.size() > kMaxPairSearch)
      return std::nullopt;
    if (std::optional<bool> verdict = classify(current, producer)) {
      if (*verdict)
        return true;
      continue;
    }
    auto movement = dyn_cast<DataMovementOpInterface>(producer);
    if (!movement || !movement.isPureDataMovement())
      continue;
    for (OpOperand *operand : movement.getDataOperands())
      worklist.push_back(operand->get());
  }
  return false;
}

/// Under `bits`: whether a constant reaches `value` through data movement
/// alone that `cast` does not convert under the contract (a NaN, a
/// subnormal, an inexact element). Upstream folds a data-movement op of a
/// constant and then the cast of the result at compile time, with APFloat
/// (which quiets a signaling NaN and never flushes), while the same cast
/// run by the target may keep a signaling NaN (bf16 -> f32 is a shift) or
/// flush. Moving the cast changes which of the two converts the element.
/// Returns std::nullopt when the search is too large to finish.
static std::optional<bool>
reachedByUnfoldableConstant(Value value, const ElementCast &cast,
                            const CastRuleOptions &rules) {
  return searchProducers(
      value, [&](Value current, Operation *) -> std::optional<bool> {
        Attribute constant;
        if (!matchPattern(current, m_Constant(&constant)))
          return std::nullopt;
        return failed(cast.checkConstantConverts(constant, rules));
      });
}

/// Whether a float widening cast that may not meet `cast` (allowsAdjacentPair)
/// reaches `value` through data movement alone. Any data-movement op may be
/// the identity for its shapes (tosa.identity, a reverse of a size-1 axis,
/// an identity transpose, a full slice) and a lowering then removes it,
/// leaving the two casts adjacent. Returns std::nullopt when the search is
/// too large to finish.
static std::optional<bool>
reachedByFloatWidening(Value value, const ElementCast &cast,
                       const CastRuleOptions &rules) {
  return searchProducers(
      value, [&](Value, Operation *producer) -> std::optional<bool> {
        auto inner = dyn_cast<ElementCastOpInterface>(producer);
        if (!inner || !inner.getCastSource())
          return std::nullopt;
        std::optional<ElementCast> innerCast = inner.getElementCast();
        return innerCast && !allowsAdjacentPair(*innerCast, cast, rules);
      });
}

/// Whether `value` reaches, through data movement alone, a float narrowing
/// cast `cast` may not meet (the mirror of reachedByFloatWidening).
static std::optional<bool> reachesFloatNarrowing(Value value,
                                                 const ElementCast &cast,
                                                 const CastRuleOptions &rules) {
  SmallVector<Value> worklist{value};
  llvm::SmallPtrSet<Operation *, 8> seen;
  while (!worklist.empty()) {
    Value current = worklist.pop_back_val();
    for (OpOperand &use : current.getUses()) {
      Operation *user = use.getOwner();
      if (!seen.insert(user).second)
        continue;
      if (seen.size() > kMaxPairSearch)
        return std::nullopt;
      if (auto outer = dyn_cast<ElementCastOpInterface>(user);
          outer && outer.getCastSource() == current) {
        std::optional<ElementCast> outerCast = outer.getElementCast();
        if (outerCast && !allowsAdjacentPair(cast, *outerCast, rules))
          return true;
        continue;
      }
      auto movement = dyn_cast<DataMovementOpInterface>(user);
      if (!movement || !movement.isPureDataMovement() ||
          !llvm::is_contained(movement.getDataOperands(), &use))
        continue;
      worklist.push_back(movement.getDataResult());
    }
  }
  return false;
}

/// Under `values`, the casts that may end up in a pair upstream composes
/// into f32 -> bf16 (composesIntoFlushingConversion): a float narrowing to
/// bf16 from a type wider than f32, or a float widening from f32. Only for
/// those do the `values` checks search the neighbourhood.
static bool mayComposeIntoFlushingConversion(const ElementCast &cast) {
  if (cast.getKind() != CastKind::FloatToFloat)
    return false;
  if (cast.isNarrowing())
    return cast.getResultType().isBF16() && !cast.getSourceType().isF32();
  return cast.isWidening() && cast.getSourceType().isF32();
}

static constexpr const char *kFlushingCompositionReason =
    "the cast would meet a float cast through data movement alone in an "
    "f32 -> wider -> bf16 pair, which upstream's arith.truncf folder "
    "composes into f32 -> bf16: on x86 with AVX512-BF16 that conversion "
    "flushes subnormals, where the original conversion gives the IEEE value";

LogicalResult mlir::casthoist::detail::checkAdjacentPair(
    Value operand, const ElementCast &cast, const CastRuleOptions &rules,
    std::string &reason) {
  bool bits = rules.exactness == Exactness::Bits;
  if (!bits && !mayComposeIntoFlushingConversion(cast))
    return success();
  std::optional<bool> found = reachedByFloatWidening(operand, cast, rules);
  if (!found || *found) {
    reason = bits ? "under exactness=bits the hoisted cast would land after a "
                    "float widening cast with only data movement between "
                    "them, a round trip that upstream folders remove once a "
                    "lowering drops an identity move (not the identity on "
                    "signaling NaNs and flushed subnormals)"
                  : kFlushingCompositionReason;
    return failure();
  }
  return checkConstantSource(operand, cast, rules, reason);
}

LogicalResult mlir::casthoist::detail::checkConstantSource(
    Value source, const ElementCast &cast, const CastRuleOptions &rules,
    std::string &reason) {
  if (rules.exactness != Exactness::Bits)
    return success();
  std::optional<bool> found = reachedByUnfoldableConstant(source, cast, rules);
  if (found && !*found)
    return success();
  reason = "under exactness=bits the cast would convert a constant (through "
           "data movement alone) holding an element it does not convert "
           "bit-exactly (a NaN or a subnormal): folded at compile time and "
           "run on the target, such an element converts differently, and "
           "moving the cast changes which of the two happens";
  return failure();
}

LogicalResult mlir::casthoist::detail::checkSinkAdjacentPair(
    Value result, const ElementCast &cast, const CastRuleOptions &rules,
    std::string &reason) {
  bool bits = rules.exactness == Exactness::Bits;
  if (!bits && !mayComposeIntoFlushingConversion(cast))
    return success();
  std::optional<bool> found = reachesFloatNarrowing(result, cast, rules);
  if (found && !*found)
    return success();
  reason = bits ? "under exactness=bits the sunk cast would land before a "
                  "float narrowing cast with only data movement between "
                  "them, a round trip that upstream folders remove once a "
                  "lowering drops an identity move (not the identity on "
                  "signaling NaNs and flushed subnormals)"
                : kFlushingCompositionReason;
  return failure();
}

LogicalResult mlir::casthoist::detail::checkWorthMoving(
    const PatternState &state, Operation *cast, Operation *op, uint64_t before,
    uint64_t after, std::string &reason) {
  if (state.profitableOnly() && after > before) {
    reason = ("modeled traffic would grow from " + Twine(before) + " to " +
              Twine(after) + " bytes")
                 .str();
    return failure();
  }
  if (!state.allowed(cast, op)) {
    reason = "vetoed by the control function";
    return failure();
  }
  return success();
}

LogicalResult mlir::casthoist::detail::convertFillValues(
    DataMovementOpInterface movement, const ElementCast &cast,
    const CastRuleOptions &rules, SmallVectorImpl<TypedAttr> &fills,
    std::string &reason) {
  for (TypedAttr fill : movement.getFillValues()) {
    FailureOr<TypedAttr> converted = cast.convert(fill, rules);
    if (failed(converted)) {
      reason = "a fill value does not convert to a predictable value";
      return failure();
    }
    fills.push_back(*converted);
  }
  return success();
}

//===----------------------------------------------------------------------===//
// Hoisting a narrowing cast
//===----------------------------------------------------------------------===//

namespace {
/// Everything a hoist needs, decided before the IR is touched.
struct HoistPlan {
  DataMovementOpInterface movement;
  std::optional<ElementCast> cast;
  /// The casts replaced by the narrow result (this cast, and identical ones).
  SmallVector<Operation *> replacedCasts;
  /// The data-movement op has other users and stays, duplicated narrow.
  bool keepsOriginal = false;
  SmallVector<OpOperand *> dataOperands;
  /// Per data operand: its narrow constant, or none to cast it.
  SmallVector<std::optional<ConvertedConstant>> narrowConstants;
  /// Per data operand: its type with the narrow element type (the result
  /// type of the cast that converts it, or of its narrow constant).
  SmallVector<Type> narrowOperandTypes;
  SmallVector<TypedAttr> fills;
  uint64_t trafficBefore = 0;
  uint64_t trafficAfter = 0;
};
} // namespace

/// The value of a constant data operand (a dense or dense_resource
/// constant), or null.
static ElementsAttr getConstantValue(Value value) {
  ElementsAttr constant;
  if (!matchPattern(value, m_Constant(&constant)))
    return nullptr;
  return constant;
}

/// The checks and the modeled traffic of moving `plan.cast` above
/// `plan.movement`, whose data result the casts `plan.replacedCasts` (all
/// identical to `castOp`) read, and other users too if `plan.keepsOriginal`.
/// Fills in the rest of `plan`; on failure `reason` says why.
static LogicalResult planHoistAcross(ElementCastOpInterface castOp,
                                     const PatternState &state, HoistPlan &plan,
                                     std::string &reason) {
  auto fail = [&](StringRef why) {
    reason = why.str();
    return failure();
  };
  DataMovementOpInterface movement = plan.movement;
  Type narrowType = plan.cast->getResultType();
  if (failed(checkElementFunction(movement, *plan.cast, state, reason)))
    return failure();
  if (!movement.supportsElementType(narrowType))
    return fail("data-movement op does not support the narrow element type");

  const CastRuleOptions &rules = state.options.rules;
  if (failed(
          convertFillValues(movement, *plan.cast, rules, plan.fills, reason)))
    return failure();
  // Constant data operands are converted, like fill values, so that an op
  // that needs a constant operand (tosa.pad's pad_const) keeps one. That is
  // the expensive part for large weights, so it comes last, once every
  // other check has passed.
  plan.dataOperands = movement.getDataOperands();
  plan.narrowConstants.resize(plan.dataOperands.size());
  plan.narrowOperandTypes.resize(plan.dataOperands.size());
  SmallVector<std::pair<size_t, ElementsAttr>> constants;
  const TrafficModel &model = state.model;
  auto [wideMovement, narrowMovement] = model.getMovementTraffic(
      movement, plan.dataOperands, plan.cast->getSourceType(), narrowType);
  plan.trafficAfter = narrowMovement;
  for (auto [i, operand] : llvm::enumerate(plan.dataOperands)) {
    plan.narrowOperandTypes[i] = withElementType(operand->get(), narrowType);
    if (ElementsAttr constant = getConstantValue(operand->get())) {
      constants.push_back({i, constant});
      continue;
    }
    if (failed(checkAdjacentPair(operand->get(), *plan.cast, rules, reason)))
      return failure();
    Type operandType = operand->get().getType();
    if (!castOp.canBuildCast(operandType, plan.narrowOperandTypes[i],
                             plan.cast->getKind()))
      return fail("the cast's op cannot convert a data operand of this type");
    plan.trafficAfter += model.getCastTraffic(operandType, narrowType);
  }
  plan.trafficBefore = wideMovement;
  // The replaced casts are identical: each converts the moved value.
  plan.trafficBefore += llvm::SaturatingMultiply<uint64_t>(
      model.getCastTraffic(movement.getDataResult().getType(), narrowType),
      plan.replacedCasts.size());
  if (plan.keepsOriginal)
    plan.trafficAfter += wideMovement;
  // A traffic-neutral hoist is worth doing when it replaces the op (the cast
  // may then travel further: above a view, traffic is unchanged), but not
  // when it adds a duplicate of the op for nothing.
  if (state.profitableOnly() && plan.keepsOriginal &&
      plan.trafficAfter == plan.trafficBefore)
    return fail(("duplicating the op for its other users would not lower the "
                 "modeled traffic from " +
                 Twine(plan.trafficBefore) + " to " + Twine(plan.trafficAfter) +
                 " bytes")
                    .str());
  if (failed(checkWorthMoving(state, castOp, movement, plan.trafficBefore,
                              plan.trafficAfter, reason)))
    return failure();
  for (auto [i, constant] : constants) {
    FailureOr<ConvertedConstant> converted =
        plan.cast->convertConstant(constant, rules);
    if (failed(converted))
      return fail("a constant operand does not convert to a predictable "
                  "value");
    plan.narrowConstants[i] = std::move(*converted);
  }
  return success();
}

/// Decides whether `castOp` can be hoisted; on failure `reason` says why.
/// The checks of the cast itself and of the users of the op it reads; the
/// op is then checked by planHoistAcross.
static LogicalResult planHoist(ElementCastOpInterface castOp,
                               const PatternState &state, HoistPlan &plan,
                               std::string &reason) {
  auto fail = [&](StringRef why) {
    reason = why.str();
    return failure();
  };
  plan.cast = castOp.getElementCast();
  if (!plan.cast)
    return fail("cast semantics for these element types are not modeled");
  if (plan.cast->getDirection() == CastDirection::SameWidth)
    return fail("cast neither narrows nor widens: moving it saves no bytes");
  if (plan.cast->isWidening())
    return fail("cast widens: widening casts move down, not up");
  plan.movement =
      castOp.getCastSource().getDefiningOp<DataMovementOpInterface>();
  if (!plan.movement || !plan.movement.isPureDataMovement())
    return fail("cast source is not produced by a data-movement op");
  Value moved = plan.movement.getDataResult();
  if (castOp.getCastSource() != moved)
    return fail("cast reads a result of the op other than its data result");
  if (!isRetypedFrom(castOp.getCastResult().getType(), moved,
                     plan.cast->getResultType()))
    return fail("cast changes shape information as well as element type");

  // Users: identical casts are replaced together. Any other user keeps the
  // wide result alive; only the profitable policy may then duplicate the op.
  for (Operation *user : moved.getUsers()) {
    auto other = dyn_cast<ElementCastOpInterface>(user);
    if (other && isSameCast(castOp, other)) {
      if (!llvm::is_contained(plan.replacedCasts, user))
        plan.replacedCasts.push_back(user);
      continue;
    }
    plan.keepsOriginal = true;
  }
  if (plan.keepsOriginal && !state.profitableOnly())
    return fail("data-movement result has users other than this cast");
  return planHoistAcross(castOp, state, plan, reason);
}

/// Whether the cast op `op` can move by changing its operand and result
/// type in place: one operand (the source), one result, no region (a cast
/// written as a linalg op has an init and a body, and is rebuilt instead).
static bool isMovableInPlace(Operation *op) {
  return op->getNumOperands() == 1 && op->getNumResults() == 1 &&
         op->getNumRegions() == 0;
}

/// Whether a planned move of one cast across `movement` can modify the IR in
/// place instead of rebuilding it: one data operand, cast rather than
/// replaced by a constant, no fill value, only this one cast moving, and
/// both ops able to change type in place. Most moves on a chain are like
/// this; creating and erasing two ops per step is most of a rebuild's cost.
static bool canMoveInPlace(Operation *castOp, DataMovementOpInterface movement,
                           ArrayRef<OpOperand *> dataOperands,
                           ArrayRef<TypedAttr> fills) {
  return dataOperands.size() == 1 && fills.empty() &&
         isMovableInPlace(castOp) && movement.canRetypeInPlace();
}

/// Records the moves of `castOp` across the ops of `steps` (each with its
/// `movement` and modeled `trafficBefore` / `trafficAfter`), made in place
/// in one rewrite: per op a remark under `report`, the motion callback and
/// the counters, as one rewrite per op would have.
template <typename StepT>
static void recordInPlaceMoves(const PatternState &state,
                               ElementCastOpInterface castOp,
                               ArrayRef<StepT> steps, MotionDirection motion) {
  bool up = motion == MotionDirection::Up;
  for (const StepT &step : steps) {
    if (state.options.emitRemarks)
      castOp->emitRemark() << (up ? "hoisted above '" : "sunk below '")
                           << step.movement->getName() << "': modeled traffic "
                           << step.trafficBefore << " -> " << step.trafficAfter
                           << " bytes";
    if (state.options.onMotion)
      state.options.onMotion(castOp.getOperation(), castOp.getOperation(),
                             motion);
    state.count(up ? &HoistCastsCounters::castsHoisted
                   : &HoistCastsCounters::castsSunk);
    state.count(&HoistCastsCounters::narrowedOps);
  }
}

namespace {
/// cast(move(x_1, ..., x_n)) -> move(cast(x_1), ..., cast(x_n)), for a
/// narrowing cast. Exact because every element of move's result is a copy of
/// an element of some x_i (cast the same way either side) or a fill value,
/// which is converted with the cast's own semantics or the rewrite refused.
struct HoistNarrowingCast
    : public OpInterfaceRewritePattern<ElementCastOpInterface> {
  HoistNarrowingCast(MLIRContext *context,
                     std::shared_ptr<const PatternState> state)
      : OpInterfaceRewritePattern(context), state(std::move(state)) {}

  LogicalResult matchAndRewrite(ElementCastOpInterface castOp,
                                PatternRewriter &rewriter) const override {
    if (!state->acceptsCast(castOp))
      return rewriter.notifyMatchFailure(castOp, "not a cast of this set");
    HoistPlan plan;
    std::string reason;
    if (failed(planHoist(castOp, *state, plan, reason)))
      return rewriter.notifyMatchFailure(castOp, reason);

    DataMovementOpInterface movement = plan.movement;
    Type narrowType = plan.cast->getResultType();
    if (canHoistInPlace(castOp, plan)) {
      hoistInPlace(castOp, std::move(plan), rewriter);
      return success();
    }
    rewriter.setInsertionPoint(movement);
    SmallVector<Value> narrowOperands;
    SmallVector<Operation *> created;
    SmallVector<Operation *> newCasts;
    for (auto [i, operand] : llvm::enumerate(plan.dataOperands)) {
      if (plan.narrowConstants[i]) {
        if (Value narrow = materializeLike(rewriter, operand->get(),
                                           *plan.narrowConstants[i])) {
          narrowOperands.push_back(narrow);
          created.push_back(narrow.getDefiningOp());
          continue;
        }
      }
      FailureOr<Value> narrowed =
          castOp.buildCast(rewriter, castOp.getLoc(), operand->get(),
                           plan.narrowOperandTypes[i], plan.cast->getKind());
      if (failed(narrowed)) {
        // Only reachable when a narrow constant could not be materialized
        // and the family cannot cast it; undo rather than leave a half-done
        // rewrite.
        for (Operation *op : llvm::reverse(created))
          rewriter.eraseOp(op);
        return rewriter.notifyMatchFailure(
            castOp, "cast family cannot build a cast of a data operand");
      }
      narrowOperands.push_back(*narrowed);
      created.push_back(narrowed->getDefiningOp());
      newCasts.push_back(narrowed->getDefiningOp());
    }
    Value result = movement.rebuildWithElementType(rewriter, narrowOperands,
                                                   narrowType, plan.fills);
    if (state->options.emitRemarks)
      castOp->emitRemark() << "hoisted above '" << movement->getName() << "'"
                           << (plan.keepsOriginal
                                   ? " (duplicated for its other users)"
                                   : "")
                           << ": modeled traffic " << plan.trafficBefore
                           << " -> " << plan.trafficAfter << " bytes";
    if (state->options.onMotion)
      state->options.onMotion(plan.replacedCasts, newCasts,
                              MotionDirection::Up);
    for (Operation *user : plan.replacedCasts)
      rewriter.replaceOp(user, result);
    if (!plan.keepsOriginal)
      rewriter.eraseOp(movement);
    state->count(&HoistCastsCounters::castsHoisted);
    state->count(&HoistCastsCounters::narrowedOps);
    return success();
  }

  /// Whether `plan` moves one cast across one op in place (see
  /// canMoveInPlace).
  static bool canHoistInPlace(ElementCastOpInterface castOp,
                              const HoistPlan &plan) {
    return !plan.keepsOriginal && plan.replacedCasts.size() == 1 &&
           plan.dataOperands.size() == 1 && !plan.narrowConstants.front() &&
           canMoveInPlace(castOp, plan.movement, plan.dataOperands, plan.fills);
  }

  /// The same rewrite without creating or erasing an op: the cast moves
  /// above the data-movement op, which changes its element type in place.
  /// Then on up a chain: while the op above reads one value, has no other
  /// user and can be crossed in place too, under the same checks
  /// (planHoistAcross), the cast crosses it in the same rewrite. This is
  /// the IR the driver reaches one op at a time, reached without requeuing
  /// the cast and moving it at every op.
  void hoistInPlace(ElementCastOpInterface castOp, HoistPlan first,
                    PatternRewriter &rewriter) const {
    /// What the rewrite needs of one crossed op.
    struct Step {
      DataMovementOpInterface movement;
      Value source;
      Type narrowSourceType;
      uint64_t trafficBefore, trafficAfter;
    };
    auto stepOf = [](const HoistPlan &plan) {
      return Step{plan.movement, plan.dataOperands.front()->get(),
                  plan.narrowOperandTypes.front(), plan.trafficBefore,
                  plan.trafficAfter};
    };
    SmallVector<Step, 4> steps{stepOf(first)};
    while (true) {
      Value source = steps.back().source;
      auto next = source.getDefiningOp<DataMovementOpInterface>();
      if (!next || !source.hasOneUse() || !next.isPureDataMovement() ||
          next.getDataResult() != source)
        break;
      HoistPlan plan;
      plan.cast = first.cast;
      plan.movement = next;
      plan.replacedCasts.push_back(castOp);
      std::string reason;
      if (failed(planHoistAcross(castOp, *state, plan, reason)) ||
          !canHoistInPlace(castOp, plan))
        break;
      steps.push_back(stepOf(plan));
    }

    Type narrowType = first.cast->getResultType();
    Value castResult = castOp.getCastResult();
    recordInPlaceMoves(*state, castOp, ArrayRef<Step>(steps),
                       MotionDirection::Up);
    // The cast's users read the lowest moved value, which becomes narrow
    // below; the cast reads the chain's source.
    const Step &top = steps.back();
    rewriter.replaceAllUsesWith(castResult,
                                steps.front().movement.getDataResult());
    rewriter.modifyOpInPlace(castOp, [&] {
      castOp->setOperand(0, top.source);
      castResult.setType(top.narrowSourceType);
    });
    rewriter.moveOpBefore(castOp, top.movement);
    // Each op reads the (now narrow) result of the op above it, the top one
    // reads the cast.
    for (Step &step : steps) {
      Value operand = &step == &top ? castResult : step.source;
      step.movement.retypeInPlace(rewriter, operand, narrowType);
    }
  }

  std::shared_ptr<const PatternState> state;
};
} // namespace

//===----------------------------------------------------------------------===//
// Sinking a widening cast
//===----------------------------------------------------------------------===//

namespace {
struct SinkPlan {
  ElementCastOpInterface reference;
  /// The widening casts above the op, each once.
  SmallVector<Operation *> removedCasts;
  std::optional<ElementCast> cast;
  SmallVector<OpOperand *> dataOperands;
  /// Per data operand: the narrow value of its cast, or null.
  SmallVector<Value> narrowValues;
  /// Per data operand: its narrow constant, or none.
  SmallVector<std::optional<ConvertedConstant>> narrowConstants;
  SmallVector<TypedAttr> fills;
  uint64_t trafficBefore = 0;
  uint64_t trafficAfter = 0;
};
} // namespace

static LogicalResult planSinkAcross(
    DataMovementOpInterface movement, const PatternState &state, SinkPlan &plan,
    ArrayRef<std::pair<size_t, ElementsAttr>> constants, std::string &reason);

/// Decides whether the widening casts feeding `movement` can sink below it;
/// on failure `reason` says why.
static LogicalResult planSink(DataMovementOpInterface movement,
                              const PatternState &state, SinkPlan &plan,
                              std::string &reason) {
  auto fail = [&](StringRef why) {
    reason = why.str();
    return failure();
  };
  if (!movement.isPureDataMovement())
    return fail("op is not pure data movement in this form");
  plan.dataOperands = movement.getDataOperands();

  // The first data operand produced by a modeled widening cast sets the cast
  // every other data operand must match.
  for (OpOperand *operand : plan.dataOperands) {
    auto castOp = operand->get().getDefiningOp<ElementCastOpInterface>();
    if (!castOp || !state.acceptsCast(castOp))
      continue;
    std::optional<ElementCast> candidate = castOp.getElementCast();
    if (candidate && candidate->isWidening()) {
      plan.reference = castOp;
      plan.cast = candidate;
      break;
    }
  }
  if (!plan.reference)
    return fail("no data operand is produced by a widening cast");

  const CastRuleOptions &rules = state.options.rules;
  const TrafficModel &model = state.model;
  plan.narrowValues.assign(plan.dataOperands.size(), Value());
  plan.narrowConstants.resize(plan.dataOperands.size());
  SmallVector<std::pair<size_t, ElementsAttr>> constants;
  llvm::SmallPtrSet<Operation *, 4> removedCasts;
  for (auto [i, operand] : llvm::enumerate(plan.dataOperands)) {
    Value value = operand->get();
    if (auto castOp = value.getDefiningOp<ElementCastOpInterface>()) {
      if (castOp != plan.reference &&
          (castOp->getName() != plan.reference->getName() ||
           castOp.getElementCast() != plan.cast))
        return fail("data operands come from different casts");
      // Only this op may use the wide value, or the cast stays alive and the
      // rewrite adds a second one.
      if (llvm::any_of(value.getUsers(), [&](Operation *user) {
            return user != movement.getOperation();
          }))
        return fail("a widened data operand has other users");
      plan.narrowValues[i] = castOp.getCastSource();
      if (removedCasts.insert(castOp).second) {
        if (failed(checkConstantSource(castOp.getCastSource(), *plan.cast,
                                       rules, reason)))
          return failure();
        plan.trafficBefore += model.getCastTraffic(castOp);
        plan.removedCasts.push_back(castOp);
      }
      continue;
    }
    ElementsAttr constant = getConstantValue(value);
    if (!constant)
      return fail("a data operand is neither a widening cast nor a constant");
    constants.push_back({i, constant});
  }
  return planSinkAcross(movement, state, plan, constants, reason);
}

/// The checks and the modeled traffic of sinking `plan.cast` below
/// `movement`, once its data operands are known to be widened by the casts
/// `plan.removedCasts` (whose traffic `plan.trafficBefore` holds) or to be
/// the `constants`. Fills in the rest of `plan`; on failure `reason` says
/// why.
static LogicalResult planSinkAcross(
    DataMovementOpInterface movement, const PatternState &state, SinkPlan &plan,
    ArrayRef<std::pair<size_t, ElementsAttr>> constants, std::string &reason) {
  auto fail = [&](StringRef why) {
    reason = why.str();
    return failure();
  };
  Type narrowType = plan.cast->getSourceType();
  if (failed(checkElementFunction(movement, *plan.cast, state, reason)))
    return failure();
  if (!movement.supportsElementType(narrowType))
    return fail("data-movement op does not support the narrow element type");
  const CastRuleOptions &rules = state.options.rules;
  const TrafficModel &model = state.model;
  for (TypedAttr fill : movement.getFillValues()) {
    FailureOr<TypedAttr> preimage = plan.cast->findExactPreimage(fill, rules);
    if (failed(preimage))
      return fail("a fill value has no exact narrow preimage");
    plan.fills.push_back(*preimage);
  }

  Value result = movement.getDataResult();
  // The sunk cast lands before the result's users: no float narrowing cast
  // may follow it through data movement alone under `bits`.
  if (failed(checkSinkAdjacentPair(result, *plan.cast, rules, reason)))
    return failure();
  if (!plan.reference.canBuildCast(withElementType(result, narrowType),
                                   result.getType(), plan.cast->getKind()))
    return fail("the cast's op cannot convert a result of this type");
  auto [wideMovement, narrowMovement] = model.getMovementTraffic(
      movement, plan.dataOperands, plan.cast->getResultType(), narrowType);
  plan.trafficBefore += wideMovement;
  // The sunk cast reads the narrow result and writes the wide one.
  plan.trafficAfter =
      narrowMovement + model.getCastTraffic(result.getType(), narrowType,
                                            plan.cast->getResultType());
  if (failed(checkWorthMoving(state, plan.reference, movement,
                              plan.trafficBefore, plan.trafficAfter, reason)))
    return failure();
  // Constant operands last: finding their preimage is the expensive part
  // for large weights.
  for (auto [i, constant] : constants) {
    FailureOr<ConvertedConstant> preimage =
        plan.cast->findExactPreimageOfConstant(constant, rules);
    if (failed(preimage))
      return fail("a constant operand has no exact narrow preimage");
    plan.narrowConstants[i] = std::move(*preimage);
  }
  return success();
}

namespace {
/// move(ext(x_1), ..., ext(x_n)) -> ext(move(x_1, ..., x_n)), for a widening
/// cast. Data operands may also be constants that have an exact narrow
/// preimage, and fill values must have one too: then every element of the
/// new result widens to exactly the old element.
struct SinkWideningCast
    : public OpInterfaceRewritePattern<DataMovementOpInterface> {
  SinkWideningCast(MLIRContext *context,
                   std::shared_ptr<const PatternState> state)
      : OpInterfaceRewritePattern(context), state(std::move(state)) {}

  LogicalResult matchAndRewrite(DataMovementOpInterface movement,
                                PatternRewriter &rewriter) const override {
    // Most data-movement ops read no cast at all: say so before any
    // interface call.
    if (llvm::none_of(movement->getOperands(), [](Value operand) {
          return operand.getDefiningOp<ElementCastOpInterface>();
        }))
      return rewriter.notifyMatchFailure(movement,
                                         "no operand is produced by a cast");
    SinkPlan plan;
    std::string reason;
    if (failed(planSink(movement, *state, plan, reason)))
      return rewriter.notifyMatchFailure(movement, reason);
    if (canSinkInPlace(movement, plan)) {
      sinkInPlace(movement, plan, rewriter);
      return success();
    }

    rewriter.setInsertionPoint(movement);
    SmallVector<Operation *> created;
    for (auto [i, operand] : llvm::enumerate(plan.dataOperands)) {
      if (!plan.narrowConstants[i])
        continue;
      Value narrow =
          materializeLike(rewriter, operand->get(), *plan.narrowConstants[i]);
      if (!narrow) {
        for (Operation *op : llvm::reverse(created))
          rewriter.eraseOp(op);
        return rewriter.notifyMatchFailure(
            movement, "cannot materialize the narrow constant");
      }
      created.push_back(narrow.getDefiningOp());
      plan.narrowValues[i] = narrow;
    }
    Value narrowResult = movement.rebuildWithElementType(
        rewriter, plan.narrowValues, plan.cast->getSourceType(), plan.fills);
    FailureOr<Value> widened = plan.reference.buildCast(
        rewriter, plan.reference.getLoc(), narrowResult,
        movement.getDataResult().getType(), plan.cast->getKind());
    if (failed(widened)) {
      rewriter.eraseOp(narrowResult.getDefiningOp());
      for (Operation *op : llvm::reverse(created))
        rewriter.eraseOp(op);
      return rewriter.notifyMatchFailure(
          movement, "cast family cannot build the widening cast");
    }
    if (state->options.emitRemarks)
      plan.reference->emitRemark()
          << "sunk below '" << movement->getName() << "': modeled traffic "
          << plan.trafficBefore << " -> " << plan.trafficAfter << " bytes";
    if (state->options.onMotion)
      state->options.onMotion(plan.removedCasts, {widened->getDefiningOp()},
                              MotionDirection::Down);
    rewriter.replaceOp(movement, *widened);
    state->count(&HoistCastsCounters::castsSunk);
    state->count(&HoistCastsCounters::narrowedOps);
    return success();
  }

  /// Whether `plan` moves one cast across `movement` in place (see
  /// canMoveInPlace).
  static bool canSinkInPlace(DataMovementOpInterface movement,
                             const SinkPlan &plan) {
    return plan.removedCasts.size() == 1 && plan.narrowValues.size() == 1 &&
           plan.narrowValues.front() &&
           canMoveInPlace(plan.reference, movement, plan.dataOperands,
                          plan.fills);
  }

  /// The same rewrite without creating or erasing an op: the data-movement
  /// op changes its element type in place and the cast moves below it.
  /// Then on down a chain: while the op's one user is a live data-movement
  /// op that reads it as its one data operand and can be crossed in place
  /// too, under the same checks (planSinkAcross), the cast crosses it in
  /// the same rewrite: the IR the driver reaches one op at a time, without
  /// requeuing and moving the cast at every op. Under `bits` the cast stops
  /// after one op: there the next op's checks search producers, which the
  /// driver would see rewritten.
  void sinkInPlace(DataMovementOpInterface movement, const SinkPlan &first,
                   PatternRewriter &rewriter) const {
    ElementCastOpInterface castOp = first.reference;
    const ElementCast &cast = *first.cast;
    Type narrowType = cast.getSourceType();
    /// What the rewrite needs of one crossed op.
    struct Step {
      DataMovementOpInterface movement;
      uint64_t trafficBefore, trafficAfter;
    };
    SmallVector<Step, 4> steps{
        Step{movement, first.trafficBefore, first.trafficAfter}};
    bool chains = state->options.rules.exactness != Exactness::Bits;
    while (chains) {
      Value wide = steps.back().movement.getDataResult();
      if (!wide.hasOneUse())
        break;
      auto next = dyn_cast<DataMovementOpInterface>(*wide.getUsers().begin());
      if (!next || isOpTriviallyDead(next) || !next.isPureDataMovement())
        break;
      SinkPlan plan;
      plan.reference = castOp;
      plan.cast = cast;
      plan.dataOperands = next.getDataOperands();
      if (plan.dataOperands.size() != 1 ||
          plan.dataOperands.front()->get() != wide)
        break;
      plan.narrowValues.push_back(wide);
      plan.narrowConstants.resize(1);
      plan.removedCasts.push_back(castOp);
      // The cast, had it sunk this far, converting `wide`.
      const TrafficModel &model = state->model;
      plan.trafficBefore = model.getCastTraffic(wide.getType(), narrowType,
                                                cast.getResultType());
      std::string reason;
      if (failed(planSinkAcross(next, *state, plan, {}, reason)) ||
          !canSinkInPlace(next, plan))
        break;
      steps.push_back(Step{next, plan.trafficBefore, plan.trafficAfter});
    }

    recordInPlaceMoves(*state, castOp, ArrayRef<Step>(steps),
                       MotionDirection::Down);
    // The last moved value's users read the cast, which moves below it;
    // each op reads the (now narrow) result of the op above it, the first
    // one the cast's source.
    Value castResult = castOp.getCastResult();
    Value source = castOp.getCastSource();
    DataMovementOpInterface last = steps.back().movement;
    Value moved = last.getDataResult();
    Type wideType = moved.getType();
    rewriter.replaceAllUsesWith(moved, castResult);
    for (auto [i, step] : llvm::enumerate(steps)) {
      Value operand = i == 0 ? source : steps[i - 1].movement.getDataResult();
      step.movement.retypeInPlace(rewriter, operand, narrowType);
    }
    rewriter.modifyOpInPlace(castOp, [&] {
      castOp->setOperand(0, moved);
      castResult.setType(wideType);
    });
    rewriter.moveOpAfter(castOp, last);
  }

  std::shared_ptr<const PatternState> state;
};
} // namespace

namespace {
//===----------------------------------------------------------------------===//
// FoldCastPair
//===----------------------------------------------------------------------===//

/// outer(inner(x)) -> x or -> cast(x), when the rule table proves it exact.
struct FoldCastPair : public OpInterfaceRewritePattern<ElementCastOpInterface> {
  FoldCastPair(MLIRContext *context, std::shared_ptr<const PatternState> state)
      : OpInterfaceRewritePattern(context), state(std::move(state)) {}

  LogicalResult matchAndRewrite(ElementCastOpInterface outer,
                                PatternRewriter &rewriter) const override {
    if (!state->acceptsCast(outer))
      return rewriter.notifyMatchFailure(outer, "not a cast of this set");
    auto inner = outer.getCastSource().getDefiningOp<ElementCastOpInterface>();
    if (!inner)
      return rewriter.notifyMatchFailure(outer,
                                         "cast source is not produced by a "
                                         "cast");
    std::optional<ElementCast> innerCast = inner.getElementCast();
    std::optional<ElementCast> outerCast = outer.getElementCast();
    if (!innerCast || !outerCast)
      return rewriter.notifyMatchFailure(outer, "a cast is not modeled");

    Value source = inner.getCastSource();
    Type resultType = outer.getCastResult().getType();
    switch (classifyPair(*innerCast, *outerCast, state->options.rules)) {
    case PairFold::Identity:
      if (source.getType() != resultType)
        return rewriter.notifyMatchFailure(
            outer, "round trip changes shape information");
      rewriter.replaceOp(outer, source);
      break;
    case PairFold::Compose: {
      FailureOr<Value> composed =
          outer.buildCast(rewriter, outer.getLoc(), source, resultType,
                          composedKind(*innerCast, *outerCast));
      if (failed(composed))
        return rewriter.notifyMatchFailure(
            outer, "cast family cannot build the composed cast");
      rewriter.replaceOp(outer, *composed);
      break;
    }
    case PairFold::None:
      return rewriter.notifyMatchFailure(
          outer, "cast pair does not fold exactly (double rounding, lossy "
                 "round trip or mixed signedness)");
    }
    state->count(&HoistCastsCounters::pairsFolded);
    return success();
  }

  std::shared_ptr<const PatternState> state;
};

//===----------------------------------------------------------------------===//
// FoldCastOfConstant
//===----------------------------------------------------------------------===//

/// cast(constant) -> constant, converting every element with the rule
/// table's semantics (ElementCast::convert), which refuses any element whose
/// run-time conversion it cannot predict bit for bit. The new constant is
/// materialized in the old constant's dialect (tosa.const stays tosa.const).
/// Other dialects' folders are not run by the pass: their NaN and subnormal
/// handling is not vetted.
struct FoldCastOfConstant
    : public OpInterfaceRewritePattern<ElementCastOpInterface> {
  FoldCastOfConstant(MLIRContext *context,
                     std::shared_ptr<const PatternState> state)
      : OpInterfaceRewritePattern(context), state(std::move(state)) {}

  LogicalResult matchAndRewrite(ElementCastOpInterface castOp,
                                PatternRewriter &rewriter) const override {
    if (!state->acceptsCast(castOp))
      return rewriter.notifyMatchFailure(castOp, "not a cast of this set");
    ElementsAttr value = getConstantValue(castOp.getCastSource());
    if (!value)
      return rewriter.notifyMatchFailure(castOp, "source is not a constant");
    auto resultType =
        dyn_cast<RankedTensorType>(castOp.getCastResult().getType());
    if (!resultType || !resultType.hasStaticShape())
      return rewriter.notifyMatchFailure(castOp, "result shape not static");
    std::optional<ElementCast> elementCast = castOp.getElementCast();
    if (!elementCast)
      return rewriter.notifyMatchFailure(castOp, "cast is not modeled");
    FailureOr<ConvertedConstant> converted =
        elementCast->convertConstant(value, state->options.rules);
    if (failed(converted))
      return rewriter.notifyMatchFailure(
          castOp, "an element does not convert to a predictable value");
    if (converted->isResource() && converted->getType() != resultType)
      return rewriter.notifyMatchFailure(
          castOp, "cast changes shape information as well as element type");
    ElementsAttr attr = converted->materialize();
    if (auto dense = dyn_cast<DenseElementsAttr>(attr))
      attr = dense.reshape(resultType);
    Operation *source = castOp.getCastSource().getDefiningOp();
    Operation *constant = source->getDialect()->materializeConstant(
        rewriter, attr, resultType, castOp.getLoc());
    if (!constant)
      return rewriter.notifyMatchFailure(castOp,
                                         "cannot materialize the constant");
    rewriter.replaceOp(castOp, constant->getResults());
    state->count(&HoistCastsCounters::constantsFolded);
    return success();
  }

  std::shared_ptr<const PatternState> state;
};

} // namespace

static void addPatterns(RewritePatternSet &patterns,
                        std::shared_ptr<const PatternState> state) {
  const HoistCastsPatternOptions &options = state->options;
  MLIRContext *context = patterns.getContext();
  if (options.direction != MotionDirection::Down)
    patterns.add<HoistNarrowingCast>(context, state);
  if (options.direction != MotionDirection::Up)
    patterns.add<SinkWideningCast>(context, state);
  patterns.add<FoldCastPair, FoldCastOfConstant>(context, state);
}

void mlir::casthoist::populateHoistCastsPatterns(
    RewritePatternSet &patterns, const HoistCastsPatternOptions &options) {
  addPatterns(patterns, std::make_shared<PatternState>(options));
  populateRegionMotionPatterns(patterns, options);
}

void mlir::casthoist::populateHoistCastsCanonicalizationPatterns(
    RewritePatternSet &patterns, OperationName castOp) {
  HoistCastsPatternOptions options;
  options.direction = MotionDirection::Up;
  options.policy = CostPolicy::Always;
  auto state = std::make_shared<PatternState>(options);
  state->onlyCastOp = castOp;
  addPatterns(patterns, std::move(state));
}

/// Whether `op` is a data-movement op in this instance. Ops whose role
/// depends on their body (a linalg.generic) implement the interface for
/// every instance; the report speaks only of casts next to real data
/// movement, not of every cast after a computation.
static bool isPureDataMovement(Operation *op) {
  auto movement = dyn_cast_or_null<DataMovementOpInterface>(op);
  return movement && movement.isPureDataMovement();
}

std::optional<std::string>
mlir::casthoist::explainNoMotion(ElementCastOpInterface castOp,
                                 const HoistCastsPatternOptions &options) {
  if (!castOp.getCastSource())
    return std::nullopt;
  if (std::optional<std::string> reason =
          explainNoRegionMotion(castOp, options))
    return reason;
  PatternState state(options);
  std::optional<ElementCast> elementCast = castOp.getElementCast();
  std::string reason;
  if (options.direction != MotionDirection::Down &&
      (!elementCast || !elementCast->isWidening()) &&
      isPureDataMovement(castOp.getCastSource().getDefiningOp())) {
    HoistPlan plan;
    if (failed(planHoist(castOp, state, plan, reason)))
      return reason;
    return std::nullopt;
  }
  if (options.direction == MotionDirection::Up || !elementCast ||
      !elementCast->isWidening())
    return std::nullopt;
  for (Operation *user : castOp.getCastResult().getUsers()) {
    if (!isPureDataMovement(user))
      continue;
    auto movement = cast<DataMovementOpInterface>(user);
    SinkPlan plan;
    if (failed(planSink(movement, state, plan, reason)))
      return reason;
    return std::nullopt;
  }
  return std::nullopt;
}
