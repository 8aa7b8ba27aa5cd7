//===- ArithModels.cpp - Cast interface for arith cast ops ----------------===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#include "ArithCasts.h"
#include "ExternalModelsImpl.h"

#include "casthoist/Interfaces/CastHoistInterfaces.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/DialectRegistry.h"

using namespace mlir;
using namespace mlir::casthoist;

std::optional<CastKind> mlir::casthoist::getArithCastKind(Operation *op) {
  if (op->getNumOperands() != 1 || op->getNumResults() != 1)
    return std::nullopt;
  std::optional<CastKind> kind;
  if (auto trunc = dyn_cast<arith::TruncFOp>(op)) {
    std::optional<arith::RoundingMode> mode = trunc.getRoundingmode();
    if (mode && *mode != arith::RoundingMode::to_nearest_even)
      return std::nullopt;
    kind = CastKind::FloatToFloat;
  } else if (isa<arith::ExtFOp>(op)) {
    kind = CastKind::FloatToFloat;
  } else if (isa<arith::TruncIOp, arith::ExtSIOp>(op)) {
    // trunci keeps the low bits whatever the signedness.
    kind = CastKind::SignedIntToInt;
  } else if (isa<arith::ExtUIOp>(op)) {
    kind = CastKind::UnsignedIntToInt;
  } else if (isa<arith::SIToFPOp>(op)) {
    kind = CastKind::SignedIntToFloat;
  } else if (isa<arith::UIToFPOp>(op)) {
    kind = CastKind::UnsignedIntToFloat;
  } else if (isa<arith::FPToSIOp>(op)) {
    kind = CastKind::FloatToSignedIntTrunc;
  } else if (isa<arith::FPToUIOp>(op)) {
    kind = CastKind::FloatToUnsignedIntTrunc;
  } else {
    return std::nullopt;
  }
  if (!ElementCast::classify(*kind,
                             getElementTypeOrSelf(op->getOperand(0).getType()),
                             getElementTypeOrSelf(op->getResult(0).getType())))
    return std::nullopt;
  return kind;
}

bool mlir::casthoist::canBuildArithCast(Type sourceType, Type resultType,
                                        CastKind kind) {
  // arith casts need operands of the same shape; their verifier rejects
  // unranked tensors.
  auto sourceTensor = dyn_cast<TensorType>(sourceType);
  auto resultTensor = dyn_cast<TensorType>(resultType);
  if (sourceTensor || resultTensor) {
    auto sourceRanked = dyn_cast_or_null<RankedTensorType>(sourceTensor);
    auto resultRanked = dyn_cast_or_null<RankedTensorType>(resultTensor);
    if (!sourceRanked || !resultRanked ||
        sourceRanked.getShape() != resultRanked.getShape())
      return false;
  }
  // Tensors (the common case) name their element type without the
  // ShapedType interface lookup of getElementTypeOrSelf.
  std::optional<ElementCast> cast =
      ElementCast::classify(kind,
                            sourceTensor ? sourceTensor.getElementType()
                                         : getElementTypeOrSelf(sourceType),
                            resultTensor ? resultTensor.getElementType()
                                         : getElementTypeOrSelf(resultType));
  if (!cast)
    return false;
  switch (kind) {
  case CastKind::FloatToFloat:
  case CastKind::SignedIntToInt:
  case CastKind::UnsignedIntToInt:
    // truncf/extf, trunci/extsi/extui: never between types of one width.
    return cast->isNarrowing() || cast->isWidening();
  case CastKind::SignedIntToFloat:
  case CastKind::UnsignedIntToFloat:
  case CastKind::FloatToSignedIntTrunc:
  case CastKind::FloatToUnsignedIntTrunc:
    return true;
  case CastKind::FloatToSignedIntSat:
    // arith has no saturating float to int cast.
    return false;
  }
  llvm_unreachable("all kinds handled");
}

FailureOr<Value> mlir::casthoist::buildArithCast(OpBuilder &builder,
                                                 Location loc, Value source,
                                                 Type resultType,
                                                 CastKind kind) {
  Type sourceType = source.getType();
  if (!canBuildArithCast(sourceType, resultType, kind))
    return failure();
  bool narrows = ElementCast::classify(kind, getElementTypeOrSelf(sourceType),
                                       getElementTypeOrSelf(resultType))
                     ->isNarrowing();
  switch (kind) {
  case CastKind::FloatToFloat:
    if (narrows)
      return arith::TruncFOp::create(builder, loc, resultType, source)
          .getResult();
    return arith::ExtFOp::create(builder, loc, resultType, source).getResult();
  case CastKind::SignedIntToInt:
    if (narrows)
      return arith::TruncIOp::create(builder, loc, resultType, source)
          .getResult();
    return arith::ExtSIOp::create(builder, loc, resultType, source).getResult();
  case CastKind::UnsignedIntToInt:
    if (narrows)
      return arith::TruncIOp::create(builder, loc, resultType, source)
          .getResult();
    return arith::ExtUIOp::create(builder, loc, resultType, source).getResult();
  case CastKind::SignedIntToFloat:
    return arith::SIToFPOp::create(builder, loc, resultType, source)
        .getResult();
  case CastKind::UnsignedIntToFloat:
    return arith::UIToFPOp::create(builder, loc, resultType, source)
        .getResult();
  case CastKind::FloatToSignedIntTrunc:
    return arith::FPToSIOp::create(builder, loc, resultType, source)
        .getResult();
  case CastKind::FloatToUnsignedIntTrunc:
    return arith::FPToUIOp::create(builder, loc, resultType, source)
        .getResult();
  case CastKind::FloatToSignedIntSat:
    break;
  }
  llvm_unreachable("canBuildArithCast refuses every other kind");
}

namespace {
/// An arith cast on tensors. On scalars and vectors the op is left to
/// arith's own canonicalizations.
template <typename OpTy>
struct ArithCastModel
    : public ElementCastOpInterface::ExternalModel<ArithCastModel<OpTy>, OpTy> {
  std::optional<CastKind> getCastKind(Operation *op) const {
    if (!isa<TensorType>(op->getOperand(0).getType()))
      return std::nullopt;
    return getArithCastKind(op);
  }
  FailureOr<Value> buildCast(Operation *op, OpBuilder &builder, Location loc,
                             Value source, Type resultType,
                             CastKind kind) const {
    return buildArithCast(builder, loc, source, resultType, kind);
  }
  bool canBuildCast(Operation *op, Type sourceType, Type resultType,
                    CastKind kind) const {
    return canBuildArithCast(sourceType, resultType, kind);
  }
};

/// arith.maximumf/minimumf on tensors select one operand's element by value
/// (IEEE 754-2019 maximum/minimum: NaN propagates, -0 < +0). Not
/// arith.maxnumf/minnumf: their choice between -0 and +0 is unspecified.
template <typename OpTy>
struct ArithSelectModel
    : public DataMovementOpInterface::ExternalModel<ArithSelectModel<OpTy>,
                                                    OpTy> {
  bool isPureDataMovement(Operation *op) const {
    return isa<RankedTensorType>(op->getResult(0).getType()) &&
           cast<OpTy>(op).getFastmath() == arith::FastMathFlags::none;
  }
  ElementFunction getElementFunction(Operation *op) const {
    return ElementFunction::SelectByValue;
  }
  SmallVector<OpOperand *> getDataOperands(Operation *op) const {
    return {&op->getOpOperand(0), &op->getOpOperand(1)};
  }
  bool supportsElementType(Operation *op, Type elementType) const {
    return isa<FloatType>(elementType);
  }
  Value rebuildWithElementType(Operation *op, OpBuilder &builder,
                               ValueRange newDataOperands, Type elementType,
                               ArrayRef<TypedAttr> newFillValues) const {
    return rebuildRegionFreeOp(builder, op, getDataOperands(op),
                               newDataOperands, elementType);
  }
};

/// arith.select on ranked tensors copies each element from its true or its
/// false value, as the i1 condition (a scalar or a tensor, not data)
/// chooses. On scalars and vectors it is not modeled: the arith casts there
/// are left to arith's own canonicalizations.
struct ArithConditionalSelectModel
    : public DataMovementOpInterface::ExternalModel<ArithConditionalSelectModel,
                                                    arith::SelectOp> {
  bool isPureDataMovement(Operation *op) const {
    return isa<RankedTensorType>(op->getResult(0).getType());
  }
  SmallVector<OpOperand *> getDataOperands(Operation *op) const {
    auto select = cast<arith::SelectOp>(op);
    return {&select.getTrueValueMutable(), &select.getFalseValueMutable()};
  }
  Value rebuildWithElementType(Operation *op, OpBuilder &builder,
                               ValueRange newDataOperands, Type elementType,
                               ArrayRef<TypedAttr> newFillValues) const {
    return rebuildRegionFreeOp(builder, op, getDataOperands(op),
                               newDataOperands, elementType);
  }
};

/// arith.negf on ranked tensors: flips the sign bit of every element
/// (docs/Rules.md, "Ops that compute the sign"). Only without fast-math
/// flags: `nnan`/`ninf` make a NaN or Inf result poison, and a cast may
/// turn a finite value into one (65520 : f32 overflows to Inf in f16).
struct ArithNegFModel
    : public DataMovementOpInterface::ExternalModel<ArithNegFModel,
                                                    arith::NegFOp> {
  bool isPureDataMovement(Operation *op) const {
    return isa<RankedTensorType>(op->getResult(0).getType()) &&
           cast<arith::NegFOp>(op).getFastmath() == arith::FastMathFlags::none;
  }
  ElementFunction getElementFunction(Operation *op) const {
    return ElementFunction::Negate;
  }
  SmallVector<OpOperand *> getDataOperands(Operation *op) const {
    return {&op->getOpOperand(0)};
  }
  bool supportsElementType(Operation *op, Type elementType) const {
    return isa<FloatType>(elementType);
  }
  Value rebuildWithElementType(Operation *op, OpBuilder &builder,
                               ValueRange newDataOperands, Type elementType,
                               ArrayRef<TypedAttr> newFillValues) const {
    return rebuildRegionFreeOp(builder, op, getDataOperands(op),
                               newDataOperands, elementType);
  }
};

template <typename... OpTys> void attachArithCastModels(MLIRContext *context) {
  (OpTys::template attachInterface<ArithCastModel<OpTys>>(*context), ...);
}
} // namespace

void mlir::casthoist::detail::registerArithExternalModels(
    DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *context, arith::ArithDialect *) {
    attachArithCastModels<arith::TruncFOp, arith::ExtFOp, arith::TruncIOp,
                          arith::ExtSIOp, arith::ExtUIOp, arith::SIToFPOp,
                          arith::UIToFPOp, arith::FPToSIOp, arith::FPToUIOp>(
        context);
    arith::MaximumFOp::attachInterface<ArithSelectModel<arith::MaximumFOp>>(
        *context);
    arith::MinimumFOp::attachInterface<ArithSelectModel<arith::MinimumFOp>>(
        *context);
    arith::SelectOp::attachInterface<ArithConditionalSelectModel>(*context);
    arith::NegFOp::attachInterface<ArithNegFModel>(*context);
  });
}
