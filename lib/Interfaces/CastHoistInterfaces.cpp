//===- CastHoistInterfaces.cpp - Cast and data-movement interfaces --------===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#include "casthoist/Interfaces/CastHoistInterfaces.h"

using namespace mlir;
using namespace mlir::casthoist;

#include "casthoist/Interfaces/CastHoistInterfaces.cpp.inc"

LogicalResult mlir::casthoist::detail::verifyDataMovementOp(Operation *op) {
  if (op->getNumResults() != 1)
    return op->emitOpError("a data-movement op must have exactly one result");
  Type elementType = getElementTypeOrSelf(op->getResult(0).getType());
  auto iface = cast<DataMovementOpInterface>(op);
  for (OpOperand *operand : iface.getDataOperands()) {
    if (getElementTypeOrSelf(operand->get().getType()) != elementType)
      return op->emitOpError("data operand #")
             << operand->getOperandNumber() << " has element type "
             << getElementTypeOrSelf(operand->get().getType())
             << " but the result has element type " << elementType;
  }
  return success();
}

Type mlir::casthoist::cloneWithElementType(Type type, Type elementType) {
  if (auto ranked = dyn_cast<RankedTensorType>(type))
    return RankedTensorType::get(ranked.getShape(), elementType,
                                 ranked.getEncoding());
  return cast<ShapedType>(type).clone(elementType);
}

void mlir::casthoist::retypeRegionFreeOpInPlace(
    RewriterBase &rewriter, Operation *op, ArrayRef<OpOperand *> dataOperands,
    ValueRange newDataOperands, Type elementType) {
  rewriter.modifyOpInPlace(op, [&] {
    for (auto [operand, replacement] :
         llvm::zip_equal(dataOperands, newDataOperands))
      operand->set(replacement);
    Value result = op->getResult(0);
    result.setType(cloneWithElementType(result.getType(), elementType));
  });
}

Value mlir::casthoist::rebuildRegionFreeOp(
    OpBuilder &builder, Operation *op, ArrayRef<OpOperand *> dataOperands,
    ValueRange newDataOperands, Type elementType,
    ArrayRef<NamedAttribute> attrUpdates) {
  SmallVector<Value> operands(op->getOperands());
  for (auto [operand, replacement] :
       llvm::zip_equal(dataOperands, newDataOperands))
    operands[operand->getOperandNumber()] = replacement;
  NamedAttrList attrs(op->getAttrDictionary());
  for (NamedAttribute attr : attrUpdates)
    attrs.set(attr.getName(), attr.getValue());
  OperationState state(
      op->getLoc(), op->getName(), operands,
      cloneWithElementType(op->getResult(0).getType(), elementType),
      attrs.getAttrs());
  return builder.create(state)->getResult(0);
}
