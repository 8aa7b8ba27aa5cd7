// RUN: cast-hoist-opt %s -split-input-file --hoist-casts=policy=always | FileCheck %s --check-prefix=ALWAYS
// RUN: cast-hoist-opt %s -split-input-file --hoist-casts=policy=profitable | FileCheck %s --check-prefix=PROFIT
// RUN: cast-hoist-opt %s -split-input-file --hoist-casts | FileCheck %s --check-prefix=PROFIT

// policy=always applies every exact rewrite; policy=profitable (the default)
// only those that do not grow the modeled traffic (docs/CostModel.md).

// A transpose moves every element: hoisting halves its traffic either way.
// Before: transpose 256 B + cast 192 B; after: cast 192 B + transpose 128 B.
// ALWAYS-LABEL: func.func @transpose
// ALWAYS:         tmov.transpose %{{.*}} : tensor<4x8xf16>
// PROFIT-LABEL: func.func @transpose
// PROFIT:         tmov.transpose %{{.*}} : tensor<4x8xf16>
func.func @transpose(%x: tensor<4x8xf32>) -> tensor<8x4xf16> {
  %t = tmov.transpose %x [1, 0] : tensor<4x8xf32> -> tensor<8x4xf32>
  %c = tmov.cast %t : tensor<8x4xf32> to tensor<8x4xf16>
  return %c : tensor<8x4xf16>
}

// -----

// A slice keeping 1/16 of its input: hoisting would cast 16x more elements.
// ALWAYS-LABEL: func.func @small_slice
// ALWAYS:         tmov.slice %{{.*}} : tensor<64x64xf16> -> tensor<16x16xf16>
// PROFIT-LABEL: func.func @small_slice
// PROFIT:         tmov.slice %{{.*}} : tensor<64x64xf32> -> tensor<16x16xf32>
// PROFIT:         tmov.cast
func.func @small_slice(%x: tensor<64x64xf32>) -> tensor<16x16xf16> {
  %s = tmov.slice %x offsets [0, 0] sizes [16, 16] strides [1, 1] : tensor<64x64xf32> -> tensor<16x16xf32>
  %c = tmov.cast %s : tensor<16x16xf32> to tensor<16x16xf16>
  return %c : tensor<16x16xf16>
}

// -----

// An embedding lookup: 8 rows gathered from a 50000-row table. Casting the
// whole table for 8 rows is a loss.
// ALWAYS-LABEL: func.func @embedding_gather
// ALWAYS:         tmov.cast %{{.*}} : tensor<50000x64xf32> to tensor<50000x64xf16>
// PROFIT-LABEL: func.func @embedding_gather
// PROFIT:         tmov.gather %{{.*}} : (tensor<50000x64xf32>, tensor<8xi32>) -> tensor<8x64xf32>
// PROFIT:         tmov.cast %{{.*}} : tensor<8x64xf32> to tensor<8x64xf16>
func.func @embedding_gather(%table: tensor<50000x64xf32>, %ids: tensor<8xi32>) -> tensor<8x64xf16> {
  %g = tmov.gather %table[%ids] axis 0 : (tensor<50000x64xf32>, tensor<8xi32>) -> tensor<8x64xf32>
  %c = tmov.cast %g : tensor<8x64xf32> to tensor<8x64xf16>
  return %c : tensor<8x64xf16>
}

// -----

// Hoisting up to a constant is free: the constant is converted at compile
// time, so even a shrinking slice of it is worth narrowing.
// PROFIT-LABEL: func.func @slice_of_constant
// PROFIT:         %[[K:.*]] = arith.constant dense<1.500000e+00> : tensor<64xf16>
// PROFIT:         tmov.slice %[[K]] {{.*}} : tensor<64xf16> -> tensor<4xf16>
func.func @slice_of_constant() -> tensor<4xf16> {
  %k = arith.constant dense<1.5> : tensor<64xf32>
  %s = tmov.slice %k offsets [0] sizes [4] strides [1] : tensor<64xf32> -> tensor<4xf32>
  %c = tmov.cast %s : tensor<4xf32> to tensor<4xf16>
  return %c : tensor<4xf16>
}

// -----

// Sinking a widening cast below a broadcast that repeats 16x would widen 16x
// more elements.
// ALWAYS-LABEL: func.func @sink_below_broadcast
// ALWAYS:         tmov.broadcast %{{.*}} : tensor<32xf16> -> tensor<16x32xf16>
// PROFIT-LABEL: func.func @sink_below_broadcast
// PROFIT:         tmov.cast %{{.*}} : tensor<32xf16> to tensor<32xf32>
// PROFIT:         tmov.broadcast %{{.*}} : tensor<32xf32> -> tensor<16x32xf32>
func.func @sink_below_broadcast(%x: tensor<32xf16>) -> tensor<16x32xf32> {
  %e = tmov.cast %x : tensor<32xf16> to tensor<32xf32>
  %b = tmov.broadcast %e [1] : tensor<32xf32> -> tensor<16x32xf32>
  return %b : tensor<16x32xf32>
}

// -----

// Fan-out through an expanding op: the broadcast result is needed in f32 by
// one user and in f16 by another. Duplicating the broadcast in f16 (and
// casting its small input) moves fewer bytes than casting its big output:
// profitable clones, always (which never duplicates) leaves it.
// Before: broadcast 128+2048 + cast 2048+1024 = 5248 B; after: the f32
// broadcast 2176 + cast 128+64 + f16 broadcast 64+1024 = 3456 B.
// ALWAYS-LABEL: func.func @fan_out_clone_broadcast
// ALWAYS:         %[[B:.*]] = tmov.broadcast %{{.*}} : tensor<32xf32> -> tensor<16x32xf32>
// ALWAYS:         tmov.cast %[[B]]
// PROFIT-LABEL: func.func @fan_out_clone_broadcast
// PROFIT-SAME:    (%[[X:.*]]: tensor<32xf32>)
// PROFIT-DAG:     %[[WIDE:.*]] = tmov.broadcast %[[X]] [1] : tensor<32xf32> -> tensor<16x32xf32>
// PROFIT-DAG:     %[[C:.*]] = tmov.cast %[[X]] : tensor<32xf32> to tensor<32xf16>
// PROFIT-DAG:     %[[NARROW:.*]] = tmov.broadcast %[[C]] [1] : tensor<32xf16> -> tensor<16x32xf16>
// PROFIT:         return %[[NARROW]], %[[WIDE]]
func.func @fan_out_clone_broadcast(%x: tensor<32xf32>) -> (tensor<16x32xf16>, tensor<16x32xf32>) {
  %b = tmov.broadcast %x [1] : tensor<32xf32> -> tensor<16x32xf32>
  %c = tmov.cast %b : tensor<16x32xf32> to tensor<16x32xf16>
  return %c, %b : tensor<16x32xf16>, tensor<16x32xf32>
}

// -----

// Fan-out through a transpose: a second, f16 transpose would add more than
// it saves, so neither policy moves the cast.
// ALWAYS-LABEL: func.func @negative_fan_out_transpose
// ALWAYS:         %[[T:.*]] = tmov.transpose %{{.*}} : tensor<4x8xf32> -> tensor<8x4xf32>
// ALWAYS:         tmov.cast %[[T]]
// PROFIT-LABEL: func.func @negative_fan_out_transpose
// PROFIT:         %[[T:.*]] = tmov.transpose %{{.*}} : tensor<4x8xf32> -> tensor<8x4xf32>
// PROFIT:         tmov.cast %[[T]]
// PROFIT-NOT:     tmov.transpose
func.func @negative_fan_out_transpose(%x: tensor<4x8xf32>) -> (tensor<8x4xf16>, tensor<8x4xf32>) {
  %t = tmov.transpose %x [1, 0] : tensor<4x8xf32> -> tensor<8x4xf32>
  %c = tmov.cast %t : tensor<8x4xf32> to tensor<8x4xf16>
  return %c, %t : tensor<8x4xf16>, tensor<8x4xf32>
}

// -----

// A chain: the cast climbs the transpose (profitable) and stops below the
// shrinking slice (not profitable).
// PROFIT-LABEL: func.func @chain_stops_at_slice
// PROFIT:         tmov.slice %{{.*}} : tensor<64x64xf32> -> tensor<16x16xf32>
// PROFIT:         tmov.cast %{{.*}} : tensor<16x16xf32> to tensor<16x16xf16>
// PROFIT:         tmov.transpose %{{.*}} : tensor<16x16xf16>
func.func @chain_stops_at_slice(%x: tensor<64x64xf32>) -> tensor<16x16xf16> {
  %s = tmov.slice %x offsets [0, 0] sizes [16, 16] strides [1, 1] : tensor<64x64xf32> -> tensor<16x16xf32>
  %t = tmov.transpose %s [1, 0] : tensor<16x16xf32> -> tensor<16x16xf32>
  %c = tmov.cast %t : tensor<16x16xf32> to tensor<16x16xf16>
  return %c : tensor<16x16xf16>
}

// -----

// A reshape is a view (0 bytes): hoisting the cast above it leaves the
// modeled traffic unchanged (cast 192 B either way), and still happens, so
// that the cast climbs on above the transpose (256 + 192 -> 192 + 128 B).
// PROFIT-LABEL: func.func @hoist_through_view
// PROFIT-SAME:    (%[[X:.*]]: tensor<4x8xf32>)
// PROFIT:         %[[C:.*]] = tmov.cast %[[X]] : tensor<4x8xf32> to tensor<4x8xf16>
// PROFIT:         %[[T:.*]] = tmov.transpose %[[C]] [1, 0] : tensor<4x8xf16> -> tensor<8x4xf16>
// PROFIT:         %[[R:.*]] = tmov.reshape %[[T]] : tensor<8x4xf16> -> tensor<32xf16>
// PROFIT:         return %[[R]]
func.func @hoist_through_view(%x: tensor<4x8xf32>) -> tensor<32xf16> {
  %t = tmov.transpose %x [1, 0] : tensor<4x8xf32> -> tensor<8x4xf32>
  %r = tmov.reshape %t : tensor<8x4xf32> -> tensor<32xf32>
  %c = tmov.cast %r : tensor<32xf32> to tensor<32xf16>
  return %c : tensor<32xf16>
}

// -----

// The same through upstream views: tosa.reshape and tensor.collapse_shape.
// PROFIT-LABEL: func.func @hoist_through_upstream_views
// PROFIT:         tosa.cast %{{.*}} : (tensor<2x4x8xf32>) -> tensor<2x4x8xf16>
// PROFIT:         tosa.transpose %{{.*}} : (tensor<2x4x8xf16>) -> tensor<2x8x4xf16>
// PROFIT:         tosa.reshape %{{.*}} : (tensor<2x8x4xf16>, !tosa.shape<2>) -> tensor<16x4xf16>
// PROFIT:         tensor.collapse_shape %{{.*}} : tensor<16x4xf16> into tensor<64xf16>
func.func @hoist_through_upstream_views(%x: tensor<2x4x8xf32>) -> tensor<64xf16> {
  %t = tosa.transpose %x {perms = array<i32: 0, 2, 1>} : (tensor<2x4x8xf32>) -> tensor<2x8x4xf32>
  %shape = tosa.const_shape {values = dense<[16, 4]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %r = tosa.reshape %t, %shape : (tensor<2x8x4xf32>, !tosa.shape<2>) -> tensor<16x4xf32>
  %f = tensor.collapse_shape %r [[0, 1]] : tensor<16x4xf32> into tensor<64xf32>
  %c = tosa.cast %f : (tensor<64xf32>) -> tensor<64xf16>
  return %c : tensor<64xf16>
}

// -----

// Sinking a widening cast below a view is traffic-neutral too, and happens.
// PROFIT-LABEL: func.func @sink_below_view
// PROFIT:         %[[R:.*]] = tmov.reshape %{{.*}} : tensor<4x8xf16> -> tensor<32xf16>
// PROFIT:         tmov.cast %[[R]] : tensor<32xf16> to tensor<32xf32>
func.func @sink_below_view(%x: tensor<4x8xf16>) -> tensor<32xf32> {
  %e = tmov.cast %x : tensor<4x8xf16> to tensor<4x8xf32>
  %r = tmov.reshape %e : tensor<4x8xf32> -> tensor<32xf32>
  return %r : tensor<32xf32>
}

// -----

// A reshape whose f32 result has another user: a second, f16 reshape would
// cost nothing and save nothing (cast 192 B either way). The profitable
// policy does not duplicate an op for no gain, so the cast stays.
// PROFIT-LABEL: func.func @negative_fan_out_view
// PROFIT:         %[[R:.*]] = tmov.reshape %{{.*}} : tensor<4x8xf32> -> tensor<32xf32>
// PROFIT:         tmov.cast %[[R]]
// PROFIT-NOT:     tmov.reshape
func.func @negative_fan_out_view(%x: tensor<4x8xf32>) -> (tensor<32xf16>, tensor<32xf32>) {
  %r = tmov.reshape %x : tensor<4x8xf32> -> tensor<32xf32>
  %c = tmov.cast %r : tensor<32xf32> to tensor<32xf16>
  return %c, %r : tensor<32xf16>, tensor<32xf32>
}
