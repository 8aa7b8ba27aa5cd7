//===- HoistCastsTest.cpp - The hoist-casts patterns through the C++ API --===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#include "TestUtils.h"

#include "casthoist/Dialect/Tmov/IR/Tmov.h"
#include "casthoist/Transforms/GlobalNarrowing.h"
#include "casthoist/Transforms/HoistCasts.h"

#include "mlir/Dialect/MLProgram/IR/MLProgram.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

using namespace mlir;
using namespace mlir::casthoist;
using namespace casthoist_test;

namespace {

constexpr StringLiteral kChain = R"mlir(
  func.func @chain(%x: tensor<4x8xf32>) -> tensor<2x16xf16> {
    %t = tmov.transpose %x [1, 0] : tensor<4x8xf32> -> tensor<8x4xf32>
    %r = tmov.reshape %t : tensor<8x4xf32> -> tensor<2x16xf32>
    %c = tmov.cast %r : tensor<2x16xf32> to tensor<2x16xf16>
    return %c : tensor<2x16xf16>
  })mlir";

/// The element type each tmov data-movement op in `root` moves, in order.
static SmallVector<Type> movedTypes(Operation *root) {
  SmallVector<Type> types;
  root->walk([&](DataMovementOpInterface op) {
    types.push_back(getElementTypeOrSelf(op.getDataResult().getType()));
  });
  return types;
}

TEST(HoistCastsTest, HoistsThroughAChainAndCounts) {
  auto context = makeContext();
  auto module = parse(*context, kChain);
  HoistCastsCounters counters;
  ASSERT_TRUE(succeeded(applyHoistCastsPatterns(*module, counters)));

  Type f16 = Float16Type::get(context.get());
  EXPECT_EQ(movedTypes(module->getOperation()), SmallVector<Type>({f16, f16}));
  EXPECT_EQ(counters.castsHoisted, 2u);
  EXPECT_EQ(counters.narrowedOps, 2u);
  EXPECT_EQ(counters.castsSunk, 0u);
  // The single cast now reads the function argument.
  auto cast = findOnly<tmov::CastOp>(module->getOperation());
  EXPECT_TRUE(isa<BlockArgument>(cast.getInput()));
  EXPECT_TRUE(succeeded(mlir::verify(*module)));
}

TEST(HoistCastsTest, ControlFunctionVetoesRewrites) {
  auto context = makeContext();
  auto module = parse(*context, kChain);
  unsigned asked = 0;
  HoistCastsPatternOptions options;
  // Allow moving across the reshape only.
  options.controlFn = [&](Operation *cast, Operation *movement) {
    ++asked;
    return isa<tmov::ReshapeOp>(movement);
  };
  ASSERT_TRUE(succeeded(applyHoistCastsPatterns(*module, options)));

  Type f16 = Float16Type::get(context.get());
  Type f32 = Float32Type::get(context.get());
  EXPECT_EQ(movedTypes(module->getOperation()), SmallVector<Type>({f32, f16}));
  EXPECT_GE(asked, 2u);
}

TEST(HoistCastsTest, DirectionDownLeavesNarrowingCastsAlone) {
  auto context = makeContext();
  auto module = parse(*context, kChain);
  HoistCastsPatternOptions options;
  options.direction = MotionDirection::Down;
  (void)applyHoistCastsPatterns(*module, options);
  Type f32 = Float32Type::get(context.get());
  EXPECT_EQ(movedTypes(module->getOperation()), SmallVector<Type>({f32, f32}));
}

TEST(HoistCastsTest, SinksWideningCastAndMaterializesNarrowConstant) {
  auto context = makeContext();
  auto module = parse(*context, R"mlir(
    func.func @sink(%x: tensor<2xbf16>) -> tensor<4xf32> {
      %e = tmov.cast %x : tensor<2xbf16> to tensor<2xf32>
      %k = arith.constant dense<[-0.0, 3.0]> : tensor<2xf32>
      %c = tmov.concat %e, %k axis 0
          : (tensor<2xf32>, tensor<2xf32>) -> tensor<4xf32>
      return %c : tensor<4xf32>
    })mlir");
  HoistCastsCounters counters;
  ASSERT_TRUE(succeeded(applyHoistCastsPatterns(*module, counters)));
  EXPECT_EQ(counters.castsSunk, 1u);
  auto concat = findOnly<tmov::ConcatOp>(module->getOperation());
  EXPECT_TRUE(concat.getType().getElementType().isBF16());
  auto constant = concat.getInputs()[1].getDefiningOp<arith::ConstantOp>();
  ASSERT_TRUE(constant);
  auto values = cast<DenseElementsAttr>(constant.getValue());
  EXPECT_TRUE(values.getValues<APFloat>()[0].isNegZero());
  EXPECT_TRUE(succeeded(mlir::verify(*module)));
}

} // namespace

namespace {
constexpr StringLiteral kGlobal = R"mlir(
  ml_program.global private @w(dense<[1.0, -2.5, 0.1, 65504.0]> : tensor<4xf32>) : tensor<4xf32>
  func.func @f() -> tensor<4xf16> {
    %0 = ml_program.global_load_const @w : tensor<4xf32>
    %1 = tmov.cast %0 : tensor<4xf32> to tensor<4xf16>
    return %1 : tensor<4xf16>
  })mlir";

std::unique_ptr<MLIRContext> makeContextWithMLProgram() {
  auto context = makeContext();
  context->getOrLoadDialect<ml_program::MLProgramDialect>();
  return context;
}
} // namespace

// narrowConstantGlobals from C++: the control function sees the cast and
// its load and can veto; without a veto the global is stored narrow and
// counted.
TEST(HoistCastsTest, NarrowsConstantGlobalsUnlessVetoed) {
  auto context = makeContextWithMLProgram();
  auto module = parse(*context, kGlobal);
  HoistCastsPatternOptions options;
  Operation *seenMovement = nullptr;
  options.controlFn = [&](Operation *cast, Operation *movement) {
    EXPECT_TRUE(isa<tmov::CastOp>(cast));
    seenMovement = movement;
    return false;
  };
  ASSERT_TRUE(succeeded(narrowConstantGlobals(*module, options)));
  ASSERT_TRUE(seenMovement);
  EXPECT_TRUE(isa<ml_program::GlobalLoadConstOp>(seenMovement));
  EXPECT_EQ(findOnly<ml_program::GlobalOp>(module->getOperation()).getSymName(),
            "w");

  HoistCastsCounters counters;
  options.controlFn = nullptr;
  options.counters = &counters;
  ASSERT_TRUE(succeeded(narrowConstantGlobals(*module, options)));
  EXPECT_EQ(counters.constantsFolded, 1u);
  auto global = findOnly<ml_program::GlobalOp>(module->getOperation());
  EXPECT_EQ(global.getSymName(), "w_f16");
  EXPECT_EQ(global.getType(),
            RankedTensorType::get({4}, Float16Type::get(context.get())));
  auto load = findOnly<ml_program::GlobalLoadConstOp>(module->getOperation());
  EXPECT_EQ(load.getGlobal().getLeafReference(), "w_f16");
  EXPECT_TRUE(load->hasOneUse());
  EXPECT_TRUE(isa<func::ReturnOp>(*load->getUsers().begin()));
  EXPECT_TRUE(succeeded(mlir::verify(*module)));
}
