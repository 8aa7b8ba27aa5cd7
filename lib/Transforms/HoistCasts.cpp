//===- HoistCasts.cpp - The hoist-casts pass ------------------------------===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#include "casthoist/Transforms/Passes.h"
#include "casthoist/Transforms/TrafficGraph.h"
#include "casthoist/Transforms/TrafficModel.h"

#include "mlir/Interfaces/FunctionInterfaces.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/Process.h"

#include <mutex>

namespace mlir {
namespace casthoist {
#define GEN_PASS_DEF_HOISTCASTS
#include "casthoist/Transforms/Passes.h.inc"
} // namespace casthoist
} // namespace mlir

using namespace mlir;
using namespace mlir::casthoist;

/// Serializes the writes of report-graph files when the pass runs on several
/// functions in parallel.
static std::mutex &getGraphFileMutex() {
  static std::mutex mutex;
  return mutex;
}

static std::string formatPercent(uint64_t from, uint64_t to) {
  double percent =
      from == 0
          ? 0.0
          : 100.0 * (static_cast<double>(from) - static_cast<double>(to)) /
                static_cast<double>(from);
  std::string text;
  llvm::raw_string_ostream(text) << llvm::format("%.1f", percent);
  return text;
}

/// The reason a cast did not move, without its byte counts, so that reasons
/// group: "modeled traffic would grow from 3584 to 25600 bytes" is
/// "modeled traffic would grow".
static StringRef getReasonKind(StringRef reason) {
  for (size_t pos = reason.find(" from "); pos != StringRef::npos;
       pos = reason.find(" from ", pos + 1)) {
    StringRef rest = reason.drop_front(pos + 6);
    if (!rest.empty() && llvm::isDigit(rest.front()))
      return reason.take_front(pos);
  }
  return reason;
}

namespace {
/// Follows the casts the rewrites create when they move one, for the
/// picture: each remembers its direction and how many data-movement ops the
/// cast crossed so far. Erased ops are forgotten (their addresses may be
/// reused).
class MotionTracker : public RewriterBase::Listener {
public:
  void record(ArrayRef<Operation *> movedCasts, ArrayRef<Operation *> newCasts,
              MotionDirection direction) {
    unsigned steps = 0;
    for (Operation *cast : movedCasts) {
      auto it = motions.find(cast);
      if (it != motions.end())
        steps = std::max(steps, it->second.steps);
    }
    for (Operation *cast : newCasts)
      motions[cast] = {direction == MotionDirection::Up, steps + 1};
  }
  std::optional<CastMotion> lookup(Operation *cast) const {
    auto it = motions.find(cast);
    if (it == motions.end())
      return std::nullopt;
    return it->second;
  }
  void notifyOperationErased(Operation *op) override { motions.erase(op); }

private:
  llvm::DenseMap<Operation *, CastMotion> motions;
};

struct HoistCastsPass : public casthoist::impl::HoistCastsBase<HoistCastsPass> {
  using Base::Base;

  /// The ops the report speaks of: each function with a body, or the root
  /// itself if it holds none.
  SmallVector<Operation *> getReportScopes() {
    SmallVector<Operation *> scopes;
    getOperation()->walk<WalkOrder::PreOrder>([&](FunctionOpInterface fn) {
      if (!fn.isExternal())
        scopes.push_back(fn);
      return WalkResult::skip();
    });
    if (scopes.empty())
      scopes.push_back(getOperation());
    return scopes;
  }

  /// The casts and data-movement ops of one region: where the rewrite driver
  /// starts. `scope` is the report scope they belong to, or null for ops
  /// outside every function of a root that has functions.
  struct RegionRoots {
    Operation *scope;
    Region *region;
    SmallVector<Operation *> ops;
  };

  void runOnOperation() override {
    if (dynamicDimSize < 0) {
      getOperation()->emitError("hoist-casts: dynamic-dim-size must be "
                                "non-negative, got ")
          << static_cast<int64_t>(dynamicDimSize);
      return signalPassFailure();
    }
    bool drawGraph = !reportGraph.empty();
    if (drawGraph && failed(checkGraphFile()))
      return signalPassFailure();
    SmallVector<Operation *> scopes = getReportScopes();
    SmallVector<RegionRoots> roots;
    if (failed(collectRoots(scopes, roots)))
      return signalPassFailure();
    HoistCastsCounters counters;
    MotionTracker tracker;
    HoistCastsPatternOptions options;
    options.direction = direction;
    options.policy = policy;
    options.dynamicDimSize = dynamicDimSize;
    options.emitRemarks = report;
    options.rules.foldFloatRoundTrips = foldFloatRoundTrips;
    options.rules.monotonicOps = monotonicOps;
    options.counters = &counters;
    if (drawGraph)
      options.onMotion = [&](ArrayRef<Operation *> movedCasts,
                             ArrayRef<Operation *> newCasts,
                             MotionDirection motion) {
        tracker.record(movedCasts, newCasts, motion);
      };

    TrafficModel model(dynamicDimSize);
    SmallVector<TrafficModel::Totals> before = llvm::map_to_vector(
        scopes, [&](Operation *scope) { return model.getTotals(scope); });
    SmallVector<TrafficGraphFunction> graphs;
    if (drawGraph) {
      for (auto [i, scope] : llvm::enumerate(scopes)) {
        TrafficGraphFunction &graph = graphs.emplace_back();
        graph.id = "f" + std::to_string(i);
        graph.before = printTrafficGraphCluster(
            scope, graph.id + "_before", "before: " + describeTotals(before[i]),
            model);
      }
    }

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
    if (drawGraph)
      config.setListener(&tracker);
    // What the rewrites did, per report scope.
    llvm::DenseMap<Operation *, HoistCastsCounters> scopeCounters;
    for (RegionRoots &region : roots) {
      config.setScope(region.region);
      HoistCastsCounters start = counters;
      // Not converging within the driver's rewrite limit leaves valid,
      // partially rewritten IR; that is not an error.
      (void)applyOpPatternsGreedily(region.ops, frozen, config);
      if (!region.scope)
        continue;
      HoistCastsCounters &done = scopeCounters[region.scope];
      done.castsHoisted += counters.castsHoisted - start.castsHoisted;
      done.castsSunk += counters.castsSunk - start.castsSunk;
      done.pairsFolded += counters.pairsFolded - start.pairsFolded;
      done.constantsFolded += counters.constantsFolded - start.constantsFolded;
    }

    uint64_t totalBefore = 0, totalAfter = 0;
    for (auto [i, scope] : llvm::enumerate(scopes)) {
      TrafficModel::Totals start = before[i];
      TrafficModel::Totals end = model.getTotals(scope);
      totalBefore += start.total();
      totalAfter += end.total();
      if (report)
        emitReport(scope, start, end, scopeCounters.lookup(scope), options);
      if (drawGraph) {
        TrafficGraphFunction &graph = graphs[i];
        graph.label = getScopeName(scope) + ": function " +
                      formatBytes(start.function) + " -> " +
                      formatBytes(end.function) + " (" +
                      formatPercent(start.function, end.function) + "% saved)";
        graph.after = printTrafficGraphCluster(
            scope, graph.id + "_after", "after: " + describeTotals(end), model,
            [&](Operation *cast) { return tracker.lookup(cast); });
      }
    }
    if (drawGraph && failed(writeGraphFile(graphs)))
      return signalPassFailure();

    numCastsHoisted += counters.castsHoisted;
    numCastsSunk += counters.castsSunk;
    numNarrowedOps += counters.narrowedOps;
    numPairsFolded += counters.pairsFolded;
    numConstantsFolded += counters.constantsFolded;
    bytesBefore += totalBefore;
    bytesAfter += totalAfter;
  }

  static std::string describeTotals(const TrafficModel::Totals &totals) {
    return "data movement " + formatBytes(totals.movement) + ", casts " +
           formatBytes(totals.casts) + ", function " +
           formatBytes(totals.function);
  }

  static std::string getScopeName(Operation *scope) {
    if (auto fn = dyn_cast<FunctionOpInterface>(scope))
      return "@" + fn.getName().str();
    return "'" + scope->getName().getStringRef().str() + "'";
  }

  /// Writes the picture in one go, so that concurrent instances of the pass
  /// (nested on functions) never interleave; each then writes its function.
  LogicalResult writeGraphFile(ArrayRef<TrafficGraphFunction> graphs) {
    std::lock_guard<std::mutex> lock(getGraphFileMutex());
    std::error_code error;
    llvm::raw_fd_ostream os(reportGraph, error, llvm::sys::fs::OF_Text);
    if (!error) {
      writeTrafficGraph(os, graphs);
      os.close();
      error = os.error();
      os.clear_error();
    }
    if (error)
      return graphFileError(error);
    return success();
  }

  /// Fails before the IR is touched when the report-graph file cannot be
  /// opened (a missing directory, no permission). Opening to append creates
  /// the file but leaves what another instance of the pass wrote.
  LogicalResult checkGraphFile() {
    std::lock_guard<std::mutex> lock(getGraphFileMutex());
    int fd;
    std::error_code error = llvm::sys::fs::openFileForWrite(
        reportGraph, fd, llvm::sys::fs::CD_OpenAlways,
        llvm::sys::fs::OF_Append);
    if (error)
      return graphFileError(error);
    llvm::sys::Process::SafelyCloseFileDescriptor(fd);
    return success();
  }

  LogicalResult graphFileError(std::error_code error) {
    // Not attached to the op: the anchor may be a whole module.
    return emitError(getOperation()->getLoc(),
                     "hoist-casts: cannot write the report-graph file '")
           << reportGraph << "': " << error.message();
  }

  /// Collects the casts and data-movement ops: per function scope, then per
  /// region of the anchor for the ops outside every function. Tensors of
  /// more than 2^64 bits exist only in hostile input; their traffic cannot
  /// be modeled, so the pass refuses them with an error at the first cast or
  /// data-movement op that has one, and changes nothing.
  LogicalResult collectRoots(ArrayRef<Operation *> scopes,
                             SmallVectorImpl<RegionRoots> &roots) {
    auto visit = [&](Operation *op, SmallVectorImpl<Operation *> &ops) {
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
    };
    Operation *root = getOperation();
    bool rootIsScope = scopes.size() == 1 && scopes.front() == root;
    if (!rootIsScope) {
      for (Operation *scope : scopes) {
        for (Region &region : scope->getRegions()) {
          SmallVector<Operation *> ops;
          if (region.walk([&](Operation *op) { return visit(op, ops); })
                  .wasInterrupted())
            return failure();
          if (!ops.empty())
            roots.push_back({scope, &region, std::move(ops)});
        }
      }
    }
    // The anchor's own regions: everything when it is the only scope, else
    // what lies outside its functions.
    for (Region &region : root->getRegions()) {
      SmallVector<Operation *> ops;
      WalkResult result =
          rootIsScope
              ? region.walk([&](Operation *op) { return visit(op, ops); })
              : region.walk<WalkOrder::PreOrder>(
                    [&](Operation *op) -> WalkResult {
                      if (isa<FunctionOpInterface>(op))
                        return WalkResult::skip();
                      return visit(op, ops);
                    });
      if (result.wasInterrupted())
        return failure();
      if (!ops.empty())
        roots.push_back(
            {rootIsScope ? root : nullptr, &region, std::move(ops)});
    }
    return success();
  }

  void emitReport(Operation *scope, const TrafficModel::Totals &start,
                  const TrafficModel::Totals &end,
                  const HoistCastsCounters &done,
                  const HoistCastsPatternOptions &options) {
    // Casts left next to a data-movement op, grouped by reason; each also
    // gets its own remark.
    llvm::MapVector<StringRef, unsigned> reasons;
    SmallVector<std::string> texts;
    unsigned left = 0;
    scope->walk([&](ElementCastOpInterface cast) {
      std::optional<std::string> reason = explainNoMotion(cast, options);
      if (!reason)
        return;
      cast->emitRemark() << "not moved: " << *reason;
      ++left;
      // The keys point into `texts`; keep each reason alive.
      texts.push_back(*reason);
    });
    for (const std::string &text : texts)
      ++reasons[getReasonKind(text)];
    auto sorted = reasons.takeVector();
    llvm::stable_sort(sorted, [](const auto &a, const auto &b) {
      return a.second > b.second;
    });

    uint64_t from = start.total(), to = end.total();
    uint64_t moves = done.castsHoisted + done.castsSunk;
    InFlightDiagnostic remark = scope->emitRemark();
    remark << "hoist-casts: data movement " << start.movement << " -> "
           << end.movement << " bytes, casts " << start.casts << " -> "
           << end.casts << " bytes, total " << from << " -> " << to
           << " bytes (" << formatPercent(from, to) << "% saved), function "
           << start.function << " -> " << end.function << " bytes ("
           << formatPercent(start.function, end.function)
           << "% of the function saved); cast moves: " << moves << " ("
           << done.castsHoisted << " hoisted, " << done.castsSunk
           << " sunk), pairs folded: " << done.pairsFolded
           << ", constants folded: " << done.constantsFolded
           << "; casts left next to data movement: " << left;
    if (sorted.empty())
      return;
    constexpr size_t maxReasons = 3;
    remark << " (";
    unsigned others = 0;
    for (auto [i, entry] : llvm::enumerate(sorted)) {
      if (i >= maxReasons) {
        others += entry.second;
        continue;
      }
      remark << (i ? "; " : "") << entry.first << ": " << entry.second;
    }
    if (others)
      remark << "; " << others << " for other reasons";
    remark << ")";
  }
};
} // namespace
