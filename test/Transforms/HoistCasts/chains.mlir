// RUN: cast-hoist-opt %s -split-input-file --hoist-casts | FileCheck %s
// RUN: cast-hoist-opt %s -split-input-file --hoist-casts=exactness=bits | FileCheck %s

// A chain of ops that each change their element type in place is crossed
// in one rewrite (the cast moves once); the result must be the IR that one
// rewrite per op reaches, under both contracts (under `bits` a sink crosses
// one op per rewrite).

// The whole chain runs narrow; the cast lands on the argument.
// CHECK-LABEL: func.func @hoist_chain
// CHECK-SAME:    (%[[X:.*]]: tensor<4x8xf32>)
// CHECK:         %[[C:.*]] = tosa.cast %[[X]] : (tensor<4x8xf32>) -> tensor<4x8xf16>
// CHECK:         %[[T:.*]] = tosa.transpose %[[C]] {{.*}} -> tensor<8x4xf16>
// CHECK:         %[[R:.*]] = tosa.reverse %[[T]] {{.*}} -> tensor<8x4xf16>
// CHECK:         %[[U:.*]] = tosa.transpose %[[R]] {{.*}} -> tensor<4x8xf16>
// CHECK:         return %[[U]]
func.func @hoist_chain(%x: tensor<4x8xf32>) -> tensor<4x8xf16> {
  %t = tosa.transpose %x {perms = array<i32: 1, 0>} : (tensor<4x8xf32>) -> tensor<8x4xf32>
  %r = tosa.reverse %t {axis = 0 : i32} : (tensor<8x4xf32>) -> tensor<8x4xf32>
  %u = tosa.transpose %r {perms = array<i32: 1, 0>} : (tensor<8x4xf32>) -> tensor<4x8xf32>
  %c = tosa.cast %u : (tensor<4x8xf32>) -> tensor<4x8xf16>
  return %c : tensor<4x8xf16>
}

// -----

// An op in the middle has a second user: the chain stops below it, and the
// driver decides that op on its own (here: duplicating it would not pay
// under the default policy, so the cast stays between the two parts).
// CHECK-LABEL: func.func @hoist_chain_stops_at_fan_out
// CHECK:         %[[T:.*]] = tosa.transpose {{.*}} -> tensor<8x4xf32>
// CHECK:         %[[C:.*]] = tosa.cast %[[T]] : (tensor<8x4xf32>) -> tensor<8x4xf16>
// CHECK:         tosa.reverse %[[C]] {{.*}} -> tensor<8x4xf16>
// CHECK:         return {{.*}}, %[[T]]
func.func @hoist_chain_stops_at_fan_out(%x: tensor<4x8xf32>) -> (tensor<8x4xf16>, tensor<8x4xf32>) {
  %t = tosa.transpose %x {perms = array<i32: 1, 0>} : (tensor<4x8xf32>) -> tensor<8x4xf32>
  %r = tosa.reverse %t {axis = 0 : i32} : (tensor<8x4xf32>) -> tensor<8x4xf32>
  %c = tosa.cast %r : (tensor<8x4xf32>) -> tensor<8x4xf16>
  return %c, %t : tensor<8x4xf16>, tensor<8x4xf32>
}

// -----

// An op in the middle that is rebuilt rather than retyped (a pad: its fill
// value converts): the in-place chain stops there, the driver crosses the
// pad with a rebuild, and the chain above it runs narrow too.
// CHECK-LABEL: func.func @hoist_chain_through_rebuilt_op
// CHECK-SAME:    (%[[X:.*]]: tensor<4x8xf32>)
// CHECK:         %[[C:.*]] = tosa.cast %[[X]] : (tensor<4x8xf32>) -> tensor<4x8xf16>
// CHECK:         tosa.transpose %[[C]] {{.*}} -> tensor<8x4xf16>
// CHECK:         tosa.pad {{.*}} -> tensor<10x4xf16>
// CHECK:         tosa.reverse {{.*}} -> tensor<10x4xf16>
// CHECK-NOT:     tosa.cast
func.func @hoist_chain_through_rebuilt_op(%x: tensor<4x8xf32>) -> tensor<10x4xf16> {
  %t = tosa.transpose %x {perms = array<i32: 1, 0>} : (tensor<4x8xf32>) -> tensor<8x4xf32>
  %p0 = tosa.const_shape {values = dense<[1, 1, 0, 0]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %v = "tosa.const"() {values = dense<1.5> : tensor<1xf32>} : () -> tensor<1xf32>
  %p = tosa.pad %t, %p0, %v : (tensor<8x4xf32>, !tosa.shape<4>, tensor<1xf32>) -> tensor<10x4xf32>
  %r = tosa.reverse %p {axis = 0 : i32} : (tensor<10x4xf32>) -> tensor<10x4xf32>
  %c = tosa.cast %r : (tensor<10x4xf32>) -> tensor<10x4xf16>
  return %c : tensor<10x4xf16>
}

// -----

// Sinking: the widening cast ends below the whole chain, under both
// contracts.
// CHECK-LABEL: func.func @sink_chain
// CHECK-SAME:    (%[[X:.*]]: tensor<4x8xf16>)
// CHECK:         %[[T:.*]] = tosa.transpose %[[X]] {{.*}} -> tensor<8x4xf16>
// CHECK:         %[[R:.*]] = tosa.reverse %[[T]] {{.*}} -> tensor<8x4xf16>
// CHECK:         %[[U:.*]] = tosa.transpose %[[R]] {{.*}} -> tensor<4x8xf16>
// CHECK:         %[[E:.*]] = tosa.cast %[[U]] : (tensor<4x8xf16>) -> tensor<4x8xf32>
// CHECK:         return %[[E]]
func.func @sink_chain(%x: tensor<4x8xf16>) -> tensor<4x8xf32> {
  %e = tosa.cast %x : (tensor<4x8xf16>) -> tensor<4x8xf32>
  %t = tosa.transpose %e {perms = array<i32: 1, 0>} : (tensor<4x8xf32>) -> tensor<8x4xf32>
  %r = tosa.reverse %t {axis = 0 : i32} : (tensor<8x4xf32>) -> tensor<8x4xf32>
  %u = tosa.transpose %r {perms = array<i32: 1, 0>} : (tensor<8x4xf32>) -> tensor<4x8xf32>
  return %u : tensor<4x8xf32>
}

// -----

// A dead op at the end of a sink chain: the pass leaves dead ops it did not
// make dead alone, so the cast stops above it.
// CHECK-LABEL: func.func @sink_chain_stops_at_dead_op
// CHECK:         %[[T:.*]] = tosa.transpose {{.*}} -> tensor<8x4xf16>
// CHECK:         %[[E:.*]] = tosa.cast %[[T]] : (tensor<8x4xf16>) -> tensor<8x4xf32>
// CHECK:         tosa.reverse %[[E]] {{.*}} -> tensor<8x4xf32>
// CHECK:         return
func.func @sink_chain_stops_at_dead_op(%x: tensor<4x8xf16>) {
  %e = tosa.cast %x : (tensor<4x8xf16>) -> tensor<4x8xf32>
  %t = tosa.transpose %e {perms = array<i32: 1, 0>} : (tensor<4x8xf32>) -> tensor<8x4xf32>
  %r = tosa.reverse %t {axis = 0 : i32} : (tensor<8x4xf32>) -> tensor<8x4xf32>
  return
}
