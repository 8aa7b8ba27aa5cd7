//===- HoistCasts.cpp - The hoist-casts pass ------------------------------===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#include "casthoist/Transforms/Passes.h"
#include "casthoist/Transforms/TrafficModel.h"

#include "mlir/IR/Threading.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "llvm/Support/Format.h"

namespace mlir {
namespace casthoist {
#define GEN_PASS_DEF_HOISTCASTS
#include "casthoist/Transforms/Passes.h.inc"
} // namespace casthoist
} // namespace mlir

using namespace mlir;
using namespace mlir::casthoist;

namespace {
struct HoistCastsPass : public casthoist::impl::HoistCastsBase<HoistCastsPass> {
  using Base::Base;

  /// Rounds of call motion (each followed by the local rewrites): a cast
  /// crosses at most this many call boundaries per run of the pass.
  static constexpr unsigned kMaxCallRounds = 8;

  /// The ops the report speaks of: each function, or the root itself if it
  /// holds none.
  SmallVector<Operation *> getReportScopes() {
    SmallVector<Operation *> scopes;
    getOperation()->walk<WalkOrder::PreOrder>([&](FunctionOpInterface fn) {
      scopes.push_back(fn);
      return WalkResult::skip();
    });
    if (scopes.empty())
      scopes.push_back(getOperation());
    return scopes;
  }

  void runOnOperation() override {
    if (dynamicDimSize < 0) {
      getOperation()->emitError("hoist-casts: dynamic-dim-size must be "
                                "non-negative, got ")
          << static_cast<int64_t>(dynamicDimSize);
      return signalPassFailure();
    }
    HoistCastsCounters counters;
    HoistCastsPatternOptions options;
    options.direction = direction;
    options.policy = policy;
    options.dynamicDimSize = dynamicDimSize;
    options.emitRemarks = report;
    options.rules.exactness = exactness;
    options.counters = &counters;

    TrafficModel model(dynamicDimSize);
    SmallVector<Operation *> scopes = getReportScopes();
    SmallVector<TrafficModel::Totals> before = llvm::map_to_vector(
        scopes, [&](Operation *scope) { return model.getTotals(scope); });

    RewritePatternSet patterns(&getContext());
    populateHoistCastsPatterns(patterns, options);
    FrozenRewritePatternSet frozen(std::move(patterns));
    // Only the pass's own, vetted rewrites run: other dialects' folders
    // (e.g. a constant folder with its own idea of NaN conversion) stay out.
    // The driver starts from the live casts and data-movement ops alone and
    // only ever visits those and the ops the rewrites create (strict mode),
    // so every other op stays as it is: no folding, no region
    // simplification, and no dead op the pass did not make dead is erased.
    GreedyRewriteConfig config;
    config.enableFolding(false);
    config.enableConstantCSE(false);
    config.setRegionSimplificationLevel(GreedySimplifyRegionLevel::Disabled);
    config.setStrictness(GreedyRewriteStrictness::ExistingAndNewOps);
    auto rewriteUnit = [&](RewriteUnit &unit) {
      GreedyRewriteConfig unitConfig = config;
      unitConfig.setScope(unit.region);
      // Not converging within the driver's rewrite limit leaves valid,
      // partially rewritten IR; that is not an error.
      (void)applyOpPatternsGreedily(unit.ops, frozen, unitConfig);
    };
    // Functions isolated from above are rewritten in parallel (when the
    // context allows threads): the rewrites never leave the function.
    auto rewriteLocally = [&]() -> LogicalResult {
      SmallVector<RewriteUnit> units;
      if (failed(collectUnits(units)))
        return failure();
      auto [parallel, serial] = partitionUnits(units);
      (void)failableParallelForEach(&getContext(), parallel,
                                    [&](RewriteUnit *unit) {
                                      rewriteUnit(*unit);
                                      return success();
                                    });
      for (RewriteUnit *unit : serial)
        rewriteUnit(*unit);
      return success();
    };
    if (failed(rewriteLocally()))
      return signalPassFailure();
    // Calls: the casts the local rewrites brought to a function's entry or
    // exit cross into callers and callees, and the local rewrites run again
    // where that exposed more, a bounded number of rounds.
    SmallVector<SignatureChange> signatureChanges;
    for (unsigned round = 0; round < kMaxCallRounds; ++round) {
      if (!moveCastsAcrossCalls(getOperation(), options, signatures,
                                signatureChanges))
        break;
      if (failed(rewriteLocally()))
        return signalPassFailure();
    }

    uint64_t totalBefore = 0, totalAfter = 0;
    for (auto [scope, start] : llvm::zip_equal(scopes, before)) {
      TrafficModel::Totals end = model.getTotals(scope);
      totalBefore += start.total();
      totalAfter += end.total();
      if (report)
        emitReport(scope, start, end, options);
    }

    if (report)
      reportPublicSignatures(signatureChanges);

    numCastsHoisted += counters.castsHoisted;
    numCastsSunk += counters.castsSunk;
    numNarrowedOps += counters.narrowedOps;
    numPairsFolded += counters.pairsFolded;
    numConstantsFolded += counters.constantsFolded;
    bytesBefore += totalBefore;
    bytesAfter += totalAfter;
  }

  /// Where the rewrite driver runs: a region and the live casts and
  /// data-movement ops in it (the driver's roots).
  struct RewriteUnit {
    Region *region;
    SmallVector<Operation *> ops;
    /// The region is the body of an op isolated from above (a function):
    /// it can be rewritten concurrently with other such units.
    bool isolated = false;
  };

  /// One unit per function (FunctionOpInterface) under the anchor, and one
  /// per region of the anchor for the casts and data-movement ops that are
  /// in no function. Dead ops are not roots: the pass leaves them alone;
  /// the producers of the roots' operands are, so that what the rewrites
  /// leave dead is erased.
  /// Tensors of more than 2^64 bits exist only in hostile input; their
  /// traffic cannot be modeled, so the pass refuses them with an error at
  /// the first cast or data-movement op that has one, and changes nothing.
  LogicalResult collectUnits(SmallVectorImpl<RewriteUnit> &units) {
    Operation *anchor = getOperation();
    auto collect = [&](Region &region, RewriteUnit &unit) {
      return region.walk<WalkOrder::PreOrder>([&](Operation *op) {
        // A function nested in this region has its own unit.
        if (isa<FunctionOpInterface>(op))
          return WalkResult::skip();
        if (!isa<ElementCastOpInterface, DataMovementOpInterface>(op))
          return WalkResult::advance();
        for (Type type :
             llvm::concat<Type>(op->getOperandTypes(), op->getResultTypes())) {
          if (TrafficModel::hasRepresentableSize(type))
            continue;
          op->emitError("hoist-casts: ")
              << type << " holds more than 2^64 bits; its traffic cannot be "
              << "modeled";
          return WalkResult::interrupt();
        }
        if (isOpTriviallyDead(op))
          return WalkResult::advance();
        unit.ops.push_back(op);
        // The producers of the values it uses (constants, tensor.empty
        // inits, a tensor.pad's padding value) are visited too, so that the
        // driver erases those a rewrite leaves dead.
        op->walk([&](Operation *user) {
          for (Value operand : user->getOperands()) {
            Operation *producer = operand.getDefiningOp();
            if (producer && !op->isAncestor(producer) &&
                region.isAncestor(producer->getParentRegion()))
              unit.ops.push_back(producer);
          }
        });
        return WalkResult::advance();
      });
    };
    // Functions: the anchor itself when it is one, and every function
    // nested in it.
    SmallVector<FunctionOpInterface> functions;
    anchor->walk([&](FunctionOpInterface fn) { functions.push_back(fn); });
    for (FunctionOpInterface fn : functions) {
      Region *body = unitRegionOf(fn);
      if (!body)
        continue;
      RewriteUnit unit{body, {}, fn->hasTrait<OpTrait::IsIsolatedFromAbove>()};
      if (collect(*body, unit).wasInterrupted())
        return failure();
      if (!unit.ops.empty())
        units.push_back(std::move(unit));
    }
    if (isa<FunctionOpInterface>(anchor))
      return success();
    for (Region &region : anchor->getRegions()) {
      RewriteUnit unit{&region, {}, false};
      if (collect(region, unit).wasInterrupted())
        return failure();
      if (!unit.ops.empty())
        units.push_back(std::move(unit));
    }
    return success();
  }

  /// The region a function's unit rewrites: its body, if it has one.
  static Region *unitRegionOf(Operation *op) {
    auto fn = dyn_cast<FunctionOpInterface>(op);
    if (!fn || fn.isExternal())
      return nullptr;
    return &fn.getFunctionBody();
  }

  /// Units that may run concurrently, and those that must run one by one
  /// (regions not isolated from above share values with the rest).
  static std::pair<SmallVector<RewriteUnit *>, SmallVector<RewriteUnit *>>
  partitionUnits(MutableArrayRef<RewriteUnit> units) {
    SmallVector<RewriteUnit *> parallel, serial;
    for (RewriteUnit &unit : units)
      (unit.isolated ? parallel : serial).push_back(&unit);
    return {std::move(parallel), std::move(serial)};
  }

  /// With `report`, one remark on the anchor listing every changed public
  /// signature as JSON, for a runtime to act on (the host passes or reads
  /// narrow values there).
  void reportPublicSignatures(ArrayRef<SignatureChange> changes) {
    std::string json;
    llvm::raw_string_ostream os(json);
    os << "[";
    bool first = true;
    for (const SignatureChange &change : changes) {
      if (!change.isPublic)
        continue;
      os << (first ? "" : ", ") << "{\"function\": \"" << change.function
         << "\", \"" << (change.isResult ? "result" : "argument")
         << "\": " << change.index << ", \"from\": \"" << change.oldType
         << "\", \"to\": \"" << change.newType << "\"}";
      first = false;
    }
    os << "]";
    if (!first)
      getOperation()->emitRemark()
          << "hoist-casts: changed public signatures: " << json;
  }

  void emitReport(Operation *scope, const TrafficModel::Totals &start,
                  const TrafficModel::Totals &end,
                  const HoistCastsPatternOptions &options) {
    uint64_t from = start.total(), to = end.total();
    double percent =
        from == 0
            ? 0.0
            : 100.0 * (static_cast<double>(from) - static_cast<double>(to)) /
                  static_cast<double>(from);
    std::string percentText;
    llvm::raw_string_ostream(percentText) << llvm::format("%.1f", percent);
    scope->emitRemark() << "hoist-casts: data movement " << start.movement
                        << " -> " << end.movement << " bytes, casts "
                        << start.casts << " -> " << end.casts
                        << " bytes, total " << from << " -> " << to
                        << " bytes (" << percentText << "% saved)";
    scope->walk([&](ElementCastOpInterface cast) {
      if (std::optional<std::string> reason = explainNoMotion(cast, options))
        cast->emitRemark() << "not moved: " << *reason;
    });
  }
};
} // namespace
