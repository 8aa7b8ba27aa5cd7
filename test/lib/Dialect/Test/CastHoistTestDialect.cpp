//===- CastHoistTestDialect.cpp - The tutorial dialect --------------------===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#include "CastHoistTestDialect.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "mlir/IR/OpImplementation.h"

using namespace mlir;
using namespace mlir::casthoist;
using namespace mlir::casthoist::test;

#include "CastHoistTestOpsDialect.cpp.inc"

void ChtDialect::initialize() {
  addOperations<
#define GET_OP_LIST
#include "CastHoistTestOps.cpp.inc"
      >();
}

void mlir::casthoist::test::registerCastHoistTestDialect(
    DialectRegistry &registry) {
  registry.insert<ChtDialect>();
}

//===----------------------------------------------------------------------===//
// cht.convert: ElementCastOpInterface
//===----------------------------------------------------------------------===//

// Step 1 of the tutorial: name the per-element semantics in the rule table.
std::optional<CastKind> ConvertOp::getCastKind() {
  if (!ElementCast::classify(CastKind::FloatToFloat,
                             getInput().getType().getElementType(),
                             getResult().getType().getElementType()))
    return std::nullopt;
  return CastKind::FloatToFloat;
}

// Step 2: build a cast of this family for another pair of types.
FailureOr<Value> ConvertOp::buildCast(OpBuilder &builder, Location loc,
                                      Value source, Type resultType,
                                      CastKind kind) {
  if (kind != CastKind::FloatToFloat)
    return failure();
  return ConvertOp::create(builder, loc, resultType, source).getResult();
}

//===----------------------------------------------------------------------===//
// cht.shift: DataMovementOpInterface
//===----------------------------------------------------------------------===//

// Step 3: say which operands carry the elements that are copied.
SmallVector<OpOperand *> ShiftOp::getDataOperands() {
  return {&getInputMutable()};
}

// Step 4: expose the values the op creates, so they can be converted.
SmallVector<TypedAttr> ShiftOp::getFillValues() { return {getFill()}; }

// Step 5: rebuild on another element type, with converted fill values.
Value ShiftOp::rebuildWithElementType(OpBuilder &builder,
                                      ValueRange newDataOperands,
                                      Type elementType,
                                      ArrayRef<TypedAttr> newFillValues) {
  Value input = newDataOperands.front();
  return ShiftOp::create(builder, getLoc(), input.getType(), input,
                         getAmountAttr(), newFillValues.front())
      .getResult();
}

#define GET_OP_CLASSES
#include "CastHoistTestOps.cpp.inc"

//===----------------------------------------------------------------------===//
// cht.dot: MixedPrecisionOpInterface
//===----------------------------------------------------------------------===//

// An f32 dot product of f32 vectors can read narrow vectors instead; it still
// accumulates in f32 (its result type).
bool DotOp::canNarrowInputs(Type narrowType) {
  auto isF32 = [](Value value) {
    return cast<RankedTensorType>(value.getType()).getElementType().isF32();
  };
  auto narrow = dyn_cast<FloatType>(narrowType);
  return narrow && narrow.getWidth() < 32 && isF32(getLhs()) &&
         isF32(getRhs()) && getType().isF32();
}

// Narrowing casts of this dialect (cht.convert) and the same op on them.
FailureOr<SmallVector<Value>> DotOp::buildMixedPrecision(OpBuilder &builder,
                                                         Type narrowType) {
  Location loc = getLoc();
  auto narrowed = [&](Value value) -> Value {
    auto type = cast<RankedTensorType>(value.getType());
    return ConvertOp::create(builder, loc, type.clone(narrowType), value);
  };
  Value dot = DotOp::create(builder, loc, getType(), narrowed(getLhs()),
                            narrowed(getRhs()));
  return SmallVector<Value>{dot};
}
