// tosa.while_loop: narrowing tosa.casts of two carried results are carried
// narrow through the loop (one to f16, one to bf16): the inits and a
// loop-invariant row are cast once before the loop, the cond and body
// regions' arguments and the body's data movement retyped. Lowered through
// tosa-to-scf and run for 0, 1 and 3 iterations, the results are
// bit-identical before and after, under exactness=values and
// exactness=bits, on inputs with NaN payloads (quiet and signalling, both
// signs), +-Inf, -0, f32 subnormals, values that overflow f16 and bf16, and
// rounding ties of both. Results are printed as bit patterns. The loop
// yields new tensors, so the lowering is %lower-to-llvm-loops
// (one-shot-bufferize with allow-return-allocs-from-loops).
// RUN: cast-hoist-opt %s %lower-to-llvm-loops | %run-cpu | grep -v base@ > %t.before
// RUN: cast-hoist-opt %s --hoist-casts > %t.hoisted.mlir
// RUN: FileCheck %s --check-prefix=REWRITE < %t.hoisted.mlir
// RUN: cast-hoist-opt %t.hoisted.mlir %lower-to-llvm-loops | %run-cpu | grep -v base@ > %t.after
// RUN: diff %t.before %t.after
// RUN: cast-hoist-opt %s --hoist-casts='exactness=bits policy=always' > %t.bits.mlir
// RUN: FileCheck %s --check-prefix=REWRITE < %t.bits.mlir
// RUN: cast-hoist-opt %t.bits.mlir %lower-to-llvm-loops | %run-cpu | grep -v base@ > %t.bits
// RUN: diff %t.before %t.bits
// RUN: FileCheck %s --check-prefix=OUT < %t.after

func.func private @printMemrefI16(tensor<*xi16>) attributes { llvm.emit_c_interface }

// REWRITE-LABEL: func.func @decode(
// REWRITE-DAG:     tosa.cast {{.*}} : (tensor<4x2xf32>) -> tensor<4x2xf16>
// REWRITE-DAG:     tosa.cast {{.*}} : (tensor<1x2xf32>) -> tensor<1x2xf16>
// REWRITE-DAG:     tosa.cast {{.*}} : (tensor<4x2xf32>) -> tensor<4x2xbf16>
// REWRITE:         tosa.while_loop {{.*}} : (tensor<i32>, tensor<4x2xf16>, tensor<4x2xbf16>) -> (tensor<i32>, tensor<4x2xf16>, tensor<4x2xbf16>)
// REWRITE:         ^bb0(%{{.*}}: tensor<i32>, %{{.*}}: tensor<4x2xf16>, %{{.*}}: tensor<4x2xbf16>):
// REWRITE:           tosa.concat {{.*}} -> tensor<5x2xf16>
// REWRITE:           tosa.slice {{.*}} -> tensor<4x2xf16>
// REWRITE:           tosa.reverse {{.*}} -> tensor<4x2xbf16>
// REWRITE:           tosa.transpose {{.*}} -> tensor<4x2xbf16>
// REWRITE-NOT:     tosa.cast
// REWRITE:         return
func.func @decode(%n: tensor<i32>, %x: tensor<4x2xf32>, %row: tensor<1x2xf32>, %y: tensor<4x2xf32>) -> (tensor<4x2xf16>, tensor<4x2xbf16>) attributes {no_inline} {
  %i0 = "tosa.const"() {values = dense<0> : tensor<i32>} : () -> tensor<i32>
  %r:3 = tosa.while_loop (%i = %i0, %v = %x, %w = %y) : (tensor<i32>, tensor<4x2xf32>, tensor<4x2xf32>) -> (tensor<i32>, tensor<4x2xf32>, tensor<4x2xf32>) {
    %go = tosa.greater %n, %i : (tensor<i32>, tensor<i32>) -> tensor<i1>
    tosa.yield %go : tensor<i1>
  } do {
  ^bb0(%i1: tensor<i32>, %v1: tensor<4x2xf32>, %w1: tensor<4x2xf32>):
    %one = "tosa.const"() {values = dense<1> : tensor<i32>} : () -> tensor<i32>
    %i2 = tosa.add %i1, %one : (tensor<i32>, tensor<i32>) -> tensor<i32>
    // Shift the rows up and append the row: a decode window.
    %cat = tosa.concat %v1, %row {axis = 0 : i32} : (tensor<4x2xf32>, tensor<1x2xf32>) -> tensor<5x2xf32>
    %start = tosa.const_shape {values = dense<[1, 0]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %size = tosa.const_shape {values = dense<[4, 2]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %s = tosa.slice %cat, %start, %size : (tensor<5x2xf32>, !tosa.shape<2>, !tosa.shape<2>) -> tensor<4x2xf32>
    // Rotate the other value: reverse the rows, then (as 2x4) swap back.
    %rev = tosa.reverse %w1 {axis = 1 : i32} : (tensor<4x2xf32>) -> tensor<4x2xf32>
    %shape = tosa.const_shape {values = dense<[2, 4]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %re = tosa.reshape %rev, %shape : (tensor<4x2xf32>, !tosa.shape<2>) -> tensor<2x4xf32>
    %t = tosa.transpose %re {perms = array<i32: 1, 0>} : (tensor<2x4xf32>) -> tensor<4x2xf32>
    tosa.yield %i2, %s, %t : tensor<i32>, tensor<4x2xf32>, tensor<4x2xf32>
  }
  %nv = tosa.cast %r#1 : (tensor<4x2xf32>) -> tensor<4x2xf16>
  %nw = tosa.cast %r#2 : (tensor<4x2xf32>) -> tensor<4x2xbf16>
  return %nv, %nw : tensor<4x2xf16>, tensor<4x2xbf16>
}

func.func @print16(%v: tensor<4x2xf16>) {
  %b = arith.bitcast %v : tensor<4x2xf16> to tensor<4x2xi16>
  %u = tensor.cast %b : tensor<4x2xi16> to tensor<*xi16>
  call @printMemrefI16(%u) : (tensor<*xi16>) -> ()
  return
}

func.func @printbf16(%v: tensor<4x2xbf16>) {
  %b = arith.bitcast %v : tensor<4x2xbf16> to tensor<4x2xi16>
  %u = tensor.cast %b : tensor<4x2xi16> to tensor<*xi16>
  call @printMemrefI16(%u) : (tensor<*xi16>) -> ()
  return
}

// Per iteration count (0, 1, 3): the f16 window, then the bf16 value.
// 0 iterations: the inputs narrowed (quiet NaN 0x7E09 keeping its payload's
// top bits, the signalling NaN quieted to 0xFF00, 70000 -> +Inf, the tie to
// 1.0; in bf16 0x7FE0, the ties to 0x3F80 and 0x3F82, the largest f32 to
// +Inf). Then the rows shift up and the row comes in (2^-15 - 2^-25 ->
// 0x03FF, its signalling NaN quieted to 0x7F00), and the bf16 value
// rotates. The f32 subnormal 0x00400000 gives bf16 0x0040 (64) where the
// conversion is IEEE and 0 where it flushes (AVX512-BF16): the same before
// and after the pass on one machine, which is what the diffs check.
// OUT:      {{\[\[}}32265,{{ +}}-256],
// OUT-NEXT: {{ *\[}}31744,{{ +}}-32768],
// OUT-NEXT: {{ *\[}}0,{{ +}}31744],
// OUT-NEXT: {{ *\[}}15360,{{ +}}-19115]]
// OUT:      {{\[\[}}32736,{{ +}}-32768],
// OUT-NEXT: {{ *\[}}16256,{{ +}}16258],
// OUT-NEXT: {{ *\[}}32640,{{ +}}{{(0|64)}}],
// OUT-NEXT: {{ *\[}}-128,{{ +}}16043]]
// OUT:      {{\[\[}}31744,{{ +}}-32768],
// OUT-NEXT: {{ *\[}}0,{{ +}}31744],
// OUT-NEXT: {{ *\[}}15360,{{ +}}-19115],
// OUT-NEXT: {{ *\[}}1023,{{ +}}32512]]
// OUT:      {{\[\[}}-32768,{{ +}}{{(0|64)}}],
// OUT-NEXT: {{ *\[}}32736,{{ +}}32640],
// OUT-NEXT: {{ *\[}}16258,{{ +}}16043],
// OUT-NEXT: {{ *\[}}16256,{{ +}}-128]]
// OUT:      {{\[\[}}15360,{{ +}}-19115],
// OUT-NEXT: {{ *\[}}1023,{{ +}}32512],
// OUT-NEXT: {{ *\[}}1023,{{ +}}32512],
// OUT-NEXT: {{ *\[}}1023,{{ +}}32512]]
// OUT:      {{\[\[}}16043,{{ +}}-128],
// OUT-NEXT: {{ *\[}}{{(0|64)}},{{ +}}32640],
// OUT-NEXT: {{ *\[}}16258,{{ +}}16256],
// OUT-NEXT: {{ *\[}}-32768,{{ +}}32736]]
func.func @main() {
  // f32: quiet NaN with payload, -signalling NaN | +Inf, -0 | the smallest
  // f32 subnormal, 70000 (overflows f16) | 1 + 2^-11 (an f16 tie), -1/3.
  %x = arith.constant dense<[[0x7FC12345, 0xFFA00001], [0x7F800000, 0x80000000],
                             [0x00000001, 0x4788B800], [0x3F801000, 0xBEAAAAAB]]> : tensor<4x2xf32>
  // The appended row: 2^-15 - 2^-25 (rounds to an f16 subnormal), a
  // signalling NaN.
  %row = arith.constant dense<[[0x387FC000, 0x7FA00000]]> : tensor<1x2xf32>
  // f32 for bf16: a signalling NaN, -(smallest subnormal) | 1 + 2^-8 (a bf16
  // tie, to even: 1.0), 1 + 3 * 2^-8 (a tie, to even: up) | the largest f32
  // (overflows bf16 to +Inf), an f32 subnormal | -Inf, 1/3.
  %y = arith.constant dense<[[0x7FA00001, 0x80000001], [0x3F808000, 0x3F818000],
                             [0x7F7FFFFF, 0x00400000], [0xFF800000, 0x3EAAAAAB]]> : tensor<4x2xf32>
  %counts = arith.constant dense<[0, 1, 3]> : tensor<3xi32>
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  scf.for %k = %c0 to %c3 step %c1 {
    %count = tensor.extract %counts[%k] : tensor<3xi32>
    %n = tensor.from_elements %count : tensor<i32>
    %r:2 = func.call @decode(%n, %x, %row, %y) : (tensor<i32>, tensor<4x2xf32>, tensor<1x2xf32>, tensor<4x2xf32>) -> (tensor<4x2xf16>, tensor<4x2xbf16>)
    func.call @print16(%r#0) : (tensor<4x2xf16>) -> ()
    func.call @printbf16(%r#1) : (tensor<4x2xbf16>) -> ()
  }
  return
}
