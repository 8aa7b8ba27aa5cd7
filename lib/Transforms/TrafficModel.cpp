//===- TrafficModel.cpp - Bytes moved by data movement and casts ----------===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#include "casthoist/Transforms/TrafficModel.h"

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
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
  // A view reinterprets its operand's buffer: no element is read or written.
  if (op.isView())
    return 0;
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

/// Whether `op` is a cast the model counts as one: a modeled cast of a
/// shaped value.
static bool isModeledCast(ElementCastOpInterface cast) {
  Value source = cast.getCastSource();
  return source && isa<ShapedType>(source.getType()) && cast.getCastKind();
}

static bool isTensor(Type type) { return isa<TensorType>(type); }

uint64_t TrafficModel::getOpTraffic(Operation *op) const {
  if (op->hasTrait<OpTrait::IsTerminator>() ||
      op->hasTrait<OpTrait::ConstantLike>() ||
      isa<RegionBranchOpInterface, BranchRegionsOpInterface>(op))
    return 0;
  if (auto movement = dyn_cast<DataMovementOpInterface>(op))
    if (movement.isPureDataMovement())
      return getMovementTraffic(movement);
  if (auto cast = dyn_cast<ElementCastOpInterface>(op))
    if (isModeledCast(cast))
      return getCastTraffic(cast);
  // An op that reads no tensor creates one from sizes or scalars
  // (tensor.empty, tensor.splat); an op that writes no tensor reads metadata
  // or single elements (tensor.dim, tensor.extract). Neither moves a tensor.
  if (llvm::none_of(op->getOperandTypes(), isTensor) ||
      llvm::none_of(op->getResultTypes(), isTensor))
    return 0;
  uint64_t bytes = 0;
  for (Type type :
       llvm::concat<Type>(op->getOperandTypes(), op->getResultTypes()))
    if (isTensor(type))
      bytes = saturatingAdd(bytes, getBytes(type));
  return bytes;
}

TrafficModel::Totals TrafficModel::getTotals(Operation *root) const {
  Totals totals;
  root->walk([&](Operation *op) {
    if (op == root)
      return;
    totals.function = saturatingAdd(totals.function, getOpTraffic(op));
    // An op may implement both interfaces (a linalg.generic is a cast or a
    // move depending on its body); each instance is at most one of them.
    auto movement = dyn_cast<DataMovementOpInterface>(op);
    if (movement && movement.isPureDataMovement()) {
      totals.movement =
          saturatingAdd(totals.movement, getMovementTraffic(movement));
    } else if (auto cast = dyn_cast<ElementCastOpInterface>(op)) {
      if (isModeledCast(cast))
        totals.casts = saturatingAdd(totals.casts, getCastTraffic(cast));
    }
  });
  return totals;
}
