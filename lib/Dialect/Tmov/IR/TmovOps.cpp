//===- TmovOps.cpp - tmov dialect and ops ---------------------------------===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#include "casthoist/Dialect/Tmov/IR/Tmov.h"
#include "casthoist/Transforms/HoistCasts.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectImplementation.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/IR/PatternMatch.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallBitVector.h"
#include "llvm/Support/MathExtras.h"

using namespace mlir;
using namespace mlir::casthoist;
using namespace mlir::casthoist::tmov;

#include "casthoist/Dialect/Tmov/IR/TmovDialect.cpp.inc"

//===----------------------------------------------------------------------===//
// Dialect
//===----------------------------------------------------------------------===//

void TmovDialect::initialize() {
  addOperations<
#define GET_OP_LIST
#include "casthoist/Dialect/Tmov/IR/TmovOps.cpp.inc"
      >();
}

Operation *TmovDialect::materializeConstant(OpBuilder &builder, Attribute value,
                                            Type type, Location loc) {
  return arith::ConstantOp::materialize(builder, value, type, loc);
}

//===----------------------------------------------------------------------===//
// Shared helpers
//===----------------------------------------------------------------------===//

static bool isDynamic(int64_t size) { return ShapedType::isDynamic(size); }

/// Two dimension sizes agree when either is dynamic or both are equal.
static bool dimsAgree(int64_t a, int64_t b) {
  return isDynamic(a) || isDynamic(b) || a == b;
}

/// Checks that `axis` names a dimension of a rank-`rank` tensor.
static LogicalResult verifyAxis(Operation *op, int64_t axis, int64_t rank,
                                StringRef what = "axis") {
  if (axis < 0 || axis >= rank)
    return op->emitOpError()
           << what << " " << axis << " is out of range for a tensor of rank "
           << rank << " (expected 0 <= " << what << " < " << rank << ")";
  return success();
}

/// Checks that an index list has one entry per dimension.
static LogicalResult verifyListLength(Operation *op, StringRef name,
                                      ArrayRef<int64_t> list, int64_t rank) {
  if (static_cast<int64_t>(list.size()) != rank)
    return op->emitOpError() << "'" << name << "' has " << list.size()
                             << " entries but the input has rank " << rank;
  return success();
}

/// Checks the result shape against an expected one (kDynamic = unknown).
static LogicalResult verifyResultShape(Operation *op,
                                       ArrayRef<int64_t> expected) {
  auto resultType = cast<RankedTensorType>(op->getResult(0).getType());
  if (resultType.getRank() != static_cast<int64_t>(expected.size()))
    return op->emitOpError() << "expected result rank " << expected.size()
                             << " but got " << resultType.getRank();
  for (auto [dim, pair] :
       llvm::enumerate(llvm::zip_equal(expected, resultType.getShape()))) {
    auto [want, got] = pair;
    if (!dimsAgree(want, got))
      return op->emitOpError()
             << "result dimension " << dim << " should be "
             << (isDynamic(want) ? std::string("?") : std::to_string(want))
             << " but is "
             << (isDynamic(got) ? std::string("?") : std::to_string(got));
  }
  return success();
}

/// Checks that every element type of the op's tensors matches the result's.
static LogicalResult verifySameElementType(Operation *op, Value value,
                                           StringRef name) {
  Type want = getElementTypeOrSelf(op->getResult(0).getType());
  Type got = getElementTypeOrSelf(value.getType());
  if (want != got)
    return op->emitOpError() << "element type mismatch: " << name << " has "
                             << got << " but the result has " << want;
  return success();
}

/// `a * b`, or failure on overflow; dynamic stays dynamic unless the other
/// factor is 0 (any size times 0 is 0).
static FailureOr<int64_t> mulDims(int64_t a, int64_t b) {
  if (a == 0 || b == 0)
    return 0;
  if (isDynamic(a) || isDynamic(b))
    return ShapedType::kDynamic;
  int64_t result;
  if (llvm::MulOverflow(a, b, result))
    return failure();
  return result;
}

/// `a + b`, or failure on overflow; dynamic stays dynamic.
static FailureOr<int64_t> addDims(int64_t a, int64_t b) {
  if (isDynamic(a) || isDynamic(b))
    return ShapedType::kDynamic;
  int64_t result;
  if (llvm::AddOverflow(a, b, result))
    return failure();
  return result;
}

static InFlightDiagnostic emitOverflow(Operation *op, int64_t dim) {
  return op->emitOpError() << "size of result dimension " << dim
                           << " overflows a 64-bit integer";
}

/// Data-movement ops whose only data operand is operand 0 share these.
template <typename OpTy>
static SmallVector<OpOperand *> firstOperandIsData(OpTy op) {
  return {&op->getOpOperand(0)};
}

#define TMOV_SINGLE_INPUT_MOVE_OP(OP)                                          \
  SmallVector<OpOperand *> OP::getDataOperands() {                             \
    return firstOperandIsData(*this);                                          \
  }                                                                            \
  Value OP::rebuildWithElementType(                                            \
      OpBuilder &builder, ValueRange newDataOperands, Type elementType,        \
      ArrayRef<TypedAttr> newFillValues) {                                     \
    (void)newFillValues;                                                       \
    return rebuildRegionFreeOp(builder, getOperation(), getDataOperands(),     \
                               newDataOperands, elementType);                  \
  }                                                                            \
  bool OP::canRetypeInPlace() { return true; }                                 \
  void OP::retypeInPlace(RewriterBase &rewriter, ValueRange newDataOperands,   \
                         Type elementType) {                                   \
    retypeRegionFreeOpInPlace(rewriter, getOperation(), getDataOperands(),     \
                              newDataOperands, elementType);                   \
  }

TMOV_SINGLE_INPUT_MOVE_OP(TransposeOp)
TMOV_SINGLE_INPUT_MOVE_OP(ReshapeOp)
TMOV_SINGLE_INPUT_MOVE_OP(BroadcastOp)
TMOV_SINGLE_INPUT_MOVE_OP(SliceOp)
TMOV_SINGLE_INPUT_MOVE_OP(GatherOp)
TMOV_SINGLE_INPUT_MOVE_OP(ReverseOp)
TMOV_SINGLE_INPUT_MOVE_OP(TileOp)
#undef TMOV_SINGLE_INPUT_MOVE_OP

//===----------------------------------------------------------------------===//
// CastOp
//===----------------------------------------------------------------------===//

bool CastOp::areCastCompatible(TypeRange inputs, TypeRange outputs) {
  if (inputs.size() != 1 || outputs.size() != 1)
    return false;
  auto in = dyn_cast<TensorType>(inputs.front());
  auto out = dyn_cast<TensorType>(outputs.front());
  if (!in || !out)
    return false;
  if (in.hasRank() && out.hasRank())
    return in.getRank() == out.getRank() &&
           llvm::all_of(
               llvm::zip_equal(in.getShape(), out.getShape()), [](auto dims) {
                 return dimsAgree(std::get<0>(dims), std::get<1>(dims));
               });
  return true;
}

std::optional<CastKind> CastOp::getCastKind() {
  return getTosaCastKind(getElementTypeOrSelf(getInput().getType()),
                         getElementTypeOrSelf(getResult().getType()));
}

FailureOr<Value> CastOp::buildCast(OpBuilder &builder, Location loc,
                                   Value source, Type resultType,
                                   CastKind kind) {
  if (!canBuildCast(source.getType(), resultType, kind))
    return failure();
  return CastOp::create(builder, loc, resultType, source).getResult();
}

bool CastOp::canBuildCast(Type sourceType, Type resultType, CastKind kind) {
  // tmov.cast has one semantics per pair of element types, on tensors.
  return isa<TensorType>(sourceType) && isa<TensorType>(resultType) &&
         getTosaCastKind(getElementTypeOrSelf(sourceType),
                         getElementTypeOrSelf(resultType)) == kind;
}

OpFoldResult CastOp::fold(FoldAdaptor adaptor) {
  if (getInput().getType() == getResult().getType())
    return getInput();
  auto value = dyn_cast_if_present<DenseElementsAttr>(adaptor.getInput());
  auto resultType = dyn_cast<RankedTensorType>(getResult().getType());
  if (!value || !resultType || !resultType.hasStaticShape())
    return {};
  std::optional<ElementCast> elementCast = getElementCast();
  if (!elementCast)
    return {};
  FailureOr<DenseElementsAttr> converted = elementCast->convert(value);
  if (failed(converted))
    return {};
  return converted->reshape(resultType);
}

void CastOp::getCanonicalizationPatterns(RewritePatternSet &results,
                                         MLIRContext *context) {
  populateHoistCastsCanonicalizationPatterns(
      results, OperationName(getOperationName(), context));
}

//===----------------------------------------------------------------------===//
// TransposeOp
//===----------------------------------------------------------------------===//

LogicalResult TransposeOp::verify() {
  auto inputType = getInput().getType();
  int64_t rank = inputType.getRank();
  ArrayRef<int64_t> perm = getPermutation();
  if (static_cast<int64_t>(perm.size()) != rank)
    return emitOpError() << "permutation has " << perm.size()
                         << " entries but the input has rank " << rank;
  llvm::SmallBitVector seen(rank);
  for (int64_t p : perm) {
    if (p < 0 || p >= rank)
      return emitOpError() << "permutation entry " << p
                           << " is out of range [0, " << rank << ")";
    if (seen.test(p))
      return emitOpError() << "permutation is not a permutation: " << p
                           << " appears twice";
    seen.set(p);
  }
  SmallVector<int64_t> expected;
  for (int64_t p : perm)
    expected.push_back(inputType.getDimSize(p));
  return verifyResultShape(*this, expected);
}

//===----------------------------------------------------------------------===//
// ReshapeOp
//===----------------------------------------------------------------------===//

/// Same elements, same row-major order: every lowering (tensor.reshape ->
/// memref.reshape) reinterprets the input buffer.
bool ReshapeOp::isView() { return true; }

/// Product of the static sizes, or failure on overflow. A static 0 makes the
/// product 0 even if the other sizes would overflow.
static FailureOr<int64_t> staticProduct(ArrayRef<int64_t> shape) {
  if (llvm::is_contained(shape, 0))
    return 0;
  int64_t product = 1;
  for (int64_t size : shape) {
    if (isDynamic(size))
      continue;
    if (llvm::MulOverflow(product, size, product))
      return failure();
  }
  return product;
}

LogicalResult ReshapeOp::verify() {
  auto inputType = getInput().getType();
  auto resultType = getResult().getType();
  int64_t numDynamic = resultType.getNumDynamicDims();
  if (numDynamic > 1)
    return emitOpError() << "result may have at most one dynamic dimension, "
                            "but has "
                         << numDynamic;
  FailureOr<int64_t> inCount = staticProduct(inputType.getShape());
  FailureOr<int64_t> outCount = staticProduct(resultType.getShape());
  if (failed(inCount) || failed(outCount))
    return emitOpError("element count overflows a 64-bit integer");
  if (inputType.hasStaticShape() && resultType.hasStaticShape() &&
      *inCount != *outCount)
    return emitOpError() << "input has " << *inCount
                         << " elements but the result has " << *outCount;
  if (inputType.hasStaticShape() && numDynamic == 1 && *outCount != 0 &&
      *inCount % *outCount != 0)
    return emitOpError() << "input element count " << *inCount
                         << " is not a multiple of the result's static "
                            "element count "
                         << *outCount;
  // A static dimension of size 0 makes the element count 0 whatever the
  // dynamic dimensions are.
  if (inputType.hasStaticShape() && numDynamic == 1 && *outCount == 0 &&
      *inCount != 0)
    return emitOpError() << "input has " << *inCount
                         << " elements but the result has a dimension of "
                            "size 0, so it has none";
  if (!inputType.hasStaticShape() && resultType.hasStaticShape()) {
    if (*inCount == 0 && *outCount != 0)
      return emitOpError() << "input has a dimension of size 0, so it has no "
                              "elements, but the result has "
                           << *outCount;
    if (*inCount != 0 && *outCount % *inCount != 0)
      return emitOpError() << "result element count " << *outCount
                           << " is not a multiple of the input's static "
                              "element count "
                           << *inCount;
  }
  return success();
}

//===----------------------------------------------------------------------===//
// BroadcastOp
//===----------------------------------------------------------------------===//

LogicalResult BroadcastOp::verify() {
  auto inputType = getInput().getType();
  auto resultType = getResult().getType();
  ArrayRef<int64_t> dims = getDimensions();
  if (static_cast<int64_t>(dims.size()) != inputType.getRank())
    return emitOpError() << "'dimensions' has " << dims.size()
                         << " entries but the input has rank "
                         << inputType.getRank();
  llvm::SmallBitVector mapped(resultType.getRank());
  for (auto [i, d] : llvm::enumerate(dims)) {
    if (d < 0 || d >= resultType.getRank())
      return emitOpError() << "dimension " << d
                           << " is out of range for a result of rank "
                           << resultType.getRank();
    if (i > 0 && d <= dims[i - 1])
      return emitOpError("'dimensions' must be strictly increasing");
    mapped.set(d);
    int64_t in = inputType.getDimSize(i), out = resultType.getDimSize(d);
    if (isDynamic(out) && !isDynamic(in))
      return emitOpError() << "result dimension " << d
                           << " is dynamic but input dimension " << i
                           << " is static";
    if (!isDynamic(in) && !isDynamic(out) && in != 1 && in != out)
      return emitOpError() << "input dimension " << i << " (size " << in
                           << ") can only broadcast to result dimension " << d
                           << " if it is 1 or equal, but the result has size "
                           << out;
  }
  for (int64_t d = 0; d < resultType.getRank(); ++d)
    if (!mapped.test(d) && resultType.isDynamicDim(d))
      return emitOpError() << "new result dimension " << d << " must be static";
  return success();
}

//===----------------------------------------------------------------------===//
// SliceOp
//===----------------------------------------------------------------------===//

LogicalResult SliceOp::verify() {
  auto inputType = getInput().getType();
  int64_t rank = inputType.getRank();
  if (failed(verifyListLength(*this, "offsets", getOffsets(), rank)) ||
      failed(verifyListLength(*this, "sizes", getSizes(), rank)) ||
      failed(verifyListLength(*this, "strides", getStrides(), rank)))
    return failure();
  for (int64_t d = 0; d < rank; ++d) {
    int64_t offset = getOffsets()[d], size = getSizes()[d],
            stride = getStrides()[d];
    if (offset < 0 || size < 0)
      return emitOpError() << "offset and size must be non-negative, got "
                           << offset << " and " << size << " in dimension "
                           << d;
    if (stride < 1)
      return emitOpError() << "stride must be positive, got " << stride
                           << " in dimension " << d;
    int64_t dim = inputType.getDimSize(d);
    if (isDynamic(dim))
      continue;
    // The last element read is offset + (size - 1) * stride.
    int64_t last = offset;
    if (size > 0 && (llvm::MulOverflow(size - 1, stride, last) ||
                     llvm::AddOverflow(last, offset, last)))
      return emitOpError() << "slice in dimension " << d
                           << " overflows a 64-bit index";
    if ((size > 0 && last >= dim) || offset > dim)
      return emitOpError() << "slice in dimension " << d
                           << " reads past the end of the input (offset "
                           << offset << ", size " << size << ", stride "
                           << stride << ", input size " << dim << ")";
  }
  return verifyResultShape(*this, getSizes());
}

//===----------------------------------------------------------------------===//
// ConcatOp
//===----------------------------------------------------------------------===//

SmallVector<OpOperand *> ConcatOp::getDataOperands() {
  return llvm::map_to_vector(getInputsMutable(),
                             [](OpOperand &operand) { return &operand; });
}

Value ConcatOp::rebuildWithElementType(OpBuilder &builder,
                                       ValueRange newDataOperands,
                                       Type elementType,
                                       ArrayRef<TypedAttr> newFillValues) {
  return rebuildRegionFreeOp(builder, getOperation(), getDataOperands(),
                             newDataOperands, elementType);
}

LogicalResult ConcatOp::verify() {
  if (getInputs().empty())
    return emitOpError("needs at least one input");
  auto firstType = cast<RankedTensorType>(getInputs().front().getType());
  int64_t rank = firstType.getRank();
  if (failed(verifyAxis(*this, getAxis(), rank)))
    return failure();
  int64_t axis = getAxis();
  SmallVector<int64_t> expected(firstType.getShape());
  expected[axis] = 0;
  for (auto [i, input] : llvm::enumerate(getInputs())) {
    auto type = cast<RankedTensorType>(input.getType());
    std::string name = "input #" + std::to_string(i);
    if (failed(verifySameElementType(*this, input, name)))
      return failure();
    if (type.getRank() != rank)
      return emitOpError() << "input #" << i << " has rank " << type.getRank()
                           << " but input #0 has rank " << rank;
    for (int64_t d = 0; d < rank; ++d) {
      if (d == axis)
        continue;
      int64_t size = type.getDimSize(d);
      if (!dimsAgree(size, expected[d]))
        return emitOpError()
               << "input #" << i << " has size " << size << " in dimension "
               << d << " but input #0 has " << expected[d];
      if (isDynamic(expected[d]))
        expected[d] = size;
    }
    FailureOr<int64_t> sum = addDims(expected[axis], type.getDimSize(axis));
    if (failed(sum))
      return emitOverflow(*this, axis);
    expected[axis] = *sum;
  }
  return verifyResultShape(*this, expected);
}

//===----------------------------------------------------------------------===//
// PadOp
//===----------------------------------------------------------------------===//

SmallVector<OpOperand *> PadOp::getDataOperands() {
  return firstOperandIsData(*this);
}

SmallVector<TypedAttr> PadOp::getFillValues() { return {getPaddingValue()}; }

Value PadOp::rebuildWithElementType(OpBuilder &builder,
                                    ValueRange newDataOperands,
                                    Type elementType,
                                    ArrayRef<TypedAttr> newFillValues) {
  NamedAttribute fill(getPaddingValueAttrName(), newFillValues.front());
  return rebuildRegionFreeOp(builder, getOperation(), getDataOperands(),
                             newDataOperands, elementType, {fill});
}

LogicalResult PadOp::verify() {
  auto inputType = getInput().getType();
  int64_t rank = inputType.getRank();
  if (failed(verifyListLength(*this, "low", getLow(), rank)) ||
      failed(verifyListLength(*this, "high", getHigh(), rank)))
    return failure();
  Type valueType = getPaddingValue().getType();
  if (valueType != inputType.getElementType())
    return emitOpError() << "padding value has type " << valueType
                         << " but the element type is "
                         << inputType.getElementType();
  SmallVector<int64_t> expected;
  for (int64_t d = 0; d < rank; ++d) {
    int64_t low = getLow()[d], high = getHigh()[d];
    if (low < 0 || high < 0)
      return emitOpError() << "padding must be non-negative, got low " << low
                           << " and high " << high << " in dimension " << d;
    FailureOr<int64_t> size = addDims(inputType.getDimSize(d), low);
    if (succeeded(size))
      size = addDims(*size, high);
    if (failed(size))
      return emitOverflow(*this, d);
    expected.push_back(*size);
  }
  return verifyResultShape(*this, expected);
}

//===----------------------------------------------------------------------===//
// GatherOp
//===----------------------------------------------------------------------===//

static LogicalResult verifyIndices(Operation *op, Value indices) {
  Type elementType = getElementTypeOrSelf(indices.getType());
  if (!isa<IntegerType>(elementType))
    return op->emitOpError() << "indices must have an integer element type, "
                                "got "
                             << elementType;
  return success();
}

LogicalResult GatherOp::verify() {
  auto dataType = getData().getType();
  auto indicesType = cast<RankedTensorType>(getIndices().getType());
  if (failed(verifyIndices(*this, getIndices())) ||
      failed(verifySameElementType(*this, getData(), "data")) ||
      failed(verifyAxis(*this, getAxis(), dataType.getRank())))
    return failure();
  int64_t axis = getAxis();
  SmallVector<int64_t> expected(dataType.getShape().take_front(axis));
  llvm::append_range(expected, indicesType.getShape());
  llvm::append_range(expected, dataType.getShape().drop_front(axis + 1));
  if (failed(verifyResultShape(*this, expected)))
    return failure();
  // Indices are clamped to [0, size - 1]: an empty axis has no element to
  // read, which is only fine if the result is empty too.
  if (dataType.getDimSize(axis) == 0) {
    FailureOr<int64_t> count = staticProduct(expected);
    if (succeeded(count) && *count != 0 && llvm::none_of(expected, isDynamic))
      return emitOpError()
             << "gathers from dimension " << axis
             << " of the data, which has size 0, but the result has " << *count
             << " elements (every index would be out of range; the data "
                "dimension must be non-empty or the result empty)";
  }
  return success();
}

//===----------------------------------------------------------------------===//
// ScatterOp
//===----------------------------------------------------------------------===//

SmallVector<OpOperand *> ScatterOp::getDataOperands() {
  return {&getDestMutable(), &getUpdatesMutable()};
}

Value ScatterOp::rebuildWithElementType(OpBuilder &builder,
                                        ValueRange newDataOperands,
                                        Type elementType,
                                        ArrayRef<TypedAttr> newFillValues) {
  return rebuildRegionFreeOp(builder, getOperation(), getDataOperands(),
                             newDataOperands, elementType);
}

LogicalResult ScatterOp::verify() {
  auto destType = getDest().getType();
  auto updatesType = getUpdates().getType();
  auto indicesType = cast<RankedTensorType>(getIndices().getType());
  if (failed(verifyIndices(*this, getIndices())) ||
      failed(verifySameElementType(*this, getDest(), "dest")) ||
      failed(verifySameElementType(*this, getUpdates(), "updates")) ||
      failed(verifyAxis(*this, getAxis(), destType.getRank())))
    return failure();
  if (indicesType.getRank() != 1)
    return emitOpError() << "indices must be 1-D, got rank "
                         << indicesType.getRank();
  if (updatesType.getRank() != destType.getRank())
    return emitOpError() << "updates have rank " << updatesType.getRank()
                         << " but dest has rank " << destType.getRank();
  int64_t axis = getAxis();
  for (int64_t d = 0; d < destType.getRank(); ++d) {
    int64_t want =
        d == axis ? indicesType.getDimSize(0) : destType.getDimSize(d);
    if (!dimsAgree(updatesType.getDimSize(d), want))
      return emitOpError() << "updates dimension " << d << " has size "
                           << updatesType.getDimSize(d) << " but "
                           << (d == axis ? "indices have " : "dest has ")
                           << want << (d == axis ? " entries" : "");
  }
  return verifyResultShape(*this, destType.getShape());
}

//===----------------------------------------------------------------------===//
// ReverseOp
//===----------------------------------------------------------------------===//

LogicalResult ReverseOp::verify() {
  int64_t rank = getInput().getType().getRank();
  llvm::SmallBitVector seen(rank);
  for (int64_t d : getDimensions()) {
    if (failed(verifyAxis(*this, d, rank, "dimension")))
      return failure();
    if (seen.test(d))
      return emitOpError() << "dimension " << d << " is listed twice";
    seen.set(d);
  }
  return success();
}

//===----------------------------------------------------------------------===//
// TileOp
//===----------------------------------------------------------------------===//

LogicalResult TileOp::verify() {
  auto inputType = getInput().getType();
  if (failed(verifyListLength(*this, "multiples", getMultiples(),
                              inputType.getRank())))
    return failure();
  SmallVector<int64_t> expected;
  for (auto [d, multiple] : llvm::enumerate(getMultiples())) {
    if (multiple < 0)
      return emitOpError() << "multiple must be non-negative, got " << multiple
                           << " in dimension " << d;
    FailureOr<int64_t> size = mulDims(inputType.getDimSize(d), multiple);
    if (failed(size))
      return emitOverflow(*this, d);
    expected.push_back(*size);
  }
  return verifyResultShape(*this, expected);
}

#define GET_OP_CLASSES
#include "casthoist/Dialect/Tmov/IR/TmovOps.cpp.inc"
