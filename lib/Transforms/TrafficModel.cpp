//===- TrafficModel.cpp - Bytes moved by data movement and casts ----------===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#include "casthoist/Transforms/TrafficModel.h"

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
#include "llvm/Support/MathExtras.h"

#include <limits>

using namespace mlir;
using namespace mlir::casthoist;

static uint64_t saturatingAdd(uint64_t a, uint64_t b) {
  return llvm::SaturatingAdd(a, b);
}

uint64_t TrafficModel::getNumElements(ArrayRef<int64_t> shape) const {
  uint64_t dynamicSize =
      static_cast<uint64_t>(std::max<int64_t>(dynamicDimSize, 0));
  uint64_t count = 1;
  for (int64_t dim : shape) {
    uint64_t size =
        ShapedType::isDynamic(dim) ? dynamicSize : static_cast<uint64_t>(dim);
    // llvm::SaturatingMultiply with one checked multiply per dimension
    // (this runs on every move).
    uint64_t product;
    count = __builtin_mul_overflow(count, size, &product)
                ? std::numeric_limits<uint64_t>::max()
                : product;
  }
  return count;
}

uint64_t TrafficModel::getNumElements(Type type) const {
  // Ranked tensors first: a concrete type check is cheaper than the
  // ShapedType interface lookup, and the rewrites ask this on every move.
  if (auto ranked = dyn_cast<RankedTensorType>(type))
    return getNumElements(ranked.getShape());
  auto shaped = dyn_cast<ShapedType>(type);
  if (!shaped)
    return 1;
  if (!shaped.hasRank())
    return static_cast<uint64_t>(std::max<int64_t>(dynamicDimSize, 0));
  return getNumElements(shaped.getShape());
}

static uint64_t bitWidthOf(Type elementType) {
  // The common element types by type id first: the FloatType interface
  // lookup costs more than the rest of the model's arithmetic.
  if (isa<Float32Type>(elementType))
    return 32;
  if (isa<Float16Type, BFloat16Type>(elementType))
    return 16;
  if (auto floatType = dyn_cast<FloatType>(elementType))
    return floatType.getWidth();
  if (auto intType = dyn_cast<IntegerType>(elementType))
    return intType.getWidth();
  // Index and other element types (complex, custom): count as 64 bits.
  return 64;
}

uint64_t TrafficModel::getBytes(Type type, Type elementType) const {
  uint64_t bits =
      llvm::SaturatingMultiply(getNumElements(type), bitWidthOf(elementType));
  return bits / 8 + (bits % 8 != 0);
}

bool TrafficModel::hasRepresentableSize(Type type) {
  // Every op the pass visits is asked this: ranked tensors skip the
  // ShapedType interface lookup.
  ShapedType shaped;
  if (auto ranked = dyn_cast<RankedTensorType>(type))
    shaped = ranked;
  else
    shaped = dyn_cast<ShapedType>(type);
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
  if (auto ranked = dyn_cast<RankedTensorType>(type))
    return getBytes(type, ranked.getElementType());
  return getBytes(type, getElementTypeOrSelf(type));
}

uint64_t TrafficModel::getMovementTraffic(DataMovementOpInterface op,
                                          Type elementType) const {
  return getMovementTraffic(op, op.getDataOperands(), elementType);
}

uint64_t TrafficModel::getMovementTraffic(DataMovementOpInterface op,
                                          ArrayRef<OpOperand *> dataOperands,
                                          Type elementType) const {
  // A view reinterprets its operand's buffer: no element is read or written.
  if (op.isView())
    return 0;
  return saturatingAdd(getDataTraffic(op, dataOperands, elementType),
                       getNonDataTraffic(op, dataOperands));
}

std::pair<uint64_t, uint64_t>
TrafficModel::getMovementTraffic(DataMovementOpInterface op,
                                 ArrayRef<OpOperand *> dataOperands, Type from,
                                 Type to) const {
  if (op.isView())
    return {0, 0};
  uint64_t nonData = getNonDataTraffic(op, dataOperands);
  return {saturatingAdd(getDataTraffic(op, dataOperands, from), nonData),
          saturatingAdd(getDataTraffic(op, dataOperands, to), nonData)};
}

uint64_t TrafficModel::getDataTraffic(DataMovementOpInterface op,
                                      ArrayRef<OpOperand *> dataOperands,
                                      Type elementType) const {
  uint64_t written = getBytes(op.getDataResult().getType(), elementType);
  uint64_t dataAvailable = 0;
  for (OpOperand *operand : dataOperands)
    dataAvailable = saturatingAdd(
        dataAvailable, getBytes(operand->get().getType(), elementType));
  return saturatingAdd(std::min(dataAvailable, written), written);
}

uint64_t
TrafficModel::getNonDataTraffic(DataMovementOpInterface op,
                                ArrayRef<OpOperand *> dataOperands) const {
  uint64_t read = 0;
  for (OpOperand &operand : op->getOpOperands()) {
    // Data operands are few: a linear search beats building a set.
    if (llvm::is_contained(dataOperands, &operand))
      continue;
    Type type = operand.get().getType();
    if (isa<RankedTensorType, ShapedType>(type))
      read = saturatingAdd(read, getBytes(type));
  }
  return read;
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

uint64_t TrafficModel::getCastTraffic(Type shapedType, Type from,
                                      Type to) const {
  return saturatingAdd(getBytes(shapedType, from), getBytes(shapedType, to));
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
      isa<RegionBranchOpInterface, BranchRegionsOpInterface,
          LoopRegionsOpInterface>(op))
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
