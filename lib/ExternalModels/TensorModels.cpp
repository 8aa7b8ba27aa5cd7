//===- TensorModels.cpp - cast-hoist interfaces for tensor ops ------------===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#include "ExternalModelsImpl.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/Matchers.h"

using namespace mlir;
using namespace mlir::casthoist;
using namespace mlir::casthoist::detail;

namespace {
/// tensor.pad is data movement only when it pads with one constant; the
/// constant is its fill value.
struct TensorPadModel
    : public DataMovementOpInterface::ExternalModel<TensorPadModel,
                                                    tensor::PadOp> {
  static TypedAttr getConstantFill(tensor::PadOp pad) {
    Value value = pad.getConstantPaddingValue();
    TypedAttr attr;
    if (!value || !matchPattern(value, m_Constant(&attr)))
      return {};
    return attr;
  }
  bool isPureDataMovement(Operation *op) const {
    return static_cast<bool>(getConstantFill(cast<tensor::PadOp>(op)));
  }
  SmallVector<OpOperand *> getDataOperands(Operation *op) const {
    return {&cast<tensor::PadOp>(op).getSourceMutable()};
  }
  SmallVector<TypedAttr> getFillValues(Operation *op) const {
    return {getConstantFill(cast<tensor::PadOp>(op))};
  }
  Value rebuildWithElementType(Operation *op, OpBuilder &builder,
                               ValueRange newDataOperands, Type elementType,
                               ArrayRef<TypedAttr> newFillValues) const {
    auto pad = cast<tensor::PadOp>(op);
    Value fill =
        arith::ConstantOp::create(builder, pad.getLoc(), newFillValues.front());
    return tensor::PadOp::create(builder, pad.getLoc(),
                                 pad.getResultType().clone(elementType),
                                 newDataOperands.front(), pad.getMixedLowPad(),
                                 pad.getMixedHighPad(), fill, pad.getNofold())
        .getResult();
  }
};

/// tensor.splat of a constant scalar: every element is the fill value (no
/// data operand), so `cast(splat(c))` becomes `splat(convert(c))`. A
/// non-constant scalar is not modeled: it is not a tensor the cast ops could
/// convert.
struct TensorSplatModel
    : public DataMovementOpInterface::ExternalModel<TensorSplatModel,
                                                    tensor::SplatOp> {
  static TypedAttr getConstantFill(tensor::SplatOp splat) {
    TypedAttr attr;
    if (!matchPattern(splat.getInput(), m_Constant(&attr)))
      return {};
    return attr;
  }
  bool isPureDataMovement(Operation *op) const {
    return static_cast<bool>(getConstantFill(cast<tensor::SplatOp>(op)));
  }
  SmallVector<OpOperand *> getDataOperands(Operation *op) const { return {}; }
  SmallVector<TypedAttr> getFillValues(Operation *op) const {
    return {getConstantFill(cast<tensor::SplatOp>(op))};
  }
  Value rebuildWithElementType(Operation *op, OpBuilder &builder,
                               ValueRange newDataOperands, Type elementType,
                               ArrayRef<TypedAttr> newFillValues) const {
    auto splat = cast<tensor::SplatOp>(op);
    Value value =
        arith::ConstantOp::create(builder, splat.getLoc(), newFillValues[0]);
    return tensor::SplatOp::create(builder, splat.getLoc(),
                                   splat.getType().clone(elementType), value,
                                   splat.getDynamicSizes())
        .getResult();
  }
};

/// tensor.insert of a constant scalar: the dest is data, the scalar a fill
/// value. A non-constant scalar is not modeled.
struct TensorInsertModel
    : public DataMovementOpInterface::ExternalModel<TensorInsertModel,
                                                    tensor::InsertOp> {
  static TypedAttr getConstantFill(tensor::InsertOp insert) {
    TypedAttr attr;
    if (!matchPattern(insert.getScalar(), m_Constant(&attr)))
      return {};
    return attr;
  }
  bool isPureDataMovement(Operation *op) const {
    return static_cast<bool>(getConstantFill(cast<tensor::InsertOp>(op)));
  }
  SmallVector<OpOperand *> getDataOperands(Operation *op) const {
    return {&cast<tensor::InsertOp>(op).getDestMutable()};
  }
  SmallVector<TypedAttr> getFillValues(Operation *op) const {
    return {getConstantFill(cast<tensor::InsertOp>(op))};
  }
  Value rebuildWithElementType(Operation *op, OpBuilder &builder,
                               ValueRange newDataOperands, Type elementType,
                               ArrayRef<TypedAttr> newFillValues) const {
    auto insert = cast<tensor::InsertOp>(op);
    Value value =
        arith::ConstantOp::create(builder, insert.getLoc(), newFillValues[0]);
    return tensor::InsertOp::create(builder, insert.getLoc(), value,
                                    newDataOperands.front(),
                                    insert.getIndices())
        .getResult();
  }
};
} // namespace

void mlir::casthoist::detail::registerTensorExternalModels(
    DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *context, tensor::TensorDialect *) {
    // The first operand is the data; the rest are sizes and offsets.
    // Reshapes and tensor.cast are views: one-shot-bufferize makes them
    // memref.expand_shape/collapse_shape/reshape/cast of the same buffer
    // (docs/CostModel.md). An extract_slice is a strided view whose consumers
    // pay for it: counted as a copy.
    tensor::ExpandShapeOp::attachInterface<RegionFreeMoveModel<
        tensor::ExpandShapeOp, DataOperands<0>, AnyElementType, Layout::View>>(
        *context);
    tensor::CollapseShapeOp::attachInterface<
        RegionFreeMoveModel<tensor::CollapseShapeOp, DataOperands<0>,
                            AnyElementType, Layout::View>>(*context);
    tensor::ReshapeOp::attachInterface<RegionFreeMoveModel<
        tensor::ReshapeOp, DataOperands<0>, AnyElementType, Layout::View>>(
        *context);
    tensor::ExtractSliceOp::attachInterface<
        RegionFreeMoveModel<tensor::ExtractSliceOp, DataOperands<0>>>(*context);
    tensor::CastOp::attachInterface<RegionFreeMoveModel<
        tensor::CastOp, DataOperands<0>, AnyElementType, Layout::View>>(
        *context);
    // source and dest.
    tensor::InsertSliceOp::attachInterface<
        RegionFreeMoveModel<tensor::InsertSliceOp, DataOperands<0, 1>>>(
        *context);
    tensor::ConcatOp::attachInterface<
        RegionFreeMoveModel<tensor::ConcatOp, DataOperands<>>>(*context);
    // source; indices are operand 1.
    tensor::GatherOp::attachInterface<
        RegionFreeMoveModel<tensor::GatherOp, DataOperands<0>>>(*context);
    // source and dest; indices are operand 2.
    tensor::ScatterOp::attachInterface<
        RegionFreeMoveModel<tensor::ScatterOp, DataOperands<0, 1>>>(*context);
    tensor::PadOp::attachInterface<TensorPadModel>(*context);
    tensor::SplatOp::attachInterface<TensorSplatModel>(*context);
    tensor::InsertOp::attachInterface<TensorInsertModel>(*context);
  });
}
