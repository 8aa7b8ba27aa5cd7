// linalg data-movement ops (transpose, broadcast, copy) with the cast
// written as arith.truncf/extf/trunci on tensors, as a linalg.map and as a
// single-cast linalg.generic, hoisted (narrowing) or sunk (widening) by
// --hoist-casts=policy=always, compute bit-identical results before and
// after, on inputs with NaN (with payload), +-Inf, -0, f32 and f16
// subnormals, values that overflow f16, rounding ties and large integers.
// Results are printed as bit patterns (integers). The kernels are separate
// functions (not inlined by the lowering), so their inputs stay opaque; the
// pass leaves @main unchanged (checked by the @main diff).
// RUN: cast-hoist-opt %s %lower-to-llvm | %run-cpu | grep -v base@ > %t.before
// RUN: cast-hoist-opt %s --hoist-casts=policy=always > %t.hoisted.mlir
// RUN: FileCheck %s --check-prefix=REWRITE < %t.hoisted.mlir
// RUN: cast-hoist-opt %s | sed -n '/func.func @main/,$p' > %t.main.before
// RUN: sed -n '/func.func @main/,$p' %t.hoisted.mlir > %t.main.after
// RUN: diff %t.main.before %t.main.after
// RUN: cast-hoist-opt %t.hoisted.mlir %lower-to-llvm | %run-cpu | grep -v base@ > %t.after
// RUN: diff %t.before %t.after
// RUN: FileCheck %s --check-prefix=VALUES < %t.after

#id = affine_map<(d0, d1) -> (d0, d1)>

func.func private @printMemrefI16(tensor<*xi16>) attributes { llvm.emit_c_interface }
func.func private @printMemrefI32(tensor<*xi32>) attributes { llvm.emit_c_interface }

// REWRITE-LABEL: func.func @transpose_truncf_f16(
// REWRITE:       arith.truncf %arg0 : tensor<4x4xf32> to tensor<4x4xf16>
// REWRITE:       linalg.transpose ins(%{{.*}} : tensor<4x4xf16>)
func.func @transpose_truncf_f16(%a: tensor<4x4xf32>) -> tensor<4x4xf16> {
  %e = tensor.empty() : tensor<4x4xf32>
  %0 = linalg.transpose ins(%a : tensor<4x4xf32>) outs(%e : tensor<4x4xf32>) permutation = [1, 0]
  %1 = arith.truncf %0 : tensor<4x4xf32> to tensor<4x4xf16>
  return %1 : tensor<4x4xf16>
}

// REWRITE-LABEL: func.func @broadcast_map_truncf_bf16(
// REWRITE:       linalg.{{map|generic}}
// REWRITE-SAME:  ins(%arg0 : tensor<4x4xf32>)
// REWRITE:       linalg.broadcast ins(%{{.*}} : tensor<4x4xbf16>)
func.func @broadcast_map_truncf_bf16(%a: tensor<4x4xf32>) -> tensor<2x4x4xbf16> {
  %e = tensor.empty() : tensor<2x4x4xf32>
  %0 = linalg.broadcast ins(%a : tensor<4x4xf32>) outs(%e : tensor<2x4x4xf32>) dimensions = [0]
  %e2 = tensor.empty() : tensor<2x4x4xbf16>
  %1 = linalg.map { arith.truncf } ins(%0 : tensor<2x4x4xf32>) outs(%e2 : tensor<2x4x4xbf16>)
  return %1 : tensor<2x4x4xbf16>
}

// REWRITE-LABEL: func.func @copy_generic_truncf_f16(
// REWRITE:       linalg.generic
// REWRITE-SAME:  ins(%arg0 : tensor<4x4xf32>)
// REWRITE:       arith.truncf %{{.*}} : f32 to f16
// REWRITE:       linalg.copy ins(%{{.*}} : tensor<4x4xf16>)
func.func @copy_generic_truncf_f16(%a: tensor<4x4xf32>) -> tensor<4x4xf16> {
  %e = tensor.empty() : tensor<4x4xf32>
  %0 = linalg.copy ins(%a : tensor<4x4xf32>) outs(%e : tensor<4x4xf32>) -> tensor<4x4xf32>
  %e2 = tensor.empty() : tensor<4x4xf16>
  %1 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%0 : tensor<4x4xf32>) outs(%e2 : tensor<4x4xf16>) {
  ^bb0(%x: f32, %y: f16):
    %t = arith.truncf %x : f32 to f16
    linalg.yield %t : f16
  } -> tensor<4x4xf16>
  return %1 : tensor<4x4xf16>
}

// The linalg.transpose's init is a live f32 tensor (not a tensor.empty);
// its contents never reach the result.
// REWRITE-LABEL: func.func @transpose_generic_truncf_bf16(
// REWRITE:       linalg.generic
// REWRITE-SAME:  ins(%arg0 : tensor<4x4xf32>)
// REWRITE:       arith.truncf %{{.*}} : f32 to bf16
// REWRITE:       linalg.transpose ins(%{{.*}} : tensor<4x4xbf16>)
func.func @transpose_generic_truncf_bf16(%a: tensor<4x4xf32>, %init: tensor<4x4xf32>) -> tensor<4x4xbf16> {
  %0 = linalg.transpose ins(%a : tensor<4x4xf32>) outs(%init : tensor<4x4xf32>) permutation = [1, 0]
  %e2 = tensor.empty() : tensor<4x4xbf16>
  %1 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%0 : tensor<4x4xf32>) outs(%e2 : tensor<4x4xbf16>) {
  ^bb0(%x: f32, %y: bf16):
    %t = arith.truncf %x : f32 to bf16
    linalg.yield %t : bf16
  } -> tensor<4x4xbf16>
  return %1 : tensor<4x4xbf16>
}

// REWRITE-LABEL: func.func @copy_trunci_i8(
// REWRITE:       arith.trunci %arg0 : tensor<2x4xi32> to tensor<2x4xi8>
// REWRITE:       linalg.copy ins(%{{.*}} : tensor<2x4xi8>)
func.func @copy_trunci_i8(%n: tensor<2x4xi32>) -> tensor<2x4xi8> {
  %e = tensor.empty() : tensor<2x4xi32>
  %0 = linalg.copy ins(%n : tensor<2x4xi32>) outs(%e : tensor<2x4xi32>) -> tensor<2x4xi32>
  %1 = arith.trunci %0 : tensor<2x4xi32> to tensor<2x4xi8>
  return %1 : tensor<2x4xi8>
}

// Widening: a linalg.map extf (bf16 -> f32) sinks below the transpose.
// REWRITE-LABEL: func.func @sink_map_extf_transpose(
// REWRITE:       linalg.transpose ins(%arg0 : tensor<4x4xbf16>)
// REWRITE:       arith.extf %{{.*}} : bf16 to f32
func.func @sink_map_extf_transpose(%g: tensor<4x4xbf16>) -> tensor<4x4xf32> {
  %e = tensor.empty() : tensor<4x4xf32>
  %0 = linalg.map { arith.extf } ins(%g : tensor<4x4xbf16>) outs(%e : tensor<4x4xf32>)
  %e2 = tensor.empty() : tensor<4x4xf32>
  %1 = linalg.transpose ins(%0 : tensor<4x4xf32>) outs(%e2 : tensor<4x4xf32>) permutation = [1, 0]
  return %1 : tensor<4x4xf32>
}

// Widening: arith.extf (f16 -> f32) on tensors sinks below the broadcast.
// REWRITE-LABEL: func.func @sink_extf_broadcast(
// REWRITE:       linalg.broadcast ins(%arg0 : tensor<4x4xf16>)
// REWRITE:       arith.extf %{{.*}} : tensor<4x2x4xf16> to tensor<4x2x4xf32>
func.func @sink_extf_broadcast(%h: tensor<4x4xf16>) -> tensor<4x2x4xf32> {
  %0 = arith.extf %h : tensor<4x4xf16> to tensor<4x4xf32>
  %e = tensor.empty() : tensor<4x2x4xf32>
  %1 = linalg.broadcast ins(%0 : tensor<4x4xf32>) outs(%e : tensor<4x2x4xf32>) dimensions = [1]
  return %1 : tensor<4x2x4xf32>
}

// Widening: a linalg.generic extf (f16 -> f32) sinks below the copy.
// REWRITE-LABEL: func.func @sink_generic_extf_copy(
// REWRITE:       linalg.copy ins(%arg0 : tensor<4x4xf16>)
// REWRITE:       arith.extf %{{.*}} : f16 to f32
func.func @sink_generic_extf_copy(%h: tensor<4x4xf16>) -> tensor<4x4xf32> {
  %e = tensor.empty() : tensor<4x4xf32>
  %0 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%h : tensor<4x4xf16>) outs(%e : tensor<4x4xf32>) {
  ^bb0(%x: f16, %y: f32):
    %t = arith.extf %x : f16 to f32
    linalg.yield %t : f32
  } -> tensor<4x4xf32>
  %e2 = tensor.empty() : tensor<4x4xf32>
  %1 = linalg.copy ins(%0 : tensor<4x4xf32>) outs(%e2 : tensor<4x4xf32>) -> tensor<4x4xf32>
  return %1 : tensor<4x4xf32>
}

func.func @main() {
  // NaN with payload, +-Inf, -0, the smallest f32 subnormal, the smallest
  // f16 subnormal (2^-24), 65520 (ties to +Inf in f16), 65504 (f16 max),
  // 1 + 2^-11 and 1 + 3 * 2^-11 (f16 ties), 2049 (tie), 2^24 - 1, -10000,
  // 1/3, the smallest f32 normal, the largest f32.
  %a = arith.constant dense<[[0x7FC00001, 0x7F800000, 0xFF800000, 0x80000000],
                             [0x00000001, 0x33800000, 0x477FF000, 0x477FE000],
                             [0x3F801000, 0x3F803000, 0x45001000, 0x4B7FFFFF],
                             [0xC61C4000, 0x3EAAAAAB, 0x00800000, 0x7F7FFFFF]]> : tensor<4x4xf32>
  // Negative NaN with payload, 2^-15 (f16 subnormal), -2^-25 (rounds to -0
  // in f16), 70000 (overflows f16), 1e30, bf16 ties 1 + 2^-8 and
  // 1 + 3 * 2^-8, a signalling NaN, 257 (bf16 tie), 2^-8 + 2^-16, f32
  // subnormals +-2^-127, 2^31, -2^31 - 2^8.
  %b = arith.constant dense<[[0xFFC12345, 0x38000000, 0xB3000000, 70000.0],
                             [1.0e30, 0x3F808000, 0x3F818000, 0x7F800001],
                             [257.0, 0x3B808000, 0x3B800000, 0x3A800000],
                             [0x00400000, 0x80400000, 0x4F000000, 0xCF000001]]> : tensor<4x4xf32>
  %n = arith.constant dense<[[2147483647, -2147483648, 255, 256],
                             [-1, -129, 128, 127]]> : tensor<2x4xi32>
  %h = arith.constant dense<[[0x7E01, 0x7C00, 0xFC00, 0x8000],
                             [0x0001, 0x03FF, 0x0400, 0x7BFF],
                             [0x3C01, 0xBC00, 0x8001, 0x5640],
                             [0x7D55, 0xFE00, 0x0200, 0x3555]]> : tensor<4x4xf16>
  %g = arith.constant dense<[[0x7FC1, 0x7F80, 0xFF80, 0x8000],
                             [0x0001, 0x007F, 0x0080, 0x7F7F],
                             [0x3F81, 0xBF80, 0x8001, 0x4049],
                             [0x7FA0, 0xFFC0, 0x0040, 0x3EAB]]> : tensor<4x4xbf16>

  %r0 = call @transpose_truncf_f16(%a) : (tensor<4x4xf32>) -> tensor<4x4xf16>
  %p0 = arith.bitcast %r0 : tensor<4x4xf16> to tensor<4x4xi16>
  %x0 = tensor.cast %p0 : tensor<4x4xi16> to tensor<*xi16>
  call @printMemrefI16(%x0) : (tensor<*xi16>) -> ()
  %r1 = call @broadcast_map_truncf_bf16(%b) : (tensor<4x4xf32>) -> tensor<2x4x4xbf16>
  %p1 = arith.bitcast %r1 : tensor<2x4x4xbf16> to tensor<2x4x4xi16>
  %x1 = tensor.cast %p1 : tensor<2x4x4xi16> to tensor<*xi16>
  call @printMemrefI16(%x1) : (tensor<*xi16>) -> ()
  %r2 = call @copy_generic_truncf_f16(%b) : (tensor<4x4xf32>) -> tensor<4x4xf16>
  %p2 = arith.bitcast %r2 : tensor<4x4xf16> to tensor<4x4xi16>
  %x2 = tensor.cast %p2 : tensor<4x4xi16> to tensor<*xi16>
  call @printMemrefI16(%x2) : (tensor<*xi16>) -> ()
  %r3 = call @transpose_generic_truncf_bf16(%a, %b) : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xbf16>
  %p3 = arith.bitcast %r3 : tensor<4x4xbf16> to tensor<4x4xi16>
  %x3 = tensor.cast %p3 : tensor<4x4xi16> to tensor<*xi16>
  call @printMemrefI16(%x3) : (tensor<*xi16>) -> ()
  %r4 = call @copy_trunci_i8(%n) : (tensor<2x4xi32>) -> tensor<2x4xi8>
  %p4 = arith.extsi %r4 : tensor<2x4xi8> to tensor<2x4xi16>
  %x4 = tensor.cast %p4 : tensor<2x4xi16> to tensor<*xi16>
  call @printMemrefI16(%x4) : (tensor<*xi16>) -> ()
  %r5 = call @sink_map_extf_transpose(%g) : (tensor<4x4xbf16>) -> tensor<4x4xf32>
  %p5 = arith.bitcast %r5 : tensor<4x4xf32> to tensor<4x4xi32>
  %x5 = tensor.cast %p5 : tensor<4x4xi32> to tensor<*xi32>
  call @printMemrefI32(%x5) : (tensor<*xi32>) -> ()
  %r6 = call @sink_extf_broadcast(%h) : (tensor<4x4xf16>) -> tensor<4x2x4xf32>
  %p6 = arith.bitcast %r6 : tensor<4x2x4xf32> to tensor<4x2x4xi32>
  %x6 = tensor.cast %p6 : tensor<4x2x4xi32> to tensor<*xi32>
  call @printMemrefI32(%x6) : (tensor<*xi32>) -> ()
  %r7 = call @sink_generic_extf_copy(%h) : (tensor<4x4xf16>) -> tensor<4x4xf32>
  %p7 = arith.bitcast %r7 : tensor<4x4xf32> to tensor<4x4xi32>
  %x7 = tensor.cast %p7 : tensor<4x4xi32> to tensor<*xi32>
  call @printMemrefI32(%x7) : (tensor<*xi32>) -> ()
  return
}

// Spot checks of the semantics (the diff above proves before == after).
// arith.truncf f32 -> f16 (transposed): NaN -> 0x7E00, smallest f32
// subnormal -> 0, 1 + 2^-11 -> 1.0 (tie to even); 2^-24 -> 0x0001; 65520
// -> +Inf (tie), 2049 -> 2048 (tie); -0 -> 0x8000, 65504, 2^24 - 1 -> +Inf.
// VALUES:      {{\[\[}}32256,   0,   15360,   -3870],
// VALUES-NEXT: [31744,   1,   15362,   13653],
// VALUES-NEXT: [-1024,   31744,   26624,   0],
// VALUES-NEXT: [-32768,   31743,   31744,   31744]]
// linalg.map truncf f32 -> bf16 (broadcast): -NaN keeps its top payload
// bits (0xFFC1), 70000 -> 0x4789, 1e30 -> 0x714A, bf16 ties to even, a
// signalling NaN is quieted (0x7FC0).
// VALUES-NEXT: {{\[\[\[}}-63,    14336,    -19712,    18313],
// VALUES-NEXT: [29002,    16256,    16258,    32704],
// linalg.generic truncf f32 -> f16 (copied): -NaN -> 0xFE09, 2^-15 ->
// 0x0200, -2^-25 -> -0 (tie to even), 70000 -> +Inf, 1e30 -> +Inf.
// VALUES:      {{\[\[}}-503,   512,   -32768,   31744],
// VALUES-NEXT: [31744,   15364,   15372,   32256],
// i32 -> i8 keeps the low bits.
// VALUES:      {{\[\[}}-1,   0,   -1,   0],
// VALUES-NEXT: [-1,   127,   -128,   127]]
// bf16 -> f32 (transposed) is exact: 0x7FC1 -> 0x7FC10000, 0x0001 -> 0x00010000.
// VALUES-NEXT: {{\[\[}}2143354880,   65536,   1065418752,   2141192192],
// f16 -> f32 (broadcast): the NaN payload 0x7E01 -> 0x7FC02000, 2^-24.
// VALUES:      {{\[\[\[}}2143297536,    2139095040,    -8388608,    -2147483648],
// VALUES-NEXT: [2143297536,    2139095040,    -8388608,    -2147483648]],
// VALUES-NEXT: {{\[\[}}864026624,
