//===- TestUtils.h - Shared helpers of the unit tests -----------*- C++ -*-===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#ifndef CASTHOIST_UNITTESTS_TESTUTILS_H
#define CASTHOIST_UNITTESTS_TESTUTILS_H

#include "casthoist/InitAllCastHoist.h"
#include "casthoist/Transforms/HoistCasts.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

#include "gtest/gtest.h"

namespace casthoist_test {

/// A context with tmov, func and arith loaded.
inline std::unique_ptr<mlir::MLIRContext> makeContext() {
  mlir::DialectRegistry registry;
  registry.insert<mlir::func::FuncDialect, mlir::arith::ArithDialect>();
  mlir::casthoist::registerCastHoistDialects(registry);
  auto context = std::make_unique<mlir::MLIRContext>(registry);
  context->loadAllAvailableDialects();
  return context;
}

/// Parses `source`; fails the test if it does not parse and verify.
inline mlir::OwningOpRef<mlir::ModuleOp> parse(mlir::MLIRContext &context,
                                               llvm::StringRef source) {
  auto module = mlir::parseSourceString<mlir::ModuleOp>(source, &context);
  EXPECT_TRUE(module) << "failed to parse:\n" << source.str();
  return module;
}

/// Applies the hoist-casts patterns built with `options` greedily to
/// `module`, as a user of populateHoistCastsPatterns would. Returns whether
/// the driver converged.
inline llvm::LogicalResult applyHoistCastsPatterns(
    mlir::ModuleOp module,
    const mlir::casthoist::HoistCastsPatternOptions &options = {}) {
  mlir::RewritePatternSet patterns(module.getContext());
  mlir::casthoist::populateHoistCastsPatterns(patterns, options);
  return mlir::applyPatternsGreedily(module, std::move(patterns));
}

/// The same, counting the rewrites into `counters`.
inline llvm::LogicalResult
applyHoistCastsPatterns(mlir::ModuleOp module,
                        mlir::casthoist::HoistCastsCounters &counters) {
  mlir::casthoist::HoistCastsPatternOptions options;
  options.counters = &counters;
  return applyHoistCastsPatterns(module, options);
}

/// Finds the only op of type OpTy in `root`.
template <typename OpTy> OpTy findOnly(mlir::Operation *root) {
  OpTy found;
  unsigned count = 0;
  root->walk([&](OpTy op) {
    found = op;
    ++count;
  });
  EXPECT_EQ(count, 1u);
  return found;
}

} // namespace casthoist_test

#endif // CASTHOIST_UNITTESTS_TESTUTILS_H
