// Narrowing casts moved into scf.if / scf.index_switch branches and carried
// narrow through scf.for iter_args, and widening casts moved out of a
// switch, by --hoist-casts (exactness=values, the default, and
// exactness=bits) compute bit-identical results before and after, on inputs with NaN
// payloads (quiet and signalling, both signs), +-Inf, -0, f32 and f16
// subnormals, values that overflow f16 and rounding ties. Results are
// printed as bit patterns (integers). The loops yield new tensors, so the
// lowering is %lower-to-llvm-loops (one-shot-bufferize with
// allow-return-allocs-from-loops). The pass leaves @main unchanged (checked
// by the @main diff).
// RUN: cast-hoist-opt %s %lower-to-llvm-loops | %run-cpu | grep -v base@ > %t.before
// RUN: cast-hoist-opt %s --hoist-casts > %t.hoisted.mlir
// RUN: FileCheck %s --check-prefix=REWRITE < %t.hoisted.mlir
// RUN: cast-hoist-opt %s | sed -n '/func.func @main/,$p' > %t.main.before
// RUN: sed -n '/func.func @main/,$p' %t.hoisted.mlir > %t.main.after
// RUN: diff %t.main.before %t.main.after
// RUN: cast-hoist-opt %t.hoisted.mlir %lower-to-llvm-loops | %run-cpu | grep -v base@ > %t.after
// RUN: diff %t.before %t.after
// RUN: cast-hoist-opt %s --hoist-casts=exactness=bits > %t.bits.mlir
// RUN: FileCheck %s --check-prefix=REWRITE < %t.bits.mlir
// RUN: cast-hoist-opt %t.bits.mlir %lower-to-llvm-loops | %run-cpu | grep -v base@ > %t.bits
// RUN: diff %t.before %t.bits
// RUN: FileCheck %s --check-prefix=VALUES < %t.after

func.func private @printMemrefI16(tensor<*xi16>) attributes { llvm.emit_c_interface }
func.func private @printMemrefI32(tensor<*xi32>) attributes { llvm.emit_c_interface }

// REWRITE-LABEL: func.func @if_f16(
// REWRITE:       scf.if {{.*}} -> (tensor<4x4xf16>)
// REWRITE:       arith.truncf %arg1 : tensor<4x4xf32> to tensor<4x4xf16>
// REWRITE-NEXT:  tmov.transpose
// REWRITE:       arith.truncf %arg2 : tensor<4x4xf32> to tensor<4x4xf16>
// REWRITE-NOT:   arith.truncf
// REWRITE:       return
func.func @if_f16(%c: i1, %a: tensor<4x4xf32>, %b: tensor<4x4xf32>) -> tensor<4x4xf16> {
  %r = scf.if %c -> (tensor<4x4xf32>) {
    %t = tmov.transpose %a [1, 0] : tensor<4x4xf32> -> tensor<4x4xf32>
    scf.yield %t : tensor<4x4xf32>
  } else {
    scf.yield %b : tensor<4x4xf32>
  }
  %n = arith.truncf %r : tensor<4x4xf32> to tensor<4x4xf16>
  return %n : tensor<4x4xf16>
}

// REWRITE-LABEL: func.func @switch_bf16(
// REWRITE:       scf.index_switch {{.*}} -> tensor<2x8xbf16>
// REWRITE:       arith.truncf %arg1 : tensor<4x4xf32> to tensor<4x4xbf16>
// REWRITE-NEXT:  tensor.reshape
// REWRITE:       arith.truncf %arg2 : tensor<4x4xf32> to tensor<4x4xbf16>
// REWRITE-NEXT:  tensor.extract_slice
func.func @switch_bf16(%i: index, %a: tensor<4x4xf32>, %b: tensor<4x4xf32>) -> tensor<2x8xbf16> {
  %r = scf.index_switch %i -> tensor<2x8xf32>
  case 0 {
    %s = arith.constant dense<[2, 8]> : tensor<2xindex>
    %0 = tensor.reshape %a(%s) : (tensor<4x4xf32>, tensor<2xindex>) -> tensor<2x8xf32>
    scf.yield %0 : tensor<2x8xf32>
  }
  default {
    %1 = tensor.extract_slice %b[0, 0] [2, 4] [2, 1] : tensor<4x4xf32> to tensor<2x4xf32>
    %2 = tensor.concat dim(1) %1, %1 : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x8xf32>
    scf.yield %2 : tensor<2x8xf32>
  }
  %n = arith.truncf %r : tensor<2x8xf32> to tensor<2x8xbf16>
  return %n : tensor<2x8xbf16>
}

// A decode loop: each iteration appends a loop-invariant row and keeps the
// last six rows; the row is cast once, before the loop.
// REWRITE-LABEL: func.func @decode_f16(
// REWRITE-DAG:   arith.truncf %arg0 : tensor<6x4xf32> to tensor<6x4xf16>
// REWRITE-DAG:   arith.truncf %arg1 : tensor<1x4xf32> to tensor<1x4xf16>
// REWRITE:       scf.for {{.*}} -> (tensor<6x4xf16>)
// REWRITE:       tensor.concat {{.*}} -> tensor<7x4xf16>
// REWRITE-NOT:   arith.truncf
// REWRITE:       return
func.func @decode_f16(%x: tensor<6x4xf32>, %row: tensor<1x4xf32>, %n: index) -> tensor<6x4xf16> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %x) -> (tensor<6x4xf32>) {
    %cat = tensor.concat dim(0) %acc, %row : (tensor<6x4xf32>, tensor<1x4xf32>) -> tensor<7x4xf32>
    %s = tensor.extract_slice %cat[1, 0] [6, 4] [1, 1] : tensor<7x4xf32> to tensor<6x4xf32>
    scf.yield %s : tensor<6x4xf32>
  }
  %c = arith.truncf %r : tensor<6x4xf32> to tensor<6x4xf16>
  return %c : tensor<6x4xf16>
}

// A pad value that overflows f16 (65520 ties to +Inf) and a value computed
// in the body (the other iter_arg, cast where it is read).
// REWRITE-LABEL: func.func @pad_loop_f16(
// REWRITE:       scf.for {{.*}} -> (tensor<4x4xf16>, tensor<1x4xf32>)
// REWRITE:       arith.constant 0x7C00 : f16
// REWRITE:       tensor.pad
// REWRITE:       arith.truncf {{.*}} : tensor<1x4xf32> to tensor<1x4xf16>
func.func @pad_loop_f16(%x: tensor<4x4xf32>, %y: tensor<1x4xf32>, %n: index) -> (tensor<4x4xf16>, tensor<1x4xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %v = arith.constant 65520.0 : f32
  %r:2 = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %x, %other = %y) -> (tensor<4x4xf32>, tensor<1x4xf32>) {
    %p = tensor.pad %acc low[1, 0] high[0, 0] {
    ^bb0(%j: index, %k: index):
      tensor.yield %v : f32
    } : tensor<4x4xf32> to tensor<5x4xf32>
    %top = tensor.extract_slice %p[0, 0] [3, 4] [1, 1] : tensor<5x4xf32> to tensor<3x4xf32>
    %cat = tensor.concat dim(0) %other, %top : (tensor<1x4xf32>, tensor<3x4xf32>) -> tensor<4x4xf32>
    %neg = arith.negf %other : tensor<1x4xf32>
    scf.yield %cat, %neg : tensor<4x4xf32>, tensor<1x4xf32>
  }
  %c = arith.truncf %r#0 : tensor<4x4xf32> to tensor<4x4xf16>
  return %c, %r#1 : tensor<4x4xf16>, tensor<1x4xf32>
}

// Integers: a trunci moved into the branches cancels the sign extension of
// one of them.
// REWRITE-LABEL: func.func @if_int(
// REWRITE:       scf.if {{.*}} -> (tensor<8xi16>)
// REWRITE-NEXT:  scf.yield %arg1 : tensor<8xi16>
func.func @if_int(%c: i1, %h: tensor<8xi16>, %w: tensor<8xi32>) -> tensor<8xi16> {
  %r = scf.if %c -> (tensor<8xi32>) {
    %e = arith.extsi %h : tensor<8xi16> to tensor<8xi32>
    scf.yield %e : tensor<8xi32>
  } else {
    %rev = tensor.extract_slice %w[0] [8] [1] : tensor<8xi32> to tensor<8xi32>
    scf.yield %rev : tensor<8xi32>
  }
  %n = arith.trunci %r : tensor<8xi32> to tensor<8xi16>
  return %n : tensor<8xi16>
}

// Widening casts out of a switch: two cases widen f16, the default yields a
// constant with exact f16 preimages (-0, +-Inf, 65504, -2^-14, 1.5); one
// extf follows the switch and then sinks below the transpose.
// REWRITE-LABEL: func.func @sink_switch_f16(
// REWRITE:       scf.index_switch {{.*}} -> tensor<2x4xf16>
// REWRITE:       tmov.transpose {{.*}} : tensor<2x4xf16> -> tensor<4x2xf16>
// REWRITE-NEXT:  arith.extf {{.*}} : tensor<4x2xf16> to tensor<4x2xf32>
func.func @sink_switch_f16(%i: index, %h: tensor<2x4xf16>, %g: tensor<2x4xf16>) -> tensor<4x2xf32> {
  %k = arith.constant dense<[[-0.0, 0x7F800000, 0xFF800000, 65504.0],
                             [0xB8800000, 1.5, 0.0, -2.0]]> : tensor<2x4xf32>
  %r = scf.index_switch %i -> tensor<2x4xf32>
  case 0 {
    %e = arith.extf %h : tensor<2x4xf16> to tensor<2x4xf32>
    scf.yield %e : tensor<2x4xf32>
  }
  case 1 {
    %e = arith.extf %g : tensor<2x4xf16> to tensor<2x4xf32>
    scf.yield %e : tensor<2x4xf32>
  }
  default {
    scf.yield %k : tensor<2x4xf32>
  }
  %t = tmov.transpose %r [1, 0] : tensor<2x4xf32> -> tensor<4x2xf32>
  return %t : tensor<4x2xf32>
}

// A KV cache filled one row per step at a dynamic index; the row is computed
// in f32 (mulf: 1e30^2 overflows f32, NaN stays NaN) and cast where it is
// inserted.
// REWRITE-LABEL: func.func @kv_cache_f16(
// REWRITE:       scf.for {{.*}} -> (tensor<6x4xf16>, tensor<1x4xf32>)
// REWRITE:       arith.mulf {{.*}} : tensor<1x4xf32>
// REWRITE-NEXT:  arith.truncf {{.*}} : tensor<1x4xf32> to tensor<1x4xf16>
// REWRITE-NEXT:  tensor.insert_slice {{.*}} : tensor<1x4xf16> into tensor<6x4xf16>
func.func @kv_cache_f16(%cache: tensor<6x4xf32>, %q: tensor<1x4xf32>, %n: index) -> tensor<6x4xf16> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r:2 = scf.for %i = %c0 to %n step %c1 iter_args(%kv = %cache, %h = %q) -> (tensor<6x4xf32>, tensor<1x4xf32>) {
    %m = arith.mulf %h, %h : tensor<1x4xf32>
    %kv1 = tensor.insert_slice %m into %kv[%i, 0] [1, 4] [1, 1] : tensor<1x4xf32> into tensor<6x4xf32>
    scf.yield %kv1, %m : tensor<6x4xf32>, tensor<1x4xf32>
  }
  %c = arith.truncf %r#0 : tensor<6x4xf32> to tensor<6x4xf16>
  return %c : tensor<6x4xf16>
}

// scf.while: the carried tensor passes through both regions (a reverse before
// the condition, a concat with a loop-invariant row and a slice after it).
// REWRITE-LABEL: func.func @while_f16(
// REWRITE:       scf.while {{.*}} -> (index, tensor<6x4xf16>)
// REWRITE:       tmov.reverse {{.*}} : tensor<6x4xf16>
// REWRITE:       tensor.concat {{.*}} -> tensor<7x4xf16>
// REWRITE-NOT:   arith.truncf
// REWRITE:       return
func.func @while_f16(%x: tensor<6x4xf32>, %row: tensor<1x4xf32>, %n: index) -> tensor<6x4xf16> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r:2 = scf.while (%i = %c0, %acc = %x) : (index, tensor<6x4xf32>) -> (index, tensor<6x4xf32>) {
    %rev = tmov.reverse %acc [1] : tensor<6x4xf32>
    %go = arith.cmpi slt, %i, %n : index
    scf.condition(%go) %i, %rev : index, tensor<6x4xf32>
  } do {
  ^bb0(%j: index, %b: tensor<6x4xf32>):
    %cat = tensor.concat dim(0) %b, %row : (tensor<6x4xf32>, tensor<1x4xf32>) -> tensor<7x4xf32>
    %s = tensor.extract_slice %cat[1, 0] [6, 4] [1, 1] : tensor<7x4xf32> to tensor<6x4xf32>
    %j1 = arith.addi %j, %c1 : index
    scf.yield %j1, %s : index, tensor<6x4xf32>
  }
  %c = arith.truncf %r#1 : tensor<6x4xf32> to tensor<6x4xf16>
  return %c : tensor<6x4xf16>
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
  // A negative signalling NaN, -65520 (ties to -Inf), 2^-25 + 2^-35 (rounds
  // up to 2^-24), 1 - 2^-12 (tie, rounds up to 1.0).
  %row = arith.constant dense<[[0xFF800001, 0xC77FF000, 0x33000400, 0x3F7FF000]]> : tensor<1x4xf32>
  %x6 = arith.constant dense<[[0x7FC00001, 0x7F800000, 0xFF800000, 0x80000000],
                              [0x00000001, 0x33800000, 0x477FF000, 0x477FE000],
                              [0x3F801000, 0x3F803000, 0x45001000, 0x4B7FFFFF],
                              [0xC61C4000, 0x3EAAAAAB, 0x00800000, 0x7F7FFFFF],
                              [0xFFC12345, 0x38000000, 0xB3000000, 70000.0],
                              [1.0e30, 0x3F808000, 0x3F818000, 0x7F800001]]> : tensor<6x4xf32>
  %h = arith.constant dense<[-32768, -1, 0, 1, 32767, 255, -256, 12345]> : tensor<8xi16>
  %w = arith.constant dense<[65536, -1, 32768, -32769, 2147483647, -2147483648, 70000, 255]> : tensor<8xi32>
  %true = arith.constant true
  %false = arith.constant false
  %i0 = arith.constant 0 : index
  %i1 = arith.constant 1 : index
  %n0 = arith.constant 0 : index
  %n2 = arith.constant 2 : index
  %n3 = arith.constant 3 : index

  %r0 = call @if_f16(%true, %a, %b) : (i1, tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf16>
  %p0 = arith.bitcast %r0 : tensor<4x4xf16> to tensor<4x4xi16>
  %q0 = tensor.cast %p0 : tensor<4x4xi16> to tensor<*xi16>
  call @printMemrefI16(%q0) : (tensor<*xi16>) -> ()
  %r1 = call @if_f16(%false, %a, %b) : (i1, tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf16>
  %p1 = arith.bitcast %r1 : tensor<4x4xf16> to tensor<4x4xi16>
  %q1 = tensor.cast %p1 : tensor<4x4xi16> to tensor<*xi16>
  call @printMemrefI16(%q1) : (tensor<*xi16>) -> ()
  %r2 = call @switch_bf16(%i0, %a, %b) : (index, tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<2x8xbf16>
  %p2 = arith.bitcast %r2 : tensor<2x8xbf16> to tensor<2x8xi16>
  %q2 = tensor.cast %p2 : tensor<2x8xi16> to tensor<*xi16>
  call @printMemrefI16(%q2) : (tensor<*xi16>) -> ()
  %r3 = call @switch_bf16(%i1, %a, %b) : (index, tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<2x8xbf16>
  %p3 = arith.bitcast %r3 : tensor<2x8xbf16> to tensor<2x8xi16>
  %q3 = tensor.cast %p3 : tensor<2x8xi16> to tensor<*xi16>
  call @printMemrefI16(%q3) : (tensor<*xi16>) -> ()
  %r4 = call @decode_f16(%x6, %row, %n3) : (tensor<6x4xf32>, tensor<1x4xf32>, index) -> tensor<6x4xf16>
  %p4 = arith.bitcast %r4 : tensor<6x4xf16> to tensor<6x4xi16>
  %q4 = tensor.cast %p4 : tensor<6x4xi16> to tensor<*xi16>
  call @printMemrefI16(%q4) : (tensor<*xi16>) -> ()
  %r5 = call @decode_f16(%x6, %row, %n0) : (tensor<6x4xf32>, tensor<1x4xf32>, index) -> tensor<6x4xf16>
  %p5 = arith.bitcast %r5 : tensor<6x4xf16> to tensor<6x4xi16>
  %q5 = tensor.cast %p5 : tensor<6x4xi16> to tensor<*xi16>
  call @printMemrefI16(%q5) : (tensor<*xi16>) -> ()
  %r6:2 = call @pad_loop_f16(%b, %row, %n2) : (tensor<4x4xf32>, tensor<1x4xf32>, index) -> (tensor<4x4xf16>, tensor<1x4xf32>)
  %p6 = arith.bitcast %r6#0 : tensor<4x4xf16> to tensor<4x4xi16>
  %q6 = tensor.cast %p6 : tensor<4x4xi16> to tensor<*xi16>
  call @printMemrefI16(%q6) : (tensor<*xi16>) -> ()
  %r7 = call @if_int(%true, %h, %w) : (i1, tensor<8xi16>, tensor<8xi32>) -> tensor<8xi16>
  %q7 = tensor.cast %r7 : tensor<8xi16> to tensor<*xi16>
  call @printMemrefI16(%q7) : (tensor<*xi16>) -> ()
  %r8 = call @if_int(%false, %h, %w) : (i1, tensor<8xi16>, tensor<8xi32>) -> tensor<8xi16>
  %q8 = tensor.cast %r8 : tensor<8xi16> to tensor<*xi16>
  call @printMemrefI16(%q8) : (tensor<*xi16>) -> ()
  %h8 = arith.constant dense<[[0x7E01, 0x7C00, 0xFC00, 0x8000],
                              [0x0001, 0x03FF, 0x7D55, 0x7BFF]]> : tensor<2x4xf16>
  %g8 = arith.constant dense<[[0xFE00, 0x3C01, 0x8001, 0x5640],
                              [0x0400, 0xBC00, 0x7C01, 0x3555]]> : tensor<2x4xf16>
  %i2 = arith.constant 2 : index
  %r9 = call @sink_switch_f16(%i0, %h8, %g8) : (index, tensor<2x4xf16>, tensor<2x4xf16>) -> tensor<4x2xf32>
  %p9 = arith.bitcast %r9 : tensor<4x2xf32> to tensor<4x2xi32>
  %q9 = tensor.cast %p9 : tensor<4x2xi32> to tensor<*xi32>
  call @printMemrefI32(%q9) : (tensor<*xi32>) -> ()
  %r10 = call @sink_switch_f16(%i1, %h8, %g8) : (index, tensor<2x4xf16>, tensor<2x4xf16>) -> tensor<4x2xf32>
  %p10 = arith.bitcast %r10 : tensor<4x2xf32> to tensor<4x2xi32>
  %q10 = tensor.cast %p10 : tensor<4x2xi32> to tensor<*xi32>
  call @printMemrefI32(%q10) : (tensor<*xi32>) -> ()
  %r11 = call @sink_switch_f16(%i2, %h8, %g8) : (index, tensor<2x4xf16>, tensor<2x4xf16>) -> tensor<4x2xf32>
  %p11 = arith.bitcast %r11 : tensor<4x2xf32> to tensor<4x2xi32>
  %q11 = tensor.cast %p11 : tensor<4x2xi32> to tensor<*xi32>
  call @printMemrefI32(%q11) : (tensor<*xi32>) -> ()
  %q12 = arith.constant dense<[[0x7FC00001, 1.0e30, 0xBF801000, 0x1F800000]]> : tensor<1x4xf32>
  %r12 = call @kv_cache_f16(%x6, %q12, %n3) : (tensor<6x4xf32>, tensor<1x4xf32>, index) -> tensor<6x4xf16>
  %p12 = arith.bitcast %r12 : tensor<6x4xf16> to tensor<6x4xi16>
  %q12p = tensor.cast %p12 : tensor<6x4xi16> to tensor<*xi16>
  call @printMemrefI16(%q12p) : (tensor<*xi16>) -> ()
  %r13 = call @while_f16(%x6, %row, %n2) : (tensor<6x4xf32>, tensor<1x4xf32>, index) -> tensor<6x4xf16>
  %p13 = arith.bitcast %r13 : tensor<6x4xf16> to tensor<6x4xi16>
  %q13 = tensor.cast %p13 : tensor<6x4xi16> to tensor<*xi16>
  call @printMemrefI16(%q13) : (tensor<*xi16>) -> ()
  return
}

// Spot checks of the semantics (the diff above proves before == after).
// The transposed branch: NaN -> 0x7E00 (32256), 2^-24 -> 0x0001, 65520 ->
// +Inf (31744) by the tie, -0 -> 0x8000 (-32768).
// VALUES:      {{\[\[}}32256,   0,   15360,   -3870],
// VALUES-NEXT: [31744,   1,   15362,   13653],
// The decode loop after 3 iterations: the last three rows are the row
// (-sNaN quieted to 0xFE00 = -512, -65520 -> -Inf, 2^-25 + 2^-35 -> 1,
// 1 - 2^-12 -> 1.0).
// VALUES:      [-512,   -1024,   1,   15360],
// VALUES-NEXT: [-512,   -1024,   1,   15360],
// VALUES-NEXT: [-512,   -1024,   1,   15360]]
// if_int, then branch: the i16 input comes back unchanged.
// VALUES:      [-32768,  -1,  0,  1,  32767,  255,  -256,  12345]
// else branch: low 16 bits of each i32.
// VALUES-NEXT: [0,  -1,  -32768,  32767,  -1,  0,  4464,  255]
// sink_switch_f16, case 0: the f16 NaN payload 0x7E01 widens to 0x7FC02000,
// -0 to 0x80000000, 0x7D55 (a signalling NaN) is quieted to 0x7FAAA000.
// VALUES:      {{\[\[}}2143297536,   864026624],
// VALUES-NEXT: [2139095040,   947896320],
// VALUES-NEXT: [-8388608,   2146082816],
// default: the constant, transposed (-0, -2^-14, +Inf, 1.5, -Inf, 0, 65504, -2).
// VALUES:      {{\[\[}}-2147483648,   -1199570944],
// VALUES-NEXT: [2139095040,   1069547520],
// VALUES-NEXT: [-8388608,   0],
// VALUES-NEXT: [1199562752,   -1073741824]]
// kv_cache_f16 after 3 steps: rows 0-2 hold q^2, q^4, q^8 (NaN -> 0x7E00,
// 1e30^2 -> +Inf in f32, (1 + 2^-11)^2 -> 0x3C01, 2^-128 (an f32
// subnormal) -> 0); rows 3-5 keep the cache.
// VALUES:      {{\[\[}}32256,   31744,   15361,   0],
// VALUES-NEXT: [32256,   31744,   15362,   0],
// VALUES-NEXT: [32256,   31744,   15364,   0],
// while_f16 with n = 2: three reverses and two appended rows; the last row
// is the appended row reversed once more (1.0, 1, -Inf, -NaN quieted).
// VALUES:      [-512,   -1024,   1,   15360],
// VALUES-NEXT: [15360,   1,   -1024,   -512]]
