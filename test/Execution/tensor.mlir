// tensor data-movement ops (expand_shape, collapse_shape, reshape,
// extract_slice, insert_slice, concat, pad, cast) with arith.truncf hoisted
// above them (f32 -> f16, f32 -> bf16) and arith.extf sunk below them
// (f16 -> f32, bf16 -> f32) by --hoist-casts=policy=always compute
// bit-identical results before and after, on inputs with NaN (with
// payload), +-Inf, -0, f32 and f16 subnormals, values that overflow f16 and
// rounding ties. Results are printed as bit patterns (integers). The kernels
// are separate functions (not inlined by the lowering), so their inputs stay
// opaque; the pass leaves @main unchanged (checked by the @main diff).
// tensor.gather and tensor.scatter are not covered: the documented lowering
// has no bufferization for them ("op was not bufferized").
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

// REWRITE-LABEL: func.func @expand_collapse_f16(
// REWRITE:       arith.truncf %arg0 : tensor<4x4xf32> to tensor<4x4xf16>
// REWRITE-NEXT:  tensor.expand_shape {{.*}} : tensor<4x4xf16> into tensor<2x2x4xf16>
// REWRITE-NEXT:  tensor.collapse_shape {{.*}} : tensor<2x2x4xf16> into tensor<2x8xf16>
func.func @expand_collapse_f16(%a: tensor<4x4xf32>) -> tensor<2x8xf16> {
  %0 = tensor.expand_shape %a [[0, 1], [2]] output_shape [2, 2, 4] : tensor<4x4xf32> into tensor<2x2x4xf32>
  %1 = tensor.collapse_shape %0 [[0], [1, 2]] : tensor<2x2x4xf32> into tensor<2x8xf32>
  %2 = arith.truncf %1 : tensor<2x8xf32> to tensor<2x8xf16>
  return %2 : tensor<2x8xf16>
}

// Only the data is cast, never the shape operand.
// REWRITE-LABEL: func.func @reshape_bf16(
// REWRITE:       arith.truncf %arg0 : tensor<4x4xf32> to tensor<4x4xbf16>
// REWRITE-NEXT:  tensor.reshape {{.*}}(%arg1) : (tensor<4x4xbf16>, tensor<1xindex>) -> tensor<16xbf16>
func.func @reshape_bf16(%b: tensor<4x4xf32>, %s: tensor<1xindex>) -> tensor<16xbf16> {
  %0 = tensor.reshape %b(%s) : (tensor<4x4xf32>, tensor<1xindex>) -> tensor<16xf32>
  %1 = arith.truncf %0 : tensor<16xf32> to tensor<16xbf16>
  return %1 : tensor<16xbf16>
}

// A dynamic offset, a stride and a rank-reducing slice.
// REWRITE-LABEL: func.func @extract_slice_f16(
// REWRITE:       arith.truncf %arg0 : tensor<4x4xf32> to tensor<4x4xf16>
// REWRITE-NEXT:  tensor.extract_slice {{.*}}[%arg1, 0] [1, 2] [1, 2] : tensor<4x4xf16> to tensor<2xf16>
func.func @extract_slice_f16(%b: tensor<4x4xf32>, %i: index) -> tensor<2xf16> {
  %0 = tensor.extract_slice %b[%i, 0] [1, 2] [1, 2] : tensor<4x4xf32> to tensor<2xf32>
  %1 = arith.truncf %0 : tensor<2xf32> to tensor<2xf16>
  return %1 : tensor<2xf16>
}

// REWRITE-LABEL: func.func @insert_slice_f16(
// REWRITE-DAG:   arith.truncf %arg0 : tensor<2x2xf32> to tensor<2x2xf16>
// REWRITE-DAG:   arith.truncf %arg1 : tensor<4x4xf32> to tensor<4x4xf16>
// REWRITE:       tensor.insert_slice {{.*}} : tensor<2x2xf16> into tensor<4x4xf16>
func.func @insert_slice_f16(%s: tensor<2x2xf32>, %d: tensor<4x4xf32>) -> tensor<4x4xf16> {
  %0 = tensor.insert_slice %s into %d[1, 2] [2, 2] [2, 1] : tensor<2x2xf32> into tensor<4x4xf32>
  %1 = arith.truncf %0 : tensor<4x4xf32> to tensor<4x4xf16>
  return %1 : tensor<4x4xf16>
}

// tensor.cast to a dynamic shape, concat, tensor.cast back to static.
// REWRITE-LABEL: func.func @concat_cast_bf16(
// REWRITE-DAG:   arith.truncf %arg0 : tensor<4x4xf32> to tensor<4x4xbf16>
// REWRITE-DAG:   arith.truncf %arg1 : tensor<4x4xf32> to tensor<4x4xbf16>
// REWRITE:       tensor.concat dim(1) {{.*}} : (tensor<4x4xbf16>, tensor<4x?xbf16>) -> tensor<4x?xbf16>
// REWRITE-NEXT:  tensor.cast {{.*}} : tensor<4x?xbf16> to tensor<4x8xbf16>
// REWRITE-NOT:   arith.truncf
func.func @concat_cast_bf16(%a: tensor<4x4xf32>, %b: tensor<4x4xf32>) -> tensor<4x8xbf16> {
  %d = tensor.cast %b : tensor<4x4xf32> to tensor<4x?xf32>
  %0 = tensor.concat dim(1) %a, %d : (tensor<4x4xf32>, tensor<4x?xf32>) -> tensor<4x?xf32>
  %1 = tensor.cast %0 : tensor<4x?xf32> to tensor<4x8xf32>
  %2 = arith.truncf %1 : tensor<4x8xf32> to tensor<4x8xbf16>
  return %2 : tensor<4x8xbf16>
}

// The padding value 65520 rounds (tie) to +Inf in f16.
// REWRITE-LABEL: func.func @pad_overflow_f16(
// REWRITE:       arith.truncf %arg0 : tensor<4x4xf32> to tensor<4x4xf16>
// REWRITE:       arith.constant 0x7C00 : f16
// REWRITE:       tensor.pad
// REWRITE:       } : tensor<4x4xf16> to tensor<5x7xf16>
func.func @pad_overflow_f16(%a: tensor<4x4xf32>) -> tensor<5x7xf16> {
  %v = arith.constant 65520.0 : f32
  %0 = tensor.pad %a low[1, 2] high[0, 1] {
  ^bb0(%i: index, %j: index):
    tensor.yield %v : f32
  } : tensor<4x4xf32> to tensor<5x7xf32>
  %1 = arith.truncf %0 : tensor<5x7xf32> to tensor<5x7xf16>
  return %1 : tensor<5x7xf16>
}

// The padding value -2^-25 rounds (tie to even) to -0 in f16.
// REWRITE-LABEL: func.func @pad_negative_zero_f16(
// REWRITE:       arith.truncf %arg0 : tensor<4x4xf32> to tensor<4x4xf16>
// REWRITE:       arith.constant -0.000000e+00 : f16
// REWRITE:       tensor.pad
// REWRITE:       } : tensor<4x4xf16> to tensor<6x4xf16>
func.func @pad_negative_zero_f16(%b: tensor<4x4xf32>) -> tensor<6x4xf16> {
  %v = arith.constant 0xB3000000 : f32
  %0 = tensor.pad %b low[1, 0] high[1, 0] {
  ^bb0(%i: index, %j: index):
    tensor.yield %v : f32
  } : tensor<4x4xf32> to tensor<6x4xf32>
  %1 = arith.truncf %0 : tensor<6x4xf32> to tensor<6x4xf16>
  return %1 : tensor<6x4xf16>
}

// The destination is a constant: the pass folds its truncf (ties to even,
// 65520 -> 65536 in bf16, 2^-25 + 2^-48 stays normal in bf16).
// REWRITE-LABEL: func.func @insert_into_constant_bf16(
// REWRITE-DAG:   arith.constant dense<{{.*}}> : tensor<8xbf16>
// REWRITE-DAG:   arith.truncf %arg0 : tensor<2xf32> to tensor<2xbf16>
// REWRITE:       tensor.insert_slice {{.*}} : tensor<2xbf16> into tensor<8xbf16>
func.func @insert_into_constant_bf16(%s: tensor<2xf32>) -> tensor<8xbf16> {
  %d = arith.constant dense<[0x33000001, 0xB3000000, 3.0, -4.0, 5.0, 0x3F808000, 0x477FF000, 1.0e30]> : tensor<8xf32>
  %0 = tensor.insert_slice %s into %d[3] [2] [1] : tensor<2xf32> into tensor<8xf32>
  %1 = arith.truncf %0 : tensor<8xf32> to tensor<8xbf16>
  return %1 : tensor<8xbf16>
}

// Widening f16 -> f32 sinks below expand_shape and collapse_shape.
// REWRITE-LABEL: func.func @sink_expand_collapse_f16(
// REWRITE:       tensor.expand_shape %arg0 {{.*}} : tensor<4x4xf16> into tensor<4x2x2xf16>
// REWRITE-NEXT:  tensor.collapse_shape {{.*}} : tensor<4x2x2xf16> into tensor<16xf16>
// REWRITE-NEXT:  tensor.expand_shape {{.*}} : tensor<16xf16> into tensor<16x1xf16>
// REWRITE-NEXT:  arith.extf {{.*}} : tensor<16x1xf16> to tensor<16x1xf32>
func.func @sink_expand_collapse_f16(%h: tensor<4x4xf16>) -> tensor<16x1xf32> {
  %0 = arith.extf %h : tensor<4x4xf16> to tensor<4x4xf32>
  %1 = tensor.expand_shape %0 [[0], [1, 2]] output_shape [4, 2, 2] : tensor<4x4xf32> into tensor<4x2x2xf32>
  %2 = tensor.collapse_shape %1 [[0, 1, 2]] : tensor<4x2x2xf32> into tensor<16xf32>
  %3 = tensor.expand_shape %2 [[0, 1]] output_shape [16, 1] : tensor<16xf32> into tensor<16x1xf32>
  return %3 : tensor<16x1xf32>
}

// Widening f16 -> f32 sinks below a pad with a representable value (1.5)
// and an extract_slice.
// REWRITE-LABEL: func.func @sink_pad_slice_f16(
// REWRITE:       arith.constant 1.500000e+00 : f16
// REWRITE:       tensor.pad %arg0
// REWRITE:       tensor.extract_slice {{.*}} : tensor<6x6xf16> to tensor<3x3xf16>
// REWRITE-NEXT:  arith.extf {{.*}} : tensor<3x3xf16> to tensor<3x3xf32>
func.func @sink_pad_slice_f16(%h: tensor<4x4xf16>) -> tensor<3x3xf32> {
  %0 = arith.extf %h : tensor<4x4xf16> to tensor<4x4xf32>
  %v = arith.constant 1.5 : f32
  %1 = tensor.pad %0 low[1, 1] high[1, 1] {
  ^bb0(%i: index, %j: index):
    tensor.yield %v : f32
  } : tensor<4x4xf32> to tensor<6x6xf32>
  %2 = tensor.extract_slice %1[0, 1] [3, 3] [2, 2] : tensor<6x6xf32> to tensor<3x3xf32>
  return %2 : tensor<3x3xf32>
}

// Widening bf16 -> f32 on all operands sinks below insert_slice and concat.
// REWRITE-LABEL: func.func @sink_insert_concat_bf16(
// REWRITE:       tensor.insert_slice %arg1 into %arg0
// REWRITE-NEXT:  tensor.concat dim(0) {{.*}}, %arg2 : (tensor<4x4xbf16>, tensor<1x4xbf16>) -> tensor<5x4xbf16>
// REWRITE-NEXT:  arith.extf {{.*}} : tensor<5x4xbf16> to tensor<5x4xf32>
func.func @sink_insert_concat_bf16(%g: tensor<4x4xbf16>, %s: tensor<1x4xbf16>, %t: tensor<1x4xbf16>) -> tensor<5x4xf32> {
  %0 = arith.extf %g : tensor<4x4xbf16> to tensor<4x4xf32>
  %1 = arith.extf %s : tensor<1x4xbf16> to tensor<1x4xf32>
  %2 = arith.extf %t : tensor<1x4xbf16> to tensor<1x4xf32>
  %3 = tensor.insert_slice %1 into %0[2, 0] [1, 4] [1, 1] : tensor<1x4xf32> into tensor<4x4xf32>
  %4 = tensor.concat dim(0) %3, %2 : (tensor<4x4xf32>, tensor<1x4xf32>) -> tensor<5x4xf32>
  return %4 : tensor<5x4xf32>
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
  // 65536 (overflows f16), -65520 (ties to -Inf), 2^-25 + 2^-35 (rounds up
  // to 2^-24), 1 - 2^-12 (tie, rounds up to 1.0).
  %s = arith.constant dense<[[65536.0, -65520.0], [0x33000400, 0x3F7FF000]]> : tensor<2x2xf32>
  %shape = arith.constant dense<[16]> : tensor<1xindex>
  %i = arith.constant 1 : index
  %h = arith.constant dense<[[0x7E01, 0x7C00, 0xFC00, 0x8000],
                             [0x0001, 0x03FF, 0x0400, 0x7BFF],
                             [0x3C01, 0xBC00, 0x8001, 0x5640],
                             [0x7D55, 0xFE00, 0x0200, 0x3555]]> : tensor<4x4xf16>
  %g = arith.constant dense<[[0x7FC1, 0x7F80, 0xFF80, 0x8000],
                             [0x0001, 0x007F, 0x0080, 0x7F7F],
                             [0x3F81, 0xBF80, 0x8001, 0x4049],
                             [0x7FA0, 0xFFC0, 0x0040, 0x3EAB]]> : tensor<4x4xbf16>
  %gs = arith.constant dense<[[0xFF81, 0x0002, 0x8000, 0x4F80]]> : tensor<1x4xbf16>
  %gt = arith.constant dense<[[0x7F81, 0x807F, 0x0000, 0xC780]]> : tensor<1x4xbf16>

  %r0 = call @expand_collapse_f16(%a) : (tensor<4x4xf32>) -> tensor<2x8xf16>
  %p0 = arith.bitcast %r0 : tensor<2x8xf16> to tensor<2x8xi16>
  %x0 = tensor.cast %p0 : tensor<2x8xi16> to tensor<*xi16>
  call @printMemrefI16(%x0) : (tensor<*xi16>) -> ()
  %r1 = call @reshape_bf16(%b, %shape) : (tensor<4x4xf32>, tensor<1xindex>) -> tensor<16xbf16>
  %p1 = arith.bitcast %r1 : tensor<16xbf16> to tensor<16xi16>
  %x1 = tensor.cast %p1 : tensor<16xi16> to tensor<*xi16>
  call @printMemrefI16(%x1) : (tensor<*xi16>) -> ()
  %r2 = call @extract_slice_f16(%b, %i) : (tensor<4x4xf32>, index) -> tensor<2xf16>
  %p2 = arith.bitcast %r2 : tensor<2xf16> to tensor<2xi16>
  %x2 = tensor.cast %p2 : tensor<2xi16> to tensor<*xi16>
  call @printMemrefI16(%x2) : (tensor<*xi16>) -> ()
  %r3 = call @insert_slice_f16(%s, %a) : (tensor<2x2xf32>, tensor<4x4xf32>) -> tensor<4x4xf16>
  %p3 = arith.bitcast %r3 : tensor<4x4xf16> to tensor<4x4xi16>
  %x3 = tensor.cast %p3 : tensor<4x4xi16> to tensor<*xi16>
  call @printMemrefI16(%x3) : (tensor<*xi16>) -> ()
  %r4 = call @concat_cast_bf16(%a, %b) : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x8xbf16>
  %p4 = arith.bitcast %r4 : tensor<4x8xbf16> to tensor<4x8xi16>
  %x4 = tensor.cast %p4 : tensor<4x8xi16> to tensor<*xi16>
  call @printMemrefI16(%x4) : (tensor<*xi16>) -> ()
  %r5 = call @pad_overflow_f16(%a) : (tensor<4x4xf32>) -> tensor<5x7xf16>
  %p5 = arith.bitcast %r5 : tensor<5x7xf16> to tensor<5x7xi16>
  %x5 = tensor.cast %p5 : tensor<5x7xi16> to tensor<*xi16>
  call @printMemrefI16(%x5) : (tensor<*xi16>) -> ()
  %r6 = call @pad_negative_zero_f16(%b) : (tensor<4x4xf32>) -> tensor<6x4xf16>
  %p6 = arith.bitcast %r6 : tensor<6x4xf16> to tensor<6x4xi16>
  %x6 = tensor.cast %p6 : tensor<6x4xi16> to tensor<*xi16>
  call @printMemrefI16(%x6) : (tensor<*xi16>) -> ()
  %r7 = call @sink_expand_collapse_f16(%h) : (tensor<4x4xf16>) -> tensor<16x1xf32>
  %p7 = arith.bitcast %r7 : tensor<16x1xf32> to tensor<16x1xi32>
  %x7 = tensor.cast %p7 : tensor<16x1xi32> to tensor<*xi32>
  call @printMemrefI32(%x7) : (tensor<*xi32>) -> ()
  %r8 = call @sink_pad_slice_f16(%h) : (tensor<4x4xf16>) -> tensor<3x3xf32>
  %p8 = arith.bitcast %r8 : tensor<3x3xf32> to tensor<3x3xi32>
  %x8 = tensor.cast %p8 : tensor<3x3xi32> to tensor<*xi32>
  call @printMemrefI32(%x8) : (tensor<*xi32>) -> ()
  %r9 = call @sink_insert_concat_bf16(%g, %gs, %gt) : (tensor<4x4xbf16>, tensor<1x4xbf16>, tensor<1x4xbf16>) -> tensor<5x4xf32>
  %p9 = arith.bitcast %r9 : tensor<5x4xf32> to tensor<5x4xi32>
  %x9 = tensor.cast %p9 : tensor<5x4xi32> to tensor<*xi32>
  call @printMemrefI32(%x9) : (tensor<*xi32>) -> ()
  %sv = arith.constant dense<[0x7FC00001, 0x3F818000]> : tensor<2xf32>
  %r10 = call @insert_into_constant_bf16(%sv) : (tensor<2xf32>) -> tensor<8xbf16>
  %p10 = arith.bitcast %r10 : tensor<8xbf16> to tensor<8xi16>
  %x10 = tensor.cast %p10 : tensor<8xi16> to tensor<*xi16>
  call @printMemrefI16(%x10) : (tensor<*xi16>) -> ()
  return
}

// Spot checks of the semantics (the diff above proves before == after).
// truncf f32 -> f16 through expand/collapse: NaN -> 0x7E00, +-Inf, -0 ->
// 0x8000, f32 subnormal -> 0, 2^-24 -> 0x0001, 65520 -> +Inf (tie), 65504.
// VALUES:      {{\[\[}}32256,   31744,   -1024,   -32768,   0,   1,   31744,   31743],
// VALUES-NEXT: [15360,   15362,   26624,   31744,   -3870,   13653,   0,   31744]]
// truncf f32 -> bf16 through tensor.reshape: -NaN keeps its top payload
// bits, 70000 -> 0x4789, ties to even, a signalling NaN is quieted (0x7FC0).
// VALUES-NEXT: [-63,  14336,  -19712,  18313,  29002,  16256,  16258,  32704,
// Dynamic strided slice of row 1: 1e30 -> +Inf, 1 + 3 * 2^-8 -> 0x3C0C.
// VALUES-NEXT: [31744,  15372]
// insert_slice: 65536 -> +Inf, -65520 -> -Inf (tie), 2^-25 + 2^-35 ->
// 0x0001, 1 - 2^-12 -> 1.0 (tie to even).
// VALUES:      [0,   1,   31744,   -1024],
// VALUES:      [-3870,   13653,   1,   15360]]
// The pad value 65520 becomes +Inf (0x7C00).
// VALUES:      {{\[\[}}31744,   31744,   31744,   31744,   31744,   31744,   31744],
// VALUES-NEXT: [31744,   31744,   32256,   31744,   -1024,   -32768,   31744],
// The pad value -2^-25 becomes -0 (0x8000).
// VALUES:      {{\[\[}}-32768,   -32768,   -32768,   -32768],
// VALUES-NEXT: [-503,   512,   -32768,   31744],
// f16 -> f32: the NaN payload 0x7E01 -> 0x7FC02000, +-Inf, -0.
// VALUES:      {{\[\[}}2143297536],
// VALUES-NEXT: [2139095040],
// VALUES-NEXT: [-8388608],
// VALUES-NEXT: [-2147483648],
// The pad value 1.5 (0x3FC00000) and strided slice.
// VALUES:      {{\[\[}}1069547520,   1069547520,   1069547520],
// bf16 -> f32: -sNaN 0xFF81 and the sNaN 0x7F81 keep their bits.
// VALUES:      [-8323072,   131072,   -2147483648,   1333788672],
// VALUES:      [2139160576,   -2139160576,   0,   -947912704]]
// Constant destination folded by the pass: 2^-25 + 2^-48 -> 0x3300,
// -2^-25 -> 0xB300, 3.0; inserted NaN -> 0x7FC0 and 1 + 3 * 2^-8 -> 0x3F82;
// 1 + 2^-8 -> 1.0 (tie), 65520 -> 65536 (0x4780), 1e30 -> 0x714A.
// VALUES:      [13056,  -19712,  16448,  32704,  16258,  16256,  18304,  29002]
