// Issue 10, the bits-mode campaign's finding (seeds 400959, 402996): a float
// cast of a constant, with only data movement between them, is converted by
// whichever comes first in the lowering:
//  * upstream folds the cast at compile time when it meets the constant
//    (APFloat: quiets a signaling NaN, never flushes a subnormal);
//  * otherwise the target converts it at run time (bf16 -> f32 is a shift
//    that keeps a signaling NaN signaling; AVX512-BF16's f32 -> bf16
//    flushes subnormals).
// Moving the cast across the data movement changes which one happens, so
// under exactness=bits a float cast reached by a constant holding a NaN or
// a subnormal does not move (docs/Rules.md, section 0 and 10). The results
// are bit-identical in every direction; under `values` the casts move.
//
// RUN: cast-hoist-opt %s %lower-to-llvm | %run-cpu | grep -v base@ > %t.before
// RUN: cast-hoist-opt %s --hoist-casts='policy=always direction=down exactness=bits' > %t.down.mlir
// RUN: FileCheck %s --check-prefix=BITS-IR < %t.down.mlir
// RUN: cast-hoist-opt %t.down.mlir %lower-to-llvm | %run-cpu | grep -v base@ > %t.down.after
// RUN: diff %t.before %t.down.after
// RUN: cast-hoist-opt %s --hoist-casts='policy=always direction=up exactness=bits' > %t.up.mlir
// RUN: FileCheck %s --check-prefix=BITS-IR < %t.up.mlir
// RUN: cast-hoist-opt %t.up.mlir %lower-to-llvm | %run-cpu | grep -v base@ > %t.up.after
// RUN: diff %t.before %t.up.after
// RUN: cast-hoist-opt %s --hoist-casts='policy=always exactness=bits' > %t.both.mlir
// RUN: FileCheck %s --check-prefix=BITS-IR < %t.both.mlir
// RUN: cast-hoist-opt %t.both.mlir %lower-to-llvm | %run-cpu | grep -v base@ > %t.both.after
// RUN: diff %t.before %t.both.after
// RUN: cast-hoist-opt %s --hoist-casts='policy=always exactness=values' | FileCheck %s --check-prefix=VALUES-IR

// The signaling NaN 0x7FA0 extended, then sliced: sinking the extension
// below the slice would move it off the constant (run-time shift instead of
// compile-time APFloat).
// BITS-IR-LABEL: func.func @snan_ext_slice(
// BITS-IR-NEXT:    arith.constant
// BITS-IR-NEXT:    tmov.cast
// BITS-IR-NEXT:    tmov.slice
// VALUES-IR-LABEL: func.func @snan_ext_slice(
// VALUES-IR-NEXT:    arith.constant
// VALUES-IR-NEXT:    tmov.slice
// VALUES-IR-NEXT:    tmov.cast
func.func @snan_ext_slice() -> tensor<2xf32> attributes {no_inline} {
  %c = arith.constant dense<[0x3F80, 0x7FA0, 0x4000]> : tensor<3xbf16>
  %e = tmov.cast %c : tensor<3xbf16> to tensor<3xf32>
  %s = tmov.slice %e offsets [1] sizes [2] strides [1] : tensor<3xf32> -> tensor<2xf32>
  return %s : tensor<2xf32>
}

// The f32 subnormal 2^-127 (0x00400000) sliced, then narrowed to bf16:
// hoisting the narrowing onto the constant would let upstream fold it with
// APFloat (bf16 0x0040) where the target flushes it (0x0000).
// BITS-IR-LABEL: func.func @subnormal_slice_trunc(
// BITS-IR-NEXT:    arith.constant
// BITS-IR-NEXT:    tmov.slice
// BITS-IR-NEXT:    tmov.cast
// VALUES-IR-LABEL: func.func @subnormal_slice_trunc(
// VALUES-IR-NEXT:    arith.constant {{.*}} : tensor<3xbf16>
// VALUES-IR-NEXT:    tmov.slice
// VALUES-IR-NEXT:    return
func.func @subnormal_slice_trunc() -> tensor<2xbf16> attributes {no_inline} {
  %c = arith.constant dense<[0x3F800000, 0x00400000, 0x40000000]> : tensor<3xf32>
  %s = tmov.slice %c offsets [0] sizes [2] strides [1] : tensor<3xf32> -> tensor<2xf32>
  %t = tmov.cast %s : tensor<2xf32> to tensor<2xbf16>
  return %t : tensor<2xbf16>
}

func.func private @printMemrefI16(tensor<*xi16>) attributes { llvm.emit_c_interface }
func.func private @printMemrefI32(tensor<*xi32>) attributes { llvm.emit_c_interface }

func.func @main() {
  %r0 = call @snan_ext_slice() : () -> tensor<2xf32>
  %b0 = arith.bitcast %r0 : tensor<2xf32> to tensor<2xi32>
  %u0 = tensor.cast %b0 : tensor<2xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  %r1 = call @subnormal_slice_trunc() : () -> tensor<2xbf16>
  %b1 = arith.bitcast %r1 : tensor<2xbf16> to tensor<2xi16>
  %u1 = tensor.cast %b1 : tensor<2xi16> to tensor<*xi16>
  call @printMemrefI16(%u1) : (tensor<*xi16>) -> ()
  return
}
