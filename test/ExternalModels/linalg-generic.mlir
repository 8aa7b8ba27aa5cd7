// RUN: cast-hoist-opt %s -split-input-file --hoist-casts=policy=always | FileCheck %s
// RUN: cast-hoist-opt %s -split-input-file --hoist-casts='policy=always exactness=bits' | FileCheck %s --check-prefix=BITS

// linalg.generic ops recognised by their structure as data movement: only
// parallel loops, a body that yields one input's element unchanged, a
// projected permutation (zeros allowed) reading that input and a permutation
// writing the init. These are the forms torch-mlir emits for permute,
// expand/broadcast and clone. Every other generic is left alone.

// torch-mlir's permute: the cast (itself a generic) moves above it.
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @permute
// CHECK-SAME:    (%[[X:.*]]: tensor<2x4x8xf32>)
// CHECK:         %[[C:.*]] = linalg.generic {{.*}} ins(%[[X]] : tensor<2x4x8xf32>) outs(%{{.*}} : tensor<2x4x8xf16>)
// CHECK:           arith.truncf
// CHECK:         %[[E:.*]] = tensor.empty() : tensor<2x8x4xf16>
// CHECK:         %[[P:.*]] = linalg.generic {indexing_maps = [#{{.*}}, #{{.*}}], iterator_types = ["parallel", "parallel", "parallel"]} ins(%[[C]] : tensor<2x4x8xf16>) outs(%[[E]] : tensor<2x8x4xf16>)
// CHECK-NEXT:    ^bb0(%[[IN:.*]]: f16, %{{.*}}: f16):
// CHECK-NEXT:      linalg.yield %[[IN]] : f16
// CHECK:         return %[[P]]
func.func @permute(%x: tensor<2x4x8xf32>) -> tensor<2x8x4xf16> {
  %e = tensor.empty() : tensor<2x8x4xf32>
  %p = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2, d1)>, #id3], iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%x : tensor<2x4x8xf32>) outs(%e : tensor<2x8x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<2x8x4xf32>
  %e2 = tensor.empty() : tensor<2x8x4xf16>
  %c = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%p : tensor<2x8x4xf32>) outs(%e2 : tensor<2x8x4xf16>) {
  ^bb0(%in: f32, %out: f16):
    %t = arith.truncf %in : f32 to f16
    linalg.yield %t : f16
  } -> tensor<2x8x4xf16>
  return %c : tensor<2x8x4xf16>
}

// -----

// torch-mlir's broadcast of a size-1 dim reads it with a constant 0.
// CHECK-DAG:   #[[ZERO:.*]] = affine_map<(d0, d1) -> (0, d1)>
// CHECK-LABEL: func.func @broadcast_size_one
// CHECK:         %[[C:.*]] = arith.truncf %{{.*}} : tensor<1x8xf32> to tensor<1x8xbf16>
// CHECK:         linalg.generic {indexing_maps = [#[[ZERO]], #{{.*}}], {{.*}} ins(%[[C]] : tensor<1x8xbf16>) outs(%{{.*}} : tensor<4x8xbf16>)
func.func @broadcast_size_one(%x: tensor<1x8xf32>) -> tensor<4x8xbf16> {
  %e = tensor.empty() : tensor<4x8xf32>
  %b = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<1x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<4x8xf32>
  %c = arith.truncf %b : tensor<4x8xf32> to tensor<4x8xbf16>
  return %c : tensor<4x8xbf16>
}

// -----

// torch-mlir's expand adds a leading dim the input map does not name.
// CHECK-LABEL: func.func @expand
// CHECK:         %[[C:.*]] = arith.trunci %{{.*}} : tensor<4x8xi32> to tensor<4x8xi8>
// CHECK:         linalg.generic {{.*}} ins(%[[C]] : tensor<4x8xi8>) outs(%{{.*}} : tensor<3x4x8xi8>)
func.func @expand(%x: tensor<4x8xi32>) -> tensor<3x4x8xi8> {
  %e = tensor.empty() : tensor<3x4x8xi32>
  %b = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%x : tensor<4x8xi32>) outs(%e : tensor<3x4x8xi32>) {
  ^bb0(%in: i32, %out: i32):
    linalg.yield %in : i32
  } -> tensor<3x4x8xi32>
  %c = arith.trunci %b : tensor<3x4x8xi32> to tensor<3x4x8xi8>
  return %c : tensor<3x4x8xi8>
}

// -----

// torch-mlir's clone, with a dynamic size carried over to the new init.
// CHECK-LABEL: func.func @clone_dynamic
// CHECK-DAG:     %[[C:.*]] = arith.truncf %{{.*}} : tensor<?x8xf32> to tensor<?x8xf16>
// CHECK-DAG:     %[[E:.*]] = tensor.empty(%{{.*}}) : tensor<?x8xf16>
// CHECK:         linalg.generic {{.*}} ins(%[[C]] : tensor<?x8xf16>) outs(%[[E]] : tensor<?x8xf16>)
func.func @clone_dynamic(%x: tensor<?x8xf32>) -> tensor<?x8xf16> {
  %c0 = arith.constant 0 : index
  %d = tensor.dim %x, %c0 : tensor<?x8xf32>
  %e = tensor.empty(%d) : tensor<?x8xf32>
  %b = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<?x8xf32>) outs(%e : tensor<?x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<?x8xf32>
  %c = arith.truncf %b : tensor<?x8xf32> to tensor<?x8xf16>
  return %c : tensor<?x8xf16>
}

// -----

// generic transpose -> generic broadcast -> generic truncf: the cast moves
// all the way up, and both generics move f16.
#id = affine_map<(d0, d1) -> (d0, d1)>
#t = affine_map<(d0, d1) -> (d1, d0)>
#bc = affine_map<(d0, d1, d2) -> (d1, d2)>
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @chain_transpose_broadcast_truncf
// CHECK-SAME:    (%[[X:.*]]: tensor<4x8xf32>)
// CHECK:         %[[C:.*]] = linalg.generic {{.*}} ins(%[[X]] : tensor<4x8xf32>) outs(%{{.*}} : tensor<4x8xf16>)
// CHECK:           arith.truncf
// CHECK:         %[[T:.*]] = linalg.generic {{.*}} ins(%[[C]] : tensor<4x8xf16>) outs(%{{.*}} : tensor<8x4xf16>)
// CHECK:         %[[B:.*]] = linalg.generic {{.*}} ins(%[[T]] : tensor<8x4xf16>) outs(%{{.*}} : tensor<2x8x4xf16>)
// CHECK:         return %[[B]]
func.func @chain_transpose_broadcast_truncf(%x: tensor<4x8xf32>) -> tensor<2x8x4xf16> {
  %e = tensor.empty() : tensor<8x4xf32>
  %t = linalg.generic {indexing_maps = [#t, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<4x8xf32>) outs(%e : tensor<8x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<8x4xf32>
  %e2 = tensor.empty() : tensor<2x8x4xf32>
  %b = linalg.generic {indexing_maps = [#bc, #id3], iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%t : tensor<8x4xf32>) outs(%e2 : tensor<2x8x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<2x8x4xf32>
  %e3 = tensor.empty() : tensor<2x8x4xf16>
  %c = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%b : tensor<2x8x4xf32>) outs(%e3 : tensor<2x8x4xf16>) {
  ^bb0(%in: f32, %out: f16):
    %y = arith.truncf %in : f32 to f16
    linalg.yield %y : f16
  } -> tensor<2x8x4xf16>
  return %c : tensor<2x8x4xf16>
}

// -----

// A widening generic (extf) sinks below a generic transpose.
#id = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @sink_extf
// CHECK-SAME:    (%[[X:.*]]: tensor<4x8xf16>)
// CHECK:         %[[T:.*]] = linalg.generic {{.*}} ins(%[[X]] : tensor<4x8xf16>) outs(%{{.*}} : tensor<8x4xf16>)
// CHECK:         linalg.generic {{.*}} ins(%[[T]] : tensor<8x4xf16>) outs(%{{.*}} : tensor<8x4xf32>)
// CHECK:           arith.extf
func.func @sink_extf(%x: tensor<4x8xf16>) -> tensor<8x4xf32> {
  %e = tensor.empty() : tensor<4x8xf32>
  %w = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<4x8xf16>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%in: f16, %out: f32):
    %y = arith.extf %in : f16 to f32
    linalg.yield %y : f32
  } -> tensor<4x8xf32>
  %e2 = tensor.empty() : tensor<8x4xf32>
  %t = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d1, d0)>, #id], iterator_types = ["parallel", "parallel"]}
      ins(%w : tensor<4x8xf32>) outs(%e2 : tensor<8x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<8x4xf32>
  return %t : tensor<8x4xf32>
}

// -----

// Only the yielded input is data: the input the body does not read keeps
// its type and is not cast.
#id = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @unread_input
// CHECK-SAME:    (%[[X:.*]]: tensor<4x8xf32>, %[[Y:.*]]: tensor<4x8xf32>)
// CHECK:         %[[C:.*]] = arith.truncf %[[Y]] : tensor<4x8xf32> to tensor<4x8xf16>
// CHECK:         linalg.generic {{.*}} ins(%[[X]], %[[C]] : tensor<4x8xf32>, tensor<4x8xf16>) outs(%{{.*}} : tensor<4x8xf16>)
// CHECK-NEXT:    ^bb0(%{{.*}}: f32, %[[IN:.*]]: f16, %{{.*}}: f16):
// CHECK-NEXT:      linalg.yield %[[IN]] : f16
func.func @unread_input(%x: tensor<4x8xf32>, %y: tensor<4x8xf32>) -> tensor<4x8xf16> {
  %e = tensor.empty() : tensor<4x8xf32>
  %g = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x, %y : tensor<4x8xf32>, tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%a: f32, %b: f32, %out: f32):
    linalg.yield %b : f32
  } -> tensor<4x8xf32>
  %c = arith.truncf %g : tensor<4x8xf32> to tensor<4x8xf16>
  return %c : tensor<4x8xf16>
}

// -----

// f16 -> f32, a generic transpose, f32 -> f16. Under `values` the truncf
// hoists onto the extf and the round trip folds away. Under `bits` neither
// cast moves: either way a float ext would sit right before a float trunc,
// a pair upstream folders remove.
#id = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @round_trip_across_transpose
// CHECK-SAME:    (%[[X:.*]]: tensor<4x8xf16>)
// CHECK-NEXT:    %[[E:.*]] = tensor.empty() : tensor<8x4xf16>
// CHECK-NEXT:    %[[T:.*]] = linalg.generic {{.*}} ins(%[[X]] : tensor<4x8xf16>) outs(%[[E]] : tensor<8x4xf16>)
// CHECK-NOT:     arith.truncf
// CHECK:         return %[[T]]
// BITS-LABEL:  func.func @round_trip_across_transpose
// BITS:          arith.extf %{{.*}} : tensor<4x8xf16> to tensor<4x8xf32>
// BITS:          linalg.generic {{.*}} outs(%{{.*}} : tensor<8x4xf32>)
// BITS:          arith.truncf %{{.*}} : tensor<8x4xf32> to tensor<8x4xf16>
func.func @round_trip_across_transpose(%x: tensor<4x8xf16>) -> tensor<8x4xf16> {
  %w = arith.extf %x : tensor<4x8xf16> to tensor<4x8xf32>
  %e = tensor.empty() : tensor<8x4xf32>
  %t = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d1, d0)>, #id], iterator_types = ["parallel", "parallel"]}
      ins(%w : tensor<4x8xf32>) outs(%e : tensor<8x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<8x4xf32>
  %c = arith.truncf %t : tensor<8x4xf32> to tensor<8x4xf16>
  return %c : tensor<8x4xf16>
}

// -----

// The body computes (negf): not data movement.
#id = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @negative_negf
// CHECK:         linalg.generic {{.*}} outs(%{{.*}} : tensor<4x8xf32>)
// CHECK:         arith.truncf %{{.*}} : tensor<4x8xf32> to tensor<4x8xf16>
func.func @negative_negf(%x: tensor<4x8xf32>) -> tensor<4x8xf16> {
  %e = tensor.empty() : tensor<4x8xf32>
  %g = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %n = arith.negf %in : f32
    linalg.yield %n : f32
  } -> tensor<4x8xf32>
  %c = arith.truncf %g : tensor<4x8xf32> to tensor<4x8xf16>
  return %c : tensor<4x8xf16>
}

// -----

// The body combines two elements (addf): not data movement.
#id = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @negative_addf
// CHECK:         linalg.generic {{.*}} outs(%{{.*}} : tensor<4x8xf32>)
// CHECK:         arith.truncf %{{.*}} : tensor<4x8xf32> to tensor<4x8xf16>
func.func @negative_addf(%x: tensor<4x8xf32>, %y: tensor<4x8xf32>) -> tensor<4x8xf16> {
  %e = tensor.empty() : tensor<4x8xf32>
  %g = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x, %y : tensor<4x8xf32>, tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%a: f32, %b: f32, %out: f32):
    %s = arith.addf %a, %b : f32
    linalg.yield %s : f32
  } -> tensor<4x8xf32>
  %c = arith.truncf %g : tensor<4x8xf32> to tensor<4x8xf16>
  return %c : tensor<4x8xf16>
}

// -----

// A generic whose body is a cast (sitofp) is a cast, not data movement: the
// truncf does not move above it, and the pair does not fold (rounding twice).
#id = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @negative_cast_body
// CHECK:         linalg.generic {{.*}} ins(%{{.*}} : tensor<4x8xi32>) outs(%{{.*}} : tensor<4x8xf32>)
// CHECK:         arith.truncf %{{.*}} : tensor<4x8xf32> to tensor<4x8xf16>
func.func @negative_cast_body(%x: tensor<4x8xi32>) -> tensor<4x8xf16> {
  %e = tensor.empty() : tensor<4x8xf32>
  %g = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<4x8xi32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%in: i32, %out: f32):
    %f = arith.sitofp %in : i32 to f32
    linalg.yield %f : f32
  } -> tensor<4x8xf32>
  %c = arith.truncf %g : tensor<4x8xf32> to tensor<4x8xf16>
  return %c : tensor<4x8xf16>
}

// -----

// The body reads its position (linalg.index) and writes a zero there: a
// computation, not a copy.
#id = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @negative_index
// CHECK:         linalg.generic {{.*}} outs(%{{.*}} : tensor<4x8xf32>)
// CHECK:           linalg.index 1
// CHECK:         arith.truncf %{{.*}} : tensor<4x8xf32> to tensor<4x8xf16>
func.func @negative_index(%x: tensor<4x8xf32>) -> tensor<4x8xf16> {
  %e = tensor.empty() : tensor<4x8xf32>
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %g = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %i = linalg.index 1 : index
    %first = arith.cmpi eq, %i, %c0 : index
    %r = arith.select %first, %zero, %in : f32
    linalg.yield %r : f32
  } -> tensor<4x8xf32>
  %c = arith.truncf %g : tensor<4x8xf32> to tensor<4x8xf16>
  return %c : tensor<4x8xf16>
}

// -----

// A reduction iterator: several input elements land on one result element
// (the last one wins); not modeled as data movement.
// CHECK-LABEL: func.func @negative_reduction
// CHECK:         linalg.generic {{.*}} outs(%{{.*}} : tensor<4xf32>)
// CHECK:         arith.truncf %{{.*}} : tensor<4xf32> to tensor<4xf16>
func.func @negative_reduction(%x: tensor<4x8xf32>, %init: tensor<4xf32>) -> tensor<4xf16> {
  %g = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>], iterator_types = ["parallel", "reduction"]}
      ins(%x : tensor<4x8xf32>) outs(%init : tensor<4xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<4xf32>
  %c = arith.truncf %g : tensor<4xf32> to tensor<4xf16>
  return %c : tensor<4xf16>
}

// -----

// The body yields the init's element: the init is read, and replacing it by
// a fresh tensor.empty would change the result.
#id = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @negative_yields_init
// CHECK-SAME:    (%{{.*}}: tensor<4x8xf32>, %[[INIT:.*]]: tensor<4x8xf32>)
// CHECK:         linalg.generic {{.*}} outs(%[[INIT]] : tensor<4x8xf32>)
// CHECK:         arith.truncf %{{.*}} : tensor<4x8xf32> to tensor<4x8xf16>
func.func @negative_yields_init(%x: tensor<4x8xf32>, %init: tensor<4x8xf32>) -> tensor<4x8xf16> {
  %g = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<4x8xf32>) outs(%init : tensor<4x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %out : f32
  } -> tensor<4x8xf32>
  %c = arith.truncf %g : tensor<4x8xf32> to tensor<4x8xf16>
  return %c : tensor<4x8xf16>
}

// -----

// A strided read (d0 * 2) is not a projected permutation: not modeled,
// although it copies.
// CHECK-LABEL: func.func @negative_strided
// CHECK:         linalg.generic {{.*}} outs(%{{.*}} : tensor<4xf32>)
// CHECK:         arith.truncf %{{.*}} : tensor<4xf32> to tensor<4xf16>
func.func @negative_strided(%x: tensor<8xf32>) -> tensor<4xf16> {
  %e = tensor.empty() : tensor<4xf32>
  %g = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0 * 2)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]}
      ins(%x : tensor<8xf32>) outs(%e : tensor<4xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<4xf32>
  %c = arith.truncf %g : tensor<4xf32> to tensor<4xf16>
  return %c : tensor<4xf16>
}

// -----

// The yielded input is a scalar, not a tensor a cast op could convert.
// CHECK-LABEL: func.func @negative_scalar_input
// CHECK:         linalg.generic {{.*}} ins(%{{.*}} : f32) outs(%{{.*}} : tensor<4x8xf32>)
// CHECK:         arith.truncf %{{.*}} : tensor<4x8xf32> to tensor<4x8xf16>
func.func @negative_scalar_input(%s: f32) -> tensor<4x8xf16> {
  %e = tensor.empty() : tensor<4x8xf32>
  %g = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> ()>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]}
      ins(%s : f32) outs(%e : tensor<4x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<4x8xf32>
  %c = arith.truncf %g : tensor<4x8xf32> to tensor<4x8xf16>
  return %c : tensor<4x8xf16>
}

// -----

// The init's map is not a permutation: parallel loop d1 writes every
// element of a row 8 times, so which input element wins is not a copy
// rule the pass trusts.
// CHECK-LABEL: func.func @negative_output_not_permutation
// CHECK:         linalg.generic {{.*}} outs(%{{.*}} : tensor<4xf32>)
// CHECK:         arith.truncf %{{.*}} : tensor<4xf32> to tensor<4xf16>
func.func @negative_output_not_permutation(%x: tensor<4x8xf32>) -> tensor<4xf16> {
  %e = tensor.empty() : tensor<4xf32>
  %g = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<4x8xf32>) outs(%e : tensor<4xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<4xf32>
  %c = arith.truncf %g : tensor<4xf32> to tensor<4xf16>
  return %c : tensor<4xf16>
}

// -----

// On buffers the generic has no result: nothing to move a cast across.
// CHECK-LABEL: func.func @negative_buffers
// CHECK:         linalg.generic {{.*}} ins(%{{.*}} : memref<4x8xf32>) outs(%{{.*}} : memref<8x4xf32>)
func.func @negative_buffers(%x: memref<4x8xf32>, %y: memref<8x4xf32>) {
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d1, d0)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]}
      ins(%x : memref<4x8xf32>) outs(%y : memref<8x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  }
  return
}
