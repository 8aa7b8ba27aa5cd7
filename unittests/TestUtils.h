//===- TestUtils.h - Shared helpers of the unit tests -----------*- C++ -*-===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#ifndef CASTHOIST_UNITTESTS_TESTUTILS_H
#define CASTHOIST_UNITTESTS_TESTUTILS_H

#include "casthoist/InitAllCastHoist.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Parser/Parser.h"

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
