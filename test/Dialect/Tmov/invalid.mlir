// RUN: cast-hoist-opt %s -split-input-file -verify-diagnostics

// Every diagnostic of the tmov verifiers (lib/Dialect/Tmov/IR/TmovOps.cpp),
// of the DataMovementOpInterface verifier, and the ODS constraint failures a
// user is likely to hit. One chunk per message or per distinct path to it.

//===----------------------------------------------------------------------===//
// tmov.cast
//===----------------------------------------------------------------------===//

// Only tensors are cast.
func.func @cast_not_a_tensor(%arg0: vector<4xf32>) -> tensor<4xf16> {
  // expected-error @+1 {{invalid kind of type specified}}
  %0 = tmov.cast %arg0 : vector<4xf32> to tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

// Complex elements are not integer or floating-point.
func.func @cast_complex_elements(%arg0: tensor<4xcomplex<f32>>) -> tensor<4xf32> {
  // expected-error @+1 {{operand #0 must be tensor of integer or floating-point values, but got 'tensor<4xcomplex<f32>>'}}
  %0 = tmov.cast %arg0 : tensor<4xcomplex<f32>> to tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// The cast keeps the shape: a different size...
func.func @cast_shape_mismatch(%arg0: tensor<4xf32>) -> tensor<5xf16> {
  // expected-error @+1 {{requires the same shape for all operands and results}}
  %0 = tmov.cast %arg0 : tensor<4xf32> to tensor<5xf16>
  return %0 : tensor<5xf16>
}

// -----

// ...or a different rank is rejected.
func.func @cast_rank_mismatch(%arg0: tensor<4xf32>) -> tensor<4x1xf16> {
  // expected-error @+1 {{requires the same shape for all operands and results}}
  %0 = tmov.cast %arg0 : tensor<4xf32> to tensor<4x1xf16>
  return %0 : tensor<4x1xf16>
}

// -----

//===----------------------------------------------------------------------===//
// Constraints shared by the data-movement ops
//===----------------------------------------------------------------------===//

// Data-movement ops need ranked tensors.
func.func @transpose_unranked(%arg0: tensor<*xf32>) -> tensor<*xf32> {
  // expected-error @+1 {{invalid kind of type specified: expected builtin.tensor, but found 'tensor<*xf32>'}}
  %0 = tmov.transpose %arg0 [0] : tensor<*xf32> -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

// index is neither an integer nor a float element type.
func.func @reverse_index_elements(%arg0: tensor<4xindex>) -> tensor<4xindex> {
  // expected-error @+1 {{operand #0 must be ranked tensor of integer or floating-point values, but got 'tensor<4xindex>'}}
  %0 = tmov.reverse %arg0 [0] : tensor<4xindex>
  return %0 : tensor<4xindex>
}

// -----

// A data-movement op copies elements: the data operand and the result have
// the same element type (DataMovementOpInterface verifier).
func.func @transpose_element_type_mismatch(%arg0: tensor<4x8xf32>) -> tensor<8x4xf16> {
  // expected-error @+1 {{data operand #0 has element type 'f32' but the result has element type 'f16'}}
  %0 = tmov.transpose %arg0 [1, 0] : tensor<4x8xf32> -> tensor<8x4xf16>
  return %0 : tensor<8x4xf16>
}

// -----

func.func @reshape_element_type_mismatch(%arg0: tensor<2x8xi32>) -> tensor<16xi64> {
  // expected-error @+1 {{data operand #0 has element type 'i32' but the result has element type 'i64'}}
  %0 = tmov.reshape %arg0 : tensor<2x8xi32> -> tensor<16xi64>
  return %0 : tensor<16xi64>
}

// -----

func.func @broadcast_element_type_mismatch(%arg0: tensor<4xbf16>) -> tensor<2x4xf16> {
  // expected-error @+1 {{data operand #0 has element type 'bf16' but the result has element type 'f16'}}
  %0 = tmov.broadcast %arg0 [1] : tensor<4xbf16> -> tensor<2x4xf16>
  return %0 : tensor<2x4xf16>
}

// -----

func.func @slice_element_type_mismatch(%arg0: tensor<4xi8>) -> tensor<2xf8E4M3FN> {
  // expected-error @+1 {{data operand #0 has element type 'i8' but the result has element type 'f8E4M3FN'}}
  %0 = tmov.slice %arg0 offsets [0] sizes [2] strides [1] : tensor<4xi8> -> tensor<2xf8E4M3FN>
  return %0 : tensor<2xf8E4M3FN>
}

// -----

func.func @pad_element_type_mismatch(%arg0: tensor<4xf32>) -> tensor<6xf16> {
  // expected-error @+1 {{data operand #0 has element type 'f32' but the result has element type 'f16'}}
  %0 = tmov.pad %arg0 low [1] high [1] value 0.0 : f32 : tensor<4xf32> -> tensor<6xf16>
  return %0 : tensor<6xf16>
}

// -----

func.func @tile_element_type_mismatch(%arg0: tensor<4xi64>) -> tensor<8xi32> {
  // expected-error @+1 {{data operand #0 has element type 'i64' but the result has element type 'i32'}}
  %0 = tmov.tile %arg0 [2] : tensor<4xi64> -> tensor<8xi32>
  return %0 : tensor<8xi32>
}

// -----

// The second concat input is a data operand too.
func.func @concat_element_type_mismatch(%arg0: tensor<2xf32>, %arg1: tensor<2xf16>) -> tensor<4xf32> {
  // expected-error @+1 {{data operand #1 has element type 'f16' but the result has element type 'f32'}}
  %0 = tmov.concat %arg0, %arg1 axis 0 : (tensor<2xf32>, tensor<2xf16>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @gather_element_type_mismatch(%arg0: tensor<4xf32>, %arg1: tensor<2xi32>) -> tensor<2xi32> {
  // expected-error @+1 {{data operand #0 has element type 'f32' but the result has element type 'i32'}}
  %0 = tmov.gather %arg0[%arg1] axis 0 : (tensor<4xf32>, tensor<2xi32>) -> tensor<2xi32>
  return %0 : tensor<2xi32>
}

// -----

// Scatter updates (operand #2) are data; the indices (operand #1) are not.
func.func @scatter_updates_element_type_mismatch(%arg0: tensor<8xf32>, %arg1: tensor<2xi32>, %arg2: tensor<2xbf16>) -> tensor<8xf32> {
  // expected-error @+1 {{data operand #2 has element type 'bf16' but the result has element type 'f32'}}
  %0 = tmov.scatter %arg0[%arg1], %arg2 axis 0 : (tensor<8xf32>, tensor<2xi32>, tensor<2xbf16>) -> tensor<8xf32>
  return %0 : tensor<8xf32>
}

// -----

func.func @scatter_dest_element_type_mismatch(%arg0: tensor<8xf16>, %arg1: tensor<2xi32>, %arg2: tensor<2xf32>) -> tensor<8xf32> {
  // expected-error @+1 {{data operand #0 has element type 'f16' but the result has element type 'f32'}}
  %0 = tmov.scatter %arg0[%arg1], %arg2 axis 0 : (tensor<8xf16>, tensor<2xi32>, tensor<2xf32>) -> tensor<8xf32>
  return %0 : tensor<8xf32>
}

// -----

// Generic form: ODS checks attributes and result counts before the op
// verifiers run.
func.func @concat_axis_not_i64(%arg0: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{attribute 'axis' failed to satisfy constraint: 64-bit signless integer attribute}}
  %0 = "tmov.concat"(%arg0) <{axis = 0 : i32}> : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @transpose_missing_permutation(%arg0: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{requires attribute 'permutation'}}
  %0 = "tmov.transpose"(%arg0) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @reverse_two_results(%arg0: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{requires one result}}
  %0:2 = "tmov.reverse"(%arg0) <{dimensions = array<i64: 0>}> : (tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>)
  return %0#0 : tensor<4xf32>
}

// -----

//===----------------------------------------------------------------------===//
// tmov.transpose
//===----------------------------------------------------------------------===//

func.func @transpose_permutation_too_short(%arg0: tensor<4x8xf32>) -> tensor<8x4xf32> {
  // expected-error @+1 {{permutation has 1 entries but the input has rank 2}}
  %0 = tmov.transpose %arg0 [1] : tensor<4x8xf32> -> tensor<8x4xf32>
  return %0 : tensor<8x4xf32>
}

// -----

func.func @transpose_permutation_too_long(%arg0: tensor<4x8xf32>) -> tensor<8x4xf32> {
  // expected-error @+1 {{permutation has 3 entries but the input has rank 2}}
  %0 = tmov.transpose %arg0 [1, 0, 2] : tensor<4x8xf32> -> tensor<8x4xf32>
  return %0 : tensor<8x4xf32>
}

// -----

func.func @transpose_entry_too_large(%arg0: tensor<4x8xf32>) -> tensor<8x4xf32> {
  // expected-error @+1 {{permutation entry 2 is out of range [0, 2)}}
  %0 = tmov.transpose %arg0 [2, 0] : tensor<4x8xf32> -> tensor<8x4xf32>
  return %0 : tensor<8x4xf32>
}

// -----

func.func @transpose_entry_negative(%arg0: tensor<4x8xf32>) -> tensor<8x4xf32> {
  // expected-error @+1 {{permutation entry -1 is out of range [0, 2)}}
  %0 = tmov.transpose %arg0 [-1, 0] : tensor<4x8xf32> -> tensor<8x4xf32>
  return %0 : tensor<8x4xf32>
}

// -----

func.func @transpose_not_a_permutation(%arg0: tensor<4x4xf32>) -> tensor<4x4xf32> {
  // expected-error @+1 {{permutation is not a permutation: 0 appears twice}}
  %0 = tmov.transpose %arg0 [0, 0] : tensor<4x4xf32> -> tensor<4x4xf32>
  return %0 : tensor<4x4xf32>
}

// -----

// The result shape is the permuted input shape.
func.func @transpose_wrong_result_shape(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-error @+1 {{result dimension 0 should be 8 but is 4}}
  %0 = tmov.transpose %arg0 [1, 0] : tensor<4x8xf32> -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

func.func @transpose_wrong_result_rank(%arg0: tensor<4x8xf32>) -> tensor<8x4x1xf32> {
  // expected-error @+1 {{expected result rank 2 but got 3}}
  %0 = tmov.transpose %arg0 [1, 0] : tensor<4x8xf32> -> tensor<8x4x1xf32>
  return %0 : tensor<8x4x1xf32>
}

// -----

//===----------------------------------------------------------------------===//
// tmov.reshape
//===----------------------------------------------------------------------===//

func.func @reshape_element_count_mismatch(%arg0: tensor<2x8xf32>) -> tensor<3x5xf32> {
  // expected-error @+1 {{input has 16 elements but the result has 15}}
  %0 = tmov.reshape %arg0 : tensor<2x8xf32> -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

// -----

// The dynamic result dimension would not be an integer.
func.func @reshape_not_a_multiple(%arg0: tensor<2x3xf32>) -> tensor<?x4xf32> {
  // expected-error @+1 {{input element count 6 is not a multiple of the result's static element count 4}}
  %0 = tmov.reshape %arg0 : tensor<2x3xf32> -> tensor<?x4xf32>
  return %0 : tensor<?x4xf32>
}

// -----

// Two dynamic result dimensions are ambiguous.
func.func @reshape_two_dynamic_dims(%arg0: tensor<?xf32>) -> tensor<?x?xf32> {
  // expected-error @+1 {{result may have at most one dynamic dimension, but has 2}}
  %0 = tmov.reshape %arg0 : tensor<?xf32> -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}

// -----

func.func @reshape_count_overflows(%arg0: tensor<9223372036854775807x4xf32>) -> tensor<?xf32> {
  // expected-error @+1 {{element count overflows a 64-bit integer}}
  %0 = tmov.reshape %arg0 : tensor<9223372036854775807x4xf32> -> tensor<?xf32>
  return %0 : tensor<?xf32>
}

// -----

// A static 0 in the result makes it empty whatever its dynamic dimension is,
// but the input has elements.
func.func @reshape_nonempty_to_empty(%arg0: tensor<6xf32>) -> tensor<?x0xf32> {
  // expected-error @+1 {{input has 6 elements but the result has a dimension of size 0, so it has none}}
  %0 = tmov.reshape %arg0 : tensor<6xf32> -> tensor<?x0xf32>
  return %0 : tensor<?x0xf32>
}

// -----

// A static 0 in the input makes it empty whatever its dynamic dimension is.
func.func @reshape_empty_to_nonempty(%arg0: tensor<?x0xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{input has a dimension of size 0, so it has no elements, but the result has 4}}
  %0 = tmov.reshape %arg0 : tensor<?x0xf32> -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// ?x3 holds a multiple of 3 elements, never 4.
func.func @reshape_dynamic_input_not_a_multiple(%arg0: tensor<?x3xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{result element count 4 is not a multiple of the input's static element count 3}}
  %0 = tmov.reshape %arg0 : tensor<?x3xf32> -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

//===----------------------------------------------------------------------===//
// tmov.broadcast
//===----------------------------------------------------------------------===//

func.func @broadcast_dimensions_wrong_length(%arg0: tensor<4xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{'dimensions' has 2 entries but the input has rank 1}}
  %0 = tmov.broadcast %arg0 [0, 1] : tensor<4xf32> -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

func.func @broadcast_dimension_out_of_range(%arg0: tensor<4xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{dimension 2 is out of range for a result of rank 2}}
  %0 = tmov.broadcast %arg0 [2] : tensor<4xf32> -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

func.func @broadcast_dimension_negative(%arg0: tensor<4xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{dimension -1 is out of range for a result of rank 2}}
  %0 = tmov.broadcast %arg0 [-1] : tensor<4xf32> -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

// Broadcast does not transpose.
func.func @broadcast_dimensions_not_increasing(%arg0: tensor<4x4xf32>) -> tensor<4x4x2xf32> {
  // expected-error @+1 {{'dimensions' must be strictly increasing}}
  %0 = tmov.broadcast %arg0 [1, 0] : tensor<4x4xf32> -> tensor<4x4x2xf32>
  return %0 : tensor<4x4x2xf32>
}

// -----

func.func @broadcast_dimensions_repeated(%arg0: tensor<4x4xf32>) -> tensor<4x2xf32> {
  // expected-error @+1 {{'dimensions' must be strictly increasing}}
  %0 = tmov.broadcast %arg0 [0, 0] : tensor<4x4xf32> -> tensor<4x2xf32>
  return %0 : tensor<4x2xf32>
}

// -----

// Only a size-1 dimension repeats.
func.func @broadcast_size_mismatch(%arg0: tensor<3xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{input dimension 0 (size 3) can only broadcast to result dimension 1 if it is 1 or equal, but the result has size 4}}
  %0 = tmov.broadcast %arg0 [1] : tensor<3xf32> -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

func.func @broadcast_static_to_dynamic(%arg0: tensor<1xf32>) -> tensor<?xf32> {
  // expected-error @+1 {{result dimension 0 is dynamic but input dimension 0 is static}}
  %0 = tmov.broadcast %arg0 [0] : tensor<1xf32> -> tensor<?xf32>
  return %0 : tensor<?xf32>
}

// -----

// A new dimension has no input dimension to take a run-time size from.
func.func @broadcast_new_dim_dynamic(%arg0: tensor<4xf32>) -> tensor<?x4xf32> {
  // expected-error @+1 {{new result dimension 0 must be static}}
  %0 = tmov.broadcast %arg0 [1] : tensor<4xf32> -> tensor<?x4xf32>
  return %0 : tensor<?x4xf32>
}

// -----

//===----------------------------------------------------------------------===//
// tmov.slice
//===----------------------------------------------------------------------===//

func.func @slice_offsets_wrong_length(%arg0: tensor<4x8xf32>) -> tensor<2x2xf32> {
  // expected-error @+1 {{'offsets' has 1 entries but the input has rank 2}}
  %0 = tmov.slice %arg0 offsets [0] sizes [2, 2] strides [1, 1] : tensor<4x8xf32> -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}

// -----

func.func @slice_sizes_wrong_length(%arg0: tensor<4x8xf32>) -> tensor<2x2xf32> {
  // expected-error @+1 {{'sizes' has 3 entries but the input has rank 2}}
  %0 = tmov.slice %arg0 offsets [0, 0] sizes [2, 2, 1] strides [1, 1] : tensor<4x8xf32> -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}

// -----

func.func @slice_strides_wrong_length(%arg0: tensor<4x8xf32>) -> tensor<2x2xf32> {
  // expected-error @+1 {{'strides' has 0 entries but the input has rank 2}}
  %0 = tmov.slice %arg0 offsets [0, 0] sizes [2, 2] strides [] : tensor<4x8xf32> -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}

// -----

func.func @slice_negative_offset(%arg0: tensor<4x8xf32>) -> tensor<2x2xf32> {
  // expected-error @+1 {{offset and size must be non-negative, got -1 and 2 in dimension 1}}
  %0 = tmov.slice %arg0 offsets [0, -1] sizes [2, 2] strides [1, 1] : tensor<4x8xf32> -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}

// -----

func.func @slice_negative_size(%arg0: tensor<4x8xf32>) -> tensor<2x2xf32> {
  // expected-error @+1 {{offset and size must be non-negative, got 0 and -2 in dimension 0}}
  %0 = tmov.slice %arg0 offsets [0, 0] sizes [-2, 2] strides [1, 1] : tensor<4x8xf32> -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}

// -----

func.func @slice_zero_stride(%arg0: tensor<4x8xf32>) -> tensor<2x2xf32> {
  // expected-error @+1 {{stride must be positive, got 0 in dimension 1}}
  %0 = tmov.slice %arg0 offsets [0, 0] sizes [2, 2] strides [1, 0] : tensor<4x8xf32> -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}

// -----

func.func @slice_negative_stride(%arg0: tensor<4x8xf32>) -> tensor<2x2xf32> {
  // expected-error @+1 {{stride must be positive, got -1 in dimension 0}}
  %0 = tmov.slice %arg0 offsets [3, 0] sizes [2, 2] strides [-1, 1] : tensor<4x8xf32> -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}

// -----

// The last element read is offset + (size - 1) * stride = 1 + 2 * 2 = 5.
func.func @slice_past_the_end(%arg0: tensor<4x8xf32>) -> tensor<3x2xf32> {
  // expected-error @+1 {{slice in dimension 0 reads past the end of the input (offset 1, size 3, stride 2, input size 4)}}
  %0 = tmov.slice %arg0 offsets [1, 0] sizes [3, 2] strides [2, 1] : tensor<4x8xf32> -> tensor<3x2xf32>
  return %0 : tensor<3x2xf32>
}

// -----

// An empty window may start at the end of the dimension, not after it.
func.func @slice_empty_window_past_the_end(%arg0: tensor<8xf32>) -> tensor<0xf32> {
  // expected-error @+1 {{slice in dimension 0 reads past the end of the input (offset 9, size 0, stride 1, input size 8)}}
  %0 = tmov.slice %arg0 offsets [9] sizes [0] strides [1] : tensor<8xf32> -> tensor<0xf32>
  return %0 : tensor<0xf32>
}

// -----

func.func @slice_index_overflows(%arg0: tensor<8xf32>) -> tensor<4611686018427387905xf32> {
  // expected-error @+1 {{slice in dimension 0 overflows a 64-bit index}}
  %0 = tmov.slice %arg0 offsets [0] sizes [4611686018427387905] strides [2] : tensor<8xf32> -> tensor<4611686018427387905xf32>
  return %0 : tensor<4611686018427387905xf32>
}

// -----

// The result shape is `sizes`.
func.func @slice_wrong_result_shape(%arg0: tensor<4x8xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{result dimension 1 should be 2 but is 3}}
  %0 = tmov.slice %arg0 offsets [0, 0] sizes [2, 2] strides [1, 1] : tensor<4x8xf32> -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @slice_wrong_result_rank(%arg0: tensor<4x8xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{expected result rank 2 but got 1}}
  %0 = tmov.slice %arg0 offsets [0, 0] sizes [4, 1] strides [1, 1] : tensor<4x8xf32> -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

//===----------------------------------------------------------------------===//
// tmov.concat
//===----------------------------------------------------------------------===//

func.func @concat_no_inputs() -> tensor<0xf32> {
  // expected-error @+1 {{needs at least one input}}
  %0 = tmov.concat axis 0 : () -> tensor<0xf32>
  return %0 : tensor<0xf32>
}

// -----

func.func @concat_axis_out_of_range(%arg0: tensor<2x3xf32>, %arg1: tensor<2x5xf32>) -> tensor<2x8xf32> {
  // expected-error @+1 {{axis 2 is out of range for a tensor of rank 2 (expected 0 <= axis < 2)}}
  %0 = tmov.concat %arg0, %arg1 axis 2 : (tensor<2x3xf32>, tensor<2x5xf32>) -> tensor<2x8xf32>
  return %0 : tensor<2x8xf32>
}

// -----

func.func @concat_axis_negative(%arg0: tensor<2x3xf32>, %arg1: tensor<2x5xf32>) -> tensor<2x8xf32> {
  // expected-error @+1 {{axis -1 is out of range for a tensor of rank 2}}
  %0 = tmov.concat %arg0, %arg1 axis -1 : (tensor<2x3xf32>, tensor<2x5xf32>) -> tensor<2x8xf32>
  return %0 : tensor<2x8xf32>
}

// -----

func.func @concat_rank_mismatch(%arg0: tensor<2x3xf32>, %arg1: tensor<2x5x1xf32>) -> tensor<2x8xf32> {
  // expected-error @+1 {{input #1 has rank 3 but input #0 has rank 2}}
  %0 = tmov.concat %arg0, %arg1 axis 1 : (tensor<2x3xf32>, tensor<2x5x1xf32>) -> tensor<2x8xf32>
  return %0 : tensor<2x8xf32>
}

// -----

// Dimensions other than the axis must agree.
func.func @concat_non_axis_dim_mismatch(%arg0: tensor<2x3xf32>, %arg1: tensor<4x5xf32>) -> tensor<2x8xf32> {
  // expected-error @+1 {{input #1 has size 4 in dimension 0 but input #0 has 2}}
  %0 = tmov.concat %arg0, %arg1 axis 1 : (tensor<2x3xf32>, tensor<4x5xf32>) -> tensor<2x8xf32>
  return %0 : tensor<2x8xf32>
}

// -----

// A dynamic dimension of input #0 takes its static size from a later input.
func.func @concat_non_axis_dim_mismatch_after_dynamic(%arg0: tensor<?x3xf32>, %arg1: tensor<2x5xf32>, %arg2: tensor<4x1xf32>) -> tensor<?x9xf32> {
  // expected-error @+1 {{input #2 has size 4 in dimension 0 but input #0 has 2}}
  %0 = tmov.concat %arg0, %arg1, %arg2 axis 1 : (tensor<?x3xf32>, tensor<2x5xf32>, tensor<4x1xf32>) -> tensor<?x9xf32>
  return %0 : tensor<?x9xf32>
}

// -----

// The axis dimension of the result is the sum of the inputs'.
func.func @concat_wrong_result_shape(%arg0: tensor<2x3xf32>, %arg1: tensor<2x5xf32>) -> tensor<2x7xf32> {
  // expected-error @+1 {{result dimension 1 should be 8 but is 7}}
  %0 = tmov.concat %arg0, %arg1 axis 1 : (tensor<2x3xf32>, tensor<2x5xf32>) -> tensor<2x7xf32>
  return %0 : tensor<2x7xf32>
}

// -----

func.func @concat_result_dim_overflows(%arg0: tensor<9223372036854775807xi8>) -> tensor<?xi8> {
  // expected-error @+1 {{size of result dimension 0 overflows a 64-bit integer}}
  %0 = tmov.concat %arg0, %arg0 axis 0 : (tensor<9223372036854775807xi8>, tensor<9223372036854775807xi8>) -> tensor<?xi8>
  return %0 : tensor<?xi8>
}

// -----

//===----------------------------------------------------------------------===//
// tmov.pad
//===----------------------------------------------------------------------===//

func.func @pad_low_wrong_length(%arg0: tensor<4x4xf32>) -> tensor<4x7xf32> {
  // expected-error @+1 {{'low' has 1 entries but the input has rank 2}}
  %0 = tmov.pad %arg0 low [1] high [0, 2] value 0.0 : f32 : tensor<4x4xf32> -> tensor<4x7xf32>
  return %0 : tensor<4x7xf32>
}

// -----

func.func @pad_high_wrong_length(%arg0: tensor<4x4xf32>) -> tensor<4x7xf32> {
  // expected-error @+1 {{'high' has 3 entries but the input has rank 2}}
  %0 = tmov.pad %arg0 low [0, 1] high [0, 2, 0] value 0.0 : f32 : tensor<4x4xf32> -> tensor<4x7xf32>
  return %0 : tensor<4x7xf32>
}

// -----

func.func @pad_negative_low(%arg0: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{padding must be non-negative, got low -1 and high 1 in dimension 0}}
  %0 = tmov.pad %arg0 low [-1] high [1] value 0.0 : f32 : tensor<4xf32> -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @pad_negative_high(%arg0: tensor<4x4xf32>) -> tensor<4x3xf32> {
  // expected-error @+1 {{padding must be non-negative, got low 0 and high -1 in dimension 1}}
  %0 = tmov.pad %arg0 low [0, 0] high [0, -1] value 0.0 : f32 : tensor<4x4xf32> -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}

// -----

// The padding value has the element type: another float type...
func.func @pad_value_float_type_mismatch(%arg0: tensor<4xf32>) -> tensor<6xf32> {
  // expected-error @+1 {{padding value has type 'f16' but the element type is 'f32'}}
  %0 = tmov.pad %arg0 low [1] high [1] value 0.0 : f16 : tensor<4xf32> -> tensor<6xf32>
  return %0 : tensor<6xf32>
}

// -----

// ...an integer for float elements...
func.func @pad_value_int_for_float(%arg0: tensor<4xbf16>) -> tensor<6xbf16> {
  // expected-error @+1 {{padding value has type 'i32' but the element type is 'bf16'}}
  %0 = tmov.pad %arg0 low [1] high [1] value 0 : i32 : tensor<4xbf16> -> tensor<6xbf16>
  return %0 : tensor<6xbf16>
}

// -----

// ...a tensor instead of a scalar...
func.func @pad_value_tensor(%arg0: tensor<4xf32>) -> tensor<6xf32> {
  // expected-error @+1 {{padding value has type 'tensor<f32>' but the element type is 'f32'}}
  %0 = tmov.pad %arg0 low [1] high [1] value dense<0.0> : tensor<f32> : tensor<4xf32> -> tensor<6xf32>
  return %0 : tensor<6xf32>
}

// -----

// ...or an untyped attribute (generic form) are all rejected.
func.func @pad_value_untyped(%arg0: tensor<4xf32>) -> tensor<6xf32> {
  // expected-error @+1 {{padding value has type 'none' but the element type is 'f32'}}
  %0 = "tmov.pad"(%arg0) <{low = array<i64: 1>, high = array<i64: 1>, padding_value = "zero"}> : (tensor<4xf32>) -> tensor<6xf32>
  return %0 : tensor<6xf32>
}

// -----

func.func @pad_wrong_result_shape(%arg0: tensor<4x4xf32>) -> tensor<4x8xf32> {
  // expected-error @+1 {{result dimension 1 should be 7 but is 8}}
  %0 = tmov.pad %arg0 low [0, 1] high [0, 2] value 0.0 : f32 : tensor<4x4xf32> -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

func.func @pad_result_dim_overflows(%arg0: tensor<9223372036854775807xi8>) -> tensor<?xi8> {
  // expected-error @+1 {{size of result dimension 0 overflows a 64-bit integer}}
  %0 = tmov.pad %arg0 low [1] high [0] value 0 : i8 : tensor<9223372036854775807xi8> -> tensor<?xi8>
  return %0 : tensor<?xi8>
}

// -----

//===----------------------------------------------------------------------===//
// tmov.gather
//===----------------------------------------------------------------------===//

func.func @gather_float_indices(%arg0: tensor<4x8xf32>, %arg1: tensor<2xf32>) -> tensor<2x8xf32> {
  // expected-error @+1 {{indices must have an integer element type, got 'f32'}}
  %0 = tmov.gather %arg0[%arg1] axis 0 : (tensor<4x8xf32>, tensor<2xf32>) -> tensor<2x8xf32>
  return %0 : tensor<2x8xf32>
}

// -----

// index has no fixed width; use i32 or i64 indices.
func.func @gather_index_indices(%arg0: tensor<4x8xf32>, %arg1: tensor<2xindex>) -> tensor<2x8xf32> {
  // expected-error @+1 {{indices must have an integer element type, got 'index'}}
  %0 = tmov.gather %arg0[%arg1] axis 0 : (tensor<4x8xf32>, tensor<2xindex>) -> tensor<2x8xf32>
  return %0 : tensor<2x8xf32>
}

// -----

func.func @gather_unranked_indices(%arg0: tensor<4xf32>, %arg1: tensor<*xi32>) -> tensor<2xf32> {
  // expected-error @+1 {{operand #1 must be ranked tensor of any type values, but got 'tensor<*xi32>'}}
  %0 = tmov.gather %arg0[%arg1] axis 0 : (tensor<4xf32>, tensor<*xi32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @gather_axis_out_of_range(%arg0: tensor<4x8xf32>, %arg1: tensor<2xi32>) -> tensor<4x2xf32> {
  // expected-error @+1 {{axis 2 is out of range for a tensor of rank 2 (expected 0 <= axis < 2)}}
  %0 = tmov.gather %arg0[%arg1] axis 2 : (tensor<4x8xf32>, tensor<2xi32>) -> tensor<4x2xf32>
  return %0 : tensor<4x2xf32>
}

// -----

func.func @gather_axis_negative(%arg0: tensor<4x8xf32>, %arg1: tensor<2xi32>) -> tensor<4x2xf32> {
  // expected-error @+1 {{axis -1 is out of range for a tensor of rank 2}}
  %0 = tmov.gather %arg0[%arg1] axis -1 : (tensor<4x8xf32>, tensor<2xi32>) -> tensor<4x2xf32>
  return %0 : tensor<4x2xf32>
}

// -----

// The result shape is data[:axis] + indices + data[axis+1:].
func.func @gather_wrong_result_shape(%arg0: tensor<4x8xf32>, %arg1: tensor<2xi32>) -> tensor<4x2xf32> {
  // expected-error @+1 {{result dimension 0 should be 2 but is 4}}
  %0 = tmov.gather %arg0[%arg1] axis 0 : (tensor<4x8xf32>, tensor<2xi32>) -> tensor<4x2xf32>
  return %0 : tensor<4x2xf32>
}

// -----

func.func @gather_wrong_result_rank(%arg0: tensor<4x8xf32>, %arg1: tensor<2x3xi32>) -> tensor<6x8xf32> {
  // expected-error @+1 {{expected result rank 3 but got 2}}
  %0 = tmov.gather %arg0[%arg1] axis 0 : (tensor<4x8xf32>, tensor<2x3xi32>) -> tensor<6x8xf32>
  return %0 : tensor<6x8xf32>
}

// -----

// Indices are clamped to [0, size - 1], which is empty for a 0-size axis.
func.func @gather_from_empty_axis(%arg0: tensor<0x4xf32>, %arg1: tensor<2xi32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{gathers from dimension 0 of the data, which has size 0, but the result has 8 elements}}
  %0 = tmov.gather %arg0[%arg1] axis 0 : (tensor<0x4xf32>, tensor<2xi32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

//===----------------------------------------------------------------------===//
// tmov.scatter
//===----------------------------------------------------------------------===//

func.func @scatter_float_indices(%arg0: tensor<8x4xf32>, %arg1: tensor<2xf16>, %arg2: tensor<2x4xf32>) -> tensor<8x4xf32> {
  // expected-error @+1 {{indices must have an integer element type, got 'f16'}}
  %0 = tmov.scatter %arg0[%arg1], %arg2 axis 0 : (tensor<8x4xf32>, tensor<2xf16>, tensor<2x4xf32>) -> tensor<8x4xf32>
  return %0 : tensor<8x4xf32>
}

// -----

func.func @scatter_axis_out_of_range(%arg0: tensor<8x4xf32>, %arg1: tensor<2xi32>, %arg2: tensor<2x4xf32>) -> tensor<8x4xf32> {
  // expected-error @+1 {{axis 2 is out of range for a tensor of rank 2 (expected 0 <= axis < 2)}}
  %0 = tmov.scatter %arg0[%arg1], %arg2 axis 2 : (tensor<8x4xf32>, tensor<2xi32>, tensor<2x4xf32>) -> tensor<8x4xf32>
  return %0 : tensor<8x4xf32>
}

// -----

func.func @scatter_indices_not_1d(%arg0: tensor<8x4xf32>, %arg1: tensor<2x1xi32>, %arg2: tensor<2x4xf32>) -> tensor<8x4xf32> {
  // expected-error @+1 {{indices must be 1-D, got rank 2}}
  %0 = tmov.scatter %arg0[%arg1], %arg2 axis 0 : (tensor<8x4xf32>, tensor<2x1xi32>, tensor<2x4xf32>) -> tensor<8x4xf32>
  return %0 : tensor<8x4xf32>
}

// -----

func.func @scatter_updates_rank_mismatch(%arg0: tensor<8x4xf32>, %arg1: tensor<2xi32>, %arg2: tensor<8xf32>) -> tensor<8x4xf32> {
  // expected-error @+1 {{updates have rank 1 but dest has rank 2}}
  %0 = tmov.scatter %arg0[%arg1], %arg2 axis 0 : (tensor<8x4xf32>, tensor<2xi32>, tensor<8xf32>) -> tensor<8x4xf32>
  return %0 : tensor<8x4xf32>
}

// -----

// One update slice per index.
func.func @scatter_updates_axis_mismatch(%arg0: tensor<8x4xf32>, %arg1: tensor<2xi32>, %arg2: tensor<3x4xf32>) -> tensor<8x4xf32> {
  // expected-error @+1 {{updates dimension 0 has size 3 but indices have 2 entries}}
  %0 = tmov.scatter %arg0[%arg1], %arg2 axis 0 : (tensor<8x4xf32>, tensor<2xi32>, tensor<3x4xf32>) -> tensor<8x4xf32>
  return %0 : tensor<8x4xf32>
}

// -----

func.func @scatter_updates_slice_mismatch(%arg0: tensor<8x4xf32>, %arg1: tensor<2xi32>, %arg2: tensor<2x5xf32>) -> tensor<8x4xf32> {
  // expected-error @+1 {{updates dimension 1 has size 5 but dest has 4}}
  %0 = tmov.scatter %arg0[%arg1], %arg2 axis 0 : (tensor<8x4xf32>, tensor<2xi32>, tensor<2x5xf32>) -> tensor<8x4xf32>
  return %0 : tensor<8x4xf32>
}

// -----

// The result has dest's shape.
func.func @scatter_wrong_result_shape(%arg0: tensor<8x4xf32>, %arg1: tensor<2xi32>, %arg2: tensor<2x4xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{result dimension 0 should be 8 but is 2}}
  %0 = tmov.scatter %arg0[%arg1], %arg2 axis 0 : (tensor<8x4xf32>, tensor<2xi32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

//===----------------------------------------------------------------------===//
// tmov.reverse
//===----------------------------------------------------------------------===//

func.func @reverse_dimension_out_of_range(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-error @+1 {{dimension 2 is out of range for a tensor of rank 2 (expected 0 <= dimension < 2)}}
  %0 = tmov.reverse %arg0 [2] : tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

func.func @reverse_dimension_negative(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-error @+1 {{dimension -1 is out of range for a tensor of rank 2}}
  %0 = tmov.reverse %arg0 [-1] : tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

func.func @reverse_dimension_twice(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-error @+1 {{dimension 1 is listed twice}}
  %0 = tmov.reverse %arg0 [1, 0, 1] : tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

// The custom form has one type; the generic form can disagree.
func.func @reverse_type_mismatch(%arg0: tensor<4xf32>) -> tensor<4xf16> {
  // expected-error @+1 {{failed to verify that all of {input, result} have same type}}
  %0 = "tmov.reverse"(%arg0) <{dimensions = array<i64: 0>}> : (tensor<4xf32>) -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

//===----------------------------------------------------------------------===//
// tmov.tile
//===----------------------------------------------------------------------===//

func.func @tile_multiples_wrong_length(%arg0: tensor<4x8xf32>) -> tensor<8x8xf32> {
  // expected-error @+1 {{'multiples' has 1 entries but the input has rank 2}}
  %0 = tmov.tile %arg0 [2] : tensor<4x8xf32> -> tensor<8x8xf32>
  return %0 : tensor<8x8xf32>
}

// -----

func.func @tile_negative_multiple(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-error @+1 {{multiple must be non-negative, got -1 in dimension 1}}
  %0 = tmov.tile %arg0 [1, -1] : tensor<4x8xf32> -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

func.func @tile_wrong_result_shape(%arg0: tensor<4x8xf32>) -> tensor<8x16xf32> {
  // expected-error @+1 {{result dimension 1 should be 8 but is 16}}
  %0 = tmov.tile %arg0 [2, 1] : tensor<4x8xf32> -> tensor<8x16xf32>
  return %0 : tensor<8x16xf32>
}

// -----

// Any size times 0 is 0, dynamic ones included.
func.func @tile_dynamic_times_zero(%arg0: tensor<?xf32>) -> tensor<5xf32> {
  // expected-error @+1 {{result dimension 0 should be 0 but is 5}}
  %0 = tmov.tile %arg0 [0] : tensor<?xf32> -> tensor<5xf32>
  return %0 : tensor<5xf32>
}

// -----

func.func @tile_result_dim_overflows(%arg0: tensor<4611686018427387904xi8>) -> tensor<?xi8> {
  // expected-error @+1 {{size of result dimension 0 overflows a 64-bit integer}}
  %0 = tmov.tile %arg0 [2] : tensor<4611686018427387904xi8> -> tensor<?xi8>
  return %0 : tensor<?xi8>
}
