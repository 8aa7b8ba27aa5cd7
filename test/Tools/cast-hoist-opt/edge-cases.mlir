// RUN: cast-hoist-opt %s -split-input-file --hoist-casts=policy=always | FileCheck %s
// Valid edge cases run and exit 0: rewritten where that is exact, left alone
// otherwise.

// 0-size tensors: hoisting is exact (there is nothing to convert).
// CHECK-LABEL: func.func @zero_size_transpose
// CHECK:         %[[C:.*]] = tmov.cast %arg0 : tensor<0x4xf32> to tensor<0x4xf16>
// CHECK:         tmov.transpose %[[C]] [1, 0] : tensor<0x4xf16> -> tensor<4x0xf16>
func.func @zero_size_transpose(%arg0: tensor<0x4xf32>) -> tensor<4x0xf16> {
  %0 = tmov.transpose %arg0 [1, 0] : tensor<0x4xf32> -> tensor<4x0xf32>
  %1 = tmov.cast %0 : tensor<4x0xf32> to tensor<4x0xf16>
  return %1 : tensor<4x0xf16>
}

// -----

// CHECK-LABEL: func.func @zero_size_concat_input
// CHECK-DAG:     %[[A:.*]] = tmov.cast %arg0 : tensor<2x0xf32> to tensor<2x0xbf16>
// CHECK-DAG:     %[[B:.*]] = tmov.cast %arg1 : tensor<2x3xf32> to tensor<2x3xbf16>
// CHECK:         tmov.concat %[[A]], %[[B]] axis 1
func.func @zero_size_concat_input(%arg0: tensor<2x0xf32>, %arg1: tensor<2x3xf32>) -> tensor<2x3xbf16> {
  %0 = tmov.concat %arg0, %arg1 axis 1 : (tensor<2x0xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %1 = tmov.cast %0 : tensor<2x3xf32> to tensor<2x3xbf16>
  return %1 : tensor<2x3xbf16>
}

// -----

// Sinking a widening cast below a 0-size slice is exact too.
// CHECK-LABEL: func.func @zero_size_slice_sink
// CHECK:         %[[S:.*]] = tmov.slice %arg0 offsets [0] sizes [0] strides [1] : tensor<8xf16> -> tensor<0xf16>
// CHECK:         tmov.cast %[[S]] : tensor<0xf16> to tensor<0xf32>
func.func @zero_size_slice_sink(%arg0: tensor<8xf16>) -> tensor<0xf32> {
  %0 = tmov.cast %arg0 : tensor<8xf16> to tensor<8xf32>
  %1 = tmov.slice %0 offsets [0] sizes [0] strides [1] : tensor<8xf32> -> tensor<0xf32>
  return %1 : tensor<0xf32>
}

// -----

// An unranked tensor.cast is pure data movement: the cast moves above it and
// runs on the ranked source.
// CHECK-LABEL: func.func @unranked_tensor_cast
// CHECK:         %[[C:.*]] = tmov.cast %arg0 : tensor<4x4xf32> to tensor<4x4xf16>
// CHECK:         tensor.cast %[[C]] : tensor<4x4xf16> to tensor<*xf16>
func.func @unranked_tensor_cast(%arg0: tensor<4x4xf32>) -> tensor<*xf16> {
  %0 = tensor.cast %arg0 : tensor<4x4xf32> to tensor<*xf32>
  %1 = tmov.cast %0 : tensor<*xf32> to tensor<*xf16>
  return %1 : tensor<*xf16>
}

// -----

// An unranked function argument with no data movement: nothing to do.
// CHECK-LABEL: func.func @negative_unranked_argument
// CHECK-NEXT:    %[[C:.*]] = tmov.cast %arg0 : tensor<*xf32> to tensor<*xf16>
// CHECK-NEXT:    return %[[C]]
func.func @negative_unranked_argument(%arg0: tensor<*xf32>) -> tensor<*xf16> {
  %0 = tmov.cast %arg0 : tensor<*xf32> to tensor<*xf16>
  return %0 : tensor<*xf16>
}

// -----

// Element types the rules do not cover are left alone.
// CHECK-LABEL: func.func @negative_index_elements
// CHECK:         tensor.expand_shape
// CHECK-NEXT:    arith.index_cast
func.func @negative_index_elements(%arg0: tensor<8xindex>) -> tensor<2x4xi32> {
  // arith.index_cast is not a cast the rule table models (index has no fixed
  // width), so it does not move.
  %0 = tensor.expand_shape %arg0 [[0, 1]] output_shape [2, 4] : tensor<8xindex> into tensor<2x4xindex>
  %1 = arith.index_cast %0 : tensor<2x4xindex> to tensor<2x4xi32>
  return %1 : tensor<2x4xi32>
}
