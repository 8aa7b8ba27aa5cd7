//===- HoistCasts.cpp - The hoist-casts pass ------------------------------===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#include "casthoist/Transforms/GlobalNarrowing.h"
#include "casthoist/Transforms/Passes.h"
#include "casthoist/Transforms/TrafficGraph.h"
#include "casthoist/Transforms/TrafficModel.h"

#include "mlir/IR/Threading.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/Statistic.h"
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
  /// Adds the casts that moved, and are still there, to `all`.
  void appendTo(llvm::DenseMap<Operation *, CastMotion> &all) const {
    for (const auto &entry : motions)
      all.insert(entry);
  }

private:
  llvm::DenseMap<Operation *, CastMotion> motions;
};

/// What the rewrites did in one rewrite unit's region.
struct UnitState {
  HoistCastsCounters counters;
  MotionTracker tracker;
  /// The report scope the region belongs to, or null.
  Operation *scope = nullptr;
};

/// HoistCastsCounters summed (the counters are atomic, so not copyable).
struct MotionCounts {
  uint64_t castsHoisted = 0;
  uint64_t castsSunk = 0;
  uint64_t narrowedOps = 0;
  uint64_t pairsFolded = 0;
  uint64_t constantsFolded = 0;

  void add(const HoistCastsCounters &part) {
    castsHoisted += part.castsHoisted;
    castsSunk += part.castsSunk;
    narrowedOps += part.narrowedOps;
    pairsFolded += part.pairsFolded;
    constantsFolded += part.constantsFolded;
  }
};

struct HoistCastsPass : public casthoist::impl::HoistCastsBase<HoistCastsPass> {
  using Base::Base;

  /// Rounds of call motion (each followed by the local rewrites): a cast
  /// crosses at most this many call boundaries per run of the pass.
  static constexpr unsigned kMaxCallRounds = 8;

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
    HoistCastsPatternOptions options;
    options.direction = direction;
    options.policy = policy;
    options.dynamicDimSize = dynamicDimSize;
    options.emitRemarks = report;
    options.rules.exactness = exactness;
    // Module level first: weights in ml_program globals stored narrow.
    if (auto module = dyn_cast<ModuleOp>(getOperation()))
      if (failed(narrowConstantGlobals(module, options)))
        return signalPassFailure();
    SmallVector<Operation *> scopes = getReportScopes();

    TrafficModel model(dynamicDimSize);
    // The modeled bytes before and after feed the report, the picture and
    // the byte statistics; a release build of LLVM compiles statistics out,
    // and then the two walks over every function are skipped.
    bool measures = report || drawGraph || LLVM_ENABLE_STATS;
    SmallVector<TrafficModel::Totals> before;
    if (measures)
      before = llvm::map_to_vector(
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

    // The report and the picture need what happened in each function: then
    // each unit gets its own counters, motion tracker and pattern set (the
    // units run in parallel); otherwise they share one.
    bool perUnit = report || drawGraph;
    auto makePatterns = [&](UnitState &state) {
      HoistCastsPatternOptions unitOptions = options;
      unitOptions.counters = &state.counters;
      if (drawGraph)
        unitOptions.onMotion = [&state](ArrayRef<Operation *> movedCasts,
                                        ArrayRef<Operation *> newCasts,
                                        MotionDirection motion) {
          state.tracker.record(movedCasts, newCasts, motion);
        };
      RewritePatternSet patterns(&getContext());
      populateHoistCastsPatterns(patterns, unitOptions);
      return FrozenRewritePatternSet(std::move(patterns));
    };
    UnitState shared;
    FrozenRewritePatternSet sharedPatterns;
    if (!perUnit)
      sharedPatterns = makePatterns(shared);
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
      FrozenRewritePatternSet unitPatterns;
      if (perUnit) {
        unitPatterns = makePatterns(*unit.state);
        if (drawGraph)
          unitConfig.setListener(&unit.state->tracker);
      }
      // Not converging within the driver's rewrite limit leaves valid,
      // partially rewritten IR; that is not an error.
      (void)applyOpPatternsGreedily(
          unit.ops, perUnit ? unitPatterns : sharedPatterns, unitConfig);
    };
    // Functions isolated from above are rewritten in parallel (when the
    // context allows threads): the rewrites never leave the function.
    // Per region: what the rewrites did there, over every round.
    llvm::MapVector<Region *, std::unique_ptr<UnitState>> unitStates;
    auto rewriteLocally = [&]() -> LogicalResult {
      SmallVector<RewriteUnit> units;
      if (failed(collectUnits(units)))
        return failure();
      assignScopes(units, scopes);
      for (RewriteUnit &unit : units) {
        std::unique_ptr<UnitState> &state = unitStates[unit.region];
        if (!state) {
          state = std::make_unique<UnitState>();
          state->scope = unit.scope;
        }
        unit.state = state.get();
      }
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

    // What the rewrites did, in total, per report scope, and where the
    // moved casts are.
    MotionCounts counters;
    llvm::DenseMap<Operation *, MotionCounts> scopeCounters;
    llvm::DenseMap<Operation *, CastMotion> motions;
    counters.add(shared.counters);
    for (auto &[region, state] : unitStates) {
      counters.add(state->counters);
      if (state->scope)
        scopeCounters[state->scope].add(state->counters);
      state->tracker.appendTo(motions);
    }

    uint64_t totalBefore = 0, totalAfter = 0;
    for (auto [i, scope] :
         llvm::enumerate(measures ? scopes : ArrayRef<Operation *>())) {
      TrafficModel::Totals start = before[i];
      TrafficModel::Totals end = model.getTotals(scope);
      totalBefore += start.total();
      totalAfter += end.total();
      if (report)
        emitReport(scope, start, end, scopeCounters[scope], options);
      if (drawGraph) {
        TrafficGraphFunction &graph = graphs[i];
        graph.label = getScopeName(scope) + ": function " +
                      formatBytes(start.function) + " -> " +
                      formatBytes(end.function) + " (" +
                      formatPercent(start.function, end.function) + "% saved)";
        graph.after = printTrafficGraphCluster(
            scope, graph.id + "_after", "after: " + describeTotals(end), model,
            [&](Operation *cast) -> std::optional<CastMotion> {
              auto it = motions.find(cast);
              if (it == motions.end())
                return std::nullopt;
              return it->second;
            });
      }
    }
    if (drawGraph && failed(writeGraphFile(graphs)))
      return signalPassFailure();

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

  /// Where the rewrite driver runs: a region and the live casts and
  /// data-movement ops in it (the driver's roots).
  struct RewriteUnit {
    Region *region;
    SmallVector<Operation *> ops;
    /// The region is the body of an op isolated from above (a function):
    /// it can be rewritten concurrently with other such units.
    bool isolated = false;
    /// The report scope the region belongs to, or null (see assignScopes).
    Operation *scope = nullptr;
    /// What the rewrites did in this unit's region (kept across rounds).
    UnitState *state = nullptr;
  };

  /// Assigns each unit the report scope that holds it: the outermost
  /// function with a body around it, or the anchor when it has no such
  /// function; null for a region of an anchor that has functions.
  static void assignScopes(MutableArrayRef<RewriteUnit> units,
                           ArrayRef<Operation *> scopes) {
    llvm::SmallPtrSet<Operation *, 16> scopeSet(scopes.begin(), scopes.end());
    for (RewriteUnit &unit : units)
      for (Operation *op = unit.region->getParentOp(); op;
           op = op->getParentOp())
        if (scopeSet.contains(op)) {
          unit.scope = op;
          break;
        }
  }

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
      // Producers already listed: a shared one (a tosa.const_shape read by
      // every op of a chain) is listed once.
      llvm::SmallPtrSet<Operation *, 16> producers;
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
        // A producer that is a cast or a data-movement op is listed on its
        // own (it is live: `op` uses it).
        op->walk([&](Operation *user) {
          for (Value operand : user->getOperands()) {
            Operation *producer = operand.getDefiningOp();
            if (producer &&
                !isa<ElementCastOpInterface, DataMovementOpInterface>(
                    producer) &&
                !op->isAncestor(producer) &&
                region.isAncestor(producer->getParentRegion()) &&
                producers.insert(producer).second)
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
                  const TrafficModel::Totals &end, const MotionCounts &done,
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
