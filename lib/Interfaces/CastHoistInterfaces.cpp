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
