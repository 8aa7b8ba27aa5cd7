// TOSA data-movement ops with tosa.cast hoisted above them (f32 -> f16,
// f32 -> bf16, i32 -> i8, saturating f32 -> i8) or sunk below them
// (f16 -> f32, bf16 -> f32) compute bit-identical results before and after
// --hoist-casts=policy=always, on inputs with NaN (with payload), +-Inf, -0,
// f32 and f16 subnormals, values that overflow f16, rounding ties and large
// integers. Results are printed as bit patterns (integers).
// The kernels are separate functions (not inlined by the lowering), so their
// inputs stay opaque; @main holds no cast/data-movement pair and the pass
// leaves it unchanged (checked by the MAIN diff).
// RUN: cast-hoist-opt %s %lower-to-llvm | %run-cpu | grep -v base@ > %t.before
// RUN: cast-hoist-opt %s --hoist-casts=policy=always > %t.hoisted.mlir
// RUN: FileCheck %s --check-prefix=REWRITE < %t.hoisted.mlir
// RUN: cast-hoist-opt %s | sed -n '/func.func @main/,$p' > %t.main.before
// RUN: sed -n '/func.func @main/,$p' %t.hoisted.mlir > %t.main.after
// RUN: diff %t.main.before %t.main.after
// RUN: cast-hoist-opt %t.hoisted.mlir %lower-to-llvm | %run-cpu | grep -v base@ > %t.after
// RUN: diff %t.before %t.after
// RUN: FileCheck %s --check-prefix=VALUES < %t.after

func.func private @printMemrefI16(tensor<*xi16>) attributes { llvm.emit_c_interface }
func.func private @printMemrefI32(tensor<*xi32>) attributes { llvm.emit_c_interface }

// REWRITE-LABEL: func.func @transpose_f16(
// REWRITE:       tosa.cast %arg0 : (tensor<4x4xf32>) -> tensor<4x4xf16>
// REWRITE-NEXT:  tosa.transpose {{.*}} : (tensor<4x4xf16>) -> tensor<4x4xf16>
func.func @transpose_f16(%a: tensor<4x4xf32>) -> tensor<4x4xf16> {
  %0 = tosa.transpose %a {perms = array<i32: 1, 0>} : (tensor<4x4xf32>) -> tensor<4x4xf32>
  %1 = tosa.cast %0 : (tensor<4x4xf32>) -> tensor<4x4xf16>
  return %1 : tensor<4x4xf16>
}

// REWRITE-LABEL: func.func @reshape_bf16(
// REWRITE:       tosa.cast %arg0 : (tensor<4x4xf32>) -> tensor<4x4xbf16>
// REWRITE:       tosa.reshape {{.*}} : (tensor<4x4xbf16>, !tosa.shape<2>) -> tensor<2x8xbf16>
func.func @reshape_bf16(%a: tensor<4x4xf32>) -> tensor<2x8xbf16> {
  %s = tosa.const_shape {values = dense<[2, 8]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %0 = tosa.reshape %a, %s : (tensor<4x4xf32>, !tosa.shape<2>) -> tensor<2x8xf32>
  %1 = tosa.cast %0 : (tensor<2x8xf32>) -> tensor<2x8xbf16>
  return %1 : tensor<2x8xbf16>
}

// REWRITE-LABEL: func.func @slice_f16(
// REWRITE:       tosa.cast %arg0 : (tensor<4x4xf32>) -> tensor<4x4xf16>
// REWRITE:       tosa.slice {{.*}} : (tensor<4x4xf16>, !tosa.shape<2>, !tosa.shape<2>) -> tensor<2x3xf16>
func.func @slice_f16(%a: tensor<4x4xf32>) -> tensor<2x3xf16> {
  %start = tosa.const_shape {values = dense<[1, 1]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %size = tosa.const_shape {values = dense<[2, 3]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %0 = tosa.slice %a, %start, %size : (tensor<4x4xf32>, !tosa.shape<2>, !tosa.shape<2>) -> tensor<2x3xf32>
  %1 = tosa.cast %0 : (tensor<2x3xf32>) -> tensor<2x3xf16>
  return %1 : tensor<2x3xf16>
}

// REWRITE-LABEL: func.func @concat_f16(
// REWRITE-DAG:   tosa.cast %arg0 : (tensor<4x4xf32>) -> tensor<4x4xf16>
// REWRITE-DAG:   tosa.cast %arg1 : (tensor<4x4xf32>) -> tensor<4x4xf16>
// REWRITE:       tosa.concat {{.*}} : (tensor<4x4xf16>, tensor<4x4xf16>) -> tensor<8x4xf16>
func.func @concat_f16(%a: tensor<4x4xf32>, %b: tensor<4x4xf32>) -> tensor<8x4xf16> {
  %0 = tosa.concat %a, %b {axis = 0 : i32} : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<8x4xf32>
  %1 = tosa.cast %0 : (tensor<8x4xf32>) -> tensor<8x4xf16>
  return %1 : tensor<8x4xf16>
}

// The pad constant 70000.0 overflows f16: the hoisted pad pads with +Inf.
// REWRITE-LABEL: func.func @pad_overflow_f16(
// REWRITE-DAG:   "tosa.const"() <{values = dense<0x7C00> : tensor<1xf16>}>
// REWRITE-DAG:   tosa.cast %arg0 : (tensor<4x4xf32>) -> tensor<4x4xf16>
// REWRITE:       tosa.pad {{.*}} : (tensor<4x4xf16>, !tosa.shape<4>, tensor<1xf16>) -> tensor<5x6xf16>
func.func @pad_overflow_f16(%a: tensor<4x4xf32>) -> tensor<5x6xf16> {
  %p = tosa.const_shape {values = dense<[1, 0, 1, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %k = "tosa.const"() {values = dense<70000.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %0 = tosa.pad %a, %p, %k : (tensor<4x4xf32>, !tosa.shape<4>, tensor<1xf32>) -> tensor<5x6xf32>
  %1 = tosa.cast %0 : (tensor<5x6xf32>) -> tensor<5x6xf16>
  return %1 : tensor<5x6xf16>
}

// The pad constant 1 + 2^-8 + 2^-9 rounds (tie broken up to even) to
// 1 + 2^-7 in bf16.
// REWRITE-LABEL: func.func @pad_tie_bf16(
// REWRITE-DAG:   "tosa.const"() <{values = dense<{{.*}}> : tensor<1xbf16>}>
// REWRITE-DAG:   tosa.cast %arg0 : (tensor<4x4xf32>) -> tensor<4x4xbf16>
// REWRITE:       tosa.pad {{.*}} : (tensor<4x4xbf16>, !tosa.shape<4>, tensor<1xbf16>) -> tensor<6x4xbf16>
func.func @pad_tie_bf16(%a: tensor<4x4xf32>) -> tensor<6x4xbf16> {
  %p = tosa.const_shape {values = dense<[1, 1, 0, 0]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %k = "tosa.const"() {values = dense<0x3F818000> : tensor<1xf32>} : () -> tensor<1xf32>
  %0 = tosa.pad %a, %p, %k : (tensor<4x4xf32>, !tosa.shape<4>, tensor<1xf32>) -> tensor<6x4xf32>
  %1 = tosa.cast %0 : (tensor<6x4xf32>) -> tensor<6x4xbf16>
  return %1 : tensor<6x4xbf16>
}

// REWRITE-LABEL: func.func @tile_f16(
// REWRITE:       tosa.cast %arg0 : (tensor<4x4xf32>) -> tensor<4x4xf16>
// REWRITE:       tosa.tile {{.*}} : (tensor<4x4xf16>, !tosa.shape<2>) -> tensor<4x8xf16>
func.func @tile_f16(%a: tensor<4x4xf32>) -> tensor<4x8xf16> {
  %m = tosa.const_shape {values = dense<[1, 2]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %0 = tosa.tile %a, %m : (tensor<4x4xf32>, !tosa.shape<2>) -> tensor<4x8xf32>
  %1 = tosa.cast %0 : (tensor<4x8xf32>) -> tensor<4x8xf16>
  return %1 : tensor<4x8xf16>
}

// REWRITE-LABEL: func.func @reverse_identity_bf16(
// REWRITE:       tosa.cast %arg0 : (tensor<4x4xf32>) -> tensor<4x4xbf16>
// REWRITE-NEXT:  tosa.reverse {{.*}} : (tensor<4x4xbf16>) -> tensor<4x4xbf16>
// REWRITE-NEXT:  tosa.identity {{.*}} : (tensor<4x4xbf16>) -> tensor<4x4xbf16>
func.func @reverse_identity_bf16(%a: tensor<4x4xf32>) -> tensor<4x4xbf16> {
  %0 = tosa.reverse %a {axis = 1 : i32} : (tensor<4x4xf32>) -> tensor<4x4xf32>
  %1 = tosa.identity %0 : (tensor<4x4xf32>) -> tensor<4x4xf32>
  %2 = tosa.cast %1 : (tensor<4x4xf32>) -> tensor<4x4xbf16>
  return %2 : tensor<4x4xbf16>
}

// REWRITE-LABEL: func.func @gather_f16(
// REWRITE:       tosa.cast %arg0 : (tensor<1x4x4xf32>) -> tensor<1x4x4xf16>
// REWRITE-NEXT:  tosa.gather {{.*}} : (tensor<1x4x4xf16>, tensor<1x5xi32>) -> tensor<1x5x4xf16>
func.func @gather_f16(%v: tensor<1x4x4xf32>, %i: tensor<1x5xi32>) -> tensor<1x5x4xf16> {
  %0 = tosa.gather %v, %i : (tensor<1x4x4xf32>, tensor<1x5xi32>) -> tensor<1x5x4xf32>
  %1 = tosa.cast %0 : (tensor<1x5x4xf32>) -> tensor<1x5x4xf16>
  return %1 : tensor<1x5x4xf16>
}

// REWRITE-LABEL: func.func @scatter_f16(
// REWRITE-DAG:   tosa.cast %arg0 : (tensor<1x4x4xf32>) -> tensor<1x4x4xf16>
// REWRITE-DAG:   tosa.cast %arg2 : (tensor<1x2x4xf32>) -> tensor<1x2x4xf16>
// REWRITE:       tosa.scatter {{.*}} : (tensor<1x4x4xf16>, tensor<1x2xi32>, tensor<1x2x4xf16>) -> tensor<1x4x4xf16>
func.func @scatter_f16(%v: tensor<1x4x4xf32>, %i: tensor<1x2xi32>, %u: tensor<1x2x4xf32>) -> tensor<1x4x4xf16> {
  %0 = tosa.scatter %v, %i, %u : (tensor<1x4x4xf32>, tensor<1x2xi32>, tensor<1x2x4xf32>) -> tensor<1x4x4xf32>
  %1 = tosa.cast %0 : (tensor<1x4x4xf32>) -> tensor<1x4x4xf16>
  return %1 : tensor<1x4x4xf16>
}

// REWRITE-LABEL: func.func @transpose_i32_to_i8(
// REWRITE:       tosa.cast %arg0 : (tensor<2x4xi32>) -> tensor<2x4xi8>
// REWRITE-NEXT:  tosa.transpose {{.*}} : (tensor<2x4xi8>) -> tensor<4x2xi8>
func.func @transpose_i32_to_i8(%n: tensor<2x4xi32>) -> tensor<4x2xi8> {
  %0 = tosa.transpose %n {perms = array<i32: 1, 0>} : (tensor<2x4xi32>) -> tensor<4x2xi32>
  %1 = tosa.cast %0 : (tensor<4x2xi32>) -> tensor<4x2xi8>
  return %1 : tensor<4x2xi8>
}

// tosa.cast f32 -> i8 rounds to nearest even and saturates; the pad constant
// 100.5 becomes 100.
// REWRITE-LABEL: func.func @pad_f32_to_i8_saturating(
// REWRITE:       tosa.cast %arg0 : (tensor<2x4xf32>) -> tensor<2x4xi8>
// REWRITE-NEXT:  tosa.reverse {{.*}} : (tensor<2x4xi8>) -> tensor<2x4xi8>
// REWRITE:       "tosa.const"() <{values = dense<100> : tensor<1xi8>}>
// REWRITE-NEXT:  tosa.pad {{.*}} : (tensor<2x4xi8>, !tosa.shape<4>, tensor<1xi8>) -> tensor<2x6xi8>
func.func @pad_f32_to_i8_saturating(%s: tensor<2x4xf32>) -> tensor<2x6xi8> {
  %0 = tosa.reverse %s {axis = 1 : i32} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  %p = tosa.const_shape {values = dense<[0, 0, 1, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %k = "tosa.const"() {values = dense<100.5> : tensor<1xf32>} : () -> tensor<1xf32>
  %1 = tosa.pad %0, %p, %k : (tensor<2x4xf32>, !tosa.shape<4>, tensor<1xf32>) -> tensor<2x6xf32>
  %2 = tosa.cast %1 : (tensor<2x6xf32>) -> tensor<2x6xi8>
  return %2 : tensor<2x6xi8>
}

// A tosa.const operand of the concat is cast by the pass (folded to a bf16
// tosa.const).
// REWRITE-LABEL: func.func @concat_constant_bf16(
// REWRITE-DAG:   "tosa.const"() <{values = dense<{{.*}}> : tensor<8xbf16>}>
// REWRITE-DAG:   tosa.cast %arg0 : (tensor<2xf32>) -> tensor<2xbf16>
// REWRITE:       tosa.concat {{.*}} : (tensor<2xbf16>, tensor<8xbf16>) -> tensor<10xbf16>
func.func @concat_constant_bf16(%s: tensor<2xf32>) -> tensor<10xbf16> {
  %d = "tosa.const"() {values = dense<[0x33000001, 0xB3000000, 3.0, -4.0, 5.0, 0x3F808000, 0x477FF000, 1.0e30]> : tensor<8xf32>} : () -> tensor<8xf32>
  %0 = tosa.concat %s, %d {axis = 0 : i32} : (tensor<2xf32>, tensor<8xf32>) -> tensor<10xf32>
  %1 = tosa.cast %0 : (tensor<10xf32>) -> tensor<10xbf16>
  return %1 : tensor<10xbf16>
}

// i32 data with i32 indices: only the data operands are cast (i32 -> i8
// keeps the low bits), never the indices.
// REWRITE-LABEL: func.func @gather_i32_to_i8(
// REWRITE:       tosa.cast %arg0 : (tensor<1x4x2xi32>) -> tensor<1x4x2xi8>
// REWRITE-NEXT:  tosa.gather {{.*}}, %arg1 : (tensor<1x4x2xi8>, tensor<1x3xi32>) -> tensor<1x3x2xi8>
func.func @gather_i32_to_i8(%v: tensor<1x4x2xi32>, %i: tensor<1x3xi32>) -> tensor<1x3x2xi8> {
  %0 = tosa.gather %v, %i : (tensor<1x4x2xi32>, tensor<1x3xi32>) -> tensor<1x3x2xi32>
  %1 = tosa.cast %0 : (tensor<1x3x2xi32>) -> tensor<1x3x2xi8>
  return %1 : tensor<1x3x2xi8>
}

// REWRITE-LABEL: func.func @scatter_i32_to_i8(
// REWRITE-DAG:   tosa.cast %arg0 : (tensor<1x4x2xi32>) -> tensor<1x4x2xi8>
// REWRITE-DAG:   tosa.cast %arg2 : (tensor<1x2x2xi32>) -> tensor<1x2x2xi8>
// REWRITE:       tosa.scatter {{.*}}, %arg1, {{.*}} : (tensor<1x4x2xi8>, tensor<1x2xi32>, tensor<1x2x2xi8>) -> tensor<1x4x2xi8>
func.func @scatter_i32_to_i8(%v: tensor<1x4x2xi32>, %i: tensor<1x2xi32>, %u: tensor<1x2x2xi32>) -> tensor<1x4x2xi8> {
  %0 = tosa.scatter %v, %i, %u : (tensor<1x4x2xi32>, tensor<1x2xi32>, tensor<1x2x2xi32>) -> tensor<1x4x2xi32>
  %1 = tosa.cast %0 : (tensor<1x4x2xi32>) -> tensor<1x4x2xi8>
  return %1 : tensor<1x4x2xi8>
}

// Widening: f16 -> f32 sinks below the transpose.
// REWRITE-LABEL: func.func @sink_transpose_f16(
// REWRITE:       tosa.transpose %arg0 {{.*}} : (tensor<4x4xf16>) -> tensor<4x4xf16>
// REWRITE-NEXT:  tosa.cast {{.*}} : (tensor<4x4xf16>) -> tensor<4x4xf32>
func.func @sink_transpose_f16(%h: tensor<4x4xf16>) -> tensor<4x4xf32> {
  %0 = tosa.cast %h : (tensor<4x4xf16>) -> tensor<4x4xf32>
  %1 = tosa.transpose %0 {perms = array<i32: 1, 0>} : (tensor<4x4xf32>) -> tensor<4x4xf32>
  return %1 : tensor<4x4xf32>
}

// Widening: both concat operands are f16 -> f32 casts; one cast remains,
// below the concat.
// REWRITE-LABEL: func.func @sink_concat_f16(
// REWRITE:       tosa.concat %arg0, %arg1 {{.*}} : (tensor<4x4xf16>, tensor<4x4xf16>) -> tensor<4x8xf16>
// REWRITE-NEXT:  tosa.cast {{.*}} : (tensor<4x8xf16>) -> tensor<4x8xf32>
func.func @sink_concat_f16(%h: tensor<4x4xf16>, %k: tensor<4x4xf16>) -> tensor<4x8xf32> {
  %0 = tosa.cast %h : (tensor<4x4xf16>) -> tensor<4x4xf32>
  %1 = tosa.cast %k : (tensor<4x4xf16>) -> tensor<4x4xf32>
  %2 = tosa.concat %0, %1 {axis = 1 : i32} : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x8xf32>
  return %2 : tensor<4x8xf32>
}

// Widening bf16 -> f32 sinks below a pad with a representable constant (-0).
// REWRITE-LABEL: func.func @sink_pad_bf16(
// REWRITE:       tosa.pad %arg0, {{.*}} : (tensor<4x4xbf16>, !tosa.shape<4>, tensor<1xbf16>) -> tensor<4x6xbf16>
// REWRITE-NEXT:  tosa.cast {{.*}} : (tensor<4x6xbf16>) -> tensor<4x6xf32>
func.func @sink_pad_bf16(%g: tensor<4x4xbf16>) -> tensor<4x6xf32> {
  %0 = tosa.cast %g : (tensor<4x4xbf16>) -> tensor<4x4xf32>
  %p = tosa.const_shape {values = dense<[0, 0, 2, 0]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %k = "tosa.const"() {values = dense<-0.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %1 = tosa.pad %0, %p, %k : (tensor<4x4xf32>, !tosa.shape<4>, tensor<1xf32>) -> tensor<4x6xf32>
  return %1 : tensor<4x6xf32>
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
  %a3 = arith.constant dense<[[[0x7FC00001, 0x7F800000, 0xFF800000, 0x80000000],
                               [0x00000001, 0x33800000, 0x477FF000, 0x477FE000],
                               [0x3F801000, 0x3F803000, 0x45001000, 0x4B7FFFFF],
                               [0xC61C4000, 0x3EAAAAAB, 0x00800000, 0x7F7FFFFF]]]> : tensor<1x4x4xf32>
  %u3 = arith.constant dense<[[[0xFFC12345, 0x38000000, 0xB3000000, 70000.0],
                               [1.0e30, 0x3F808000, 0x3F818000, 0x7F800001]]]> : tensor<1x2x4xf32>
  %gi = arith.constant dense<[[3, 0, 2, 0, 1]]> : tensor<1x5xi32>
  %si = arith.constant dense<[[2, 0]]> : tensor<1x2xi32>
  %n = arith.constant dense<[[2147483647, -2147483648, 255, 256],
                             [-1, -129, 128, 127]]> : tensor<2x4xi32>
  // Saturation and ties for f32 -> i8: +-Inf, 1e10, 127.5, -128.5, 2.5,
  // -2.5, -0.
  %s = arith.constant dense<[[0x7F800000, 0xFF800000, 1.0e10, 127.5],
                             [-128.5, 2.5, -2.5, -0.0]]> : tensor<2x4xf32>
  // f16: NaN with payload, +-Inf, -0, subnormals, smallest normal, max,
  // 1 + 2^-10, -1, -subnormal, 100, qNaN payload, negative qNaN, 1/3.
  %h = arith.constant dense<[[0x7E01, 0x7C00, 0xFC00, 0x8000],
                             [0x0001, 0x03FF, 0x0400, 0x7BFF],
                             [0x3C01, 0xBC00, 0x8001, 0x5640],
                             [0x7D55, 0xFE00, 0x0200, 0x3555]]> : tensor<4x4xf16>
  %g = arith.constant dense<[[0x7FC1, 0x7F80, 0xFF80, 0x8000],
                             [0x0001, 0x007F, 0x0080, 0x7F7F],
                             [0x3F81, 0xBF80, 0x8001, 0x4049],
                             [0x7FA0, 0xFFC0, 0x0040, 0x3EAB]]> : tensor<4x4xbf16>

  %r0 = call @transpose_f16(%a) : (tensor<4x4xf32>) -> tensor<4x4xf16>
  %p0 = arith.bitcast %r0 : tensor<4x4xf16> to tensor<4x4xi16>
  %x0 = tensor.cast %p0 : tensor<4x4xi16> to tensor<*xi16>
  call @printMemrefI16(%x0) : (tensor<*xi16>) -> ()
  %r1 = call @reshape_bf16(%b) : (tensor<4x4xf32>) -> tensor<2x8xbf16>
  %p1 = arith.bitcast %r1 : tensor<2x8xbf16> to tensor<2x8xi16>
  %x1 = tensor.cast %p1 : tensor<2x8xi16> to tensor<*xi16>
  call @printMemrefI16(%x1) : (tensor<*xi16>) -> ()
  %r2 = call @slice_f16(%b) : (tensor<4x4xf32>) -> tensor<2x3xf16>
  %p2 = arith.bitcast %r2 : tensor<2x3xf16> to tensor<2x3xi16>
  %x2 = tensor.cast %p2 : tensor<2x3xi16> to tensor<*xi16>
  call @printMemrefI16(%x2) : (tensor<*xi16>) -> ()
  %r3 = call @concat_f16(%a, %b) : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<8x4xf16>
  %p3 = arith.bitcast %r3 : tensor<8x4xf16> to tensor<8x4xi16>
  %x3 = tensor.cast %p3 : tensor<8x4xi16> to tensor<*xi16>
  call @printMemrefI16(%x3) : (tensor<*xi16>) -> ()
  %r4 = call @pad_overflow_f16(%a) : (tensor<4x4xf32>) -> tensor<5x6xf16>
  %p4 = arith.bitcast %r4 : tensor<5x6xf16> to tensor<5x6xi16>
  %x4 = tensor.cast %p4 : tensor<5x6xi16> to tensor<*xi16>
  call @printMemrefI16(%x4) : (tensor<*xi16>) -> ()
  %r5 = call @pad_tie_bf16(%b) : (tensor<4x4xf32>) -> tensor<6x4xbf16>
  %p5 = arith.bitcast %r5 : tensor<6x4xbf16> to tensor<6x4xi16>
  %x5 = tensor.cast %p5 : tensor<6x4xi16> to tensor<*xi16>
  call @printMemrefI16(%x5) : (tensor<*xi16>) -> ()
  %r6 = call @tile_f16(%b) : (tensor<4x4xf32>) -> tensor<4x8xf16>
  %p6 = arith.bitcast %r6 : tensor<4x8xf16> to tensor<4x8xi16>
  %x6 = tensor.cast %p6 : tensor<4x8xi16> to tensor<*xi16>
  call @printMemrefI16(%x6) : (tensor<*xi16>) -> ()
  %r7 = call @reverse_identity_bf16(%a) : (tensor<4x4xf32>) -> tensor<4x4xbf16>
  %p7 = arith.bitcast %r7 : tensor<4x4xbf16> to tensor<4x4xi16>
  %x7 = tensor.cast %p7 : tensor<4x4xi16> to tensor<*xi16>
  call @printMemrefI16(%x7) : (tensor<*xi16>) -> ()
  %r8 = call @gather_f16(%a3, %gi) : (tensor<1x4x4xf32>, tensor<1x5xi32>) -> tensor<1x5x4xf16>
  %p8 = arith.bitcast %r8 : tensor<1x5x4xf16> to tensor<1x5x4xi16>
  %x8 = tensor.cast %p8 : tensor<1x5x4xi16> to tensor<*xi16>
  call @printMemrefI16(%x8) : (tensor<*xi16>) -> ()
  %r9 = call @scatter_f16(%a3, %si, %u3) : (tensor<1x4x4xf32>, tensor<1x2xi32>, tensor<1x2x4xf32>) -> tensor<1x4x4xf16>
  %p9 = arith.bitcast %r9 : tensor<1x4x4xf16> to tensor<1x4x4xi16>
  %x9 = tensor.cast %p9 : tensor<1x4x4xi16> to tensor<*xi16>
  call @printMemrefI16(%x9) : (tensor<*xi16>) -> ()
  %r10 = call @transpose_i32_to_i8(%n) : (tensor<2x4xi32>) -> tensor<4x2xi8>
  %p10 = arith.extsi %r10 : tensor<4x2xi8> to tensor<4x2xi16>
  %x10 = tensor.cast %p10 : tensor<4x2xi16> to tensor<*xi16>
  call @printMemrefI16(%x10) : (tensor<*xi16>) -> ()
  %r11 = call @pad_f32_to_i8_saturating(%s) : (tensor<2x4xf32>) -> tensor<2x6xi8>
  %p11 = arith.extsi %r11 : tensor<2x6xi8> to tensor<2x6xi16>
  %x11 = tensor.cast %p11 : tensor<2x6xi16> to tensor<*xi16>
  call @printMemrefI16(%x11) : (tensor<*xi16>) -> ()
  %r12 = call @sink_transpose_f16(%h) : (tensor<4x4xf16>) -> tensor<4x4xf32>
  %p12 = arith.bitcast %r12 : tensor<4x4xf32> to tensor<4x4xi32>
  %x12 = tensor.cast %p12 : tensor<4x4xi32> to tensor<*xi32>
  call @printMemrefI32(%x12) : (tensor<*xi32>) -> ()
  %r13 = call @sink_concat_f16(%h, %h) : (tensor<4x4xf16>, tensor<4x4xf16>) -> tensor<4x8xf32>
  %p13 = arith.bitcast %r13 : tensor<4x8xf32> to tensor<4x8xi32>
  %x13 = tensor.cast %p13 : tensor<4x8xi32> to tensor<*xi32>
  call @printMemrefI32(%x13) : (tensor<*xi32>) -> ()
  %r14 = call @sink_pad_bf16(%g) : (tensor<4x4xbf16>) -> tensor<4x6xf32>
  %p14 = arith.bitcast %r14 : tensor<4x6xf32> to tensor<4x6xi32>
  %x14 = tensor.cast %p14 : tensor<4x6xi32> to tensor<*xi32>
  call @printMemrefI32(%x14) : (tensor<*xi32>) -> ()
  %sv = arith.constant dense<[0x7FC00001, 0x3F818000]> : tensor<2xf32>
  %r15 = call @concat_constant_bf16(%sv) : (tensor<2xf32>) -> tensor<10xbf16>
  %p15 = arith.bitcast %r15 : tensor<10xbf16> to tensor<10xi16>
  %x15 = tensor.cast %p15 : tensor<10xi16> to tensor<*xi16>
  call @printMemrefI16(%x15) : (tensor<*xi16>) -> ()
  %vi = arith.constant dense<[[[256, 257], [-1, 128], [511, -129], [65536, 70000]]]> : tensor<1x4x2xi32>
  %gi3 = arith.constant dense<[[2, 0, 3]]> : tensor<1x3xi32>
  %si2 = arith.constant dense<[[3, 1]]> : tensor<1x2xi32>
  %ui = arith.constant dense<[[[1000, -1000], [300, 44]]]> : tensor<1x2x2xi32>
  %r16 = call @gather_i32_to_i8(%vi, %gi3) : (tensor<1x4x2xi32>, tensor<1x3xi32>) -> tensor<1x3x2xi8>
  %p16 = arith.extsi %r16 : tensor<1x3x2xi8> to tensor<1x3x2xi16>
  %x16 = tensor.cast %p16 : tensor<1x3x2xi16> to tensor<*xi16>
  call @printMemrefI16(%x16) : (tensor<*xi16>) -> ()
  %r17 = call @scatter_i32_to_i8(%vi, %si2, %ui) : (tensor<1x4x2xi32>, tensor<1x2xi32>, tensor<1x2x2xi32>) -> tensor<1x4x2xi8>
  %p17 = arith.extsi %r17 : tensor<1x4x2xi8> to tensor<1x4x2xi16>
  %x17 = tensor.cast %p17 : tensor<1x4x2xi16> to tensor<*xi16>
  call @printMemrefI16(%x17) : (tensor<*xi16>) -> ()
  return
}

// Spot checks of the semantics (the diff above proves before == after).
// f32 -> f16 (transposed): NaN -> 0x7E00, smallest f32 subnormal -> 0,
// 1 + 2^-11 -> 1.0 (tie to even), -10000; +Inf, 2^-24 -> 0x0001,
// 1 + 3 * 2^-11 -> 0x3C02 (tie to even), 1/3; -Inf, 65520 -> +Inf (tie),
// 2049 -> 2048 (tie), smallest f32 normal -> 0; -0 -> 0x8000, 65504,
// 2^24 - 1 -> +Inf, largest f32 -> +Inf.
// VALUES:      {{\[\[}}32256,   0,   15360,   -3870],
// VALUES-NEXT: [31744,   1,   15362,   13653],
// VALUES-NEXT: [-1024,   31744,   26624,   0],
// VALUES-NEXT: [-32768,   31743,   31744,   31744]]
// f32 -> bf16 (reshaped): negative NaN keeps its top payload bits (0xFFC1),
// 70000 -> 0x4789, 1 + 2^-8 -> 1.0 and 1 + 3 * 2^-8 -> 0x3F82 (ties to
// even), a signalling NaN is quieted (0x7FC0), 257 -> 256 (tie).
// VALUES-NEXT: {{\[\[}}-63,   14336,   -19712,   18313,   29002,   16256,   16258,   32704],
// VALUES-NEXT: [17280,
// Concat of both inputs in f16: -NaN with payload -> 0xFE09, 2^-15 -> 0x0200,
// -2^-25 -> -0 (tie to even), 70000 -> +Inf, 1e30 -> +Inf.
// VALUES:      [-503,   512,   -32768,   31744],
// VALUES-NEXT: [31744,   15364,   15372,   32256],
// The pad constant 70000.0 becomes +Inf (0x7C00) in f16, hoisted or not.
// VALUES:      {{\[\[}}31744,   31744,   31744,   31744,   31744,   31744],
// VALUES-NEXT: [31744,   32256,   31744,   -1024,   -32768,   31744],
// The bf16 pad constant 1 + 2^-8 + 2^-9 rounds to 0x3F82.
// VALUES:      {{\[\[}}16258,   16258,   16258,   16258],
// i32 -> i8 keeps the low bits.
// VALUES:      {{\[\[}}-1,   -1],
// VALUES-NEXT: [0,   127],
// VALUES-NEXT: [-1,   -128],
// VALUES-NEXT: [0,   127]]
// f32 -> i8 rounds to nearest even and saturates (reversed rows), padded
// with 100 (100.5 rounds to even).
// VALUES-NEXT: {{\[\[}}100,   127,   127,   -128,   127,   100],
// VALUES-NEXT: [100,   0,   -2,   2,   -128,   100]]
// f16 -> f32 (transposed): the NaN payload 0x7E01 -> 0x7FC02000, the f16
// subnormal 0x0001 -> 2^-24 (0x33800000), -0 -> 0x80000000.
// VALUES-NEXT: {{\[\[}}2143297536,   864026624,   1065361408,   2146082816],
// VALUES-NEXT: [2139095040,   947896320,   -1082130432,   -4194304],
// VALUES-NEXT: [-8388608,   947912704,   -1283457024,   939524096],
// VALUES-NEXT: [-2147483648,   1199562752,   1120403456,   1051369472]]
// bf16 -> f32 padded with -0 (0x80000000).
// VALUES:      {{\[\[}}-2147483648,   -2147483648,   2143354880,   2139095040,   -8388608,   -2147483648],
// tosa.const operand folded by the pass: NaN -> 0x7FC0, 1 + 3 * 2^-8 ->
// 0x3F82, 2^-25 + 2^-48 -> 0x3300, -2^-25 -> 0xB300, 1 + 2^-8 -> 1.0 (tie),
// 65520 -> 65536 (0x4780), 1e30 -> 0x714A.
// VALUES:      [32704,  16258,  13056,  -19712,  16448,  -16256,  16544,  16256,  18304,  29002]
// i32 -> i8 gather of rows [2, 0, 3] and scatter of rows 3 and 1.
// VALUES-NEXT: {{\[\[\[}}-1,    127],
// VALUES-NEXT: [0,    1],
// VALUES-NEXT: [0,    112]]]
// VALUES-NEXT: {{\[\[\[}}0,    1],
// VALUES-NEXT: [44,    44],
// VALUES-NEXT: [-1,    127],
// VALUES-NEXT: [-24,    24]]]
