// RUN: cast-hoist-opt %s -split-input-file --hoist-casts=policy=always | FileCheck %s
// RUN: cast-hoist-opt %s -split-input-file --hoist-casts='policy=always exactness=bits' | FileCheck %s --check-prefix=BITS

// Legality tests: policy=always applies every exact rewrite; the cost
// model's decisions are tested in test/Transforms/HoistCasts/policy.mlir.

// linalg data movement: the input is the data, the init is replaced by a
// tensor.empty of the new element type (its contents never reach the result);
// a tensor.empty init nothing else uses changes its type in place.

// CHECK-LABEL: func.func @transpose
// CHECK-SAME:    (%[[X:.*]]: tensor<4x8xf32>)
// CHECK-DAG:     %[[C:.*]] = arith.truncf %[[X]] : tensor<4x8xf32> to tensor<4x8xf16>
// CHECK-DAG:     %[[E:.*]] = tensor.empty() : tensor<8x4xf16>
// CHECK:         %[[T:.*]] = linalg.transpose ins(%[[C]] : tensor<4x8xf16>) outs(%[[E]] : tensor<8x4xf16>) permutation = [1, 0]
// CHECK:         return %[[T]]
func.func @transpose(%x: tensor<4x8xf32>) -> tensor<8x4xf16> {
  %e = tensor.empty() : tensor<8x4xf32>
  %t = linalg.transpose ins(%x : tensor<4x8xf32>) outs(%e : tensor<8x4xf32>) permutation = [1, 0]
  %c = arith.truncf %t : tensor<8x4xf32> to tensor<8x4xf16>
  return %c : tensor<8x4xf16>
}

// -----

// Dynamic sizes of the init carry over to the new tensor.empty.
// CHECK-LABEL: func.func @broadcast_dynamic
// CHECK:         %[[C:.*]] = arith.truncf %{{.*}} : tensor<?xf32> to tensor<?xbf16>
// CHECK:         %[[E:.*]] = tensor.empty(%{{.*}}) : tensor<3x?xbf16>
// CHECK:         linalg.broadcast ins(%[[C]] : tensor<?xbf16>) outs(%[[E]] : tensor<3x?xbf16>) dimensions = [0]
func.func @broadcast_dynamic(%x: tensor<?xf32>, %init: tensor<3x?xf32>) -> tensor<3x?xbf16> {
  %b = linalg.broadcast ins(%x : tensor<?xf32>) outs(%init : tensor<3x?xf32>) dimensions = [0]
  %c = arith.truncf %b : tensor<3x?xf32> to tensor<3x?xbf16>
  return %c : tensor<3x?xbf16>
}

// -----

// CHECK-LABEL: func.func @copy_int
// CHECK:         %[[C:.*]] = arith.trunci %{{.*}} : tensor<16xi32> to tensor<16xi8>
// CHECK:         linalg.copy ins(%[[C]] : tensor<16xi8>) outs(%{{.*}} : tensor<16xi8>)
func.func @copy_int(%x: tensor<16xi32>) -> tensor<16xi8> {
  %e = tensor.empty() : tensor<16xi32>
  %c0 = linalg.copy ins(%x : tensor<16xi32>) outs(%e : tensor<16xi32>) -> tensor<16xi32>
  %c = arith.trunci %c0 : tensor<16xi32> to tensor<16xi8>
  return %c : tensor<16xi8>
}

// -----

// A linalg.generic whose body is one arith.truncf is an elementwise cast; it
// moves above the transpose and is rebuilt as a linalg.generic.
#id = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @generic_cast
// CHECK-SAME:    (%[[X:.*]]: tensor<4x8xf32>)
// CHECK:         %[[G:.*]] = linalg.generic {{.*}} ins(%[[X]] : tensor<4x8xf32>) outs(%{{.*}} : tensor<4x8xf16>)
// CHECK:           arith.truncf %{{.*}} : f32 to f16
// CHECK:         linalg.transpose ins(%[[G]] : tensor<4x8xf16>)
func.func @generic_cast(%x: tensor<4x8xf32>) -> tensor<8x4xf16> {
  %e = tensor.empty() : tensor<8x4xf32>
  %t = linalg.transpose ins(%x : tensor<4x8xf32>) outs(%e : tensor<8x4xf32>) permutation = [1, 0]
  %e2 = tensor.empty() : tensor<8x4xf16>
  %c = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%t : tensor<8x4xf32>) outs(%e2 : tensor<8x4xf16>) {
  ^bb0(%a: f32, %b: f16):
    %y = arith.truncf %a : f32 to f16
    linalg.yield %y : f16
  } -> tensor<8x4xf16>
  return %c : tensor<8x4xf16>
}

// -----

// A widening linalg.map (extf) sinks below a transpose.
// CHECK-LABEL: func.func @map_ext_sinks
// CHECK:         %[[T:.*]] = linalg.transpose ins(%{{.*}} : tensor<4x8xbf16>) outs(%{{.*}} : tensor<8x4xbf16>)
// CHECK:         linalg.generic {{.*}} ins(%[[T]] : tensor<8x4xbf16>) outs(%{{.*}} : tensor<8x4xf32>)
// CHECK:           arith.extf %{{.*}} : bf16 to f32
func.func @map_ext_sinks(%x: tensor<4x8xbf16>) -> tensor<8x4xf32> {
  %e = tensor.empty() : tensor<4x8xf32>
  %w = linalg.map { arith.extf } ins(%x : tensor<4x8xbf16>) outs(%e : tensor<4x8xf32>)
  %e2 = tensor.empty() : tensor<8x4xf32>
  %t = linalg.transpose ins(%w : tensor<4x8xf32>) outs(%e2 : tensor<8x4xf32>) permutation = [1, 0]
  return %t : tensor<8x4xf32>
}

// -----

// A generic that computes more than a cast is not a cast.
#id1 = affine_map<(d0) -> (d0)>
// CHECK-LABEL: func.func @negative_generic_not_a_cast
// CHECK:         linalg.transpose ins(%{{.*}} : tensor<4x8xf32>)
func.func @negative_generic_not_a_cast(%x: tensor<4x8xf32>) -> tensor<8x4xf16> {
  %e = tensor.empty() : tensor<8x4xf32>
  %t = linalg.transpose ins(%x : tensor<4x8xf32>) outs(%e : tensor<8x4xf32>) permutation = [1, 0]
  %e2 = tensor.empty() : tensor<8x4xf16>
  %c = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]}
      ins(%t : tensor<8x4xf32>) outs(%e2 : tensor<8x4xf16>) {
  ^bb0(%a: f32, %b: f16):
    %n = arith.negf %a : f32
    %y = arith.truncf %n : f32 to f16
    linalg.yield %y : f16
  } -> tensor<8x4xf16>
  return %c : tensor<8x4xf16>
}

// -----

// A generic that transposes while it casts (non-identity maps) is not an
// elementwise cast of its input's layout.
// CHECK-LABEL: func.func @negative_generic_permuted_cast
// CHECK:         linalg.transpose ins(%{{.*}} : tensor<4x4xf32>)
func.func @negative_generic_permuted_cast(%x: tensor<4x4xf32>) -> tensor<4x4xf16> {
  %e = tensor.empty() : tensor<4x4xf32>
  %t = linalg.transpose ins(%x : tensor<4x4xf32>) outs(%e : tensor<4x4xf32>) permutation = [1, 0]
  %e2 = tensor.empty() : tensor<4x4xf16>
  %c = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d1, d0)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]}
      ins(%t : tensor<4x4xf32>) outs(%e2 : tensor<4x4xf16>) {
  ^bb0(%a: f32, %b: f16):
    %y = arith.truncf %a : f32 to f16
    linalg.yield %y : f16
  } -> tensor<4x4xf16>
  return %c : tensor<4x4xf16>
}

// -----

// A linalg.copy that converts (f32 -> f16 via its cast) is not data movement.
// CHECK-LABEL: func.func @negative_copy_with_conversion
// CHECK:         linalg.copy ins(%{{.*}} : tensor<16xf64>) outs(%{{.*}} : tensor<16xf32>)
func.func @negative_copy_with_conversion(%x: tensor<16xf64>) -> tensor<16xf16> {
  %e = tensor.empty() : tensor<16xf32>
  %c0 = linalg.copy ins(%x : tensor<16xf64>) outs(%e : tensor<16xf32>) -> tensor<16xf32>
  %c = arith.truncf %c0 : tensor<16xf32> to tensor<16xf16>
  return %c : tensor<16xf16>
}

// -----

// On buffers, linalg ops have no result to move a cast across.
// CHECK-LABEL: func.func @negative_buffers
// CHECK:         linalg.transpose ins(%{{.*}} : memref<4x8xf32>) outs(%{{.*}} : memref<8x4xf32>)
func.func @negative_buffers(%x: memref<4x8xf32>, %y: memref<8x4xf32>) {
  linalg.transpose ins(%x : memref<4x8xf32>) outs(%y : memref<8x4xf32>) permutation = [1, 0]
  return
}

// -----

// A linalg.generic or linalg.map without inputs is not a cast: it has no
// source. (Regression: the pass used to read a missing input operand.)
// CHECK-LABEL: func.func @negative_generic_without_inputs
// CHECK:         %[[T:.*]] = linalg.transpose
// CHECK:         %[[G:.*]] = linalg.generic {{.*}} outs(%[[T]] : tensor<8x4xf32>)
// CHECK:         linalg.map outs(%[[G]] : tensor<8x4xf32>)
func.func @negative_generic_without_inputs(%x: tensor<4x8xf32>) -> tensor<8x4xf32> {
  %e = tensor.empty() : tensor<8x4xf32>
  %t = linalg.transpose ins(%x : tensor<4x8xf32>) outs(%e : tensor<8x4xf32>) permutation = [1, 0]
  %g = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]}
      outs(%t : tensor<8x4xf32>) {
  ^bb0(%o: f32):
    linalg.yield %o : f32
  } -> tensor<8x4xf32>
  %c = arith.constant 1.0 : f32
  %m = linalg.map outs(%g : tensor<8x4xf32>)
    (%o: f32) {
      linalg.yield %c : f32
    }
  return %m : tensor<8x4xf32>
}

// -----

// linalg.fill of a constant: no data operand; the fill value is converted
// exactly (0.1 : f32 rounds to the nearest f16) and the init, never read,
// becomes a fresh tensor.empty.
// CHECK-LABEL: func.func @fill_constant
// CHECK:         %[[V:.*]] = arith.constant 9.997550e-02 : f16
// CHECK:         %[[E:.*]] = tensor.empty() : tensor<4x8xf16>
// CHECK:         %[[F:.*]] = linalg.fill ins(%[[V]] : f16) outs(%[[E]] : tensor<4x8xf16>)
// CHECK-NOT:     arith.truncf
// CHECK:         return %[[F]]
func.func @fill_constant(%init: tensor<4x8xf32>) -> tensor<4x8xf16> {
  %cst = arith.constant 0.1 : f32
  %f = linalg.fill ins(%cst : f32) outs(%init : tensor<4x8xf32>) -> tensor<4x8xf32>
  %c = arith.truncf %f : tensor<4x8xf32> to tensor<4x8xf16>
  return %c : tensor<4x8xf16>
}

// -----

// A NaN fill value: under `values` it converts to an f16 NaN (payload
// unspecified); under `bits` its conversion is not predictable bit for bit,
// so nothing moves.
// CHECK-LABEL: func.func @fill_nan
// CHECK:         %[[V:.*]] = arith.constant 0x7E00 : f16
// CHECK:         linalg.fill ins(%[[V]] : f16) outs(%{{.*}} : tensor<4x8xf16>)
// BITS-LABEL:  func.func @fill_nan
// BITS:          linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<4x8xf32>)
// BITS:          arith.truncf %{{.*}} : tensor<4x8xf32> to tensor<4x8xf16>
func.func @fill_nan(%init: tensor<4x8xf32>) -> tensor<4x8xf16> {
  %cst = arith.constant 0x7FC00001 : f32
  %f = linalg.fill ins(%cst : f32) outs(%init : tensor<4x8xf32>) -> tensor<4x8xf32>
  %c = arith.truncf %f : tensor<4x8xf32> to tensor<4x8xf16>
  return %c : tensor<4x8xf16>
}

// -----

// A fill of a non-constant scalar has no value the pass can convert (and
// the scalar is not a tensor a cast could take).
// CHECK-LABEL: func.func @negative_fill_non_constant
// CHECK:         linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<4x8xf32>)
// CHECK:         arith.truncf
func.func @negative_fill_non_constant(%s: f32, %init: tensor<4x8xf32>) -> tensor<4x8xf16> {
  %f = linalg.fill ins(%s : f32) outs(%init : tensor<4x8xf32>) -> tensor<4x8xf32>
  %c = arith.truncf %f : tensor<4x8xf32> to tensor<4x8xf16>
  return %c : tensor<4x8xf16>
}

// -----

// linalg.pack: the source is data; the constant padding value is a fill
// value, converted as the cast converts (1e10 overflows f16 to +Inf); the
// dest becomes a fresh tensor.empty.
// CHECK-LABEL: func.func @pack_padded
// CHECK-SAME:    (%[[X:.*]]: tensor<5x8xf32>)
// CHECK:         %[[C:.*]] = arith.truncf %[[X]] : tensor<5x8xf32> to tensor<5x8xf16>
// CHECK-DAG:     %[[E:.*]] = tensor.empty() : tensor<2x2x4x4xf16>
// CHECK-DAG:     %[[P:.*]] = arith.constant 0x7C00 : f16
// CHECK:         linalg.pack %[[C]] padding_value(%[[P]] : f16) inner_dims_pos = [0, 1] inner_tiles = [4, 4] into %[[E]] : tensor<5x8xf16> -> tensor<2x2x4x4xf16>
func.func @pack_padded(%x: tensor<5x8xf32>) -> tensor<2x2x4x4xf16> {
  %pad = arith.constant 1.0e10 : f32
  %e = tensor.empty() : tensor<2x2x4x4xf32>
  %p = linalg.pack %x padding_value(%pad : f32) inner_dims_pos = [0, 1] inner_tiles = [4, 4] into %e : tensor<5x8xf32> -> tensor<2x2x4x4xf32>
  %c = arith.truncf %p : tensor<2x2x4x4xf32> to tensor<2x2x4x4xf16>
  return %c : tensor<2x2x4x4xf16>
}

// -----

// Without padding, with outer_dims_perm, and a live dest (overwritten, so
// never read).
// CHECK-LABEL: func.func @pack_outer_perm
// CHECK:         %[[C:.*]] = arith.trunci %{{.*}} : tensor<8x16xi32> to tensor<8x16xi8>
// CHECK:         %[[E:.*]] = tensor.empty() : tensor<4x4x4x2xi8>
// CHECK:         linalg.pack %[[C]] outer_dims_perm = [1, 0] inner_dims_pos = [1, 0] inner_tiles = [4, 2] into %[[E]] : tensor<8x16xi8> -> tensor<4x4x4x2xi8>
func.func @pack_outer_perm(%x: tensor<8x16xi32>, %dest: tensor<4x4x4x2xi32>) -> tensor<4x4x4x2xi8> {
  %p = linalg.pack %x outer_dims_perm = [1, 0] inner_dims_pos = [1, 0] inner_tiles = [4, 2] into %dest : tensor<8x16xi32> -> tensor<4x4x4x2xi32>
  %c = arith.trunci %p : tensor<4x4x4x2xi32> to tensor<4x4x4x2xi8>
  return %c : tensor<4x4x4x2xi8>
}

// -----

// CHECK-LABEL: func.func @unpack
// CHECK:         %[[C:.*]] = arith.truncf %{{.*}} : tensor<2x2x4x4xf32> to tensor<2x2x4x4xbf16>
// CHECK:         %[[E:.*]] = tensor.empty() : tensor<5x8xbf16>
// CHECK:         linalg.unpack %[[C]] inner_dims_pos = [0, 1] inner_tiles = [4, 4] into %[[E]] : tensor<2x2x4x4xbf16> -> tensor<5x8xbf16>
func.func @unpack(%x: tensor<2x2x4x4xf32>) -> tensor<5x8xbf16> {
  %e = tensor.empty() : tensor<5x8xf32>
  %u = linalg.unpack %x inner_dims_pos = [0, 1] inner_tiles = [4, 4] into %e : tensor<2x2x4x4xf32> -> tensor<5x8xf32>
  %c = arith.truncf %u : tensor<5x8xf32> to tensor<5x8xbf16>
  return %c : tensor<5x8xbf16>
}

// -----

// A widening cast sinks below a pack whose padding value (-0.0) has an exact
// f16 preimage.
// CHECK-LABEL: func.func @sink_extf_pack
// CHECK-SAME:    (%[[X:.*]]: tensor<5x8xf16>)
// CHECK:         %[[P:.*]] = linalg.pack %[[X]] padding_value(%{{.*}} : f16)
// CHECK:         arith.extf %[[P]] : tensor<2x2x4x4xf16> to tensor<2x2x4x4xf32>
func.func @sink_extf_pack(%x: tensor<5x8xf16>) -> tensor<2x2x4x4xf32> {
  %w = arith.extf %x : tensor<5x8xf16> to tensor<5x8xf32>
  %pad = arith.constant -0.0 : f32
  %e = tensor.empty() : tensor<2x2x4x4xf32>
  %p = linalg.pack %w padding_value(%pad : f32) inner_dims_pos = [0, 1] inner_tiles = [4, 4] into %e : tensor<5x8xf32> -> tensor<2x2x4x4xf32>
  return %p : tensor<2x2x4x4xf32>
}

// -----

// A non-constant padding value cannot be converted ahead of time.
// CHECK-LABEL: func.func @negative_pack_non_constant_padding
// CHECK:         linalg.pack %{{.*}} padding_value(%{{.*}} : f32)
// CHECK:         arith.truncf %{{.*}} : tensor<2x2x4x4xf32> to tensor<2x2x4x4xf16>
func.func @negative_pack_non_constant_padding(%x: tensor<5x8xf32>, %pad: f32) -> tensor<2x2x4x4xf16> {
  %e = tensor.empty() : tensor<2x2x4x4xf32>
  %p = linalg.pack %x padding_value(%pad : f32) inner_dims_pos = [0, 1] inner_tiles = [4, 4] into %e : tensor<5x8xf32> -> tensor<2x2x4x4xf32>
  %c = arith.truncf %p : tensor<2x2x4x4xf32> to tensor<2x2x4x4xf16>
  return %c : tensor<2x2x4x4xf16>
}

// -----

// The padding value 0.1 has no exact f16 preimage: the ext cannot sink.
// CHECK-LABEL: func.func @negative_sink_pack_inexact_padding
// CHECK:         arith.extf %{{.*}} : tensor<5x8xf16> to tensor<5x8xf32>
// CHECK:         linalg.pack %{{.*}} padding_value(%{{.*}} : f32)
func.func @negative_sink_pack_inexact_padding(%x: tensor<5x8xf16>) -> tensor<2x2x4x4xf32> {
  %w = arith.extf %x : tensor<5x8xf16> to tensor<5x8xf32>
  %pad = arith.constant 0.1 : f32
  %e = tensor.empty() : tensor<2x2x4x4xf32>
  %p = linalg.pack %w padding_value(%pad : f32) inner_dims_pos = [0, 1] inner_tiles = [4, 4] into %e : tensor<5x8xf32> -> tensor<2x2x4x4xf32>
  return %p : tensor<2x2x4x4xf32>
}

// -----

// An init that another op also uses keeps its type: the retyped transpose
// gets a new tensor.empty, the other transpose still writes the f32 one.
// CHECK-LABEL: func.func @shared_init
// CHECK-DAG:     %[[E:.*]] = tensor.empty() : tensor<8x4xf32>
// CHECK-DAG:     %[[C:.*]] = arith.truncf %{{.*}} : tensor<4x8xf32> to tensor<4x8xf16>
// CHECK-DAG:     %[[N:.*]] = tensor.empty() : tensor<8x4xf16>
// CHECK:         linalg.transpose ins(%[[C]] : tensor<4x8xf16>) outs(%[[N]] : tensor<8x4xf16>)
// CHECK:         linalg.transpose ins(%{{.*}} : tensor<4x8xf32>) outs(%[[E]] : tensor<8x4xf32>)
func.func @shared_init(%x: tensor<4x8xf32>, %y: tensor<4x8xf32>) -> (tensor<8x4xf16>, tensor<8x4xf32>) {
  %e = tensor.empty() : tensor<8x4xf32>
  %t = linalg.transpose ins(%x : tensor<4x8xf32>) outs(%e : tensor<8x4xf32>) permutation = [1, 0]
  %u = linalg.transpose ins(%y : tensor<4x8xf32>) outs(%e : tensor<8x4xf32>) permutation = [1, 0]
  %c = arith.truncf %t : tensor<8x4xf32> to tensor<8x4xf16>
  return %c, %u : tensor<8x4xf16>, tensor<8x4xf32>
}
