//===- MixedPrecisionModels.cpp - Autocast interface for upstream ops -----===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//
//
// MixedPrecisionOpInterface for linalg contractions and convolutions (one
// model for every named op that has a region builder) and for the TOSA
// matmul and convolutions.
//
//===----------------------------------------------------------------------===//

#include "ExternalModelsImpl.h"

#include "casthoist/Interfaces/AutocastInterfaces.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/ImplicitLocOpBuilder.h"

using namespace mlir;
using namespace mlir::casthoist;
using namespace mlir::casthoist::detail;

/// The narrow types autocast produces: both dialects below have a form for
/// them (TOSA's bf16 extension and its f16 profile).
static bool isSupportedNarrowType(Type type) {
  return isa<BFloat16Type, Float16Type>(type);
}

/// True if `type` is a ranked tensor of f32.
static bool isF32Tensor(Type type) {
  auto tensor = dyn_cast<RankedTensorType>(type);
  return tensor && tensor.getElementType().isF32();
}

namespace {
//===----------------------------------------------------------------------===//
// linalg contractions and convolutions
//===----------------------------------------------------------------------===//

/// True if `op`'s body is `out + a * b` on floats: a contraction or
/// convolution (not a pooling, not a quantized form).
static bool hasMulAddBody(linalg::LinalgOp op) {
  return linalg::detail::isContractionBody(
      *op.getBlock(), [](Operation *elementwise, Operation *reduction) {
        return isa<arith::MulFOp>(elementwise) && isa<arith::AddFOp>(reduction);
      });
}

/// True if the region of a rebuilt op reads its two inputs through an
/// `arith.extf` to f32 and still computes `out + a * b`: the named op's
/// region builder widened the narrow inputs itself.
static bool widensInputsToF32(linalg::LinalgOp op) {
  Block *body = op.getBlock();
  for (BlockArgument arg : body->getArguments().take_front(2)) {
    if (arg.use_empty() || !llvm::all_of(arg.getUsers(), [](Operation *user) {
          auto ext = dyn_cast<arith::ExtFOp>(user);
          return ext && ext.getType().isF32();
        }))
      return false;
  }
  return hasMulAddBody(op);
}

/// Every named linalg op implementing linalg's ContractionOpInterface or
/// ConvolutionOpInterface: a copy of the op with `arith.truncf`'d inputs and
/// the same f32 init, whose region (made by the op's own region builder)
/// extends the inputs to f32 before multiplying and accumulating.
struct LinalgMixedPrecisionModel
    : public MixedPrecisionOpInterface::FallbackModel<
          LinalgMixedPrecisionModel> {
  bool canNarrowInputs(Operation *op, Type narrowType) const {
    auto linalgOp = dyn_cast<linalg::LinalgOp>(op);
    if (!linalgOp || !isSupportedNarrowType(narrowType) ||
        !linalgOp.hasPureTensorSemantics() || linalgOp.getNumDpsInputs() != 2 ||
        linalgOp.getNumDpsInits() != 1 || op->getNumResults() != 1 ||
        !linalgOp.getRegionBuilder())
      return false;
    if (!llvm::all_of(op->getOperandTypes(), isF32Tensor) ||
        !isF32Tensor(op->getResult(0).getType()))
      return false;
    if (op->getNumRegions() != 1 || !llvm::hasSingleElement(op->getRegion(0)))
      return false;
    return hasMulAddBody(linalgOp);
  }

  FailureOr<SmallVector<Value>> buildMixedPrecision(Operation *op,
                                                    OpBuilder &builder,
                                                    Type narrowType) const {
    auto linalgOp = cast<linalg::LinalgOp>(op);
    Location loc = op->getLoc();
    SmallVector<Value> operands;
    SmallVector<Operation *> created;
    for (OpOperand *input : linalgOp.getDpsInputOperands()) {
      auto type = cast<RankedTensorType>(input->get().getType());
      auto trunc = arith::TruncFOp::create(builder, loc, type.clone(narrowType),
                                           input->get());
      created.push_back(trunc);
      operands.push_back(trunc);
    }
    llvm::append_range(operands, linalgOp.getDpsInits());

    // The named op's own builders do this: same attributes (operand segment
    // sizes, indexing maps, cast kind), and a body made by its region
    // builder for the new operand element types.
    OperationState state(loc, op->getName(), operands, op->getResultTypes(),
                         op->getAttrs());
    state.addRegion();
    Operation *newOp = builder.create(state);
    created.push_back(newOp);
    SmallVector<Type> argTypes = llvm::map_to_vector(
        operands, [](Value value) { return getElementTypeOrSelf(value); });
    SmallVector<Location> argLocs(argTypes.size(), loc);
    {
      OpBuilder::InsertionGuard guard(builder);
      Block *body =
          builder.createBlock(&newOp->getRegion(0), {}, argTypes, argLocs);
      ImplicitLocOpBuilder b(loc, builder);
      b.setInsertionPointToStart(body);
      linalgOp.getRegionBuilder()(b, *body, newOp->getAttrs(),
                                  [newOp] { return newOp->emitError(); });
    }
    if (!widensInputsToF32(cast<linalg::LinalgOp>(newOp))) {
      for (Operation *dead : llvm::reverse(created))
        dead->erase();
      return failure();
    }
    return SmallVector<Value>(newOp->getResults());
  }
};

//===----------------------------------------------------------------------===//
// TOSA
//===----------------------------------------------------------------------===//

/// True if `type` is a tensor TOSA can cast: no 0 dims.
static bool hasNoZeroDim(Type type) {
  auto ranked = dyn_cast<RankedTensorType>(type);
  return ranked && !llvm::is_contained(ranked.getShape(), 0);
}

/// A tosa.cast of `value` to element type `elementType`.
static Value castTo(OpBuilder &builder, Location loc, Value value,
                    Type elementType) {
  auto type = cast<RankedTensorType>(value.getType());
  return tosa::CastOp::create(builder, loc, type.clone(elementType), value);
}

/// tosa.matmul: narrow `a` and `b`, zero points of the narrow type, f32
/// output (TOSA's bf16 and f16 matmul both produce f32, which is the
/// accumulator).
struct TosaMatMulModel
    : public MixedPrecisionOpInterface::ExternalModel<TosaMatMulModel,
                                                      tosa::MatMulOp> {
  bool canNarrowInputs(Operation *op, Type narrowType) const {
    auto matmul = cast<tosa::MatMulOp>(op);
    if (!isSupportedNarrowType(narrowType) ||
        !llvm::all_of(op->getOperandTypes(), isF32Tensor) ||
        !isF32Tensor(matmul.getType()) ||
        !hasNoZeroDim(matmul.getA().getType()) ||
        !hasNoZeroDim(matmul.getB().getType()))
      return false;
    FailureOr<int64_t> aZp = matmul.getAZeroPoint();
    FailureOr<int64_t> bZp = matmul.getBZeroPoint();
    return succeeded(aZp) && *aZp == 0 && succeeded(bZp) && *bZp == 0;
  }

  FailureOr<SmallVector<Value>> buildMixedPrecision(Operation *op,
                                                    OpBuilder &builder,
                                                    Type narrowType) const {
    auto matmul = cast<tosa::MatMulOp>(op);
    Location loc = op->getLoc();
    std::optional<Value> aZp =
        tosa::createZeroPointTensor(builder, loc, narrowType);
    std::optional<Value> bZp =
        tosa::createZeroPointTensor(builder, loc, narrowType);
    if (!aZp || !bZp) {
      for (std::optional<Value> zp : {aZp, bZp})
        if (zp)
          zp->getDefiningOp()->erase();
      return failure();
    }
    Value a = castTo(builder, loc, matmul.getA(), narrowType);
    Value b = castTo(builder, loc, matmul.getB(), narrowType);
    auto newOp = tosa::MatMulOp::create(builder, loc, matmul.getType(), a, b,
                                        *aZp, *bZp);
    newOp->setDiscardableAttrs(op->getDiscardableAttrDictionary());
    return SmallVector<Value>{newOp.getResult()};
  }
};

/// tosa.conv2d / conv3d / depthwise_conv2d / transpose_conv2d: operands
/// (input, weight, bias, input_zp, weight_zp) and an `acc_type`. TOSA's bf16
/// and f16 convolutions take a bias and produce an output of the input type
/// (rounded from the f32 accumulator): the input, weight and bias are
/// narrowed, the accumulator is f32, and the narrow output is cast back to
/// f32.
template <typename OpTy>
struct TosaConvModel
    : public MixedPrecisionOpInterface::ExternalModel<TosaConvModel<OpTy>,
                                                      OpTy> {
  bool canNarrowInputs(Operation *op, Type narrowType) const {
    auto conv = cast<OpTy>(op);
    if (!isSupportedNarrowType(narrowType) ||
        !llvm::all_of(op->getOperandTypes(), isF32Tensor) ||
        !isF32Tensor(conv.getType()) || !conv.getAccType().isF32() ||
        !llvm::all_of(op->getOperandTypes(), hasNoZeroDim) ||
        !hasNoZeroDim(conv.getType()))
      return false;
    FailureOr<int64_t> inputZp = conv.getInputZeroPoint();
    FailureOr<int64_t> weightZp = conv.getWeightZeroPoint();
    return succeeded(inputZp) && *inputZp == 0 && succeeded(weightZp) &&
           *weightZp == 0;
  }

  FailureOr<SmallVector<Value>> buildMixedPrecision(Operation *op,
                                                    OpBuilder &builder,
                                                    Type narrowType) const {
    auto conv = cast<OpTy>(op);
    Location loc = op->getLoc();
    std::optional<Value> inputZp =
        tosa::createZeroPointTensor(builder, loc, narrowType);
    std::optional<Value> weightZp =
        tosa::createZeroPointTensor(builder, loc, narrowType);
    if (!inputZp || !weightZp) {
      for (std::optional<Value> zp : {inputZp, weightZp})
        if (zp)
          zp->getDefiningOp()->erase();
      return failure();
    }
    SmallVector<Value> operands = {
        castTo(builder, loc, conv.getInput(), narrowType),
        castTo(builder, loc, conv.getWeight(), narrowType),
        castTo(builder, loc, conv.getBias(), narrowType), *inputZp, *weightZp};
    // Every attribute is kept: acc_type stays f32.
    OperationState state(loc, op->getName(), operands,
                         conv.getType().clone(narrowType), op->getAttrs());
    Operation *newOp = builder.create(state);
    return SmallVector<Value>{castTo(builder, loc, newOp->getResult(0),
                                     conv.getType().getElementType())};
  }
};
} // namespace

void mlir::casthoist::detail::registerMixedPrecisionExternalModels(
    DialectRegistry &registry) {
  // One model for every contraction and convolution linalg registers; the
  // model itself refuses those that are not `out + a * b` (poolings, the
  // quantized forms).
  // (MLIRContext::getRegisteredOperationsByDialect finds nothing while the
  // dialect's extensions run in MLIR 22.1.8, so the ops are filtered here.)
  registry.addExtension(+[](MLIRContext *context,
                            linalg::LinalgDialect *dialect) {
    for (RegisteredOperationName name : context->getRegisteredOperations()) {
      if (&name.getDialect() != dialect)
        continue;
      if (name.hasInterface<linalg::ContractionOpInterface>() ||
          name.hasInterface<linalg::ConvolutionOpInterface>())
        name.attachInterface<LinalgMixedPrecisionModel>();
    }
  });
  registry.addExtension(+[](MLIRContext *context, tosa::TosaDialect *) {
    tosa::MatMulOp::attachInterface<TosaMatMulModel>(*context);
    tosa::Conv2DOp::attachInterface<TosaConvModel<tosa::Conv2DOp>>(*context);
    tosa::Conv3DOp::attachInterface<TosaConvModel<tosa::Conv3DOp>>(*context);
    tosa::DepthwiseConv2DOp::attachInterface<
        TosaConvModel<tosa::DepthwiseConv2DOp>>(*context);
    tosa::TransposeConv2DOp::attachInterface<
        TosaConvModel<tosa::TransposeConv2DOp>>(*context);
  });
}
