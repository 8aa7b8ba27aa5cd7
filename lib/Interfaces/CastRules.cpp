//===- CastRules.cpp - Element cast semantics and exactness rules ---------===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#include "casthoist/Interfaces/CastRules.h"

#include "mlir/IR/BuiltinTypes.h"
#include "llvm/ADT/APFloat.h"
#include "llvm/ADT/APSInt.h"

using namespace mlir;
using namespace mlir::casthoist;

//===----------------------------------------------------------------------===//
// The rule table
//===----------------------------------------------------------------------===//

namespace {
enum class ElementClass { Int, Float };

/// One row per CastKind: the element classes it converts between and how the
/// kind reads integers. Everything else in this file is derived from it.
struct KindRow {
  CastKind kind;
  StringLiteral name;
  ElementClass source;
  ElementClass result;
  /// Integers on the integer side are read as signed.
  bool isSigned;
  /// Float to int rounding: nearest-even (true) or toward zero (false).
  bool roundsToNearest;
  /// Out-of-range float to int saturates (true) or is poison (false).
  bool saturates;
};
} // namespace

static constexpr KindRow kKindTable[] = {
    {CastKind::FloatToFloat, "float_to_float", ElementClass::Float,
     ElementClass::Float, false, true, false},
    {CastKind::SignedIntToInt, "signed_int_to_int", ElementClass::Int,
     ElementClass::Int, true, false, false},
    {CastKind::UnsignedIntToInt, "unsigned_int_to_int", ElementClass::Int,
     ElementClass::Int, false, false, false},
    {CastKind::SignedIntToFloat, "signed_int_to_float", ElementClass::Int,
     ElementClass::Float, true, true, false},
    {CastKind::UnsignedIntToFloat, "unsigned_int_to_float", ElementClass::Int,
     ElementClass::Float, false, true, false},
    {CastKind::FloatToSignedIntSat, "float_to_signed_int_sat",
     ElementClass::Float, ElementClass::Int, true, true, true},
    {CastKind::FloatToSignedIntTrunc, "float_to_signed_int_trunc",
     ElementClass::Float, ElementClass::Int, true, false, false},
    {CastKind::FloatToUnsignedIntTrunc, "float_to_unsigned_int_trunc",
     ElementClass::Float, ElementClass::Int, false, false, false},
};

static const KindRow &row(CastKind kind) {
  for (const KindRow &r : kKindTable)
    if (r.kind == kind)
      return r;
  llvm_unreachable("every CastKind has a row");
}

StringRef mlir::casthoist::stringifyCastKind(CastKind kind) {
  return row(kind).name;
}

bool mlir::casthoist::isSupportedElementType(Type type) {
  if (auto intTy = dyn_cast<IntegerType>(type))
    return intTy.isSignless() && intTy.getWidth() >= 2 &&
           intTy.getWidth() <= 64;
  return isa<Float64Type, Float32Type, Float16Type, BFloat16Type,
             Float8E4M3FNType, Float8E5M2Type>(type);
}

static std::optional<ElementClass> classOf(Type type) {
  if (!isSupportedElementType(type))
    return std::nullopt;
  return isa<IntegerType>(type) ? ElementClass::Int : ElementClass::Float;
}

//===----------------------------------------------------------------------===//
// ElementCast
//===----------------------------------------------------------------------===//

std::optional<ElementCast> ElementCast::classify(CastKind kind, Type src,
                                                 Type dst) {
  const KindRow &r = row(kind);
  if (classOf(src) != r.source || classOf(dst) != r.result)
    return std::nullopt;
  return ElementCast(kind, src, dst);
}

unsigned ElementCast::getSourceBitWidth() const {
  return src.getIntOrFloatBitWidth();
}
unsigned ElementCast::getResultBitWidth() const {
  return dst.getIntOrFloatBitWidth();
}

bool ElementCast::preservesOrder() const {
  if (kind != CastKind::FloatToFloat)
    return false;
  // Round to nearest even is monotonic and overflow goes to infinity, which
  // keeps order. A narrow type without infinity (f8E4M3FN) overflows to NaN
  // instead, and min(NaN, y) differs from cast(min(x, y)).
  if (isWidening())
    return true;
  return llvm::APFloat::semanticsHasInf(
      cast<FloatType>(dst).getFloatSemantics());
}

bool ElementCast::commutesWith(ElementFunction function,
                               const CastRuleOptions &options) const {
  const KindRow &r = row(kind);
  bool floatToFloat = kind == CastKind::FloatToFloat;
  bool intToInt =
      r.source == ElementClass::Int && r.result == ElementClass::Int;
  switch (function) {
  case ElementFunction::Copy:
    // Every element is the same bits on both sides (docs/Rules.md, 2).
    return true;
  case ElementFunction::SelectByValue:
    return preservesOrder() && options.movesAcrossSelections();
  case ElementFunction::Negate:
    // Float: round to nearest even is symmetric in sign and overflow goes
    // to +-Inf (or NaN) symmetrically, so c(-x) = -c(x) on every non-NaN
    // value; a NaN stays a NaN, but not every lowering keeps its sign.
    if (floatToFloat)
      return options.movesAcrossSignOps();
    // Integer: wrapping negation is arithmetic modulo 2^n and truncation
    // keeps the low bits, so trunc(-x) = -trunc(x) on every bit pattern.
    // Extension does not commute: -(-128 : i8) wraps to -128, whose sign
    // extension is -128, while -sext(-128) is 128; -(1 : i8) = 255
    // zero-extends to 255, while -zext(1) is -1.
    if (intToInt)
      return !isWidening();
    // int <-> float: saturation is asymmetric (-2^31 vs 2^31 - 1), and NaN
    // has no integer image.
    return false;
  case ElementFunction::Abs:
    // Float: as for Negate, rounding is symmetric in sign.
    if (floatToFloat)
      return options.movesAcrossSignOps();
    // Integer abs commutes with no cast: truncation (|200| truncated to i8
    // is -56, |trunc(200)| = |-56| = 56), sign extension (|-128 : i8| wraps
    // to -128, sext gives -128, |sext(-128)| = 128), zero extension
    // (|255 : i8| = |-1| = 1, |zext(255)| = 255).
    return false;
  }
  llvm_unreachable("all element functions handled");
}

StringRef mlir::casthoist::stringifyElementFunction(ElementFunction function) {
  switch (function) {
  case ElementFunction::Copy:
    return "copy";
  case ElementFunction::SelectByValue:
    return "select_by_value";
  case ElementFunction::Negate:
    return "negate";
  case ElementFunction::Abs:
    return "abs";
  }
  llvm_unreachable("all element functions handled");
}

CastDirection ElementCast::getDirection() const {
  unsigned from = getSourceBitWidth(), to = getResultBitWidth();
  if (to < from)
    return CastDirection::Narrowing;
  if (to > from)
    return CastDirection::Widening;
  return CastDirection::SameWidth;
}

static const llvm::fltSemantics &semanticsOf(Type type) {
  return cast<FloatType>(type).getFloatSemantics();
}

/// Whether a float may be flushed to zero by some target's conversion
/// instructions (bf16 conversions on AVX512-BF16 flush subnormals).
static bool mayBeFlushed(const APFloat &value) { return value.isDenormal(); }

/// Float to integer with the given rounding; fails outside the integer range
/// (poison, or a saturation value whose choice varies between lowerings).
static FailureOr<APInt> floatToInt(APFloat value, unsigned width, bool isSigned,
                                   bool toNearest) {
  if (value.isNaN() || value.isInfinity())
    return failure();
  APSInt result(width, !isSigned);
  bool isExact = false;
  APFloat::opStatus status = value.convertToInteger(
      result, toNearest ? APFloat::rmNearestTiesToEven : APFloat::rmTowardZero,
      &isExact);
  if (status & APFloat::opInvalidOp)
    return failure();
  return APInt(result);
}

FailureOr<TypedAttr>
ElementCast::convert(Attribute element, const CastRuleOptions &options) const {
  const KindRow &r = row(kind);
  if (r.source == ElementClass::Float) {
    auto floatAttr = dyn_cast<FloatAttr>(element);
    if (!floatAttr || floatAttr.getType() != src)
      return failure();
    APFloat value = floatAttr.getValue();
    bool strict = !options.convertsNaNsAndSubnormals();
    if (strict && (value.isNaN() || mayBeFlushed(value)))
      return failure();
    if (r.result == ElementClass::Float) {
      // IEEE conversion; a NaN becomes a quiet NaN of the result type (its
      // payload is unspecified under `values`).
      bool losesInfo = false;
      value.convert(semanticsOf(dst), APFloat::rmNearestTiesToEven, &losesInfo);
      if (strict && mayBeFlushed(value))
        return failure();
      return TypedAttr(FloatAttr::get(dst, value));
    }
    FailureOr<APInt> asInt =
        floatToInt(value, getResultBitWidth(), r.isSigned, r.roundsToNearest);
    if (failed(asInt))
      return failure();
    return TypedAttr(IntegerAttr::get(dst, *asInt));
  }

  auto intAttr = dyn_cast<IntegerAttr>(element);
  if (!intAttr || intAttr.getType() != src)
    return failure();
  APInt value = intAttr.getValue();
  if (r.result == ElementClass::Int) {
    APInt result = r.isSigned ? value.sextOrTrunc(getResultBitWidth())
                              : value.zextOrTrunc(getResultBitWidth());
    return TypedAttr(IntegerAttr::get(dst, result));
  }
  // Integer to float: accepted only when exact. A lowering may convert
  // through a wider float first; only an exact conversion is immune to the
  // double rounding that causes.
  APFloat result(semanticsOf(dst));
  APFloat::opStatus status =
      result.convertFromAPInt(value, r.isSigned, APFloat::rmNearestTiesToEven);
  if (status != APFloat::opOK)
    return failure();
  return TypedAttr(FloatAttr::get(dst, result));
}

static APInt bitsOf(TypedAttr attr) {
  if (auto floatAttr = dyn_cast<FloatAttr>(attr))
    return floatAttr.getValue().bitcastToAPInt();
  return cast<IntegerAttr>(attr).getValue();
}

/// Whether two results of a conversion are the same under the contract:
/// the same bits, or under `values` two NaNs.
static bool sameUnderContract(TypedAttr a, TypedAttr b,
                              const CastRuleOptions &options) {
  if (bitsOf(a) == bitsOf(b))
    return true;
  auto floatA = dyn_cast<FloatAttr>(a), floatB = dyn_cast<FloatAttr>(b);
  return options.convertsNaNsAndSubnormals() && floatA && floatB &&
         floatA.getValue().isNaN() && floatB.getValue().isNaN();
}

FailureOr<TypedAttr>
ElementCast::findExactPreimage(Attribute element,
                               const CastRuleOptions &options) const {
  const KindRow &r = row(kind);
  auto typed = dyn_cast<TypedAttr>(element);
  if (!typed || typed.getType() != dst)
    return failure();

  // Propose a candidate by converting back, then prove it by converting
  // forward and comparing bits.
  TypedAttr candidate;
  if (auto floatAttr = dyn_cast<FloatAttr>(typed)) {
    APFloat value = floatAttr.getValue();
    if (value.isNaN() && !options.convertsNaNsAndSubnormals())
      return failure();
    if (r.source == ElementClass::Float) {
      bool losesInfo = false;
      value.convert(semanticsOf(src), APFloat::rmNearestTiesToEven, &losesInfo);
      candidate = FloatAttr::get(src, value);
    } else {
      FailureOr<APInt> asInt = floatToInt(value, getSourceBitWidth(),
                                          r.isSigned, /*toNearest=*/true);
      if (failed(asInt))
        return failure();
      candidate = IntegerAttr::get(src, *asInt);
    }
  } else {
    APInt value = cast<IntegerAttr>(typed).getValue();
    if (r.source == ElementClass::Int) {
      candidate = IntegerAttr::get(src, value.trunc(getSourceBitWidth()));
    } else {
      APFloat asFloat(semanticsOf(src));
      if (asFloat.convertFromAPInt(
              value, r.isSigned, APFloat::rmNearestTiesToEven) != APFloat::opOK)
        return failure();
      candidate = FloatAttr::get(src, asFloat);
    }
  }

  FailureOr<TypedAttr> forward = convert(candidate, options);
  if (failed(forward) || !sameUnderContract(*forward, typed, options))
    return failure();
  return candidate;
}

/// Applies `fn` to every element of `value`, building a dense attribute of
/// `elementType`; splats are converted once.
template <typename Fn>
static FailureOr<DenseElementsAttr> mapElements(DenseElementsAttr value,
                                                Type elementType, Fn fn) {
  auto shapedType = value.getType().clone(elementType);
  if (value.isSplat()) {
    FailureOr<TypedAttr> converted = fn(value.getSplatValue<Attribute>());
    if (failed(converted))
      return failure();
    return DenseElementsAttr::get(shapedType, Attribute(*converted));
  }
  SmallVector<Attribute> elements;
  elements.reserve(value.getNumElements());
  for (Attribute element : value.getValues<Attribute>()) {
    FailureOr<TypedAttr> converted = fn(element);
    if (failed(converted))
      return failure();
    elements.push_back(*converted);
  }
  return DenseElementsAttr::get(shapedType, elements);
}

FailureOr<DenseElementsAttr>
ElementCast::convert(DenseElementsAttr value,
                     const CastRuleOptions &options) const {
  if (value.getElementType() != src)
    return failure();
  return mapElements(
      value, dst, [&](Attribute element) { return convert(element, options); });
}

FailureOr<DenseElementsAttr>
ElementCast::findExactPreimage(DenseElementsAttr value,
                               const CastRuleOptions &options) const {
  if (value.getElementType() != dst)
    return failure();
  return mapElements(value, src, [&](Attribute element) {
    return findExactPreimage(element, options);
  });
}

std::optional<CastKind> mlir::casthoist::getTosaCastKind(Type src, Type dst) {
  bool srcFloat = isa<FloatType>(src), dstFloat = isa<FloatType>(dst);
  CastKind kind =
      srcFloat
          ? (dstFloat ? CastKind::FloatToFloat : CastKind::FloatToSignedIntSat)
          : (dstFloat ? CastKind::SignedIntToFloat : CastKind::SignedIntToInt);
  if (!ElementCast::classify(kind, src, dst))
    return std::nullopt;
  return kind;
}

//===----------------------------------------------------------------------===//
// Cast pairs
//===----------------------------------------------------------------------===//

/// An int -> float -> int round trip is the identity when the float holds
/// every source integer exactly and the float -> int kind reads the same
/// signedness back.
static bool isExactIntFloatIntRoundTrip(const ElementCast &inner,
                                        const ElementCast &outer) {
  const KindRow &in = row(inner.getKind()), &out = row(outer.getKind());
  if (in.source != ElementClass::Int || in.result != ElementClass::Float ||
      out.source != ElementClass::Float || out.result != ElementClass::Int ||
      in.isSigned != out.isSigned)
    return false;
  unsigned needed = inner.getSourceBitWidth() - (in.isSigned ? 1 : 0);
  return APFloat::semanticsPrecision(semanticsOf(inner.getResultType())) >=
         needed;
}

PairFold mlir::casthoist::classifyPair(const ElementCast &inner,
                                       const ElementCast &outer,
                                       const CastRuleOptions &options) {
  if (inner.getResultType() != outer.getSourceType())
    return PairFold::None;
  const KindRow &in = row(inner.getKind()), &out = row(outer.getKind());

  // Back to the original type after a widening: x when the pair is a true
  // round trip.
  if (outer.getResultType() == inner.getSourceType() && inner.isWidening()) {
    bool intRoundTrip =
        in.source == ElementClass::Int && in.result == ElementClass::Int &&
        out.source == ElementClass::Int && out.result == ElementClass::Int;
    if (intRoundTrip || isExactIntFloatIntRoundTrip(inner, outer))
      return PairFold::Identity;
    if (inner.getKind() == CastKind::FloatToFloat &&
        outer.getKind() == CastKind::FloatToFloat)
      return options.foldsFloatRoundTrips() ? PairFold::Identity
                                            : PairFold::None;
    return PairFold::None;
  }

  // Two widenings of the same kind compose into one: every extension of
  // this kind is exact, so the intermediate type changes nothing.
  if (inner.isWidening() && outer.isWidening() &&
      inner.getKind() == outer.getKind() &&
      (inner.getKind() == CastKind::FloatToFloat ||
       inner.getKind() == CastKind::SignedIntToInt ||
       inner.getKind() == CastKind::UnsignedIntToInt))
    return PairFold::Compose;

  // trunc(trunc(x)) rounds twice; ext(trunc(x)) loses what trunc dropped.
  return PairFold::None;
}

bool mlir::casthoist::allowsAdjacentPair(const ElementCast &inner,
                                         const ElementCast &outer,
                                         const CastRuleOptions &options) {
  if (options.exactness != Exactness::Bits)
    return true;
  return !(inner.getKind() == CastKind::FloatToFloat && inner.isWidening() &&
           outer.getKind() == CastKind::FloatToFloat && outer.isNarrowing());
}

StringRef mlir::casthoist::stringifyExactness(Exactness exactness) {
  switch (exactness) {
  case Exactness::Values:
    return "values";
  case Exactness::Bits:
    return "bits";
  }
  llvm_unreachable("all contracts handled");
}

CastKind mlir::casthoist::composedKind(const ElementCast &inner,
                                       const ElementCast &outer) {
  (void)outer;
  return inner.getKind();
}
