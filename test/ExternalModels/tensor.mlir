// RUN: cast-hoist-opt %s -split-input-file --hoist-casts=policy=always | FileCheck %s

// Legality tests: policy=always applies every exact rewrite; the cost
// model's decisions are tested in test/Transforms/HoistCasts/policy.mlir.

// CHECK-LABEL: func.func @expand_collapse_chain
// CHECK-SAME:    (%[[X:.*]]: tensor<4x8xf32>)
// CHECK:         %[[C:.*]] = arith.truncf %[[X]] : tensor<4x8xf32> to tensor<4x8xf16>
// CHECK:         %[[E:.*]] = tensor.expand_shape %[[C]] {{\[}}[0, 1], [2]] output_shape [2, 2, 8] : tensor<4x8xf16> into tensor<2x2x8xf16>
// CHECK:         tensor.collapse_shape %[[E]] {{\[}}[0], [1, 2]] : tensor<2x2x8xf16> into tensor<2x16xf16>
func.func @expand_collapse_chain(%x: tensor<4x8xf32>) -> tensor<2x16xf16> {
  %e = tensor.expand_shape %x [[0, 1], [2]] output_shape [2, 2, 8] : tensor<4x8xf32> into tensor<2x2x8xf32>
  %c = tensor.collapse_shape %e [[0], [1, 2]] : tensor<2x2x8xf32> into tensor<2x16xf32>
  %t = arith.truncf %c : tensor<2x16xf32> to tensor<2x16xf16>
  return %t : tensor<2x16xf16>
}

// -----

// Only the data is cast: the shape operand of tensor.reshape is untouched.
// CHECK-LABEL: func.func @reshape
// CHECK-SAME:    (%[[X:.*]]: tensor<4x8xi32>, %[[S:.*]]: tensor<1xindex>)
// CHECK:         %[[C:.*]] = arith.trunci %[[X]] : tensor<4x8xi32> to tensor<4x8xi16>
// CHECK:         tensor.reshape %[[C]](%[[S]]) : (tensor<4x8xi16>, tensor<1xindex>) -> tensor<32xi16>
func.func @reshape(%x: tensor<4x8xi32>, %s: tensor<1xindex>) -> tensor<32xi16> {
  %r = tensor.reshape %x(%s) : (tensor<4x8xi32>, tensor<1xindex>) -> tensor<32xi32>
  %c = arith.trunci %r : tensor<32xi32> to tensor<32xi16>
  return %c : tensor<32xi16>
}

// -----

// Dynamic offsets stay; a rank-reducing slice keeps its shape.
// CHECK-LABEL: func.func @extract_slice
// CHECK:         %[[C:.*]] = arith.truncf %{{.*}} : tensor<8x8xf32> to tensor<8x8xbf16>
// CHECK:         tensor.extract_slice %[[C]][%{{.*}}, 0] [1, 4] [1, 2] : tensor<8x8xbf16> to tensor<4xbf16>
func.func @extract_slice(%x: tensor<8x8xf32>, %i: index) -> tensor<4xbf16> {
  %s = tensor.extract_slice %x[%i, 0] [1, 4] [1, 2] : tensor<8x8xf32> to tensor<4xf32>
  %c = arith.truncf %s : tensor<4xf32> to tensor<4xbf16>
  return %c : tensor<4xbf16>
}

// -----

// insert_slice: both the source and the destination are cast.
// CHECK-LABEL: func.func @insert_slice
// CHECK-SAME:    (%[[S:.*]]: tensor<2x2xf32>, %[[D:.*]]: tensor<4x4xf32>)
// CHECK-DAG:     %[[CS:.*]] = arith.truncf %[[S]] : tensor<2x2xf32> to tensor<2x2xf16>
// CHECK-DAG:     %[[CD:.*]] = arith.truncf %[[D]] : tensor<4x4xf32> to tensor<4x4xf16>
// CHECK:         tensor.insert_slice %[[CS]] into %[[CD]][1, 1] [2, 2] [1, 1] : tensor<2x2xf16> into tensor<4x4xf16>
func.func @insert_slice(%s: tensor<2x2xf32>, %d: tensor<4x4xf32>) -> tensor<4x4xf16> {
  %r = tensor.insert_slice %s into %d[1, 1] [2, 2] [1, 1] : tensor<2x2xf32> into tensor<4x4xf32>
  %c = arith.truncf %r : tensor<4x4xf32> to tensor<4x4xf16>
  return %c : tensor<4x4xf16>
}

// -----

// CHECK-LABEL: func.func @concat_and_cast
// CHECK-DAG:     %[[A:.*]] = arith.truncf %{{.*}} : tensor<2xf32> to tensor<2xf16>
// CHECK-DAG:     %[[B:.*]] = arith.truncf %{{.*}} : tensor<?xf32> to tensor<?xf16>
// CHECK:         %[[J:.*]] = tensor.concat dim(0) %[[A]], %[[B]] : (tensor<2xf16>, tensor<?xf16>) -> tensor<?xf16>
// CHECK:         tensor.cast %[[J]] : tensor<?xf16> to tensor<5xf16>
func.func @concat_and_cast(%a: tensor<2xf32>, %b: tensor<?xf32>) -> tensor<5xf16> {
  %j = tensor.concat dim(0) %a, %b : (tensor<2xf32>, tensor<?xf32>) -> tensor<?xf32>
  %s = tensor.cast %j : tensor<?xf32> to tensor<5xf32>
  %c = arith.truncf %s : tensor<5xf32> to tensor<5xf16>
  return %c : tensor<5xf16>
}

// -----

// tensor.pad with a constant: the padding value is converted exactly as
// truncf converts it (65520 rounds up to +inf in f16).
// CHECK-LABEL: func.func @pad
// CHECK:         %[[C:.*]] = arith.truncf %{{.*}} : tensor<4xf32> to tensor<4xf16>
// CHECK:         %[[V:.*]] = arith.constant 0x7C00 : f16
// CHECK:         tensor.pad %[[C]] low[1] high[2]
// CHECK:           tensor.yield %[[V]] : f16
// CHECK:         } : tensor<4xf16> to tensor<7xf16>
func.func @pad(%x: tensor<4xf32>) -> tensor<7xf16> {
  %v = arith.constant 65520.0 : f32
  %p = tensor.pad %x low[1] high[2] {
  ^bb0(%i: index):
    tensor.yield %v : f32
  } : tensor<4xf32> to tensor<7xf32>
  %c = arith.truncf %p : tensor<7xf32> to tensor<7xf16>
  return %c : tensor<7xf16>
}

// -----

// Widening sinks through tensor ops too.
// CHECK-LABEL: func.func @sink_extsi
// CHECK:         %[[S:.*]] = tensor.extract_slice %{{.*}}[0] [4] [2] : tensor<8xi8> to tensor<4xi8>
// CHECK:         arith.extsi %[[S]] : tensor<4xi8> to tensor<4xi32>
func.func @sink_extsi(%x: tensor<8xi8>) -> tensor<4xi32> {
  %e = arith.extsi %x : tensor<8xi8> to tensor<8xi32>
  %s = tensor.extract_slice %e[0] [4] [2] : tensor<8xi32> to tensor<4xi32>
  return %s : tensor<4xi32>
}

// -----

// Gather casts the source, never the indices.
// CHECK-LABEL: func.func @gather
// CHECK-SAME:    (%[[S:.*]]: tensor<10x4xf32>, %[[I:.*]]: tensor<3x1xindex>)
// CHECK:         %[[C:.*]] = arith.truncf %[[S]] : tensor<10x4xf32> to tensor<10x4xf16>
// CHECK:         tensor.gather %[[C]][%[[I]]] gather_dims([0]) : (tensor<10x4xf16>, tensor<3x1xindex>) -> tensor<3x1x4xf16>
func.func @gather(%s: tensor<10x4xf32>, %i: tensor<3x1xindex>) -> tensor<3x1x4xf16> {
  %g = tensor.gather %s[%i] gather_dims([0]) : (tensor<10x4xf32>, tensor<3x1xindex>) -> tensor<3x1x4xf32>
  %c = arith.truncf %g : tensor<3x1x4xf32> to tensor<3x1x4xf16>
  return %c : tensor<3x1x4xf16>
}

// -----

// CHECK-LABEL: func.func @scatter
// CHECK-SAME:    (%[[S:.*]]: tensor<3x1x4xf32>, %[[D:.*]]: tensor<10x4xf32>, %[[I:.*]]: tensor<3x1xindex>)
// CHECK-DAG:     %[[CS:.*]] = arith.truncf %[[S]] : tensor<3x1x4xf32> to tensor<3x1x4xf16>
// CHECK-DAG:     %[[CD:.*]] = arith.truncf %[[D]] : tensor<10x4xf32> to tensor<10x4xf16>
// CHECK:         tensor.scatter %[[CS]] into %[[CD]][%[[I]]] scatter_dims([0]) unique
func.func @scatter(%s: tensor<3x1x4xf32>, %d: tensor<10x4xf32>, %i: tensor<3x1xindex>) -> tensor<10x4xf16> {
  %r = tensor.scatter %s into %d[%i] scatter_dims([0]) unique : (tensor<3x1x4xf32>, tensor<10x4xf32>, tensor<3x1xindex>) -> tensor<10x4xf32>
  %c = arith.truncf %r : tensor<10x4xf32> to tensor<10x4xf16>
  return %c : tensor<10x4xf16>
}

// -----

// A pad whose value is computed, not constant, is not data movement here.
// CHECK-LABEL: func.func @negative_pad_non_constant
// CHECK:         tensor.pad %{{.*}} low[1] high[1]
// CHECK:         } : tensor<4xf32> to tensor<6xf32>
func.func @negative_pad_non_constant(%x: tensor<4xf32>, %v: f32) -> tensor<6xf16> {
  %p = tensor.pad %x low[1] high[1] {
  ^bb0(%i: index):
    tensor.yield %v : f32
  } : tensor<4xf32> to tensor<6xf32>
  %c = arith.truncf %p : tensor<6xf32> to tensor<6xf16>
  return %c : tensor<6xf16>
}

// -----

// arith casts cannot take unranked tensors, so a widening cast does not
// sink below a tensor.cast to an unranked type (it would build an invalid
// arith.extf). Found by the tmov execution tests.
// CHECK-LABEL: func.func @negative_sink_extf_below_unranked_cast
// CHECK:         %[[E:.*]] = arith.extf %arg0 : tensor<4xf16> to tensor<4xf32>
// CHECK-NEXT:    tensor.cast %[[E]] : tensor<4xf32> to tensor<*xf32>
func.func @negative_sink_extf_below_unranked_cast(%arg0: tensor<4xf16>) -> tensor<*xf32> {
  %0 = arith.extf %arg0 : tensor<4xf16> to tensor<4xf32>
  %1 = tensor.cast %0 : tensor<4xf32> to tensor<*xf32>
  return %1 : tensor<*xf32>
}

// -----

// tensor.splat of a constant: every element is the fill value, converted
// exactly (3e5 overflows f16 to +Inf).
// CHECK-LABEL: func.func @splat_constant
// CHECK:         %[[V:.*]] = arith.constant 0x7C00 : f16
// CHECK:         %[[S:.*]] = tensor.splat %[[V]] : tensor<4x8xf16>
// CHECK-NOT:     arith.truncf
// CHECK:         return %[[S]]
func.func @splat_constant() -> tensor<4x8xf16> {
  %cst = arith.constant 3.0e5 : f32
  %s = tensor.splat %cst : tensor<4x8xf32>
  %c = arith.truncf %s : tensor<4x8xf32> to tensor<4x8xf16>
  return %c : tensor<4x8xf16>
}

// -----

// Dynamic sizes are kept; i32 300 truncates to i8 44.
// CHECK-LABEL: func.func @splat_dynamic
// CHECK-SAME:    (%[[N:.*]]: index)
// CHECK:         %[[V:.*]] = arith.constant 44 : i8
// CHECK:         tensor.splat %[[V]][%[[N]]] : tensor<?x8xi8>
func.func @splat_dynamic(%n: index) -> tensor<?x8xi8> {
  %cst = arith.constant 300 : i32
  %s = tensor.splat %cst[%n] : tensor<?x8xi32>
  %c = arith.trunci %s : tensor<?x8xi32> to tensor<?x8xi8>
  return %c : tensor<?x8xi8>
}

// -----

// A splat of a non-constant scalar: the scalar is not a tensor a cast could
// convert, and there is no constant to convert.
// CHECK-LABEL: func.func @negative_splat_non_constant
// CHECK:         tensor.splat %{{.*}} : tensor<4x8xf32>
// CHECK:         arith.truncf
func.func @negative_splat_non_constant(%v: f32) -> tensor<4x8xf16> {
  %s = tensor.splat %v : tensor<4x8xf32>
  %c = arith.truncf %s : tensor<4x8xf32> to tensor<4x8xf16>
  return %c : tensor<4x8xf16>
}

// -----

// tensor.insert of a constant: the dest is data, the scalar a fill value
// (1e10 overflows f16 to +Inf).
// CHECK-LABEL: func.func @insert_constant
// CHECK-SAME:    (%[[D:.*]]: tensor<4x8xf32>, %[[I:.*]]: index)
// CHECK-DAG:     %[[C:.*]] = arith.truncf %[[D]] : tensor<4x8xf32> to tensor<4x8xf16>
// CHECK-DAG:     %[[V:.*]] = arith.constant 0x7C00 : f16
// CHECK:         tensor.insert %[[V]] into %[[C]][%[[I]], %[[I]]] : tensor<4x8xf16>
func.func @insert_constant(%d: tensor<4x8xf32>, %i: index) -> tensor<4x8xf16> {
  %cst = arith.constant 1.0e10 : f32
  %r = tensor.insert %cst into %d[%i, %i] : tensor<4x8xf32>
  %c = arith.truncf %r : tensor<4x8xf32> to tensor<4x8xf16>
  return %c : tensor<4x8xf16>
}

// -----

// A widening cast sinks below an insert whose scalar (-2.0) has an exact f16
// preimage.
// CHECK-LABEL: func.func @sink_extf_insert
// CHECK-SAME:    (%[[D:.*]]: tensor<4x8xf16>, %[[I:.*]]: index)
// CHECK:         %[[R:.*]] = tensor.insert %{{.*}} into %[[D]][%[[I]], %[[I]]] : tensor<4x8xf16>
// CHECK:         arith.extf %[[R]] : tensor<4x8xf16> to tensor<4x8xf32>
func.func @sink_extf_insert(%d: tensor<4x8xf16>, %i: index) -> tensor<4x8xf32> {
  %w = arith.extf %d : tensor<4x8xf16> to tensor<4x8xf32>
  %cst = arith.constant -2.0 : f32
  %r = tensor.insert %cst into %w[%i, %i] : tensor<4x8xf32>
  return %r : tensor<4x8xf32>
}

// -----

// The inserted scalar is not a constant: nothing to convert ahead of time.
// CHECK-LABEL: func.func @negative_insert_non_constant
// CHECK:         tensor.insert %{{.*}} into %{{.*}} : tensor<4x8xf32>
// CHECK:         arith.truncf
func.func @negative_insert_non_constant(%d: tensor<4x8xf32>, %v: f32, %i: index) -> tensor<4x8xf16> {
  %r = tensor.insert %v into %d[%i, %i] : tensor<4x8xf32>
  %c = arith.truncf %r : tensor<4x8xf32> to tensor<4x8xf16>
  return %c : tensor<4x8xf16>
}
