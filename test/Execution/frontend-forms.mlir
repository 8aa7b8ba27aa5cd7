// The data-movement forms frontends emit -- linalg.generic transposes,
// broadcasts (torch-mlir's size-1 `(0, d1)` form) and clones, linalg.fill,
// linalg.pack/unpack, arith.select and tosa.select, tensor.splat and
// tensor.insert -- with a narrowing cast hoisted above them or a widening
// cast sunk below them by
// --hoist-casts=policy=always (under both exactness contracts), compute
// bit-identical results before and after, on inputs with NaN (with
// payload), +-Inf, -0, f32 and f16 subnormals, values that overflow f16,
// rounding ties and large integers.
// Results are printed as bit patterns (integers). The kernels are separate
// functions, so their inputs stay opaque; @main is unchanged by the pass.
// linalg.pack/unpack do not bufferize: Debian's mlir-opt decomposes them
// (unit outer dims) before the lowering, in every run.
// DEFINE: %{decompose} = mlir-opt --test-linalg-transform-patterns=test-decompose-linalg-pack | mlir-opt --test-linalg-transform-patterns=test-decompose-tensor-unpack
// RUN: cast-hoist-opt %s | %{decompose} | cast-hoist-opt %lower-to-llvm | %run-cpu | grep -v base@ > %t.before
// RUN: cast-hoist-opt %s --hoist-casts=policy=always > %t.hoisted.mlir
// RUN: FileCheck %s --check-prefix=REWRITE < %t.hoisted.mlir
// RUN: cast-hoist-opt %s | sed -n '/func.func @main/,$p' > %t.main.before
// RUN: sed -n '/func.func @main/,$p' %t.hoisted.mlir > %t.main.after
// RUN: diff %t.main.before %t.main.after
// RUN: cat %t.hoisted.mlir | %{decompose} | cast-hoist-opt %lower-to-llvm | %run-cpu | grep -v base@ > %t.after
// RUN: diff %t.before %t.after
// RUN: FileCheck %s --check-prefix=VALUES < %t.after
// Copies commute with every cast bit for bit, so the same rewrites happen,
// with the same results, under the `bits` contract.
// RUN: cast-hoist-opt %s --hoist-casts='policy=always exactness=bits' > %t.bits.mlir
// RUN: FileCheck %s --check-prefix=REWRITE < %t.bits.mlir
// RUN: cat %t.bits.mlir | %{decompose} | cast-hoist-opt %lower-to-llvm | %run-cpu | grep -v base@ > %t.bits
// RUN: diff %t.before %t.bits

#id = affine_map<(d0, d1) -> (d0, d1)>
#t = affine_map<(d0, d1) -> (d1, d0)>
#row = affine_map<(d0, d1) -> (0, d1)>
#bc = affine_map<(d0, d1, d2) -> (d1, d2)>
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>

func.func private @printMemrefI16(tensor<*xi16>) attributes { llvm.emit_c_interface }
func.func private @printMemrefI32(tensor<*xi32>) attributes { llvm.emit_c_interface }

// REWRITE-LABEL: func.func @permute_generic_truncf_f16(
// REWRITE:       linalg.generic {{.*}} ins(%arg0 : tensor<4x4xf32>) outs(%{{.*}} : tensor<4x4xf16>)
// REWRITE:       linalg.generic {{.*}} ins(%{{.*}} : tensor<4x4xf16>) outs(%{{.*}} : tensor<4x4xf16>)
func.func @permute_generic_truncf_f16(%a: tensor<4x4xf32>) -> tensor<4x4xf16> {
  %e = tensor.empty() : tensor<4x4xf32>
  %0 = linalg.generic {indexing_maps = [#t, #id], iterator_types = ["parallel", "parallel"]}
      ins(%a : tensor<4x4xf32>) outs(%e : tensor<4x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<4x4xf32>
  %e2 = tensor.empty() : tensor<4x4xf16>
  %1 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%0 : tensor<4x4xf32>) outs(%e2 : tensor<4x4xf16>) {
  ^bb0(%in: f32, %out: f16):
    %y = arith.truncf %in : f32 to f16
    linalg.yield %y : f16
  } -> tensor<4x4xf16>
  return %1 : tensor<4x4xf16>
}

// REWRITE-LABEL: func.func @chain_transpose_broadcast_truncf_bf16(
// REWRITE:       arith.truncf %arg0 : tensor<4x4xf32> to tensor<4x4xbf16>
// REWRITE:       linalg.generic {{.*}} outs(%{{.*}} : tensor<4x4xbf16>)
// REWRITE:       linalg.generic {{.*}} outs(%{{.*}} : tensor<2x4x4xbf16>)
func.func @chain_transpose_broadcast_truncf_bf16(%b: tensor<4x4xf32>) -> tensor<2x4x4xbf16> {
  %e = tensor.empty() : tensor<4x4xf32>
  %0 = linalg.generic {indexing_maps = [#t, #id], iterator_types = ["parallel", "parallel"]}
      ins(%b : tensor<4x4xf32>) outs(%e : tensor<4x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<4x4xf32>
  %e2 = tensor.empty() : tensor<2x4x4xf32>
  %1 = linalg.generic {indexing_maps = [#bc, #id3], iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%0 : tensor<4x4xf32>) outs(%e2 : tensor<2x4x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<2x4x4xf32>
  %2 = arith.truncf %1 : tensor<2x4x4xf32> to tensor<2x4x4xbf16>
  return %2 : tensor<2x4x4xbf16>
}

// Row 2 of %a, broadcast torch-mlir style: the cast moves above the
// broadcast and the slice.
// REWRITE-LABEL: func.func @broadcast_size_one_truncf_f16(
// REWRITE:       arith.truncf %arg0 : tensor<4x4xf32> to tensor<4x4xf16>
// REWRITE:       tensor.extract_slice
// REWRITE:       linalg.generic {{.*}} outs(%{{.*}} : tensor<4x4xf16>)
func.func @broadcast_size_one_truncf_f16(%a: tensor<4x4xf32>) -> tensor<4x4xf16> {
  %r = tensor.extract_slice %a[2, 0] [1, 4] [1, 1] : tensor<4x4xf32> to tensor<1x4xf32>
  %e = tensor.empty() : tensor<4x4xf32>
  %0 = linalg.generic {indexing_maps = [#row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%r : tensor<1x4xf32>) outs(%e : tensor<4x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<4x4xf32>
  %1 = arith.truncf %0 : tensor<4x4xf32> to tensor<4x4xf16>
  return %1 : tensor<4x4xf16>
}

// REWRITE-LABEL: func.func @clone_trunci_i8(
// REWRITE:       arith.trunci %arg0 : tensor<2x4xi32> to tensor<2x4xi8>
// REWRITE:       linalg.generic {{.*}} outs(%{{.*}} : tensor<2x4xi8>)
func.func @clone_trunci_i8(%n: tensor<2x4xi32>) -> tensor<2x4xi8> {
  %e = tensor.empty() : tensor<2x4xi32>
  %0 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%n : tensor<2x4xi32>) outs(%e : tensor<2x4xi32>) {
  ^bb0(%in: i32, %out: i32):
    linalg.yield %in : i32
  } -> tensor<2x4xi32>
  %1 = arith.trunci %0 : tensor<2x4xi32> to tensor<2x4xi8>
  return %1 : tensor<2x4xi8>
}

// Widening: bf16 -> f32 sinks below a generic transpose.
// REWRITE-LABEL: func.func @sink_extf_generic_permute(
// REWRITE:       linalg.generic {{.*}} ins(%arg0 : tensor<4x4xbf16>) outs(%{{.*}} : tensor<4x4xbf16>)
// REWRITE:       arith.extf %{{.*}} : tensor<4x4xbf16> to tensor<4x4xf32>
func.func @sink_extf_generic_permute(%g: tensor<4x4xbf16>) -> tensor<4x4xf32> {
  %0 = arith.extf %g : tensor<4x4xbf16> to tensor<4x4xf32>
  %e = tensor.empty() : tensor<4x4xf32>
  %1 = linalg.generic {indexing_maps = [#t, #id], iterator_types = ["parallel", "parallel"]}
      ins(%0 : tensor<4x4xf32>) outs(%e : tensor<4x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<4x4xf32>
  return %1 : tensor<4x4xf32>
}

// A fill of 65520 (ties to +Inf in f16) into a live init.
// REWRITE-LABEL: func.func @fill_truncf_f16(
// REWRITE:       %[[V:.*]] = arith.constant 0x7C00 : f16
// REWRITE:       linalg.fill ins(%[[V]] : f16) outs(%{{.*}} : tensor<4x4xf16>)
func.func @fill_truncf_f16(%a: tensor<4x4xf32>) -> tensor<4x4xf16> {
  %v = arith.constant 65520.0 : f32
  %0 = linalg.fill ins(%v : f32) outs(%a : tensor<4x4xf32>) -> tensor<4x4xf32>
  %1 = arith.truncf %0 : tensor<4x4xf32> to tensor<4x4xf16>
  return %1 : tensor<4x4xf16>
}

// Rows 0-2 of %b packed into one 4x4 tile, padded with 1e10 (+Inf in f16).
// REWRITE-LABEL: func.func @pack_truncf_f16(
// REWRITE:       arith.truncf %arg0 : tensor<4x4xf32> to tensor<4x4xf16>
// REWRITE:       linalg.pack %{{.*}} padding_value(%{{.*}} : f16)
func.func @pack_truncf_f16(%b: tensor<4x4xf32>) -> tensor<1x1x4x4xf16> {
  %s = tensor.extract_slice %b[0, 0] [3, 4] [1, 1] : tensor<4x4xf32> to tensor<3x4xf32>
  %pad = arith.constant 1.0e10 : f32
  %e = tensor.empty() : tensor<1x1x4x4xf32>
  %0 = linalg.pack %s padding_value(%pad : f32) inner_dims_pos = [0, 1] inner_tiles = [4, 4] into %e : tensor<3x4xf32> -> tensor<1x1x4x4xf32>
  %1 = arith.truncf %0 : tensor<1x1x4x4xf32> to tensor<1x1x4x4xf16>
  return %1 : tensor<1x1x4x4xf16>
}

// REWRITE-LABEL: func.func @unpack_truncf_bf16(
// REWRITE:       arith.truncf %arg0 : tensor<4x4xf32> to tensor<4x4xbf16>
// REWRITE:       linalg.unpack %{{.*}} : tensor<1x1x4x4xbf16> -> tensor<3x4xbf16>
func.func @unpack_truncf_bf16(%a: tensor<4x4xf32>) -> tensor<3x4xbf16> {
  %x = tensor.expand_shape %a [[0, 1, 2], [3]] output_shape [1, 1, 4, 4] : tensor<4x4xf32> into tensor<1x1x4x4xf32>
  %e = tensor.empty() : tensor<3x4xf32>
  %0 = linalg.unpack %x inner_dims_pos = [0, 1] inner_tiles = [4, 4] into %e : tensor<1x1x4x4xf32> -> tensor<3x4xf32>
  %1 = arith.truncf %0 : tensor<3x4xf32> to tensor<3x4xbf16>
  return %1 : tensor<3x4xbf16>
}

// REWRITE-LABEL: func.func @select_truncf_f16(
// REWRITE:       arith.select %arg0, %{{.*}}, %{{.*}} : tensor<4x4xi1>, tensor<4x4xf16>
func.func @select_truncf_f16(%m: tensor<4x4xi1>, %a: tensor<4x4xf32>, %b: tensor<4x4xf32>) -> tensor<4x4xf16> {
  %0 = arith.select %m, %a, %b : tensor<4x4xi1>, tensor<4x4xf32>
  %1 = arith.truncf %0 : tensor<4x4xf32> to tensor<4x4xf16>
  return %1 : tensor<4x4xf16>
}

// REWRITE-LABEL: func.func @tosa_select_cast_bf16(
// REWRITE:       tosa.select %arg0, %{{.*}}, %{{.*}} : (tensor<4x4xi1>, tensor<4x4xbf16>, tensor<4x4xbf16>) -> tensor<4x4xbf16>
func.func @tosa_select_cast_bf16(%m: tensor<4x4xi1>, %a: tensor<4x4xf32>, %b: tensor<4x4xf32>) -> tensor<4x4xbf16> {
  %0 = tosa.select %m, %a, %b : (tensor<4x4xi1>, tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
  %1 = tosa.cast %0 : (tensor<4x4xf32>) -> tensor<4x4xbf16>
  return %1 : tensor<4x4xbf16>
}

// Widening: both f16 -> f32 exts sink below the select.
// REWRITE-LABEL: func.func @sink_extf_select(
// REWRITE:       %[[S:.*]] = arith.select %arg0, %arg1, %arg2 : tensor<4x4xi1>, tensor<4x4xf16>
// REWRITE:       arith.extf %[[S]] : tensor<4x4xf16> to tensor<4x4xf32>
func.func @sink_extf_select(%m: tensor<4x4xi1>, %h: tensor<4x4xf16>, %k: tensor<4x4xf16>) -> tensor<4x4xf32> {
  %wh = arith.extf %h : tensor<4x4xf16> to tensor<4x4xf32>
  %wk = arith.extf %k : tensor<4x4xf16> to tensor<4x4xf32>
  %0 = arith.select %m, %wh, %wk : tensor<4x4xi1>, tensor<4x4xf32>
  return %0 : tensor<4x4xf32>
}

// A splat of 1 + 2^-8 (a bf16 tie: rounds to 1.0).
// REWRITE-LABEL: func.func @splat_truncf_bf16(
// REWRITE:       %[[V:.*]] = arith.constant 1.000000e+00 : bf16
// REWRITE:       tensor.splat %[[V]] : tensor<4x4xbf16>
func.func @splat_truncf_bf16() -> tensor<4x4xbf16> {
  %v = arith.constant 0x3F808000 : f32
  %0 = tensor.splat %v : tensor<4x4xf32>
  %1 = arith.truncf %0 : tensor<4x4xf32> to tensor<4x4xbf16>
  return %1 : tensor<4x4xbf16>
}

// tensor.insert of 65520 (+Inf in f16) over the NaN at [0, 0] of %a.
// REWRITE-LABEL: func.func @insert_truncf_f16(
// REWRITE:       arith.truncf %arg0 : tensor<4x4xf32> to tensor<4x4xf16>
// REWRITE:       tensor.insert %{{.*}} : tensor<4x4xf16>
func.func @insert_truncf_f16(%a: tensor<4x4xf32>) -> tensor<4x4xf16> {
  %v = arith.constant 65520.0 : f32
  %c0 = arith.constant 0 : index
  %0 = tensor.insert %v into %a[%c0, %c0] : tensor<4x4xf32>
  %1 = arith.truncf %0 : tensor<4x4xf32> to tensor<4x4xf16>
  return %1 : tensor<4x4xf16>
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
  // f16: NaN with payload, +-Inf, -0, subnormals, smallest normal, max, ...
  %h = arith.constant dense<[[0x7E01, 0x7C00, 0xFC00, 0x8000],
                             [0x0001, 0x03FF, 0x0400, 0x7BFF],
                             [0x3C01, 0xBC00, 0x8001, 0x5640],
                             [0x7D55, 0xFE00, 0x0200, 0x3555]]> : tensor<4x4xf16>
  %k = arith.constant dense<[[0x0000, 0xFD01, 0x7BFF, 0x0001],
                             [0x8000, 0x3C00, 0xFBFF, 0x7C00],
                             [0x8001, 0x0400, 0x7E00, 0xC000],
                             [0x3555, 0x03FF, 0xFC00, 0x7C01]]> : tensor<4x4xf16>
  // bf16: NaN with payload, +-Inf, -0, subnormals, ...
  %g = arith.constant dense<[[0x7FC1, 0x7F80, 0xFF80, 0x8000],
                             [0x0001, 0x007F, 0x0080, 0x7F7F],
                             [0x3F81, 0xBF80, 0x8001, 0x4049],
                             [0x7FA0, 0xFFC0, 0x0040, 0x3EAB]]> : tensor<4x4xbf16>
  %m = arith.constant dense<[[true, false, true, false],
                             [false, true, false, true],
                             [true, true, false, false],
                             [false, false, true, true]]> : tensor<4x4xi1>

  %r0 = call @permute_generic_truncf_f16(%a) : (tensor<4x4xf32>) -> tensor<4x4xf16>
  %p0 = arith.bitcast %r0 : tensor<4x4xf16> to tensor<4x4xi16>
  %x0 = tensor.cast %p0 : tensor<4x4xi16> to tensor<*xi16>
  call @printMemrefI16(%x0) : (tensor<*xi16>) -> ()
  %r1 = call @chain_transpose_broadcast_truncf_bf16(%b) : (tensor<4x4xf32>) -> tensor<2x4x4xbf16>
  %p1 = arith.bitcast %r1 : tensor<2x4x4xbf16> to tensor<2x4x4xi16>
  %x1 = tensor.cast %p1 : tensor<2x4x4xi16> to tensor<*xi16>
  call @printMemrefI16(%x1) : (tensor<*xi16>) -> ()
  %r2 = call @broadcast_size_one_truncf_f16(%a) : (tensor<4x4xf32>) -> tensor<4x4xf16>
  %p2 = arith.bitcast %r2 : tensor<4x4xf16> to tensor<4x4xi16>
  %x2 = tensor.cast %p2 : tensor<4x4xi16> to tensor<*xi16>
  call @printMemrefI16(%x2) : (tensor<*xi16>) -> ()
  %r3 = call @clone_trunci_i8(%n) : (tensor<2x4xi32>) -> tensor<2x4xi8>
  %p3 = arith.extsi %r3 : tensor<2x4xi8> to tensor<2x4xi16>
  %x3 = tensor.cast %p3 : tensor<2x4xi16> to tensor<*xi16>
  call @printMemrefI16(%x3) : (tensor<*xi16>) -> ()
  %r4 = call @sink_extf_generic_permute(%g) : (tensor<4x4xbf16>) -> tensor<4x4xf32>
  %p4 = arith.bitcast %r4 : tensor<4x4xf32> to tensor<4x4xi32>
  %x4 = tensor.cast %p4 : tensor<4x4xi32> to tensor<*xi32>
  call @printMemrefI32(%x4) : (tensor<*xi32>) -> ()
  %r5 = call @fill_truncf_f16(%a) : (tensor<4x4xf32>) -> tensor<4x4xf16>
  %p5 = arith.bitcast %r5 : tensor<4x4xf16> to tensor<4x4xi16>
  %x5 = tensor.cast %p5 : tensor<4x4xi16> to tensor<*xi16>
  call @printMemrefI16(%x5) : (tensor<*xi16>) -> ()
  %r6 = call @pack_truncf_f16(%b) : (tensor<4x4xf32>) -> tensor<1x1x4x4xf16>
  %p6 = arith.bitcast %r6 : tensor<1x1x4x4xf16> to tensor<1x1x4x4xi16>
  %x6 = tensor.cast %p6 : tensor<1x1x4x4xi16> to tensor<*xi16>
  call @printMemrefI16(%x6) : (tensor<*xi16>) -> ()
  %r7 = call @unpack_truncf_bf16(%a) : (tensor<4x4xf32>) -> tensor<3x4xbf16>
  %p7 = arith.bitcast %r7 : tensor<3x4xbf16> to tensor<3x4xi16>
  %x7 = tensor.cast %p7 : tensor<3x4xi16> to tensor<*xi16>
  call @printMemrefI16(%x7) : (tensor<*xi16>) -> ()
  %r8 = call @select_truncf_f16(%m, %a, %b) : (tensor<4x4xi1>, tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf16>
  %p8 = arith.bitcast %r8 : tensor<4x4xf16> to tensor<4x4xi16>
  %x8 = tensor.cast %p8 : tensor<4x4xi16> to tensor<*xi16>
  call @printMemrefI16(%x8) : (tensor<*xi16>) -> ()
  %r9 = call @tosa_select_cast_bf16(%m, %a, %b) : (tensor<4x4xi1>, tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xbf16>
  %p9 = arith.bitcast %r9 : tensor<4x4xbf16> to tensor<4x4xi16>
  %x9 = tensor.cast %p9 : tensor<4x4xi16> to tensor<*xi16>
  call @printMemrefI16(%x9) : (tensor<*xi16>) -> ()
  %r10 = call @sink_extf_select(%m, %h, %k) : (tensor<4x4xi1>, tensor<4x4xf16>, tensor<4x4xf16>) -> tensor<4x4xf32>
  %p10 = arith.bitcast %r10 : tensor<4x4xf32> to tensor<4x4xi32>
  %x10 = tensor.cast %p10 : tensor<4x4xi32> to tensor<*xi32>
  call @printMemrefI32(%x10) : (tensor<*xi32>) -> ()
  %r11 = call @splat_truncf_bf16() : () -> tensor<4x4xbf16>
  %p11 = arith.bitcast %r11 : tensor<4x4xbf16> to tensor<4x4xi16>
  %x11 = tensor.cast %p11 : tensor<4x4xi16> to tensor<*xi16>
  call @printMemrefI16(%x11) : (tensor<*xi16>) -> ()
  %r12 = call @insert_truncf_f16(%a) : (tensor<4x4xf32>) -> tensor<4x4xf16>
  %p12 = arith.bitcast %r12 : tensor<4x4xf16> to tensor<4x4xi16>
  %x12 = tensor.cast %p12 : tensor<4x4xi16> to tensor<*xi16>
  call @printMemrefI16(%x12) : (tensor<*xi16>) -> ()
  return
}

// Spot checks of the semantics (the diff above proves before == after).
// Generic transpose + generic truncf f32 -> f16: NaN -> 0x7E00, smallest
// f32 subnormal -> 0, 2^-24 -> 0x0001, 65520 -> +Inf (tie), -0 -> 0x8000.
// VALUES:      {{\[\[}}32256,   0,   15360,   -3870],
// VALUES-NEXT: [31744,   1,   15362,   13653],
// Transposed, broadcast, truncf f32 -> bf16: -NaN keeps its top payload
// bits (0xFFC1), 1e30 -> 0x714A, 257 -> 0x4380 (tie to even).
// VALUES:      {{\[\[\[}}-63,    29002,    17280,    0],
// Row 2 broadcast (0, d1): 1 + 2^-11 -> 1.0, 1 + 3 * 2^-11 -> 0x3C02,
// 2049 -> 2048, 2^24 - 1 -> +Inf, in every row.
// VALUES:      {{\[\[}}15360,   15362,   26624,   31744],
// VALUES-NEXT: [15360,   15362,   26624,   31744],
// VALUES-NEXT: [15360,   15362,   26624,   31744],
// VALUES-NEXT: [15360,   15362,   26624,   31744]]
// i32 -> i8 keeps the low bits.
// VALUES-NEXT: {{\[\[}}-1,   0,   -1,   0],
// VALUES-NEXT: [-1,   127,   -128,   127]]
// bf16 -> f32 (transposed) is exact: 0x7FC1 -> 0x7FC10000.
// VALUES-NEXT: {{\[\[}}2143354880,
// fill 65520 -> +Inf in f16.
// VALUES:      {{\[\[}}31744,   31744,   31744,   31744],
// pack: rows 0-2 of %b in f16, then a padding row of 1e10 -> +Inf.
// VALUES:      {{\[\[\[\[}}-503,     512,     -32768,     31744],
// VALUES-NEXT: [31744,     15364,     15372,     32256],
// VALUES-NEXT: [23556,     7172,     7168,     5120],
// VALUES-NEXT: [31744,     31744,     31744,     31744]]]]
// unpack: rows 0-2 of %a in bf16: NaN -> 0x7FC0, +-Inf, -0.
// VALUES-NEXT: {{\[\[}}32704,   32640,   -128,   -32768],
// arith.select then f16: %a where the mask is true, %b where false.
// VALUES:      {{\[\[}}32256,   512,   -1024,   31744],
// tosa.select then bf16.
// VALUES:      {{\[\[}}32704,   14336,   -128,   18313],
// f16 -> f32 below arith.select: 0x7E01 -> 0x7FC02000, the signalling
// 0xFD01 is quieted (0xFFE02000) on both sides.
// VALUES:      {{\[\[}}2143297536,   -2088960,   -8388608,   864026624],
// splat 1 + 2^-8 -> bf16 1.0 (tie to even).
// VALUES:      {{\[\[}}16256,   16256,   16256,   16256],
// insert: +Inf over the NaN, the rest of %a in f16.
// VALUES:      {{\[\[}}31744,   31744,   -1024,   -32768],
