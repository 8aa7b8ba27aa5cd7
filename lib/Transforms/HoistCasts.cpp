//===- HoistCasts.cpp - The hoist-casts pass ------------------------------===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#include "casthoist/Transforms/Passes.h"

#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

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

  void runOnOperation() override {
    HoistCastsCounters counters;
    HoistCastsPatternOptions options;
    options.direction = direction;
    options.rules.foldFloatRoundTrips = foldFloatRoundTrips;
    options.counters = &counters;

    RewritePatternSet patterns(&getContext());
    populateHoistCastsPatterns(patterns, options);
    // Only the pass's own, vetted rewrites run: other dialects' folders
    // (e.g. a constant folder with its own idea of NaN conversion) stay out.
    GreedyRewriteConfig config;
    config.enableFolding(false);
    config.enableConstantCSE(false);
    // Not converging within the driver's iteration limit leaves valid,
    // partially rewritten IR; that is not an error.
    (void)applyPatternsGreedily(getOperation(), std::move(patterns), config);

    numCastsHoisted += counters.castsHoisted;
    numCastsSunk += counters.castsSunk;
    numNarrowedOps += counters.narrowedOps;
    numPairsFolded += counters.pairsFolded;
    numConstantsFolded += counters.constantsFolded;
  }
};
} // namespace
