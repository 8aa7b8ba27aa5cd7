// tosa.cond_if (issue 11, item 3): a narrowing tosa.cast of its result moves
// into both regions and above the transpose in one of them; a widening
// tosa.cast both regions yield moves out. Lowered through tosa-to-scf and
// run on both conditions, the results are bit-identical before and after,
// under exactness=values and exactness=bits, on inputs with NaN payloads
// (quiet and signalling), +-Inf, -0, subnormals, values that overflow f16
// and rounding ties. Results are printed as bit patterns.
// RUN: cast-hoist-opt %s %lower-to-llvm | %run-cpu | grep -v base@ > %t.before
// RUN: cast-hoist-opt %s --hoist-casts > %t.hoisted.mlir
// RUN: FileCheck %s --check-prefix=REWRITE < %t.hoisted.mlir
// RUN: cast-hoist-opt %t.hoisted.mlir %lower-to-llvm | %run-cpu | grep -v base@ > %t.after
// RUN: diff %t.before %t.after
// RUN: cast-hoist-opt %s --hoist-casts='exactness=bits policy=always' > %t.bits.mlir
// RUN: FileCheck %s --check-prefix=REWRITE < %t.bits.mlir
// RUN: cast-hoist-opt %t.bits.mlir %lower-to-llvm | %run-cpu | grep -v base@ > %t.bits
// RUN: diff %t.before %t.bits
// RUN: FileCheck %s --check-prefix=OUT < %t.after

func.func private @printMemrefI16(tensor<*xi16>) attributes { llvm.emit_c_interface }
func.func private @printMemrefI32(tensor<*xi32>) attributes { llvm.emit_c_interface }

// REWRITE-LABEL: func.func @narrow_result(
// REWRITE:         tosa.cond_if {{.*}} -> tensor<2x4xf16>
// REWRITE:           tosa.cast {{.*}} : (tensor<4x2xf32>) -> tensor<4x2xf16>
// REWRITE:           tosa.transpose {{.*}} : (tensor<4x2xf16>) -> tensor<2x4xf16>
// REWRITE:         } else {
// REWRITE:           tosa.cast {{.*}} : (tensor<2x4xf32>) -> tensor<2x4xf16>
func.func @narrow_result(%c: tensor<i1>, %x: tensor<4x2xf32>, %y: tensor<2x4xf32>) -> tensor<2x4xf16> attributes {no_inline} {
  %r = tosa.cond_if %c (%a = %x, %b = %y) : tensor<i1> (tensor<4x2xf32>, tensor<2x4xf32>) -> tensor<2x4xf32> {
  ^bb0(%a1: tensor<4x2xf32>, %b1: tensor<2x4xf32>):
    %t = tosa.transpose %a1 {perms = array<i32: 1, 0>} : (tensor<4x2xf32>) -> tensor<2x4xf32>
    tosa.yield %t : tensor<2x4xf32>
  } else {
  ^bb0(%a2: tensor<4x2xf32>, %b2: tensor<2x4xf32>):
    tosa.yield %b2 : tensor<2x4xf32>
  }
  %n = tosa.cast %r : (tensor<2x4xf32>) -> tensor<2x4xf16>
  return %n : tensor<2x4xf16>
}

// REWRITE-LABEL: func.func @widen_result(
// REWRITE:         %[[R:.*]] = tosa.cond_if {{.*}} -> tensor<2x4xbf16>
// REWRITE:         tosa.cast %[[R]] : (tensor<2x4xbf16>) -> tensor<2x4xf32>
func.func @widen_result(%c: tensor<i1>, %x: tensor<4x2xbf16>, %y: tensor<2x4xbf16>) -> tensor<2x4xf32> attributes {no_inline} {
  %r = tosa.cond_if %c (%a = %x, %b = %y) : tensor<i1> (tensor<4x2xbf16>, tensor<2x4xbf16>) -> tensor<2x4xf32> {
  ^bb0(%a1: tensor<4x2xbf16>, %b1: tensor<2x4xbf16>):
    %t = tosa.transpose %a1 {perms = array<i32: 1, 0>} : (tensor<4x2xbf16>) -> tensor<2x4xbf16>
    %e = tosa.cast %t : (tensor<2x4xbf16>) -> tensor<2x4xf32>
    tosa.yield %e : tensor<2x4xf32>
  } else {
  ^bb0(%a2: tensor<4x2xbf16>, %b2: tensor<2x4xbf16>):
    %e = tosa.cast %b2 : (tensor<2x4xbf16>) -> tensor<2x4xf32>
    tosa.yield %e : tensor<2x4xf32>
  }
  return %r : tensor<2x4xf32>
}

func.func @print16(%v: tensor<2x4xf16>) {
  %b = arith.bitcast %v : tensor<2x4xf16> to tensor<2x4xi16>
  %u = tensor.cast %b : tensor<2x4xi16> to tensor<*xi16>
  call @printMemrefI16(%u) : (tensor<*xi16>) -> ()
  return
}

func.func @print32(%v: tensor<2x4xf32>) {
  %b = arith.bitcast %v : tensor<2x4xf32> to tensor<2x4xi32>
  %u = tensor.cast %b : tensor<2x4xi32> to tensor<*xi32>
  call @printMemrefI32(%u) : (tensor<*xi32>) -> ()
  return
}

// The then branch: transpose of %x narrowed to f16 (quiet NaN 0x7E09 with
// its payload's top bits, 70000 -> +Inf, 1 + 2^-11 -> 1.0 by the tie); the
// else branch: %y narrowed; the widened bf16 of each branch, bit for bit
// (the signalling NaN 0x7FA0 stays 0x7FA00000: a shift on this CPU).
// OUT: {{\[\[}}32265,{{ +}}31744,{{ +}}0,{{ +}}15360],
// OUT: {{\[\[}}1,{{ +}}1023,{{ +}}-2048,{{ +}}31744],
// OUT: {{\[\[}}2141192192,{{ +}}65536,{{ +}}-8388608,{{ +}}2143354880],
// OUT: {{\[\[}}8388608,{{ +}}-2139160576,{{ +}}1078525952,{{ +}}-1024000000],
func.func @main() {
  %t = arith.constant dense<true> : tensor<i1>
  %f = arith.constant dense<false> : tensor<i1>
  // f32: quiet NaN with payload, -signalling NaN, +Inf, -0 | the smallest
  // f32 subnormal, 70000 (overflows f16), 1 + 2^-11 (a tie), -1/3.
  %x = arith.constant dense<[[0x7FC12345, 0xFFA00001], [0x7F800000, 0x80000000],
                             [0x00000001, 0x4788B800], [0x3F801000, 0xBEAAAAAB]]> : tensor<4x2xf32>
  %y = arith.constant dense<[[0x33800000, 0x387FC000, 0xC7000000, 0x7F7FFFFF],
                             [0x00800000, 0x3F800000, 0xFF800000, 0x7FC00000]]> : tensor<2x4xf32>
  %n0 = call @narrow_result(%t, %x, %y) : (tensor<i1>, tensor<4x2xf32>, tensor<2x4xf32>) -> tensor<2x4xf16>
  call @print16(%n0) : (tensor<2x4xf16>) -> ()
  %n1 = call @narrow_result(%f, %x, %y) : (tensor<i1>, tensor<4x2xf32>, tensor<2x4xf32>) -> tensor<2x4xf16>
  call @print16(%n1) : (tensor<2x4xf16>) -> ()
  // bf16: signalling NaN, -0, the smallest subnormal, 1.0, -Inf, the largest
  // finite, a quiet NaN, 3.0.
  %p = arith.constant dense<[[0x7FA0, 0x8000], [0x0001, 0x3F80],
                             [0xFF80, 0x7F7F], [0x7FC1, 0x4040]]> : tensor<4x2xbf16>
  %q = arith.constant dense<[[0x0080, 0x807F, 0x4049, 0xC2F7],
                             [0x7F80, 0xFFC0, 0x0000, 0x3C00]]> : tensor<2x4xbf16>
  %w0 = call @widen_result(%t, %p, %q) : (tensor<i1>, tensor<4x2xbf16>, tensor<2x4xbf16>) -> tensor<2x4xf32>
  call @print32(%w0) : (tensor<2x4xf32>) -> ()
  %w1 = call @widen_result(%f, %p, %q) : (tensor<i1>, tensor<4x2xbf16>, tensor<2x4xbf16>) -> tensor<2x4xf32>
  call @print32(%w1) : (tensor<2x4xf32>) -> ()
  return
}
