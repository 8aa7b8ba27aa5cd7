// RUN: cast-hoist-opt %s -split-input-file --hoist-casts | FileCheck %s
// RUN: cast-hoist-opt %s -split-input-file --hoist-casts=direction=down \
// RUN:   | FileCheck %s --check-prefix=DOWN
// RUN: cast-hoist-opt %s -split-input-file --hoist-casts=exactness=bits \
// RUN:   | FileCheck %s --check-prefix=BITS
// RUN: cast-hoist-opt %s -split-input-file --hoist-casts=direction=up \
// RUN:   | FileCheck %s --check-prefix=UP
// RUN: cast-hoist-opt %s -split-input-file --hoist-casts=report -o /dev/null \
// RUN:   --mlir-print-op-on-diagnostic=false 2>&1 | FileCheck %s --check-prefix=REMARK

// Narrowing casts move into branches and through loop-carried data movement;
// widening casts yielded by every branch move out of it (docs/Rules.md,
// section 8). None of these rewrites creates a cast pair.

// The cast moves into both branches, then above the transpose in one and
// onto the argument in the other.
// CHECK-LABEL: func.func @if_transpose
// REMARK:      remark: moved into the 2 regions of 'scf.if': modeled traffic 96 -> 96 bytes
// CHECK-SAME:    (%[[C:.*]]: i1, %[[X:.*]]: tensor<4x4xf32>, %[[Y:.*]]: tensor<4x4xf32>)
// CHECK:         %[[IF:.*]] = scf.if %[[C]] -> (tensor<4x4xf16>) {
// CHECK:           %[[CX:.*]] = arith.truncf %[[X]] : tensor<4x4xf32> to tensor<4x4xf16>
// CHECK:           %[[T:.*]] = tmov.transpose %[[CX]] [1, 0] : tensor<4x4xf16> -> tensor<4x4xf16>
// CHECK:           scf.yield %[[T]] : tensor<4x4xf16>
// CHECK:         } else {
// CHECK:           %[[CY:.*]] = arith.truncf %[[Y]] : tensor<4x4xf32> to tensor<4x4xf16>
// CHECK:           scf.yield %[[CY]] : tensor<4x4xf16>
// CHECK:         }
// CHECK-NOT:     arith.truncf
// CHECK:         return %[[IF]]
// DOWN-LABEL:  func.func @if_transpose
// DOWN:          scf.if {{.*}} -> (tensor<4x4xf32>)
// DOWN:          arith.truncf
func.func @if_transpose(%c: i1, %x: tensor<4x4xf32>, %y: tensor<4x4xf32>) -> tensor<4x4xf16> {
  %r = scf.if %c -> (tensor<4x4xf32>) {
    %t = tmov.transpose %x [1, 0] : tensor<4x4xf32> -> tensor<4x4xf32>
    scf.yield %t : tensor<4x4xf32>
  } else {
    scf.yield %y : tensor<4x4xf32>
  }
  %n = arith.truncf %r : tensor<4x4xf32> to tensor<4x4xf16>
  return %n : tensor<4x4xf16>
}

// -----

// An integer trunc meets the sign extension yielded by one branch and the
// pair cancels: that branch yields the narrow value it started from. The
// two identical casts are replaced together; result #0 stays wide.
// CHECK-LABEL: func.func @if_cancels_extension
// CHECK-SAME:    (%[[C:.*]]: i1, %[[N:.*]]: tensor<8xi8>, %[[W:.*]]: tensor<8xi32>, %[[O:.*]]: tensor<8xi32>)
// CHECK:         %[[IF:.*]]:2 = scf.if %[[C]] -> (tensor<8xi32>, tensor<8xi8>) {
// CHECK:           scf.yield %[[O]], %[[N]] : tensor<8xi32>, tensor<8xi8>
// CHECK:         } else {
// CHECK:           %[[TW:.*]] = arith.trunci %[[W]] : tensor<8xi32> to tensor<8xi8>
// CHECK:           scf.yield %[[O]], %[[TW]] : tensor<8xi32>, tensor<8xi8>
// CHECK:         }
// CHECK:         return %[[IF]]#0, %[[IF]]#1, %[[IF]]#1
func.func @if_cancels_extension(%c: i1, %n: tensor<8xi8>, %w: tensor<8xi32>, %o: tensor<8xi32>) -> (tensor<8xi32>, tensor<8xi8>, tensor<8xi8>) {
  %r:2 = scf.if %c -> (tensor<8xi32>, tensor<8xi32>) {
    %e = arith.extsi %n : tensor<8xi8> to tensor<8xi32>
    scf.yield %o, %e : tensor<8xi32>, tensor<8xi32>
  } else {
    scf.yield %o, %w : tensor<8xi32>, tensor<8xi32>
  }
  %t0 = arith.trunci %r#1 : tensor<8xi32> to tensor<8xi8>
  %t1 = arith.trunci %r#1 : tensor<8xi32> to tensor<8xi8>
  return %r#0, %t0, %t1 : tensor<8xi32>, tensor<8xi8>, tensor<8xi8>
}

// -----

// scf.index_switch: every case and the default get the cast (a tosa.cast
// stays a tosa.cast); it then moves above the reshape and the slice.
// CHECK-LABEL: func.func @index_switch
// REMARK:      remark: moved into the 3 regions of 'scf.index_switch'
// CHECK:         scf.index_switch %{{.*}} -> tensor<2x8xbf16>
// CHECK:         case 0 {
// CHECK:           tosa.cast %{{.*}} : (tensor<4x4xf32>) -> tensor<4x4xbf16>
// CHECK:           tensor.reshape {{.*}} -> tensor<2x8xbf16>
// CHECK:         case 1 {
// CHECK:           tosa.cast %{{.*}} : (tensor<2x9xf32>) -> tensor<2x9xbf16>
// CHECK:           tensor.extract_slice {{.*}} : tensor<2x9xbf16> to tensor<2x8xbf16>
// CHECK:         default {
// CHECK:           tosa.cast %{{.*}} : (tensor<2x8xf32>) -> tensor<2x8xbf16>
// CHECK-NOT:     tosa.cast
func.func @index_switch(%i: index, %a: tensor<4x4xf32>, %b: tensor<2x9xf32>, %d: tensor<2x8xf32>) -> tensor<2x8xbf16> {
  %r = scf.index_switch %i -> tensor<2x8xf32>
  case 0 {
    %s = arith.constant dense<[2, 8]> : tensor<2xindex>
    %0 = tensor.reshape %a(%s) : (tensor<4x4xf32>, tensor<2xindex>) -> tensor<2x8xf32>
    scf.yield %0 : tensor<2x8xf32>
  }
  case 1 {
    %1 = tensor.extract_slice %b[0, 1] [2, 8] [1, 1] : tensor<2x9xf32> to tensor<2x8xf32>
    scf.yield %1 : tensor<2x8xf32>
  }
  default {
    scf.yield %d : tensor<2x8xf32>
  }
  %n = tosa.cast %r : (tensor<2x8xf32>) -> tensor<2x8xbf16>
  return %n : tensor<2x8xbf16>
}

// -----

// A branch that yields a nested branch's result: the cast moves into the
// outer if, then into the inner one, then above the transpose.
// CHECK-LABEL: func.func @nested_if
// CHECK:         scf.if %{{.*}} -> (tensor<4x4xf16>) {
// CHECK:           scf.if %{{.*}} -> (tensor<4x4xf16>) {
// CHECK:             arith.truncf %{{.*}} : tensor<4x4xf32> to tensor<4x4xf16>
// CHECK-NEXT:        tmov.transpose %{{.*}} : tensor<4x4xf16> -> tensor<4x4xf16>
// CHECK:           } else {
// CHECK:             arith.truncf
// CHECK:         } else {
// CHECK:           arith.truncf
// CHECK-NOT:     arith.truncf
// CHECK:         return
func.func @nested_if(%c: i1, %d: i1, %x: tensor<4x4xf32>, %y: tensor<4x4xf32>) -> tensor<4x4xf16> {
  %r = scf.if %c -> (tensor<4x4xf32>) {
    %inner = scf.if %d -> (tensor<4x4xf32>) {
      %t = tmov.transpose %x [1, 0] : tensor<4x4xf32> -> tensor<4x4xf32>
      scf.yield %t : tensor<4x4xf32>
    } else {
      scf.yield %y : tensor<4x4xf32>
    }
    scf.yield %inner : tensor<4x4xf32>
  } else {
    scf.yield %x : tensor<4x4xf32>
  }
  %n = arith.truncf %r : tensor<4x4xf32> to tensor<4x4xf16>
  return %n : tensor<4x4xf16>
}

// -----

// scf.execute_region is a branch with a single region.
// CHECK-LABEL: func.func @execute_region
// CHECK:         scf.execute_region -> tensor<4x2xbf16> {
// CHECK:           arith.truncf %{{.*}} : tensor<2x4xf32> to tensor<2x4xbf16>
// CHECK:           tmov.transpose %{{.*}} [1, 0] : tensor<2x4xbf16> -> tensor<4x2xbf16>
func.func @execute_region(%x: tensor<2x4xf32>) -> tensor<4x2xbf16> {
  %r = scf.execute_region -> tensor<4x2xf32> {
    %t = tmov.transpose %x [1, 0] : tensor<2x4xf32> -> tensor<4x2xf32>
    scf.yield %t : tensor<4x2xf32>
  }
  %n = arith.truncf %r : tensor<4x2xf32> to tensor<4x2xbf16>
  return %n : tensor<4x2xbf16>
}

// -----

// The loop carries its tensor narrow: the init is cast once before the loop,
// the transpose runs on f16 in every iteration, and the cast after the loop
// is gone.
// CHECK-LABEL: func.func @for_transpose
// CHECK-SAME:    (%[[X:.*]]: tensor<8x8xf32>
// CHECK:         %[[INIT:.*]] = arith.truncf %[[X]] : tensor<8x8xf32> to tensor<8x8xf16>
// CHECK:         %[[FOR:.*]] = scf.for {{.*}} iter_args(%[[ACC:.*]] = %[[INIT]]) -> (tensor<8x8xf16>) {
// CHECK:           %[[T:.*]] = tmov.transpose %[[ACC]] [1, 0] : tensor<8x8xf16> -> tensor<8x8xf16>
// CHECK:           scf.yield %[[T]] : tensor<8x8xf16>
// CHECK:         }
// CHECK-NOT:     arith.truncf
// CHECK:         return %[[FOR]]
// DOWN-LABEL:  func.func @for_transpose
// DOWN:          scf.for {{.*}} -> (tensor<8x8xf32>)
// REMARK:      remark: carried narrow through 'scf.for': modeled traffic 896 -> 640 bytes (one iteration)
func.func @for_transpose(%x: tensor<8x8xf32>, %n: index) -> tensor<8x8xf16> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %x) -> (tensor<8x8xf32>) {
    %t = tmov.transpose %acc [1, 0] : tensor<8x8xf32> -> tensor<8x8xf32>
    scf.yield %t : tensor<8x8xf32>
  }
  %c = arith.truncf %r : tensor<8x8xf32> to tensor<8x8xf16>
  return %c : tensor<8x8xf16>
}

// -----

// A decode loop: each iteration concatenates a loop-invariant row to the
// carried tensor and keeps the last rows. The invariant row is cast once,
// before the loop; the iteration count and the other iter_arg stay.
// CHECK-LABEL: func.func @for_concat_invariant
// CHECK-SAME:    (%[[X:.*]]: tensor<6x4xf32>, %[[ROW:.*]]: tensor<1x4xf32>
// CHECK-DAG:     %[[NROW:.*]] = arith.truncf %[[ROW]] : tensor<1x4xf32> to tensor<1x4xf16>
// CHECK-DAG:     %[[INIT:.*]] = arith.truncf %[[X]] : tensor<6x4xf32> to tensor<6x4xf16>
// CHECK:         %[[FOR:.*]]:2 = scf.for {{.*}} iter_args(%[[K:.*]] = %{{.*}}, %[[ACC:.*]] = %[[INIT]]) -> (index, tensor<6x4xf16>) {
// CHECK:           %[[CAT:.*]] = tensor.concat dim(0) %[[ACC]], %[[NROW]] : (tensor<6x4xf16>, tensor<1x4xf16>) -> tensor<7x4xf16>
// CHECK:           %[[S:.*]] = tensor.extract_slice %[[CAT]][1, 0] [6, 4] [1, 1] : tensor<7x4xf16> to tensor<6x4xf16>
// CHECK:           scf.yield %{{.*}}, %[[S]] : index, tensor<6x4xf16>
// CHECK:         }
// CHECK-NOT:     arith.truncf
// CHECK:         return %[[FOR]]#1, %[[FOR]]#0
func.func @for_concat_invariant(%x: tensor<6x4xf32>, %row: tensor<1x4xf32>, %n: index) -> (tensor<6x4xf16>, index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r:2 = scf.for %i = %c0 to %n step %c1 iter_args(%k = %c0, %acc = %x) -> (index, tensor<6x4xf32>) {
    %cat = tensor.concat dim(0) %acc, %row : (tensor<6x4xf32>, tensor<1x4xf32>) -> tensor<7x4xf32>
    %s = tensor.extract_slice %cat[1, 0] [6, 4] [1, 1] : tensor<7x4xf32> to tensor<6x4xf32>
    %k1 = arith.addi %k, %c1 : index
    scf.yield %k1, %s : index, tensor<6x4xf32>
  }
  %c = arith.truncf %r#1 : tensor<6x4xf32> to tensor<6x4xf16>
  return %c, %r#0 : tensor<6x4xf16>, index
}

// -----

// A value computed in the body (another iter_arg, a constant) is cast where
// it is read; the pad value converts as the cast converts (1e10 -> +Inf).
// CHECK-LABEL: func.func @for_pad_and_body_operand
// CHECK:         %[[INIT:.*]] = tmov.cast %{{.*}} : tensor<4xf32> to tensor<4xf16>
// CHECK:         scf.for {{.*}} iter_args(%[[ACC:.*]] = %[[INIT]], %[[OTHER:.*]] = %{{.*}}) -> (tensor<4xf16>, tensor<2xf32>) {
// CHECK:           %[[P:.*]] = tmov.pad %[[ACC]] low [1] high [1] value 0x7C00 : f16 : tensor<4xf16> -> tensor<6xf16>
// CHECK:           %[[NO:.*]] = tmov.cast %[[OTHER]] : tensor<2xf32> to tensor<2xf16>
// CHECK:           %[[CAT:.*]] = tmov.concat %[[P]], %[[NO]] axis 0 : (tensor<6xf16>, tensor<2xf16>) -> tensor<8xf16>
// CHECK:           %[[S:.*]] = tmov.slice %[[CAT]] {{.*}} : tensor<8xf16> -> tensor<4xf16>
// CHECK:           %[[ADD:.*]] = arith.addf %[[OTHER]], %[[OTHER]] : tensor<2xf32>
// CHECK:           scf.yield %[[S]], %[[ADD]] : tensor<4xf16>, tensor<2xf32>
func.func @for_pad_and_body_operand(%x: tensor<4xf32>, %y: tensor<2xf32>, %n: index) -> (tensor<4xf16>, tensor<2xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r:2 = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %x, %other = %y) -> (tensor<4xf32>, tensor<2xf32>) {
    %p = tmov.pad %acc low [1] high [1] value 1.0e+10 : f32 : tensor<4xf32> -> tensor<6xf32>
    %cat = tmov.concat %p, %other axis 0 : (tensor<6xf32>, tensor<2xf32>) -> tensor<8xf32>
    %s = tmov.slice %cat offsets [2] sizes [4] strides [1] : tensor<8xf32> -> tensor<4xf32>
    %add = arith.addf %other, %other : tensor<2xf32>
    scf.yield %s, %add : tensor<4xf32>, tensor<2xf32>
  }
  %c = tmov.cast %r#0 : tensor<4xf32> to tensor<4xf16>
  return %c, %r#1 : tensor<4xf16>, tensor<2xf32>
}

// -----

// A KV cache filled one row per step: the row is computed in f32 (mulf stays
// wide) and cast where it is inserted; the cache is carried in f16.
// CHECK-LABEL: func.func @for_kv_cache
// CHECK:         %[[INIT:.*]] = arith.truncf %{{.*}} : tensor<16x8xf32> to tensor<16x8xf16>
// CHECK:         scf.for %[[I:.*]] = {{.*}} iter_args(%[[KV:.*]] = %[[INIT]], %[[H:.*]] = %{{.*}}) -> (tensor<16x8xf16>, tensor<1x8xf32>) {
// CHECK:           %[[M:.*]] = arith.mulf %[[H]], %[[H]] : tensor<1x8xf32>
// CHECK:           %[[NM:.*]] = arith.truncf %[[M]] : tensor<1x8xf32> to tensor<1x8xf16>
// CHECK:           %[[INS:.*]] = tensor.insert_slice %[[NM]] into %[[KV]][%[[I]], 0] [1, 8] [1, 1] : tensor<1x8xf16> into tensor<16x8xf16>
// CHECK:           scf.yield %[[INS]], %[[M]] : tensor<16x8xf16>, tensor<1x8xf32>
func.func @for_kv_cache(%cache: tensor<16x8xf32>, %q: tensor<1x8xf32>, %n: index) -> tensor<16x8xf16> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r:2 = scf.for %i = %c0 to %n step %c1 iter_args(%kv = %cache, %h = %q) -> (tensor<16x8xf32>, tensor<1x8xf32>) {
    %m = arith.mulf %h, %h : tensor<1x8xf32>
    %kv1 = tensor.insert_slice %m into %kv[%i, 0] [1, 8] [1, 1] : tensor<1x8xf32> into tensor<16x8xf32>
    scf.yield %kv1, %m : tensor<16x8xf32>, tensor<1x8xf32>
  }
  %c = arith.truncf %r#0 : tensor<16x8xf32> to tensor<16x8xf16>
  return %c : tensor<16x8xf16>
}

// -----

// Both branches yield plain values: moving the cast would only duplicate it.
// CHECK-LABEL: func.func @negative_if_no_payoff
// REMARK:      remark: not moved: no region yields a data-movement op's or a widening cast's result (directly or through nested branches)
// CHECK:         scf.if {{.*}} -> (tensor<4xf32>)
// CHECK:         arith.truncf {{.*}} : tensor<4xf32> to tensor<4xf16>
func.func @negative_if_no_payoff(%c: i1, %x: tensor<4xf32>, %y: tensor<4xf32>) -> tensor<4xf16> {
  %r = scf.if %c -> (tensor<4xf32>) {
    scf.yield %x : tensor<4xf32>
  } else {
    scf.yield %y : tensor<4xf32>
  }
  %n = arith.truncf %r : tensor<4xf32> to tensor<4xf16>
  return %n : tensor<4xf16>
}

// -----

// The wide result is also returned: it escapes, the if stays wide.
// CHECK-LABEL: func.func @negative_if_other_user
// REMARK:      remark: not moved: the region op's result has users other than this cast
// CHECK:         scf.if {{.*}} -> (tensor<4x4xf32>)
// CHECK:         arith.truncf {{.*}} : tensor<4x4xf32> to tensor<4x4xf16>
func.func @negative_if_other_user(%c: i1, %x: tensor<4x4xf32>, %y: tensor<4x4xf32>) -> (tensor<4x4xf16>, tensor<4x4xf32>) {
  %r = scf.if %c -> (tensor<4x4xf32>) {
    %t = tmov.transpose %x [1, 0] : tensor<4x4xf32> -> tensor<4x4xf32>
    scf.yield %t : tensor<4x4xf32>
  } else {
    scf.yield %y : tensor<4x4xf32>
  }
  %n = arith.truncf %r : tensor<4x4xf32> to tensor<4x4xf16>
  return %n, %r : tensor<4x4xf16>, tensor<4x4xf32>
}

// -----

// Two different casts of the same result (f16 and bf16): neither is the only
// user, so nothing moves.
// CHECK-LABEL: func.func @negative_if_different_casts
// CHECK:         scf.if {{.*}} -> (tensor<4x4xf32>)
// CHECK-DAG:     arith.truncf {{.*}} : tensor<4x4xf32> to tensor<4x4xf16>
// CHECK-DAG:     arith.truncf {{.*}} : tensor<4x4xf32> to tensor<4x4xbf16>
func.func @negative_if_different_casts(%c: i1, %x: tensor<4x4xf32>, %y: tensor<4x4xf32>) -> (tensor<4x4xf16>, tensor<4x4xbf16>) {
  %r = scf.if %c -> (tensor<4x4xf32>) {
    %t = tmov.transpose %x [1, 0] : tensor<4x4xf32> -> tensor<4x4xf32>
    scf.yield %t : tensor<4x4xf32>
  } else {
    scf.yield %y : tensor<4x4xf32>
  }
  %n = arith.truncf %r : tensor<4x4xf32> to tensor<4x4xf16>
  %b = arith.truncf %r : tensor<4x4xf32> to tensor<4x4xbf16>
  return %n, %b : tensor<4x4xf16>, tensor<4x4xbf16>
}

// -----

// The body computes on the carried value (addf): the loop stays wide.
// CHECK-LABEL: func.func @negative_for_computes
// REMARK:      remark: not moved: the carried value is used by an op that is not data movement
// CHECK:         scf.for {{.*}} -> (tensor<4xf32>)
// CHECK:         arith.truncf {{.*}} : tensor<4xf32> to tensor<4xf16>
func.func @negative_for_computes(%x: tensor<4xf32>, %n: index) -> tensor<4xf16> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %x) -> (tensor<4xf32>) {
    %t = tmov.reverse %acc [0] : tensor<4xf32>
    %a = arith.addf %t, %t : tensor<4xf32>
    scf.yield %a : tensor<4xf32>
  }
  %c = arith.truncf %r : tensor<4xf32> to tensor<4xf16>
  return %c : tensor<4xf16>
}

// -----

// The loop result is also returned wide: it escapes.
// CHECK-LABEL: func.func @negative_for_result_escapes
// REMARK:      remark: not moved: the region op's result has users other than this cast
// CHECK:         scf.for {{.*}} -> (tensor<4xf32>)
// CHECK:         arith.truncf {{.*}} : tensor<4xf32> to tensor<4xf16>
func.func @negative_for_result_escapes(%x: tensor<4xf32>, %n: index) -> (tensor<4xf16>, tensor<4xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %x) -> (tensor<4xf32>) {
    %t = tmov.reverse %acc [0] : tensor<4xf32>
    scf.yield %t : tensor<4xf32>
  }
  %c = arith.truncf %r : tensor<4xf32> to tensor<4xf16>
  return %c, %r : tensor<4xf16>, tensor<4xf32>
}

// -----

// The iter_arg is read by an op that is not data movement (a call): the wide
// value escapes in the body.
// CHECK-LABEL: func.func @negative_for_block_arg_escapes
// REMARK:      remark: not moved: the carried value is used by an op that is not data movement
// CHECK:         scf.for {{.*}} -> (tensor<4xf32>)
// CHECK:         arith.truncf {{.*}} : tensor<4xf32> to tensor<4xf16>
func.func private @sink(tensor<4xf32>)
func.func @negative_for_block_arg_escapes(%x: tensor<4xf32>, %n: index) -> tensor<4xf16> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %x) -> (tensor<4xf32>) {
    func.call @sink(%acc) : (tensor<4xf32>) -> ()
    %t = tmov.reverse %acc [0] : tensor<4xf32>
    scf.yield %t : tensor<4xf32>
  }
  %c = arith.truncf %r : tensor<4xf32> to tensor<4xf16>
  return %c : tensor<4xf16>
}

// -----

// An intermediate value of the chain is also read by arith.addf for the other
// iter_arg: it escapes.
// CHECK-LABEL: func.func @negative_for_intermediate_escapes
// REMARK:      remark: not moved: the carried value is used by an op that is not data movement
// CHECK:         scf.for {{.*}} -> (tensor<4xf32>, tensor<4xf32>)
// CHECK:         arith.truncf {{.*}} : tensor<4xf32> to tensor<4xf16>
func.func @negative_for_intermediate_escapes(%x: tensor<4xf32>, %y: tensor<4xf32>, %n: index) -> (tensor<4xf16>, tensor<4xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r:2 = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %x, %sum = %y) -> (tensor<4xf32>, tensor<4xf32>) {
    %t = tmov.reverse %acc [0] : tensor<4xf32>
    %s = arith.addf %sum, %t : tensor<4xf32>
    scf.yield %t, %s : tensor<4xf32>, tensor<4xf32>
  }
  %c = arith.truncf %r#0 : tensor<4xf32> to tensor<4xf16>
  return %c, %r#1 : tensor<4xf16>, tensor<4xf32>
}

// -----

// The iter_arg also feeds the loop's other iter_arg (yielded in two places):
// that iter_arg and its result would have to narrow too, and the result is
// returned wide.
// CHECK-LABEL: func.func @negative_for_feeds_other_iter_arg
// REMARK:      remark: not moved: a result the loop would narrow has users other than this cast
// CHECK:         scf.for {{.*}} -> (tensor<4xf32>, tensor<4xf32>)
// CHECK:         arith.truncf {{.*}} : tensor<4xf32> to tensor<4xf16>
func.func @negative_for_feeds_other_iter_arg(%x: tensor<4xf32>, %n: index) -> (tensor<4xf16>, tensor<4xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r:2 = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %x, %prev = %x) -> (tensor<4xf32>, tensor<4xf32>) {
    %t = tmov.reverse %acc [0] : tensor<4xf32>
    scf.yield %t, %acc : tensor<4xf32>, tensor<4xf32>
  }
  %c = arith.truncf %r#0 : tensor<4xf32> to tensor<4xf16>
  return %c, %r#1 : tensor<4xf16>, tensor<4xf32>
}

// -----

// A widening cast of the loop result is not moved into the loop: only
// narrowing casts travel up.
// CHECK-LABEL: func.func @negative_for_not_narrowing
// CHECK:         scf.for {{.*}} -> (tensor<4xf16>)
// CHECK:         arith.extf {{.*}} : tensor<4xf16> to tensor<4xf32>
func.func @negative_for_not_narrowing(%x: tensor<4xf16>, %n: index) -> tensor<4xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %x) -> (tensor<4xf16>) {
    %t = tmov.reverse %acc [0] : tensor<4xf16>
    scf.yield %t : tensor<4xf16>
  }
  %c = arith.extf %r : tensor<4xf16> to tensor<4xf32>
  return %c : tensor<4xf32>
}

// -----

// The pad value 300.0 is out of range for fptosi to i8 (poison): the rule
// table refuses to convert it, so the loop stays wide.
// CHECK-LABEL: func.func @negative_for_fill_does_not_convert
// REMARK:      remark: not moved: a fill value does not convert to a predictable value
// CHECK:         scf.for {{.*}} -> (tensor<4xf32>)
// CHECK:         arith.fptosi {{.*}} : tensor<4xf32> to tensor<4xi8>
func.func @negative_for_fill_does_not_convert(%x: tensor<4xf32>, %n: index) -> tensor<4xi8> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %x) -> (tensor<4xf32>) {
    %p = tmov.pad %acc low [1] high [0] value 300.0 : f32 : tensor<4xf32> -> tensor<5xf32>
    %s = tmov.slice %p offsets [0] sizes [4] strides [1] : tensor<5xf32> -> tensor<4xf32>
    scf.yield %s : tensor<4xf32>
  }
  %c = arith.fptosi %r : tensor<4xf32> to tensor<4xi8>
  return %c : tensor<4xi8>
}

// -----

// The carried value is read inside a nested region: not directly data
// movement of the loop body, so it counts as escaping.
// CHECK-LABEL: func.func @negative_for_nested_use
// REMARK:      remark: not moved: the carried value is used by an op that is not data movement
// CHECK:         scf.for {{.*}} -> (tensor<4xf32>)
// CHECK:         arith.truncf {{.*}} : tensor<4xf32> to tensor<4xf16>
func.func @negative_for_nested_use(%x: tensor<4xf32>, %c: i1, %n: index) -> tensor<4xf16> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %x) -> (tensor<4xf32>) {
    %t = scf.if %c -> (tensor<4xf32>) {
      %v = tmov.reverse %acc [0] : tensor<4xf32>
      scf.yield %v : tensor<4xf32>
    } else {
      scf.yield %acc : tensor<4xf32>
    }
    scf.yield %t : tensor<4xf32>
  }
  %n16 = arith.truncf %r : tensor<4xf32> to tensor<4xf16>
  return %n16 : tensor<4xf16>
}

// -----

// Widening casts yielded by every branch leave it: the if yields f16 and one
// extf follows, which then sinks below the transpose.
// CHECK-LABEL: func.func @sink_if_extf
// CHECK-SAME:    (%[[C:.*]]: i1, %[[X:.*]]: tensor<4x8xf16>, %[[Y:.*]]: tensor<4x8xf16>)
// CHECK:         %[[IF:.*]] = scf.if %[[C]] -> (tensor<4x8xf16>) {
// CHECK:           scf.yield %[[X]] : tensor<4x8xf16>
// CHECK:         } else {
// CHECK:           scf.yield %[[Y]] : tensor<4x8xf16>
// CHECK:         }
// CHECK:         %[[T:.*]] = tmov.transpose %[[IF]] [1, 0] : tensor<4x8xf16> -> tensor<8x4xf16>
// CHECK:         %[[E:.*]] = arith.extf %[[T]] : tensor<8x4xf16> to tensor<8x4xf32>
// CHECK:         return %[[E]]
// UP-LABEL:    func.func @sink_if_extf
// UP:            scf.if {{.*}} -> (tensor<4x8xf32>)
// REMARK:      remark: sunk out of the 2 regions of 'scf.if'
func.func @sink_if_extf(%c: i1, %x: tensor<4x8xf16>, %y: tensor<4x8xf16>) -> tensor<8x4xf32> {
  %r = scf.if %c -> (tensor<4x8xf32>) {
    %e = arith.extf %x : tensor<4x8xf16> to tensor<4x8xf32>
    scf.yield %e : tensor<4x8xf32>
  } else {
    %e = arith.extf %y : tensor<4x8xf16> to tensor<4x8xf32>
    scf.yield %e : tensor<4x8xf32>
  }
  %t = tmov.transpose %r [1, 0] : tensor<4x8xf32> -> tensor<8x4xf32>
  return %t : tensor<8x4xf32>
}

// -----

// A constant with an exact narrow preimage (-0.0, 1.5, 65504) stands for the
// widening cast of that preimage; it is materialized narrow in its region.
// CHECK-LABEL: func.func @sink_switch_constant
// REMARK:      remark: sunk out of the 2 regions of 'scf.index_switch'
// CHECK:         %[[SW:.*]] = scf.index_switch %{{.*}} -> tensor<3xf16>
// CHECK:         case 0 {
// CHECK:           scf.yield %{{.*}} : tensor<3xf16>
// CHECK:         default {
// CHECK:           %[[K:.*]] = arith.constant dense<[-0.000000e+00, 1.500000e+00, 6.550400e+04]> : tensor<3xf16>
// CHECK:           scf.yield %[[K]] : tensor<3xf16>
// CHECK:         %[[E:.*]] = arith.extf %[[SW]] : tensor<3xf16> to tensor<3xf32>
// CHECK:         return %[[E]]
func.func @sink_switch_constant(%i: index, %x: tensor<3xf16>) -> tensor<3xf32> {
  %k = arith.constant dense<[-0.0, 1.5, 65504.0]> : tensor<3xf32>
  %r = scf.index_switch %i -> tensor<3xf32>
  case 0 {
    %e = arith.extf %x : tensor<3xf16> to tensor<3xf32>
    scf.yield %e : tensor<3xf32>
  }
  default {
    scf.yield %k : tensor<3xf32>
  }
  return %r : tensor<3xf32>
}

// -----

// 0.1 has no f16 preimage: the constant branch would change value.
// CHECK-LABEL: func.func @negative_sink_if_no_preimage
// CHECK:         scf.if {{.*}} -> (tensor<2xf32>)
// CHECK:         arith.extf {{.*}} : tensor<2xf16> to tensor<2xf32>
// REMARK:      remark: not moved: a yielded constant has no exact narrow preimage
func.func @negative_sink_if_no_preimage(%c: i1, %x: tensor<2xf16>) -> tensor<2xf32> {
  %k = arith.constant dense<[0.1, 1.0]> : tensor<2xf32>
  %r = scf.if %c -> (tensor<2xf32>) {
    %e = arith.extf %x : tensor<2xf16> to tensor<2xf32>
    scf.yield %e : tensor<2xf32>
  } else {
    scf.yield %k : tensor<2xf32>
  }
  return %r : tensor<2xf32>
}

// -----

// The branches widen from different types (f16 and bf16): no single cast
// can follow the if.
// CHECK-LABEL: func.func @negative_sink_if_different_casts
// REMARK:      remark: not moved: regions yield different casts
// CHECK:         scf.if {{.*}} -> (tensor<2xf32>)
// CHECK-DAG:     arith.extf {{.*}} : tensor<2xf16> to tensor<2xf32>
// CHECK-DAG:     arith.extf {{.*}} : tensor<2xbf16> to tensor<2xf32>
func.func @negative_sink_if_different_casts(%c: i1, %x: tensor<2xf16>, %y: tensor<2xbf16>) -> tensor<2xf32> {
  %r = scf.if %c -> (tensor<2xf32>) {
    %e = arith.extf %x : tensor<2xf16> to tensor<2xf32>
    scf.yield %e : tensor<2xf32>
  } else {
    %e = arith.extf %y : tensor<2xbf16> to tensor<2xf32>
    scf.yield %e : tensor<2xf32>
  }
  return %r : tensor<2xf32>
}

// -----

// One branch yields a wide value that is not a cast: it has no narrow form.
// CHECK-LABEL: func.func @negative_sink_if_plain_value
// REMARK:      remark: not moved: a region yields neither the widening cast nor a constant
// CHECK:         scf.if {{.*}} -> (tensor<2xf32>)
// CHECK:         arith.extf {{.*}} : tensor<2xf16> to tensor<2xf32>
func.func @negative_sink_if_plain_value(%c: i1, %x: tensor<2xf16>, %y: tensor<2xf32>) -> tensor<2xf32> {
  %r = scf.if %c -> (tensor<2xf32>) {
    %e = arith.extf %x : tensor<2xf16> to tensor<2xf32>
    scf.yield %e : tensor<2xf32>
  } else {
    scf.yield %y : tensor<2xf32>
  }
  return %r : tensor<2xf32>
}

// -----

// The widened value is also used inside the branch: the extf stays alive,
// sinking would add a second one.
// CHECK-LABEL: func.func @negative_sink_if_ext_other_user
// REMARK:      remark: not moved: a widened value has users other than the yield
// CHECK:         scf.if {{.*}} -> (tensor<2xf32>)
func.func private @use(tensor<2xf32>)
func.func @negative_sink_if_ext_other_user(%c: i1, %x: tensor<2xf16>, %y: tensor<2xf16>) -> tensor<2xf32> {
  %r = scf.if %c -> (tensor<2xf32>) {
    %e = arith.extf %x : tensor<2xf16> to tensor<2xf32>
    func.call @use(%e) : (tensor<2xf32>) -> ()
    scf.yield %e : tensor<2xf32>
  } else {
    %e = arith.extf %y : tensor<2xf16> to tensor<2xf32>
    scf.yield %e : tensor<2xf32>
  }
  return %r : tensor<2xf32>
}

// -----

// scf.while: the value passes from the before region (a reverse) through
// scf.condition to the after region (a concat with a loop-invariant row and
// a slice) and back; every argument it flows through is retyped, the init
// and the row are cast once before the loop. The counter stays.
// CHECK-LABEL: func.func @while_decode
// CHECK-SAME:    (%[[X:.*]]: tensor<4x2xf32>, %[[ROW:.*]]: tensor<1x2xf32>, %[[N:.*]]: index)
// CHECK-DAG:     %[[INIT:.*]] = arith.truncf %[[X]] : tensor<4x2xf32> to tensor<4x2xf16>
// CHECK-DAG:     %[[NROW:.*]] = arith.truncf %[[ROW]] : tensor<1x2xf32> to tensor<1x2xf16>
// CHECK:         %[[W:.*]]:2 = scf.while (%{{.*}} = %{{.*}}, %[[A:.*]] = %[[INIT]]) : (index, tensor<4x2xf16>) -> (index, tensor<4x2xf16>) {
// CHECK:           %[[REV:.*]] = tmov.reverse %[[A]] [1] : tensor<4x2xf16>
// CHECK:           scf.condition(%{{.*}}) %{{.*}}, %[[REV]] : index, tensor<4x2xf16>
// CHECK:         } do {
// CHECK:         ^bb0(%{{.*}}: index, %[[B:.*]]: tensor<4x2xf16>):
// CHECK:           %[[CAT:.*]] = tensor.concat dim(0) %[[B]], %[[NROW]] : (tensor<4x2xf16>, tensor<1x2xf16>) -> tensor<5x2xf16>
// CHECK:           %[[S:.*]] = tensor.extract_slice %[[CAT]][1, 0] [4, 2] [1, 1] : tensor<5x2xf16> to tensor<4x2xf16>
// CHECK:           scf.yield %{{.*}}, %[[S]] : index, tensor<4x2xf16>
// CHECK-NOT:     arith.truncf
// CHECK:         return %[[W]]#1
// REMARK:      remark: carried narrow through 'scf.while'
func.func @while_decode(%x: tensor<4x2xf32>, %row: tensor<1x2xf32>, %n: index) -> tensor<4x2xf16> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r:2 = scf.while (%i = %c0, %acc = %x) : (index, tensor<4x2xf32>) -> (index, tensor<4x2xf32>) {
    %rev = tmov.reverse %acc [1] : tensor<4x2xf32>
    %go = arith.cmpi slt, %i, %n : index
    scf.condition(%go) %i, %rev : index, tensor<4x2xf32>
  } do {
  ^bb0(%j: index, %b: tensor<4x2xf32>):
    %cat = tensor.concat dim(0) %b, %row : (tensor<4x2xf32>, tensor<1x2xf32>) -> tensor<5x2xf32>
    %s = tensor.extract_slice %cat[1, 0] [4, 2] [1, 1] : tensor<5x2xf32> to tensor<4x2xf32>
    %j1 = arith.addi %j, %c1 : index
    scf.yield %j1, %s : index, tensor<4x2xf32>
  }
  %c = arith.truncf %r#1 : tensor<4x2xf32> to tensor<4x2xf16>
  return %c : tensor<4x2xf16>
}

// -----

// affine.for describes its control flow through RegionBranchOpInterface, as
// scf.for does: it is carried narrow the same way.
// CHECK-LABEL: func.func @affine_for
// CHECK:         %[[INIT:.*]] = arith.truncf %{{.*}} : tensor<4x4xf32> to tensor<4x4xf16>
// CHECK:         affine.for {{.*}} iter_args(%[[A:.*]] = %[[INIT]]) -> (tensor<4x4xf16>) {
// CHECK:           tmov.transpose %[[A]] [1, 0] : tensor<4x4xf16> -> tensor<4x4xf16>
func.func @affine_for(%x: tensor<4x4xf32>) -> tensor<4x4xf16> {
  %r = affine.for %i = 0 to 10 iter_args(%acc = %x) -> (tensor<4x4xf32>) {
    %t = tmov.transpose %acc [1, 0] : tensor<4x4xf32> -> tensor<4x4xf32>
    affine.yield %t : tensor<4x4xf32>
  }
  %c = arith.truncf %r : tensor<4x4xf32> to tensor<4x4xf16>
  return %c : tensor<4x4xf16>
}

// -----

// The after region yields a fresh value computed in f32 (addf), not the
// carried value moved by data movement: as for scf.for, nothing changes.
// CHECK-LABEL: func.func @negative_while_fresh_value
// CHECK:         scf.while {{.*}} -> tensor<4xf32>
// CHECK:         arith.truncf {{.*}} : tensor<4xf32> to tensor<4xf16>
// REMARK:      remark: not moved: a region forwards a loop value that does not come from the carried value through data movement
func.func @negative_while_fresh_value(%x: tensor<4xf32>, %y: tensor<4xf32>, %b: i1) -> tensor<4xf16> {
  %r = scf.while (%acc = %x) : (tensor<4xf32>) -> tensor<4xf32> {
    scf.condition(%b) %acc : tensor<4xf32>
  } do {
  ^bb0(%a: tensor<4xf32>):
    %t = arith.addf %y, %y : tensor<4xf32>
    scf.yield %t : tensor<4xf32>
  }
  %c = arith.truncf %r : tensor<4xf32> to tensor<4xf16>
  return %c : tensor<4xf16>
}

// -----

// The condition reads the carried value (an element compared in f32): the
// loop computes on it, nothing changes.
// CHECK-LABEL: func.func @negative_while_condition_reads
// CHECK:         scf.while {{.*}} -> tensor<4xf32>
// CHECK:         arith.truncf {{.*}} : tensor<4xf32> to tensor<4xf16>
// REMARK:      remark: not moved: the carried value is used by an op that is not data movement
func.func @negative_while_condition_reads(%x: tensor<4xf32>, %limit: f32) -> tensor<4xf16> {
  %c0 = arith.constant 0 : index
  %r = scf.while (%acc = %x) : (tensor<4xf32>) -> tensor<4xf32> {
    %e = tensor.extract %acc[%c0] : tensor<4xf32>
    %go = arith.cmpf olt, %e, %limit : f32
    scf.condition(%go) %acc : tensor<4xf32>
  } do {
  ^bb0(%a: tensor<4xf32>):
    %t = tmov.reverse %a [0] : tensor<4xf32>
    scf.yield %t : tensor<4xf32>
  }
  %c = arith.truncf %r : tensor<4xf32> to tensor<4xf16>
  return %c : tensor<4xf16>
}

// -----

// The before region forwards the carried value to a second result that is
// returned wide: that result would have to narrow too, so nothing changes.
// CHECK-LABEL: func.func @negative_while_second_result_escapes
// CHECK:         scf.while {{.*}} -> (tensor<4xf32>, tensor<4xf32>)
// REMARK:      remark: not moved: a result the loop would narrow has users other than this cast
func.func @negative_while_second_result_escapes(%x: tensor<4xf32>, %b: i1) -> (tensor<4xf16>, tensor<4xf32>) {
  %r:2 = scf.while (%acc = %x) : (tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
    scf.condition(%b) %acc, %acc : tensor<4xf32>, tensor<4xf32>
  } do {
  ^bb0(%a: tensor<4xf32>, %a2: tensor<4xf32>):
    %t = tmov.reverse %a [0] : tensor<4xf32>
    scf.yield %t : tensor<4xf32>
  }
  %c = arith.truncf %r#0 : tensor<4xf32> to tensor<4xf16>
  return %c, %r#1 : tensor<4xf16>, tensor<4xf32>
}

// -----

// tosa.cond_if has no RegionBranchOpInterface in MLIR 22; cast-hoist
// describes its branches with BranchRegionsOpInterface: the cast moves into
// both regions, then above the transpose in the then region. In the else
// region it lands on the region's block argument.
// CHECK-LABEL: func.func @tosa_cond_if
// CHECK:         tosa.cond_if {{.*}} -> tensor<4x4xf16> {
// CHECK:           %[[N1:.*]] = tosa.cast %{{.*}} : (tensor<4x4xf32>) -> tensor<4x4xf16>
// CHECK:           %[[T:.*]] = tosa.transpose %[[N1]] {{.*}} -> tensor<4x4xf16>
// CHECK:           tosa.yield %[[T]] : tensor<4x4xf16>
// CHECK:         } else {
// CHECK:           %[[N2:.*]] = tosa.cast %{{.*}} : (tensor<4x4xf32>) -> tensor<4x4xf16>
// CHECK:           tosa.yield %[[N2]] : tensor<4x4xf16>
// CHECK-NOT:     tosa.cast
// CHECK:         return
// DOWN-LABEL:  func.func @tosa_cond_if
// DOWN:          tosa.cond_if {{.*}} -> tensor<4x4xf32>
func.func @tosa_cond_if(%c: tensor<i1>, %x: tensor<4x4xf32>) -> tensor<4x4xf16> {
  %r = tosa.cond_if %c (%a = %x) : tensor<i1> (tensor<4x4xf32>) -> tensor<4x4xf32> {
  ^bb0(%a1: tensor<4x4xf32>):
    %t = tosa.transpose %a1 {perms = array<i32: 1, 0>} : (tensor<4x4xf32>) -> tensor<4x4xf32>
    tosa.yield %t : tensor<4x4xf32>
  } else {
  ^bb0(%a2: tensor<4x4xf32>):
    tosa.yield %a2 : tensor<4x4xf32>
  }
  %n = tosa.cast %r : (tensor<4x4xf32>) -> tensor<4x4xf16>
  return %n : tensor<4x4xf16>
}

// -----

// Both regions of a tosa.cond_if yield the same widening cast: it leaves the
// branch (direction=down and the default both).
// CHECK-LABEL: func.func @tosa_cond_if_widening
// CHECK:         %[[R:.*]] = tosa.cond_if {{.*}} -> tensor<4xbf16> {
// CHECK:           tosa.yield %{{.*}} : tensor<4xbf16>
// CHECK:         } else {
// CHECK:           tosa.yield %{{.*}} : tensor<4xbf16>
// CHECK:         tosa.cast %[[R]] : (tensor<4xbf16>) -> tensor<4xf32>
// DOWN-LABEL:  func.func @tosa_cond_if_widening
// DOWN:          %[[R:.*]] = tosa.cond_if {{.*}} -> tensor<4xbf16>
// DOWN:          tosa.cast %[[R]] : (tensor<4xbf16>) -> tensor<4xf32>
func.func @tosa_cond_if_widening(%c: tensor<i1>, %x: tensor<4xbf16>, %y: tensor<4xbf16>) -> tensor<4xf32> {
  %r = tosa.cond_if %c (%a = %x, %b = %y) : tensor<i1> (tensor<4xbf16>, tensor<4xbf16>) -> tensor<4xf32> {
  ^bb0(%a1: tensor<4xbf16>, %b1: tensor<4xbf16>):
    %e = tosa.cast %a1 : (tensor<4xbf16>) -> tensor<4xf32>
    tosa.yield %e : tensor<4xf32>
  } else {
  ^bb0(%a2: tensor<4xbf16>, %b2: tensor<4xbf16>):
    %e = tosa.cast %b2 : (tensor<4xbf16>) -> tensor<4xf32>
    tosa.yield %e : tensor<4xf32>
  }
  return %r : tensor<4xf32>
}

// -----

// A region that computes on the value: the cast would only be duplicated
// into the regions (no data movement to cross there), so it stays.
// CHECK-LABEL: func.func @negative_tosa_cond_if_computes
// CHECK:         tosa.cond_if {{.*}} -> tensor<4xf32>
// CHECK:         tosa.cast {{.*}} -> tensor<4xf16>
func.func @negative_tosa_cond_if_computes(%c: tensor<i1>, %x: tensor<4xf32>, %y: tensor<4xf32>) -> tensor<4xf16> {
  %r = tosa.cond_if %c (%a = %x, %b = %y) : tensor<i1> (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32> {
  ^bb0(%a1: tensor<4xf32>, %b1: tensor<4xf32>):
    %s = tosa.add %a1, %b1 : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    tosa.yield %s : tensor<4xf32>
  } else {
  ^bb0(%a2: tensor<4xf32>, %b2: tensor<4xf32>):
    %s = tosa.sub %a2, %b2 : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    tosa.yield %s : tensor<4xf32>
  }
  %n = tosa.cast %r : (tensor<4xf32>) -> tensor<4xf16>
  return %n : tensor<4xf16>
}

// -----

// tosa.while_loop has no RegionBranchOpInterface in MLIR 22; cast-hoist
// describes its flow with LoopRegionsOpInterface (init and body yield k flow
// to cond argument k, body argument k and result k). The carried value only
// moves (a reverse in the body), so it is carried narrow: init cast once
// before the loop, both regions' arguments and the result retyped. The
// i32 counter stays.
// CHECK-LABEL: func.func @tosa_while_loop(
// CHECK-SAME:    %[[X:.*]]: tensor<4xf32>)
// CHECK:         %[[INIT:.*]] = tosa.cast %[[X]] : (tensor<4xf32>) -> tensor<4xf16>
// CHECK:         %[[W:.*]]:2 = tosa.while_loop (%{{.*}} = %{{.*}}, %{{.*}} = %[[INIT]]) : (tensor<i32>, tensor<4xf16>) -> (tensor<i32>, tensor<4xf16>) {
// CHECK:         } do {
// CHECK:         ^bb0(%{{.*}}: tensor<i32>, %[[V:.*]]: tensor<4xf16>):
// CHECK:           %[[REV:.*]] = tosa.reverse %[[V]] {axis = 0 : i32} : (tensor<4xf16>) -> tensor<4xf16>
// CHECK:           tosa.yield %{{.*}}, %[[REV]] : tensor<i32>, tensor<4xf16>
// CHECK-NOT:     tosa.cast
// CHECK:         return %[[W]]#1 : tensor<4xf16>
// DOWN-LABEL:  func.func @tosa_while_loop(
// DOWN:          tosa.while_loop {{.*}} -> (tensor<i32>, tensor<4xf32>)
// REMARK:      remark: carried narrow through 'tosa.while_loop': modeled traffic 56 -> 40 bytes (one iteration)
func.func @tosa_while_loop(%x: tensor<4xf32>) -> tensor<4xf16> {
  %i0 = "tosa.const"() {values = dense<0> : tensor<i32>} : () -> tensor<i32>
  %r:2 = tosa.while_loop (%i = %i0, %v = %x) : (tensor<i32>, tensor<4xf32>) -> (tensor<i32>, tensor<4xf32>) {
    %three = "tosa.const"() {values = dense<3> : tensor<i32>} : () -> tensor<i32>
    %go = tosa.greater %three, %i : (tensor<i32>, tensor<i32>) -> tensor<i1>
    tosa.yield %go : tensor<i1>
  } do {
  ^bb0(%i1: tensor<i32>, %v1: tensor<4xf32>):
    %one = "tosa.const"() {values = dense<1> : tensor<i32>} : () -> tensor<i32>
    %n = tosa.add %i1, %one : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %rv = tosa.reverse %v1 {axis = 0 : i32} : (tensor<4xf32>) -> tensor<4xf32>
    tosa.yield %n, %rv : tensor<i32>, tensor<4xf32>
  }
  %c = tosa.cast %r#1 : (tensor<4xf32>) -> tensor<4xf16>
  return %c : tensor<4xf16>
}

// -----

// A decode loop in TOSA: the body appends a loop-invariant row and keeps the
// last four rows. The init and the row are cast once before the loop, the
// concat and the slice are rebuilt in bf16.
// CHECK-LABEL: func.func @tosa_while_loop_decode
// CHECK-SAME:    (%[[X:.*]]: tensor<4x2xf32>, %[[ROW:.*]]: tensor<1x2xf32>, %{{.*}}: tensor<i32>)
// CHECK-DAG:     %[[INIT:.*]] = tosa.cast %[[X]] : (tensor<4x2xf32>) -> tensor<4x2xbf16>
// CHECK-DAG:     %[[NROW:.*]] = tosa.cast %[[ROW]] : (tensor<1x2xf32>) -> tensor<1x2xbf16>
// CHECK:         tosa.while_loop (%{{.*}} = %{{.*}}, %{{.*}} = %[[INIT]]) : (tensor<i32>, tensor<4x2xbf16>) -> (tensor<i32>, tensor<4x2xbf16>) {
// CHECK:         } do {
// CHECK:         ^bb0(%{{.*}}: tensor<i32>, %[[B:.*]]: tensor<4x2xbf16>):
// CHECK:           %[[CAT:.*]] = tosa.concat %[[B]], %[[NROW]] {axis = 0 : i32} : (tensor<4x2xbf16>, tensor<1x2xbf16>) -> tensor<5x2xbf16>
// CHECK:           %[[S:.*]] = tosa.slice %[[CAT]], {{.*}} -> tensor<4x2xbf16>
// CHECK:           tosa.yield %{{.*}}, %[[S]] : tensor<i32>, tensor<4x2xbf16>
// CHECK-NOT:     tosa.cast
// CHECK:         return
// REMARK:      remark: carried narrow through 'tosa.while_loop'
func.func @tosa_while_loop_decode(%x: tensor<4x2xf32>, %row: tensor<1x2xf32>, %n: tensor<i32>) -> tensor<4x2xbf16> {
  %i0 = "tosa.const"() {values = dense<0> : tensor<i32>} : () -> tensor<i32>
  %r:2 = tosa.while_loop (%i = %i0, %v = %x) : (tensor<i32>, tensor<4x2xf32>) -> (tensor<i32>, tensor<4x2xf32>) {
    %go = tosa.greater %n, %i : (tensor<i32>, tensor<i32>) -> tensor<i1>
    tosa.yield %go : tensor<i1>
  } do {
  ^bb0(%i1: tensor<i32>, %v1: tensor<4x2xf32>):
    %one = "tosa.const"() {values = dense<1> : tensor<i32>} : () -> tensor<i32>
    %i2 = tosa.add %i1, %one : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %cat = tosa.concat %v1, %row {axis = 0 : i32} : (tensor<4x2xf32>, tensor<1x2xf32>) -> tensor<5x2xf32>
    %start = tosa.const_shape {values = dense<[1, 0]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %size = tosa.const_shape {values = dense<[4, 2]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %s = tosa.slice %cat, %start, %size : (tensor<5x2xf32>, !tosa.shape<2>, !tosa.shape<2>) -> tensor<4x2xf32>
    tosa.yield %i2, %s : tensor<i32>, tensor<4x2xf32>
  }
  %c = tosa.cast %r#1 : (tensor<4x2xf32>) -> tensor<4x2xbf16>
  return %c : tensor<4x2xbf16>
}

// -----

// The contract decides whether T may land on a float widening cast that
// produces the init. Under `values` the pair folds and the loop starts from
// the f16 argument; under `bits` the loop stays f32 (upstream folders would
// remove the round trip, which is not the identity on signalling NaNs).
// CHECK-LABEL: func.func @tosa_while_loop_widened_init
// CHECK-SAME:    (%[[H:.*]]: tensor<4xf16>)
// CHECK:         tosa.while_loop (%[[A:.*]] = %[[H]]) : (tensor<4xf16>) -> tensor<4xf16>
// BITS-LABEL:  func.func @tosa_while_loop_widened_init
// BITS:          tosa.while_loop {{.*}} : (tensor<4xf32>) -> tensor<4xf32>
// BITS:          tosa.cast {{.*}} : (tensor<4xf32>) -> tensor<4xf16>
// REMARK:      remark: carried narrow through 'tosa.while_loop'
func.func @tosa_while_loop_widened_init(%h: tensor<4xf16>) -> tensor<4xf16> {
  %x = tosa.cast %h : (tensor<4xf16>) -> tensor<4xf32>
  %r = tosa.while_loop (%v = %x) : (tensor<4xf32>) -> tensor<4xf32> {
    %f = "tosa.const"() {values = dense<false> : tensor<i1>} : () -> tensor<i1>
    tosa.yield %f : tensor<i1>
  } do {
  ^bb0(%v1: tensor<4xf32>):
    %rv = tosa.reverse %v1 {axis = 0 : i32} : (tensor<4xf32>) -> tensor<4xf32>
    tosa.yield %rv : tensor<4xf32>
  }
  %c = tosa.cast %r : (tensor<4xf32>) -> tensor<4xf16>
  return %c : tensor<4xf16>
}

// -----

// The body swaps two carried values (one of them reversed): narrowing either
// result narrows what flows into the other, so the slots of both join one
// rewrite, which applies since both results get the same cast.
// CHECK-LABEL: func.func @tosa_while_loop_swap
// CHECK-SAME:    (%[[X:.*]]: tensor<4xf32>, %[[Y:.*]]: tensor<4xf32>
// CHECK-DAG:     %[[NX:.*]] = tosa.cast %[[X]] : (tensor<4xf32>) -> tensor<4xf16>
// CHECK-DAG:     %[[NY:.*]] = tosa.cast %[[Y]] : (tensor<4xf32>) -> tensor<4xf16>
// CHECK:         %[[W:.*]]:2 = tosa.while_loop (%{{.*}} = %[[NX]], %{{.*}} = %[[NY]]) : (tensor<4xf16>, tensor<4xf16>) -> (tensor<4xf16>, tensor<4xf16>) {
// CHECK:           tosa.reverse {{.*}} : (tensor<4xf16>) -> tensor<4xf16>
// CHECK-NOT:     tosa.cast
// CHECK:         return %[[W]]#0, %[[W]]#1 : tensor<4xf16>, tensor<4xf16>
// REMARK:      remark: carried narrow through 'tosa.while_loop': modeled traffic 80 -> 64 bytes (one iteration)
func.func @tosa_while_loop_swap(%x: tensor<4xf32>, %y: tensor<4xf32>, %go: tensor<i1>) -> (tensor<4xf16>, tensor<4xf16>) {
  %r:2 = tosa.while_loop (%v = %x, %w = %y) : (tensor<4xf32>, tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
    tosa.yield %go : tensor<i1>
  } do {
  ^bb0(%v1: tensor<4xf32>, %w1: tensor<4xf32>):
    %rv = tosa.reverse %v1 {axis = 0 : i32} : (tensor<4xf32>) -> tensor<4xf32>
    tosa.yield %w1, %rv : tensor<4xf32>, tensor<4xf32>
  }
  %a = tosa.cast %r#0 : (tensor<4xf32>) -> tensor<4xf16>
  %b = tosa.cast %r#1 : (tensor<4xf32>) -> tensor<4xf16>
  return %a, %b : tensor<4xf16>, tensor<4xf16>
}

// -----

// The cond region reads the carried tensor with a compute op (a reduction
// compared in f32): the loop computes on it, nothing changes.
// CHECK-LABEL: func.func @negative_tosa_while_loop_cond_computes
// CHECK:         tosa.while_loop {{.*}} : (tensor<4xf32>) -> tensor<4xf32>
// CHECK:         tosa.cast {{.*}} : (tensor<4xf32>) -> tensor<4xf16>
// REMARK:      remark: not moved: the carried value is used by an op that is not data movement
func.func @negative_tosa_while_loop_cond_computes(%x: tensor<4xf32>) -> tensor<4xf16> {
  %r = tosa.while_loop (%v = %x) : (tensor<4xf32>) -> tensor<4xf32> {
    %m = tosa.reduce_max %v {axis = 0 : i32} : (tensor<4xf32>) -> tensor<1xf32>
    %lim = "tosa.const"() {values = dense<100.0> : tensor<1xf32>} : () -> tensor<1xf32>
    %go = tosa.greater %lim, %m : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xi1>
    tosa.yield %go : tensor<1xi1>
  } do {
  ^bb0(%v1: tensor<4xf32>):
    %rv = tosa.reverse %v1 {axis = 0 : i32} : (tensor<4xf32>) -> tensor<4xf32>
    tosa.yield %rv : tensor<4xf32>
  }
  %c = tosa.cast %r : (tensor<4xf32>) -> tensor<4xf16>
  return %c : tensor<4xf16>
}

// -----

// The wide result is returned as well as narrowed: it stays alive, so the
// loop must keep carrying f32 and nothing changes.
// CHECK-LABEL: func.func @negative_tosa_while_loop_result_escapes
// CHECK:         tosa.while_loop {{.*}} : (tensor<4xf32>) -> tensor<4xf32>
// CHECK:         tosa.cast {{.*}} : (tensor<4xf32>) -> tensor<4xf16>
// REMARK:      remark: not moved: the region op's result has users other than this cast
func.func @negative_tosa_while_loop_result_escapes(%x: tensor<4xf32>, %go: tensor<i1>) -> (tensor<4xf16>, tensor<4xf32>) {
  %r = tosa.while_loop (%v = %x) : (tensor<4xf32>) -> tensor<4xf32> {
    tosa.yield %go : tensor<i1>
  } do {
  ^bb0(%v1: tensor<4xf32>):
    %rv = tosa.reverse %v1 {axis = 0 : i32} : (tensor<4xf32>) -> tensor<4xf32>
    tosa.yield %rv : tensor<4xf32>
  }
  %c = tosa.cast %r : (tensor<4xf32>) -> tensor<4xf16>
  return %c, %r : tensor<4xf16>, tensor<4xf32>
}

// -----

// The body yields a value computed in f32 (an add), not the carried value
// moved: narrowing it would round every iteration, nothing changes.
// CHECK-LABEL: func.func @negative_tosa_while_loop_body_computes
// CHECK:         tosa.while_loop {{.*}} : (tensor<4xf32>) -> tensor<4xf32>
// CHECK:         tosa.cast {{.*}} : (tensor<4xf32>) -> tensor<4xf16>
// REMARK:      remark: not moved: the carried value is used by an op that is not data movement
func.func @negative_tosa_while_loop_body_computes(%x: tensor<4xf32>, %go: tensor<i1>) -> tensor<4xf16> {
  %r = tosa.while_loop (%v = %x) : (tensor<4xf32>) -> tensor<4xf32> {
    tosa.yield %go : tensor<i1>
  } do {
  ^bb0(%v1: tensor<4xf32>):
    %s = tosa.add %v1, %v1 : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    tosa.yield %s : tensor<4xf32>
  }
  %c = tosa.cast %r : (tensor<4xf32>) -> tensor<4xf16>
  return %c : tensor<4xf16>
}

// -----

// The body yields the moved value as two carried values; the second result
// is returned wide. Narrowing the first would narrow what flows into the
// second too (the same yielded value), so nothing changes.
// CHECK-LABEL: func.func @negative_tosa_while_loop_feeds_other_value
// CHECK:         tosa.while_loop {{.*}} -> (tensor<4xf32>, tensor<4xf32>)
// CHECK:         tosa.cast {{.*}} : (tensor<4xf32>) -> tensor<4xf16>
// REMARK:      remark: not moved: a result the loop would narrow has users other than this cast
func.func @negative_tosa_while_loop_feeds_other_value(%x: tensor<4xf32>, %y: tensor<4xf32>, %go: tensor<i1>) -> (tensor<4xf16>, tensor<4xf32>) {
  %r:2 = tosa.while_loop (%v = %x, %w = %y) : (tensor<4xf32>, tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
    tosa.yield %go : tensor<i1>
  } do {
  ^bb0(%v1: tensor<4xf32>, %w1: tensor<4xf32>):
    %rv = tosa.reverse %v1 {axis = 0 : i32} : (tensor<4xf32>) -> tensor<4xf32>
    tosa.yield %rv, %rv : tensor<4xf32>, tensor<4xf32>
  }
  %c = tosa.cast %r#0 : (tensor<4xf32>) -> tensor<4xf16>
  return %c, %r#1 : tensor<4xf16>, tensor<4xf32>
}

// -----

// The carried value is read inside a tosa.cond_if nested in the body: not
// data movement directly in the body, so it counts as escaping.
// CHECK-LABEL: func.func @negative_tosa_while_loop_nested_use
// CHECK:         tosa.while_loop {{.*}} : (tensor<4xf32>) -> tensor<4xf32>
// CHECK:         tosa.cast {{.*}} : (tensor<4xf32>) -> tensor<4xf16>
// REMARK:      remark: not moved: the carried value is used by an op that is not data movement
func.func @negative_tosa_while_loop_nested_use(%x: tensor<4xf32>, %go: tensor<i1>, %c: tensor<i1>) -> tensor<4xf16> {
  %r = tosa.while_loop (%v = %x) : (tensor<4xf32>) -> tensor<4xf32> {
    tosa.yield %go : tensor<i1>
  } do {
  ^bb0(%v1: tensor<4xf32>):
    %t = tosa.cond_if %c : tensor<i1> -> tensor<4xf32> {
      %rv = tosa.reverse %v1 {axis = 0 : i32} : (tensor<4xf32>) -> tensor<4xf32>
      tosa.yield %rv : tensor<4xf32>
    } else {
      tosa.yield %v1 : tensor<4xf32>
    }
    tosa.yield %t : tensor<4xf32>
  }
  %n = tosa.cast %r : (tensor<4xf32>) -> tensor<4xf16>
  return %n : tensor<4xf16>
}

// -----

// The body appends a large loop-invariant tensor and keeps the first four
// rows: carrying narrow would add a cast of all 1024 invariant rows, more
// than one iteration saves, so under the default `policy=profitable` nothing
// changes (`policy=always` would carry it).
// CHECK-LABEL: func.func @negative_tosa_while_loop_does_not_pay
// CHECK:         tosa.while_loop {{.*}} : (tensor<4x2xf32>) -> tensor<4x2xf32>
// CHECK:         tosa.cast {{.*}} : (tensor<4x2xf32>) -> tensor<4x2xf16>
// REMARK:      remark: not moved: modeled traffic would grow from
func.func @negative_tosa_while_loop_does_not_pay(%x: tensor<4x2xf32>, %big: tensor<1024x2xf32>, %go: tensor<i1>) -> tensor<4x2xf16> {
  %r = tosa.while_loop (%v = %x) : (tensor<4x2xf32>) -> tensor<4x2xf32> {
    tosa.yield %go : tensor<i1>
  } do {
  ^bb0(%v1: tensor<4x2xf32>):
    %cat = tosa.concat %v1, %big {axis = 0 : i32} : (tensor<4x2xf32>, tensor<1024x2xf32>) -> tensor<1028x2xf32>
    %start = tosa.const_shape {values = dense<[0, 0]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %size = tosa.const_shape {values = dense<[4, 2]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %s = tosa.slice %cat, %start, %size : (tensor<1028x2xf32>, !tosa.shape<2>, !tosa.shape<2>) -> tensor<4x2xf32>
    tosa.yield %s : tensor<4x2xf32>
  }
  %c = tosa.cast %r : (tensor<4x2xf32>) -> tensor<4x2xf16>
  return %c : tensor<4x2xf16>
}

// -----

// The contract decides whether T may land on a float widening cast yielded
// by a branch. Under `values` the pair folds and the branch yields the f16
// value it started from; under `bits` the cast stays after the if (upstream
// folders would fold the pair, which is not the identity on signalling NaNs).
// CHECK-LABEL: func.func @if_float_round_trip
// CHECK-SAME:    (%[[C:.*]]: i1, %[[H:.*]]: tensor<4x4xf16>, %[[X:.*]]: tensor<4x4xf32>)
// CHECK:         scf.if %[[C]] -> (tensor<4x4xf16>) {
// CHECK:           scf.yield %[[H]] : tensor<4x4xf16>
// BITS-LABEL:  func.func @if_float_round_trip
// BITS:          scf.if {{.*}} -> (tensor<4x4xf32>)
// BITS:          arith.truncf {{.*}} : tensor<4x4xf32> to tensor<4x4xf16>
func.func @if_float_round_trip(%c: i1, %h: tensor<4x4xf16>, %x: tensor<4x4xf32>) -> tensor<4x4xf16> {
  %r = scf.if %c -> (tensor<4x4xf32>) {
    %e = arith.extf %h : tensor<4x4xf16> to tensor<4x4xf32>
    scf.yield %e : tensor<4x4xf32>
  } else {
    %t = tmov.transpose %x [1, 0] : tensor<4x4xf32> -> tensor<4x4xf32>
    scf.yield %t : tensor<4x4xf32>
  }
  %n = arith.truncf %r : tensor<4x4xf32> to tensor<4x4xf16>
  return %n : tensor<4x4xf16>
}

// -----

// Under `bits`, a loop whose init is a float widening cast is not carried
// narrow (T(init) would be the round trip); under `values` it is, and the
// pair folds.
// CHECK-LABEL: func.func @for_widened_init
// CHECK-SAME:    (%[[H:.*]]: tensor<4xf16>
// CHECK:         scf.for {{.*}} iter_args(%{{.*}} = %[[H]]) -> (tensor<4xf16>)
// BITS-LABEL:  func.func @for_widened_init
// BITS:          scf.for {{.*}} -> (tensor<4xf32>)
func.func @for_widened_init(%h: tensor<4xf16>, %n: index) -> tensor<4xf16> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %x = arith.extf %h : tensor<4xf16> to tensor<4xf32>
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %x) -> (tensor<4xf32>) {
    %t = tmov.reverse %acc [0] : tensor<4xf32>
    scf.yield %t : tensor<4xf32>
  }
  %c = arith.truncf %r : tensor<4xf32> to tensor<4xf16>
  return %c : tensor<4xf16>
}

// -----

// Under `bits`, the widening casts do not leave the branches when the
// result feeds a float narrowing cast (they would meet).
// BITS-LABEL:  func.func @sink_if_before_trunc
// BITS:          scf.if {{.*}} -> (tensor<4xf32>)
// BITS:          arith.truncf {{.*}} : tensor<4xf32> to tensor<4xbf16>
func.func @sink_if_before_trunc(%c: i1, %x: tensor<4xf16>, %y: tensor<4xf16>) -> tensor<4xbf16> {
  %r = scf.if %c -> (tensor<4xf32>) {
    %e = arith.extf %x : tensor<4xf16> to tensor<4xf32>
    scf.yield %e : tensor<4xf32>
  } else {
    %e = arith.extf %y : tensor<4xf16> to tensor<4xf32>
    scf.yield %e : tensor<4xf32>
  }
  %n = arith.truncf %r : tensor<4xf32> to tensor<4xbf16>
  return %n : tensor<4xbf16>
}

// -----

// A NaN constant has a narrow preimage under `values` (a NaN stays a NaN)
// but not under `bits` (its payload need not survive): the widening cast
// leaves the switch only under `values`.
// CHECK-LABEL: func.func @sink_switch_nan_constant
// CHECK:         scf.index_switch %{{.*}} -> tensor<2xf16>
// CHECK:           arith.constant dense<[0x7E00, 1.000000e+00]> : tensor<2xf16>
// CHECK:         arith.extf %{{.*}} : tensor<2xf16> to tensor<2xf32>
// BITS-LABEL:  func.func @sink_switch_nan_constant
// BITS:          scf.index_switch %{{.*}} -> tensor<2xf32>
func.func @sink_switch_nan_constant(%i: index, %x: tensor<2xf16>) -> tensor<2xf32> {
  %k = arith.constant dense<[0x7FC00000, 1.0]> : tensor<2xf32>
  %r = scf.index_switch %i -> tensor<2xf32>
  case 0 {
    %e = arith.extf %x : tensor<2xf16> to tensor<2xf32>
    scf.yield %e : tensor<2xf32>
  }
  default {
    scf.yield %k : tensor<2xf32>
  }
  return %r : tensor<2xf32>
}

// -----

// A loop body that moves the carried value with a torch-mlir style
// linalg.generic copy: carried narrow. The loop rewrite retypes the carried
// block argument before it rebuilds the body's data movement; the generic's
// model then still finds its copied input (difftest finding, seeds 700148,
// 700151: this crashed).
// CHECK-LABEL: func.func @loop_generic_copy
// CHECK:         %[[N:.*]] = arith.truncf %{{.*}} : tensor<5xf32> to tensor<5xf16>
// CHECK:         scf.for {{.*}} iter_args(%[[A:.*]] = %[[N]]) -> (tensor<5xf16>)
// CHECK:           linalg.generic {{.*}} ins(%[[A]] : tensor<5xf16>) outs(%{{.*}} : tensor<5xf16>)
// CHECK:             linalg.yield %{{.*}} : f16
func.func @loop_generic_copy(%x: tensor<5xf32>) -> tensor<5xf16> {
  %c0 = arith.constant 0 : index
  %c2 = arith.constant 2 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c0 to %c2 step %c1 iter_args(%acc = %x) -> (tensor<5xf32>) {
    %e = tensor.empty() : tensor<5xf32>
    %g = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%acc : tensor<5xf32>) outs(%e : tensor<5xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<5xf32>
    scf.yield %g : tensor<5xf32>
  }
  %t = arith.truncf %r : tensor<5xf32> to tensor<5xf16>
  return %t : tensor<5xf16>
}
