//===- HoistCasts.cpp - The hoist-casts pass ------------------------------===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#include "casthoist/Transforms/Passes.h"
#include "casthoist/Transforms/TrafficModel.h"

#include "mlir/Interfaces/FunctionInterfaces.h"
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
    SmallVector<RegionRoots> roots;
    if (failed(collectRoots(roots)))
      return signalPassFailure();
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
    // The driver starts from the casts and data-movement ops alone, so ops
    // the rewrites do not touch stay as they are (no dead-code removal or
    // region simplification elsewhere), and large modules are cheaper.
    GreedyRewriteConfig config;
    config.enableFolding(false);
    config.enableConstantCSE(false);
    config.setRegionSimplificationLevel(GreedySimplifyRegionLevel::Disabled);
    for (RegionRoots &region : roots) {
      config.setScope(region.region);
      // Not converging within the driver's rewrite limit leaves valid,
      // partially rewritten IR; that is not an error.
      (void)applyOpPatternsGreedily(region.ops, frozen, config);
    }

    uint64_t totalBefore = 0, totalAfter = 0;
    for (auto [scope, start] : llvm::zip_equal(scopes, before)) {
      TrafficModel::Totals end = model.getTotals(scope);
      totalBefore += start.total();
      totalAfter += end.total();
      if (report)
        emitReport(scope, start, end, options);
    }

    numCastsHoisted += counters.castsHoisted;
    numCastsSunk += counters.castsSunk;
    numNarrowedOps += counters.narrowedOps;
    numPairsFolded += counters.pairsFolded;
    numConstantsFolded += counters.constantsFolded;
    bytesBefore += totalBefore;
    bytesAfter += totalAfter;
  }

  /// The casts and data-movement ops of one region of the anchor: where the
  /// rewrite driver starts.
  struct RegionRoots {
    Region *region;
    SmallVector<Operation *> ops;
  };

  /// Collects the casts and data-movement ops, per region of the anchor.
  /// Tensors of more than 2^64 bits exist only in hostile input; their
  /// traffic cannot be modeled, so the pass refuses them with an error at
  /// the first cast or data-movement op that has one, and changes nothing.
  LogicalResult collectRoots(SmallVectorImpl<RegionRoots> &roots) {
    for (Region &region : getOperation()->getRegions()) {
      SmallVector<Operation *> ops;
      WalkResult result = region.walk([&](Operation *op) {
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
        ops.push_back(op);
        return WalkResult::advance();
      });
      if (result.wasInterrupted())
        return failure();
      if (!ops.empty())
        roots.push_back({&region, std::move(ops)});
    }
    return success();
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
