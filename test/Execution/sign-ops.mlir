// Ops that compute the sign (tosa.negate, tosa.abs, arith.negf, math.absf)
// with f32 -> f16/bf16/f8E5M2/f8E4M3FN casts hoisted above them and f16 ->
// f32 casts sunk below them (`--hoist-casts=policy=always`, the default
// `values` contract), lowered with %lower-to-llvm and run on the CPU:
// NaN payloads of both signs (quiet and signaling), -0 and +0, f32 and f16
// subnormals, +-Inf, overflow (to Inf, or to NaN in f8E4M3FN) and rounding
// ties of both signs.
//
// The comparison is the `values` contract itself, done in the program:
// each result element is printed as its bit pattern, except that a NaN is
// printed as the all-ones pattern (-1), decided on the bits (exponent all
// ones and a non-zero mantissa; 0x7F/0xFF in f8E4M3FN), so no float
// comparison lowering is involved. All-ones is a NaN in every one of these
// types, so no non-NaN element can be mistaken for one. `diff` of the two
// runs then checks: every non-NaN element bit for bit, and NaN vs NaN.
// The raw NaN bits (sign included) are recorded by nan-sign-casts.mlir.
// RUN: cast-hoist-opt %s %lower-to-llvm | %run-cpu | grep -v base@ > %t.before
// RUN: cast-hoist-opt %s --hoist-casts=policy=always > %t.hoisted.mlir
// RUN: FileCheck %s --check-prefix=REWRITE < %t.hoisted.mlir
// RUN: cast-hoist-opt %t.hoisted.mlir %lower-to-llvm | %run-cpu | grep -v base@ > %t.after
// RUN: diff %t.before %t.after
// RUN: FileCheck %s --check-prefix=VALUES < %t.after

func.func private @printMemrefI16(tensor<*xi16>) attributes { llvm.emit_c_interface }
func.func private @printMemrefI32(tensor<*xi32>) attributes { llvm.emit_c_interface }

// REWRITE-LABEL: func.func @tosa_negate_f16(
// REWRITE:       tosa.cast %arg0 : (tensor<4x4xf32>) -> tensor<4x4xf16>
// REWRITE:       tosa.negate {{.*}} -> tensor<4x4xf16>
func.func @tosa_negate_f16(%a: tensor<4x4xf32>) -> tensor<4x4xf16> {
  %z = "tosa.const"() {values = dense<0.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %0 = tosa.negate %a, %z, %z : (tensor<4x4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<4x4xf32>
  %1 = tosa.cast %0 : (tensor<4x4xf32>) -> tensor<4x4xf16>
  return %1 : tensor<4x4xf16>
}

// REWRITE-LABEL: func.func @tosa_abs_bf16(
// REWRITE:       tosa.cast %arg0 : (tensor<4x4xf32>) -> tensor<4x4xbf16>
// REWRITE-NEXT:  tosa.abs {{.*}} -> tensor<4x4xbf16>
func.func @tosa_abs_bf16(%a: tensor<4x4xf32>) -> tensor<4x4xbf16> {
  %0 = tosa.abs %a : (tensor<4x4xf32>) -> tensor<4x4xf32>
  %1 = tosa.cast %0 : (tensor<4x4xf32>) -> tensor<4x4xbf16>
  return %1 : tensor<4x4xbf16>
}

// REWRITE-LABEL: func.func @negf_bf16(
// REWRITE:       arith.truncf %arg0
// REWRITE-NEXT:  arith.negf {{.*}} : tensor<4x4xbf16>
func.func @negf_bf16(%a: tensor<4x4xf32>) -> tensor<4x4xbf16> {
  %0 = arith.negf %a : tensor<4x4xf32>
  %1 = arith.truncf %0 : tensor<4x4xf32> to tensor<4x4xbf16>
  return %1 : tensor<4x4xbf16>
}

// REWRITE-LABEL: func.func @absf_f16(
// REWRITE:       arith.truncf %arg0
// REWRITE-NEXT:  math.absf {{.*}} : tensor<4x4xf16>
func.func @absf_f16(%a: tensor<4x4xf32>) -> tensor<4x4xf16> {
  %0 = math.absf %a : tensor<4x4xf32>
  %1 = arith.truncf %0 : tensor<4x4xf32> to tensor<4x4xf16>
  return %1 : tensor<4x4xf16>
}

// REWRITE-LABEL: func.func @negf_f8E5M2(
// REWRITE:       arith.truncf %arg0
// REWRITE-NEXT:  arith.negf {{.*}} : tensor<4x4xf8E5M2>
func.func @negf_f8E5M2(%a: tensor<4x4xf32>) -> tensor<4x4xf8E5M2> {
  %0 = arith.negf %a : tensor<4x4xf32>
  %1 = arith.truncf %0 : tensor<4x4xf32> to tensor<4x4xf8E5M2>
  return %1 : tensor<4x4xf8E5M2>
}

// REWRITE-LABEL: func.func @negf_f8E4M3FN(
// REWRITE:       arith.truncf %arg0
// REWRITE-NEXT:  arith.negf {{.*}} : tensor<4x4xf8E4M3FN>
func.func @negf_f8E4M3FN(%a: tensor<4x4xf32>) -> tensor<4x4xf8E4M3FN> {
  %0 = arith.negf %a : tensor<4x4xf32>
  %1 = arith.truncf %0 : tensor<4x4xf32> to tensor<4x4xf8E4M3FN>
  return %1 : tensor<4x4xf8E4M3FN>
}

// REWRITE-LABEL: func.func @sink_tosa_negate_f32(
// REWRITE:       tosa.negate %arg0, {{.*}} -> tensor<4x4xf16>
// REWRITE-NEXT:  tosa.cast {{.*}} -> tensor<4x4xf32>
func.func @sink_tosa_negate_f32(%h: tensor<4x4xf16>) -> tensor<4x4xf32> {
  %z = "tosa.const"() {values = dense<0.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %0 = tosa.cast %h : (tensor<4x4xf16>) -> tensor<4x4xf32>
  %1 = tosa.negate %0, %z, %z : (tensor<4x4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<4x4xf32>
  return %1 : tensor<4x4xf32>
}

// REWRITE-LABEL: func.func @sink_absf_f32(
// REWRITE:       math.absf %arg0 : tensor<4x4xf16>
// REWRITE-NEXT:  arith.extf
func.func @sink_absf_f32(%h: tensor<4x4xf16>) -> tensor<4x4xf32> {
  %0 = arith.extf %h : tensor<4x4xf16> to tensor<4x4xf32>
  %1 = math.absf %0 : tensor<4x4xf32>
  return %1 : tensor<4x4xf32>
}

// The verdict helpers: a NaN (by its bits) becomes all ones, every other
// element keeps its bits. `mask` clears the sign, `inf` is the largest
// non-NaN magnitude pattern.
func.func @canon16(%b: tensor<4x4xi16>, %mask: i16, %inf: i16) -> tensor<4x4xi16> {
  %m = tensor.splat %mask : tensor<4x4xi16>
  %i = tensor.splat %inf : tensor<4x4xi16>
  %ones = arith.constant dense<-1> : tensor<4x4xi16>
  %mag = arith.andi %b, %m : tensor<4x4xi16>
  %nan = arith.cmpi ugt, %mag, %i : tensor<4x4xi16>
  %r = arith.select %nan, %ones, %b : tensor<4x4xi1>, tensor<4x4xi16>
  return %r : tensor<4x4xi16>
}

func.func @canon32(%b: tensor<4x4xi32>) -> tensor<4x4xi32> {
  %m = arith.constant dense<0x7FFFFFFF> : tensor<4x4xi32>
  %i = arith.constant dense<0x7F800000> : tensor<4x4xi32>
  %ones = arith.constant dense<-1> : tensor<4x4xi32>
  %mag = arith.andi %b, %m : tensor<4x4xi32>
  %nan = arith.cmpi ugt, %mag, %i : tensor<4x4xi32>
  %r = arith.select %nan, %ones, %b : tensor<4x4xi1>, tensor<4x4xi32>
  return %r : tensor<4x4xi32>
}

func.func @print16(%b: tensor<4x4xi16>, %mask: i16, %inf: i16) {
  %c = call @canon16(%b, %mask, %inf) : (tensor<4x4xi16>, i16, i16) -> tensor<4x4xi16>
  %u = tensor.cast %c : tensor<4x4xi16> to tensor<*xi16>
  call @printMemrefI16(%u) : (tensor<*xi16>) -> ()
  return
}

func.func @print32(%b: tensor<4x4xi32>) {
  %c = call @canon32(%b) : (tensor<4x4xi32>) -> tensor<4x4xi32>
  %u = tensor.cast %c : tensor<4x4xi32> to tensor<*xi32>
  call @printMemrefI32(%u) : (tensor<*xi32>) -> ()
  return
}

func.func @printF16(%r: tensor<4x4xf16>) {
  %b = arith.bitcast %r : tensor<4x4xf16> to tensor<4x4xi16>
  %mask = arith.constant 0x7FFF : i16
  %inf = arith.constant 0x7C00 : i16
  call @print16(%b, %mask, %inf) : (tensor<4x4xi16>, i16, i16) -> ()
  return
}

func.func @printBF16(%r: tensor<4x4xbf16>) {
  %b = arith.bitcast %r : tensor<4x4xbf16> to tensor<4x4xi16>
  %mask = arith.constant 0x7FFF : i16
  %inf = arith.constant 0x7F80 : i16
  call @print16(%b, %mask, %inf) : (tensor<4x4xi16>, i16, i16) -> ()
  return
}

// f8 bits are printed zero-extended to i16; their NaN is all ones too.
func.func @printF8E5M2(%r: tensor<4x4xf8E5M2>) {
  %b8 = arith.bitcast %r : tensor<4x4xf8E5M2> to tensor<4x4xi8>
  %b = arith.extui %b8 : tensor<4x4xi8> to tensor<4x4xi16>
  %mask = arith.constant 0x7F : i16
  %inf = arith.constant 0x7C : i16
  call @print16(%b, %mask, %inf) : (tensor<4x4xi16>, i16, i16) -> ()
  return
}

func.func @printF8E4M3FN(%r: tensor<4x4xf8E4M3FN>) {
  %b8 = arith.bitcast %r : tensor<4x4xf8E4M3FN> to tensor<4x4xi8>
  %b = arith.extui %b8 : tensor<4x4xi8> to tensor<4x4xi16>
  %mask = arith.constant 0x7F : i16
  %inf = arith.constant 0x7E : i16
  call @print16(%b, %mask, %inf) : (tensor<4x4xi16>, i16, i16) -> ()
  return
}

func.func @printF32(%r: tensor<4x4xf32>) {
  %b = arith.bitcast %r : tensor<4x4xf32> to tensor<4x4xi32>
  call @print32(%b) : (tensor<4x4xi32>) -> ()
  return
}

func.func @main() {
  // Row by row: NaNs (quiet and signaling, both signs, payloads) | -0, +0,
  // the smallest f32 subnormal, the largest negative f32 subnormal |
  // 2^-24 (smallest f16 subnormal), -3 * 2^-25 (a tie between f16
  // subnormals), +Inf, -Inf | 65520 (ties to Inf in f16), -65504 (f16 max),
  // 1 + 2^-11 (f16 tie to 1), -(1 + 3 * 2^-11) (f16 tie to even).
  %a = arith.constant dense<[[0x7FC00001, 0xFFC12345, 0x7F800001, 0xFF800F00],
                             [0x80000000, 0x00000000, 0x00000001, 0x807FFFFF],
                             [0x33800000, 0xB3C00000, 0x7F800000, 0xFF800000],
                             [0x477FF000, 0xC77FE000, 0x3F801000, 0xBF803000]]> : tensor<4x4xf32>
  // For bf16 and f8: 1 + 2^-8 (bf16 tie to 1), -(1 + 3 * 2^-8) (bf16 tie
  // to even), 1e38 (finite in bf16, Inf in f16/f8E5M2, NaN in f8E4M3FN),
  // -3.4e38 | 1.125 (f8E5M2 tie), -1.375 (f8E5M2 tie to even), 464 (f8E4M3FN
  // tie between 448 and the NaN pattern), -500 (f8E4M3FN overflow) |
  // 2^-16 (smallest f8E5M2 subnormal), -2^-17 (ties to -0 in f8E5M2), 2^-9
  // (smallest f8E4M3FN subnormal), -3 * 2^-10 (f8E4M3FN subnormal tie) |
  // 57344 (f8E5M2 max), -61440 (f8E5M2 tie to Inf), 240, -0.
  %f = arith.constant dense<[[0x3F808000, 0xBF818000, 0x7E967699, 0xFF7FC99E],
                             [0x3F900000, 0xBFB00000, 0x43E80000, 0xC3FA0000],
                             [0x37800000, 0xB7000000, 0x3B000000, 0xBB400000],
                             [0x47600000, 0xC7700000, 0x43700000, 0x80000000]]> : tensor<4x4xf32>
  // f16: NaNs (quiet and signaling, both signs) | -0, +0, the smallest
  // subnormal, the largest negative subnormal | +Inf, -Inf, max, -max |
  // 1 + 2^-10, -1, 1/3, a negative subnormal.
  %h = arith.constant dense<[[0x7E01, 0xFE55, 0x7C01, 0xFD00],
                             [0x8000, 0x0000, 0x0001, 0x83FF],
                             [0x7C00, 0xFC00, 0x7BFF, 0xFBFF],
                             [0x3C01, 0xBC00, 0x3555, 0x8200]]> : tensor<4x4xf16>

  %r0 = call @tosa_negate_f16(%a) : (tensor<4x4xf32>) -> tensor<4x4xf16>
  call @printF16(%r0) : (tensor<4x4xf16>) -> ()
  %r1 = call @tosa_abs_bf16(%a) : (tensor<4x4xf32>) -> tensor<4x4xbf16>
  call @printBF16(%r1) : (tensor<4x4xbf16>) -> ()
  %r2 = call @tosa_abs_bf16(%f) : (tensor<4x4xf32>) -> tensor<4x4xbf16>
  call @printBF16(%r2) : (tensor<4x4xbf16>) -> ()
  %r3 = call @negf_bf16(%a) : (tensor<4x4xf32>) -> tensor<4x4xbf16>
  call @printBF16(%r3) : (tensor<4x4xbf16>) -> ()
  %r4 = call @negf_bf16(%f) : (tensor<4x4xf32>) -> tensor<4x4xbf16>
  call @printBF16(%r4) : (tensor<4x4xbf16>) -> ()
  %r5 = call @absf_f16(%a) : (tensor<4x4xf32>) -> tensor<4x4xf16>
  call @printF16(%r5) : (tensor<4x4xf16>) -> ()
  %r6 = call @negf_f8E5M2(%a) : (tensor<4x4xf32>) -> tensor<4x4xf8E5M2>
  call @printF8E5M2(%r6) : (tensor<4x4xf8E5M2>) -> ()
  %r7 = call @negf_f8E5M2(%f) : (tensor<4x4xf32>) -> tensor<4x4xf8E5M2>
  call @printF8E5M2(%r7) : (tensor<4x4xf8E5M2>) -> ()
  %r8 = call @negf_f8E4M3FN(%a) : (tensor<4x4xf32>) -> tensor<4x4xf8E4M3FN>
  call @printF8E4M3FN(%r8) : (tensor<4x4xf8E4M3FN>) -> ()
  %r9 = call @negf_f8E4M3FN(%f) : (tensor<4x4xf32>) -> tensor<4x4xf8E4M3FN>
  call @printF8E4M3FN(%r9) : (tensor<4x4xf8E4M3FN>) -> ()
  %r10 = call @sink_tosa_negate_f32(%h) : (tensor<4x4xf16>) -> tensor<4x4xf32>
  call @printF32(%r10) : (tensor<4x4xf32>) -> ()
  %r11 = call @sink_absf_f32(%h) : (tensor<4x4xf16>) -> tensor<4x4xf32>
  call @printF32(%r11) : (tensor<4x4xf32>) -> ()
  return
}

// A NaN prints as -1 (all ones). tosa.negate to f16: -(-0) = +0,
// -(+0) = -0 (-32768), f32 subnormals round to +-0 and are negated, 2^-24
// -> 0x8001, the subnormal tie -3 * 2^-25 rounds to even 0x8002 and is
// negated to 0x0002, +-Inf -> -+Inf, 65520 -> +Inf -> -Inf (-1024), -65504
// -> 0x7BFF, 1 + 2^-11 -> 1 -> -1 (0xBC00), -(1 + 3 * 2^-11) -> 0x3C02.
// VALUES:      {{\[\[}}-1,   -1,   -1,   -1],
// VALUES-NEXT: [0,   -32768,   -32768,   0],
// VALUES-NEXT: [-32767,   2,   -1024,   31744],
// VALUES-NEXT: [-1024,   31743,   -17408,   15362]]
// tosa.abs to bf16 (the f32 subnormal 0x807FFFFF becomes 0 on this CPU,
// before and after alike: AVX512-BF16 flushes it, symmetrically in sign).
// VALUES:      {{\[\[}}-1,   -1,   -1,   -1],
// VALUES-NEXT: [0,   0,   0,   0],
// VALUES-NEXT: [13184,   13248,   32640,   32640],
// VALUES-NEXT: [18304,   18304,   16256,   16256]]
// arith.negf to f8E4M3FN of the second input: 1e38, -3.4e38, -500, 57344
// and -61440 overflow to NaN; 1.125 -> 0xB9 (185) and -1.375 -> 0x3B; 464
// rounds to 448 and is negated (0xFE); 2^-16 and -2^-17 round to +-0 and
// are negated; 2^-9 -> 0x81; the tie -3 * 2^-10 rounds to even 0x82 and
// is negated to 0x02; 240 -> 0xF7; -0 -> +0.
// VALUES:      {{\[\[}}184,   56,   -1,   -1],
// VALUES-NEXT: [185,   59,   254,   -1],
// VALUES-NEXT: [128,   0,   129,   2],
// VALUES-NEXT: [-1,   -1,   247,   0]]
// The sunk f16 -> f32 casts: negation and abs of every f16 value widen
// exactly (0x0001 -> 2^-24, negated 0xB3800000).
// VALUES:      {{\[\[}}-1,   -1,   -1,   -1],
// VALUES-NEXT: [0,   -2147483648,   -1283457024,   947896320],
// VALUES-NEXT: [-8388608,   2139095040,   -947920896,   1199562752],
// VALUES-NEXT: [-1082122240,   1065353216,   -1096114176,   939524096]]
// VALUES:      {{\[\[}}-1,   -1,   -1,   -1],
// VALUES-NEXT: [0,   0,   864026624,   947896320],
// VALUES-NEXT: [2139095040,   2139095040,   1199562752,   1199562752],
// VALUES-NEXT: [1065361408,   1065353216,   1051369472,   939524096]]
