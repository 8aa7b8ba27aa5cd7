//===- CastRules.cpp - Element cast semantics and exactness rules ---------===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#include "casthoist/Interfaces/CastRules.h"

#include "mlir/IR/BuiltinDialect.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/Threading.h"
#include "llvm/ADT/APFloat.h"
#include "llvm/ADT/APSInt.h"
#include "llvm/Support/MathExtras.h"
#include "llvm/Support/SwapByteOrder.h"

#include <cstring>
#include <vector>

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

namespace {
/// Everything converting one element needs, looked up once per cast: a
/// large blob converts millions of elements, and type interface queries
/// (the semantics of a FloatType) are too slow to repeat for each.
struct Conversion {
  Conversion(CastKind kind, Type src, Type dst, const CastRuleOptions &options)
      : r(row(kind)), srcWidth(src.getIntOrFloatBitWidth()),
        dstWidth(dst.getIntOrFloatBitWidth()),
        strict(!options.convertsNaNsAndSubnormals()) {
    if (auto floatType = dyn_cast<FloatType>(src))
      srcSemantics = &floatType.getFloatSemantics();
    if (auto floatType = dyn_cast<FloatType>(dst))
      dstSemantics = &floatType.getFloatSemantics();
  }

  FailureOr<APInt> convert(const APInt &bits) const;
  FailureOr<APInt> findExactPreimage(const APInt &bits) const;

  const KindRow &r;
  unsigned srcWidth, dstWidth;
  /// Null for integer types.
  const llvm::fltSemantics *srcSemantics = nullptr, *dstSemantics = nullptr;
  /// `bits`: NaNs and subnormals refused.
  bool strict;
};
} // namespace

FailureOr<APInt> Conversion::convert(const APInt &bits) const {
  if (bits.getBitWidth() != srcWidth)
    return failure();
  if (r.source == ElementClass::Float) {
    APFloat value(*srcSemantics, bits);
    if (strict && (value.isNaN() || mayBeFlushed(value)))
      return failure();
    if (r.result == ElementClass::Float) {
      // IEEE conversion; a NaN becomes a quiet NaN of the result type (its
      // payload is unspecified under `values`).
      bool losesInfo = false;
      value.convert(*dstSemantics, APFloat::rmNearestTiesToEven, &losesInfo);
      if (strict && mayBeFlushed(value))
        return failure();
      return value.bitcastToAPInt();
    }
    return floatToInt(value, dstWidth, r.isSigned, r.roundsToNearest);
  }

  if (r.result == ElementClass::Int)
    return r.isSigned ? bits.sextOrTrunc(dstWidth) : bits.zextOrTrunc(dstWidth);
  // Integer to float: accepted only when exact. A lowering may convert
  // through a wider float first; only an exact conversion is immune to the
  // double rounding that causes.
  APFloat result(*dstSemantics);
  APFloat::opStatus status =
      result.convertFromAPInt(bits, r.isSigned, APFloat::rmNearestTiesToEven);
  if (status != APFloat::opOK)
    return failure();
  return result.bitcastToAPInt();
}

FailureOr<APInt>
ElementCast::convertBits(const APInt &bits,
                         const CastRuleOptions &options) const {
  return Conversion(kind, src, dst, options).convert(bits);
}

/// The bit pattern of a FloatAttr or IntegerAttr of `type`, or std::nullopt
/// for any other attribute.
static std::optional<APInt> bitsOf(Attribute attr, Type type) {
  auto typed = dyn_cast<TypedAttr>(attr);
  if (!typed || typed.getType() != type)
    return std::nullopt;
  if (auto floatAttr = dyn_cast<FloatAttr>(attr))
    return floatAttr.getValue().bitcastToAPInt();
  if (auto intAttr = dyn_cast<IntegerAttr>(attr))
    return intAttr.getValue();
  return std::nullopt;
}

/// The attribute of `type` with bit pattern `bits`.
static TypedAttr attrOf(Type type, const APInt &bits) {
  if (auto floatType = dyn_cast<FloatType>(type))
    return FloatAttr::get(type, APFloat(floatType.getFloatSemantics(), bits));
  return IntegerAttr::get(type, bits);
}

FailureOr<TypedAttr>
ElementCast::convert(Attribute element, const CastRuleOptions &options) const {
  std::optional<APInt> bits = bitsOf(element, src);
  if (!bits)
    return failure();
  FailureOr<APInt> converted = convertBits(*bits, options);
  if (failed(converted))
    return failure();
  return attrOf(dst, *converted);
}

FailureOr<APInt> Conversion::findExactPreimage(const APInt &bits) const {
  if (bits.getBitWidth() != dstWidth)
    return failure();

  // Propose a candidate by converting back, then prove it by converting
  // forward and comparing bits.
  APInt candidate;
  if (r.result == ElementClass::Float) {
    APFloat value(*dstSemantics, bits);
    if (value.isNaN() && strict)
      return failure();
    if (r.source == ElementClass::Float) {
      bool losesInfo = false;
      value.convert(*srcSemantics, APFloat::rmNearestTiesToEven, &losesInfo);
      candidate = value.bitcastToAPInt();
    } else {
      FailureOr<APInt> asInt =
          floatToInt(value, srcWidth, r.isSigned, /*toNearest=*/true);
      if (failed(asInt))
        return failure();
      candidate = *asInt;
    }
  } else if (r.source == ElementClass::Int) {
    candidate = bits.zextOrTrunc(srcWidth);
  } else {
    APFloat asFloat(*srcSemantics);
    if (asFloat.convertFromAPInt(bits, r.isSigned,
                                 APFloat::rmNearestTiesToEven) != APFloat::opOK)
      return failure();
    candidate = asFloat.bitcastToAPInt();
  }

  // The same under the contract: the same bits, or under `values` two NaNs.
  FailureOr<APInt> forward = convert(candidate);
  if (failed(forward))
    return failure();
  if (*forward == bits)
    return candidate;
  if (!strict && dstSemantics && APFloat(*dstSemantics, *forward).isNaN() &&
      APFloat(*dstSemantics, bits).isNaN())
    return candidate;
  return failure();
}

FailureOr<APInt>
ElementCast::findExactPreimageBits(const APInt &bits,
                                   const CastRuleOptions &options) const {
  return Conversion(kind, src, dst, options).findExactPreimage(bits);
}

FailureOr<TypedAttr>
ElementCast::findExactPreimage(Attribute element,
                               const CastRuleOptions &options) const {
  std::optional<APInt> bits = bitsOf(element, dst);
  if (!bits)
    return failure();
  FailureOr<APInt> preimage = findExactPreimageBits(*bits, options);
  if (failed(preimage))
    return failure();
  return attrOf(src, *preimage);
}

//===----------------------------------------------------------------------===//
// Constants: element ranges in raw storage
//===----------------------------------------------------------------------===//

/// Bytes one element of `type` takes in a DenseElementsAttr's raw data (and
/// in a dense_resource blob): its bit width rounded up to whole bytes.
static size_t storageBytes(Type type) {
  return llvm::divideCeil(type.getIntOrFloatBitWidth(), 8);
}

/// Reads one element of `width` bits stored in `bytes` bytes.
static APInt loadElement(const uint8_t *data, size_t bytes, unsigned width) {
  if (llvm::sys::IsLittleEndianHost && bytes <= 8) {
    uint64_t value = 0;
    std::memcpy(&value, data, bytes);
    return APInt(width, value, /*isSigned=*/false, /*implicitTrunc=*/true);
  }
  APInt loaded(bytes * 8, 0);
  llvm::LoadIntFromMemory(loaded, data, bytes);
  return loaded.zextOrTrunc(width);
}

/// Writes one element into `bytes` bytes.
static void storeElement(const APInt &value, uint8_t *data, size_t bytes) {
  if (llvm::sys::IsLittleEndianHost && bytes <= 8) {
    uint64_t bits = value.getZExtValue();
    std::memcpy(data, &bits, bytes);
    return;
  }
  llvm::StoreIntToMemory(value.zextOrTrunc(bytes * 8), data, bytes);
}

/// Calls `rangeFn(begin, end)` on chunks of [0, count): in parallel when
/// the context allows threads and there is more than one chunk. Fails when
/// any chunk fails.
template <typename RangeFn>
static LogicalResult forEachElementRange(MLIRContext *context, size_t count,
                                         RangeFn rangeFn) {
  constexpr size_t kChunk = size_t(1) << 16;
  if (count <= kChunk)
    return rangeFn(0, count);
  size_t chunks = llvm::divideCeil(count, kChunk);
  return failableParallelForEachN(context, 0, chunks, [&](size_t chunk) {
    return rangeFn(chunk * kChunk, std::min(count, (chunk + 1) * kChunk));
  });
}

/// Applies `fn` (bit pattern of `fromType` -> bit pattern of `toType`) to
/// every element stored in `source`, writing the results into `result`.
/// One APInt per element, no Attribute; chunks of elements run in parallel
/// when the context allows threads.
template <typename Fn>
static LogicalResult mapRaw(ArrayRef<char> source, Type fromType,
                            MutableArrayRef<char> result, Type toType, Fn fn) {
  unsigned fromWidth = fromType.getIntOrFloatBitWidth();
  unsigned toWidth = toType.getIntOrFloatBitWidth();
  size_t fromBytes = storageBytes(fromType), toBytes = storageBytes(toType);
  if (source.size() % fromBytes != 0)
    return failure();
  size_t count = source.size() / fromBytes;
  if (result.size() != count * toBytes)
    return failure();
  const auto *in = reinterpret_cast<const uint8_t *>(source.data());
  auto *out = reinterpret_cast<uint8_t *>(result.data());
  return forEachElementRange(
      fromType.getContext(), count,
      [&](size_t begin, size_t end) -> LogicalResult {
        for (size_t i = begin; i < end; ++i) {
          FailureOr<APInt> converted =
              fn(loadElement(in + i * fromBytes, fromBytes, fromWidth));
          if (failed(converted) || converted->getBitWidth() != toWidth)
            return failure();
          storeElement(*converted, out + i * toBytes, toBytes);
        }
        return success();
      });
}

/// Applies `fn` (bit pattern of `fromType` -> success or failure) to every
/// element stored in `source` without storing anything: mapRaw's checks
/// alone.
template <typename Fn>
static LogicalResult checkRaw(ArrayRef<char> source, Type fromType, Fn fn) {
  unsigned fromWidth = fromType.getIntOrFloatBitWidth();
  size_t fromBytes = storageBytes(fromType);
  if (source.size() % fromBytes != 0)
    return failure();
  const auto *in = reinterpret_cast<const uint8_t *>(source.data());
  return forEachElementRange(
      fromType.getContext(), source.size() / fromBytes,
      [&](size_t begin, size_t end) -> LogicalResult {
        for (size_t i = begin; i < end; ++i)
          if (failed(fn(loadElement(in + i * fromBytes, fromBytes, fromWidth))))
            return failure();
        return success();
      });
}

LogicalResult ElementCast::convertRaw(ArrayRef<char> source,
                                      MutableArrayRef<char> result,
                                      const CastRuleOptions &options) const {
  Conversion conversion(kind, src, dst, options);
  return mapRaw(source, src, result, dst,
                [&](const APInt &bits) { return conversion.convert(bits); });
}

LogicalResult
ElementCast::findExactPreimageRaw(ArrayRef<char> source,
                                  MutableArrayRef<char> result,
                                  const CastRuleOptions &options) const {
  Conversion conversion(kind, src, dst, options);
  return mapRaw(source, dst, result, src, [&](const APInt &bits) {
    return conversion.findExactPreimage(bits);
  });
}

/// Maps a dense constant of `fromType` elements to one of `toType` with
/// `rawFn` over its raw data (a splat is stored, and converted, once).
template <typename RawFn>
static FailureOr<DenseElementsAttr>
mapDense(DenseElementsAttr value, Type fromType, Type toType, RawFn rawFn) {
  if (value.getElementType() != fromType)
    return failure();
  ArrayRef<char> raw = value.getRawData();
  size_t fromBytes = storageBytes(fromType);
  if (raw.size() % fromBytes != 0)
    return failure();
  std::vector<char> converted(raw.size() / fromBytes * storageBytes(toType));
  if (failed(rawFn(raw, converted)))
    return failure();
  ShapedType type = value.getType().clone(toType);
  bool isSplat = false;
  if (!DenseElementsAttr::isValidRawBuffer(type, converted, isSplat))
    return failure();
  return DenseElementsAttr::getFromRawBuffer(type, converted);
}

FailureOr<DenseElementsAttr>
ElementCast::convert(DenseElementsAttr value,
                     const CastRuleOptions &options) const {
  return mapDense(value, src, dst,
                  [&](ArrayRef<char> in, MutableArrayRef<char> out) {
                    return convertRaw(in, out, options);
                  });
}

FailureOr<DenseElementsAttr>
ElementCast::findExactPreimage(DenseElementsAttr value,
                               const CastRuleOptions &options) const {
  return mapDense(value, dst, src,
                  [&](ArrayRef<char> in, MutableArrayRef<char> out) {
                    return findExactPreimageRaw(in, out, options);
                  });
}

/// Maps a dense_resource constant of `fromType` elements into a new blob of
/// `toType` elements with `rawFn`, straight from the blob's bytes. Refuses
/// a missing blob (e.g. elided when printed), a blob whose size does not
/// match the type, and element types that are not whole bytes (their layout
/// in a blob is not defined).
template <typename RawFn>
static FailureOr<ConvertedConstant> mapResource(DenseResourceElementsAttr value,
                                                Type fromType, Type toType,
                                                RawFn rawFn) {
  ShapedType type = value.getType();
  if (type.getElementType() != fromType || !type.hasStaticShape() ||
      fromType.getIntOrFloatBitWidth() % 8 != 0 ||
      toType.getIntOrFloatBitWidth() % 8 != 0)
    return failure();
  AsmResourceBlob *blob = value.getRawHandle().getBlob();
  if (!blob)
    return failure();
  ArrayRef<char> data = blob->getData();
  size_t fromBytes = storageBytes(fromType), toBytes = storageBytes(toType);
  uint64_t count = type.getNumElements();
  if (data.size() / fromBytes != count || data.size() % fromBytes != 0)
    return failure();
  AsmResourceBlob converted = HeapAsmResourceBlob::allocate(
      count * toBytes, llvm::PowerOf2Ceil(toBytes), /*dataIsMutable=*/true);
  if (failed(rawFn(data, converted.getMutableData())))
    return failure();
  std::string name = value.getRawHandle().getKey().str() + "_";
  llvm::raw_string_ostream os(name);
  toType.print(os);
  return ConvertedConstant(type.clone(toType), std::move(name),
                           std::move(converted));
}

FailureOr<ConvertedConstant>
ElementCast::convertConstant(ElementsAttr value,
                             const CastRuleOptions &options) const {
  if (auto dense = dyn_cast<DenseElementsAttr>(value)) {
    FailureOr<DenseElementsAttr> converted = convert(dense, options);
    if (failed(converted))
      return failure();
    return ConvertedConstant(*converted);
  }
  if (auto resource = dyn_cast<DenseResourceElementsAttr>(value))
    return mapResource(resource, src, dst,
                       [&](ArrayRef<char> in, MutableArrayRef<char> out) {
                         return convertRaw(in, out, options);
                       });
  return failure();
}

LogicalResult
ElementCast::checkConstantConverts(Attribute value,
                                   const CastRuleOptions &options) const {
  if (auto dense = dyn_cast<DenseElementsAttr>(value)) {
    if (dense.getElementType() != src)
      return failure();
    Conversion conversion(kind, src, dst, options);
    return checkRaw(dense.getRawData(), src, [&](const APInt &bits) {
      return LogicalResult(conversion.convert(bits));
    });
  }
  if (auto resource = dyn_cast<DenseResourceElementsAttr>(value)) {
    ShapedType type = resource.getType();
    AsmResourceBlob *blob = resource.getRawHandle().getBlob();
    if (type.getElementType() != src || !blob ||
        src.getIntOrFloatBitWidth() % 8 != 0)
      return failure();
    Conversion conversion(kind, src, dst, options);
    return checkRaw(blob->getData(), src, [&](const APInt &bits) {
      return LogicalResult(conversion.convert(bits));
    });
  }
  return convert(value, options);
}

FailureOr<ConvertedConstant>
ElementCast::findExactPreimageOfConstant(ElementsAttr value,
                                         const CastRuleOptions &options) const {
  if (auto dense = dyn_cast<DenseElementsAttr>(value)) {
    FailureOr<DenseElementsAttr> preimage = findExactPreimage(dense, options);
    if (failed(preimage))
      return failure();
    return ConvertedConstant(*preimage);
  }
  if (auto resource = dyn_cast<DenseResourceElementsAttr>(value))
    return mapResource(resource, dst, src,
                       [&](ArrayRef<char> in, MutableArrayRef<char> out) {
                         return findExactPreimageRaw(in, out, options);
                       });
  return failure();
}

ElementsAttr ConvertedConstant::materialize() {
  if (!attr) {
    attr = DenseResourceElementsAttr::get(type, blobName, std::move(*blob));
    blob.reset();
  }
  return attr;
}

std::optional<CastKind> mlir::casthoist::getTosaCastKind(Type src, Type dst) {
  // The element classes decide the kind, and each kind below is defined
  // for exactly its classes (ElementCast::classify would agree).
  std::optional<ElementClass> from = classOf(src), to = classOf(dst);
  if (!from || !to)
    return std::nullopt;
  bool srcFloat = *from == ElementClass::Float;
  bool dstFloat = *to == ElementClass::Float;
  return srcFloat ? (dstFloat ? CastKind::FloatToFloat
                              : CastKind::FloatToSignedIntSat)
                  : (dstFloat ? CastKind::SignedIntToFloat
                              : CastKind::SignedIntToInt);
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

bool mlir::casthoist::composesIntoFlushingConversion(const ElementCast &inner,
                                                     const ElementCast &outer) {
  return inner.getKind() == CastKind::FloatToFloat && inner.isWidening() &&
         inner.getSourceType().isF32() &&
         outer.getKind() == CastKind::FloatToFloat && outer.isNarrowing() &&
         outer.getResultType().isBF16();
}

bool mlir::casthoist::allowsAdjacentPair(const ElementCast &inner,
                                         const ElementCast &outer,
                                         const CastRuleOptions &options) {
  if (options.exactness != Exactness::Bits)
    return !composesIntoFlushingConversion(inner, outer);
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
