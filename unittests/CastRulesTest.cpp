//===- CastRulesTest.cpp - Tests for the cast rule table ------------------===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#include "casthoist/Interfaces/CastRules.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinDialect.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/MLIRContext.h"
#include "llvm/ADT/StringExtras.h"

#include "gtest/gtest.h"

#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

using namespace mlir;
using namespace mlir::casthoist;

namespace {
class CastRulesTest : public ::testing::Test {
protected:
  MLIRContext context;
  Builder b{&context};
  Type f64 = b.getF64Type(), f32 = b.getF32Type(), f16 = b.getF16Type(),
       bf16 = b.getBF16Type(), f8 = Float8E4M3FNType::get(&context);
  Type i64 = b.getI64Type(), i32 = b.getI32Type(), i16 = b.getI16Type(),
       i8 = b.getI8Type(), i1 = b.getI1Type();

  ElementCast make(CastKind kind, Type src, Type dst) {
    std::optional<ElementCast> cast = ElementCast::classify(kind, src, dst);
    EXPECT_TRUE(cast.has_value());
    return *cast;
  }
  FloatAttr fl(Type type, double value) { return b.getFloatAttr(type, value); }
  FloatAttr fl(Type type, const APFloat &value) {
    return FloatAttr::get(type, value);
  }
  IntegerAttr in(Type type, int64_t value) {
    return b.getIntegerAttr(type, value);
  }
  static APInt bits(Attribute attr) {
    if (auto f = dyn_cast<FloatAttr>(attr))
      return f.getValue().bitcastToAPInt();
    return cast<IntegerAttr>(attr).getValue();
  }
};

TEST_F(CastRulesTest, ClassifyRejectsUnmodeledTypes) {
  EXPECT_FALSE(ElementCast::classify(CastKind::FloatToFloat, f32, i32));
  EXPECT_FALSE(ElementCast::classify(CastKind::SignedIntToInt, i1, i8));
  EXPECT_FALSE(ElementCast::classify(CastKind::SignedIntToInt, f32, i8));
  EXPECT_FALSE(
      ElementCast::classify(CastKind::FloatToFloat, f32, b.getIndexType()));
  EXPECT_FALSE(ElementCast::classify(
      CastKind::SignedIntToInt,
      IntegerType::get(&context, 8, IntegerType::Unsigned), i32));
  EXPECT_TRUE(ElementCast::classify(CastKind::FloatToFloat, f32, f8));
}

TEST_F(CastRulesTest, DirectionIsDecidedByBitWidth) {
  EXPECT_TRUE(make(CastKind::FloatToFloat, f32, f16).isNarrowing());
  EXPECT_TRUE(make(CastKind::FloatToFloat, bf16, f32).isWidening());
  EXPECT_EQ(make(CastKind::FloatToFloat, f16, bf16).getDirection(),
            CastDirection::SameWidth);
  EXPECT_EQ(make(CastKind::SignedIntToFloat, i32, f32).getDirection(),
            CastDirection::SameWidth);
  EXPECT_TRUE(make(CastKind::FloatToSignedIntSat, f32, i8).isNarrowing());
  EXPECT_TRUE(make(CastKind::SignedIntToFloat, i8, f32).isWidening());
  EXPECT_TRUE(make(CastKind::UnsignedIntToInt, i8, i64).isWidening());
}

TEST_F(CastRulesTest, FloatNarrowingRoundsToNearestEvenAndOverflowsToInf) {
  ElementCast cast = make(CastKind::FloatToFloat, f32, f16);
  // 1 + 2^-11 is a tie between 1 and 1 + 2^-10 in f16: rounds to even (1).
  FailureOr<TypedAttr> tie = cast.convert(fl(f32, 1.0 + 0x1p-11));
  ASSERT_TRUE(succeeded(tie));
  EXPECT_EQ(cast_if_present<FloatAttr>(*tie).getValueAsDouble(), 1.0);
  FailureOr<TypedAttr> big = cast.convert(fl(f32, 1.0e10));
  ASSERT_TRUE(succeeded(big));
  EXPECT_TRUE(cast_if_present<FloatAttr>(*big).getValue().isPosInfinity());
  FailureOr<TypedAttr> negZero = cast.convert(fl(f32, -0.0));
  ASSERT_TRUE(succeeded(negZero));
  EXPECT_TRUE(cast_if_present<FloatAttr>(*negZero).getValue().isNegZero());
}

TEST_F(CastRulesTest, UnpredictableElementsAreRefused) {
  ElementCast narrow = make(CastKind::FloatToFloat, f32, f16);
  CastRuleOptions bits;
  bits.exactness = Exactness::Bits;
  // Under `bits`: NaN payload handling and subnormal flushing vary between
  // targets.
  EXPECT_TRUE(failed(
      narrow.convert(fl(f32, APFloat::getNaN(APFloat::IEEEsingle())), bits)));
  EXPECT_TRUE(failed(narrow.convert(
      fl(f32, APFloat::getSmallest(APFloat::IEEEsingle())), bits)));
  // 1e-5 is normal in f32 but subnormal in f16.
  EXPECT_TRUE(failed(narrow.convert(fl(f32, 1.0e-5), bits)));
  // Out-of-range float to int is poison (arith) or lowering-specific (tosa).
  EXPECT_TRUE(failed(
      make(CastKind::FloatToSignedIntTrunc, f32, i8).convert(fl(f32, 300.0))));
  EXPECT_TRUE(failed(
      make(CastKind::FloatToSignedIntSat, f32, i8).convert(fl(f32, 300.0))));
  // Rounding int to float: a lowering may round twice.
  EXPECT_TRUE(failed(
      make(CastKind::SignedIntToFloat, i32, f16).convert(in(i32, 2049))));
  // Wrong element type.
  EXPECT_TRUE(failed(narrow.convert(fl(f16, 1.0))));
}

TEST_F(CastRulesTest, FloatToIntRoundingDependsOnKind) {
  FailureOr<TypedAttr> nearest =
      make(CastKind::FloatToSignedIntSat, f32, i8).convert(fl(f32, 2.5));
  FailureOr<TypedAttr> towardZero =
      make(CastKind::FloatToSignedIntTrunc, f32, i8).convert(fl(f32, -2.7));
  ASSERT_TRUE(succeeded(nearest) && succeeded(towardZero));
  EXPECT_EQ(bits(*nearest).getSExtValue(), 2);
  EXPECT_EQ(bits(*towardZero).getSExtValue(), -2);
}

TEST_F(CastRulesTest, IntegerCastsWrapAndExtendBySignedness) {
  FailureOr<TypedAttr> wrapped =
      make(CastKind::SignedIntToInt, i32, i8).convert(in(i32, 1000));
  ASSERT_TRUE(succeeded(wrapped));
  EXPECT_EQ(bits(*wrapped).getSExtValue(), static_cast<int8_t>(1000 & 0xff));
  FailureOr<TypedAttr> sext =
      make(CastKind::SignedIntToInt, i8, i32).convert(in(i8, -1));
  FailureOr<TypedAttr> zext =
      make(CastKind::UnsignedIntToInt, i8, i32).convert(in(i8, -1));
  ASSERT_TRUE(succeeded(sext) && succeeded(zext));
  EXPECT_EQ(bits(*sext).getSExtValue(), -1);
  EXPECT_EQ(bits(*zext).getZExtValue(), 255u);
}

TEST_F(CastRulesTest, ValuesContractConvertsNaNsAndSubnormals) {
  ElementCast narrow = make(CastKind::FloatToFloat, f32, f16);
  // A NaN converts to a NaN (payload unspecified under `values`).
  FailureOr<TypedAttr> nan =
      narrow.convert(fl(f32, APFloat::getSNaN(APFloat::IEEEsingle())));
  ASSERT_TRUE(succeeded(nan));
  EXPECT_TRUE(cast_if_present<FloatAttr>(*nan).getValue().isNaN());
  // Subnormals convert with IEEE gradual underflow: 1e-5 is an f16
  // subnormal, the smallest f32 subnormal rounds to +0.
  FailureOr<TypedAttr> small = narrow.convert(fl(f32, 1.0e-5));
  ASSERT_TRUE(succeeded(small));
  EXPECT_TRUE(cast_if_present<FloatAttr>(*small).getValue().isDenormal());
  FailureOr<TypedAttr> tiny =
      narrow.convert(fl(f32, APFloat::getSmallest(APFloat::IEEEsingle())));
  ASSERT_TRUE(succeeded(tiny));
  EXPECT_TRUE(cast_if_present<FloatAttr>(*tiny).getValue().isPosZero());
  // A NaN still has no integer image.
  EXPECT_TRUE(
      failed(make(CastKind::FloatToSignedIntSat, f32, i8)
                 .convert(fl(f32, APFloat::getNaN(APFloat::IEEEsingle())))));
  // Sinking: a NaN has a NaN preimage under `values`, none under `bits`.
  ElementCast ext = make(CastKind::FloatToFloat, f16, f32);
  EXPECT_TRUE(succeeded(
      ext.findExactPreimage(fl(f32, APFloat::getNaN(APFloat::IEEEsingle())))));
  CastRuleOptions bits;
  bits.exactness = Exactness::Bits;
  EXPECT_TRUE(failed(ext.findExactPreimage(
      fl(f32, APFloat::getNaN(APFloat::IEEEsingle())), bits)));
}

TEST_F(CastRulesTest, PreimagesRoundTripBitwise) {
  ElementCast ext = make(CastKind::FloatToFloat, f16, f32);
  FailureOr<TypedAttr> negZero = ext.findExactPreimage(fl(f32, -0.0));
  ASSERT_TRUE(succeeded(negZero));
  EXPECT_TRUE(cast_if_present<FloatAttr>(*negZero).getValue().isNegZero());
  EXPECT_TRUE(succeeded(ext.findExactPreimage(fl(f32, 65504.0))));
  EXPECT_TRUE(succeeded(ext.findExactPreimage(
      fl(f32, APFloat::getInf(APFloat::IEEEsingle(), true)))));
  // Not representable in f16.
  EXPECT_TRUE(failed(ext.findExactPreimage(fl(f32, 0.1))));
  EXPECT_TRUE(failed(ext.findExactPreimage(fl(f32, 65520.0))));
  CastRuleOptions bits;
  bits.exactness = Exactness::Bits;
  EXPECT_TRUE(failed(ext.findExactPreimage(
      fl(f32, APFloat::getNaN(APFloat::IEEEsingle())), bits)));

  ElementCast sext = make(CastKind::SignedIntToInt, i8, i32);
  EXPECT_TRUE(succeeded(sext.findExactPreimage(in(i32, -128))));
  EXPECT_TRUE(failed(sext.findExactPreimage(in(i32, 128))));
  ElementCast zext = make(CastKind::UnsignedIntToInt, i8, i32);
  EXPECT_TRUE(succeeded(zext.findExactPreimage(in(i32, 255))));
  EXPECT_TRUE(failed(zext.findExactPreimage(in(i32, -1))));

  ElementCast itof = make(CastKind::SignedIntToFloat, i8, f32);
  EXPECT_TRUE(succeeded(itof.findExactPreimage(fl(f32, -7.0))));
  EXPECT_TRUE(failed(itof.findExactPreimage(fl(f32, -0.0))));
  EXPECT_TRUE(failed(itof.findExactPreimage(fl(f32, 0.5))));
  EXPECT_TRUE(failed(itof.findExactPreimage(fl(f32, 200.0))));
}

TEST_F(CastRulesTest, PairFoldsAreExactOnly) {
  ElementCast ext16to32 = make(CastKind::FloatToFloat, f16, f32);
  ElementCast ext32to64 = make(CastKind::FloatToFloat, f32, f64);
  ElementCast trunc32to16 = make(CastKind::FloatToFloat, f32, f16);
  ElementCast trunc64to32 = make(CastKind::FloatToFloat, f64, f32);
  ElementCast trunc32to8 = make(CastKind::FloatToFloat, f32, f8);

  EXPECT_EQ(classifyPair(ext16to32, ext32to64), PairFold::Compose);
  // Float round trips change signaling NaNs and flushed subnormals: folded
  // under `values` (as upstream folds them), never under `bits`.
  CastRuleOptions bits;
  bits.exactness = Exactness::Bits;
  EXPECT_EQ(classifyPair(ext16to32, trunc32to16, bits), PairFold::None);
  CastRuleOptions allowFloat;
  EXPECT_EQ(classifyPair(ext16to32, trunc32to16, allowFloat),
            PairFold::Identity);
  // Double rounding and lossy round trips never fold.
  EXPECT_EQ(classifyPair(trunc64to32, trunc32to16, allowFloat), PairFold::None);
  EXPECT_EQ(classifyPair(trunc32to16, ext16to32, allowFloat), PairFold::None);
  EXPECT_EQ(classifyPair(ext16to32, trunc32to8, allowFloat), PairFold::None);

  ElementCast sext8to32 = make(CastKind::SignedIntToInt, i8, i32);
  ElementCast sext32to64 = make(CastKind::SignedIntToInt, i32, i64);
  ElementCast zext32to64 = make(CastKind::UnsignedIntToInt, i32, i64);
  ElementCast trunc32to8i = make(CastKind::SignedIntToInt, i32, i8);
  EXPECT_EQ(classifyPair(sext8to32, trunc32to8i), PairFold::Identity);
  EXPECT_EQ(classifyPair(sext8to32, sext32to64), PairFold::Compose);
  // Mixed signedness does not compose.
  EXPECT_EQ(classifyPair(sext8to32, zext32to64), PairFold::None);

  // i8 -> f32 -> i8 is exact: f32 holds every i8.
  ElementCast i8tof32 = make(CastKind::SignedIntToFloat, i8, f32);
  ElementCast f32toi8 = make(CastKind::FloatToSignedIntSat, f32, i8);
  EXPECT_EQ(classifyPair(i8tof32, f32toi8), PairFold::Identity);
  // i16 -> bf16 is not widening, and bf16 cannot hold every i16 anyway.
  ElementCast i16tobf16 = make(CastKind::SignedIntToFloat, i16, bf16);
  ElementCast bf16toi16 = make(CastKind::FloatToSignedIntSat, bf16, i16);
  EXPECT_EQ(classifyPair(i16tobf16, bf16toi16), PairFold::None);
}

TEST_F(CastRulesTest, DenseConversionFailsIfAnyElementFails) {
  auto type = RankedTensorType::get({3}, f32);
  auto ok = DenseElementsAttr::get(type, ArrayRef<float>{1.0f, -0.0f, 1e10f});
  ElementCast cast = make(CastKind::FloatToFloat, f32, f16);
  FailureOr<DenseElementsAttr> converted = cast.convert(ok);
  ASSERT_TRUE(succeeded(converted));
  EXPECT_EQ(converted->getElementType(), f16);
  auto bad = DenseElementsAttr::get(
      type,
      ArrayRef<float>{1.0f, std::numeric_limits<float>::quiet_NaN(), 2.0f});
  CastRuleOptions bits;
  bits.exactness = Exactness::Bits;
  EXPECT_TRUE(failed(cast.convert(bad, bits)));
  EXPECT_TRUE(succeeded(cast.convert(bad)));
  auto outOfRange =
      DenseElementsAttr::get(type, ArrayRef<float>{1.0f, 300.0f, 2.0f});
  EXPECT_TRUE(failed(
      make(CastKind::FloatToSignedIntTrunc, f32, i8).convert(outOfRange)));
  auto splat = DenseElementsAttr::get(type, 0.5f);
  FailureOr<DenseElementsAttr> convertedSplat = cast.convert(splat);
  ASSERT_TRUE(succeeded(convertedSplat));
  EXPECT_TRUE(convertedSplat->isSplat());
}

TEST_F(CastRulesTest, BitsContractForbidsCreatingFloatRoundTrips) {
  ElementCast ext = make(CastKind::FloatToFloat, bf16, f32);
  ElementCast trunc = make(CastKind::FloatToFloat, f32, bf16);
  ElementCast truncTo16 = make(CastKind::FloatToFloat, f32, f16);
  ElementCast sext = make(CastKind::SignedIntToInt, i8, i32);
  ElementCast itrunc = make(CastKind::SignedIntToInt, i32, i8);
  CastRuleOptions values, bits;
  bits.exactness = Exactness::Bits;
  EXPECT_TRUE(allowsAdjacentPair(ext, trunc, values));
  EXPECT_FALSE(allowsAdjacentPair(ext, trunc, bits));
  // Any float widening then narrowing: a folder may shorten it.
  EXPECT_FALSE(allowsAdjacentPair(ext, truncTo16, bits));
  // Integer round trips are the identity on every bit pattern.
  EXPECT_TRUE(allowsAdjacentPair(sext, itrunc, bits));
  // ext(trunc(x)) is never folded by anyone: harmless to create.
  EXPECT_TRUE(allowsAdjacentPair(trunc, ext, bits));
  EXPECT_EQ(stringifyExactness(Exactness::Values), "values");
  EXPECT_EQ(stringifyExactness(Exactness::Bits), "bits");
}

// f32 -> f64 -> bf16 composes (upstream's truncf folder) into f32 -> bf16,
// the conversion AVX512-BF16 flushes: refused under both contracts. Other
// float pairs stay allowed under `values`.
TEST_F(CastRulesTest, NoContractCreatesAFlushingComposition) {
  ElementCast widen = make(CastKind::FloatToFloat, f32, f64);
  ElementCast toBf16 = make(CastKind::FloatToFloat, f64, bf16);
  ElementCast toF16 = make(CastKind::FloatToFloat, f64, f16);
  ElementCast back = make(CastKind::FloatToFloat, f64, f32);
  CastRuleOptions values, bits;
  bits.exactness = Exactness::Bits;
  EXPECT_TRUE(composesIntoFlushingConversion(widen, toBf16));
  EXPECT_FALSE(allowsAdjacentPair(widen, toBf16, values));
  EXPECT_FALSE(allowsAdjacentPair(widen, toBf16, bits));
  EXPECT_FALSE(composesIntoFlushingConversion(widen, toF16));
  EXPECT_TRUE(allowsAdjacentPair(widen, toF16, values));
  EXPECT_TRUE(allowsAdjacentPair(widen, back, values));
  ElementCast fromBf16 = make(CastKind::FloatToFloat, bf16, f64);
  EXPECT_FALSE(composesIntoFlushingConversion(fromBf16, toBf16));
}

TEST_F(CastRulesTest, EveryKindHasAName) {
  for (CastKind kind :
       {CastKind::FloatToFloat, CastKind::SignedIntToInt,
        CastKind::UnsignedIntToInt, CastKind::SignedIntToFloat,
        CastKind::UnsignedIntToFloat, CastKind::FloatToSignedIntSat,
        CastKind::FloatToSignedIntTrunc, CastKind::FloatToUnsignedIntTrunc})
    EXPECT_FALSE(stringifyCastKind(kind).empty());
}
} // namespace

// Order preservation decides which casts commute with maximum, minimum and
// clamp (docs/Rules.md, section 7).
TEST_F(CastRulesTest, OnlyFloatCastsIntoTypesWithInfinityPreserveOrder) {
  EXPECT_TRUE(make(CastKind::FloatToFloat, f32, f16).preservesOrder());
  EXPECT_TRUE(make(CastKind::FloatToFloat, f32, bf16).preservesOrder());
  EXPECT_TRUE(make(CastKind::FloatToFloat, f64, f32).preservesOrder());
  EXPECT_TRUE(make(CastKind::FloatToFloat, f16, f32).preservesOrder());
  EXPECT_TRUE(make(CastKind::FloatToFloat, f32, Float8E5M2Type::get(&context))
                  .preservesOrder());
  // f8E4M3FN overflows to NaN, not to an infinity.
  EXPECT_FALSE(make(CastKind::FloatToFloat, f32, f8).preservesOrder());
  EXPECT_TRUE(make(CastKind::FloatToFloat, f8, f32).preservesOrder());
  // Integer truncation wraps; int/float conversions have no NaN image.
  EXPECT_FALSE(make(CastKind::SignedIntToInt, i32, i8).preservesOrder());
  EXPECT_FALSE(make(CastKind::SignedIntToInt, i8, i32).preservesOrder());
  EXPECT_FALSE(make(CastKind::FloatToSignedIntSat, f32, i8).preservesOrder());
  EXPECT_FALSE(make(CastKind::SignedIntToFloat, i32, f32).preservesOrder());
}

//===----------------------------------------------------------------------===//
// Raw conversion: the one path of dense and dense_resource constants
//===----------------------------------------------------------------------===//

namespace {
/// Bytes of `values` in host order, as a blob or DenseElementsAttr holds
/// them.
template <typename T> std::vector<char> rawBytes(ArrayRef<T> values) {
  std::vector<char> bytes(values.size() * sizeof(T));
  std::memcpy(bytes.data(), values.data(), bytes.size());
  return bytes;
}
template <typename T> std::vector<T> fromBytes(ArrayRef<char> bytes) {
  std::vector<T> values(bytes.size() / sizeof(T));
  std::memcpy(values.data(), bytes.data(), bytes.size());
  return values;
}
} // namespace

// Every bf16 bit pattern converted to f8E4M3FN over raw bytes gives the
// same bits as the per-attribute conversion (NaNs, infinities, subnormals,
// overflow to NaN included), and so does every i16 truncated to i8 and a set
// of f32 edge values converted to f16 and bf16.
TEST_F(CastRulesTest, RawConversionMatchesElementConversion) {
  auto check = [&](ElementCast cast, ArrayRef<char> source,
                   const CastRuleOptions &options) {
    unsigned from = cast.getSourceBitWidth() / 8,
             to = cast.getResultBitWidth() / 8;
    size_t count = source.size() / from;
    std::vector<char> result(count * to);
    ASSERT_TRUE(succeeded(cast.convertRaw(source, result, options)));
    for (size_t i = 0; i < count; ++i) {
      uint64_t in = 0, out = 0;
      std::memcpy(&in, source.data() + i * from, from);
      std::memcpy(&out, result.data() + i * to, to);
      FailureOr<APInt> expected =
          cast.convertBits(APInt(cast.getSourceBitWidth(), in), options);
      ASSERT_TRUE(succeeded(expected)) << "element " << i;
      EXPECT_EQ(out, expected->getZExtValue()) << "element " << i;
    }
  };
  std::vector<uint16_t> all16(1 << 16);
  for (unsigned i = 0; i < all16.size(); ++i)
    all16[i] = static_cast<uint16_t>(i);
  check(make(CastKind::FloatToFloat, bf16, f8), rawBytes<uint16_t>(all16), {});
  check(make(CastKind::SignedIntToInt, i16, i8), rawBytes<uint16_t>(all16), {});
  std::vector<float> edges = {1.0f,
                              -2.5f,
                              0.1f,
                              65504.0f,
                              65520.0f,
                              1e10f,
                              -0.0f,
                              0.0f,
                              1e-40f,
                              -1e-8f,
                              1.00390625f,
                              1.01171875f,
                              std::numeric_limits<float>::infinity(),
                              -std::numeric_limits<float>::infinity(),
                              std::numeric_limits<float>::quiet_NaN()};
  check(make(CastKind::FloatToFloat, f32, f16), rawBytes<float>(edges), {});
  check(make(CastKind::FloatToFloat, f32, bf16), rawBytes<float>(edges), {});
  // The per-bit-pattern path is the per-attribute one.
  ElementCast toBf16 = make(CastKind::FloatToFloat, f32, bf16);
  FailureOr<TypedAttr> viaAttr = toBf16.convert(fl(f32, 0.1));
  ASSERT_TRUE(succeeded(viaAttr));
  EXPECT_EQ(bits(*viaAttr).getZExtValue(), 0x3DCDu);
}

// One element that does not convert refuses the whole range, also when the
// range is split into chunks converted in parallel (more than 64K
// elements); sizes that disagree are refused.
TEST_F(CastRulesTest, RawConversionFailsIfAnyElementFails) {
  ElementCast toBf16 = make(CastKind::FloatToFloat, f32, bf16);
  CastRuleOptions bitsContract;
  bitsContract.exactness = Exactness::Bits;
  std::vector<float> large(200000, 1.5f);
  large[199999] = std::numeric_limits<float>::quiet_NaN();
  std::vector<char> source = rawBytes<float>(large);
  std::vector<char> result(large.size() * 2);
  EXPECT_TRUE(failed(toBf16.convertRaw(source, result, bitsContract)));
  ASSERT_TRUE(succeeded(toBf16.convertRaw(source, result)));
  std::vector<uint16_t> converted = fromBytes<uint16_t>(result);
  EXPECT_EQ(converted[0], 0x3FC0u);
  EXPECT_EQ(converted[123456], 0x3FC0u);
  EXPECT_EQ(converted[199999] & 0x7F80u, 0x7F80u);

  large[199999] = 1e-40f; // subnormal: refused under `bits` only
  source = rawBytes<float>(large);
  EXPECT_TRUE(failed(toBf16.convertRaw(source, result, bitsContract)));
  EXPECT_TRUE(succeeded(toBf16.convertRaw(source, result)));

  ElementCast toI8 = make(CastKind::FloatToSignedIntSat, f32, i8);
  std::vector<char> ints(large.size());
  large[199999] = 300.0f; // out of range: refused under both contracts
  source = rawBytes<float>(large);
  EXPECT_TRUE(failed(toI8.convertRaw(source, ints)));
  large[199999] = -2.5f;
  source = rawBytes<float>(large);
  ASSERT_TRUE(succeeded(toI8.convertRaw(source, ints)));
  EXPECT_EQ(ints[199999], -2); // ties to even
  EXPECT_EQ(ints[0], 2);

  std::vector<char> tooSmall(large.size() * 2 - 2);
  EXPECT_TRUE(failed(toBf16.convertRaw(source, tooSmall)));
  std::vector<char> ragged(source.begin(), source.end() - 1);
  EXPECT_TRUE(failed(toBf16.convertRaw(ragged, result)));
}

TEST_F(CastRulesTest, RawPreimagesRoundTripBitwise) {
  ElementCast ext = make(CastKind::FloatToFloat, f16, f32);
  std::vector<char> wide = rawBytes<float>({1.0f, -0.0f, 65504.0f, -2.5f});
  std::vector<char> narrow(4 * 2);
  ASSERT_TRUE(succeeded(ext.findExactPreimageRaw(wide, narrow)));
  EXPECT_EQ(fromBytes<uint16_t>(narrow),
            (std::vector<uint16_t>{0x3C00, 0x8000, 0x7BFF, 0xC100}));
  // 0.1 has no f16 preimage: the whole range fails.
  std::vector<char> inexact = rawBytes<float>({1.0f, 0.1f, 2.0f, 4.0f});
  EXPECT_TRUE(failed(ext.findExactPreimageRaw(inexact, narrow)));
}

// A dense_resource constant converts into a new blob, named after the old
// one, inserted only on materialize(); a resource without data, or whose
// data does not match its type, is refused.
TEST_F(CastRulesTest, ResourceConstantsConvertIntoANewBlob) {
  auto type = RankedTensorType::get({2, 2}, f32);
  auto weight = DenseResourceElementsAttr::get(
      type, "weight",
      HeapAsmResourceBlob::allocateAndCopyInferAlign<float>(
          {1.0f, -2.5f, 0.1f, 65504.0f}));
  ElementCast toBf16 = make(CastKind::FloatToFloat, f32, bf16);
  FailureOr<ConvertedConstant> converted = toBf16.convertConstant(weight);
  ASSERT_TRUE(succeeded(converted));
  EXPECT_TRUE(converted->isResource());
  EXPECT_EQ(converted->getType(), RankedTensorType::get({2, 2}, bf16));
  auto narrow = dyn_cast<DenseResourceElementsAttr>(converted->materialize());
  ASSERT_TRUE(narrow);
  EXPECT_TRUE(narrow.getRawHandle().getKey().starts_with("weight_bf16"));
  EXPECT_EQ(fromBytes<uint16_t>(narrow.getData()),
            (std::vector<uint16_t>{0x3F80, 0xC020, 0x3DCD, 0x4780}));
  EXPECT_EQ(converted->materialize(), narrow);

  // Widened back to f32, the blob has an exact bf16 preimage: itself.
  ElementCast ext = make(CastKind::FloatToFloat, bf16, f32);
  FailureOr<ConvertedConstant> widened = ext.convertConstant(narrow);
  ASSERT_TRUE(succeeded(widened));
  FailureOr<ConvertedConstant> preimage =
      ext.findExactPreimageOfConstant(widened->materialize());
  ASSERT_TRUE(succeeded(preimage));
  auto back = cast<DenseResourceElementsAttr>(preimage->materialize());
  EXPECT_EQ(fromBytes<uint16_t>(back.getData()),
            fromBytes<uint16_t>(narrow.getData()));
  // The original f32 blob (0.1 is not a bf16 value) has none.
  EXPECT_TRUE(failed(ext.findExactPreimageOfConstant(weight)));

  auto wrongSize = DenseResourceElementsAttr::get(
      type, "short",
      HeapAsmResourceBlob::allocateAndCopyInferAlign<float>({1.0f, 2.0f}));
  EXPECT_TRUE(failed(toBf16.convertConstant(wrongSize)));

  // A dense constant takes the same path and stays dense.
  auto dense = DenseElementsAttr::get(
      type, ArrayRef<float>{1.0f, -2.5f, 0.1f, 65504.0f});
  FailureOr<ConvertedConstant> denseConverted = toBf16.convertConstant(dense);
  ASSERT_TRUE(succeeded(denseConverted));
  EXPECT_FALSE(denseConverted->isResource());
  EXPECT_TRUE(isa<DenseElementsAttr>(denseConverted->materialize()));
}

// checkConstantConverts answers what convertConstant / convert(Attribute)
// would, without building the result: dense, splat, dense_resource and
// scalar constants, under both contracts.
TEST_F(CastRulesTest, ConstantCheckAgreesWithConversion) {
  auto type = RankedTensorType::get({3}, f32);
  ElementCast toBf16 = make(CastKind::FloatToFloat, f32, bf16);
  CastRuleOptions bits;
  bits.exactness = Exactness::Bits;
  auto plain = DenseElementsAttr::get(type, ArrayRef<float>{1.0f, -0.0f, 3.0f});
  auto withNaN = DenseElementsAttr::get(
      type,
      ArrayRef<float>{1.0f, std::numeric_limits<float>::quiet_NaN(), 2.0f});
  // 2^-127: an f32 subnormal (a flushing target makes it 0).
  auto withSubnormal = DenseElementsAttr::get(
      type, ArrayRef<float>{1.0f, std::ldexp(1.0f, -127), 2.0f});
  for (DenseElementsAttr value : {plain, withNaN, withSubnormal})
    for (const CastRuleOptions &options : {CastRuleOptions(), bits})
      EXPECT_EQ(succeeded(toBf16.checkConstantConverts(value, options)),
                succeeded(toBf16.convertConstant(value, options)));
  EXPECT_TRUE(succeeded(toBf16.checkConstantConverts(plain, bits)));
  EXPECT_TRUE(failed(toBf16.checkConstantConverts(withNaN, bits)));
  EXPECT_TRUE(failed(toBf16.checkConstantConverts(withSubnormal, bits)));
  EXPECT_TRUE(succeeded(toBf16.checkConstantConverts(withNaN)));

  auto nanSplat =
      DenseElementsAttr::get(type, std::numeric_limits<float>::quiet_NaN());
  EXPECT_TRUE(failed(toBf16.checkConstantConverts(nanSplat, bits)));
  EXPECT_TRUE(succeeded(toBf16.checkConstantConverts(nanSplat)));

  auto resource = DenseResourceElementsAttr::get(
      type, "weight",
      HeapAsmResourceBlob::allocateAndCopyInferAlign<float>(
          {1.0f, std::numeric_limits<float>::signaling_NaN(), 2.0f}));
  EXPECT_TRUE(failed(toBf16.checkConstantConverts(resource, bits)));
  EXPECT_TRUE(succeeded(toBf16.checkConstantConverts(resource)));

  EXPECT_TRUE(
      succeeded(toBf16.checkConstantConverts(FloatAttr::get(f32, 1.5), bits)));
  EXPECT_TRUE(failed(toBf16.checkConstantConverts(
      FloatAttr::get(f32, std::numeric_limits<double>::quiet_NaN()), bits)));
  // A constant of another element type is not one this cast converts.
  EXPECT_TRUE(failed(toBf16.checkConstantConverts(
      DenseElementsAttr::get(RankedTensorType::get({1}, i8), int8_t(1)))));
}

// Which casts commute with what a data-movement op does to its elements
// (docs/Rules.md, "Ops that compute the sign" and section 7): one row per
// element function and cast kind.
TEST_F(CastRulesTest, CopyCommutesWithEveryCast) {
  CastRuleOptions values, bits;
  bits.exactness = Exactness::Bits;
  for (const ElementCast &cast : {make(CastKind::FloatToFloat, f32, f16),
                                  make(CastKind::FloatToFloat, f32, f8),
                                  make(CastKind::SignedIntToInt, i8, i32),
                                  make(CastKind::UnsignedIntToInt, i8, i32),
                                  make(CastKind::FloatToSignedIntSat, f32, i8),
                                  make(CastKind::SignedIntToFloat, i8, f32)}) {
    EXPECT_TRUE(cast.commutesWith(ElementFunction::Copy, values));
    EXPECT_TRUE(cast.commutesWith(ElementFunction::Copy, bits));
  }
}

TEST_F(CastRulesTest, SelectionNeedsOrderAndTheValuesContract) {
  CastRuleOptions values, bits;
  bits.exactness = Exactness::Bits;
  ElementCast toF16 = make(CastKind::FloatToFloat, f32, f16);
  EXPECT_TRUE(toF16.commutesWith(ElementFunction::SelectByValue, values));
  EXPECT_FALSE(toF16.commutesWith(ElementFunction::SelectByValue, bits));
  EXPECT_FALSE(make(CastKind::FloatToFloat, f32, f8)
                   .commutesWith(ElementFunction::SelectByValue, values));
  EXPECT_FALSE(make(CastKind::SignedIntToInt, i32, i8)
                   .commutesWith(ElementFunction::SelectByValue, values));
}

TEST_F(CastRulesTest, FloatCastsCommuteWithSignOpsUnderValuesOnly) {
  CastRuleOptions values, bits;
  bits.exactness = Exactness::Bits;
  Type f8E5M2 = Float8E5M2Type::get(&context);
  for (const ElementCast &cast : {make(CastKind::FloatToFloat, f32, f16),
                                  make(CastKind::FloatToFloat, f32, bf16),
                                  make(CastKind::FloatToFloat, f32, f8),
                                  make(CastKind::FloatToFloat, f32, f8E5M2),
                                  make(CastKind::FloatToFloat, f64, f32),
                                  make(CastKind::FloatToFloat, f16, f32),
                                  make(CastKind::FloatToFloat, bf16, f32)}) {
    for (ElementFunction function :
         {ElementFunction::Negate, ElementFunction::Abs}) {
      EXPECT_TRUE(cast.commutesWith(function, values));
      // A cast's NaN result may lose its sign (the bf16 truncf expansion
      // returns a positive canonical NaN; LLVM leaves the sign unspecified).
      EXPECT_FALSE(cast.commutesWith(function, bits));
    }
  }
}

TEST_F(CastRulesTest, IntegerNegateCommutesWithTruncationOnly) {
  CastRuleOptions values, bits;
  bits.exactness = Exactness::Bits;
  for (const CastRuleOptions &options : {values, bits}) {
    EXPECT_TRUE(make(CastKind::SignedIntToInt, i32, i8)
                    .commutesWith(ElementFunction::Negate, options));
    EXPECT_TRUE(make(CastKind::UnsignedIntToInt, i64, i16)
                    .commutesWith(ElementFunction::Negate, options));
    EXPECT_FALSE(make(CastKind::SignedIntToInt, i8, i32)
                     .commutesWith(ElementFunction::Negate, options));
    EXPECT_FALSE(make(CastKind::UnsignedIntToInt, i8, i32)
                     .commutesWith(ElementFunction::Negate, options));
    // Integer abs commutes with no integer cast.
    EXPECT_FALSE(make(CastKind::SignedIntToInt, i32, i8)
                     .commutesWith(ElementFunction::Abs, options));
    EXPECT_FALSE(make(CastKind::SignedIntToInt, i8, i32)
                     .commutesWith(ElementFunction::Abs, options));
    EXPECT_FALSE(make(CastKind::UnsignedIntToInt, i8, i32)
                     .commutesWith(ElementFunction::Abs, options));
  }
}

TEST_F(CastRulesTest, IntFloatCastsCommuteWithNoSignOp) {
  CastRuleOptions values;
  Type ui = b.getI32Type();
  for (const ElementCast &cast :
       {make(CastKind::FloatToSignedIntSat, f32, i8),
        make(CastKind::FloatToSignedIntTrunc, f32, i16),
        make(CastKind::FloatToUnsignedIntTrunc, f32, i16),
        make(CastKind::SignedIntToFloat, i8, f32),
        make(CastKind::UnsignedIntToFloat, i8, f32),
        make(CastKind::SignedIntToFloat, ui, f16)})
    for (ElementFunction function :
         {ElementFunction::Negate, ElementFunction::Abs})
      EXPECT_FALSE(cast.commutesWith(function, values));
  // Why: saturation is asymmetric. -(-2^31 : f32) = 2^31 saturates to
  // 2^31 - 1 in i32, but -(sat(-2^31)) = -(-2^31) wraps to -2^31.
  ElementCast sat = make(CastKind::FloatToSignedIntSat, f32, i32);
  FailureOr<TypedAttr> low = sat.convert(fl(f32, -0x1p31));
  ASSERT_TRUE(succeeded(low));
  EXPECT_EQ(bits(*low), APInt(32, 0x80000000u));
  // 2^31 is out of range: the rule table refuses to predict it at all.
  EXPECT_TRUE(failed(sat.convert(fl(f32, 0x1p31))));
}

// The rows above, checked exhaustively where the domain is small: every
// non-NaN f16 value through f16 -> f8 (both formats) and every f8 and
// bf16-representable sample through widening, every i16 through truncation.
TEST_F(CastRulesTest, SignOpRowsHoldOnEveryValueOfSmallTypes) {
  Type f8E5M2 = Float8E5M2Type::get(&context);
  auto negate = [](APFloat value) {
    value.changeSign();
    return value;
  };
  auto abs = [](APFloat value) { return llvm::abs(value); };
  auto check = [&](ElementCast cast, const llvm::fltSemantics &sem,
                   unsigned width) {
    for (uint64_t pattern = 0; pattern < (1u << width); ++pattern) {
      APFloat x(sem, APInt(width, pattern));
      if (x.isNaN())
        continue;
      for (auto fn : {+negate, +abs}) {
        FailureOr<TypedAttr> castOfFn =
            cast.convert(fl(cast.getSourceType(), fn(x)));
        FailureOr<TypedAttr> castX = cast.convert(fl(cast.getSourceType(), x));
        ASSERT_TRUE(succeeded(castOfFn) && succeeded(castX));
        APFloat lhs = cast_if_present<FloatAttr>(*castOfFn).getValue();
        APFloat rhs = fn(cast_if_present<FloatAttr>(*castX).getValue());
        // Bit-identical, or two NaNs (f8E4M3FN overflows to NaN).
        EXPECT_TRUE(lhs.bitcastToAPInt() == rhs.bitcastToAPInt() ||
                    (lhs.isNaN() && rhs.isNaN()))
            << "pattern 0x" << llvm::utohexstr(pattern);
      }
    }
  };
  check(make(CastKind::FloatToFloat, f16, f8), APFloat::IEEEhalf(), 16);
  check(make(CastKind::FloatToFloat, f16, f8E5M2), APFloat::IEEEhalf(), 16);
  check(make(CastKind::FloatToFloat, bf16, f8), APFloat::BFloat(), 16);
  check(make(CastKind::FloatToFloat, f16, f32), APFloat::IEEEhalf(), 16);
  check(make(CastKind::FloatToFloat, f8, f16), APFloat::Float8E4M3FN(), 8);

  // Integer negation wraps; truncation commutes with it, extension does not.
  ElementCast trunc = make(CastKind::SignedIntToInt, i16, i8);
  ElementCast sext = make(CastKind::SignedIntToInt, i8, i16);
  for (uint64_t pattern = 0; pattern < (1u << 16); ++pattern) {
    APInt x(16, pattern);
    APInt lhs = bits(*trunc.convert(IntegerAttr::get(i16, -x)));
    APInt rhs = -bits(*trunc.convert(IntegerAttr::get(i16, x)));
    EXPECT_EQ(lhs, rhs);
  }
  APInt minI8 = APInt::getSignedMinValue(8);
  EXPECT_NE(bits(*sext.convert(IntegerAttr::get(i8, -minI8))),
            -bits(*sext.convert(IntegerAttr::get(i8, minI8))));
}
