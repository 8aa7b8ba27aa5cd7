// RUN: cast-hoist-opt %s -split-input-file --hoist-casts | FileCheck %s
// RUN: cast-hoist-opt %s -split-input-file --hoist-casts=signatures=none | FileCheck %s --check-prefix=NONE
// RUN: cast-hoist-opt %s -split-input-file --hoist-casts=signatures=all | FileCheck %s --check-prefix=ALL
// RUN: cast-hoist-opt %s -split-input-file --hoist-casts=exactness=bits | FileCheck %s --check-prefix=BITS
// RUN: cast-hoist-opt %s -split-input-file --hoist-casts='signatures=all report' -o /dev/null 2>&1 | FileCheck %s --check-prefix=REPORT

// Casts cross calls (docs/Rules.md, "Calls"): a result every caller narrows
// is returned narrow, an argument the callee only narrows is passed narrow.
// Moving a cast across a call applies the same function to the same values,
// and per call one cast replaces one or more.

// The layer's transpose runs on bf16: the caller's cast of the result moves
// into the layer, then above its transpose, then (the argument is now only
// cast) to the call site, where it meets the caller's own data movement.
// CHECK-LABEL: func.func private @layer
// CHECK-SAME:    (%[[X:.*]]: tensor<4x8xbf16>) -> tensor<8x4xbf16>
// CHECK-NEXT:    tosa.transpose %[[X]] {{.*}} -> tensor<8x4xbf16>
// CHECK-LABEL: func.func @main
// CHECK-SAME:    (%[[W:.*]]: tensor<4x8xf32>)
// CHECK:         %[[N:.*]] = tosa.cast %[[W]] : (tensor<4x8xf32>) -> tensor<4x8xbf16>
// CHECK:         call @layer(%[[N]]) : (tensor<4x8xbf16>) -> tensor<8x4xbf16>
// NONE-LABEL:  func.func private @layer
// NONE-SAME:     (%{{.*}}: tensor<4x8xf32>) -> tensor<8x4xf32>
// ALL-LABEL:   func.func @main
// ALL-SAME:      (%{{.*}}: tensor<4x8xbf16>)
// REPORT:      remark: hoist-casts: public signature changed: argument 0 of @main: 'tensor<4x8xf32>' -> 'tensor<4x8xbf16>'
// REPORT:      remark: hoist-casts: changed public signatures: [{"function": "main", "argument": 0, "from": "tensor<4x8xf32>", "to": "tensor<4x8xbf16>"}]
func.func private @layer(%x: tensor<4x8xf32>) -> tensor<8x4xf32> {
  %t = tosa.transpose %x {perms = array<i32: 1, 0>} : (tensor<4x8xf32>) -> tensor<8x4xf32>
  return %t : tensor<8x4xf32>
}
func.func @main(%w: tensor<4x8xf32>) -> tensor<8x4xbf16> {
  %r = call @layer(%w) : (tensor<4x8xf32>) -> tensor<8x4xf32>
  %c = tosa.cast %r : (tensor<8x4xf32>) -> tensor<8x4xbf16>
  return %c : tensor<8x4xbf16>
}

// -----

// Two callers that agree: both narrow the result the same way. The function
// has two returns: each gets the cast (one runs per call); each return's
// cast then only reads an argument, so the arguments are passed narrow too.
// CHECK-LABEL: func.func private @pick
// CHECK-SAME:    (%{{.*}}: i1, %[[A:.*]]: tensor<8xf16>, %[[B:.*]]: tensor<8xf16>) -> tensor<8xf16>
// CHECK-NOT:     tosa.cast
// CHECK:         return %[[A]]
// CHECK:         return %[[B]]
// CHECK-LABEL: func.func @two_callers
// CHECK-COUNT-4: tosa.cast %{{.*}} : (tensor<8xf32>) -> tensor<8xf16>
// CHECK-NOT:     tosa.cast
func.func private @pick(%c: i1, %a: tensor<8xf32>, %b: tensor<8xf32>) -> tensor<8xf32> {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  return %a : tensor<8xf32>
^bb2:
  return %b : tensor<8xf32>
}
func.func @two_callers(%c: i1, %a: tensor<8xf32>, %b: tensor<8xf32>) -> (tensor<8xf16>, tensor<8xf16>) {
  %r0 = call @pick(%c, %a, %b) : (i1, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
  %n0 = tosa.cast %r0 : (tensor<8xf32>) -> tensor<8xf16>
  %r1 = call @pick(%c, %b, %a) : (i1, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
  %n1 = tosa.cast %r1 : (tensor<8xf32>) -> tensor<8xf16>
  return %n0, %n1 : tensor<8xf16>, tensor<8xf16>
}

// -----

// Mixed callers: one caller uses the wide result, so it stays wide.
// CHECK-LABEL: func.func private @negative_mixed_callers_callee
// CHECK-SAME:    -> tensor<8xf32>
func.func private @negative_mixed_callers_callee(%a: tensor<8xf32>) -> tensor<8xf32> {
  %r = tosa.reverse %a {axis = 0 : i32} : (tensor<8xf32>) -> tensor<8xf32>
  return %r : tensor<8xf32>
}
func.func @negative_mixed_callers(%a: tensor<8xf32>) -> (tensor<8xf16>, tensor<8xf32>) {
  %r0 = call @negative_mixed_callers_callee(%a) : (tensor<8xf32>) -> tensor<8xf32>
  %n0 = tosa.cast %r0 : (tensor<8xf32>) -> tensor<8xf16>
  %r1 = call @negative_mixed_callers_callee(%a) : (tensor<8xf32>) -> tensor<8xf32>
  return %n0, %r1 : tensor<8xf16>, tensor<8xf32>
}

// -----

// Callers that narrow to different types: left alone.
// CHECK-LABEL: func.func private @negative_disagreeing_callee
// CHECK-SAME:    -> tensor<8xf32>
func.func private @negative_disagreeing_callee(%a: tensor<8xf32>) -> tensor<8xf32> {
  %r = tosa.reverse %a {axis = 0 : i32} : (tensor<8xf32>) -> tensor<8xf32>
  return %r : tensor<8xf32>
}
func.func @negative_disagreeing(%a: tensor<8xf32>) -> (tensor<8xf16>, tensor<8xbf16>) {
  %r0 = call @negative_disagreeing_callee(%a) : (tensor<8xf32>) -> tensor<8xf32>
  %n0 = tosa.cast %r0 : (tensor<8xf32>) -> tensor<8xf16>
  %r1 = call @negative_disagreeing_callee(%a) : (tensor<8xf32>) -> tensor<8xf32>
  %n1 = tosa.cast %r1 : (tensor<8xf32>) -> tensor<8xbf16>
  return %n0, %n1 : tensor<8xf16>, tensor<8xbf16>
}

// -----

// The address is taken (an indirect call may reach it with wide values):
// the signature stays.
// CHECK-LABEL: func.func private @negative_address_taken_callee
// CHECK-SAME:    (%{{.*}}: tensor<8xf32>) -> tensor<8xf32>
func.func private @negative_address_taken_callee(%a: tensor<8xf32>) -> tensor<8xf32> {
  %r = tosa.reverse %a {axis = 0 : i32} : (tensor<8xf32>) -> tensor<8xf32>
  return %r : tensor<8xf32>
}
func.func @negative_address_taken(%a: tensor<8xf32>) -> (tensor<8xf16>, (tensor<8xf32>) -> tensor<8xf32>) {
  %r = call @negative_address_taken_callee(%a) : (tensor<8xf32>) -> tensor<8xf32>
  %n = tosa.cast %r : (tensor<8xf32>) -> tensor<8xf16>
  %f = func.constant @negative_address_taken_callee : (tensor<8xf32>) -> tensor<8xf32>
  return %n, %f : tensor<8xf16>, (tensor<8xf32>) -> tensor<8xf32>
}

// -----

// Recursion: left alone (the function's own call sites would change with
// it).
// CHECK-LABEL: func.func private @negative_recursive
// CHECK-SAME:    (%{{.*}}: i1, %{{.*}}: tensor<8xf32>) -> tensor<8xf32>
func.func private @negative_recursive(%c: i1, %a: tensor<8xf32>) -> tensor<8xf32> {
  %r = tosa.reverse %a {axis = 0 : i32} : (tensor<8xf32>) -> tensor<8xf32>
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  %x = call @negative_recursive(%c, %r) : (i1, tensor<8xf32>) -> tensor<8xf32>
  return %x : tensor<8xf32>
^bb2:
  return %r : tensor<8xf32>
}
func.func @negative_recursive_caller(%c: i1, %a: tensor<8xf32>) -> tensor<8xf16> {
  %r = call @negative_recursive(%c, %a) : (i1, tensor<8xf32>) -> tensor<8xf32>
  %n = tosa.cast %r : (tensor<8xf32>) -> tensor<8xf16>
  return %n : tensor<8xf16>
}

// -----

// A declaration has no body to move the cast into.
// CHECK-LABEL: func.func private @negative_declaration(tensor<8xf32>) -> tensor<8xf32>
func.func private @negative_declaration(%a: tensor<8xf32>) -> tensor<8xf32>
func.func @negative_declaration_caller(%a: tensor<8xf32>) -> tensor<8xf16> {
  %r = call @negative_declaration(%a) : (tensor<8xf32>) -> tensor<8xf32>
  %n = tosa.cast %r : (tensor<8xf32>) -> tensor<8xf16>
  return %n : tensor<8xf16>
}

// -----

// A public function's arguments change only with signatures=all; its
// results never do (the host reads them).
// CHECK-LABEL: func.func @public_weights
// CHECK-SAME:    (%{{.*}}: tensor<64x32xf32>) -> tensor<32x64xf32>
// ALL-LABEL:   func.func @public_weights
// ALL-SAME:      (%{{.*}}: tensor<64x32xbf16>) -> tensor<32x64xf32>
func.func @public_weights(%w: tensor<64x32xf32>) -> tensor<32x64xf32> {
  %t = tosa.transpose %w {perms = array<i32: 1, 0>} : (tensor<64x32xf32>) -> tensor<32x64xf32>
  %n = tosa.cast %t : (tensor<32x64xf32>) -> tensor<32x64xbf16>
  %e = tosa.cast %n : (tensor<32x64xbf16>) -> tensor<32x64xf32>
  return %e : tensor<32x64xf32>
}

// -----

// Under exactness=bits the cast does not cross into the caller when the
// operand there is a float widening cast: the pair would be a round trip.
// BITS-LABEL:  func.func private @bits_callee
// BITS-SAME:     (%{{.*}}: tensor<8xf32>)
// BITS-LABEL:  func.func @bits_caller
// BITS:          arith.extf
// BITS-NEXT:     call @bits_callee
// CHECK-LABEL: func.func private @bits_callee
// CHECK-SAME:    (%{{.*}}: tensor<8xf16>)
func.func private @bits_callee(%a: tensor<8xf32>) -> tensor<8xf16> {
  %r = tosa.reverse %a {axis = 0 : i32} : (tensor<8xf32>) -> tensor<8xf32>
  %n = tosa.cast %r : (tensor<8xf32>) -> tensor<8xf16>
  return %n : tensor<8xf16>
}
func.func @bits_caller(%a: tensor<8xf16>) -> tensor<8xf16> {
  %e = arith.extf %a : tensor<8xf16> to tensor<8xf32>
  %r = call @bits_callee(%e) : (tensor<8xf32>) -> tensor<8xf16>
  return %r : tensor<8xf16>
}

// -----

// A call in a nested module resolves in that module's symbol table: it calls
// the inner @f, not the outer one, and does not count as a call site of the
// outer @f (which every outer caller narrows, so it returns f16). The inner
// @f is in another symbol table and keeps its signature.
// CHECK-LABEL: func.func private @f
// CHECK-SAME:    -> tensor<4xf16>
// CHECK-LABEL: func.func @outer_main
// CHECK:         call @f(%{{.*}}) : (tensor<4xf16>) -> tensor<4xf16>
// CHECK:       module @inner
// CHECK:         func.func private @f(%{{.*}}: tensor<4xf32>) -> tensor<4xf32>
// CHECK:         %[[R:.*]] = call @f(%{{.*}}) : (tensor<4xf32>) -> tensor<4xf32>
// CHECK:         arith.truncf %[[R]] : tensor<4xf32> to tensor<4xf16>
func.func private @f(%x: tensor<4xf32>) -> tensor<4xf32> {
  %r = tosa.reverse %x {axis = 0 : i32} : (tensor<4xf32>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}
func.func @outer_main(%x: tensor<4xf32>) -> tensor<4xf16> {
  %r = call @f(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %t = arith.truncf %r : tensor<4xf32> to tensor<4xf16>
  return %t : tensor<4xf16>
}
module @inner {
  func.func private @f(%x: tensor<4xf32>) -> tensor<4xf32> {
    %c = arith.constant dense<1.0> : tensor<4xf32>
    %s = arith.addf %x, %c : tensor<4xf32>
    return %s : tensor<4xf32>
  }
  func.func @inner_main(%x: tensor<4xf32>) -> tensor<4xf16> {
    %r = call @f(%x) : (tensor<4xf32>) -> tensor<4xf32>
    %t = arith.truncf %r : tensor<4xf32> to tensor<4xf16>
    return %t : tensor<4xf16>
  }
}
