//===- CastHoistInterfaces.h - Cast and data-movement interfaces -*- C++
//-*-===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#ifndef CASTHOIST_INTERFACES_CASTHOISTINTERFACES_H
#define CASTHOIST_INTERFACES_CASTHOISTINTERFACES_H

#include "casthoist/Interfaces/CastRules.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/TypeUtilities.h"

namespace mlir {
namespace casthoist {
namespace detail {
/// Checks the structural promises of DataMovementOpInterface: one result,
/// data operands and fill values of the result's element type.
LogicalResult verifyDataMovementOp(Operation *op);
} // namespace detail

/// Builds a copy of the region-free, single-result op `op` in which the
/// operands `dataOperands` are replaced, in order, by `newDataOperands` and
/// the result's element type is `elementType`. All other operands and
/// attributes are kept; `attrUpdates` overrides some attributes. This is
/// rebuildWithElementType() for most ops whose element type lives only in
/// their operand and result types.
Value rebuildRegionFreeOp(OpBuilder &builder, Operation *op,
                          ArrayRef<OpOperand *> dataOperands,
                          ValueRange newDataOperands, Type elementType,
                          ArrayRef<NamedAttribute> attrUpdates = {});

/// `type` (a shaped type) with element type `elementType`: ShapedType::clone,
/// with ranked tensors built directly (the rewrites ask this on every move).
Type cloneWithElementType(Type type, Type elementType);

/// retypeInPlace() for the ops rebuildRegionFreeOp() rebuilds: sets the
/// operands `dataOperands` to `newDataOperands` and the single result's
/// element type to `elementType`, through `rewriter`.
void retypeRegionFreeOpInPlace(RewriterBase &rewriter, Operation *op,
                               ArrayRef<OpOperand *> dataOperands,
                               ValueRange newDataOperands, Type elementType);

/// One edge of a loop's flow (LoopRegionsOpInterface): the value of the
/// operand `first` (of the loop op or of a region's terminator) becomes the
/// value `second` (a region block argument or a result of the loop op).
using LoopFlowEdge = std::pair<OpOperand *, Value>;

/// Marks an op whose every result element is a copy of an operand element or
/// a fill value. Ops with this trait implement DataMovementOpInterface.
template <typename ConcreteType>
class PureDataMovement
    : public OpTrait::TraitBase<ConcreteType, PureDataMovement> {};
} // namespace casthoist
} // namespace mlir

#include "casthoist/Interfaces/CastHoistInterfaces.h.inc"

#endif // CASTHOIST_INTERFACES_CASTHOISTINTERFACES_H
