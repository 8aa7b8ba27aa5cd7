//===- AutocastTest.cpp - Tests for autocast and its op interface ---------===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#include "TestUtils.h"

#include "casthoist/Interfaces/AutocastInterfaces.h"
#include "casthoist/Transforms/Passes.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/Pass/PassManager.h"

using namespace mlir;
using namespace mlir::casthoist;
using namespace casthoist_test;

namespace {

/// A context with linalg, tosa and tensor too.
std::unique_ptr<MLIRContext> makeAutocastContext() {
  DialectRegistry registry;
  registry.insert<func::FuncDialect, arith::ArithDialect, linalg::LinalgDialect,
                  tosa::TosaDialect, tensor::TensorDialect>();
  registerCastHoistDialects(registry);
  auto context = std::make_unique<MLIRContext>(registry);
  context->loadAllAvailableDialects();
  return context;
}

TEST(AutocastTest, EveryLinalgContractionAndConvolutionHasTheModel) {
  auto context = makeAutocastContext();
  unsigned linalgOps = 0;
  for (RegisteredOperationName name : context->getRegisteredOperations()) {
    bool isCompute = name.hasInterface<linalg::ContractionOpInterface>() ||
                     name.hasInterface<linalg::ConvolutionOpInterface>();
    if (name.getDialectNamespace() == "linalg") {
      EXPECT_EQ(isCompute, name.hasInterface<MixedPrecisionOpInterface>())
          << name.getStringRef().str();
      linalgOps += isCompute;
    }
  }
  // matmul, batch_matmul, contract, mmt4d, matvec, dot, conv_*, depthwise_*,
  // pooling_*: dozens of them, all through one model.
  EXPECT_GT(linalgOps, 40u);
  for (StringRef name : {"tosa.matmul", "tosa.conv2d", "tosa.conv3d",
                         "tosa.depthwise_conv2d", "tosa.transpose_conv2d"}) {
    std::optional<RegisteredOperationName> op =
        RegisteredOperationName::lookup(name, context.get());
    ASSERT_TRUE(op) << name.str();
    EXPECT_TRUE(op->hasInterface<MixedPrecisionOpInterface>()) << name.str();
  }
}

TEST(AutocastTest, NarrowsOnlyToBf16AndF16) {
  auto context = makeAutocastContext();
  auto module = parse(*context, R"mlir(
    func.func @f(%a: tensor<4x8xf32>, %b: tensor<8x2xf32>, %c: tensor<4x2xf32>,
                 %x: tensor<1x4x8xf32>, %y: tensor<1x8x2xf32>) {
      %m = linalg.matmul ins(%a, %b : tensor<4x8xf32>, tensor<8x2xf32>)
          outs(%c : tensor<4x2xf32>) -> tensor<4x2xf32>
      %z = "tosa.const"() {values = dense<0.0> : tensor<1xf32>} : () -> tensor<1xf32>
      %t = tosa.matmul %x, %y, %z, %z : (tensor<1x4x8xf32>, tensor<1x8x2xf32>,
          tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x2xf32>
      return
    })mlir");
  Builder b(context.get());
  SmallVector<MixedPrecisionOpInterface> ops;
  module->walk([&](MixedPrecisionOpInterface op) { ops.push_back(op); });
  ASSERT_EQ(ops.size(), 2u);
  for (MixedPrecisionOpInterface op : ops) {
    EXPECT_TRUE(op.canNarrowInputs(b.getBF16Type()));
    EXPECT_TRUE(op.canNarrowInputs(b.getF16Type()));
    EXPECT_FALSE(op.canNarrowInputs(b.getF32Type()));
    EXPECT_FALSE(op.canNarrowInputs(b.getF64Type()));
    EXPECT_FALSE(op.canNarrowInputs(b.getType<Float8E4M3FNType>()));
    EXPECT_FALSE(op.canNarrowInputs(b.getI8Type()));
  }
}

TEST(AutocastTest, BuildReturnsF32ReplacementsAndKeepsTheOp) {
  auto context = makeAutocastContext();
  auto module = parse(*context, R"mlir(
    func.func @f(%a: tensor<4x8xf32>, %b: tensor<8x2xf32>, %c: tensor<4x2xf32>)
        -> tensor<4x2xf32> {
      %m = linalg.matmul ins(%a, %b : tensor<4x8xf32>, tensor<8x2xf32>)
          outs(%c : tensor<4x2xf32>) -> tensor<4x2xf32>
      return %m : tensor<4x2xf32>
    })mlir");
  auto matmul = findOnly<linalg::MatmulOp>(module->getOperation());
  auto iface = cast<MixedPrecisionOpInterface>(matmul.getOperation());
  OpBuilder builder(matmul);
  FailureOr<SmallVector<Value>> replacements =
      iface.buildMixedPrecision(builder, builder.getF16Type());
  ASSERT_TRUE(succeeded(replacements));
  ASSERT_EQ(replacements->size(), 1u);
  EXPECT_EQ((*replacements)[0].getType(), matmul.getResult(0).getType());
  // The old op is still there, still used; the caller replaces it.
  EXPECT_FALSE(matmul->use_empty());
  auto newOp = cast<linalg::MatmulOp>((*replacements)[0].getDefiningOp());
  EXPECT_TRUE(getElementTypeOrSelf(newOp.getInputs()[0]).isF16());
  EXPECT_TRUE(getElementTypeOrSelf(newOp.getInputs()[1]).isF16());
  EXPECT_EQ(newOp.getOutputs()[0], matmul.getOutputs()[0]);
  matmul->replaceAllUsesWith(*replacements);
  matmul->erase();
  EXPECT_TRUE(succeeded(verify(*module)));
}

TEST(AutocastTest, PassFromCpp) {
  auto context = makeAutocastContext();
  auto module = parse(*context, R"mlir(
    func.func @f(%a: tensor<4x8xf32>, %b: tensor<8x2xf32>, %c: tensor<4x2xf32>,
                 %d: tensor<2x4x8xf32>, %e: tensor<2x8x2xf32>, %g: tensor<2x4x2xf32>)
        -> (tensor<4x2xf32>, tensor<2x4x2xf32>) {
      %m = linalg.matmul ins(%a, %b : tensor<4x8xf32>, tensor<8x2xf32>)
          outs(%c : tensor<4x2xf32>) -> tensor<4x2xf32>
      %n = linalg.batch_matmul ins(%d, %e : tensor<2x4x8xf32>, tensor<2x8x2xf32>)
          outs(%g : tensor<2x4x2xf32>) -> tensor<2x4x2xf32>
      return %m, %n : tensor<4x2xf32>, tensor<2x4x2xf32>
    })mlir");
  PassManager pm(context.get());
  AutocastOptions options;
  options.type = "f16";
  options.ops = {"linalg.batch_matmul"};
  pm.addNestedPass<func::FuncOp>(createAutocast(options));
  ASSERT_TRUE(succeeded(pm.run(*module)));
  auto matmul = findOnly<linalg::MatmulOp>(module->getOperation());
  auto batch = findOnly<linalg::BatchMatmulOp>(module->getOperation());
  EXPECT_TRUE(getElementTypeOrSelf(matmul.getInputs()[0]).isF32());
  EXPECT_TRUE(getElementTypeOrSelf(batch.getInputs()[0]).isF16());

  PassManager bad(context.get());
  AutocastOptions badOptions;
  badOptions.type = "f64";
  bad.addPass(createAutocast(badOptions));
  ScopedDiagnosticHandler silence(context.get(),
                                  [](Diagnostic &) { return success(); });
  EXPECT_TRUE(failed(bad.run(*module)));
}

} // namespace
