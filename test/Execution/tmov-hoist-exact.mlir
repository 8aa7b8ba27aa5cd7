// Every tmov data-movement op, with casts hoisted (f32 -> f16, bf16,
// f8E4M3FN, i32 -> i8, saturating f32 -> i8) and sunk (f16, bf16 -> f32,
// i8 -> i32), computes bit-identical results before and after hoist-casts on
// inputs with NaN (with payload), +-Inf, -0, subnormals of f32 and f16,
// values that overflow the narrow type and rounding ties. Results are
// printed as integers (bit patterns) and compared exactly.
// RUN: cast-hoist-opt %s %lower-to-llvm | %run-cpu | grep -v base@ > %t.before
// RUN: cast-hoist-opt %s --hoist-casts=policy=always > %t.hoisted.mlir
// RUN: FileCheck %s --check-prefix=REWRITE < %t.hoisted.mlir
// RUN: cast-hoist-opt %t.hoisted.mlir %lower-to-llvm | %run-cpu | grep -v base@ > %t.after
// RUN: diff %t.before %t.after
// RUN: FileCheck %s --check-prefix=VALUES < %t.after

func.func private @printMemrefI16(tensor<*xi16>) attributes { llvm.emit_c_interface }
func.func private @printMemrefI32(tensor<*xi32>) attributes { llvm.emit_c_interface }

// REWRITE-LABEL: func.func @transpose_f16(
// REWRITE: tmov.cast %arg0 : tensor<4x4xf32> to tensor<4x4xf16>
// REWRITE-NEXT: tmov.transpose
func.func @transpose_f16(%a: tensor<4x4xf32>) -> tensor<4x4xf16> {
  %0 = tmov.transpose %a [1, 0] : tensor<4x4xf32> -> tensor<4x4xf32>
  %1 = tmov.cast %0 : tensor<4x4xf32> to tensor<4x4xf16>
  return %1 : tensor<4x4xf16>
}

// REWRITE-LABEL: func.func @reverse_bf16(
// REWRITE: tmov.cast %arg0 : tensor<4x4xf32> to tensor<4x4xbf16>
// REWRITE-NEXT: tmov.reverse
func.func @reverse_bf16(%a: tensor<4x4xf32>) -> tensor<4x4xbf16> {
  %0 = tmov.reverse %a [0, 1] : tensor<4x4xf32>
  %1 = tmov.cast %0 : tensor<4x4xf32> to tensor<4x4xbf16>
  return %1 : tensor<4x4xbf16>
}

// REWRITE-LABEL: func.func @slice_f16(
// REWRITE: tmov.cast %arg0 : tensor<4x4xf32> to tensor<4x4xf16>
// REWRITE-NEXT: tmov.slice
func.func @slice_f16(%a: tensor<4x4xf32>) -> tensor<2x2xf16> {
  %0 = tmov.slice %a offsets [1, 0] sizes [2, 2] strides [2, 3] : tensor<4x4xf32> -> tensor<2x2xf32>
  %1 = tmov.cast %0 : tensor<2x2xf32> to tensor<2x2xf16>
  return %1 : tensor<2x2xf16>
}

// REWRITE-LABEL: func.func @reshape_f16(
// REWRITE: tmov.cast %arg0 : tensor<4x4xf32> to tensor<4x4xf16>
// REWRITE-NEXT: tmov.reshape
func.func @reshape_f16(%a: tensor<4x4xf32>) -> tensor<2x8xf16> {
  %0 = tmov.reshape %a : tensor<4x4xf32> -> tensor<2x8xf32>
  %1 = tmov.cast %0 : tensor<2x8xf32> to tensor<2x8xf16>
  return %1 : tensor<2x8xf16>
}

// REWRITE-LABEL: func.func @broadcast_bf16(
// REWRITE: tmov.cast %arg0 : tensor<4x4xf32> to tensor<4x4xbf16>
// REWRITE-NEXT: tmov.broadcast
func.func @broadcast_bf16(%a: tensor<4x4xf32>) -> tensor<2x4x4xbf16> {
  %0 = tmov.broadcast %a [1, 2] : tensor<4x4xf32> -> tensor<2x4x4xf32>
  %1 = tmov.cast %0 : tensor<2x4x4xf32> to tensor<2x4x4xbf16>
  return %1 : tensor<2x4x4xbf16>
}

// REWRITE-LABEL: func.func @tile_f16(
// REWRITE: tmov.cast %arg0 : tensor<4x4xf32> to tensor<4x4xf16>
// REWRITE-NEXT: tmov.tile
func.func @tile_f16(%a: tensor<4x4xf32>) -> tensor<4x8xf16> {
  %0 = tmov.tile %a [1, 2] : tensor<4x4xf32> -> tensor<4x8xf32>
  %1 = tmov.cast %0 : tensor<4x8xf32> to tensor<4x8xf16>
  return %1 : tensor<4x8xf16>
}

// REWRITE-LABEL: func.func @concat_f16(
// REWRITE: tmov.cast
// REWRITE-NEXT: tmov.cast
// REWRITE-NEXT: tmov.concat
func.func @concat_f16(%a: tensor<4x4xf32>, %b: tensor<4x4xf32>) -> tensor<8x4xf16> {
  %0 = tmov.concat %a, %b axis 0 : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<8x4xf32>
  %1 = tmov.cast %0 : tensor<8x4xf32> to tensor<8x4xf16>
  return %1 : tensor<8x4xf16>
}

// REWRITE-LABEL: func.func @pad_overflowing_value_f16(
// REWRITE: tmov.cast %arg0 : tensor<4x4xf32> to tensor<4x4xf16>
// REWRITE-NEXT: tmov.pad {{.*}} value 0x7C00 : f16
func.func @pad_overflowing_value_f16(%a: tensor<4x4xf32>) -> tensor<5x6xf16> {
  // 65520.0 rounds to +inf in f16: the hoisted pad pads with +inf.
  %0 = tmov.pad %a low [1, 1] high [0, 1] value 65520.0 : f32 : tensor<4x4xf32> -> tensor<5x6xf32>
  %1 = tmov.cast %0 : tensor<5x6xf32> to tensor<5x6xf16>
  return %1 : tensor<5x6xf16>
}

// REWRITE-LABEL: func.func @gather_f16(
// REWRITE: tmov.cast %arg0 : tensor<4x4xf32> to tensor<4x4xf16>
// REWRITE-NEXT: tmov.gather
func.func @gather_f16(%a: tensor<4x4xf32>, %i: tensor<4xi32>) -> tensor<4x4xf16> {
  %0 = tmov.gather %a[%i] axis 1 : (tensor<4x4xf32>, tensor<4xi32>) -> tensor<4x4xf32>
  %1 = tmov.cast %0 : tensor<4x4xf32> to tensor<4x4xf16>
  return %1 : tensor<4x4xf16>
}

// REWRITE-LABEL: func.func @scatter_f16(
// REWRITE: tmov.cast
// REWRITE-NEXT: tmov.cast
// REWRITE-NEXT: tmov.scatter
func.func @scatter_f16(%a: tensor<4x4xf32>, %j: tensor<3xi32>, %u: tensor<3x4xf32>) -> tensor<4x4xf16> {
  %0 = tmov.scatter %a[%j], %u axis 0 : (tensor<4x4xf32>, tensor<3xi32>, tensor<3x4xf32>) -> tensor<4x4xf32>
  %1 = tmov.cast %0 : tensor<4x4xf32> to tensor<4x4xf16>
  return %1 : tensor<4x4xf16>
}

// REWRITE-LABEL: func.func @transpose_f8(
// REWRITE: tmov.cast %arg0 : tensor<4x4xf32> to tensor<4x4xf8E4M3FN>
// REWRITE-NEXT: tmov.transpose
func.func @transpose_f8(%a: tensor<4x4xf32>) -> tensor<4x4xf8E4M3FN> {
  %0 = tmov.transpose %a [1, 0] : tensor<4x4xf32> -> tensor<4x4xf32>
  %1 = tmov.cast %0 : tensor<4x4xf32> to tensor<4x4xf8E4M3FN>
  return %1 : tensor<4x4xf8E4M3FN>
}

// REWRITE-LABEL: func.func @transpose_i32_to_i8(
// REWRITE: tmov.cast %arg0 : tensor<2x4xi32> to tensor<2x4xi8>
// REWRITE-NEXT: tmov.transpose
func.func @transpose_i32_to_i8(%n: tensor<2x4xi32>) -> tensor<4x2xi8> {
  %0 = tmov.transpose %n [1, 0] : tensor<2x4xi32> -> tensor<4x2xi32>
  %1 = tmov.cast %0 : tensor<4x2xi32> to tensor<4x2xi8>
  return %1 : tensor<4x2xi8>
}

// REWRITE-LABEL: func.func @reverse_f32_to_i8_saturating(
// REWRITE: tmov.cast %arg0 : tensor<2x4xf32> to tensor<2x4xi8>
// REWRITE-NEXT: tmov.reverse
func.func @reverse_f32_to_i8_saturating(%s: tensor<2x4xf32>) -> tensor<2x4xi8> {
  %0 = tmov.reverse %s [1] : tensor<2x4xf32>
  %1 = tmov.cast %0 : tensor<2x4xf32> to tensor<2x4xi8>
  return %1 : tensor<2x4xi8>
}

// REWRITE-LABEL: func.func @sink_transpose_f16(
// REWRITE: tmov.transpose %arg0 [1, 0] : tensor<4x4xf16>
// REWRITE-NEXT: tmov.cast
func.func @sink_transpose_f16(%h: tensor<4x4xf16>) -> tensor<4x4xf32> {
  %0 = tmov.cast %h : tensor<4x4xf16> to tensor<4x4xf32>
  %1 = tmov.transpose %0 [1, 0] : tensor<4x4xf32> -> tensor<4x4xf32>
  return %1 : tensor<4x4xf32>
}

// REWRITE-LABEL: func.func @sink_pad_bf16(
// REWRITE: tmov.pad %arg0 {{.*}} : bf16
// REWRITE-NEXT: tmov.cast
func.func @sink_pad_bf16(%g: tensor<4x4xbf16>) -> tensor<6x4xf32> {
  %0 = tmov.cast %g : tensor<4x4xbf16> to tensor<4x4xf32>
  %1 = tmov.pad %0 low [1, 0] high [1, 0] value -0.0 : f32 : tensor<4x4xf32> -> tensor<6x4xf32>
  return %1 : tensor<6x4xf32>
}

// REWRITE-LABEL: func.func @sink_gather_i8(
// REWRITE: tmov.gather %arg0
// REWRITE-NEXT: tmov.cast
func.func @sink_gather_i8(%c: tensor<8xi8>, %i: tensor<4xi32>) -> tensor<4xi32> {
  %0 = tmov.cast %c : tensor<8xi8> to tensor<8xi32>
  %1 = tmov.gather %0[%i] axis 0 : (tensor<8xi32>, tensor<4xi32>) -> tensor<4xi32>
  return %1 : tensor<4xi32>
}

func.func @main() {
  // NaN with payload, +-Inf, -0, the smallest f32 subnormal, the smallest
  // f16 subnormal, 65520 (ties to +Inf in f16), 65504 (f16 max),
  // 1 + 2^-11 and 1 + 3 * 2^-11 (f16 ties), 2049 (tie), 2^24 - 1, -10000,
  // 1/3, the smallest f32 normal, the largest f32.
  %a = arith.constant dense<[[0x7FC00001, 0x7F800000, 0xFF800000, 0x80000000],
                             [0x00000001, 0x33800000, 0x477FF000, 0x477FE000],
                             [0x3F801000, 0x3F803000, 0x45001000, 0x4B7FFFFF],
                             [0xC61C4000, 0x3EAAAAAB, 0x00800000, 0x7F7FFFFF]]> : tensor<4x4xf32>
  %b = arith.constant dense<[[0xFFC12345, 0x38000000, 0xB3000000, 0x3F7FF000],
                             [0x3F800800, 0x3F801800, 0x7F800001, 0x43808000],
                             [0x43C00000, 0xC3FF8000, 0x3B800000, 0x3A800000],
                             [0x00400000, 0x80400000, 0x4F000000, 0xCF000001]]> : tensor<4x4xf32>
  // Out-of-range, negative and duplicate indices.
  %i = arith.constant dense<[3, -1, 7, 0]> : tensor<4xi32>
  %j = arith.constant dense<[1, 1, 5]> : tensor<3xi32>
  %u = arith.constant dense<[[0x7F800000, 0x477FF000, 0x3F801000, 0x80000000],
                             [0x33000001, 0xC77FF000, 0x7FC00000, 0x387FC000],
                             [1.0, 2.0, 3.0, 4.0]]> : tensor<3x4xf32>
  %n = arith.constant dense<[[2147483647, -2147483648, 255, 256],
                             [-1, -129, 128, 127]]> : tensor<2x4xi32>
  // Saturation and ties for f32 -> i8: +-Inf, 1e10, 127.5, -128.5, 2.5,
  // -2.5, -0.
  %s = arith.constant dense<[[0x7F800000, 0xFF800000, 1.0e10, 127.5],
                             [-128.5, 2.5, -2.5, -0.0]]> : tensor<2x4xf32>
  %h = arith.constant dense<[[0x7E01, 0x7C00, 0xFC00, 0x8000],
                             [0x0001, 0x03FF, 0x0400, 0x7BFF],
                             [0x3C01, 0xBC00, 0x8001, 0x5640],
                             [0x7D55, 0xFE00, 0x0200, 0x3555]]> : tensor<4x4xf16>
  %g = arith.constant dense<[[0x7FC1, 0x7F80, 0xFF80, 0x8000],
                             [0x0001, 0x007F, 0x0080, 0x7F7F],
                             [0x3F81, 0xBF80, 0x8001, 0x4049],
                             [0x7FA0, 0xFFC0, 0x0040, 0x3EAB]]> : tensor<4x4xbf16>
  %c = arith.constant dense<[127, -128, -1, 0, 1, 64, -65, 100]> : tensor<8xi8>

  %r0 = call @transpose_f16(%a) : (tensor<4x4xf32>) -> tensor<4x4xf16>
  %p0 = arith.bitcast %r0 : tensor<4x4xf16> to tensor<4x4xi16>
  %x0 = tensor.cast %p0 : tensor<4x4xi16> to tensor<*xi16>
  call @printMemrefI16(%x0) : (tensor<*xi16>) -> ()
  %r1 = call @reverse_bf16(%a) : (tensor<4x4xf32>) -> tensor<4x4xbf16>
  %p1 = arith.bitcast %r1 : tensor<4x4xbf16> to tensor<4x4xi16>
  %x1 = tensor.cast %p1 : tensor<4x4xi16> to tensor<*xi16>
  call @printMemrefI16(%x1) : (tensor<*xi16>) -> ()
  %r2 = call @slice_f16(%a) : (tensor<4x4xf32>) -> tensor<2x2xf16>
  %p2 = arith.bitcast %r2 : tensor<2x2xf16> to tensor<2x2xi16>
  %x2 = tensor.cast %p2 : tensor<2x2xi16> to tensor<*xi16>
  call @printMemrefI16(%x2) : (tensor<*xi16>) -> ()
  %r3 = call @reshape_f16(%a) : (tensor<4x4xf32>) -> tensor<2x8xf16>
  %p3 = arith.bitcast %r3 : tensor<2x8xf16> to tensor<2x8xi16>
  %x3 = tensor.cast %p3 : tensor<2x8xi16> to tensor<*xi16>
  call @printMemrefI16(%x3) : (tensor<*xi16>) -> ()
  %r4 = call @broadcast_bf16(%a) : (tensor<4x4xf32>) -> tensor<2x4x4xbf16>
  %p4 = arith.bitcast %r4 : tensor<2x4x4xbf16> to tensor<2x4x4xi16>
  %x4 = tensor.cast %p4 : tensor<2x4x4xi16> to tensor<*xi16>
  call @printMemrefI16(%x4) : (tensor<*xi16>) -> ()
  %r5 = call @tile_f16(%a) : (tensor<4x4xf32>) -> tensor<4x8xf16>
  %p5 = arith.bitcast %r5 : tensor<4x8xf16> to tensor<4x8xi16>
  %x5 = tensor.cast %p5 : tensor<4x8xi16> to tensor<*xi16>
  call @printMemrefI16(%x5) : (tensor<*xi16>) -> ()
  %r6 = call @concat_f16(%a, %b) : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<8x4xf16>
  %p6 = arith.bitcast %r6 : tensor<8x4xf16> to tensor<8x4xi16>
  %x6 = tensor.cast %p6 : tensor<8x4xi16> to tensor<*xi16>
  call @printMemrefI16(%x6) : (tensor<*xi16>) -> ()
  %r7 = call @pad_overflowing_value_f16(%a) : (tensor<4x4xf32>) -> tensor<5x6xf16>
  %p7 = arith.bitcast %r7 : tensor<5x6xf16> to tensor<5x6xi16>
  %x7 = tensor.cast %p7 : tensor<5x6xi16> to tensor<*xi16>
  call @printMemrefI16(%x7) : (tensor<*xi16>) -> ()
  %r8 = call @gather_f16(%a, %i) : (tensor<4x4xf32>, tensor<4xi32>) -> tensor<4x4xf16>
  %p8 = arith.bitcast %r8 : tensor<4x4xf16> to tensor<4x4xi16>
  %x8 = tensor.cast %p8 : tensor<4x4xi16> to tensor<*xi16>
  call @printMemrefI16(%x8) : (tensor<*xi16>) -> ()
  %r9 = call @scatter_f16(%a, %j, %u) : (tensor<4x4xf32>, tensor<3xi32>, tensor<3x4xf32>) -> tensor<4x4xf16>
  %p9 = arith.bitcast %r9 : tensor<4x4xf16> to tensor<4x4xi16>
  %x9 = tensor.cast %p9 : tensor<4x4xi16> to tensor<*xi16>
  call @printMemrefI16(%x9) : (tensor<*xi16>) -> ()
  %r10 = call @transpose_f8(%a) : (tensor<4x4xf32>) -> tensor<4x4xf8E4M3FN>
  %q10 = arith.extf %r10 : tensor<4x4xf8E4M3FN> to tensor<4x4xf32>
  %p10 = arith.bitcast %q10 : tensor<4x4xf32> to tensor<4x4xi32>
  %x10 = tensor.cast %p10 : tensor<4x4xi32> to tensor<*xi32>
  call @printMemrefI32(%x10) : (tensor<*xi32>) -> ()
  %r11 = call @transpose_i32_to_i8(%n) : (tensor<2x4xi32>) -> tensor<4x2xi8>
  %p11 = arith.extsi %r11 : tensor<4x2xi8> to tensor<4x2xi16>
  %x11 = tensor.cast %p11 : tensor<4x2xi16> to tensor<*xi16>
  call @printMemrefI16(%x11) : (tensor<*xi16>) -> ()
  %r12 = call @reverse_f32_to_i8_saturating(%s) : (tensor<2x4xf32>) -> tensor<2x4xi8>
  %p12 = arith.extsi %r12 : tensor<2x4xi8> to tensor<2x4xi16>
  %x12 = tensor.cast %p12 : tensor<2x4xi16> to tensor<*xi16>
  call @printMemrefI16(%x12) : (tensor<*xi16>) -> ()
  %r13 = call @sink_transpose_f16(%h) : (tensor<4x4xf16>) -> tensor<4x4xf32>
  %p13 = arith.bitcast %r13 : tensor<4x4xf32> to tensor<4x4xi32>
  %x13 = tensor.cast %p13 : tensor<4x4xi32> to tensor<*xi32>
  call @printMemrefI32(%x13) : (tensor<*xi32>) -> ()
  %r14 = call @sink_pad_bf16(%g) : (tensor<4x4xbf16>) -> tensor<6x4xf32>
  %p14 = arith.bitcast %r14 : tensor<6x4xf32> to tensor<6x4xi32>
  %x14 = tensor.cast %p14 : tensor<6x4xi32> to tensor<*xi32>
  call @printMemrefI32(%x14) : (tensor<*xi32>) -> ()
  %r15 = call @sink_gather_i8(%c, %i) : (tensor<8xi8>, tensor<4xi32>) -> tensor<4xi32>
  %p15 = tensor.cast %r15 : tensor<4xi32> to tensor<4xi32>
  %x15 = tensor.cast %p15 : tensor<4xi32> to tensor<*xi32>
  call @printMemrefI32(%x15) : (tensor<*xi32>) -> ()
  return
}

// Spot checks of the semantics (the diff above proves before == after).
// f32 -> f16 (transposed): NaN -> 0x7E00, smallest f32 subnormal -> 0,
// 1 + 2^-11 -> 1.0 (tie to even), -10000; +Inf, 2^-24 -> 0x0001,
// 1 + 3 * 2^-11 -> 0x3C02 (tie to even), 1/3; -Inf, 65520 -> +Inf (tie),
// 2049 -> 2048 (tie), smallest f32 normal -> 0; -0, 65504, 2^24 - 1 -> +Inf,
// largest f32 -> +Inf.
// VALUES:      {{\[\[}}32256,   0,   15360,   -3870],
// VALUES-NEXT: [31744,   1,   15362,   13653],
// VALUES-NEXT: [-1024,   31744,   26624,   0],
// VALUES-NEXT: [-32768,   31743,   31744,   31744]]
// The pad value 65520.0 becomes +Inf (0x7C00) in f16, hoisted or not.
// VALUES:      {{\[\[}}31744,   31744,   31744,   31744,   31744,   31744],
// VALUES-NEXT: [31744,   32256,   31744,   -1024,   -32768,   31744],
// i32 -> i8 keeps the low bits.
// VALUES:      {{\[\[}}-1,   -1],
// VALUES-NEXT: [0,   127],
// VALUES-NEXT: [-1,   -128],
// VALUES-NEXT: [0,   127]]
// f32 -> i8 rounds to nearest even and saturates (reversed rows).
// VALUES-NEXT: {{\[\[}}127,   127,   -128,   127],
// VALUES-NEXT: [0,   -2,   2,   -128]]
// i8 -> i32 gather with indices [3, -1, 7, 0] clamped.
// VALUES:      [0,  127,  100,  127]
