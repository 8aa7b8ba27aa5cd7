// The evidence behind `exactness=bits` refusing to move float casts across
// negate and abs (docs/Rules.md, "Ops that compute the sign"): does a float
// cast keep the sign of a NaN? This test runs no cast-hoist pass; it
// records what the lowerings do, NaNs of both signs (quiet and signaling)
// through every float cast the project models, printed as raw bits.
// RUN: cast-hoist-opt %s %lower-to-llvm | %run-cpu | grep -v base@ | FileCheck %s --check-prefix=CPU
// The upstream bf16 expansion (arith-expand include-bf16, used where a
// target has no bf16 conversion) canonicalizes every NaN to +NaN 0x7FC0:
// RUN: mlir-opt %s --pass-pipeline='builtin.module(convert-elementwise-to-linalg,func.func(arith-expand{include-bf16=true}))' | cast-hoist-opt %lower-to-llvm | %run-cpu | grep -v base@ | FileCheck %s --check-prefix=EXPAND

func.func private @printMemrefI16(tensor<*xi16>) attributes { llvm.emit_c_interface }
func.func private @printMemrefI32(tensor<*xi32>) attributes { llvm.emit_c_interface }

func.func @to_f16(%a: tensor<4xf32>) -> tensor<4xf16> {
  %0 = arith.truncf %a : tensor<4xf32> to tensor<4xf16>
  return %0 : tensor<4xf16>
}
func.func @to_bf16(%a: tensor<4xf32>) -> tensor<4xbf16> {
  %0 = arith.truncf %a : tensor<4xf32> to tensor<4xbf16>
  return %0 : tensor<4xbf16>
}
func.func @to_f8E5M2(%a: tensor<4xf32>) -> tensor<4xf8E5M2> {
  %0 = arith.truncf %a : tensor<4xf32> to tensor<4xf8E5M2>
  return %0 : tensor<4xf8E5M2>
}
func.func @to_f8E4M3FN(%a: tensor<4xf32>) -> tensor<4xf8E4M3FN> {
  %0 = arith.truncf %a : tensor<4xf32> to tensor<4xf8E4M3FN>
  return %0 : tensor<4xf8E4M3FN>
}
func.func @from_f16(%a: tensor<4xf16>) -> tensor<4xf32> {
  %0 = arith.extf %a : tensor<4xf16> to tensor<4xf32>
  return %0 : tensor<4xf32>
}
func.func @from_bf16(%a: tensor<4xbf16>) -> tensor<4xf32> {
  %0 = arith.extf %a : tensor<4xbf16> to tensor<4xf32>
  return %0 : tensor<4xf32>
}
func.func @from_f8E5M2(%a: tensor<4xf8E5M2>) -> tensor<4xf32> {
  %0 = arith.extf %a : tensor<4xf8E5M2> to tensor<4xf32>
  return %0 : tensor<4xf32>
}
func.func @from_f8E4M3FN(%a: tensor<4xf8E4M3FN>) -> tensor<4xf32> {
  %0 = arith.extf %a : tensor<4xf8E4M3FN> to tensor<4xf32>
  return %0 : tensor<4xf32>
}

func.func @print16(%b: tensor<4xi16>) {
  %u = tensor.cast %b : tensor<4xi16> to tensor<*xi16>
  call @printMemrefI16(%u) : (tensor<*xi16>) -> ()
  return
}
func.func @print8(%b: tensor<4xi8>) {
  %w = arith.extui %b : tensor<4xi8> to tensor<4xi16>
  call @print16(%w) : (tensor<4xi16>) -> ()
  return
}
func.func @print32(%r: tensor<4xf32>) {
  %b = arith.bitcast %r : tensor<4xf32> to tensor<4xi32>
  %u = tensor.cast %b : tensor<4xi32> to tensor<*xi32>
  call @printMemrefI32(%u) : (tensor<*xi32>) -> ()
  return
}

func.func @main() {
  // +qNaN, -qNaN, +sNaN, -sNaN (with payloads).
  %a = arith.constant dense<[0x7FC00001, 0xFFC00001, 0x7F800001, 0xFF812345]> : tensor<4xf32>
  %r0 = call @to_f16(%a) : (tensor<4xf32>) -> tensor<4xf16>
  %b0 = arith.bitcast %r0 : tensor<4xf16> to tensor<4xi16>
  call @print16(%b0) : (tensor<4xi16>) -> ()
  %r1 = call @to_bf16(%a) : (tensor<4xf32>) -> tensor<4xbf16>
  %b1 = arith.bitcast %r1 : tensor<4xbf16> to tensor<4xi16>
  call @print16(%b1) : (tensor<4xi16>) -> ()
  %r2 = call @to_f8E5M2(%a) : (tensor<4xf32>) -> tensor<4xf8E5M2>
  %b2 = arith.bitcast %r2 : tensor<4xf8E5M2> to tensor<4xi8>
  call @print8(%b2) : (tensor<4xi8>) -> ()
  %r3 = call @to_f8E4M3FN(%a) : (tensor<4xf32>) -> tensor<4xf8E4M3FN>
  %b3 = arith.bitcast %r3 : tensor<4xf8E4M3FN> to tensor<4xi8>
  call @print8(%b3) : (tensor<4xi8>) -> ()

  %h = arith.constant dense<[0x7E01, 0xFE01, 0x7C01, 0xFD55]> : tensor<4xf16>
  %r4 = call @from_f16(%h) : (tensor<4xf16>) -> tensor<4xf32>
  call @print32(%r4) : (tensor<4xf32>) -> ()
  %g = arith.constant dense<[0x7FC1, 0xFFC1, 0x7F81, 0xFFD5]> : tensor<4xbf16>
  %r5 = call @from_bf16(%g) : (tensor<4xbf16>) -> tensor<4xf32>
  call @print32(%r5) : (tensor<4xf32>) -> ()
  %e = arith.constant dense<[0x7E, 0xFE, 0x7D, 0xFF]> : tensor<4xf8E5M2>
  %r6 = call @from_f8E5M2(%e) : (tensor<4xf8E5M2>) -> tensor<4xf32>
  call @print32(%r6) : (tensor<4xf32>) -> ()
  %m = arith.constant dense<[0x7F, 0xFF, 0x7F, 0xFF]> : tensor<4xf8E4M3FN>
  %r7 = call @from_f8E4M3FN(%m) : (tensor<4xf8E4M3FN>) -> tensor<4xf32>
  call @print32(%r7) : (tensor<4xf32>) -> ()
  return
}

// On this project's CPU (x86-64 with F16C and AVX512-BF16; f8 through the
// APFloat wrappers) every cast keeps a NaN's sign; the payload is truncated
// (or dropped) and the NaN quieted, except bf16 -> f32, a plain shift that
// keeps a signaling NaN signaling.
// f32 -> f16: 0x7E00, 0xFE00, 0x7E00, 0xFE09.
// CPU:      [32256,  -512,  32256,  -503]
// f32 -> bf16: 0x7FC0, 0xFFC0, 0x7FC0, 0xFFC1.
// CPU-NEXT: [32704,  -64,  32704,  -63]
// f32 -> f8E5M2: 0x7E, 0xFE, 0x7E, 0xFE.
// CPU-NEXT: [126,  254,  126,  254]
// f32 -> f8E4M3FN: 0x7F, 0xFF, 0x7F, 0xFF.
// CPU-NEXT: [127,  255,  127,  255]
// f16 -> f32: 0x7FC02000, 0xFFC02000, 0x7FC02000, 0xFFEAA000.
// CPU-NEXT: [2143297536,  -4186112,  2143297536,  -1400832]
// bf16 -> f32: 0x7FC10000, 0xFFC10000, 0x7F810000, 0xFFD50000.
// CPU-NEXT: [2143354880,  -4128768,  2139160576,  -2818048]
// f8E5M2 -> f32: 0x7FC00000, 0xFFC00000, 0x7FE00000, 0xFFE00000.
// CPU-NEXT: [2143289344,  -4194304,  2145386496,  -2097152]
// f8E4M3FN -> f32: 0x7FF00000, 0xFFF00000, 0x7FF00000, 0xFFF00000.
// CPU-NEXT: [2146435072,  -1048576,  2146435072,  -1048576]

// With the bf16 expansion, f32 -> bf16 gives +NaN 0x7FC0 for every NaN:
// -c(x) is 0xFFC0 but c(-x) is 0x7FC0.
// EXPAND:      [32256,  -512,  32256,  -503]
// EXPAND-NEXT: [32704,  32704,  32704,  32704]
