//===- TrafficModelTest.cpp - Tests for the traffic model -----------------===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#include "TestUtils.h"

#include "casthoist/Dialect/Tmov/IR/Tmov.h"
#include "casthoist/Transforms/TrafficGraph.h"
#include "casthoist/Transforms/TrafficModel.h"

#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"

using namespace mlir;
using namespace mlir::casthoist;
using namespace casthoist_test;

namespace {

TEST(TrafficModelTest, BytesFromStaticAndDynamicShapes) {
  auto context = makeContext();
  Builder b(context.get());
  TrafficModel model(/*dynamicDimSize=*/10);
  EXPECT_EQ(model.getBytes(RankedTensorType::get({4, 8}, b.getF32Type())),
            128u);
  EXPECT_EQ(model.getBytes(RankedTensorType::get({4, 8}, b.getF16Type())), 64u);
  EXPECT_EQ(model.getBytes(RankedTensorType::get({ShapedType::kDynamic, 8},
                                                 b.getI8Type())),
            80u);
  EXPECT_EQ(model.getBytes(UnrankedTensorType::get(b.getF64Type())), 80u);
  EXPECT_EQ(model.getBytes(RankedTensorType::get({0, 8}, b.getF32Type())), 0u);
  // Sub-byte elements round up to whole bytes.
  EXPECT_EQ(model.getBytes(RankedTensorType::get({3}, b.getIntegerType(4))),
            2u);
  // Shapes whose byte counts overflow 64 bits saturate.
  int64_t huge = int64_t(1) << 40;
  EXPECT_EQ(model.getBytes(RankedTensorType::get({huge, huge}, b.getF32Type())),
            UINT64_MAX / 8 + 1);
}

TEST(TrafficModelTest, MovementReadsAtMostWhatItWrites) {
  auto context = makeContext();
  auto module = parse(*context, R"mlir(
    func.func @f(%x: tensor<64x64xf32>, %y: tensor<32xf32>, %t: tensor<100x8xf32>, %i: tensor<4xi32>) {
      %s = tmov.slice %x offsets [0, 0] sizes [16, 16] strides [1, 1]
          : tensor<64x64xf32> -> tensor<16x16xf32>
      %b = tmov.broadcast %y [1] : tensor<32xf32> -> tensor<16x32xf32>
      %g = tmov.gather %t[%i] axis 0
          : (tensor<100x8xf32>, tensor<4xi32>) -> tensor<4x8xf32>
      %c = tmov.cast %s : tensor<16x16xf32> to tensor<16x16xf16>
      return
    })mlir");
  TrafficModel model;
  SmallVector<uint64_t> movement;
  module->walk([&](DataMovementOpInterface op) {
    movement.push_back(model.getMovementTraffic(op));
  });
  // slice: reads the 256 selected elements, writes 256.
  // broadcast: reads its 32 inputs once, writes 512.
  // gather: reads 32 elements and the 4 indices, writes 32.
  EXPECT_EQ(movement,
            SmallVector<uint64_t>({2048, 128 + 2048, 128 + 16 + 128}));

  auto castOp = findOnly<tmov::CastOp>(module->getOperation());
  EXPECT_EQ(model.getCastTraffic(castOp), 1024u + 512u);
  TrafficModel::Totals totals = model.getTotals(module->getOperation());
  EXPECT_EQ(totals.movement, 2048u + 2176u + 272u);
  EXPECT_EQ(totals.casts, 1536u);
  EXPECT_EQ(totals.total(), totals.movement + totals.casts);
  // The same slice moving f16.
  auto slice = findOnly<tmov::SliceOp>(module->getOperation());
  EXPECT_EQ(model.getMovementTraffic(
                cast<DataMovementOpInterface>(slice.getOperation()),
                Float16Type::get(context.get())),
            1024u);
}

/// makeContext() plus tensor and TOSA.
std::unique_ptr<MLIRContext> makeUpstreamContext() {
  DialectRegistry registry;
  registry.insert<func::FuncDialect, arith::ArithDialect, tensor::TensorDialect,
                  tosa::TosaDialect>();
  registerCastHoistDialects(registry);
  auto context = std::make_unique<MLIRContext>(registry);
  context->loadAllAvailableDialects();
  return context;
}

TEST(TrafficModelTest, ViewsCostNothing) {
  auto context = makeUpstreamContext();
  auto module = parse(*context, R"mlir(
    func.func @f(%x: tensor<4x8xf32>, %s: tensor<2xindex>) {
      %r = tmov.reshape %x : tensor<4x8xf32> -> tensor<32xf32>
      %e = tensor.expand_shape %x [[0, 1], [2]] output_shape [2, 2, 8]
          : tensor<4x8xf32> into tensor<2x2x8xf32>
      %c = tensor.collapse_shape %x [[0, 1]] : tensor<4x8xf32> into tensor<32xf32>
      %t = tensor.reshape %x(%s) : (tensor<4x8xf32>, tensor<2xindex>) -> tensor<8x4xf32>
      %k = tensor.cast %x : tensor<4x8xf32> to tensor<?x8xf32>
      %shape = tosa.const_shape {values = dense<[32]> : tensor<1xindex>} : () -> !tosa.shape<1>
      %u = tosa.reshape %x, %shape : (tensor<4x8xf32>, !tosa.shape<1>) -> tensor<32xf32>
      %i = tosa.identity %x : (tensor<4x8xf32>) -> tensor<4x8xf32>
      // Strided views and copies are not views.
      %l = tensor.extract_slice %x[0, 0] [2, 8] [1, 1] : tensor<4x8xf32> to tensor<2x8xf32>
      %p = tmov.transpose %x [1, 0] : tensor<4x8xf32> -> tensor<8x4xf32>
      return
    })mlir");
  TrafficModel model;
  SmallVector<std::pair<bool, uint64_t>> seen;
  module->walk([&](DataMovementOpInterface op) {
    seen.push_back({op.isView(), model.getMovementTraffic(op)});
    // Whatever element type it would move.
    if (op.isView()) {
      EXPECT_EQ(model.getMovementTraffic(op, Float16Type::get(context.get())),
                0u);
    }
  });
  SmallVector<std::pair<bool, uint64_t>> expected(7, {true, 0});
  expected.push_back({false, 64 + 64});
  expected.push_back({false, 128 + 128});
  EXPECT_EQ(seen, expected);
}

TEST(TrafficModelTest, FunctionCountsEveryTensorReadAndWrite) {
  auto context = makeUpstreamContext();
  auto module = parse(*context, R"mlir(
    func.func @f(%a: tensor<1x4x8xf32>, %b: tensor<1x8x2xf32>, %i: index)
        -> (tensor<1x4x2xf16>, f32) {
      %zp = "tosa.const"() {values = dense<0.0> : tensor<1xf32>} : () -> tensor<1xf32>
      %e = tensor.empty() : tensor<1x4x2xf32>
      %d = tensor.dim %a, %i : tensor<1x4x8xf32>
      %m = tosa.matmul %a, %b, %zp, %zp
          : (tensor<1x4x8xf32>, tensor<1x8x2xf32>, tensor<1xf32>, tensor<1xf32>)
          -> tensor<1x4x2xf32>
      %shape = tosa.const_shape {values = dense<[1, 8, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
      %r = tosa.reshape %m, %shape : (tensor<1x4x2xf32>, !tosa.shape<3>) -> tensor<1x8x1xf32>
      %back = tosa.const_shape {values = dense<[1, 4, 2]> : tensor<3xindex>} : () -> !tosa.shape<3>
      %s = tosa.reshape %r, %back : (tensor<1x8x1xf32>, !tosa.shape<3>) -> tensor<1x4x2xf32>
      %c = tosa.cast %s : (tensor<1x4x2xf32>) -> tensor<1x4x2xf16>
      %x = tensor.extract %m[%i, %i, %i] : tensor<1x4x2xf32>
      return %c, %x : tensor<1x4x2xf16>, f32
    })mlir");
  TrafficModel model;
  // The constant, tensor.empty (reads no tensor), tensor.dim and
  // tensor.extract (write no tensor), the views and the return: 0. The
  // matmul reads 128 + 64 + 4 + 4 bytes and writes 32; the cast reads 32 and
  // writes 16.
  uint64_t matmul = 128 + 64 + 4 + 4 + 32;
  uint64_t cast = 32 + 16;
  auto fn = findOnly<func::FuncOp>(module->getOperation());
  TrafficModel::Totals totals = model.getTotals(fn);
  EXPECT_EQ(totals.function, matmul + cast);
  EXPECT_EQ(totals.movement, 0u);
  EXPECT_EQ(totals.casts, cast);
  auto matmulOp = findOnly<tosa::MatMulOp>(fn);
  EXPECT_EQ(model.getOpTraffic(matmulOp), matmul);
  // The function op itself is not counted, so a module sums its functions.
  EXPECT_EQ(model.getTotals(module->getOperation()).function, totals.function);
}

TEST(TrafficModelTest, TosaRegionOpsCostNothing) {
  auto context = makeUpstreamContext();
  auto module = parse(*context, R"mlir(
    func.func @f(%c: tensor<i1>, %x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
      %i = tosa.cond_if %c (%a = %x) : tensor<i1> (tensor<4xf32>) -> tensor<4xf32> {
      ^bb0(%a1: tensor<4xf32>):
        tosa.yield %a1 : tensor<4xf32>
      } else {
      ^bb0(%a2: tensor<4xf32>):
        tosa.yield %a2 : tensor<4xf32>
      }
      %w = tosa.while_loop (%v = %x) : (tensor<4xf32>) -> tensor<4xf32> {
        tosa.yield %c : tensor<i1>
      } do {
      ^bb0(%v1: tensor<4xf32>):
        %t = tosa.reverse %v1 {axis = 0 : i32} : (tensor<4xf32>) -> tensor<4xf32>
        tosa.yield %t : tensor<4xf32>
      }
      return %i, %w : tensor<4xf32>, tensor<4xf32>
    })mlir");
  TrafficModel model;
  auto fn = findOnly<func::FuncOp>(module->getOperation());
  // The region ops themselves are free; the reverse in the loop body reads
  // and writes 16 bytes, counted once.
  EXPECT_EQ(model.getOpTraffic(findOnly<tosa::IfOp>(fn)), 0u);
  EXPECT_EQ(model.getOpTraffic(findOnly<tosa::WhileOp>(fn)), 0u);
  EXPECT_EQ(model.getTotals(fn).function, 32u);
}

TEST(TrafficModelTest, FormatsBytesForPeople) {
  EXPECT_EQ(formatBytes(0), "0 B");
  EXPECT_EQ(formatBytes(1023), "1023 B");
  EXPECT_EQ(formatBytes(1536), "1.50 KiB");
  EXPECT_EQ(formatBytes(uint64_t(20) << 20), "20.0 MiB");
  EXPECT_EQ(formatBytes(UINT64_MAX), "16.0 EiB");
}

} // namespace
