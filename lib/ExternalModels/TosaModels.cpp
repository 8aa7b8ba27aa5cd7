//===- TosaModels.cpp - cast-hoist interfaces for TOSA ops ----------------===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#include "ExternalModelsImpl.h"

#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/Matchers.h"

using namespace mlir;
using namespace mlir::casthoist;
using namespace mlir::casthoist::detail;

namespace {
/// tosa.cast: one op for every conversion; its kind follows from the types.
struct TosaCastModel
    : public ElementCastOpInterface::ExternalModel<TosaCastModel,
                                                   tosa::CastOp> {
  std::optional<CastKind> getCastKind(Operation *op) const {
    return getTosaCastKind(getElementTypeOrSelf(op->getOperand(0).getType()),
                           getElementTypeOrSelf(op->getResult(0).getType()));
  }
  FailureOr<Value> buildCast(Operation *op, OpBuilder &builder, Location loc,
                             Value source, Type resultType,
                             CastKind kind) const {
    if (!canBuildCast(op, source.getType(), resultType, kind))
      return failure();
    return tosa::CastOp::create(builder, loc, resultType, source).getResult();
  }
  /// tosa.cast has one semantics per pair of element types, and TOSA
  /// tensors have no 0 dims (a concat may still take a tensor<0xf32> from
  /// another dialect).
  bool canBuildCast(Operation *op, Type sourceType, Type resultType,
                    CastKind kind) const {
    auto hasZeroDim = [](Type type) {
      auto ranked = dyn_cast<RankedTensorType>(type);
      return ranked && llvm::is_contained(ranked.getShape(), 0);
    };
    auto source = dyn_cast<TensorType>(sourceType);
    auto result = dyn_cast<TensorType>(resultType);
    return source && result && !hasZeroDim(source) && !hasZeroDim(result) &&
           getTosaCastKind(source.getElementType(), result.getElementType()) ==
               kind;
  }
};

/// The element types of the TOSA specification's profiles and extensions
/// that the rule table models (no f64 in TOSA).
struct TosaElementTypes {
  static bool supports(Type type) {
    if (auto intType = dyn_cast<IntegerType>(type))
      return intType.isSignless() &&
             llvm::is_contained({8u, 16u, 32u, 64u}, intType.getWidth());
    return isa<Float32Type, Float16Type, BFloat16Type, Float8E4M3FNType,
               Float8E5M2Type>(type);
  }
};

template <typename OpTy, typename Data>
using TosaMove = RegionFreeMoveModel<OpTy, Data, TosaElementTypes>;
/// tosa.reshape and tosa.identity: tosa-to-tensor makes a reshape
/// tensor.expand_shape/collapse_shape (views after bufferization), and
/// tosa-to-linalg replaces an identity by its input.
template <typename OpTy, typename Data>
using TosaView =
    RegionFreeMoveModel<OpTy, Data, TosaElementTypes, Layout::View>;

/// Float ops whose every result element is one of their operands' elements
/// (or a clamp bound), chosen by comparing values: tosa.maximum/minimum and
/// tosa.clamp. Only with nan_mode PROPAGATE: IGNORE lowers to maxnum/minnum,
/// whose choice between -0 and +0 is unspecified.
/// Not modeled on purpose: tosa.reduce_max/min and tosa.max_pool2d, because
/// tosa-to-linalg starts their reduction from the lowest finite value, not
/// -Inf, so an all--Inf window gives -3.4e38 in f32 (-Inf after an f16
/// cast) but -65504 when reduced in f16.
template <typename OpTy>
struct TosaSelectModel
    : public DataMovementOpInterface::ExternalModel<TosaSelectModel<OpTy>,
                                                    OpTy> {
  bool isPureDataMovement(Operation *op) const {
    auto resultType = dyn_cast<TensorType>(op->getResult(0).getType());
    return resultType && isa<FloatType>(resultType.getElementType()) &&
           cast<OpTy>(op).getNanMode() == tosa::NanPropagationMode::PROPAGATE;
  }
  ElementFunction getElementFunction(Operation *op) const {
    return ElementFunction::SelectByValue;
  }
  SmallVector<OpOperand *> getDataOperands(Operation *op) const {
    return DataOperands<>::get(op);
  }
  SmallVector<TypedAttr> getFillValues(Operation *op) const {
    if (auto clamp = dyn_cast<tosa::ClampOp>(op))
      return {cast<TypedAttr>(clamp.getMinValAttr()),
              cast<TypedAttr>(clamp.getMaxValAttr())};
    return {};
  }
  bool supportsElementType(Operation *op, Type elementType) const {
    return isa<FloatType>(elementType) &&
           TosaElementTypes::supports(elementType);
  }
  Value rebuildWithElementType(Operation *op, OpBuilder &builder,
                               ValueRange newDataOperands, Type elementType,
                               ArrayRef<TypedAttr> newFillValues) const {
    SmallVector<NamedAttribute> updates;
    if (auto clamp = dyn_cast<tosa::ClampOp>(op)) {
      updates.emplace_back(clamp.getMinValAttrName(), newFillValues[0]);
      updates.emplace_back(clamp.getMaxValAttrName(), newFillValues[1]);
    }
    return rebuildRegionFreeOp(builder, op, DataOperands<>::get(op),
                               newDataOperands, elementType, updates);
  }
};

/// The float types of tosa.abs and tosa.negate in the TOSA specification
/// (no f8: --tosa-validate rejects them with the fp8 extensions enabled).
static bool supportsSignOpElementType(Type type) {
  return isa<Float32Type, Float16Type, BFloat16Type>(type);
}

/// tosa.cond_if runs its then region when the condition holds and its else
/// region otherwise, each once; its results are what that region's
/// tosa.yield yields. (MLIR 22 gives it no RegionBranchOpInterface.)
struct TosaIfModel
    : public BranchRegionsOpInterface::ExternalModel<TosaIfModel, tosa::IfOp> {
  MutableOperandRange getYieldedResults(Operation *op, Region &region) const {
    return MutableOperandRange(region.front().getTerminator());
  }
};

/// tosa.while_loop runs its cond region on the carried values; the region
/// yields only whether to go on. If so, the body region receives the same
/// values and yields the next ones, which the cond region receives again;
/// if not, the op returns the values the cond region received. The cond
/// region cannot change them, so the init `k` and the body's yielded value
/// `k` each become cond argument `k`, body argument `k` and result `k`.
/// (MLIR 22 gives it no RegionBranchOpInterface, whose edges could not say
/// that the cond region forwards its arguments without yielding them.)
struct TosaWhileModel
    : public LoopRegionsOpInterface::ExternalModel<TosaWhileModel,
                                                   tosa::WhileOp> {
  LogicalResult getLoopFlowEdges(Operation *op,
                                 SmallVectorImpl<LoopFlowEdge> &edges) const {
    auto loop = cast<tosa::WhileOp>(op);
    Region &cond = loop.getCondGraph();
    Region &body = loop.getBodyGraph();
    if (!cond.hasOneBlock() || !body.hasOneBlock() ||
        !body.front().mightHaveTerminator())
      return failure();
    Block &condBlock = cond.front();
    Block &bodyBlock = body.front();
    Operation *yield = bodyBlock.getTerminator();
    unsigned count = op->getNumOperands();
    if (op->getNumResults() != count || condBlock.getNumArguments() != count ||
        bodyBlock.getNumArguments() != count ||
        yield->getNumOperands() != count)
      return failure();
    for (unsigned k = 0; k < count; ++k)
      for (OpOperand *from : {&op->getOpOperand(k), &yield->getOpOperand(k)})
        for (Value to :
             {Value(condBlock.getArgument(k)), Value(bodyBlock.getArgument(k)),
              Value(op->getResult(k))})
          edges.emplace_back(from, to);
    return success();
  }
};

/// tosa.abs: the absolute value of every element (docs/Rules.md, "Ops that
/// compute the sign"). The rule table decides which casts commute with it:
/// float-to-float casts under `values`, no integer cast.
struct TosaAbsModel
    : public DataMovementOpInterface::ExternalModel<TosaAbsModel, tosa::AbsOp> {
  bool isPureDataMovement(Operation *op) const {
    return isa<TensorType>(op->getResult(0).getType());
  }
  ElementFunction getElementFunction(Operation *op) const {
    return ElementFunction::Abs;
  }
  SmallVector<OpOperand *> getDataOperands(Operation *op) const {
    return DataOperands<0>::get(op);
  }
  bool supportsElementType(Operation *op, Type elementType) const {
    return supportsSignOpElementType(elementType);
  }
  Value rebuildWithElementType(Operation *op, OpBuilder &builder,
                               ValueRange newDataOperands, Type elementType,
                               ArrayRef<TypedAttr> newFillValues) const {
    return rebuildRegionFreeOp(builder, op, DataOperands<0>::get(op),
                               newDataOperands, elementType);
  }
};

/// Whether `value` is a constant of static shape whose every element is a
/// float zero.
static bool isFloatZeroConstant(Value value) {
  auto type = dyn_cast<RankedTensorType>(value.getType());
  DenseElementsAttr constant;
  if (!type || !type.hasStaticShape() ||
      !matchPattern(value, m_Constant(&constant)) ||
      !isa<FloatType>(constant.getElementType()))
    return false;
  return llvm::all_of(constant.getValues<APFloat>(),
                      [](const APFloat &element) { return element.isZero(); });
}

/// tosa.negate on floats with both zero points constant 0: a plain negation
/// (tosa-to-linalg lowers it to arith.negf and ignores the zero points,
/// which the verifier requires to be 0 for floats). Not modeled:
///  - integer tosa.negate: TOSA specifies it saturating, and tosa-to-linalg
///    lowers it so (-(-128 : i8) = 127), even with zero points 0; a
///    saturating negation commutes with no integer cast
///    (trunc(-(-128 : i32)) = -128, but -(trunc(-128)) saturates to 127);
///  - zero points that are not constants (their value is unknown).
/// The zero points are not data (no result element is a copy of them):
/// the rebuilt op gets fresh zero constants of the new element type, which
/// is exact because 0 is 0 in every float type.
struct TosaNegateModel
    : public DataMovementOpInterface::ExternalModel<TosaNegateModel,
                                                    tosa::NegateOp> {
  bool isPureDataMovement(Operation *op) const {
    auto negate = cast<tosa::NegateOp>(op);
    auto resultType = dyn_cast<TensorType>(negate.getType());
    return resultType && isa<FloatType>(resultType.getElementType()) &&
           isFloatZeroConstant(negate.getInput1Zp()) &&
           isFloatZeroConstant(negate.getOutputZp());
  }
  ElementFunction getElementFunction(Operation *op) const {
    return ElementFunction::Negate;
  }
  SmallVector<OpOperand *> getDataOperands(Operation *op) const {
    return DataOperands<0>::get(op);
  }
  bool supportsElementType(Operation *op, Type elementType) const {
    return supportsSignOpElementType(elementType);
  }
  Value rebuildWithElementType(Operation *op, OpBuilder &builder,
                               ValueRange newDataOperands, Type elementType,
                               ArrayRef<TypedAttr> newFillValues) const {
    auto negate = cast<tosa::NegateOp>(op);
    auto zeroPoint = [&](Value old) -> Value {
      auto type = cast<ShapedType>(old.getType()).clone(elementType);
      Attribute zeroElement = builder.getFloatAttr(elementType, 0.0);
      auto zero = DenseElementsAttr::get(type, zeroElement);
      return tosa::ConstOp::create(builder, op->getLoc(), type, zero);
    };
    Value input1Zp = zeroPoint(negate.getInput1Zp());
    // One constant for both when the op shares one.
    Value outputZp = negate.getOutputZp() == negate.getInput1Zp()
                         ? input1Zp
                         : zeroPoint(negate.getOutputZp());
    return tosa::NegateOp::create(
               builder, op->getLoc(),
               cast<ShapedType>(negate.getType()).clone(elementType),
               newDataOperands.front(), input1Zp, outputZp)
        .getResult();
  }
};
} // namespace

void mlir::casthoist::detail::registerTosaExternalModels(
    DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *context, tosa::TosaDialect *) {
    tosa::CastOp::attachInterface<TosaCastModel>(*context);
    tosa::TransposeOp::attachInterface<
        TosaMove<tosa::TransposeOp, DataOperands<0>>>(*context);
    tosa::ReshapeOp::attachInterface<
        TosaView<tosa::ReshapeOp, DataOperands<0>>>(*context);
    tosa::SliceOp::attachInterface<TosaMove<tosa::SliceOp, DataOperands<0>>>(
        *context);
    tosa::ConcatOp::attachInterface<TosaMove<tosa::ConcatOp, DataOperands<>>>(
        *context);
    // The pad constant is a one-element tensor operand: a data operand, so it
    // is cast (or narrowed) exactly like the data.
    tosa::PadOp::attachInterface<TosaMove<tosa::PadOp, DataOperands<0, 2>>>(
        *context);
    tosa::TileOp::attachInterface<TosaMove<tosa::TileOp, DataOperands<0>>>(
        *context);
    tosa::ReverseOp::attachInterface<
        TosaMove<tosa::ReverseOp, DataOperands<0>>>(*context);
    tosa::GatherOp::attachInterface<TosaMove<tosa::GatherOp, DataOperands<0>>>(
        *context);
    // values_in and input carry data; indices (operand 1) do not.
    tosa::ScatterOp::attachInterface<
        TosaMove<tosa::ScatterOp, DataOperands<0, 2>>>(*context);
    // on_true and on_false carry data; the i1 condition (operand 0) does not.
    tosa::SelectOp::attachInterface<
        TosaMove<tosa::SelectOp, DataOperands<1, 2>>>(*context);
    tosa::IdentityOp::attachInterface<
        TosaView<tosa::IdentityOp, DataOperands<0>>>(*context);
    tosa::MaximumOp::attachInterface<TosaSelectModel<tosa::MaximumOp>>(
        *context);
    tosa::MinimumOp::attachInterface<TosaSelectModel<tosa::MinimumOp>>(
        *context);
    tosa::ClampOp::attachInterface<TosaSelectModel<tosa::ClampOp>>(*context);
    tosa::IfOp::attachInterface<TosaIfModel>(*context);
    tosa::WhileOp::attachInterface<TosaWhileModel>(*context);
    tosa::AbsOp::attachInterface<TosaAbsModel>(*context);
    tosa::NegateOp::attachInterface<TosaNegateModel>(*context);
  });
}
