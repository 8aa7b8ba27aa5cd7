//===- HoistCastsPatterns.cpp - Move casts across data-movement ops -------===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//
//
// Three patterns, all written against the cast-hoist op interfaces:
//  - HoistNarrowingCast: cast(move(x...)) -> move(cast(x)...)
//  - SinkWideningCast:   move(ext(x)...)  -> ext(move(x...))
//  - FoldCastPair:       exact folds of outer(inner(x))
//  - FoldCastOfConstant: cast(constant) -> constant, with vetted semantics
// docs/Rules.md states why each rewrite is exact.
//
//===----------------------------------------------------------------------===//

#include "casthoist/Transforms/HoistCasts.h"

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Dialect.h"
#include "mlir/IR/Matchers.h"

using namespace mlir;
using namespace mlir::casthoist;

namespace {

/// Shared state of the patterns.
struct PatternState {
  HoistCastsPatternOptions options;

  /// When set, only casts of this op take part (canonicalization patterns
  /// of one op must not rewrite other dialects' ops).
  std::optional<OperationName> onlyCastOp;

  bool allowed(Operation *cast, Operation *movement) const {
    return !options.controlFn || options.controlFn(cast, movement);
  }
  bool acceptsCast(Operation *cast) const {
    return !onlyCastOp || cast->getName() == *onlyCastOp;
  }
  void count(uint64_t HoistCastsCounters::*field) const {
    if (options.counters)
      ++(options.counters->*field);
  }
};

/// Two casts are interchangeable when they are the same op with the same
/// attributes, types and semantics.
static bool isSameCast(ElementCastOpInterface a, ElementCastOpInterface b) {
  return a->getName() == b->getName() &&
         a->getAttrDictionary() == b->getAttrDictionary() &&
         a.getCastSource().getType() == b.getCastSource().getType() &&
         a.getCastResult().getType() == b.getCastResult().getType() &&
         a.getCastKind() == b.getCastKind();
}

static Type withElementType(Value value, Type elementType) {
  return cast<ShapedType>(value.getType()).clone(elementType);
}

//===----------------------------------------------------------------------===//
// HoistNarrowingCast
//===----------------------------------------------------------------------===//

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
    std::optional<ElementCast> elementCast = castOp.getElementCast();
    if (!elementCast)
      return rewriter.notifyMatchFailure(
          castOp, "cast semantics for these element types are not modeled");
    if (!elementCast->isNarrowing())
      return rewriter.notifyMatchFailure(castOp, "cast does not narrow");

    auto movement =
        castOp.getCastSource().getDefiningOp<DataMovementOpInterface>();
    if (!movement || !movement.isPureDataMovement())
      return rewriter.notifyMatchFailure(
          castOp, "cast source is not produced by a data-movement op");
    Type narrowType = elementCast->getResultType();
    Value moved = movement.getDataResult();
    if (castOp.getCastResult().getType() != withElementType(moved, narrowType))
      return rewriter.notifyMatchFailure(
          castOp, "cast changes shape information as well as element type");
    if (!movement.supportsElementType(narrowType))
      return rewriter.notifyMatchFailure(
          castOp, "data-movement op does not support the narrow type");

    // Every user must be this same cast: otherwise the wide result stays
    // alive and the rewrite would add traffic instead of removing it.
    SmallVector<Operation *> casts;
    for (Operation *user : moved.getUsers()) {
      auto other = dyn_cast<ElementCastOpInterface>(user);
      if (!other || !isSameCast(castOp, other))
        return rewriter.notifyMatchFailure(
            castOp, "data-movement result has users other than this cast");
      casts.push_back(user);
    }

    SmallVector<TypedAttr> fills;
    for (TypedAttr fill : movement.getFillValues()) {
      FailureOr<TypedAttr> converted = elementCast->convert(fill);
      if (failed(converted))
        return rewriter.notifyMatchFailure(
            castOp, "a fill value does not convert to a predictable value");
      fills.push_back(*converted);
    }
    // Constant data operands are converted here, like fill values, so that
    // an op that needs a constant operand (tosa.pad's pad_const) keeps one.
    SmallVector<OpOperand *> dataOperands = movement.getDataOperands();
    SmallVector<DenseElementsAttr> narrowConstants(dataOperands.size());
    for (auto [i, operand] : llvm::enumerate(dataOperands)) {
      DenseElementsAttr constant;
      if (!matchPattern(operand->get(), m_Constant(&constant)))
        continue;
      FailureOr<DenseElementsAttr> converted = elementCast->convert(constant);
      if (failed(converted))
        return rewriter.notifyMatchFailure(
            castOp, "a constant operand does not convert to a predictable "
                    "value");
      narrowConstants[i] = *converted;
    }
    if (!state->allowed(castOp, movement))
      return rewriter.notifyMatchFailure(castOp, "vetoed by control function");

    rewriter.setInsertionPoint(movement);
    SmallVector<Value> narrowOperands;
    for (auto [i, operand] : llvm::enumerate(dataOperands)) {
      if (narrowConstants[i]) {
        Operation *wide = operand->get().getDefiningOp();
        Operation *narrow = wide->getDialect()->materializeConstant(
            rewriter, narrowConstants[i], narrowConstants[i].getType(),
            wide->getLoc());
        if (narrow) {
          narrowOperands.push_back(narrow->getResult(0));
          continue;
        }
      }
      FailureOr<Value> narrowed = castOp.buildCast(
          rewriter, castOp.getLoc(), operand->get(),
          withElementType(operand->get(), narrowType), elementCast->getKind());
      if (failed(narrowed)) {
        // Unreachable for a family that built the original cast; undo the
        // casts made so far rather than leave a half-done rewrite.
        for (Value value : narrowOperands)
          rewriter.eraseOp(value.getDefiningOp());
        return rewriter.notifyMatchFailure(
            castOp, "cast family cannot build a cast of a data operand");
      }
      narrowOperands.push_back(*narrowed);
    }
    Value result = movement.rebuildWithElementType(rewriter, narrowOperands,
                                                   narrowType, fills);
    for (Operation *user : casts)
      rewriter.replaceOp(user, result);
    rewriter.eraseOp(movement);
    state->count(&HoistCastsCounters::castsHoisted);
    state->count(&HoistCastsCounters::narrowedOps);
    return success();
  }

  std::shared_ptr<const PatternState> state;
};

//===----------------------------------------------------------------------===//
// SinkWideningCast
//===----------------------------------------------------------------------===//

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
    if (!movement.isPureDataMovement())
      return rewriter.notifyMatchFailure(
          movement, "op is not pure data movement in this form");
    SmallVector<OpOperand *> dataOperands = movement.getDataOperands();

    // The first data operand produced by a modeled widening cast sets the
    // cast every other data operand must match.
    ElementCastOpInterface reference;
    std::optional<ElementCast> elementCast;
    for (OpOperand *operand : dataOperands) {
      auto castOp = operand->get().getDefiningOp<ElementCastOpInterface>();
      if (!castOp)
        continue;
      std::optional<ElementCast> candidate = castOp.getElementCast();
      if (candidate && candidate->isWidening()) {
        reference = castOp;
        elementCast = candidate;
        break;
      }
    }
    if (!reference)
      return rewriter.notifyMatchFailure(
          movement, "no data operand is produced by a widening cast");
    Type narrowType = elementCast->getSourceType();
    if (!movement.supportsElementType(narrowType))
      return rewriter.notifyMatchFailure(
          movement, "data-movement op does not support the narrow type");

    // Classify each data operand: the narrow value of a matching cast, or a
    // constant with an exact narrow preimage.
    SmallVector<Value> narrowValues(dataOperands.size());
    SmallVector<DenseElementsAttr> narrowConstants(dataOperands.size());
    for (auto [i, operand] : llvm::enumerate(dataOperands)) {
      Value value = operand->get();
      if (auto castOp = value.getDefiningOp<ElementCastOpInterface>()) {
        if (castOp->getName() != reference->getName() ||
            castOp.getElementCast() != elementCast)
          return rewriter.notifyMatchFailure(
              movement, "data operands come from different casts");
        // Only this op may use the wide value, or the cast stays alive and
        // the rewrite adds a second one.
        if (llvm::any_of(value.getUsers(), [&](Operation *user) {
              return user != movement.getOperation();
            }))
          return rewriter.notifyMatchFailure(
              movement, "a widened data operand has other users");
        narrowValues[i] = castOp.getCastSource();
        continue;
      }
      DenseElementsAttr constant;
      if (!matchPattern(value, m_Constant(&constant)))
        return rewriter.notifyMatchFailure(
            movement, "a data operand is neither a widening cast nor a "
                      "constant");
      FailureOr<DenseElementsAttr> preimage =
          elementCast->findExactPreimage(constant);
      if (failed(preimage))
        return rewriter.notifyMatchFailure(
            movement, "a constant operand has no exact narrow preimage");
      narrowConstants[i] = *preimage;
    }

    SmallVector<TypedAttr> fills;
    for (TypedAttr fill : movement.getFillValues()) {
      FailureOr<TypedAttr> preimage = elementCast->findExactPreimage(fill);
      if (failed(preimage))
        return rewriter.notifyMatchFailure(
            movement, "a fill value has no exact narrow preimage");
      fills.push_back(*preimage);
    }
    if (!state->allowed(reference, movement))
      return rewriter.notifyMatchFailure(movement,
                                         "vetoed by control function");

    rewriter.setInsertionPoint(movement);
    SmallVector<Operation *> created;
    for (auto [i, operand] : llvm::enumerate(dataOperands)) {
      if (!narrowConstants[i])
        continue;
      // Materialize the narrow constant in the dialect of the wide one, so
      // a tosa.const stays a tosa.const.
      Operation *wideConstant = operand->get().getDefiningOp();
      Operation *narrowConstant =
          wideConstant->getDialect()->materializeConstant(
              rewriter, narrowConstants[i], narrowConstants[i].getType(),
              wideConstant->getLoc());
      if (!narrowConstant) {
        for (Operation *op : created)
          rewriter.eraseOp(op);
        return rewriter.notifyMatchFailure(
            movement, "cannot materialize the narrow constant");
      }
      created.push_back(narrowConstant);
      narrowValues[i] = narrowConstant->getResult(0);
    }
    Value narrowResult = movement.rebuildWithElementType(
        rewriter, narrowValues, narrowType, fills);
    FailureOr<Value> widened = reference.buildCast(
        rewriter, reference.getLoc(), narrowResult,
        movement.getDataResult().getType(), elementCast->getKind());
    if (failed(widened)) {
      rewriter.eraseOp(narrowResult.getDefiningOp());
      for (Operation *op : created)
        rewriter.eraseOp(op);
      return rewriter.notifyMatchFailure(
          movement, "cast family cannot build the widening cast");
    }
    rewriter.replaceOp(movement, *widened);
    state->count(&HoistCastsCounters::castsSunk);
    state->count(&HoistCastsCounters::narrowedOps);
    return success();
  }

  std::shared_ptr<const PatternState> state;
};

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
    DenseElementsAttr value;
    if (!matchPattern(castOp.getCastSource(), m_Constant(&value)))
      return rewriter.notifyMatchFailure(castOp, "source is not a constant");
    auto resultType = dyn_cast<RankedTensorType>(castOp.getCastResult().getType());
    if (!resultType || !resultType.hasStaticShape())
      return rewriter.notifyMatchFailure(castOp, "result shape not static");
    std::optional<ElementCast> elementCast = castOp.getElementCast();
    if (!elementCast)
      return rewriter.notifyMatchFailure(castOp, "cast is not modeled");
    FailureOr<DenseElementsAttr> converted = elementCast->convert(value);
    if (failed(converted))
      return rewriter.notifyMatchFailure(
          castOp, "an element does not convert to a predictable value");
    Operation *source = castOp.getCastSource().getDefiningOp();
    Operation *constant = source->getDialect()->materializeConstant(
        rewriter, converted->reshape(resultType), resultType, castOp.getLoc());
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
  auto state = std::make_shared<PatternState>();
  state->options = options;
  addPatterns(patterns, std::move(state));
}

void mlir::casthoist::populateHoistCastsCanonicalizationPatterns(
    RewritePatternSet &patterns, OperationName castOp) {
  auto state = std::make_shared<PatternState>();
  state->options.direction = MotionDirection::Up;
  state->onlyCastOp = castOp;
  addPatterns(patterns, std::move(state));
}
