//===- TrafficModel.cpp - Bytes moved by data movement and casts ----------===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#include "casthoist/Transforms/TrafficModel.h"

#include "mlir/IR/BuiltinTypes.h"
#include "llvm/Support/MathExtras.h"

using namespace mlir;
using namespace mlir::casthoist;

static uint64_t saturatingAdd(uint64_t a, uint64_t b) {
  return llvm::SaturatingAdd(a, b);
}

uint64_t TrafficModel::getNumElements(Type type) const {
  auto shaped = dyn_cast<ShapedType>(type);
  if (!shaped)
    return 1;
  uint64_t dynamicSize =
      static_cast<uint64_t>(std::max<int64_t>(dynamicDimSize, 0));
  if (!shaped.hasRank())
    return dynamicSize;
  uint64_t count = 1;
  for (int64_t dim : shaped.getShape())
    count = llvm::SaturatingMultiply(count, ShapedType::isDynamic(dim)
                                                ? dynamicSize
                                                : static_cast<uint64_t>(dim));
  return count;
}

static uint64_t bitWidthOf(Type elementType) {
  if (elementType.isIntOrIndexOrFloat())
    return elementType.isIndex() ? 64 : elementType.getIntOrFloatBitWidth();
  // Other element types (complex, custom): count as 64 bits.
  return 64;
}

uint64_t TrafficModel::getBytes(Type type, Type elementType) const {
  uint64_t bits =
      llvm::SaturatingMultiply(getNumElements(type), bitWidthOf(elementType));
  return bits / 8 + (bits % 8 != 0);
}

bool TrafficModel::hasRepresentableSize(Type type) {
  auto shaped = dyn_cast<ShapedType>(type);
  if (!shaped || !shaped.hasRank())
    return true;
  bool overflow = false;
  uint64_t bits = bitWidthOf(shaped.getElementType());
  for (int64_t dim : shaped.getShape()) {
    if (ShapedType::isDynamic(dim))
      continue;
    bits =
        llvm::SaturatingMultiply(bits, static_cast<uint64_t>(dim), &overflow);
    if (overflow)
      return false;
  }
  return true;
}

uint64_t TrafficModel::getBytes(Type type) const {
  return getBytes(type, getElementTypeOrSelf(type));
}

uint64_t TrafficModel::getMovementTraffic(DataMovementOpInterface op,
                                          Type elementType) const {
  Type resultType = op.getDataResult().getType();
  uint64_t written = getBytes(resultType, elementType);
  uint64_t dataAvailable = 0;
  llvm::SmallPtrSet<OpOperand *, 4> data;
  for (OpOperand *operand : op.getDataOperands()) {
    data.insert(operand);
    dataAvailable = saturatingAdd(
        dataAvailable, getBytes(operand->get().getType(), elementType));
  }
  uint64_t read = std::min(dataAvailable, written);
  for (OpOperand &operand : op->getOpOperands())
    if (!data.contains(&operand) && isa<ShapedType>(operand.get().getType()))
      read = saturatingAdd(read, getBytes(operand.get().getType()));
  return saturatingAdd(read, written);
}

uint64_t TrafficModel::getMovementTraffic(DataMovementOpInterface op) const {
  return getMovementTraffic(op,
                            getElementTypeOrSelf(op.getDataResult().getType()));
}

uint64_t TrafficModel::getCastTraffic(Type sourceType,
                                      Type resultElementType) const {
  return saturatingAdd(getBytes(sourceType),
                       getBytes(sourceType, resultElementType));
}

uint64_t TrafficModel::getCastTraffic(ElementCastOpInterface op) const {
  return getCastTraffic(op.getCastSource().getType(),
                        getElementTypeOrSelf(op.getCastResult().getType()));
}

uint64_t TrafficModel::Totals::total() const {
  return saturatingAdd(movement, casts);
}

TrafficModel::Totals TrafficModel::getTotals(Operation *root) const {
  Totals totals;
  root->walk([&](Operation *op) {
    // An op may implement both interfaces (a linalg.generic is a cast or a
    // move depending on its body); each instance is at most one of them.
    auto movement = dyn_cast<DataMovementOpInterface>(op);
    if (movement && movement.isPureDataMovement()) {
      totals.movement =
          saturatingAdd(totals.movement, getMovementTraffic(movement));
    } else if (auto cast = dyn_cast<ElementCastOpInterface>(op)) {
      Value source = cast.getCastSource();
      if (source && isa<ShapedType>(source.getType()) && cast.getCastKind())
        totals.casts = saturatingAdd(totals.casts, getCastTraffic(cast));
    }
  });
  return totals;
}
