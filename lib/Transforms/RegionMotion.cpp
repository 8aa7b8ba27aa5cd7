//===- RegionMotion.cpp - Move narrowing casts into region ops ------------===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//
//
// Three patterns, rooted on a cast next to an op with regions. They talk to
// the cast-hoist interfaces for the casts and the data movement, and to
// RegionBranchOpInterface (or, for ops without it, the cast-hoist
// BranchRegionsOpInterface for if-then-else ops such as tosa.cond_if and
// LoopRegionsOpInterface for loops such as tosa.while_loop) to learn how
// values flow through the region op; they never name a concrete op.
//  - NarrowBranchResult: T(if c then a else b) -> if c then T(a) else T(b).
//  - NarrowLoopCarriedValue: a loop-carried value that only flows through
//    data movement is carried in the narrow type (scf.for, scf.while,
//    affine.for, tosa.while_loop).
//  - SinkWideningCastOutOfBranch: if c then E(a) else E(b) ->
//    E(if c then a else b).
// None creates a cast pair. docs/Rules.md, section 8, gives the reasoning.
//
//===----------------------------------------------------------------------===//

#include "casthoist/Transforms/RegionMotion.h"
#include "PatternState.h"

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
#include "mlir/Interfaces/LoopLikeInterface.h"
#include "llvm/ADT/SetVector.h"

using namespace mlir;
using namespace mlir::casthoist;
using namespace mlir::casthoist::detail;

/// Creates an op like `op` (same name, properties, attributes and successors)
/// with `operands` and `resultTypes`, and moves `op`'s regions into it. The
/// caller replaces and erases `op`.
static Operation *rebuildRegionOp(RewriterBase &rewriter, Operation *op,
                                  ValueRange operands, TypeRange resultTypes) {
  Operation *newOp =
      Operation::create(op->getLoc(), op->getName(), resultTypes, operands,
                        op->getRawDictionaryAttrs(), op->getPropertiesStorage(),
                        op->getSuccessors(), op->getNumRegions());
  rewriter.insert(newOp);
  for (auto [from, to] : llvm::zip_equal(op->getRegions(), newOp->getRegions()))
    rewriter.inlineRegionBefore(from, to, to.end());
  return newOp;
}

/// Replaces the casts in `casts` by `narrow`, every other result of `op` by
/// the same result of `newOp`, and erases `op`.
static void replaceRegionOp(RewriterBase &rewriter, Operation *op,
                            Operation *newOp, unsigned resultNumber,
                            ArrayRef<Operation *> casts) {
  for (Operation *user : casts)
    rewriter.replaceOp(user, newOp->getResult(resultNumber));
  for (auto [oldResult, newResult] :
       llvm::zip_equal(op->getResults(), newOp->getResults()))
    if (oldResult.getResultNumber() != resultNumber)
      rewriter.replaceAllUsesWith(oldResult, newResult);
  rewriter.eraseOp(op);
}

namespace {
/// What both patterns check first: the cast is a modeled narrowing cast of
/// result `result` of a region op, changes only the element type, and every
/// user of the result is the same cast.
struct CastOfResult {
  std::optional<ElementCast> cast;
  OpResult result;
  Type narrowType;
  SmallVector<Operation *> replacedCasts;
};
} // namespace

static LogicalResult matchCastOfResult(ElementCastOpInterface castOp,
                                       const PatternState &state,
                                       CastOfResult &match,
                                       std::string &reason) {
  auto fail = [&](StringRef why) {
    reason = why.str();
    return failure();
  };
  if (!state.acceptsCast(castOp))
    return fail("not a cast of this set");
  match.result = dyn_cast<OpResult>(castOp.getCastSource());
  if (!match.result || match.result.getOwner()->getNumRegions() == 0)
    return fail("cast source is not a result of an op with regions");
  if (!isa<ShapedType>(match.result.getType()))
    return fail("cast source is not a tensor");
  match.cast = castOp.getElementCast();
  if (!match.cast)
    return fail("cast semantics for these element types are not modeled");
  if (!match.cast->isNarrowing())
    return fail("cast does not narrow: only narrowing casts move into "
                "regions");
  match.narrowType = match.cast->getResultType();
  if (castOp.getCastResult().getType() !=
      withElementType(match.result, match.narrowType))
    return fail("cast changes shape information as well as element type");
  for (Operation *user : match.result.getUsers()) {
    auto other = dyn_cast<ElementCastOpInterface>(user);
    if (!other || !isSameCast(castOp, other))
      return fail("the region op's result has users other than this cast: "
                  "the wide value escapes");
    if (!llvm::is_contained(match.replacedCasts, user))
      match.replacedCasts.push_back(user);
  }
  return success();
}

//===----------------------------------------------------------------------===//
// Branches
//===----------------------------------------------------------------------===//

namespace {
struct BranchPlan {
  CastOfResult match;
  Operation *branchOp = nullptr;
  /// Per region: the terminator operand that yields result k.
  SmallVector<OpOperand *> yielded;
  uint64_t trafficBefore = 0;
  uint64_t trafficAfter = 0;
};
} // namespace

/// Collects, for a branch `op` (a RegionBranchOpInterface op, not a loop,
/// whose every path enters one of its single-block regions and whose every
/// region returns to it), the terminator operand of each region that yields
/// result `k`. Fails with `reason` for any other op.
static LogicalResult getBranchYields(Operation *op, unsigned k,
                                     SmallVectorImpl<OpOperand *> &yielded,
                                     std::string &reason) {
  auto fail = [&](StringRef why) {
    reason = why.str();
    return failure();
  };
  // An if-then-else that describes its branches with the cast-hoist
  // interface (tosa.cond_if): one region runs and its yield is the result.
  if (auto branches = dyn_cast<BranchRegionsOpInterface>(op)) {
    for (Region &region : op->getRegions()) {
      if (!region.hasOneBlock())
        return fail("a region has more than one block");
      MutableOperandRange operands = branches.getYieldedResults(region);
      if (operands.size() != op->getNumResults())
        return fail("a region yields a different number of values");
      yielded.push_back(&operands[k]);
    }
    if (yielded.empty())
      return fail("region op has no region that yields");
    return success();
  }
  auto branchOp = dyn_cast<RegionBranchOpInterface>(op);
  if (!branchOp || isa<LoopLikeOpInterface, LoopRegionsOpInterface>(op))
    return fail("region op is not a branch");
  // Every path from the op must enter a region (no result forwarded straight
  // from an operand), and every region must return to the op: then each
  // result is exactly one of the regions' yielded values.
  SmallVector<RegionSuccessor> successors;
  branchOp.getSuccessorRegions(RegionBranchPoint::parent(), successors);
  if (successors.empty() ||
      llvm::any_of(successors, [](RegionSuccessor s) { return s.isParent(); }))
    return fail("a path through the op skips its regions");
  RegionSuccessor toParent(op, op->getResults());
  for (Region &region : op->getRegions()) {
    successors.clear();
    branchOp.getSuccessorRegions(region, successors);
    if (llvm::any_of(successors,
                     [](RegionSuccessor s) { return !s.isParent(); }))
      return fail("a region branches to another region");
    if (!region.hasOneBlock())
      return fail("a region has more than one block");
    auto terminator = dyn_cast<RegionBranchTerminatorOpInterface>(
        region.front().getTerminator());
    if (!terminator)
      return fail("a region's terminator does not say what it yields");
    MutableOperandRange operands =
        terminator.getMutableSuccessorOperands(toParent);
    if (operands.size() != op->getNumResults())
      return fail("a region yields a different number of values");
    yielded.push_back(&operands[k]);
  }
  if (yielded.empty())
    return fail("region op has no region that yields");
  return success();
}

/// The operands of the terminator `terminator` of a region that become the
/// results of the region's op, if the op says so (RegionBranchOpInterface
/// with a RegionBranchTerminatorOpInterface terminator, or
/// BranchRegionsOpInterface); std::nullopt otherwise.
static std::optional<MutableOperandRange>
getYieldedResults(Operation *terminator) {
  Operation *op = terminator->getParentOp();
  if (!op || !terminator->hasTrait<OpTrait::IsTerminator>())
    return std::nullopt;
  if (auto branches = dyn_cast<BranchRegionsOpInterface>(op))
    return branches.getYieldedResults(*terminator->getParentRegion());
  auto branchTerminator =
      dyn_cast<RegionBranchTerminatorOpInterface>(terminator);
  if (!branchTerminator || !isa<RegionBranchOpInterface>(op))
    return std::nullopt;
  return branchTerminator.getMutableSuccessorOperands(
      RegionSuccessor(op, op->getResults()));
}

/// Whether `op` is a branch the region motion understands: a
/// RegionBranchOpInterface op that is not a loop, or a
/// BranchRegionsOpInterface op.
static bool isBranchOp(Operation *op) {
  return isa_and_present<BranchRegionsOpInterface>(op) ||
         (isa_and_present<RegionBranchOpInterface>(op) &&
          !isa<LoopLikeOpInterface, LoopRegionsOpInterface>(op));
}

/// How many values `letsCastTravel` looks at through nested branches.
static constexpr unsigned kMaxTravelLookups = 32;

/// Whether the cast, applied to `start`, can keep travelling (through pure
/// data movement) or cancel (against a modeled widening cast), possibly
/// after moving into nested branches that yield `start` (each read only by
/// its yield, so the cast will be their only user).
static bool letsCastTravel(Value start, const PatternState &state) {
  SmallVector<Value> worklist = {start};
  llvm::SmallPtrSet<Value, 8> seen;
  while (!worklist.empty() && seen.size() < kMaxTravelLookups) {
    Value value = worklist.pop_back_val();
    if (!seen.insert(value).second)
      continue;
    if (auto movement = value.getDefiningOp<DataMovementOpInterface>()) {
      if (movement.isPureDataMovement())
        return true;
      continue;
    }
    if (auto castOp = value.getDefiningOp<ElementCastOpInterface>()) {
      std::optional<ElementCast> cast = castOp.getElementCast();
      if (state.acceptsCast(castOp) && cast && cast->isWidening())
        return true;
      continue;
    }
    auto result = dyn_cast<OpResult>(value);
    if (!result || !result.hasOneUse())
      continue;
    SmallVector<OpOperand *> yields;
    std::string ignored;
    if (failed(getBranchYields(result.getOwner(), result.getResultNumber(),
                               yields, ignored)))
      continue;
    for (OpOperand *yield : yields)
      worklist.push_back(yield->get());
  }
  return false;
}

static LogicalResult planBranch(ElementCastOpInterface castOp,
                                const PatternState &state, BranchPlan &plan,
                                std::string &reason) {
  auto fail = [&](StringRef why) {
    reason = why.str();
    return failure();
  };
  if (failed(matchCastOfResult(castOp, state, plan.match, reason)))
    return failure();
  Operation *op = plan.match.result.getOwner();
  plan.branchOp = op;
  if (failed(getBranchYields(op, plan.match.result.getResultNumber(),
                             plan.yielded, reason)))
    return failure();

  bool pays = false;
  const TrafficModel &model = state.model;
  for (OpOperand *operand : plan.yielded) {
    Value value = operand->get();
    if (!isa<ShapedType>(value.getType()))
      return fail("a region yields a value that is not a tensor");
    Type narrow = withElementType(value, plan.match.narrowType);
    if (!castOp.canBuildCast(value.getType(), narrow,
                             plan.match.cast->getKind()))
      return fail("the cast's op cannot convert a yielded value of this type");
    if (failed(checkAdjacentPair(value, *plan.match.cast, state.options.rules,
                                 reason)))
      return failure();
    pays |= letsCastTravel(value, state);
    // One region runs: the cast it holds is the traffic of the rewrite.
    plan.trafficAfter =
        std::max(plan.trafficAfter,
                 model.getCastTraffic(value.getType(), plan.match.narrowType));
  }
  if (!pays)
    return fail("no region yields a data-movement op's or a widening cast's "
                "result (directly or through nested branches): the cast "
                "would only be duplicated");
  for (Operation *user : plan.match.replacedCasts)
    plan.trafficBefore +=
        model.getCastTraffic(cast<ElementCastOpInterface>(user));
  return checkWorthMoving(state, castOp, op, plan.trafficBefore,
                          plan.trafficAfter, reason);
}

namespace {
/// T(op(...) yielding a_1 | ... | a_n) -> op(...) yielding T(a_1) | ... |
/// T(a_n), for a narrowing cast T of a result of an op whose regions each
/// run at most once and return to it (scf.if, scf.index_switch). Exact: the
/// result is the yielded value of the region that ran, and T is applied to
/// the same value on either side.
struct NarrowBranchResult
    : public OpInterfaceRewritePattern<ElementCastOpInterface> {
  NarrowBranchResult(MLIRContext *context,
                     std::shared_ptr<const PatternState> state)
      : OpInterfaceRewritePattern(context), state(std::move(state)) {}

  LogicalResult matchAndRewrite(ElementCastOpInterface castOp,
                                PatternRewriter &rewriter) const override {
    BranchPlan plan;
    std::string reason;
    if (failed(planBranch(castOp, *state, plan, reason)))
      return rewriter.notifyMatchFailure(castOp, reason);

    // Build every cast first, so that a failure leaves the IR as it was.
    SmallVector<Value> narrowValues;
    for (OpOperand *operand : plan.yielded) {
      Value value = operand->get();
      rewriter.setInsertionPoint(operand->getOwner());
      FailureOr<Value> narrow =
          castOp.buildCast(rewriter, castOp.getLoc(), value,
                           withElementType(value, plan.match.narrowType),
                           plan.match.cast->getKind());
      if (failed(narrow)) {
        for (Value created : llvm::reverse(narrowValues))
          rewriter.eraseOp(created.getDefiningOp());
        return rewriter.notifyMatchFailure(
            castOp, "cast family cannot build a cast of a yielded value");
      }
      narrowValues.push_back(*narrow);
    }
    for (auto [operand, narrow] : llvm::zip_equal(plan.yielded, narrowValues))
      rewriter.modifyOpInPlace(
          operand->getOwner(),
          [&, operand = operand, narrow = narrow] { operand->set(narrow); });

    Operation *op = plan.branchOp;
    unsigned k = plan.match.result.getResultNumber();
    SmallVector<Type> resultTypes(op->getResultTypes());
    resultTypes[k] = castOp.getCastResult().getType();
    rewriter.setInsertionPoint(op);
    Operation *newOp =
        rebuildRegionOp(rewriter, op, op->getOperands(), resultTypes);
    if (state->options.emitRemarks)
      castOp->emitRemark() << "moved into the " << plan.yielded.size()
                           << " regions of '" << op->getName()
                           << "': modeled traffic " << plan.trafficBefore
                           << " -> " << plan.trafficAfter << " bytes";
    replaceRegionOp(rewriter, op, newOp, k, plan.match.replacedCasts);
    state->count(&HoistCastsCounters::castsHoisted);
    return success();
  }

  std::shared_ptr<const PatternState> state;
};
} // namespace

//===----------------------------------------------------------------------===//
// Loops
//===----------------------------------------------------------------------===//

namespace {
/// One control-flow edge of a region op: the value of `from` (an operand of
/// the op or of a region terminator) becomes `to` (a region argument or a
/// result of the op).
struct FlowEdge {
  OpOperand *from;
  Value to;
};

struct LoopPlan {
  ElementCastOpInterface castOp;
  std::optional<ElementCast> cast;
  Type narrowType;
  Operation *op = nullptr;
  SmallVector<FlowEdge> edges;
  /// Region arguments and op results that carry the narrowed value.
  llvm::SetVector<Value> slots;
  /// The values computed from the slots by data movement, and the slots that
  /// are region arguments.
  llvm::SmallPtrSet<Value, 8> carried;
  /// The data-movement ops of the regions, in block order per block.
  SmallVector<DataMovementOpInterface> chain;
  SmallVector<SmallVector<TypedAttr>> fills;
  /// Per narrowed result: the casts that read it.
  SmallVector<std::pair<OpResult, SmallVector<Operation *>>> results;
  /// Operands (of the op or of terminators) whose value flows into a slot.
  llvm::SetVector<OpOperand *> inflows;
  uint64_t trafficBefore = 0;
  uint64_t trafficAfter = 0;
};
} // namespace

/// Collects every edge of the RegionBranchOpInterface op `op`: from the op
/// into its regions (or straight to its results), and from each region's
/// terminator to its successors.
static LogicalResult collectFlowEdges(RegionBranchOpInterface op,
                                      SmallVectorImpl<FlowEdge> &edges,
                                      std::string &reason) {
  auto fail = [&](StringRef why) {
    reason = why.str();
    return failure();
  };
  SmallVector<RegionSuccessor> successors;
  op.getSuccessorRegions(RegionBranchPoint::parent(), successors);
  for (RegionSuccessor &successor : successors) {
    OperandRange operands = op.getEntrySuccessorOperands(successor);
    ValueRange inputs = successor.getSuccessorInputs();
    if (operands.size() != inputs.size())
      return fail("the op forwards operands it does not describe");
    for (auto [i, input] : llvm::enumerate(inputs))
      edges.push_back(
          {&op->getOpOperand(operands.getBeginOperandIndex() + i), input});
  }
  for (Region &region : op->getRegions()) {
    if (!region.hasOneBlock())
      return fail("a region has more than one block");
    auto terminator = dyn_cast<RegionBranchTerminatorOpInterface>(
        region.front().getTerminator());
    if (!terminator)
      return fail("a region's terminator does not say what it forwards");
    successors.clear();
    op.getSuccessorRegions(region, successors);
    for (RegionSuccessor &successor : successors) {
      MutableOperandRange operands =
          terminator.getMutableSuccessorOperands(successor);
      ValueRange inputs = successor.getSuccessorInputs();
      if (operands.size() != inputs.size())
        return fail("a terminator forwards values it does not describe");
      for (auto [i, input] : llvm::enumerate(inputs))
        edges.push_back({&operands[i], input});
    }
  }
  return success();
}

/// Collects the edges of the region op `op`: from LoopRegionsOpInterface if
/// it implements it (a loop that RegionBranchOpInterface cannot describe),
/// from RegionBranchOpInterface otherwise. Fails with `reason` for an op
/// that implements neither or whose regions do not have the expected form.
static LogicalResult collectRegionOpEdges(Operation *op,
                                          SmallVectorImpl<FlowEdge> &edges,
                                          std::string &reason) {
  if (auto loop = dyn_cast<LoopRegionsOpInterface>(op)) {
    SmallVector<LoopFlowEdge> loopEdges;
    if (failed(loop.getLoopFlowEdges(loopEdges))) {
      reason = "the loop op's regions do not have the form its flow needs";
      return failure();
    }
    for (auto [from, to] : loopEdges)
      edges.push_back({from, to});
    return success();
  }
  if (auto branchOp = dyn_cast<RegionBranchOpInterface>(op))
    return collectFlowEdges(branchOp, edges, reason);
  reason = "region op does not describe its control flow";
  return failure();
}

/// planLoop's reason for a region op without a loop (a branch).
static constexpr StringLiteral kNotALoop = "region op is not a loop";

/// Decides whether the narrowing cast `castOp` of a result of a loop (a
/// RegionBranchOpInterface op where a region branches to a region: scf.for,
/// scf.while, affine.for; or a LoopRegionsOpInterface op with such an edge:
/// tosa.while_loop) can be carried through it: the set of slots
/// (region arguments and results) the value flows through is closed under
/// the op's edges, every slot's value only flows through pure data movement
/// to forwarded terminator operands, every value a region forwards into the
/// set comes from it that way, and every narrowed result is read only by the
/// same cast.
static LogicalResult planLoop(ElementCastOpInterface castOp,
                              const PatternState &state, LoopPlan &plan,
                              std::string &reason) {
  auto fail = [&](StringRef why) {
    reason = why.str();
    return failure();
  };
  CastOfResult match;
  if (failed(matchCastOfResult(castOp, state, match, reason)))
    return failure();
  plan.castOp = castOp;
  plan.cast = match.cast;
  plan.narrowType = match.narrowType;
  plan.op = match.result.getOwner();
  if (failed(collectRegionOpEdges(plan.op, plan.edges, reason)))
    return failure();
  bool isLoop = llvm::any_of(plan.edges, [&](const FlowEdge &edge) {
    return isa<BlockArgument>(edge.to) && edge.from->getOwner() != plan.op;
  });
  if (!isLoop)
    return fail(kNotALoop);

  Type narrowType = plan.narrowType;
  // Adds every target of the edges leaving `operand` to the slots.
  SmallVector<Value> worklist;
  auto addTargets = [&](OpOperand *operand) {
    bool any = false;
    for (const FlowEdge &edge : plan.edges) {
      if (edge.from != operand)
        continue;
      any = true;
      if (plan.slots.insert(edge.to))
        worklist.push_back(edge.to);
    }
    return any;
  };
  plan.slots.insert(match.result);
  worklist.push_back(match.result);
  llvm::SetVector<Operation *> chainOps;
  while (!worklist.empty()) {
    Value slot = worklist.pop_back_val();
    if (!isa<ShapedType>(slot.getType()))
      return fail("the loop carries a value that is not a tensor");
    // Whatever flows into a slot is narrowed, so every other place it flows
    // to must be narrowed too. (Where it comes from joins the slots by the
    // forward walk below, or the value is refused: see the inflow check.)
    // An edge between different element types is invalid IR (the verifier
    // rejects it); the rewrite would give the slot a type of neither.
    for (const FlowEdge &edge : plan.edges) {
      if (edge.to != slot)
        continue;
      if (getElementTypeOrSelf(edge.from->get()) != getElementTypeOrSelf(slot))
        return fail("a value flows into a loop value of another element "
                    "type");
      if (plan.inflows.insert(edge.from))
        addTargets(edge.from);
    }
    if (auto result = dyn_cast<OpResult>(slot)) {
      SmallVector<Operation *> casts;
      for (Operation *user : result.getUsers()) {
        auto other = dyn_cast<ElementCastOpInterface>(user);
        if (!other || !isSameCast(castOp, other))
          return fail("a result the loop would narrow has users other than "
                      "this cast: the wide value escapes");
        if (!llvm::is_contained(casts, user))
          casts.push_back(user);
      }
      plan.results.push_back({result, std::move(casts)});
      continue;
    }
    // A region argument: follow it through data movement in its block.
    Block *block = cast<BlockArgument>(slot).getOwner();
    SmallVector<Value> values = {slot};
    plan.carried.insert(slot);
    while (!values.empty()) {
      Value value = values.pop_back_val();
      for (OpOperand &use : value.getUses()) {
        Operation *user = use.getOwner();
        if (user == block->getTerminator()) {
          if (!addTargets(&use))
            return fail("the carried value is used by the terminator for "
                        "something other than a loop value (a condition)");
          continue;
        }
        auto movement = dyn_cast<DataMovementOpInterface>(user);
        if (!movement || user->getBlock() != block ||
            !movement.isPureDataMovement())
          return fail("the carried value is used by an op that is not data "
                      "movement: the loop computes on it or it escapes");
        if (!llvm::is_contained(movement.getDataOperands(), &use))
          return fail("the carried value steers a data-movement op (an "
                      "index or shape operand)");
        if (chainOps.insert(user)) {
          Value moved = movement.getDataResult();
          plan.carried.insert(moved);
          values.push_back(moved);
        }
      }
    }
  }

  const TrafficModel &model = state.model;
  CastKind kind = plan.cast->getKind();
  const CastRuleOptions &rules = state.options.rules;
  auto addCastOf = [&](Value value) -> LogicalResult {
    DenseElementsAttr constant;
    if (matchPattern(value, m_Constant(&constant)) &&
        failed(plan.cast->convert(constant, rules)))
      return fail("a constant operand does not convert to a predictable "
                  "value");
    if (!castOp.canBuildCast(value.getType(),
                             withElementType(value, narrowType), kind))
      return fail("the cast's op cannot convert an operand of this type");
    if (failed(checkAdjacentPair(value, *plan.cast, rules, reason)))
      return failure();
    if (!constant)
      plan.trafficAfter += model.getCastTraffic(value.getType(), narrowType);
    return success();
  };
  for (OpOperand *inflow : plan.inflows) {
    if (plan.carried.contains(inflow->get()))
      continue;
    // As for scf.for, a region forwards only the carried value moved by
    // data movement; the op's own operands (the inits) get the cast.
    if (inflow->getOwner() != plan.op)
      return fail("a region forwards a loop value that does not come from "
                  "the carried value through data movement");
    if (failed(addCastOf(inflow->get())))
      return failure();
  }
  for (auto &[result, casts] : plan.results) {
    for (Operation *user : casts)
      plan.trafficBefore +=
          model.getCastTraffic(cast<ElementCastOpInterface>(user));
    if (!casts.empty() &&
        cast<ElementCastOpInterface>(casts.front()).getCastResult().getType() !=
            withElementType(result, narrowType))
      return fail("cast changes shape information as well as element type");
  }
  SmallVector<Operation *> ordered(chainOps.begin(), chainOps.end());
  llvm::sort(ordered, [](Operation *a, Operation *b) {
    if (a->getBlock() != b->getBlock())
      return a->getBlock()->getParent()->getRegionNumber() <
             b->getBlock()->getParent()->getRegionNumber();
    return a->isBeforeInBlock(b);
  });
  for (Operation *chainOp : ordered) {
    auto movement = cast<DataMovementOpInterface>(chainOp);
    if (!movement.supportsElementType(narrowType))
      return fail("a data-movement op in the loop does not support the "
                  "narrow element type");
    if (failed(checkElementFunction(movement, *plan.cast, state, reason)))
      return failure();
    SmallVector<TypedAttr> fills;
    if (failed(convertFillValues(movement, *plan.cast, rules, fills, reason)))
      return failure();
    plan.fills.push_back(std::move(fills));
    for (OpOperand *operand : movement.getDataOperands())
      if (!plan.carried.contains(operand->get()) &&
          failed(addCastOf(operand->get())))
        return failure();
    plan.chain.push_back(movement);
    plan.trafficBefore += model.getMovementTraffic(movement);
    plan.trafficAfter += model.getMovementTraffic(movement, narrowType);
  }
  return checkWorthMoving(state, castOp, plan.op, plan.trafficBefore,
                          plan.trafficAfter, reason);
}

namespace {
/// A loop result narrowed by T, whose value only flows through pure data
/// movement from region argument to region argument (scf.for: iter_arg ->
/// yield -> iter_arg; scf.while: before -> condition -> after -> yield ->
/// before; tosa.while_loop: body argument -> yield -> cond and body
/// arguments) and is read by nothing else, is carried narrow: every region
/// argument and result it flows through is retyped, the data movement
/// between them rebuilt narrow (other data operands cast by T, fill values
/// converted as T converts), and the inits cast by T. Exact by induction
/// over the edges taken: each slot holds T of what it held before, since the
/// inits get T and data movement commutes with T.
struct NarrowLoopCarriedValue
    : public OpInterfaceRewritePattern<ElementCastOpInterface> {
  NarrowLoopCarriedValue(MLIRContext *context,
                         std::shared_ptr<const PatternState> state)
      : OpInterfaceRewritePattern(context), state(std::move(state)) {}

  LogicalResult matchAndRewrite(ElementCastOpInterface castOp,
                                PatternRewriter &rewriter) const override {
    LoopPlan plan;
    std::string reason;
    if (failed(planLoop(castOp, *state, plan, reason)))
      return rewriter.notifyMatchFailure(castOp, reason);

    Operation *op = plan.op;
    Type narrowType = plan.narrowType;
    CastKind kind = plan.cast->getKind();
    const CastRuleOptions &rules = state->options.rules;
    SmallVector<Operation *> created;
    llvm::DenseMap<Value, Value> narrowOutside;
    auto isOutside = [&](Value value) {
      Region *region = value.getParentRegion();
      return !op->isAncestor(region->getParentOp());
    };
    auto narrowOf = [&](Value value, Operation *before) -> Value {
      bool outside = isOutside(value);
      if (outside)
        if (Value known = narrowOutside.lookup(value))
          return known;
      rewriter.setInsertionPoint(outside ? op : before);
      Value narrow;
      DenseElementsAttr constant;
      if (matchPattern(value, m_Constant(&constant)))
        narrow = materializeLike(rewriter, value,
                                 *plan.cast->convert(constant, rules));
      if (!narrow) {
        FailureOr<Value> cast =
            castOp.buildCast(rewriter, castOp.getLoc(), value,
                             withElementType(value, narrowType), kind);
        if (failed(cast))
          return Value();
        narrow = *cast;
      }
      created.push_back(narrow.getDefiningOp());
      if (outside)
        narrowOutside[value] = narrow;
      return narrow;
    };
    auto undo = [&] {
      for (Operation *createdOp : llvm::reverse(created))
        rewriter.eraseOp(createdOp);
    };
    // The fallible part first: casts of what flows in from outside the
    // carried set.
    llvm::DenseMap<OpOperand *, Value> inflowValues;
    for (OpOperand *inflow : plan.inflows) {
      if (plan.carried.contains(inflow->get()))
        continue;
      Value narrow = narrowOf(inflow->get(), inflow->getOwner());
      if (!narrow) {
        undo();
        return rewriter.notifyMatchFailure(
            castOp, "cast family cannot build a cast of a loop value");
      }
      inflowValues[inflow] = narrow;
    }
    // Each chain op's data operands, listed before any type changes: a
    // model may recognize its op by the types (a linalg.generic copies only
    // between equal element types), and the carried slots are retyped
    // before the ops are rebuilt.
    SmallVector<SmallVector<OpOperand *>> chainDataOperands;
    SmallVector<SmallVector<Value>> chainOperands;
    for (DataMovementOpInterface movement : plan.chain) {
      SmallVector<Value> operands;
      chainDataOperands.push_back(movement.getDataOperands());
      for (OpOperand *operand : chainDataOperands.back()) {
        if (plan.carried.contains(operand->get())) {
          operands.push_back(Value());
          continue;
        }
        Value narrow = narrowOf(operand->get(), movement);
        if (!narrow) {
          undo();
          return rewriter.notifyMatchFailure(
              castOp, "cast family cannot build a cast of a data operand");
        }
        operands.push_back(narrow);
      }
      chainOperands.push_back(std::move(operands));
    }

    // The op: narrowed operands and results, regions moved, slots retyped,
    // data movement rebuilt.
    SmallVector<Value> operands(op->getOperands());
    for (auto [inflow, narrow] : inflowValues)
      if (inflow->getOwner() == op)
        operands[inflow->getOperandNumber()] = narrow;
    SmallVector<Type> resultTypes(op->getResultTypes());
    for (auto &[result, casts] : plan.results)
      resultTypes[result.getResultNumber()] =
          withElementType(result, narrowType);
    rewriter.setInsertionPoint(op);
    Operation *newOp = rebuildRegionOp(rewriter, op, operands, resultTypes);
    for (Value slot : plan.slots)
      if (isa<BlockArgument>(slot))
        slot.setType(withElementType(slot, narrowType));
    llvm::DenseMap<Value, Value> narrowCarried;
    for (Value slot : plan.slots)
      if (isa<BlockArgument>(slot))
        narrowCarried[slot] = slot;
    for (auto [i, movement] : llvm::enumerate(plan.chain)) {
      SmallVector<Value> &newOperands = chainOperands[i];
      for (auto [operand, narrow] :
           llvm::zip_equal(chainDataOperands[i], newOperands))
        if (!narrow)
          narrow = narrowCarried.lookup(operand->get());
      rewriter.setInsertionPoint(movement);
      narrowCarried[movement.getDataResult()] = movement.rebuildWithElementType(
          rewriter, newOperands, narrowType, plan.fills[i]);
    }
    for (OpOperand *inflow : plan.inflows) {
      if (inflow->getOwner() == op)
        continue;
      Value narrow = plan.carried.contains(inflow->get())
                         ? narrowCarried.lookup(inflow->get())
                         : inflowValues.lookup(inflow);
      rewriter.modifyOpInPlace(inflow->getOwner(),
                               [&] { inflow->set(narrow); });
    }
    for (DataMovementOpInterface movement : llvm::reverse(plan.chain))
      rewriter.eraseOp(movement);

    if (state->options.emitRemarks)
      castOp->emitRemark() << "carried narrow through '" << op->getName()
                           << "': modeled traffic " << plan.trafficBefore
                           << " -> " << plan.trafficAfter
                           << " bytes (one iteration)";
    for (auto &[result, casts] : plan.results)
      for (Operation *user : casts)
        rewriter.replaceOp(user, newOp->getResult(result.getResultNumber()));
    for (auto [oldResult, newResult] :
         llvm::zip_equal(op->getResults(), newOp->getResults()))
      if (!plan.slots.contains(oldResult))
        rewriter.replaceAllUsesWith(oldResult, newResult);
    rewriter.eraseOp(op);
    state->count(&HoistCastsCounters::castsHoisted);
    state->count(&HoistCastsCounters::narrowedOps, plan.chain.size());
    return success();
  }

  std::shared_ptr<const PatternState> state;
};
} // namespace

//===----------------------------------------------------------------------===//
// Widening casts out of branches
//===----------------------------------------------------------------------===//

namespace {
struct SinkBranchPlan {
  ElementCastOpInterface reference;
  std::optional<ElementCast> cast;
  Operation *branchOp = nullptr;
  unsigned resultNumber = 0;
  Type narrowResultType;
  /// Per region: the terminator operand that yields the result.
  SmallVector<OpOperand *> yielded;
  /// Per region: the narrow value of its cast, or null for a constant.
  SmallVector<Value> narrowValues;
  /// Per region: the narrow preimage of its constant, or null.
  SmallVector<DenseElementsAttr> narrowConstants;
  /// The widening casts the rewrite removes.
  SmallVector<Operation *> removedCasts;
  uint64_t trafficBefore = 0;
  uint64_t trafficAfter = 0;
};
} // namespace

/// Decides whether the widening cast `castOp`, yielded by a region of a
/// branch, can leave the branch: every region must yield the same widening
/// cast (or a constant with an exact narrow preimage), read by nothing else.
static LogicalResult planSinkBranch(ElementCastOpInterface castOp,
                                    const PatternState &state,
                                    SinkBranchPlan &plan, std::string &reason) {
  auto fail = [&](StringRef why) {
    reason = why.str();
    return failure();
  };
  if (!state.acceptsCast(castOp))
    return fail("not a cast of this set");
  plan.reference = castOp;
  plan.cast = castOp.getElementCast();
  if (!plan.cast || !plan.cast->isWidening())
    return fail("cast is not a modeled widening cast");
  Value wide = castOp.getCastResult();
  if (!wide.hasOneUse())
    return fail("the widened value has several users");
  OpOperand &use = *wide.use_begin();
  std::optional<MutableOperandRange> yieldedResults =
      getYieldedResults(use.getOwner());
  if (!yieldedResults)
    return fail("the widened value is not yielded by a region");
  Operation *op = use.getOwner()->getParentOp();
  MutableOperandRange &operands = *yieldedResults;
  auto position = llvm::find_if(
      operands, [&](OpOperand &operand) { return &operand == &use; });
  if (position == operands.end())
    return fail("the widened value is not yielded to the region op");
  plan.branchOp = op;
  plan.resultNumber = std::distance(operands.begin(), position);
  if (failed(getBranchYields(op, plan.resultNumber, plan.yielded, reason)))
    return failure();
  Value result = op->getResult(plan.resultNumber);
  if (!isa<ShapedType>(result.getType()))
    return fail("the region op's result is not a tensor");
  plan.narrowResultType = withElementType(result, plan.cast->getSourceType());
  if (!castOp.canBuildCast(plan.narrowResultType, result.getType(),
                           plan.cast->getKind()))
    return fail("the cast's op cannot convert a result of this type");
  // The cast lands before the result's users: under `bits` no float
  // narrowing cast may follow it through data movement alone.
  if (failed(checkSinkAdjacentPair(result, *plan.cast, state.options.rules,
                                   reason)))
    return failure();

  const TrafficModel &model = state.model;
  for (OpOperand *operand : plan.yielded) {
    Value value = operand->get();
    if (auto other = value.getDefiningOp<ElementCastOpInterface>()) {
      if (!state.acceptsCast(other) || other->getName() != castOp->getName() ||
          other.getElementCast() != plan.cast)
        return fail("regions yield different casts");
      if (!value.hasOneUse())
        return fail("a widened value has users other than the yield");
      if (other.getCastSource().getType() != plan.narrowResultType)
        return fail("regions yield narrow values of different types");
      if (failed(checkConstantSource(other.getCastSource(), *plan.cast,
                                     state.options.rules, reason)))
        return failure();
      plan.narrowValues.push_back(other.getCastSource());
      plan.narrowConstants.push_back(nullptr);
      plan.removedCasts.push_back(other);
      // Only one region runs: count the dearest of its casts.
      plan.trafficBefore =
          std::max(plan.trafficBefore, model.getCastTraffic(other));
      continue;
    }
    DenseElementsAttr constant;
    if (!matchPattern(value, m_Constant(&constant)))
      return fail("a region yields neither the widening cast nor a constant");
    FailureOr<DenseElementsAttr> preimage =
        plan.cast->findExactPreimage(constant, state.options.rules);
    if (failed(preimage))
      return fail("a yielded constant has no exact narrow preimage");
    plan.narrowValues.push_back(Value());
    plan.narrowConstants.push_back(*preimage);
  }
  plan.trafficAfter =
      model.getCastTraffic(plan.narrowResultType, plan.cast->getResultType());
  return checkWorthMoving(state, castOp, op, plan.trafficBefore,
                          plan.trafficAfter, reason);
}

namespace {
/// op(...) yielding E(x_1) | ... | E(x_n) -> E(op(...) yielding x_1 | ... |
/// x_n), for a widening cast E yielded by every region of a branch (a
/// constant c counts as E(n) when n is its exact narrow preimage). Exact:
/// the result is E of the value the region that ran yields, on either side.
struct SinkWideningCastOutOfBranch
    : public OpInterfaceRewritePattern<ElementCastOpInterface> {
  SinkWideningCastOutOfBranch(MLIRContext *context,
                              std::shared_ptr<const PatternState> state)
      : OpInterfaceRewritePattern(context), state(std::move(state)) {}

  LogicalResult matchAndRewrite(ElementCastOpInterface castOp,
                                PatternRewriter &rewriter) const override {
    SinkBranchPlan plan;
    std::string reason;
    if (failed(planSinkBranch(castOp, *state, plan, reason)))
      return rewriter.notifyMatchFailure(castOp, reason);

    // Narrow constants, just before the yield of their region.
    SmallVector<Operation *> created;
    auto undo = [&] {
      for (Operation *createdOp : llvm::reverse(created))
        rewriter.eraseOp(createdOp);
    };
    for (auto [operand, narrow, constant] : llvm::zip_equal(
             plan.yielded, plan.narrowValues, plan.narrowConstants)) {
      if (!constant)
        continue;
      rewriter.setInsertionPoint(operand->getOwner());
      narrow = materializeLike(
          rewriter, operand->get(),
          constant.reshape(cast<ShapedType>(plan.narrowResultType)));
      if (!narrow) {
        undo();
        return rewriter.notifyMatchFailure(
            castOp, "cannot materialize a narrow constant");
      }
      created.push_back(narrow.getDefiningOp());
    }

    Operation *op = plan.branchOp;
    unsigned k = plan.resultNumber;
    SmallVector<Type> resultTypes(op->getResultTypes());
    Type wideType = resultTypes[k];
    resultTypes[k] = plan.narrowResultType;
    rewriter.setInsertionPoint(op);
    Operation *newOp =
        rebuildRegionOp(rewriter, op, op->getOperands(), resultTypes);
    rewriter.setInsertionPointAfter(newOp);
    FailureOr<Value> widened =
        castOp.buildCast(rewriter, castOp.getLoc(), newOp->getResult(k),
                         wideType, plan.cast->getKind());
    if (failed(widened)) {
      // Give the regions back and leave the IR as it was.
      for (auto [from, to] :
           llvm::zip_equal(newOp->getRegions(), op->getRegions()))
        rewriter.inlineRegionBefore(from, to, to.end());
      rewriter.eraseOp(newOp);
      undo();
      return rewriter.notifyMatchFailure(
          castOp, "cast family cannot build the widening cast");
    }
    for (auto [operand, narrow] :
         llvm::zip_equal(plan.yielded, plan.narrowValues))
      rewriter.modifyOpInPlace(
          operand->getOwner(),
          [&, operand = operand, narrow = narrow] { operand->set(narrow); });
    if (state->options.emitRemarks)
      castOp->emitRemark() << "sunk out of the " << plan.yielded.size()
                           << " regions of '" << op->getName()
                           << "': modeled traffic " << plan.trafficBefore
                           << " -> " << plan.trafficAfter << " bytes";
    for (Operation *removed : plan.removedCasts)
      rewriter.eraseOp(removed);
    rewriter.replaceAllUsesWith(op->getResult(k), *widened);
    replaceRegionOp(rewriter, op, newOp, k, {});
    state->count(&HoistCastsCounters::castsSunk);
    return success();
  }

  std::shared_ptr<const PatternState> state;
};
} // namespace

void mlir::casthoist::populateRegionMotionPatterns(
    RewritePatternSet &patterns, const HoistCastsPatternOptions &options) {
  auto state = std::make_shared<const PatternState>(options);
  if (options.direction != MotionDirection::Down)
    patterns.add<NarrowBranchResult, NarrowLoopCarriedValue>(
        patterns.getContext(), state);
  if (options.direction != MotionDirection::Up)
    patterns.add<SinkWideningCastOutOfBranch>(patterns.getContext(), state);
}

std::optional<std::string> mlir::casthoist::explainNoRegionMotion(
    ElementCastOpInterface castOp, const HoistCastsPatternOptions &options) {
  if (!castOp.getCastSource())
    return std::nullopt;
  std::optional<ElementCast> elementCast = castOp.getElementCast();
  if (!elementCast)
    return std::nullopt;
  PatternState state(options);
  std::string reason;
  // A widening cast whose only user is the yield of a branch.
  if (elementCast->isWidening()) {
    Value wide = castOp.getCastResult();
    if (options.direction == MotionDirection::Up || !wide.hasOneUse())
      return std::nullopt;
    Operation *user = *wide.user_begin();
    if (!isBranchOp(user->getParentOp()) || !getYieldedResults(user))
      return std::nullopt;
    SinkBranchPlan plan;
    if (failed(planSinkBranch(castOp, state, plan, reason)))
      return reason;
    return std::nullopt;
  }
  // A narrowing cast of a branch's or loop's result.
  auto result = dyn_cast<OpResult>(castOp.getCastSource());
  if (options.direction == MotionDirection::Down ||
      !elementCast->isNarrowing() || !result)
    return std::nullopt;
  Operation *op = result.getOwner();
  if (!isa<RegionBranchOpInterface, BranchRegionsOpInterface,
           LoopRegionsOpInterface>(op))
    return std::nullopt;
  if (isa<RegionBranchOpInterface, LoopRegionsOpInterface>(op)) {
    LoopPlan loopPlan;
    if (succeeded(planLoop(castOp, state, loopPlan, reason)))
      return std::nullopt;
    if (reason != kNotALoop)
      return reason;
  }
  BranchPlan plan;
  if (failed(planBranch(castOp, state, plan, reason)))
    return reason;
  return std::nullopt;
}
