// The values-mode campaign's finding (seed 600431): f32 -> f64 -> data
// movement -> bf16. Hoisting the f64 -> bf16 cast above the movement would
// put it right after the f32 -> f64 extension; upstream's arith.truncf
// folder then composes the pair into one f32 -> bf16 conversion, which on
// x86 with AVX512-BF16 flushes the f32 subnormal 0x007F0000 to 0x0000,
// where the original's f64 -> bf16 conversion gives the IEEE bf16 0x007F.
// Under both contracts the cast stays (docs/Rules.md, section 0), and the
// results are bit-identical. A f64 -> bf16 cast with no f32 -> f64
// extension behind it still moves.
//
// RUN: cast-hoist-opt %s %lower-to-llvm | %run-cpu | grep -v base@ > %t.before
// RUN: cast-hoist-opt %s --hoist-casts='policy=always direction=up' > %t.values.mlir
// RUN: FileCheck %s --check-prefix=IR < %t.values.mlir
// RUN: cast-hoist-opt %t.values.mlir %lower-to-llvm | %run-cpu | grep -v base@ > %t.values
// RUN: diff %t.before %t.values
// RUN: cast-hoist-opt %s --hoist-casts='policy=always exactness=bits' > %t.bits.mlir
// RUN: FileCheck %s --check-prefix=IR < %t.bits.mlir
// RUN: cast-hoist-opt %t.bits.mlir %lower-to-llvm | %run-cpu | grep -v base@ > %t.bits
// RUN: diff %t.before %t.bits
// RUN: FileCheck %s --check-prefix=OUT < %t.before

// IR-LABEL: func.func @f32_f64_transpose_bf16(
// IR:         arith.extf {{.*}} to tensor<2x2xf64>
// IR:         tosa.transpose {{.*}} -> tensor<2x2xf64>
// IR:         arith.truncf {{.*}} : tensor<2x2xf64> to tensor<2x2xbf16>
func.func @f32_f64_transpose_bf16(%a: tensor<2x2xf32>) -> tensor<2x2xbf16> attributes {no_inline} {
  %e = arith.extf %a : tensor<2x2xf32> to tensor<2x2xf64>
  %t = tosa.transpose %e {perms = array<i32: 1, 0>} : (tensor<2x2xf64>) -> tensor<2x2xf64>
  %c = arith.truncf %t : tensor<2x2xf64> to tensor<2x2xbf16>
  return %c : tensor<2x2xbf16>
}

// IR-LABEL: func.func @f64_transpose_bf16(
// IR:         arith.truncf {{.*}} : tensor<2x2xf64> to tensor<2x2xbf16>
// IR:         tosa.transpose {{.*}} -> tensor<2x2xbf16>
func.func @f64_transpose_bf16(%a: tensor<2x2xf64>) -> tensor<2x2xbf16> attributes {no_inline} {
  %t = tosa.transpose %a {perms = array<i32: 1, 0>} : (tensor<2x2xf64>) -> tensor<2x2xf64>
  %c = arith.truncf %t : tensor<2x2xf64> to tensor<2x2xbf16>
  return %c : tensor<2x2xbf16>
}

func.func private @printMemrefI16(tensor<*xi16>) attributes { llvm.emit_c_interface }

// The f32 subnormal converts to the bf16 subnormal 0x007F (127) in IEEE.
// OUT: {{\[\[}}16256,{{ +}}-16384],
// OUT-NEXT: {{\[}}127,{{ +}}0]]
func.func @main() {
  // 1.0, 0x007F0000 (subnormal), -2.0, the smallest subnormal.
  %a = arith.constant dense<[[0x3F800000, 0x007F0000], [0xC0000000, 0x00000001]]> : tensor<2x2xf32>
  %r0 = call @f32_f64_transpose_bf16(%a) : (tensor<2x2xf32>) -> tensor<2x2xbf16>
  %b0 = arith.bitcast %r0 : tensor<2x2xbf16> to tensor<2x2xi16>
  %u0 = tensor.cast %b0 : tensor<2x2xi16> to tensor<*xi16>
  call @printMemrefI16(%u0) : (tensor<*xi16>) -> ()
  %d = arith.extf %a : tensor<2x2xf32> to tensor<2x2xf64>
  %r1 = call @f64_transpose_bf16(%d) : (tensor<2x2xf64>) -> tensor<2x2xbf16>
  %b1 = arith.bitcast %r1 : tensor<2x2xbf16> to tensor<2x2xi16>
  %u1 = tensor.cast %b1 : tensor<2x2xi16> to tensor<*xi16>
  call @printMemrefI16(%u1) : (tensor<*xi16>) -> ()
  return
}
