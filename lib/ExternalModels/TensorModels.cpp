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
  });
}
