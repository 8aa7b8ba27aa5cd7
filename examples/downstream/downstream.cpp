//===- downstream.cpp - A compiler that links cast-hoist ------------------===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//
//
// Parses TOSA IR, runs hoist-casts through the pass API and through the
// pattern API, and checks that the transpose now moves f16. Exits non-zero
// (with a message) on any failure.
//
//===----------------------------------------------------------------------===//

#include "casthoist/InitAllCastHoist.h"
#include "casthoist/Transforms/HoistCasts.h"
#include "casthoist/Transforms/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "llvm/Support/raw_ostream.h"

static constexpr const char *kInput = R"mlir(
  func.func @f(%x: tensor<4x8xf32>) -> tensor<8x4xf16> {
    %t = tosa.transpose %x {perms = array<i32: 1, 0>}
        : (tensor<4x8xf32>) -> tensor<8x4xf32>
    %c = tosa.cast %t : (tensor<8x4xf32>) -> tensor<8x4xf16>
    return %c : tensor<8x4xf16>
  })mlir";

static bool transposeIsF16(mlir::ModuleOp module) {
  bool ok = false;
  module.walk([&](mlir::tosa::TransposeOp op) {
    ok = op.getType().getElementType().isF16();
  });
  return ok;
}

int main() {
  mlir::DialectRegistry registry;
  registry.insert<mlir::func::FuncDialect, mlir::tosa::TosaDialect>();
  mlir::casthoist::registerCastHoistDialects(registry);
  mlir::MLIRContext context(registry);

  // 1. The pass.
  auto module = mlir::parseSourceString<mlir::ModuleOp>(kInput, &context);
  if (!module)
    return 1;
  mlir::PassManager pm(&context);
  pm.addNestedPass<mlir::func::FuncOp>(mlir::casthoist::createHoistCasts());
  if (mlir::failed(pm.run(*module)) || !transposeIsF16(*module)) {
    llvm::errs() << "downstream: the pass did not hoist the cast\n";
    return 1;
  }

  // 2. The patterns, in the user's own pattern set.
  auto module2 = mlir::parseSourceString<mlir::ModuleOp>(kInput, &context);
  mlir::RewritePatternSet patterns(&context);
  mlir::casthoist::HoistCastsCounters counters;
  mlir::casthoist::HoistCastsPatternOptions options;
  options.counters = &counters;
  mlir::casthoist::populateHoistCastsPatterns(patterns, options);
  if (mlir::failed(
          mlir::applyPatternsGreedily(*module2, std::move(patterns))) ||
      !transposeIsF16(*module2) || counters.castsHoisted != 1) {
    llvm::errs() << "downstream: the patterns did not hoist the cast\n";
    return 1;
  }
  module2->print(llvm::outs());
  llvm::outs() << "\ndownstream: OK (casts hoisted: " << counters.castsHoisted
               << ")\n";
  return 0;
}
