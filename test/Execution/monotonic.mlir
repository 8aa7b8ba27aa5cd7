// Ops that select by value (tosa.clamp/maximum/minimum, arith.maximumf/
// minimumf),
// with f32 -> f16/bf16 casts hoisted and f16 -> f32 casts sunk (the default
// `values` contract moves them; the only freedom it takes, a NaN result's
// payload, happens to match on this CPU), compute bit-identical results,
// including inputs with NaN payloads, -0 against +0, tiny values that round
// to -0 or +0, overflow to Inf and rounding ties.
// RUN: cast-hoist-opt %s %lower-to-llvm | %run-cpu | grep -v base@ > %t.before
// RUN: cast-hoist-opt %s --hoist-casts=policy=always > %t.hoisted.mlir
// RUN: FileCheck %s --check-prefix=REWRITE < %t.hoisted.mlir
// RUN: cast-hoist-opt %t.hoisted.mlir %lower-to-llvm | %run-cpu | grep -v base@ > %t.after
// RUN: diff %t.before %t.after
// RUN: FileCheck %s --check-prefix=VALUES < %t.after

func.func private @printMemrefI16(tensor<*xi16>) attributes { llvm.emit_c_interface }
func.func private @printMemrefI32(tensor<*xi32>) attributes { llvm.emit_c_interface }

// REWRITE-LABEL: func.func @relu6_f16(
// REWRITE:       tosa.cast %arg0
// REWRITE-NEXT:  tosa.clamp
func.func @relu6_f16(%a: tensor<4x4xf32>) -> tensor<4x4xf16> {
  %0 = tosa.clamp %a {min_val = 0.0 : f32, max_val = 6.0001 : f32} : (tensor<4x4xf32>) -> tensor<4x4xf32>
  %1 = tosa.cast %0 : (tensor<4x4xf32>) -> tensor<4x4xf16>
  return %1 : tensor<4x4xf16>
}

// REWRITE-LABEL: func.func @maximum_f16(
// REWRITE:       tosa.maximum {{.*}} -> tensor<4x4xf16>
func.func @maximum_f16(%a: tensor<4x4xf32>, %b: tensor<4x4xf32>) -> tensor<4x4xf16> {
  %0 = tosa.maximum %a, %b : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
  %1 = tosa.cast %0 : (tensor<4x4xf32>) -> tensor<4x4xf16>
  return %1 : tensor<4x4xf16>
}

// REWRITE-LABEL: func.func @minimum_bf16(
// REWRITE:       tosa.minimum {{.*}} -> tensor<4x4xbf16>
func.func @minimum_bf16(%a: tensor<4x4xf32>, %b: tensor<4x4xf32>) -> tensor<4x4xbf16> {
  %0 = tosa.minimum %a, %b : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
  %1 = tosa.cast %0 : (tensor<4x4xf32>) -> tensor<4x4xbf16>
  return %1 : tensor<4x4xbf16>
}

// REWRITE-LABEL: func.func @arith_maximumf_zero_f16(
// REWRITE:       arith.maximumf {{.*}} : tensor<4x4xf16>
func.func @arith_maximumf_zero_f16(%a: tensor<4x4xf32>) -> tensor<4x4xf16> {
  %z = arith.constant dense<-0.0> : tensor<4x4xf32>
  %0 = arith.maximumf %a, %z : tensor<4x4xf32>
  %1 = arith.truncf %0 : tensor<4x4xf32> to tensor<4x4xf16>
  return %1 : tensor<4x4xf16>
}

// REWRITE-LABEL: func.func @sink_minimum_f16(
// REWRITE:       tosa.minimum {{.*}} -> tensor<4x4xf16>
// REWRITE-NEXT:  tosa.cast
func.func @sink_minimum_f16(%h: tensor<4x4xf16>, %k: tensor<4x4xf16>) -> tensor<4x4xf32> {
  %0 = tosa.cast %h : (tensor<4x4xf16>) -> tensor<4x4xf32>
  %1 = tosa.cast %k : (tensor<4x4xf16>) -> tensor<4x4xf32>
  %2 = tosa.minimum %0, %1 : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
  return %2 : tensor<4x4xf32>
}

// REWRITE-LABEL: func.func @arith_sink_minimumf_f16(
// REWRITE:       arith.minimumf {{.*}} : tensor<4x4xf16>
// REWRITE-NEXT:  arith.extf
func.func @arith_sink_minimumf_f16(%h: tensor<4x4xf16>, %k: tensor<4x4xf16>) -> tensor<4x4xf32> {
  %0 = arith.extf %h : tensor<4x4xf16> to tensor<4x4xf32>
  %1 = arith.extf %k : tensor<4x4xf16> to tensor<4x4xf32>
  %2 = arith.minimumf %0, %1 : tensor<4x4xf32>
  return %2 : tensor<4x4xf32>
}

func.func @main() {
  // Row by row: NaN (payload), +Inf, -Inf, -0 | tiny negative and positive
  // (round to -0/+0 in f16), 65520 (ties to Inf), 65504 | 1 + 2^-11 (tie),
  // 6.0001 and 5.9999 (round to 6 in f16), -1 | -10000, 1/3, min normal,
  // max f32.
  %a = arith.constant dense<[[0x7FC00001, 0x7F800000, 0xFF800000, 0x80000000],
                             [0xB3000000, 0x33000000, 0x477FF000, 0x477FE000],
                             [0x3F801000, 0x40C00068, 0x40BFFF98, 0xBF800000],
                             [0xC61C4000, 0x3EAAAAAB, 0x00800000, 0x7F7FFFFF]]> : tensor<4x4xf32>
  // Against: +0 (vs -0), NaN with another payload (vs NaN), -tiny, equal
  // values after rounding, ...
  %b = arith.constant dense<[[0x7FC12345, 0x00000000, 0x7FC00002, 0x00000000],
                             [0x33000000, 0xB3000000, 0x477FE000, 0x477FF000],
                             [0x3F800000, 0x40C00000, 0x40C00068, 0xFFC00003],
                             [0xC61C4001, 0x3EAAAAAA, 0x80800000, 0xFF7FFFFF]]> : tensor<4x4xf32>
  %h = arith.constant dense<[[0x7E01, 0x7C00, 0xFC00, 0x8000],
                             [0x0000, 0x8001, 0x0001, 0x7BFF],
                             [0x3C01, 0xBC00, 0x7E55, 0x5640],
                             [0xFE00, 0x8000, 0x0200, 0x3555]]> : tensor<4x4xf16>
  %k = arith.constant dense<[[0x3C00, 0x7E02, 0x7C00, 0x0000],
                             [0x8000, 0x0001, 0x8001, 0x7C00],
                             [0x3C01, 0xFE77, 0x7E56, 0x5641],
                             [0x7E00, 0x0000, 0x8200, 0x3555]]> : tensor<4x4xf16>
  %r0 = call @relu6_f16(%a) : (tensor<4x4xf32>) -> tensor<4x4xf16>
  %r1 = call @maximum_f16(%a, %b) : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf16>
  %r2 = call @minimum_bf16(%a, %b) : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xbf16>
  %r3 = call @arith_maximumf_zero_f16(%a) : (tensor<4x4xf32>) -> tensor<4x4xf16>
  %r4 = call @sink_minimum_f16(%h, %k) : (tensor<4x4xf16>, tensor<4x4xf16>) -> tensor<4x4xf32>
  %r5 = call @arith_sink_minimumf_f16(%h, %k) : (tensor<4x4xf16>, tensor<4x4xf16>) -> tensor<4x4xf32>
  %p0 = arith.bitcast %r0 : tensor<4x4xf16> to tensor<4x4xi16>
  %x0 = tensor.cast %p0 : tensor<4x4xi16> to tensor<*xi16>
  call @printMemrefI16(%x0) : (tensor<*xi16>) -> ()
  %p1 = arith.bitcast %r1 : tensor<4x4xf16> to tensor<4x4xi16>
  %x1 = tensor.cast %p1 : tensor<4x4xi16> to tensor<*xi16>
  call @printMemrefI16(%x1) : (tensor<*xi16>) -> ()
  %p2 = arith.bitcast %r2 : tensor<4x4xbf16> to tensor<4x4xi16>
  %x2 = tensor.cast %p2 : tensor<4x4xi16> to tensor<*xi16>
  call @printMemrefI16(%x2) : (tensor<*xi16>) -> ()
  %p3 = arith.bitcast %r3 : tensor<4x4xf16> to tensor<4x4xi16>
  %x3 = tensor.cast %p3 : tensor<4x4xi16> to tensor<*xi16>
  call @printMemrefI16(%x3) : (tensor<*xi16>) -> ()
  %p4 = arith.bitcast %r4 : tensor<4x4xf32> to tensor<4x4xi32>
  %x4 = tensor.cast %p4 : tensor<4x4xi32> to tensor<*xi32>
  call @printMemrefI32(%x4) : (tensor<*xi32>) -> ()
  %p5 = arith.bitcast %r5 : tensor<4x4xf32> to tensor<4x4xi32>
  %x5 = tensor.cast %p5 : tensor<4x4xi32> to tensor<*xi32>
  call @printMemrefI32(%x5) : (tensor<*xi32>) -> ()
  return
}

// ReLU6 (bound 6.0001 rounds to 6 in f16): NaN stays NaN, +Inf -> 6,
// -Inf -> +0, -0 -> +0 (maximum(-0, +0) = +0 with the lower bound +0);
// tiny values clamp to +0; 65520 and 65504 clamp to 6.
// VALUES:      {{\[\[}}32256,   17920,   0,   0],
// VALUES-NEXT: [0,   0,   17920,   17920],
// maximum: NaN against NaN keeps the second operand's payload here
// (0x7FC12345 -> 0x7E09), hoisted or not; max(+Inf, +0) = +Inf;
// max(-Inf, NaN) = NaN; max(-0, +0) = +0.
// VALUES:      {{\[\[}}32265,   31744,   32256,   0],
// arith.maximumf against -0: max(-Inf, -0) = -0 and max(-0, -0) = -0.
// VALUES:      {{\[\[}}32256,   31744,   -32768,   -32768],
// tosa.minimum, then arith.minimumf, of widened f16 values: NaN payloads
// widen exactly (0x7E01 -> 0x7FC02000, 0x7E02 -> 0x7FC04000),
// min(-Inf, +Inf) = -Inf, min(-0, +0) = -0, whether the cast runs before or
// after the minimum.
// VALUES:      {{\[\[}}2143297536,   2143305728,   -8388608,   -2147483648],
// VALUES:      {{\[\[}}2143297536,   2143305728,   -8388608,   -2147483648],
