//===- MathModels.cpp - cast-hoist interfaces for math ops ----------------===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#include "ExternalModelsImpl.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/IR/DialectRegistry.h"

using namespace mlir;
using namespace mlir::casthoist;
using namespace mlir::casthoist::detail;

namespace {
/// math.absf on ranked tensors: clears the sign bit of every element
/// (docs/Rules.md, "Ops that compute the sign"). Only without fast-math
/// flags: `nnan`/`ninf` make a NaN or Inf result poison, and a cast may turn
/// a finite value into one (65520 : f32 overflows to Inf in f16).
struct MathAbsFModel
    : public DataMovementOpInterface::ExternalModel<MathAbsFModel,
                                                    math::AbsFOp> {
  bool isPureDataMovement(Operation *op) const {
    return isa<RankedTensorType>(op->getResult(0).getType()) &&
           cast<math::AbsFOp>(op).getFastmath() == arith::FastMathFlags::none;
  }
  ElementFunction getElementFunction(Operation *op) const {
    return ElementFunction::Abs;
  }
  SmallVector<OpOperand *> getDataOperands(Operation *op) const {
    return DataOperands<0>::get(op);
  }
  /// Not the 8-bit float types: convert-math-to-llvm has no lowering of
  /// math.absf on them (measured on MLIR 22.1.8; arith.negf goes through
  /// convert-arith-to-apfloat), so moving an f8 cast across the op would
  /// turn a program that compiles into one that does not.
  bool supportsElementType(Operation *op, Type elementType) const {
    return isa<FloatType>(elementType) &&
           elementType.getIntOrFloatBitWidth() > 8;
  }
  Value rebuildWithElementType(Operation *op, OpBuilder &builder,
                               ValueRange newDataOperands, Type elementType,
                               ArrayRef<TypedAttr> newFillValues) const {
    return rebuildRegionFreeOp(builder, op, DataOperands<0>::get(op),
                               newDataOperands, elementType);
  }
};
} // namespace

void mlir::casthoist::detail::registerMathExternalModels(
    DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *context, math::MathDialect *) {
    math::AbsFOp::attachInterface<MathAbsFModel>(*context);
  });
}
