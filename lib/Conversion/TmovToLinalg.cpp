//===- TmovToLinalg.cpp - Lower tmov ops to upstream ops ------------------===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//
//
// Every tmov op becomes upstream ops with exactly the semantics stated in
// TmovOps.td, so tmov programs run under mlir-runner and the differential
// tests can compare a program before and after hoist-casts.
//
//===----------------------------------------------------------------------===//

#include "casthoist/Conversion/Passes.h"
#include "casthoist/Dialect/Tmov/IR/Tmov.h"

#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/DialectConversion.h"

namespace mlir {
namespace casthoist {
#define GEN_PASS_DEF_CONVERTTMOVTOLINALG
#include "casthoist/Conversion/Passes.h.inc"
} // namespace casthoist
} // namespace mlir

using namespace mlir;
using namespace mlir::casthoist;

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

/// The size of dimension `d` of `tensor` as an index value.
static Value getDimValue(OpBuilder &b, Location loc, Value tensor, int64_t d) {
  return getValueOrCreateConstantIndexOp(
      b, loc, tensor::getMixedSize(b, loc, tensor, d));
}

static Value indexConstant(OpBuilder &b, Location loc, int64_t value) {
  return arith::ConstantIndexOp::create(b, loc, value);
}

/// `lhs + rhs`, folded when both are constant.
static OpFoldResult addSizes(OpBuilder &b, Location loc, OpFoldResult lhs,
                             OpFoldResult rhs) {
  std::optional<int64_t> l = getConstantIntValue(lhs),
                         r = getConstantIntValue(rhs);
  if (l && r)
    return b.getIndexAttr(*l + *r);
  return arith::AddIOp::create(b, loc,
                               getValueOrCreateConstantIndexOp(b, loc, lhs),
                               getValueOrCreateConstantIndexOp(b, loc, rhs))
      .getResult();
}

/// Whether `type` is a ranked tensor with a static dimension of size 0, i.e.
/// without elements.
static bool hasZeroSizedDim(Type type) {
  auto ranked = dyn_cast<RankedTensorType>(type);
  return ranked && llvm::is_contained(ranked.getShape(), 0);
}

/// Sizes of `resultType`, with each dynamic dimension taken from
/// `dynamicSize(d)`.
static SmallVector<OpFoldResult>
getResultSizes(OpBuilder &b, RankedTensorType resultType,
               function_ref<OpFoldResult(int64_t)> dynamicSize) {
  SmallVector<OpFoldResult> sizes;
  for (int64_t d = 0; d < resultType.getRank(); ++d) {
    if (resultType.isDynamicDim(d))
      sizes.push_back(dynamicSize(d));
    else
      sizes.push_back(b.getIndexAttr(resultType.getDimSize(d)));
  }
  return sizes;
}

/// Builds `result[i] = element(i)` as a linalg.generic over the result,
/// where `element` computes one element from the result's indices.
static Value buildIndexedGeneric(
    OpBuilder &b, Location loc, RankedTensorType resultType,
    ArrayRef<OpFoldResult> sizes,
    function_ref<Value(OpBuilder &, Location, ValueRange)> element) {
  Value init =
      tensor::EmptyOp::create(b, loc, sizes, resultType.getElementType());
  int64_t rank = resultType.getRank();
  SmallVector<AffineMap> maps = {b.getMultiDimIdentityMap(rank)};
  SmallVector<utils::IteratorType> iterators(rank,
                                             utils::IteratorType::parallel);
  auto generic = linalg::GenericOp::create(
      b, loc, TypeRange{init.getType()}, ValueRange{}, ValueRange{init}, maps,
      iterators, [&](OpBuilder &nested, Location nestedLoc, ValueRange) {
        SmallVector<Value> ivs;
        for (int64_t d = 0; d < rank; ++d)
          ivs.push_back(linalg::IndexOp::create(nested, nestedLoc, d));
        Value value = element(nested, nestedLoc, ivs);
        linalg::YieldOp::create(nested, nestedLoc, value);
      });
  Value result = generic.getResult(0);
  if (result.getType() != resultType)
    result = tensor::CastOp::create(b, loc, resultType, result);
  return result;
}

/// Reads an integer index element as a signed index value.
static Value readSignedIndex(OpBuilder &b, Location loc, Value indices,
                             ValueRange position) {
  Value raw = tensor::ExtractOp::create(b, loc, indices, position);
  if (raw.getType().isIndex())
    return raw;
  return arith::IndexCastOp::create(b, loc, b.getIndexType(), raw);
}

static bool isSignlessOrFloat(Type type) {
  return type.isSignlessInteger() || isa<FloatType>(type);
}

LogicalResult mlir::casthoist::checkTmovOpLowerable(Operation *op) {
  auto notSignless = [&](StringRef what, Type type) {
    return op->emitOpError()
           << "cannot be lowered: " << what << " type " << type
           << " is not signless (upstream ops need "
              "signless integers)";
  };
  if (auto cast = dyn_cast<tmov::CastOp>(op)) {
    for (Type type : {getElementTypeOrSelf(cast.getInput().getType()),
                      getElementTypeOrSelf(cast.getResult().getType())})
      if (!isSignlessOrFloat(type))
        return notSignless("element", type);
    return success();
  }
  if (auto pad = dyn_cast<tmov::PadOp>(op)) {
    Type type = pad.getInput().getType().getElementType();
    if (!isSignlessOrFloat(type))
      return notSignless("element", type);
    return success();
  }
  Value indices;
  if (auto gather = dyn_cast<tmov::GatherOp>(op))
    indices = gather.getIndices();
  else if (auto scatter = dyn_cast<tmov::ScatterOp>(op))
    indices = scatter.getIndices();
  if (indices) {
    Type type = getElementTypeOrSelf(indices.getType());
    if (!type.isSignlessInteger() && !type.isIndex())
      return notSignless("index", type);
  }
  return success();
}

//===----------------------------------------------------------------------===//
// Patterns
//===----------------------------------------------------------------------===//

namespace {

struct LowerCast : OpConversionPattern<tmov::CastOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(tmov::CastOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value input = adaptor.getInput();
    if (hasZeroSizedDim(input.getType()) || hasZeroSizedDim(op.getType())) {
      // tosa.cast rejects tensors with a dimension of size 0. Such a tensor
      // holds no elements, so its cast is an empty tensor of the result
      // type (shapes agree: the cast's shapes are compatible).
      auto resultType = dyn_cast<RankedTensorType>(op.getType());
      RankedTensorType shapeType =
          resultType ? resultType : cast<RankedTensorType>(input.getType());
      bool rankedInput = isa<RankedTensorType>(input.getType());
      SmallVector<OpFoldResult> sizes =
          getResultSizes(rewriter, shapeType, [&](int64_t d) -> OpFoldResult {
            if (rankedInput)
              return tensor::getMixedSize(rewriter, op.getLoc(), input, d);
            return tensor::DimOp::create(rewriter, op.getLoc(), input, d)
                .getResult();
          });
      Value empty = tensor::EmptyOp::create(rewriter, op.getLoc(), sizes,
                                            op.getType().getElementType());
      if (empty.getType() != op.getType())
        empty =
            tensor::CastOp::create(rewriter, op.getLoc(), op.getType(), empty);
      rewriter.replaceOp(op, empty);
      return success();
    }
    rewriter.replaceOpWithNewOp<tosa::CastOp>(op, op.getType(), input);
    return success();
  }
};

struct LowerTranspose : OpConversionPattern<tmov::TransposeOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(tmov::TransposeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    ArrayRef<int64_t> perm = op.getPermutation();
    Value input = adaptor.getInput();
    SmallVector<OpFoldResult> sizes =
        getResultSizes(rewriter, op.getType(), [&](int64_t d) {
          return getDimValue(rewriter, loc, input, perm[d]);
        });
    Value init = tensor::EmptyOp::create(rewriter, loc, sizes,
                                         op.getType().getElementType());
    auto transpose =
        linalg::TransposeOp::create(rewriter, loc, input, init, perm);
    Value result = transpose.getResult().front();
    if (result.getType() != op.getType())
      result = tensor::CastOp::create(rewriter, loc, op.getType(), result);
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct LowerReshape : OpConversionPattern<tmov::ReshapeOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(tmov::ReshapeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = adaptor.getInput();
    RankedTensorType resultType = op.getType();
    // The one dynamic result dimension (if any) holds the input's element
    // count divided by the product of the other result dimensions.
    SmallVector<Value> shape;
    int64_t staticProduct = 1;
    for (int64_t size : resultType.getShape())
      if (!ShapedType::isDynamic(size))
        staticProduct *= size;
    for (int64_t d = 0; d < resultType.getRank(); ++d) {
      if (!resultType.isDynamicDim(d)) {
        shape.push_back(indexConstant(rewriter, loc, resultType.getDimSize(d)));
        continue;
      }
      Value count = indexConstant(rewriter, loc, 1);
      for (int64_t i = 0; i < op.getInput().getType().getRank(); ++i)
        count = arith::MulIOp::create(rewriter, loc, count,
                                      getDimValue(rewriter, loc, input, i));
      // A zero static product means a zero-size result: any size works.
      Value divisor =
          indexConstant(rewriter, loc, std::max<int64_t>(staticProduct, 1));
      shape.push_back(arith::DivUIOp::create(rewriter, loc, count, divisor));
    }
    auto shapeType =
        RankedTensorType::get({resultType.getRank()}, rewriter.getIndexType());
    Value shapeTensor =
        tensor::FromElementsOp::create(rewriter, loc, shapeType, shape);
    rewriter.replaceOpWithNewOp<tensor::ReshapeOp>(op, resultType, input,
                                                   shapeTensor);
    return success();
  }
};

struct LowerBroadcast : OpConversionPattern<tmov::BroadcastOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(tmov::BroadcastOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = adaptor.getInput();
    RankedTensorType inputType = op.getInput().getType();
    ArrayRef<int64_t> dims = op.getDimensions();
    // A dynamic result dimension comes from a dynamic input dimension.
    SmallVector<OpFoldResult> sizes =
        getResultSizes(rewriter, op.getType(), [&](int64_t d) {
          auto *it = llvm::find(dims, d);
          return getDimValue(rewriter, loc, input, it - dims.begin());
        });
    Value result = buildIndexedGeneric(
        rewriter, loc, op.getType(), sizes,
        [&](OpBuilder &b, Location nestedLoc, ValueRange ivs) {
          SmallVector<Value> position;
          for (auto [i, d] : llvm::enumerate(dims)) {
            // A static size-1 input dimension repeats its only element.
            if (inputType.getDimSize(i) == 1)
              position.push_back(indexConstant(b, nestedLoc, 0));
            else
              position.push_back(ivs[d]);
          }
          return tensor::ExtractOp::create(b, nestedLoc, input, position);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct LowerSlice : OpConversionPattern<tmov::SliceOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(tmov::SliceOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOpWithNewOp<tensor::ExtractSliceOp>(
        op, op.getType(), adaptor.getInput(),
        getAsIndexOpFoldResult(rewriter.getContext(), op.getOffsets()),
        getAsIndexOpFoldResult(rewriter.getContext(), op.getSizes()),
        getAsIndexOpFoldResult(rewriter.getContext(), op.getStrides()));
    return success();
  }
};

struct LowerConcat : OpConversionPattern<tmov::ConcatOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(tmov::ConcatOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    int64_t axis = op.getAxis();
    ValueRange inputs = adaptor.getInputs();
    RankedTensorType resultType = op.getType();
    SmallVector<OpFoldResult> sizes =
        getResultSizes(rewriter, resultType, [&](int64_t d) -> Value {
          if (d != axis)
            return getDimValue(rewriter, loc, inputs.front(), d);
          OpFoldResult sum = rewriter.getIndexAttr(0);
          for (Value input : inputs)
            sum = addSizes(rewriter, loc, sum,
                           tensor::getMixedSize(rewriter, loc, input, d));
          return getValueOrCreateConstantIndexOp(rewriter, loc, sum);
        });
    Value result = tensor::EmptyOp::create(rewriter, loc, sizes,
                                           resultType.getElementType());
    OpFoldResult offset = rewriter.getIndexAttr(0);
    int64_t rank = resultType.getRank();
    for (Value input : inputs) {
      SmallVector<OpFoldResult> offsets(rank, rewriter.getIndexAttr(0));
      offsets[axis] = offset;
      SmallVector<OpFoldResult> inputSizes =
          tensor::getMixedSizes(rewriter, loc, input);
      SmallVector<OpFoldResult> strides(rank, rewriter.getIndexAttr(1));
      result = tensor::InsertSliceOp::create(rewriter, loc, input, result,
                                             offsets, inputSizes, strides);
      offset = addSizes(rewriter, loc, offset, inputSizes[axis]);
    }
    if (result.getType() != resultType)
      result = tensor::CastOp::create(rewriter, loc, resultType, result);
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct LowerPad : OpConversionPattern<tmov::PadOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(tmov::PadOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (failed(checkTmovOpLowerable(op)))
      return rewriter.notifyMatchFailure(op, "element type is not signless");
    Location loc = op.getLoc();
    Value padding = arith::ConstantOp::create(
        rewriter, loc, cast<TypedAttr>(op.getPaddingValue()));
    Value input = adaptor.getInput();
    if (hasZeroSizedDim(op.getInput().getType())) {
      // Without input elements every result element is padding. (Upstream
      // bufferization turns a tensor.pad of an empty tensor into an invalid
      // memref.subview, so this is also what makes such pads run.)
      SmallVector<OpFoldResult> sizes =
          getResultSizes(rewriter, op.getType(), [&](int64_t d) {
            OpFoldResult size = tensor::getMixedSize(rewriter, loc, input, d);
            int64_t extra = op.getLow()[d] + op.getHigh()[d];
            if (extra == 0)
              return size;
            return addSizes(rewriter, loc, size, rewriter.getIndexAttr(extra));
          });
      Value empty = tensor::EmptyOp::create(rewriter, loc, sizes,
                                            op.getType().getElementType());
      rewriter.replaceOp(
          op, linalg::FillOp::create(rewriter, loc, padding, empty).result());
      return success();
    }
    auto pad = tensor::PadOp::create(
        rewriter, loc, op.getType(), adaptor.getInput(),
        getAsIndexOpFoldResult(rewriter.getContext(), op.getLow()),
        getAsIndexOpFoldResult(rewriter.getContext(), op.getHigh()), padding);
    rewriter.replaceOp(op, pad.getResult());
    return success();
  }
};

struct LowerGather : OpConversionPattern<tmov::GatherOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(tmov::GatherOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value data = adaptor.getData();
    Value indices = adaptor.getIndices();
    int64_t axis = op.getAxis();
    int64_t indicesRank =
        cast<RankedTensorType>(op.getIndices().getType()).getRank();
    int64_t dataRank = op.getData().getType().getRank();
    // Result dims: data[:axis] ++ indices ++ data[axis+1:].
    SmallVector<OpFoldResult> sizes =
        getResultSizes(rewriter, op.getType(), [&](int64_t d) {
          if (d < axis)
            return getDimValue(rewriter, loc, data, d);
          if (d < axis + indicesRank)
            return getDimValue(rewriter, loc, indices, d - axis);
          return getDimValue(rewriter, loc, data, d - indicesRank + 1);
        });
    Value axisSize = getDimValue(rewriter, loc, data, axis);
    Value result = buildIndexedGeneric(
        rewriter, loc, op.getType(), sizes,
        [&](OpBuilder &b, Location nestedLoc, ValueRange ivs) {
          Value index = readSignedIndex(b, nestedLoc, indices,
                                        ivs.slice(axis, indicesRank));
          // Clamp to [0, axisSize - 1].
          Value last = arith::SubIOp::create(b, nestedLoc, axisSize,
                                             indexConstant(b, nestedLoc, 1));
          index = arith::MinSIOp::create(b, nestedLoc, index, last);
          index = arith::MaxSIOp::create(b, nestedLoc, index,
                                         indexConstant(b, nestedLoc, 0));
          SmallVector<Value> position(ivs.take_front(axis));
          position.push_back(index);
          llvm::append_range(position, ivs.drop_front(axis + indicesRank)
                                           .take_front(dataRank - axis - 1));
          return tensor::ExtractOp::create(b, nestedLoc, data, position);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct LowerScatter : OpConversionPattern<tmov::ScatterOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(tmov::ScatterOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value dest = adaptor.getDest();
    Value indices = adaptor.getIndices();
    Value updates = adaptor.getUpdates();
    // An empty destination has nothing to replace (and the slices below
    // would be out of bounds): the result is the destination.
    if (hasZeroSizedDim(op.getDest().getType())) {
      Value result = dest;
      if (result.getType() != op.getType())
        result = tensor::CastOp::create(rewriter, loc, op.getType(), result);
      rewriter.replaceOp(op, result);
      return success();
    }
    int64_t axis = op.getAxis();
    int64_t rank = op.getDest().getType().getRank();
    Value zero = indexConstant(rewriter, loc, 0);
    Value one = indexConstant(rewriter, loc, 1);
    Value count = getDimValue(rewriter, loc, indices, 0);
    Value axisSize = getDimValue(rewriter, loc, dest, axis);
    // One slice per index, in order: a later duplicate overwrites an
    // earlier one; an out-of-range index writes nothing.
    auto loop = scf::ForOp::create(
        rewriter, loc, zero, count, one, ValueRange{dest},
        [&](OpBuilder &b, Location nestedLoc, Value k, ValueRange iterArgs) {
          Value acc = iterArgs.front();
          Value index = readSignedIndex(b, nestedLoc, indices, {k});
          Value notNegative = arith::CmpIOp::create(
              b, nestedLoc, arith::CmpIPredicate::sge, index, zero);
          Value belowSize = arith::CmpIOp::create(
              b, nestedLoc, arith::CmpIPredicate::slt, index, axisSize);
          Value inRange =
              arith::AndIOp::create(b, nestedLoc, notNegative, belowSize);
          auto ifOp = scf::IfOp::create(
              b, nestedLoc, inRange,
              [&](OpBuilder &thenB, Location thenLoc) {
                SmallVector<OpFoldResult> sizes =
                    tensor::getMixedSizes(thenB, thenLoc, updates);
                sizes[axis] = thenB.getIndexAttr(1);
                SmallVector<OpFoldResult> strides(rank, thenB.getIndexAttr(1));
                SmallVector<OpFoldResult> from(rank, thenB.getIndexAttr(0));
                from[axis] = k;
                Value slice = tensor::ExtractSliceOp::create(
                    thenB, thenLoc, updates, from, sizes, strides);
                SmallVector<OpFoldResult> to(rank, thenB.getIndexAttr(0));
                to[axis] = index;
                Value inserted = tensor::InsertSliceOp::create(
                    thenB, thenLoc, slice, acc, to, sizes, strides);
                scf::YieldOp::create(thenB, thenLoc, inserted);
              },
              [&](OpBuilder &elseB, Location elseLoc) {
                scf::YieldOp::create(elseB, elseLoc, acc);
              });
          scf::YieldOp::create(b, nestedLoc, ifOp.getResults());
        });
    Value result = loop.getResult(0);
    if (result.getType() != op.getType())
      result = tensor::CastOp::create(rewriter, loc, op.getType(), result);
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct LowerReverse : OpConversionPattern<tmov::ReverseOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(tmov::ReverseOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = adaptor.getInput();
    ArrayRef<int64_t> dims = op.getDimensions();
    SmallVector<OpFoldResult> sizes =
        tensor::getMixedSizes(rewriter, loc, input);
    Value result = buildIndexedGeneric(
        rewriter, loc, op.getType(), sizes,
        [&](OpBuilder &b, Location nestedLoc, ValueRange ivs) {
          SmallVector<Value> position(ivs);
          for (int64_t d : dims) {
            // size - 1 - i
            Value size =
                getValueOrCreateConstantIndexOp(b, nestedLoc, sizes[d]);
            Value last = arith::SubIOp::create(b, nestedLoc, size,
                                               indexConstant(b, nestedLoc, 1));
            position[d] = arith::SubIOp::create(b, nestedLoc, last, ivs[d]);
          }
          return tensor::ExtractOp::create(b, nestedLoc, input, position);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct LowerTile : OpConversionPattern<tmov::TileOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(tmov::TileOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = adaptor.getInput();
    ArrayRef<int64_t> multiples = op.getMultiples();
    SmallVector<OpFoldResult> sizes =
        getResultSizes(rewriter, op.getType(), [&](int64_t d) -> Value {
          return arith::MulIOp::create(
              rewriter, loc, getDimValue(rewriter, loc, input, d),
              indexConstant(rewriter, loc, multiples[d]));
        });
    Value result = buildIndexedGeneric(
        rewriter, loc, op.getType(), sizes,
        [&](OpBuilder &b, Location nestedLoc, ValueRange ivs) {
          SmallVector<Value> position(ivs);
          for (auto [d, multiple] : llvm::enumerate(multiples)) {
            if (multiple == 1)
              continue;
            // i mod input size; the loop does not run when the size is 0.
            position[d] = arith::RemUIOp::create(
                b, nestedLoc, ivs[d], getDimValue(b, nestedLoc, input, d));
          }
          return tensor::ExtractOp::create(b, nestedLoc, input, position);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

} // namespace

void mlir::casthoist::populateTmovToLinalgConversionPatterns(
    RewritePatternSet &patterns) {
  patterns.add<LowerCast, LowerTranspose, LowerReshape, LowerBroadcast,
               LowerSlice, LowerConcat, LowerPad, LowerGather, LowerScatter,
               LowerReverse, LowerTile>(patterns.getContext());
}

//===----------------------------------------------------------------------===//
// Pass
//===----------------------------------------------------------------------===//

namespace {
struct ConvertTmovToLinalgPass
    : public casthoist::impl::ConvertTmovToLinalgBase<ConvertTmovToLinalgPass> {
  using Base::Base;

  void runOnOperation() override {
    // Report every op the lowering cannot express, each at its location.
    bool lowerable = true;
    uint64_t count = 0;
    getOperation()->walk([&](Operation *op) {
      if (!isa_and_nonnull<tmov::TmovDialect>(op->getDialect()))
        return;
      ++count;
      if (failed(checkTmovOpLowerable(op)))
        lowerable = false;
    });
    if (!lowerable)
      return signalPassFailure();

    ConversionTarget target(getContext());
    target.addIllegalDialect<tmov::TmovDialect>();
    target.markUnknownOpDynamicallyLegal([](Operation *) { return true; });
    RewritePatternSet patterns(&getContext());
    populateTmovToLinalgConversionPatterns(patterns);
    if (failed(applyPartialConversion(getOperation(), target,
                                      std::move(patterns))))
      return signalPassFailure();
    numOpsLowered += count;
  }
};
} // namespace
