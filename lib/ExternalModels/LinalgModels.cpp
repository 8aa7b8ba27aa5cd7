//===- LinalgModels.cpp - cast-hoist interfaces for linalg ops ------------===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#include "ArithCasts.h"
#include "ExternalModelsImpl.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/Matchers.h"

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

/// The init of a destination-style op retyped in place to element type
/// `elementType`: the old init itself when it is a tensor.empty only `op`
/// uses (retyped in place too), otherwise a new tensor.empty shaped like it.
/// The init is overwritten entirely, so its contents never matter.
static Value retypeInit(RewriterBase &rewriter, Operation *op, Value init,
                        Type elementType) {
  if (auto empty = init.getDefiningOp<tensor::EmptyOp>();
      empty && init.hasOneUse()) {
    rewriter.modifyOpInPlace(empty, [&] {
      init.setType(cloneWithElementType(init.getType(), elementType));
    });
    return init;
  }
  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPoint(op);
  return createEmptyLike(rewriter, op->getLoc(), init, elementType);
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
  /// The same op on the new input and a retyped init: the element type is
  /// in the input, init and result types and in the body's block arguments
  /// (both of the data's element type: the op is pure data movement).
  bool canRetypeInPlace(Operation *op) const { return true; }
  void retypeInPlace(Operation *op, RewriterBase &rewriter,
                     ValueRange newDataOperands, Type elementType) const {
    auto linalgOp = cast<OpTy>(op);
    OpOperand *init = linalgOp.getDpsInitOperand(0);
    Value newInit = retypeInit(rewriter, op, init->get(), elementType);
    rewriter.modifyOpInPlace(op, [&] {
      linalgOp.getDpsInputOperand(0)->set(newDataOperands.front());
      init->set(newInit);
      Value result = op->getResult(0);
      result.setType(cloneWithElementType(result.getType(), elementType));
      for (BlockArgument arg : op->getRegion(0).getArguments())
        arg.setType(elementType);
    });
  }
};

//===----------------------------------------------------------------------===//
// linalg.generic that only copies (transpose, broadcast, expand, copy)
//===----------------------------------------------------------------------===//

/// Returns the input a linalg.generic copies into its result, or null when
/// the generic is not pure data movement. It is when it has pure tensor
/// semantics, one init and one result, only parallel loops, a body that is
/// just `linalg.yield %in` for the block argument of one ranked-tensor input
/// (so the init's argument is unused), a projected permutation as that
/// input's map (constant 0 results allowed: torch-mlir's size-1 broadcasts)
/// and a permutation as the init's map. Then every result element is written
/// once, with a copy of one input element. The cheap checks come first:
/// this runs on every generic of a model.
/// The input whose block argument the body of `op` yields unchanged, by
/// structure alone (one init, one result, a body that is just the yield),
/// or null. getCopiedInput adds the checks on types and maps; the rebuilds
/// use this, since a caller may have retyped the input's value already
/// (the loop rewrite retypes the carried block argument first).
static OpOperand *getYieldedInput(linalg::GenericOp op) {
  if (op->getNumResults() != 1 || op.getNumDpsInits() != 1)
    return nullptr;
  Block *body = op.getBody();
  Operation *yield = body->getTerminator();
  if (&body->front() != yield || yield->getNumOperands() != 1)
    return nullptr;
  auto arg = dyn_cast<BlockArgument>(yield->getOperand(0));
  if (!arg || arg.getOwner() != body ||
      arg.getArgNumber() >= static_cast<unsigned>(op.getNumDpsInputs()))
    return nullptr;
  return op.getDpsInputOperand(arg.getArgNumber());
}

static OpOperand *getCopiedInput(linalg::GenericOp op) {
  OpOperand *input = getYieldedInput(op);
  if (!input)
    return nullptr;
  OpOperand *init = op.getDpsInitOperand(0);
  if (!isa<RankedTensorType>(input->get().getType()) ||
      !op.hasPureTensorSemantics() ||
      getElementTypeOrSelf(input->get().getType()) !=
          getElementTypeOrSelf(op->getResult(0).getType()) ||
      !op.getMatchingBlockArgument(init).use_empty() ||
      op.getNumParallelLoops() != op.getNumLoops() ||
      !op.getMatchingIndexingMap(input).isProjectedPermutation(
          /*allowZeroInResults=*/true) ||
      !op.getMatchingIndexingMap(init).isPermutation())
    return nullptr;
  return input;
}

/// A linalg.generic that is a transpose, broadcast, expand or copy by its
/// structure (getCopiedInput). Other generics (a computation, a cast) answer
/// "not data movement". The yielded input is the only data operand: inputs
/// the body does not read are kept as they are.
struct LinalgGenericMoveModel
    : public DataMovementOpInterface::ExternalModel<LinalgGenericMoveModel,
                                                    linalg::GenericOp> {
  bool isPureDataMovement(Operation *op) const {
    return getCopiedInput(cast<linalg::GenericOp>(op)) != nullptr;
  }
  SmallVector<OpOperand *> getDataOperands(Operation *op) const {
    if (OpOperand *input = getCopiedInput(cast<linalg::GenericOp>(op)))
      return {input};
    return {};
  }
  /// A new generic reading the narrow input into a fresh tensor.empty (the
  /// old init is never read), with the same maps, iterators and attributes.
  Value rebuildWithElementType(Operation *op, OpBuilder &builder,
                               ValueRange newDataOperands, Type elementType,
                               ArrayRef<TypedAttr> newFillValues) const {
    auto generic = cast<linalg::GenericOp>(op);
    OpOperand *copied = getYieldedInput(generic);
    assert(copied && "rebuilding a generic that is not data movement");
    unsigned position = generic.getMatchingBlockArgument(copied).getArgNumber();
    SmallVector<Value> inputs(generic.getDpsInputs());
    inputs[position] = newDataOperands.front();
    Location loc = op->getLoc();
    Value init = createEmptyLike(
        builder, loc, generic.getDpsInitOperand(0)->get(), elementType);
    SmallVector<NamedAttribute> discardable(generic->getDiscardableAttrs());
    auto rebuilt = linalg::GenericOp::create(
        builder, loc, TypeRange{init.getType()}, inputs, ValueRange{init},
        generic.getIndexingMaps(), generic.getIteratorTypes(),
        generic.getDocAttr(), generic.getLibraryCallAttr(),
        [&](OpBuilder &b, Location bodyLoc, ValueRange args) {
          linalg::YieldOp::create(b, bodyLoc, args[position]);
        },
        discardable);
    return rebuilt->getResult(0);
  }
  /// The same generic reading the new input into a retyped init: the
  /// copied input's and the init's block arguments change type, the other
  /// inputs (never read by the body) stay.
  bool canRetypeInPlace(Operation *op) const { return true; }
  void retypeInPlace(Operation *op, RewriterBase &rewriter,
                     ValueRange newDataOperands, Type elementType) const {
    auto generic = cast<linalg::GenericOp>(op);
    OpOperand *copied = getYieldedInput(generic);
    assert(copied && "retyping a generic that is not data movement");
    OpOperand *init = generic.getDpsInitOperand(0);
    Value newInit = retypeInit(rewriter, op, init->get(), elementType);
    rewriter.modifyOpInPlace(op, [&] {
      generic.getMatchingBlockArgument(copied).setType(elementType);
      generic.getMatchingBlockArgument(init).setType(elementType);
      copied->set(newDataOperands.front());
      init->set(newInit);
      Value result = op->getResult(0);
      result.setType(cloneWithElementType(result.getType(), elementType));
    });
  }
};

//===----------------------------------------------------------------------===//
// linalg.fill of a constant
//===----------------------------------------------------------------------===//

/// The constant a linalg.fill on tensors writes, of the result's element
/// type, or null.
static TypedAttr getConstantFill(linalg::FillOp fill) {
  if (!fill.hasPureTensorSemantics() || fill->getNumResults() != 1 ||
      fill.getNumDpsInputs() != 1 || fill.getNumDpsInits() != 1)
    return {};
  Value value = fill.getDpsInputOperand(0)->get();
  TypedAttr attr;
  if (value.getType() != getElementTypeOrSelf(fill->getResult(0).getType()) ||
      !matchPattern(value, m_Constant(&attr)))
    return {};
  return attr;
}

/// linalg.fill of a constant scalar: no data operand, one fill value, so
/// `cast(fill(c))` becomes `fill(convert(c))`. The init is overwritten
/// entirely and gets a fresh tensor.empty. A non-constant scalar is not
/// modeled (it is not a tensor the cast ops could convert).
struct LinalgFillModel
    : public DataMovementOpInterface::ExternalModel<LinalgFillModel,
                                                    linalg::FillOp> {
  bool isPureDataMovement(Operation *op) const {
    return static_cast<bool>(getConstantFill(cast<linalg::FillOp>(op)));
  }
  SmallVector<OpOperand *> getDataOperands(Operation *op) const { return {}; }
  SmallVector<TypedAttr> getFillValues(Operation *op) const {
    return {getConstantFill(cast<linalg::FillOp>(op))};
  }
  Value rebuildWithElementType(Operation *op, OpBuilder &builder,
                               ValueRange newDataOperands, Type elementType,
                               ArrayRef<TypedAttr> newFillValues) const {
    auto fill = cast<linalg::FillOp>(op);
    Location loc = op->getLoc();
    Value value = arith::ConstantOp::create(builder, loc, newFillValues[0]);
    Value init = createEmptyLike(builder, loc, fill.getDpsInitOperand(0)->get(),
                                 elementType);
    return linalg::FillOp::create(builder, loc, ValueRange{value},
                                  ValueRange{init})
        ->getResult(0);
  }
};

//===----------------------------------------------------------------------===//
// linalg.pack / linalg.unpack
//===----------------------------------------------------------------------===//

/// linalg.pack and linalg.unpack copy the source's elements into a tiled
/// layout (and back). The dest is overwritten entirely (pack pads the
/// incomplete tiles; unpack drops them), so the rebuilt op gets a fresh
/// tensor.empty. pack's padding value is a fill value when it is a
/// constant; a non-constant one is not modeled.
template <typename OpTy>
struct LinalgRelayoutModel
    : public DataMovementOpInterface::ExternalModel<LinalgRelayoutModel<OpTy>,
                                                    OpTy> {
  /// The padding value of a pack, as a constant; null if there is none or it
  /// is not a constant.
  static TypedAttr getConstantPadding(OpTy op) {
    if constexpr (std::is_same_v<OpTy, linalg::PackOp>) {
      TypedAttr attr;
      if (Value padding = op.getPaddingValue())
        if (padding.getType() == op.getDestType().getElementType() &&
            matchPattern(padding, m_Constant(&attr)))
          return attr;
    }
    return {};
  }
  static bool hasPadding(OpTy op) {
    if constexpr (std::is_same_v<OpTy, linalg::PackOp>)
      return static_cast<bool>(op.getPaddingValue());
    return false;
  }
  bool isPureDataMovement(Operation *op) const {
    auto relayout = cast<OpTy>(op);
    return !hasPadding(relayout) ||
           static_cast<bool>(getConstantPadding(relayout));
  }
  SmallVector<OpOperand *> getDataOperands(Operation *op) const {
    return {&cast<OpTy>(op).getSourceMutable()};
  }
  SmallVector<TypedAttr> getFillValues(Operation *op) const {
    if (TypedAttr padding = getConstantPadding(cast<OpTy>(op)))
      return {padding};
    return {};
  }
  Value rebuildWithElementType(Operation *op, OpBuilder &builder,
                               ValueRange newDataOperands, Type elementType,
                               ArrayRef<TypedAttr> newFillValues) const {
    auto relayout = cast<OpTy>(op);
    Location loc = op->getLoc();
    Value dest = createEmptyLike(builder, loc, relayout.getDest(), elementType);
    if constexpr (std::is_same_v<OpTy, linalg::PackOp>) {
      std::optional<Value> padding;
      if (!newFillValues.empty())
        padding = arith::ConstantOp::create(builder, loc, newFillValues[0]);
      return linalg::PackOp::create(builder, loc, newDataOperands.front(), dest,
                                    relayout.getInnerDimsPos(),
                                    relayout.getMixedTiles(), padding,
                                    relayout.getOuterDimsPerm())
          .getResult();
    } else {
      return linalg::UnPackOp::create(builder, loc, newDataOperands.front(),
                                      dest, relayout.getInnerDimsPos(),
                                      relayout.getMixedTiles(),
                                      relayout.getOuterDimsPerm())
          .getResult();
    }
  }
};

//===----------------------------------------------------------------------===//
// linalg.generic / linalg.map computing one arith cast per element
//===----------------------------------------------------------------------===//

/// Returns the arith cast a generic or map applies to every element, or null
/// when the op is not exactly `out[i] = cast(in[i])` on tensors. The body is
/// looked at first (a few pointer comparisons), the maps last: this runs on
/// every generic of a model.
static Operation *getElementwiseCast(linalg::LinalgOp op) {
  if (op.getNumDpsInputs() != 1 || op.getNumDpsInits() != 1 ||
      op->getNumResults() != 1)
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
  if (!getArithCastKind(&cast) || !op.hasPureTensorSemantics() ||
      op.getNumParallelLoops() != op.getNumLoops() ||
      !llvm::all_of(op.getIndexingMapsArray(),
                    [](AffineMap map) { return map.isIdentity(); }))
    return nullptr;
  return &cast;
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
    // A generic is a cast or data movement by its body; each model answers
    // "not me" for the other kind.
    linalg::GenericOp::attachInterface<
        LinalgElementwiseCastModel<linalg::GenericOp>, LinalgGenericMoveModel>(
        *context);
    linalg::FillOp::attachInterface<LinalgFillModel>(*context);
    linalg::PackOp::attachInterface<LinalgRelayoutModel<linalg::PackOp>>(
        *context);
    linalg::UnPackOp::attachInterface<LinalgRelayoutModel<linalg::UnPackOp>>(
        *context);
    linalg::MapOp::attachInterface<LinalgElementwiseCastModel<linalg::MapOp>>(
        *context);
  });
}
