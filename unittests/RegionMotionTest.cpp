//===- RegionMotionTest.cpp - Casts across control flow, C++ API ----------===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#include "TestUtils.h"

#include "casthoist/Dialect/Tmov/IR/Tmov.h"
#include "casthoist/Transforms/RegionMotion.h"

#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/OperationSupport.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

using namespace mlir;
using namespace mlir::casthoist;
using namespace casthoist_test;

namespace {

constexpr StringLiteral kLoop = R"mlir(
  func.func @loop(%x: tensor<8x8xf32>, %n: index) -> tensor<8x8xf16> {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %x)
        -> (tensor<8x8xf32>) {
      %t = tmov.transpose %acc [1, 0] : tensor<8x8xf32> -> tensor<8x8xf32>
      scf.yield %t : tensor<8x8xf32>
    }
    %c = tmov.cast %r : tensor<8x8xf32> to tensor<8x8xf16>
    return %c : tensor<8x8xf16>
  })mlir";

constexpr StringLiteral kBranch = R"mlir(
  func.func @branch(%c: i1, %x: tensor<4x8xf32>, %y: tensor<8x4xf32>)
      -> tensor<8x4xf16> {
    %r = scf.if %c -> (tensor<8x4xf32>) {
      %t = tmov.transpose %x [1, 0] : tensor<4x8xf32> -> tensor<8x4xf32>
      scf.yield %t : tensor<8x4xf32>
    } else {
      scf.yield %y : tensor<8x4xf32>
    }
    %n = tmov.cast %r : tensor<8x4xf32> to tensor<8x4xf16>
    return %n : tensor<8x4xf16>
  })mlir";

std::unique_ptr<MLIRContext> makeScfContext() {
  auto context = makeContext();
  context->getOrLoadDialect<scf::SCFDialect>();
  return context;
}

/// makeContext() plus TOSA.
std::unique_ptr<MLIRContext> makeTosaContext() {
  auto context = makeContext();
  context->getOrLoadDialect<tosa::TosaDialect>();
  return context;
}

constexpr StringLiteral kTosaWhile = R"mlir(
  func.func @while(%x: tensor<4x4xf32>, %go: tensor<i1>) -> tensor<4x4xf16> {
    %r = tosa.while_loop (%v = %x) : (tensor<4x4xf32>) -> tensor<4x4xf32> {
      tosa.yield %go : tensor<i1>
    } do {
    ^bb0(%v1: tensor<4x4xf32>):
      %t = tosa.transpose %v1 {perms = array<i32: 1, 0>}
          : (tensor<4x4xf32>) -> tensor<4x4xf32>
      tosa.yield %t : tensor<4x4xf32>
    }
    %c = tosa.cast %r : (tensor<4x4xf32>) -> tensor<4x4xf16>
    return %c : tensor<4x4xf16>
  })mlir";

Type resultElementType(Operation *op) {
  return getElementTypeOrSelf(op->getResult(0).getType());
}

TEST(RegionMotionTest, CarriesLoopValueNarrowAndCounts) {
  auto context = makeScfContext();
  auto module = parse(*context, kLoop);
  HoistCastsCounters counters;
  ASSERT_TRUE(succeeded(applyHoistCastsPatterns(*module, counters)));

  Type f16 = Float16Type::get(context.get());
  auto loop = findOnly<scf::ForOp>(module->getOperation());
  EXPECT_EQ(resultElementType(loop), f16);
  EXPECT_EQ(resultElementType(findOnly<tmov::TransposeOp>(loop)), f16);
  // The one cast left converts the init, before the loop.
  auto cast = findOnly<tmov::CastOp>(module->getOperation());
  EXPECT_TRUE(cast->isBeforeInBlock(loop));
  EXPECT_EQ(counters.castsHoisted, 1u);
  EXPECT_EQ(counters.narrowedOps, 1u);
  EXPECT_TRUE(succeeded(mlir::verify(*module)));
}

TEST(RegionMotionTest, CarriesWhileValueNarrowAndCounts) {
  auto context = makeScfContext();
  auto module = parse(*context, R"mlir(
    func.func @while(%x: tensor<4x4xf32>, %b: i1) -> tensor<4x4xf16> {
      %r = scf.while (%acc = %x) : (tensor<4x4xf32>) -> tensor<4x4xf32> {
        %t = tmov.transpose %acc [1, 0] : tensor<4x4xf32> -> tensor<4x4xf32>
        scf.condition(%b) %t : tensor<4x4xf32>
      } do {
      ^bb0(%a: tensor<4x4xf32>):
        %r = tmov.reverse %a [0] : tensor<4x4xf32>
        scf.yield %r : tensor<4x4xf32>
      }
      %c = tmov.cast %r : tensor<4x4xf32> to tensor<4x4xf16>
      return %c : tensor<4x4xf16>
    })mlir");
  HoistCastsCounters counters;
  ASSERT_TRUE(succeeded(applyHoistCastsPatterns(*module, counters)));

  Type f16 = Float16Type::get(context.get());
  auto loop = findOnly<scf::WhileOp>(module->getOperation());
  EXPECT_EQ(resultElementType(loop), f16);
  for (Region &region : loop->getRegions())
    EXPECT_EQ(getElementTypeOrSelf(region.getArgument(0).getType()), f16);
  EXPECT_EQ(counters.castsHoisted, 1u);
  EXPECT_EQ(counters.narrowedOps, 2u);
  EXPECT_TRUE(succeeded(mlir::verify(*module)));
}

TEST(RegionMotionTest, CarriesTosaWhileLoopValueNarrowAndCounts) {
  auto context = makeTosaContext();
  auto module = parse(*context, kTosaWhile);
  HoistCastsCounters counters;
  ASSERT_TRUE(succeeded(applyHoistCastsPatterns(*module, counters)));

  Type f16 = Float16Type::get(context.get());
  auto loop = findOnly<tosa::WhileOp>(module->getOperation());
  EXPECT_EQ(resultElementType(loop), f16);
  // The cond region's argument is retyped too, although it only passes the
  // value on.
  for (Region &region : loop->getRegions())
    EXPECT_EQ(getElementTypeOrSelf(region.getArgument(0).getType()), f16);
  EXPECT_EQ(resultElementType(findOnly<tosa::TransposeOp>(loop)), f16);
  auto cast = findOnly<tosa::CastOp>(module->getOperation());
  EXPECT_TRUE(cast->isBeforeInBlock(loop));
  EXPECT_EQ(counters.castsHoisted, 1u);
  EXPECT_EQ(counters.narrowedOps, 1u);
  EXPECT_TRUE(succeeded(mlir::verify(*module)));
}

/// tosa.while_loop ops the verifier rejects, parsed without verifying: the
/// pass must neither crash nor rewrite them.
TEST(RegionMotionTest, LeavesInvalidTosaWhileLoopsAlone) {
  auto context = makeTosaContext();
  // The body yields f16 for an f32 carried value; yields nothing for one of
  // two; has a bf16 argument for an f32 init; has no terminator.
  for (StringRef source : {StringRef(R"mlir(
    func.func @f(%x: tensor<4xf32>, %go: tensor<i1>) -> tensor<4xf16> {
      %r = "tosa.while_loop"(%x) ({
      ^bb0(%a: tensor<4xf32>):
        "tosa.yield"(%go) : (tensor<i1>) -> ()
      }, {
      ^bb0(%b: tensor<4xf32>):
        %h = tosa.cast %b : (tensor<4xf32>) -> tensor<4xf16>
        "tosa.yield"(%h) : (tensor<4xf16>) -> ()
      }) : (tensor<4xf32>) -> tensor<4xf32>
      %c = tosa.cast %r : (tensor<4xf32>) -> tensor<4xf16>
      return %c : tensor<4xf16>
    })mlir"),
                           StringRef(R"mlir(
    func.func @f(%x: tensor<4xf32>, %y: tensor<4xf32>, %go: tensor<i1>)
        -> tensor<4xf16> {
      %r:2 = "tosa.while_loop"(%x, %y) ({
      ^bb0(%a: tensor<4xf32>, %a2: tensor<4xf32>):
        "tosa.yield"(%go) : (tensor<i1>) -> ()
      }, {
      ^bb0(%b: tensor<4xf32>, %b2: tensor<4xf32>):
        %t = tosa.reverse %b {axis = 0 : i32}
            : (tensor<4xf32>) -> tensor<4xf32>
        "tosa.yield"(%t) : (tensor<4xf32>) -> ()
      }) : (tensor<4xf32>, tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>)
      %c = tosa.cast %r#0 : (tensor<4xf32>) -> tensor<4xf16>
      return %c : tensor<4xf16>
    })mlir"),
                           StringRef(R"mlir(
    func.func @f(%x: tensor<4xf32>, %go: tensor<i1>) -> tensor<4xf16> {
      %r = "tosa.while_loop"(%x) ({
      ^bb0(%a: tensor<4xf32>):
        "tosa.yield"(%go) : (tensor<i1>) -> ()
      }, {
      ^bb0(%b: tensor<4xbf16>):
        %t = tosa.reverse %b {axis = 0 : i32}
            : (tensor<4xbf16>) -> tensor<4xbf16>
        "tosa.yield"(%t) : (tensor<4xbf16>) -> ()
      }) : (tensor<4xf32>) -> tensor<4xf32>
      %c = tosa.cast %r : (tensor<4xf32>) -> tensor<4xf16>
      return %c : tensor<4xf16>
    })mlir"),
                           StringRef(R"mlir(
    func.func @f(%x: tensor<4xf32>, %go: tensor<i1>) -> tensor<4xf16> {
      %r = "tosa.while_loop"(%x) ({
      ^bb0(%a: tensor<4xf32>):
        "tosa.yield"(%go) : (tensor<i1>) -> ()
      }, {
      ^bb0(%b: tensor<4xf32>):
      }) : (tensor<4xf32>) -> tensor<4xf32>
      %c = tosa.cast %r : (tensor<4xf32>) -> tensor<4xf16>
      return %c : tensor<4xf16>
    })mlir")}) {
    ParserConfig config(context.get(), /*verifyAfterParse=*/false);
    OwningOpRef<ModuleOp> module = parseSourceString<ModuleOp>(source, config);
    ASSERT_TRUE(module) << source.str();
    {
      // The verifier's errors are expected: keep them off the test log.
      ScopedDiagnosticHandler quiet(context.get(),
                                    [](Diagnostic &) { return success(); });
      ASSERT_TRUE(failed(mlir::verify(*module)));
    }
    RewritePatternSet patterns(context.get());
    populateRegionMotionPatterns(patterns, HoistCastsPatternOptions());
    (void)applyPatternsGreedily(*module, std::move(patterns));

    Type f32 = Float32Type::get(context.get());
    auto loop = findOnly<tosa::WhileOp>(module->getOperation());
    EXPECT_EQ(resultElementType(loop), f32) << source.str();
    auto fn = findOnly<func::FuncOp>(module->getOperation());
    auto cast = cast_if_present<ElementCastOpInterface>(
        fn.getBody().front().getTerminator()->getOperand(0).getDefiningOp());
    ASSERT_TRUE(cast) << source.str();
    EXPECT_EQ(cast.getCastSource().getDefiningOp(), loop.getOperation());
    std::optional<std::string> reason =
        explainNoRegionMotion(cast, HoistCastsPatternOptions());
    EXPECT_TRUE(reason.has_value()) << source.str();
  }
}

TEST(RegionMotionTest, ControlFunctionSeesTheRegionOpAndVetoes) {
  auto context = makeScfContext();
  for (StringLiteral source : {kLoop, kBranch}) {
    auto module = parse(*context, source);
    SmallVector<Operation *> askedAbout;
    HoistCastsPatternOptions options;
    options.controlFn = [&](Operation *cast, Operation *op) {
      askedAbout.push_back(op);
      return op->getNumRegions() == 0;
    };
    ASSERT_TRUE(succeeded(applyHoistCastsPatterns(*module, options)));

    Type f32 = Float32Type::get(context.get());
    Operation *regionOp = nullptr;
    module->walk([&](Operation *op) {
      if (isa<scf::ForOp, scf::IfOp>(op))
        regionOp = op;
    });
    ASSERT_TRUE(regionOp);
    EXPECT_EQ(resultElementType(regionOp), f32);
    EXPECT_TRUE(llvm::is_contained(askedAbout, regionOp));
  }
}

TEST(RegionMotionTest, RegionPatternsAloneMoveOnlyIntoTheBranches) {
  auto context = makeScfContext();
  auto module = parse(*context, kBranch);
  RewritePatternSet patterns(context.get());
  populateRegionMotionPatterns(patterns, HoistCastsPatternOptions());
  ASSERT_TRUE(succeeded(applyPatternsGreedily(*module, std::move(patterns))));

  Type f16 = Float16Type::get(context.get());
  Type f32 = Float32Type::get(context.get());
  auto branch = findOnly<scf::IfOp>(module->getOperation());
  EXPECT_EQ(resultElementType(branch), f16);
  // Without the data-movement patterns, the cast stays below the transpose.
  EXPECT_EQ(resultElementType(findOnly<tmov::TransposeOp>(branch)), f32);
  unsigned casts = 0;
  branch->walk([&](tmov::CastOp) { ++casts; });
  EXPECT_EQ(casts, 2u);
  EXPECT_TRUE(succeeded(mlir::verify(*module)));
}

TEST(RegionMotionTest, DirectionSelectsThePatterns) {
  auto context = makeScfContext();
  Type f32 = Float32Type::get(context.get());
  // direction=down: the narrowing cast after the loop stays there.
  {
    auto module = parse(*context, kLoop);
    RewritePatternSet patterns(context.get());
    HoistCastsPatternOptions options;
    options.direction = MotionDirection::Down;
    populateRegionMotionPatterns(patterns, options);
    ASSERT_TRUE(succeeded(applyPatternsGreedily(*module, std::move(patterns))));
    auto loop = findOnly<scf::ForOp>(module->getOperation());
    EXPECT_EQ(resultElementType(loop), f32);
  }
  // direction=up: the widening casts stay in the branches.
  {
    auto module = parse(*context, R"mlir(
      func.func @sink(%c: i1, %x: tensor<4xf16>, %y: tensor<4xf16>)
          -> tensor<4xf32> {
        %r = scf.if %c -> (tensor<4xf32>) {
          %e = tmov.cast %x : tensor<4xf16> to tensor<4xf32>
          scf.yield %e : tensor<4xf32>
        } else {
          %e = tmov.cast %y : tensor<4xf16> to tensor<4xf32>
          scf.yield %e : tensor<4xf32>
        }
        return %r : tensor<4xf32>
      })mlir");
    for (MotionDirection direction :
         {MotionDirection::Up, MotionDirection::Down}) {
      RewritePatternSet patterns(context.get());
      HoistCastsPatternOptions options;
      options.direction = direction;
      populateRegionMotionPatterns(patterns, options);
      ASSERT_TRUE(
          succeeded(applyPatternsGreedily(*module, std::move(patterns))));
      auto branch = findOnly<scf::IfOp>(module->getOperation());
      bool sunk = direction == MotionDirection::Down;
      EXPECT_EQ(resultElementType(branch) == f32, !sunk);
    }
  }
}

TEST(RegionMotionTest, ExplainsWhyALoopStaysWide) {
  auto context = makeScfContext();
  auto module = parse(*context, R"mlir(
    func.func @computes(%x: tensor<4xf32>, %n: index) -> tensor<4xf16> {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %x)
          -> (tensor<4xf32>) {
        %a = arith.addf %acc, %acc : tensor<4xf32>
        scf.yield %a : tensor<4xf32>
      }
      %c = tmov.cast %r : tensor<4xf32> to tensor<4xf16>
      return %c : tensor<4xf16>
    })mlir");
  auto cast = findOnly<tmov::CastOp>(module->getOperation());
  std::optional<std::string> reason = explainNoRegionMotion(
      cast_if_present<ElementCastOpInterface>(cast.getOperation()),
      HoistCastsPatternOptions());
  ASSERT_TRUE(reason.has_value());
  EXPECT_NE(reason->find("not data movement"), std::string::npos) << *reason;
}

} // namespace
