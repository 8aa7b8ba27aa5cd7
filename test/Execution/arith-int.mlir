// Integer and int <-> float arith casts (trunci, extsi, extui, fptosi,
// fptoui, sitofp, uitofp) and integer tosa.cast, hoisted above (narrowing)
// or sunk below (widening) tensor, linalg and tosa data-movement ops by
// --hoist-casts=policy=always, compute bit-identical results before and
// after. Inputs: the extreme and sign-boundary integers of each width, ints
// that round (with ties) or overflow in f16, and for fptosi/fptoui floats in
// range of the target (out-of-range fptosi/fptoui is poison), including -0,
// subnormals, ties and values just below the bounds. Results are printed as
// bit patterns (integers). The kernels are separate functions (not inlined by
// the lowering), so their inputs stay opaque; the pass leaves @main
// unchanged (checked by the @main diff).
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

// REWRITE-LABEL: func.func @trunci_i32_i8_collapse(
// REWRITE:       arith.trunci %arg0 : tensor<2x4xi32> to tensor<2x4xi8>
// REWRITE-NEXT:  tensor.collapse_shape {{.*}} : tensor<2x4xi8> into tensor<8xi8>
func.func @trunci_i32_i8_collapse(%n: tensor<2x4xi32>) -> tensor<8xi8> {
  %0 = tensor.collapse_shape %n [[0, 1]] : tensor<2x4xi32> into tensor<8xi32>
  %1 = arith.trunci %0 : tensor<8xi32> to tensor<8xi8>
  return %1 : tensor<8xi8>
}

// REWRITE-LABEL: func.func @trunci_i64_i16_transpose(
// REWRITE:       arith.trunci %arg0 : tensor<2x4xi64> to tensor<2x4xi16>
// REWRITE:       linalg.transpose ins(%{{.*}} : tensor<2x4xi16>)
func.func @trunci_i64_i16_transpose(%l: tensor<2x4xi64>) -> tensor<4x2xi16> {
  %e = tensor.empty() : tensor<4x2xi64>
  %0 = linalg.transpose ins(%l : tensor<2x4xi64>) outs(%e : tensor<4x2xi64>) permutation = [1, 0]
  %1 = arith.trunci %0 : tensor<4x2xi64> to tensor<4x2xi16>
  return %1 : tensor<4x2xi16>
}

// The padding value 70000 keeps its low 16 bits (4464).
// REWRITE-LABEL: func.func @trunci_i32_i16_pad(
// REWRITE:       arith.trunci %arg0 : tensor<2x4xi32> to tensor<2x4xi16>
// REWRITE:       arith.constant 4464 : i16
// REWRITE:       tensor.pad
// REWRITE:       } : tensor<2x4xi16> to tensor<3x5xi16>
func.func @trunci_i32_i16_pad(%n: tensor<2x4xi32>) -> tensor<3x5xi16> {
  %v = arith.constant 70000 : i32
  %0 = tensor.pad %n low[1, 0] high[0, 1] {
  ^bb0(%i: index, %j: index):
    tensor.yield %v : i32
  } : tensor<2x4xi32> to tensor<3x5xi32>
  %1 = arith.trunci %0 : tensor<3x5xi32> to tensor<3x5xi16>
  return %1 : tensor<3x5xi16>
}

// REWRITE-LABEL: func.func @sink_extsi_extract_slice(
// REWRITE:       tensor.extract_slice %arg0[0, 1] [2, 3] [1, 1] : tensor<2x4xi8> to tensor<2x3xi8>
// REWRITE-NEXT:  arith.extsi {{.*}} : tensor<2x3xi8> to tensor<2x3xi32>
func.func @sink_extsi_extract_slice(%c: tensor<2x4xi8>) -> tensor<2x3xi32> {
  %0 = arith.extsi %c : tensor<2x4xi8> to tensor<2x4xi32>
  %1 = tensor.extract_slice %0[0, 1] [2, 3] [1, 1] : tensor<2x4xi32> to tensor<2x3xi32>
  return %1 : tensor<2x3xi32>
}

// extui keeps its unsigned reading when it sinks.
// REWRITE-LABEL: func.func @sink_extui_collapse(
// REWRITE:       tensor.collapse_shape %arg0 {{.*}} : tensor<2x4xi8> into tensor<8xi8>
// REWRITE-NEXT:  arith.extui {{.*}} : tensor<8xi8> to tensor<8xi32>
func.func @sink_extui_collapse(%c: tensor<2x4xi8>) -> tensor<8xi32> {
  %0 = arith.extui %c : tensor<2x4xi8> to tensor<2x4xi32>
  %1 = tensor.collapse_shape %0 [[0, 1]] : tensor<2x4xi32> into tensor<8xi32>
  return %1 : tensor<8xi32>
}

// extsi i16 -> i32 on both operands sinks below a concat.
// REWRITE-LABEL: func.func @sink_extsi_concat(
// REWRITE:       tensor.concat dim(0) %arg0, %arg1 : (tensor<4xi16>, tensor<4xi16>) -> tensor<8xi16>
// REWRITE-NEXT:  arith.extsi {{.*}} : tensor<8xi16> to tensor<8xi32>
func.func @sink_extsi_concat(%w: tensor<4xi16>, %v: tensor<4xi16>) -> tensor<8xi32> {
  %0 = arith.extsi %w : tensor<4xi16> to tensor<4xi32>
  %1 = arith.extsi %v : tensor<4xi16> to tensor<4xi32>
  %2 = tensor.concat dim(0) %0, %1 : (tensor<4xi32>, tensor<4xi32>) -> tensor<8xi32>
  return %2 : tensor<8xi32>
}

// fptosi truncates toward zero.
// REWRITE-LABEL: func.func @fptosi_i8_collapse(
// REWRITE:       arith.fptosi %arg0 : tensor<2x4xf32> to tensor<2x4xi8>
// REWRITE-NEXT:  tensor.collapse_shape {{.*}} : tensor<2x4xi8> into tensor<8xi8>
func.func @fptosi_i8_collapse(%f: tensor<2x4xf32>) -> tensor<8xi8> {
  %0 = tensor.collapse_shape %f [[0, 1]] : tensor<2x4xf32> into tensor<8xf32>
  %1 = arith.fptosi %0 : tensor<8xf32> to tensor<8xi8>
  return %1 : tensor<8xi8>
}

// REWRITE-LABEL: func.func @fptosi_i16_transpose(
// REWRITE:       arith.fptosi %arg0 : tensor<2x4xf32> to tensor<2x4xi16>
// REWRITE:       linalg.transpose ins(%{{.*}} : tensor<2x4xi16>)
func.func @fptosi_i16_transpose(%f: tensor<2x4xf32>) -> tensor<4x2xi16> {
  %e = tensor.empty() : tensor<4x2xf32>
  %0 = linalg.transpose ins(%f : tensor<2x4xf32>) outs(%e : tensor<4x2xf32>) permutation = [1, 0]
  %1 = arith.fptosi %0 : tensor<4x2xf32> to tensor<4x2xi16>
  return %1 : tensor<4x2xi16>
}

// REWRITE-LABEL: func.func @fptoui_i8_expand(
// REWRITE:       arith.fptoui %arg0 : tensor<8xf32> to tensor<8xi8>
// REWRITE-NEXT:  tensor.expand_shape {{.*}} : tensor<8xi8> into tensor<2x4xi8>
func.func @fptoui_i8_expand(%f: tensor<8xf32>) -> tensor<2x4xi8> {
  %0 = tensor.expand_shape %f [[0, 1]] output_shape [2, 4] : tensor<8xf32> into tensor<2x4xf32>
  %1 = arith.fptoui %0 : tensor<2x4xf32> to tensor<2x4xi8>
  return %1 : tensor<2x4xi8>
}

// sitofp i16 -> f32 is exact: it sinks.
// REWRITE-LABEL: func.func @sink_sitofp_collapse(
// REWRITE:       tensor.collapse_shape %arg0 {{.*}} : tensor<2x4xi16> into tensor<8xi16>
// REWRITE-NEXT:  arith.sitofp {{.*}} : tensor<8xi16> to tensor<8xf32>
func.func @sink_sitofp_collapse(%w: tensor<2x4xi16>) -> tensor<8xf32> {
  %0 = arith.sitofp %w : tensor<2x4xi16> to tensor<2x4xf32>
  %1 = tensor.collapse_shape %0 [[0, 1]] : tensor<2x4xf32> into tensor<8xf32>
  return %1 : tensor<8xf32>
}

// sitofp i32 -> f16 rounds and overflows: it is hoisted.
// REWRITE-LABEL: func.func @sitofp_i32_f16_transpose(
// REWRITE:       arith.sitofp %arg0 : tensor<2x4xi32> to tensor<2x4xf16>
// REWRITE:       linalg.transpose ins(%{{.*}} : tensor<2x4xf16>)
func.func @sitofp_i32_f16_transpose(%n: tensor<2x4xi32>) -> tensor<4x2xf16> {
  %e = tensor.empty() : tensor<4x2xi32>
  %0 = linalg.transpose ins(%n : tensor<2x4xi32>) outs(%e : tensor<4x2xi32>) permutation = [1, 0]
  %1 = arith.sitofp %0 : tensor<4x2xi32> to tensor<4x2xf16>
  return %1 : tensor<4x2xf16>
}

// uitofp i32 -> f16 reads -1 as 2^32 - 1 (+Inf in f16).
// REWRITE-LABEL: func.func @uitofp_i32_f16_slice(
// REWRITE:       arith.uitofp %arg0 : tensor<2x4xi32> to tensor<2x4xf16>
// REWRITE-NEXT:  tensor.extract_slice {{.*}} : tensor<2x4xf16> to tensor<2x2xf16>
func.func @uitofp_i32_f16_slice(%n: tensor<2x4xi32>) -> tensor<2x2xf16> {
  %0 = tensor.extract_slice %n[0, 1] [2, 2] [1, 2] : tensor<2x4xi32> to tensor<2x2xi32>
  %1 = arith.uitofp %0 : tensor<2x2xi32> to tensor<2x2xf16>
  return %1 : tensor<2x2xf16>
}

// uitofp i8 -> f32 is exact: it sinks.
// REWRITE-LABEL: func.func @sink_uitofp_expand(
// REWRITE:       tensor.expand_shape %arg0 {{.*}} : tensor<2x4xi8> into tensor<2x2x2xi8>
// REWRITE-NEXT:  arith.uitofp {{.*}} : tensor<2x2x2xi8> to tensor<2x2x2xf32>
func.func @sink_uitofp_expand(%c: tensor<2x4xi8>) -> tensor<2x2x2xf32> {
  %0 = arith.uitofp %c : tensor<2x4xi8> to tensor<2x4xf32>
  %1 = tensor.expand_shape %0 [[0], [1, 2]] output_shape [2, 2, 2] : tensor<2x4xf32> into tensor<2x2x2xf32>
  return %1 : tensor<2x2x2xf32>
}

// tosa.cast i32 -> f16 (rounds, overflows) is hoisted.
// REWRITE-LABEL: func.func @tosa_i32_f16_reverse(
// REWRITE:       tosa.cast %arg0 : (tensor<2x4xi32>) -> tensor<2x4xf16>
// REWRITE-NEXT:  tosa.reverse {{.*}} : (tensor<2x4xf16>) -> tensor<2x4xf16>
func.func @tosa_i32_f16_reverse(%n: tensor<2x4xi32>) -> tensor<2x4xf16> {
  %0 = tosa.reverse %n {axis = 1 : i32} : (tensor<2x4xi32>) -> tensor<2x4xi32>
  %1 = tosa.cast %0 : (tensor<2x4xi32>) -> tensor<2x4xf16>
  return %1 : tensor<2x4xf16>
}

// tosa.cast i8 -> i32 (sign-extends) and i8 -> f32 sink.
// REWRITE-LABEL: func.func @sink_tosa_i8_transpose(
// REWRITE:       tosa.transpose %arg0 {{.*}} : (tensor<2x4xi8>) -> tensor<4x2xi8>
// REWRITE-NEXT:  tosa.cast {{.*}} : (tensor<4x2xi8>) -> tensor<4x2xi32>
// REWRITE:       tosa.transpose %arg0 {{.*}} : (tensor<2x4xi8>) -> tensor<4x2xi8>
// REWRITE-NEXT:  tosa.cast {{.*}} : (tensor<4x2xi8>) -> tensor<4x2xf32>
func.func @sink_tosa_i8_transpose(%c: tensor<2x4xi8>) -> (tensor<4x2xi32>, tensor<4x2xf32>) {
  %0 = tosa.cast %c : (tensor<2x4xi8>) -> tensor<2x4xi32>
  %1 = tosa.transpose %0 {perms = array<i32: 1, 0>} : (tensor<2x4xi32>) -> tensor<4x2xi32>
  %2 = tosa.cast %c : (tensor<2x4xi8>) -> tensor<2x4xf32>
  %3 = tosa.transpose %2 {perms = array<i32: 1, 0>} : (tensor<2x4xf32>) -> tensor<4x2xf32>
  return %1, %3 : tensor<4x2xi32>, tensor<4x2xf32>
}

// The shape operand of tensor.reshape is also i32: only the data is cast.
// REWRITE-LABEL: func.func @reshape_i32_shape_trunci(
// REWRITE:       arith.trunci %arg0 : tensor<2x4xi32> to tensor<2x4xi8>
// REWRITE-NEXT:  tensor.reshape {{.*}}(%arg1) : (tensor<2x4xi8>, tensor<1xi32>) -> tensor<8xi8>
func.func @reshape_i32_shape_trunci(%x: tensor<2x4xi32>, %s: tensor<1xi32>) -> tensor<8xi8> {
  %0 = tensor.reshape %x(%s) : (tensor<2x4xi32>, tensor<1xi32>) -> tensor<8xi32>
  %1 = arith.trunci %0 : tensor<8xi32> to tensor<8xi8>
  return %1 : tensor<8xi8>
}

// REWRITE-LABEL: func.func @sink_extsi_reshape_i32_shape(
// REWRITE:       tensor.reshape %arg0(%arg1) : (tensor<2x4xi8>, tensor<1xi32>) -> tensor<8xi8>
// REWRITE-NEXT:  arith.extsi {{.*}} : tensor<8xi8> to tensor<8xi32>
func.func @sink_extsi_reshape_i32_shape(%x: tensor<2x4xi8>, %s: tensor<1xi32>) -> tensor<8xi32> {
  %e = arith.extsi %x : tensor<2x4xi8> to tensor<2x4xi32>
  %0 = tensor.reshape %e(%s) : (tensor<2x4xi32>, tensor<1xi32>) -> tensor<8xi32>
  return %0 : tensor<8xi32>
}

// extui sinks below an insert_slice into a constant: the constant is
// narrowed to i8 (255 -> -1 and 128 -> -128 as i8, read back unsigned).
// REWRITE-LABEL: func.func @sink_extui_insert_into_constant(
// REWRITE:       arith.constant dense<[-1, 0, -128, 7]> : tensor<4xi8>
// REWRITE-NEXT:  tensor.insert_slice %arg0 into {{.*}} : tensor<2xi8> into tensor<4xi8>
// REWRITE-NEXT:  arith.extui {{.*}} : tensor<4xi8> to tensor<4xi32>
func.func @sink_extui_insert_into_constant(%a: tensor<2xi8>) -> tensor<4xi32> {
  %0 = arith.extui %a : tensor<2xi8> to tensor<2xi32>
  %k = arith.constant dense<[255, 0, 128, 7]> : tensor<4xi32>
  %1 = tensor.insert_slice %0 into %k[1] [2] [1] : tensor<2xi32> into tensor<4xi32>
  return %1 : tensor<4xi32>
}

func.func @main() {
  // i32 extremes and sign boundaries of i8/i16.
  %n = arith.constant dense<[[2147483647, -2147483648, 255, 256],
                             [-1, -129, 128, 32768]]> : tensor<2x4xi32>
  // ints that round in f16: 2049 (tie -> 2048), 2051 (tie -> 2052),
  // 65519 (-> 65504), 65520 (tie -> +Inf), -4097 (tie -> -4096), 4095,
  // 2^24 + 1, -70000 (-> -Inf).
  %m = arith.constant dense<[[2049, 2051, 65519, 65520],
                             [-4097, 4095, 16777217, -70000]]> : tensor<2x4xi32>
  %l = arith.constant dense<[[9223372036854775807, -9223372036854775808, 0x10000FFFF, 0x100008000],
                             [-32769, 32767, 65535, -1]]> : tensor<2x4xi64>
  %c = arith.constant dense<[[127, -128, -1, 0], [1, 64, -65, 100]]> : tensor<2x4xi8>
  %w = arith.constant dense<[[32767, -32768, -1, 0], [255, -256, 12345, -12345]]> : tensor<2x4xi16>
  %v = arith.constant dense<[-2, 2, 128, -129]> : tensor<4xi16>
  // fptosi -> i8 in range: 127.9, -128.9, -0, 2.5, -2.5, 0.99, -0.5, the
  // smallest f32 subnormal.
  %f = arith.constant dense<[[127.9, -128.9, -0.0, 2.5],
                             [-2.5, 0.99, -0.5, 0x00000001]]> : tensor<2x4xf32>
  // fptosi -> i16 in range: 32767.5, -32768.9, 1e4 + 0.5, -1e-30, 255.5,
  // 2^15 - 2^-8, 100.0, -100.99.
  %f16r = arith.constant dense<[[32767.5, -32768.9, 10000.5, -1.0e-30],
                                [255.5, 32767.99, 100.0, -100.99]]> : tensor<2x4xf32>
  // fptoui -> i8 in range: 255.9, 0, -0, 128.5, 2^-149, 0.99, 254.5, 1.0.
  %fu = arith.constant dense<[255.9, 0.0, -0.0, 128.5, 0x00000001, 0.99, 254.5, 1.0]> : tensor<8xf32>

  %r0 = call @trunci_i32_i8_collapse(%n) : (tensor<2x4xi32>) -> tensor<8xi8>
  %p0 = arith.extsi %r0 : tensor<8xi8> to tensor<8xi16>
  %x0 = tensor.cast %p0 : tensor<8xi16> to tensor<*xi16>
  call @printMemrefI16(%x0) : (tensor<*xi16>) -> ()
  %r1 = call @trunci_i64_i16_transpose(%l) : (tensor<2x4xi64>) -> tensor<4x2xi16>
  %x1 = tensor.cast %r1 : tensor<4x2xi16> to tensor<*xi16>
  call @printMemrefI16(%x1) : (tensor<*xi16>) -> ()
  %r2 = call @trunci_i32_i16_pad(%n) : (tensor<2x4xi32>) -> tensor<3x5xi16>
  %x2 = tensor.cast %r2 : tensor<3x5xi16> to tensor<*xi16>
  call @printMemrefI16(%x2) : (tensor<*xi16>) -> ()
  %r3 = call @sink_extsi_extract_slice(%c) : (tensor<2x4xi8>) -> tensor<2x3xi32>
  %x3 = tensor.cast %r3 : tensor<2x3xi32> to tensor<*xi32>
  call @printMemrefI32(%x3) : (tensor<*xi32>) -> ()
  %r4 = call @sink_extui_collapse(%c) : (tensor<2x4xi8>) -> tensor<8xi32>
  %x4 = tensor.cast %r4 : tensor<8xi32> to tensor<*xi32>
  call @printMemrefI32(%x4) : (tensor<*xi32>) -> ()
  %r5 = call @sink_extsi_concat(%v, %v) : (tensor<4xi16>, tensor<4xi16>) -> tensor<8xi32>
  %x5 = tensor.cast %r5 : tensor<8xi32> to tensor<*xi32>
  call @printMemrefI32(%x5) : (tensor<*xi32>) -> ()
  %r6 = call @fptosi_i8_collapse(%f) : (tensor<2x4xf32>) -> tensor<8xi8>
  %p6 = arith.extsi %r6 : tensor<8xi8> to tensor<8xi16>
  %x6 = tensor.cast %p6 : tensor<8xi16> to tensor<*xi16>
  call @printMemrefI16(%x6) : (tensor<*xi16>) -> ()
  %r7 = call @fptosi_i16_transpose(%f16r) : (tensor<2x4xf32>) -> tensor<4x2xi16>
  %x7 = tensor.cast %r7 : tensor<4x2xi16> to tensor<*xi16>
  call @printMemrefI16(%x7) : (tensor<*xi16>) -> ()
  %r8 = call @fptoui_i8_expand(%fu) : (tensor<8xf32>) -> tensor<2x4xi8>
  %p8 = arith.extui %r8 : tensor<2x4xi8> to tensor<2x4xi16>
  %x8 = tensor.cast %p8 : tensor<2x4xi16> to tensor<*xi16>
  call @printMemrefI16(%x8) : (tensor<*xi16>) -> ()
  %r9 = call @sink_sitofp_collapse(%w) : (tensor<2x4xi16>) -> tensor<8xf32>
  %p9 = arith.bitcast %r9 : tensor<8xf32> to tensor<8xi32>
  %x9 = tensor.cast %p9 : tensor<8xi32> to tensor<*xi32>
  call @printMemrefI32(%x9) : (tensor<*xi32>) -> ()
  %r10 = call @sitofp_i32_f16_transpose(%m) : (tensor<2x4xi32>) -> tensor<4x2xf16>
  %p10 = arith.bitcast %r10 : tensor<4x2xf16> to tensor<4x2xi16>
  %x10 = tensor.cast %p10 : tensor<4x2xi16> to tensor<*xi16>
  call @printMemrefI16(%x10) : (tensor<*xi16>) -> ()
  %r11 = call @uitofp_i32_f16_slice(%n) : (tensor<2x4xi32>) -> tensor<2x2xf16>
  %p11 = arith.bitcast %r11 : tensor<2x2xf16> to tensor<2x2xi16>
  %x11 = tensor.cast %p11 : tensor<2x2xi16> to tensor<*xi16>
  call @printMemrefI16(%x11) : (tensor<*xi16>) -> ()
  %r12 = call @sink_uitofp_expand(%c) : (tensor<2x4xi8>) -> tensor<2x2x2xf32>
  %p12 = arith.bitcast %r12 : tensor<2x2x2xf32> to tensor<2x2x2xi32>
  %x12 = tensor.cast %p12 : tensor<2x2x2xi32> to tensor<*xi32>
  call @printMemrefI32(%x12) : (tensor<*xi32>) -> ()
  %r13 = call @tosa_i32_f16_reverse(%m) : (tensor<2x4xi32>) -> tensor<2x4xf16>
  %p13 = arith.bitcast %r13 : tensor<2x4xf16> to tensor<2x4xi16>
  %x13 = tensor.cast %p13 : tensor<2x4xi16> to tensor<*xi16>
  call @printMemrefI16(%x13) : (tensor<*xi16>) -> ()
  %r14:2 = call @sink_tosa_i8_transpose(%c) : (tensor<2x4xi8>) -> (tensor<4x2xi32>, tensor<4x2xf32>)
  %x14 = tensor.cast %r14#0 : tensor<4x2xi32> to tensor<*xi32>
  call @printMemrefI32(%x14) : (tensor<*xi32>) -> ()
  %p15 = arith.bitcast %r14#1 : tensor<4x2xf32> to tensor<4x2xi32>
  %x15 = tensor.cast %p15 : tensor<4x2xi32> to tensor<*xi32>
  call @printMemrefI32(%x15) : (tensor<*xi32>) -> ()
  %shape = arith.constant dense<[8]> : tensor<1xi32>
  %r16 = call @reshape_i32_shape_trunci(%n, %shape) : (tensor<2x4xi32>, tensor<1xi32>) -> tensor<8xi8>
  %p16 = arith.extsi %r16 : tensor<8xi8> to tensor<8xi16>
  %x16 = tensor.cast %p16 : tensor<8xi16> to tensor<*xi16>
  call @printMemrefI16(%x16) : (tensor<*xi16>) -> ()
  %r17 = call @sink_extsi_reshape_i32_shape(%c, %shape) : (tensor<2x4xi8>, tensor<1xi32>) -> tensor<8xi32>
  %x17 = tensor.cast %r17 : tensor<8xi32> to tensor<*xi32>
  call @printMemrefI32(%x17) : (tensor<*xi32>) -> ()
  %c2 = arith.constant dense<[-1, 100]> : tensor<2xi8>
  %r18 = call @sink_extui_insert_into_constant(%c2) : (tensor<2xi8>) -> tensor<4xi32>
  %x18 = tensor.cast %r18 : tensor<4xi32> to tensor<*xi32>
  call @printMemrefI32(%x18) : (tensor<*xi32>) -> ()
  return
}

// Spot checks of the semantics (the diff above proves before == after).
// trunci i32 -> i8 keeps the low bits.
// VALUES:      [-1,  0,  -1,  0,  -1,  127,  -128,  0]
// trunci i64 -> i16 (transposed).
// VALUES-NEXT: {{\[\[}}-1,   32767],
// VALUES-NEXT: [0,   32767],
// VALUES-NEXT: [-1,   -1],
// VALUES-NEXT: [-32768,   -1]]
// The padding value 70000 becomes 4464 in i16; 32768 wraps to -32768.
// VALUES-NEXT: {{\[\[}}4464,   4464,   4464,   4464,   4464],
// VALUES-NEXT: [-1,   0,   255,   256,   4464],
// VALUES-NEXT: [-1,   -129,   128,   -32768,   4464]]
// extsi and extui of the same i8 bytes.
// VALUES-NEXT: {{\[\[}}-128,   -1,   0],
// VALUES-NEXT: [64,   -65,   100]]
// VALUES-NEXT: [127,  128,  255,  0,  1,  64,  191,  100]
// VALUES-NEXT: [-2,  2,  128,  -129,  -2,  2,  128,  -129]
// fptosi truncates toward zero: 127.9 -> 127, -128.9 -> -128, -2.5 -> -2.
// VALUES-NEXT: [127,  -128,  0,  2,  -2,  0,  0,  0]
// VALUES-NEXT: {{\[\[}}32767,   255],
// VALUES-NEXT: [-32768,   32767],
// fptoui: 255.9 -> 255, 128.5 -> 128, 254.5 -> 254.
// VALUES:      {{\[\[}}255,   0,   0,   128],
// VALUES-NEXT: [0,   0,   254,   1]]
// sitofp i16 -> f32: 32767 -> 0x46FFFE00, -32768 -> 0xC7000000.
// VALUES-NEXT: [1191181824,  -956301312,  -1082130432,  0,
// sitofp i32 -> f16 (transposed): 2049 -> 2048 and 2051 -> 2052 (ties to
// even), -4097 -> -4096, 4095 -> 4096, 65519 -> 65504, 65520 -> +Inf (tie),
// 2^24 + 1 -> +Inf, -70000 -> -Inf.
// VALUES-NEXT: {{\[\[}}26624,   -5120],
// VALUES-NEXT: [26626,   27648],
// VALUES-NEXT: [31743,   31744],
// VALUES-NEXT: [31744,   -1024]]
// uitofp i32 -> f16: -2^31 and -129 read unsigned overflow to +Inf.
// VALUES-NEXT: {{\[\[}}31744,   23552],
// VALUES-NEXT: [31744,   30720]]
// tosa.cast i32 -> f16 (reversed rows).
// VALUES:      {{\[\[}}31744,   31743,   26626,   26624],
// VALUES-NEXT: [-1024,   31744,   27648,   -5120]]
// tosa.cast i8 -> i32 sign-extends.
// VALUES-NEXT: {{\[\[}}127,   1],
// VALUES-NEXT: [-128,   64],
// tensor.reshape with an i32 shape operand: trunci and extsi.
// VALUES:      [-1,  0,  -1,  0,  -1,  127,  -128,  0]
// VALUES-NEXT: [127,  -128,  -1,  0,  1,  64,  -65,  100]
// extui below an insert into the constant [255, 0, 128, 7].
// VALUES-NEXT: [255,  255,  100,  7]
