//===- InterfacesTest.cpp - Tests for the cast-hoist op interfaces --------===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#include "TestUtils.h"

#include "casthoist/Dialect/Tmov/IR/Tmov.h"

#include "mlir/Dialect/Tosa/IR/TosaOps.h"

using namespace mlir;
using namespace mlir::casthoist;
using namespace casthoist_test;

namespace {

TEST(InterfacesTest, TmovCastReportsTosaLikeKinds) {
  auto context = makeContext();
  auto module = parse(*context, R"mlir(
    func.func @f(%a: tensor<4xf32>, %b: tensor<4xi32>, %c: tensor<4xi1>) {
      %0 = tmov.cast %a : tensor<4xf32> to tensor<4xf16>
      %1 = tmov.cast %a : tensor<4xf32> to tensor<4xi8>
      %2 = tmov.cast %b : tensor<4xi32> to tensor<4xf64>
      %3 = tmov.cast %b : tensor<4xi32> to tensor<4xi8>
      %4 = tmov.cast %c : tensor<4xi1> to tensor<4xi8>
      return
    })mlir");
  SmallVector<std::optional<CastKind>> kinds;
  module->walk([&](ElementCastOpInterface cast) {
    kinds.push_back(cast.getCastKind());
  });
  ASSERT_EQ(kinds.size(), 5u);
  EXPECT_EQ(kinds[0], CastKind::FloatToFloat);
  EXPECT_EQ(kinds[1], CastKind::FloatToSignedIntSat);
  EXPECT_EQ(kinds[2], CastKind::SignedIntToFloat);
  EXPECT_EQ(kinds[3], CastKind::SignedIntToInt);
  // i1 is not modeled: the rewrites leave such casts alone.
  EXPECT_EQ(kinds[4], std::nullopt);
}

TEST(InterfacesTest, IndicesAreNotDataOperands) {
  auto context = makeContext();
  auto module = parse(*context, R"mlir(
    func.func @f(%d: tensor<8x4xf32>, %i: tensor<2xi32>, %u: tensor<2x4xf32>) {
      %g = tmov.gather %d[%i] axis 0
          : (tensor<8x4xf32>, tensor<2xi32>) -> tensor<2x4xf32>
      %s = tmov.scatter %d[%i], %u axis 0
          : (tensor<8x4xf32>, tensor<2xi32>, tensor<2x4xf32>) -> tensor<8x4xf32>
      return
    })mlir");
  auto gather = findOnly<tmov::GatherOp>(module->getOperation());
  auto scatter = findOnly<tmov::ScatterOp>(module->getOperation());
  auto gatherData =
      cast<DataMovementOpInterface>(gather.getOperation()).getDataOperands();
  ASSERT_EQ(gatherData.size(), 1u);
  EXPECT_EQ(gatherData[0]->get(), gather.getData());
  auto scatterData =
      cast<DataMovementOpInterface>(scatter.getOperation()).getDataOperands();
  ASSERT_EQ(scatterData.size(), 2u);
  EXPECT_EQ(scatterData[0]->get(), scatter.getDest());
  EXPECT_EQ(scatterData[1]->get(), scatter.getUpdates());
}

TEST(InterfacesTest, PadExposesAndRebuildsItsFillValue) {
  auto context = makeContext();
  auto module = parse(*context, R"mlir(
    func.func @f(%x: tensor<2xf32>, %y: tensor<2xf16>) {
      %p = tmov.pad %x low [1] high [2] value -1.5 : f32
          : tensor<2xf32> -> tensor<5xf32>
      return
    })mlir");
  auto pad = findOnly<tmov::PadOp>(module->getOperation());
  auto iface = cast<DataMovementOpInterface>(pad.getOperation());
  SmallVector<TypedAttr> fills = iface.getFillValues();
  ASSERT_EQ(fills.size(), 1u);
  EXPECT_EQ(cast<FloatAttr>(fills[0]).getValueAsDouble(), -1.5);

  Value narrow = pad->getBlock()->getArgument(1);
  OpBuilder builder(pad);
  Type f16 = builder.getF16Type();
  Value rebuilt = iface.rebuildWithElementType(
      builder, {narrow}, f16, {builder.getFloatAttr(f16, -1.5)});
  auto newPad = rebuilt.getDefiningOp<tmov::PadOp>();
  ASSERT_TRUE(newPad);
  EXPECT_EQ(newPad.getType(), RankedTensorType::get({5}, f16));
  EXPECT_EQ(newPad.getPaddingValue().getType(), f16);
  EXPECT_EQ(newPad.getLow(), pad.getLow());
  EXPECT_EQ(newPad.getHigh(), pad.getHigh());
  EXPECT_TRUE(succeeded(mlir::verify(newPad)));
}

TEST(InterfacesTest, TosaWhileLoopListsItsFlowEdges) {
  auto context = makeContext();
  context->getOrLoadDialect<tosa::TosaDialect>();
  auto module = parse(*context, R"mlir(
    func.func @f(%i: tensor<i32>, %x: tensor<4xf32>, %go: tensor<i1>)
        -> (tensor<i32>, tensor<4xf32>) {
      %r:2 = tosa.while_loop (%a = %i, %b = %x)
          : (tensor<i32>, tensor<4xf32>) -> (tensor<i32>, tensor<4xf32>) {
        tosa.yield %go : tensor<i1>
      } do {
      ^bb0(%a1: tensor<i32>, %b1: tensor<4xf32>):
        %t = tosa.reverse %b1 {axis = 0 : i32}
            : (tensor<4xf32>) -> tensor<4xf32>
        tosa.yield %a1, %t : tensor<i32>, tensor<4xf32>
      }
      return %r#0, %r#1 : tensor<i32>, tensor<4xf32>
    })mlir");
  auto loop = findOnly<tosa::WhileOp>(module->getOperation());
  auto iface = dyn_cast<LoopRegionsOpInterface>(loop.getOperation());
  ASSERT_TRUE(iface);
  SmallVector<LoopFlowEdge> edges;
  ASSERT_TRUE(succeeded(iface.getLoopFlowEdges(edges)));
  Block &cond = loop.getCondGraph().front();
  Block &body = loop.getBodyGraph().front();
  Operation *yield = body.getTerminator();
  // Init k and the body's yield k each reach cond argument k, body argument
  // k and result k; the cond region's yield (the condition) reaches nothing.
  SmallVector<LoopFlowEdge> expected;
  for (unsigned k = 0; k < 2; ++k)
    for (OpOperand *from : {&loop->getOpOperand(k), &yield->getOpOperand(k)})
      for (Value to : {Value(cond.getArgument(k)), Value(body.getArgument(k)),
                       Value(loop->getResult(k))})
        expected.emplace_back(from, to);
  EXPECT_EQ(edges.size(), expected.size());
  for (const LoopFlowEdge &edge : expected)
    EXPECT_TRUE(llvm::is_contained(edges, edge));
  // tosa.cond_if is a branch, not a loop.
  std::optional<RegisteredOperationName> ifName =
      RegisteredOperationName::lookup("tosa.cond_if", context.get());
  ASSERT_TRUE(ifName);
  EXPECT_FALSE(ifName->hasInterface<LoopRegionsOpInterface>());
  EXPECT_TRUE(ifName->hasInterface<BranchRegionsOpInterface>());
}

TEST(InterfacesTest, EveryTmovMoveOpHasTheTraitAndInterface) {
  auto context = makeContext();
  auto *dialect = context->getLoadedDialect<tmov::TmovDialect>();
  ASSERT_TRUE(dialect);
  unsigned moveOps = 0;
  for (RegisteredOperationName name : context->getRegisteredOperations()) {
    if (&name.getDialect() != dialect)
      continue;
    bool isCast = name.hasInterface<ElementCastOpInterface>();
    bool isMove = name.hasInterface<DataMovementOpInterface>();
    EXPECT_NE(isCast, isMove) << name.getStringRef().str();
    EXPECT_EQ(isMove, name.hasTrait<PureDataMovement>())
        << name.getStringRef().str();
    moveOps += isMove;
  }
  EXPECT_EQ(moveOps, 10u);
}

} // namespace
