//===- CastRules.h - Element cast semantics and exactness rules -*- C++ -*-===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//
//
// The one rule table of cast-hoist. Every cast op, of every dialect, reports
// a CastKind through ElementCastOpInterface; everything the rewrites need to
// know about a cast (does it narrow or widen, how does it convert a constant
// element, which cast pairs compose or cancel exactly) is answered here and
// nowhere else. docs/Rules.md explains each entry.
//
//===----------------------------------------------------------------------===//

#ifndef CASTHOIST_INTERFACES_CASTRULES_H
#define CASTHOIST_INTERFACES_CASTRULES_H

#include "mlir/IR/AsmState.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Types.h"
#include "mlir/Support/LLVM.h"
#include "llvm/ADT/StringRef.h"

#include <optional>

namespace mlir {
namespace casthoist {

/// The per-element semantics of a cast. The name says what happens to one
/// element; the op that carries it does not matter.
enum class CastKind {
  /// Float to float, IEEE round-to-nearest-even (arith.truncf/extf,
  /// tosa.cast, tmov.cast). Overflow gives +-inf (or NaN for types without
  /// inf, as APFloat defines).
  FloatToFloat,
  /// Integer to integer reading the source as signed: sign-extends when
  /// widening, keeps the low bits when narrowing (arith.extsi/trunci,
  /// tosa.cast and tmov.cast between integers).
  SignedIntToInt,
  /// Integer to integer reading the source as unsigned: zero-extends when
  /// widening, keeps the low bits when narrowing (arith.extui).
  UnsignedIntToInt,
  /// Signed integer to float, round-to-nearest-even (arith.sitofp,
  /// tosa.cast, tmov.cast).
  SignedIntToFloat,
  /// Unsigned integer to float, round-to-nearest-even (arith.uitofp).
  UnsignedIntToFloat,
  /// Float to signed integer, round-to-nearest-even then saturate to the
  /// integer range; NaN gives an unspecified value (tosa.cast, tmov.cast).
  FloatToSignedIntSat,
  /// Float to signed integer rounding toward zero; out-of-range and NaN give
  /// poison (arith.fptosi).
  FloatToSignedIntTrunc,
  /// Float to unsigned integer rounding toward zero; out-of-range and NaN
  /// give poison (arith.fptoui).
  FloatToUnsignedIntTrunc,
};

/// How a cast changes the bit width of its elements. Only this decides
/// whether a cast is moved: narrowing casts move up, widening casts move down,
/// equal-width casts (f16<->bf16, i32<->f32) stay.
enum class CastDirection { Narrowing, Widening, SameWidth };

/// What a data-movement op does to each element it produces from a data
/// operand (DataMovementOpInterface::getElementFunction). Whether a cast
/// commutes with it is decided by ElementCast::commutesWith.
enum class ElementFunction {
  /// The element is copied (transpose, gather, pad...): commutes with every
  /// cast.
  Copy,
  /// The element is one of the operands' elements (or a bound), chosen by
  /// comparing values (maximum, minimum, clamp).
  SelectByValue,
  /// The element is negated: float negation flips the sign bit, integer
  /// negation is two's complement and wraps (-(-128) = -128 in i8).
  Negate,
  /// The element's absolute value: float abs clears the sign bit.
  Abs,
};

/// Stable spelling of an element function, used in diagnostics and docs.
StringRef stringifyElementFunction(ElementFunction function);

/// What "exact" means: the promise every rewrite keeps. docs/Rules.md
/// states each contract and the evidence behind the choice.
enum class Exactness {
  /// Every result element that is not a NaN has the same bits as the original
  /// program under IEEE 754 semantics (round to nearest even, gradual
  /// underflow; -0 and subnormals included), and every NaN stays a NaN whose
  /// payload, sign and quiet bit are unspecified. This is the semantics of
  /// MLIR's folders and of LLVM's floating point, which already fold float
  /// trunc(ext(x)) to x; on a target whose conversions flush subnormals
  /// (AVX512-BF16 for f32 -> bf16) an element the original flushed may come
  /// back as the IEEE subnormal. The default.
  Values,
  /// Every bit of every result identical on every target, NaN payloads,
  /// signaling NaNs and flushing conversions included, also after upstream
  /// folders ran: the rewrites never create a float widening cast directly
  /// followed by a float narrowing one (a pair upstream folds to x), never
  /// convert NaN or subnormal constants, and never move a cast across an op
  /// that selects by value (the payload of its NaN results is unspecified)
  /// or computes the sign (negate, abs: a cast's NaN may lose its sign).
  Bits,
};

/// Options of the rule table. The defaults are the `values` contract.
struct CastRuleOptions {
  Exactness exactness = Exactness::Values;

  /// Float trunc(ext(x)) folds to x: the identity on every value, but the
  /// ext quiets a signaling NaN and a flushing target flushes a subnormal.
  bool foldsFloatRoundTrips() const { return exactness == Exactness::Values; }
  /// Order-preserving casts move across ops that select by value (maximum,
  /// minimum, clamp): exact on every value, but IEEE 754 and LLVM leave the
  /// payload of a NaN result unspecified.
  bool movesAcrossSelections() const { return exactness == Exactness::Values; }
  /// Float casts move across ops that compute the sign (negate, abs): exact
  /// on every non-NaN value, but the sign of a cast's NaN result is not
  /// kept by every lowering (the bf16 truncf expansion canonicalizes NaNs)
  /// and LLVM leaves it unspecified.
  bool movesAcrossSignOps() const { return exactness == Exactness::Values; }
  /// NaN constants convert to a NaN, subnormal constants to their IEEE
  /// value. Under `bits` both are refused: a NaN's payload and a flushing
  /// target's conversion are not predictable bit for bit.
  bool convertsNaNsAndSubnormals() const {
    return exactness == Exactness::Values;
  }
};

/// Spelling of a contract (the pass option's value).
StringRef stringifyExactness(Exactness exactness);

/// A constant converted by the rule table and not yet part of the IR: a
/// dense attribute, or the data of a new `dense_resource` blob. The blob is
/// inserted into the context's resource manager only by materialize(), so a
/// rewrite that is planned but not done leaves no blob behind. Move-only.
class ConvertedConstant {
public:
  explicit ConvertedConstant(DenseElementsAttr dense) : attr(dense) {}
  ConvertedConstant(ShapedType type, std::string blobName, AsmResourceBlob blob)
      : type(type), blobName(std::move(blobName)), blob(std::move(blob)) {}

  /// The type of the converted constant.
  ShapedType getType() const {
    return attr ? cast<ShapedType>(attr.getType()) : type;
  }
  /// Whether the constant is a new dense_resource blob.
  bool isResource() const {
    return !attr || isa<DenseResourceElementsAttr>(attr);
  }
  /// Returns the converted attribute. The first call on a resource inserts
  /// the blob, named after the original (`<name>_<element type>`, made
  /// unique by the manager); later calls return the same attribute.
  ElementsAttr materialize();

private:
  ElementsAttr attr;
  ShapedType type;
  std::string blobName;
  std::optional<AsmResourceBlob> blob;
};

/// One cast: its kind and its element types. Built by classify(), which
/// refuses element types the rules do not cover.
class ElementCast {
public:
  /// Returns the cast when `kind` is defined for `src` -> `dst` in the rule
  /// table, std::nullopt otherwise (e.g. i1, index, complex, or a float
  /// source for an int-to-int kind).
  static std::optional<ElementCast> classify(CastKind kind, Type src, Type dst);

  CastKind getKind() const { return kind; }
  Type getSourceType() const { return src; }
  Type getResultType() const { return dst; }
  unsigned getSourceBitWidth() const { return srcWidth; }
  unsigned getResultBitWidth() const { return dstWidth; }
  CastDirection getDirection() const;
  bool isNarrowing() const {
    return getDirection() == CastDirection::Narrowing;
  }
  bool isWidening() const { return getDirection() == CastDirection::Widening; }
  /// Whether the cast is monotonically non-decreasing on every non-NaN value
  /// (x <= y implies cast(x) <= cast(y), with -0 < +0 kept apart), so it
  /// commutes with maximum, minimum and clamp. True for float-to-float
  /// casts (round to nearest even is monotonic and keeps the sign of zero);
  /// false for integer truncation (wraps) and for casts between ints and
  /// floats (NaN has no integer image).
  bool preservesOrder() const;

  /// Whether the cast commutes with `function` under the contract in
  /// `options`: cast(f(x)) == f(cast(x)) for every element x, so a
  /// data-movement op applying `function` may run on either side of the
  /// cast. Copy: always. SelectByValue: order-preserving casts, under
  /// `values`. Negate: float-to-float casts under `values` (rounding is
  /// symmetric in sign; a NaN's sign through a cast is not kept by every
  /// lowering), and integer truncation under both contracts (wrapping
  /// negation is arithmetic modulo 2^n, truncation keeps the low bits), but
  /// not extension (-(-128) wraps to -128 in i8, its sign extension is not
  /// -(-128) in i32). Abs: float-to-float casts under `values` only.
  /// Never int <-> float casts (saturation is asymmetric, NaN has no
  /// integer image). docs/Rules.md, "Ops that compute the sign".
  bool commutesWith(ElementFunction function,
                    const CastRuleOptions &options) const;

  /// Converts one constant element (FloatAttr or IntegerAttr of the source
  /// type) exactly as the cast does at run time. Fails where the run-time
  /// result is not something the contract lets this code predict: poison, a
  /// float to int conversion of NaN or out of range, an int to float
  /// conversion that rounds; and under `bits` also NaNs (payloads) and
  /// subnormals (that a target may flush). Callers treat failure as "do not
  /// rewrite".
  FailureOr<TypedAttr> convert(Attribute element,
                               const CastRuleOptions &options = {}) const;

  /// Finds a source-typed element `n` with convert(n) == `element` bit for
  /// bit (-0.0 counts), or under `values` for a NaN `element` any NaN `n`.
  /// Fails when there is none or it cannot be proven.
  FailureOr<TypedAttr>
  findExactPreimage(Attribute element,
                    const CastRuleOptions &options = {}) const;

  /// The one per-element conversion every other overload calls: converts
  /// the bit pattern of one source element (an APInt of the source bit
  /// width) to the bit pattern of the result, with the refusals of
  /// convert(Attribute).
  FailureOr<APInt> convertBits(const APInt &bits,
                               const CastRuleOptions &options = {}) const;
  /// findExactPreimage on bit patterns (result width in, source width out).
  FailureOr<APInt>
  findExactPreimageBits(const APInt &bits,
                        const CastRuleOptions &options = {}) const;

  /// Converts elements stored as raw bytes, as a DenseElementsAttr or a
  /// dense_resource blob holds them: densely packed, each element in
  /// ceil(bit width / 8) bytes, host byte order. `source` holds source
  /// elements, `result` receives as many result elements. Fails, leaving
  /// `result` unspecified, when any element fails or the sizes disagree.
  /// Never builds an Attribute per element: this is how large weights are
  /// converted.
  LogicalResult convertRaw(ArrayRef<char> source, MutableArrayRef<char> result,
                           const CastRuleOptions &options = {}) const;
  /// findExactPreimage over raw bytes: `source` holds result-typed elements,
  /// `result` receives their source-typed preimages.
  LogicalResult findExactPreimageRaw(ArrayRef<char> source,
                                     MutableArrayRef<char> result,
                                     const CastRuleOptions &options = {}) const;

  /// Converts every element of a dense constant; fails if any element fails.
  FailureOr<DenseElementsAttr>
  convert(DenseElementsAttr value, const CastRuleOptions &options = {}) const;
  /// Preimage of every element of a dense constant.
  FailureOr<DenseElementsAttr>
  findExactPreimage(DenseElementsAttr value,
                    const CastRuleOptions &options = {}) const;

  /// Converts every element of a constant: a DenseElementsAttr, or a
  /// DenseResourceElementsAttr (imported weights), whose blob is converted
  /// from its raw bytes into a new blob. Fails if any element fails, for a
  /// resource whose blob is missing, has the wrong size or element types
  /// that are not a whole number of bytes, and for other kinds of constant.
  FailureOr<ConvertedConstant>
  convertConstant(ElementsAttr value,
                  const CastRuleOptions &options = {}) const;
  /// Whether convertConstant (for a dense or dense_resource constant) or
  /// convert(Attribute) (for a scalar) would succeed, without building the
  /// result: every element converts under `options`. Fails for any other
  /// attribute.
  LogicalResult
  checkConstantConverts(Attribute value,
                        const CastRuleOptions &options = {}) const;
  /// Preimage of every element of a dense or dense_resource constant.
  FailureOr<ConvertedConstant>
  findExactPreimageOfConstant(ElementsAttr value,
                              const CastRuleOptions &options = {}) const;

  bool operator==(const ElementCast &other) const {
    return kind == other.kind && src == other.src && dst == other.dst;
  }
  bool operator!=(const ElementCast &other) const { return !(*this == other); }

private:
  ElementCast(CastKind kind, Type src, Type dst)
      : kind(kind), src(src), dst(dst), srcWidth(src.getIntOrFloatBitWidth()),
        dstWidth(dst.getIntOrFloatBitWidth()) {}
  CastKind kind;
  Type src;
  Type dst;
  /// The element bit widths, asked on every move (the direction).
  unsigned srcWidth;
  unsigned dstWidth;
};

/// The result of asking how two consecutive casts `outer(inner(x))` combine.
enum class PairFold {
  /// Keep both casts.
  None,
  /// outer(inner(x)) == x bit for bit for every x: replace by x.
  Identity,
  /// outer(inner(x)) == compose(x) for every x: replace by one cast of the
  /// inner cast's source, with the kind returned by composedKind().
  Compose,
};

/// Decides how `outer(inner(x))` folds. Never merges two narrowings
/// (double rounding) and never drops ext(trunc(x)) (lossy).
PairFold classifyPair(const ElementCast &inner, const ElementCast &outer,
                      const CastRuleOptions &options = {});
/// Whether a rewrite may create `outer(inner(x))`, i.e. put the cast
/// `outer` directly after the cast `inner`. Under `bits` a float widening
/// followed by a float narrowing is refused: upstream folders (arith.truncf's
/// folder, run by every greedy-driver pass) fold trunc(ext(x)) to x, which
/// is not the identity on signaling NaNs and on flushing targets. Under
/// `values` only a pair that upstream would compose into an f32 -> bf16
/// conversion is refused (composesIntoFlushingConversion).
/// Whether `outer(inner(x))` is a float f32 -> wider -> bf16 pair, which
/// arith.truncf's folder composes into truncf(x : f32 -> bf16): exact in
/// IEEE arithmetic, but it swaps the original conversion to bf16 (from f64,
/// say, done in software) for the one conversion known to deviate from IEEE
/// (x86 AVX512-BF16 flushes f32 subnormals). The `values` contract promises
/// the IEEE value, so no rewrite creates such a pair under either contract.
bool composesIntoFlushingConversion(const ElementCast &inner,
                                    const ElementCast &outer);
bool allowsAdjacentPair(const ElementCast &inner, const ElementCast &outer,
                        const CastRuleOptions &options);

/// The kind of the single cast that replaces a PairFold::Compose pair.
CastKind composedKind(const ElementCast &inner, const ElementCast &outer);

/// The kind of a tosa.cast (and tmov.cast) between two element types:
/// integers read as signed, float to int rounding to nearest and saturating.
/// std::nullopt when the rule table does not model those types.
std::optional<CastKind> getTosaCastKind(Type src, Type dst);

/// Stable spelling of a kind, used in diagnostics, remarks and docs.
StringRef stringifyCastKind(CastKind kind);

/// Whether an element type is one the rules reason about: signless/signed
/// integers of width >= 2 and the IEEE-like float types APFloat models.
bool isSupportedElementType(Type type);

} // namespace casthoist
} // namespace mlir

#endif // CASTHOIST_INTERFACES_CASTRULES_H
