//===- ExternalModelsImpl.h - Per-dialect registration ----------*- C++ -*-===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#ifndef CASTHOIST_LIB_EXTERNALMODELS_EXTERNALMODELSIMPL_H
#define CASTHOIST_LIB_EXTERNALMODELS_EXTERNALMODELSIMPL_H

#include "casthoist/Interfaces/CastHoistInterfaces.h"

#include "mlir/IR/BuiltinTypes.h"

namespace mlir {
class DialectRegistry;
namespace casthoist {
namespace detail {
void registerArithExternalModels(DialectRegistry &registry);
void registerLinalgExternalModels(DialectRegistry &registry);
void registerMathExternalModels(DialectRegistry &registry);
void registerMixedPrecisionExternalModels(DialectRegistry &registry);
void registerTensorExternalModels(DialectRegistry &registry);
void registerTosaExternalModels(DialectRegistry &registry);

/// Which operands of an op carry data: the listed operand numbers, or every
/// operand when none is listed (concat).
template <unsigned... Numbers> struct DataOperands {
  static SmallVector<OpOperand *> get(Operation *op) {
    if constexpr (sizeof...(Numbers) == 0)
      return llvm::map_to_vector(op->getOpOperands(),
                                 [](OpOperand &operand) { return &operand; });
    else
      return {&op->getOpOperand(Numbers)...};
  }
};

/// Element-type policy of dialects that accept every element type.
struct AnyElementType {
  static bool supports(Type) { return true; }
};

/// Whether an op's result is a view of its data operand (see
/// DataMovementOpInterface::isView).
enum class Layout { Copy, View };

/// A region-free, single-result data-movement op whose element type lives
/// only in its operand and result types: the rebuild is a copy with new data
/// operands and result type.
template <typename OpTy, typename Data, typename Types = AnyElementType,
          Layout ResultLayout = Layout::Copy>
struct RegionFreeMoveModel
    : public DataMovementOpInterface::ExternalModel<
          RegionFreeMoveModel<OpTy, Data, Types, ResultLayout>, OpTy> {
  bool isPureDataMovement(Operation *op) const {
    return op->getNumResults() == 1 &&
           isa<TensorType>(op->getResult(0).getType());
  }
  bool isView(Operation *op) const { return ResultLayout == Layout::View; }
  SmallVector<OpOperand *> getDataOperands(Operation *op) const {
    return Data::get(op);
  }
  bool supportsElementType(Operation *op, Type elementType) const {
    return Types::supports(elementType);
  }
  Value rebuildWithElementType(Operation *op, OpBuilder &builder,
                               ValueRange newDataOperands, Type elementType,
                               ArrayRef<TypedAttr> newFillValues) const {
    return rebuildRegionFreeOp(builder, op, Data::get(op), newDataOperands,
                               elementType);
  }
  bool canRetypeInPlace(Operation *op) const { return true; }
  void retypeInPlace(Operation *op, RewriterBase &rewriter,
                     ValueRange newDataOperands, Type elementType) const {
    retypeRegionFreeOpInPlace(rewriter, op, Data::get(op), newDataOperands,
                              elementType);
  }
};

} // namespace detail
} // namespace casthoist
} // namespace mlir

#endif // CASTHOIST_LIB_EXTERNALMODELS_EXTERNALMODELSIMPL_H
