//===- TosaModels.cpp - cast-hoist interfaces for TOSA ops ----------------===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#include "ExternalModelsImpl.h"

#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/IR/DialectRegistry.h"

using namespace mlir;
using namespace mlir::casthoist;
using namespace mlir::casthoist::detail;

namespace {
/// tosa.cast: one op for every conversion; its kind follows from the types.
struct TosaCastModel
    : public ElementCastOpInterface::ExternalModel<TosaCastModel,
                                                   tosa::CastOp> {
  std::optional<CastKind> getCastKind(Operation *op) const {
    return getTosaCastKind(getElementTypeOrSelf(op->getOperand(0).getType()),
                           getElementTypeOrSelf(op->getResult(0).getType()));
  }
  FailureOr<Value> buildCast(Operation *op, OpBuilder &builder, Location loc,
                             Value source, Type resultType,
                             CastKind kind) const {
    if (!canBuildCast(op, source.getType(), resultType, kind))
      return failure();
    return tosa::CastOp::create(builder, loc, resultType, source).getResult();
  }
  /// tosa.cast has one semantics per pair of element types, and TOSA
  /// tensors have no 0 dims (a concat may still take a tensor<0xf32> from
  /// another dialect).
  bool canBuildCast(Operation *op, Type sourceType, Type resultType,
                    CastKind kind) const {
    auto hasZeroDim = [](Type type) {
      auto ranked = dyn_cast<RankedTensorType>(type);
      return ranked && llvm::is_contained(ranked.getShape(), 0);
    };
    return isa<TensorType>(sourceType) && isa<TensorType>(resultType) &&
           !hasZeroDim(sourceType) && !hasZeroDim(resultType) &&
           getTosaCastKind(getElementTypeOrSelf(sourceType),
                           getElementTypeOrSelf(resultType)) == kind;
  }
};

/// The element types of the TOSA specification's profiles and extensions
/// that the rule table models (no f64 in TOSA).
struct TosaElementTypes {
  static bool supports(Type type) {
    if (auto intType = dyn_cast<IntegerType>(type))
      return intType.isSignless() &&
             llvm::is_contained({8u, 16u, 32u, 64u}, intType.getWidth());
    return isa<Float32Type, Float16Type, BFloat16Type, Float8E4M3FNType,
               Float8E5M2Type>(type);
  }
};

template <typename OpTy, typename Data>
using TosaMove = RegionFreeMoveModel<OpTy, Data, TosaElementTypes>;

/// Float ops whose every result element is one of their operands' elements
/// (or a clamp bound), chosen by comparing values: tosa.maximum/minimum and
/// tosa.clamp. Only with nan_mode PROPAGATE: IGNORE lowers to maxnum/minnum,
/// whose choice between -0 and +0 is unspecified.
/// Not modeled on purpose: tosa.reduce_max/min and tosa.max_pool2d, because
/// tosa-to-linalg starts their reduction from the lowest finite value, not
/// -Inf, so an all--Inf window gives -3.4e38 in f32 (-Inf after an f16
/// cast) but -65504 when reduced in f16.
template <typename OpTy>
struct TosaSelectModel
    : public DataMovementOpInterface::ExternalModel<TosaSelectModel<OpTy>,
                                                    OpTy> {
  bool isPureDataMovement(Operation *op) const {
    auto resultType = dyn_cast<TensorType>(op->getResult(0).getType());
    return resultType && isa<FloatType>(resultType.getElementType()) &&
           cast<OpTy>(op).getNanMode() == tosa::NanPropagationMode::PROPAGATE;
  }
  bool selectsByValue(Operation *op) const { return true; }
  SmallVector<OpOperand *> getDataOperands(Operation *op) const {
    return DataOperands<>::get(op);
  }
  SmallVector<TypedAttr> getFillValues(Operation *op) const {
    if (auto clamp = dyn_cast<tosa::ClampOp>(op))
      return {cast<TypedAttr>(clamp.getMinValAttr()),
              cast<TypedAttr>(clamp.getMaxValAttr())};
    return {};
  }
  bool supportsElementType(Operation *op, Type elementType) const {
    return isa<FloatType>(elementType) &&
           TosaElementTypes::supports(elementType);
  }
  Value rebuildWithElementType(Operation *op, OpBuilder &builder,
                               ValueRange newDataOperands, Type elementType,
                               ArrayRef<TypedAttr> newFillValues) const {
    SmallVector<NamedAttribute> updates;
    if (auto clamp = dyn_cast<tosa::ClampOp>(op)) {
      updates.emplace_back(clamp.getMinValAttrName(), newFillValues[0]);
      updates.emplace_back(clamp.getMaxValAttrName(), newFillValues[1]);
    }
    return rebuildRegionFreeOp(builder, op, DataOperands<>::get(op),
                               newDataOperands, elementType, updates);
  }
};
} // namespace

void mlir::casthoist::detail::registerTosaExternalModels(
    DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *context, tosa::TosaDialect *) {
    tosa::CastOp::attachInterface<TosaCastModel>(*context);
    tosa::TransposeOp::attachInterface<
        TosaMove<tosa::TransposeOp, DataOperands<0>>>(*context);
    tosa::ReshapeOp::attachInterface<
        TosaMove<tosa::ReshapeOp, DataOperands<0>>>(*context);
    tosa::SliceOp::attachInterface<TosaMove<tosa::SliceOp, DataOperands<0>>>(
        *context);
    tosa::ConcatOp::attachInterface<TosaMove<tosa::ConcatOp, DataOperands<>>>(
        *context);
    // The pad constant is a one-element tensor operand: a data operand, so it
    // is cast (or narrowed) exactly like the data.
    tosa::PadOp::attachInterface<TosaMove<tosa::PadOp, DataOperands<0, 2>>>(
        *context);
    tosa::TileOp::attachInterface<TosaMove<tosa::TileOp, DataOperands<0>>>(
        *context);
    tosa::ReverseOp::attachInterface<
        TosaMove<tosa::ReverseOp, DataOperands<0>>>(*context);
    tosa::GatherOp::attachInterface<TosaMove<tosa::GatherOp, DataOperands<0>>>(
        *context);
    // values_in and input carry data; indices (operand 1) do not.
    tosa::ScatterOp::attachInterface<
        TosaMove<tosa::ScatterOp, DataOperands<0, 2>>>(*context);
    // on_true and on_false carry data; the i1 condition (operand 0) does not.
    tosa::SelectOp::attachInterface<
        TosaMove<tosa::SelectOp, DataOperands<1, 2>>>(*context);
    tosa::IdentityOp::attachInterface<
        TosaMove<tosa::IdentityOp, DataOperands<0>>>(*context);
    tosa::MaximumOp::attachInterface<TosaSelectModel<tosa::MaximumOp>>(
        *context);
    tosa::MinimumOp::attachInterface<TosaSelectModel<tosa::MinimumOp>>(
        *context);
    tosa::ClampOp::attachInterface<TosaSelectModel<tosa::ClampOp>>(*context);
  });
}
