//===- LinalgModels.cpp - cast-hoist interfaces for linalg ops ------------===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#include "ArithCasts.h"
#include "ExternalModelsImpl.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/DialectRegistry.h"

using namespace mlir;
using namespace mlir::casthoist;
using namespace mlir::casthoist::detail;

/// A tensor.empty shaped like `like`, with element type `elementType`: the
/// new init of a rebuilt destination-style op.
static Value createEmptyLike(OpBuilder &builder, Location loc, Value like,
                             Type elementType) {
  return tensor::EmptyOp::create(builder, loc,
                                 tensor::getMixedSizes(builder, loc, like),
                                 elementType)
      .getResult();
}

namespace {
//===----------------------------------------------------------------------===//
// linalg.transpose / linalg.broadcast / linalg.copy
//===----------------------------------------------------------------------===//

/// The input is the data; the init is overwritten entirely, so its contents
/// never reach the result and the rebuilt op gets a fresh tensor.empty.
template <typename OpTy>
struct LinalgMoveModel
    : public DataMovementOpInterface::ExternalModel<LinalgMoveModel<OpTy>,
                                                    OpTy> {
  bool isPureDataMovement(Operation *op) const {
    auto linalgOp = cast<OpTy>(op);
    if (!linalgOp.hasPureTensorSemantics() || op->getNumResults() != 1)
      return false;
    // linalg.copy may also convert elements; then it is a cast, not a move.
    return getElementTypeOrSelf(linalgOp.getDpsInputOperand(0)->get()) ==
           getElementTypeOrSelf(op->getResult(0));
  }
  SmallVector<OpOperand *> getDataOperands(Operation *op) const {
    return {cast<OpTy>(op).getDpsInputOperand(0)};
  }
  Value rebuildWithElementType(Operation *op, OpBuilder &builder,
                               ValueRange newDataOperands, Type elementType,
                               ArrayRef<TypedAttr> newFillValues) const {
    auto linalgOp = cast<OpTy>(op);
    Location loc = op->getLoc();
    Value init = createEmptyLike(
        builder, loc, linalgOp.getDpsInitOperand(0)->get(), elementType);
    Value input = newDataOperands.front();
    if constexpr (std::is_same_v<OpTy, linalg::TransposeOp>)
      return linalg::TransposeOp::create(builder, loc, input, init,
                                         linalgOp.getPermutation())
          ->getResult(0);
    else if constexpr (std::is_same_v<OpTy, linalg::BroadcastOp>)
      return linalg::BroadcastOp::create(builder, loc, input, init,
                                         linalgOp.getDimensions())
          ->getResult(0);
    else
      return linalg::CopyOp::create(builder, loc, TypeRange{init.getType()},
                                    ValueRange{input}, ValueRange{init})
          ->getResult(0);
  }
};

//===----------------------------------------------------------------------===//
// linalg.generic / linalg.map computing one arith cast per element
//===----------------------------------------------------------------------===//

/// Returns the arith cast a generic or map applies to every element, or null
/// when the op is not exactly `out[i] = cast(in[i])` on tensors.
static Operation *getElementwiseCast(linalg::LinalgOp op) {
  if (!op.hasPureTensorSemantics() || op.getNumDpsInputs() != 1 ||
      op.getNumDpsInits() != 1 || op->getNumResults() != 1 ||
      op.getNumParallelLoops() != op.getNumLoops())
    return nullptr;
  if (!llvm::all_of(op.getIndexingMapsArray(),
                    [](AffineMap map) { return map.isIdentity(); }))
    return nullptr;
  Block *body = op.getBlock();
  // A cast and the yield; the init's element (if the region has it) unused.
  if (!llvm::hasSingleElement(body->without_terminator()))
    return nullptr;
  Operation &cast = body->front();
  Operation *yield = body->getTerminator();
  if (cast.getNumOperands() != 1 || cast.getNumResults() != 1 ||
      cast.getOperand(0) != body->getArgument(0) ||
      yield->getNumOperands() != 1 || yield->getOperand(0) != cast.getResult(0))
    return nullptr;
  for (BlockArgument arg : body->getArguments().drop_front())
    if (!arg.use_empty())
      return nullptr;
  return getArithCastKind(&cast) ? &cast : nullptr;
}

template <typename OpTy>
struct LinalgElementwiseCastModel
    : public ElementCastOpInterface::ExternalModel<
          LinalgElementwiseCastModel<OpTy>, OpTy> {
  /// Null unless the op is an elementwise cast: a generic may have no inputs.
  Value getCastSource(Operation *op) const {
    auto linalgOp = cast<linalg::LinalgOp>(op);
    if (!getElementwiseCast(linalgOp))
      return Value();
    return linalgOp.getDpsInputOperand(0)->get();
  }
  Value getCastResult(Operation *op) const { return op->getResult(0); }
  std::optional<CastKind> getCastKind(Operation *op) const {
    Operation *body = getElementwiseCast(cast<linalg::LinalgOp>(op));
    if (!body)
      return std::nullopt;
    return getArithCastKind(body);
  }
  /// A generic applying an arith cast: ranked tensors of one rank, and a kind
  /// arith can build for these element types.
  bool canBuildCast(Operation *op, Type sourceType, Type resultType,
                    CastKind kind) const {
    auto sourceTensor = dyn_cast<RankedTensorType>(sourceType);
    auto resultTensor = dyn_cast<RankedTensorType>(resultType);
    return sourceTensor && resultTensor &&
           sourceTensor.getRank() == resultTensor.getRank() &&
           canBuildArithCast(sourceTensor.getElementType(),
                             resultTensor.getElementType(), kind);
  }
  /// Builds a linalg.generic applying the arith cast of `kind` elementwise.
  FailureOr<Value> buildCast(Operation *op, OpBuilder &builder, Location loc,
                             Value source, Type resultType,
                             CastKind kind) const {
    if (!canBuildCast(op, source.getType(), resultType, kind))
      return failure();
    auto sourceType = cast<RankedTensorType>(source.getType());
    Type dstElem = cast<RankedTensorType>(resultType).getElementType();
    Value init = createEmptyLike(builder, loc, source, dstElem);
    unsigned rank = sourceType.getRank();
    SmallVector<AffineMap> maps(2, builder.getMultiDimIdentityMap(rank));
    SmallVector<utils::IteratorType> iterators(rank,
                                               utils::IteratorType::parallel);
    auto generic = linalg::GenericOp::create(
        builder, loc, TypeRange{init.getType()}, ValueRange{source},
        ValueRange{init}, maps, iterators,
        [&](OpBuilder &b, Location bodyLoc, ValueRange args) {
          FailureOr<Value> element =
              buildArithCast(b, bodyLoc, args[0], dstElem, kind);
          linalg::YieldOp::create(b, bodyLoc, *element);
        });
    Value result = generic->getResult(0);
    if (result.getType() != resultType)
      result = tensor::CastOp::create(builder, loc, resultType, result);
    return result;
  }
};
} // namespace

void mlir::casthoist::detail::registerLinalgExternalModels(
    DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *context, linalg::LinalgDialect *) {
    linalg::TransposeOp::attachInterface<LinalgMoveModel<linalg::TransposeOp>>(
        *context);
    linalg::BroadcastOp::attachInterface<LinalgMoveModel<linalg::BroadcastOp>>(
        *context);
    linalg::CopyOp::attachInterface<LinalgMoveModel<linalg::CopyOp>>(*context);
    linalg::GenericOp::attachInterface<
        LinalgElementwiseCastModel<linalg::GenericOp>>(*context);
    linalg::MapOp::attachInterface<LinalgElementwiseCastModel<linalg::MapOp>>(
        *context);
  });
}
