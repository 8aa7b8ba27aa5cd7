// RUN: cast-hoist-opt %s | cast-hoist-opt | FileCheck %s
// RUN: cast-hoist-opt %s --mlir-print-op-generic | cast-hoist-opt | FileCheck %s

// Round trip of every tmov op in its custom assembly: printing and parsing
// back gives the same op, and so does going through the generic form.
// Covers static, dynamic and 0-size shapes and the element types the
// dialect accepts; only tmov.cast accepts unranked tensors.

//===----------------------------------------------------------------------===//
// tmov.cast
//===----------------------------------------------------------------------===//

// Float narrowing and widening, float <-> int, int narrowing.
// CHECK-LABEL: func.func @cast_element_types
// CHECK:         tmov.cast %{{.*}} : tensor<8x4xf32> to tensor<8x4xf16>
// CHECK:         tmov.cast %{{.*}} : tensor<8x4xf16> to tensor<8x4xbf16>
// CHECK:         tmov.cast %{{.*}} : tensor<8x4xbf16> to tensor<8x4xf8E4M3FN>
// CHECK:         tmov.cast %{{.*}} : tensor<8x4xf8E4M3FN> to tensor<8x4xf32>
// CHECK:         tmov.cast %{{.*}} : tensor<8x4xf32> to tensor<8x4xi32>
// CHECK:         tmov.cast %{{.*}} : tensor<8x4xi32> to tensor<8x4xi8>
// CHECK:         tmov.cast %{{.*}} : tensor<8x4xi8> to tensor<8x4xi64>
// CHECK:         tmov.cast %{{.*}} : tensor<8x4xi64> to tensor<8x4xf64>
func.func @cast_element_types(%arg0: tensor<8x4xf32>) -> tensor<8x4xf64> {
  %0 = tmov.cast %arg0 : tensor<8x4xf32> to tensor<8x4xf16>
  %1 = tmov.cast %0 : tensor<8x4xf16> to tensor<8x4xbf16>
  %2 = tmov.cast %1 : tensor<8x4xbf16> to tensor<8x4xf8E4M3FN>
  %3 = tmov.cast %2 : tensor<8x4xf8E4M3FN> to tensor<8x4xf32>
  %4 = tmov.cast %3 : tensor<8x4xf32> to tensor<8x4xi32>
  %5 = tmov.cast %4 : tensor<8x4xi32> to tensor<8x4xi8>
  %6 = tmov.cast %5 : tensor<8x4xi8> to tensor<8x4xi64>
  %7 = tmov.cast %6 : tensor<8x4xi64> to tensor<8x4xf64>
  return %7 : tensor<8x4xf64>
}

// Dynamic dimensions, including a static dimension cast to a dynamic one and
// back (the shapes only have to be compatible).
// CHECK-LABEL: func.func @cast_dynamic
// CHECK:         tmov.cast %{{.*}} : tensor<?x4xf32> to tensor<?x4xf16>
// CHECK:         tmov.cast %{{.*}} : tensor<?x4xf16> to tensor<?x?xbf16>
// CHECK:         tmov.cast %{{.*}} : tensor<?x?xbf16> to tensor<2x4xf32>
func.func @cast_dynamic(%arg0: tensor<?x4xf32>) -> tensor<2x4xf32> {
  %0 = tmov.cast %arg0 : tensor<?x4xf32> to tensor<?x4xf16>
  %1 = tmov.cast %0 : tensor<?x4xf16> to tensor<?x?xbf16>
  %2 = tmov.cast %1 : tensor<?x?xbf16> to tensor<2x4xf32>
  return %2 : tensor<2x4xf32>
}

// Unranked tensors, also mixed with ranked ones.
// CHECK-LABEL: func.func @cast_unranked
// CHECK:         tmov.cast %{{.*}} : tensor<*xf32> to tensor<*xf16>
// CHECK:         tmov.cast %{{.*}} : tensor<*xf16> to tensor<2x?xi8>
// CHECK:         tmov.cast %{{.*}} : tensor<2x?xi8> to tensor<*xi32>
func.func @cast_unranked(%arg0: tensor<*xf32>) -> tensor<*xi32> {
  %0 = tmov.cast %arg0 : tensor<*xf32> to tensor<*xf16>
  %1 = tmov.cast %0 : tensor<*xf16> to tensor<2x?xi8>
  %2 = tmov.cast %1 : tensor<2x?xi8> to tensor<*xi32>
  return %2 : tensor<*xi32>
}

// 0-size and 0-d tensors.
// CHECK-LABEL: func.func @cast_zero_size
// CHECK:         tmov.cast %{{.*}} : tensor<0x4xf32> to tensor<0x4xf16>
// CHECK:         tmov.cast %{{.*}} : tensor<f32> to tensor<i8>
func.func @cast_zero_size(%arg0: tensor<0x4xf32>, %arg1: tensor<f32>) -> (tensor<0x4xf16>, tensor<i8>) {
  %0 = tmov.cast %arg0 : tensor<0x4xf32> to tensor<0x4xf16>
  %1 = tmov.cast %arg1 : tensor<f32> to tensor<i8>
  return %0, %1 : tensor<0x4xf16>, tensor<i8>
}

// A cast to the same type is valid (it folds away under --canonicalize).
// CHECK-LABEL: func.func @cast_same_type
// CHECK:         tmov.cast %{{.*}} : tensor<4xf32> to tensor<4xf32>
func.func @cast_same_type(%arg0: tensor<4xf32>) -> tensor<4xf32> {
  %0 = tmov.cast %arg0 : tensor<4xf32> to tensor<4xf32>
  return %0 : tensor<4xf32>
}

//===----------------------------------------------------------------------===//
// tmov.transpose
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @transpose
// CHECK:         tmov.transpose %{{.*}} [0, 3, 1, 2] : tensor<1x16x16x8xf32> -> tensor<1x8x16x16xf32>
// CHECK:         tmov.transpose %{{.*}} [1, 0] : tensor<?x4xbf16> -> tensor<4x?xbf16>
// CHECK:         tmov.transpose %{{.*}} [1, 0] : tensor<0x3xi8> -> tensor<3x0xi8>
// CHECK:         tmov.transpose %{{.*}} [] : tensor<i64> -> tensor<i64>
func.func @transpose(%arg0: tensor<1x16x16x8xf32>, %arg1: tensor<?x4xbf16>, %arg2: tensor<0x3xi8>, %arg3: tensor<i64>)
    -> (tensor<1x8x16x16xf32>, tensor<4x?xbf16>, tensor<3x0xi8>, tensor<i64>) {
  %0 = tmov.transpose %arg0 [0, 3, 1, 2] : tensor<1x16x16x8xf32> -> tensor<1x8x16x16xf32>
  %1 = tmov.transpose %arg1 [1, 0] : tensor<?x4xbf16> -> tensor<4x?xbf16>
  %2 = tmov.transpose %arg2 [1, 0] : tensor<0x3xi8> -> tensor<3x0xi8>
  %3 = tmov.transpose %arg3 [] : tensor<i64> -> tensor<i64>
  return %0, %1, %2, %3 : tensor<1x8x16x16xf32>, tensor<4x?xbf16>, tensor<3x0xi8>, tensor<i64>
}

// A static input dimension may flow into a dynamic result dimension.
// CHECK-LABEL: func.func @transpose_to_dynamic
// CHECK:         tmov.transpose %{{.*}} [1, 0] : tensor<2x3xf8E4M3FN> -> tensor<?x?xf8E4M3FN>
func.func @transpose_to_dynamic(%arg0: tensor<2x3xf8E4M3FN>) -> tensor<?x?xf8E4M3FN> {
  %0 = tmov.transpose %arg0 [1, 0] : tensor<2x3xf8E4M3FN> -> tensor<?x?xf8E4M3FN>
  return %0 : tensor<?x?xf8E4M3FN>
}

//===----------------------------------------------------------------------===//
// tmov.reshape
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @reshape
// CHECK:         tmov.reshape %{{.*}} : tensor<2x8xf32> -> tensor<4x4xf32>
// CHECK:         tmov.reshape %{{.*}} : tensor<2x8xf16> -> tensor<?x2xf16>
// CHECK:         tmov.reshape %{{.*}} : tensor<?x8xi32> -> tensor<?xi32>
// CHECK:         tmov.reshape %{{.*}} : tensor<?x?xi8> -> tensor<16xi8>
func.func @reshape(%arg0: tensor<2x8xf32>, %arg1: tensor<2x8xf16>, %arg2: tensor<?x8xi32>, %arg3: tensor<?x?xi8>)
    -> (tensor<4x4xf32>, tensor<?x2xf16>, tensor<?xi32>, tensor<16xi8>) {
  %0 = tmov.reshape %arg0 : tensor<2x8xf32> -> tensor<4x4xf32>
  %1 = tmov.reshape %arg1 : tensor<2x8xf16> -> tensor<?x2xf16>
  %2 = tmov.reshape %arg2 : tensor<?x8xi32> -> tensor<?xi32>
  %3 = tmov.reshape %arg3 : tensor<?x?xi8> -> tensor<16xi8>
  return %0, %1, %2, %3 : tensor<4x4xf32>, tensor<?x2xf16>, tensor<?xi32>, tensor<16xi8>
}

// 0-size tensors and 0-d tensors.
// CHECK-LABEL: func.func @reshape_zero_size
// CHECK:         tmov.reshape %{{.*}} : tensor<0x4xbf16> -> tensor<2x0xbf16>
// CHECK:         tmov.reshape %{{.*}} : tensor<0xi64> -> tensor<?x3xi64>
// CHECK:         tmov.reshape %{{.*}} : tensor<1x1xf8E4M3FN> -> tensor<f8E4M3FN>
func.func @reshape_zero_size(%arg0: tensor<0x4xbf16>, %arg1: tensor<0xi64>, %arg2: tensor<1x1xf8E4M3FN>)
    -> (tensor<2x0xbf16>, tensor<?x3xi64>, tensor<f8E4M3FN>) {
  %0 = tmov.reshape %arg0 : tensor<0x4xbf16> -> tensor<2x0xbf16>
  %1 = tmov.reshape %arg1 : tensor<0xi64> -> tensor<?x3xi64>
  %2 = tmov.reshape %arg2 : tensor<1x1xf8E4M3FN> -> tensor<f8E4M3FN>
  return %0, %1, %2 : tensor<2x0xbf16>, tensor<?x3xi64>, tensor<f8E4M3FN>
}

//===----------------------------------------------------------------------===//
// tmov.broadcast
//===----------------------------------------------------------------------===//

// New dimensions, size-1 dimensions, and a dynamic dimension kept dynamic.
// CHECK-LABEL: func.func @broadcast
// CHECK:         tmov.broadcast %{{.*}} [1] : tensor<4xf32> -> tensor<2x4xf32>
// CHECK:         tmov.broadcast %{{.*}} [0, 2] : tensor<1x4xi8> -> tensor<3x5x4xi8>
// CHECK:         tmov.broadcast %{{.*}} [0] : tensor<?xf16> -> tensor<?x3xf16>
// CHECK:         tmov.broadcast %{{.*}} [] : tensor<bf16> -> tensor<2x3xbf16>
func.func @broadcast(%arg0: tensor<4xf32>, %arg1: tensor<1x4xi8>, %arg2: tensor<?xf16>, %arg3: tensor<bf16>)
    -> (tensor<2x4xf32>, tensor<3x5x4xi8>, tensor<?x3xf16>, tensor<2x3xbf16>) {
  %0 = tmov.broadcast %arg0 [1] : tensor<4xf32> -> tensor<2x4xf32>
  %1 = tmov.broadcast %arg1 [0, 2] : tensor<1x4xi8> -> tensor<3x5x4xi8>
  %2 = tmov.broadcast %arg2 [0] : tensor<?xf16> -> tensor<?x3xf16>
  %3 = tmov.broadcast %arg3 [] : tensor<bf16> -> tensor<2x3xbf16>
  return %0, %1, %2, %3 : tensor<2x4xf32>, tensor<3x5x4xi8>, tensor<?x3xf16>, tensor<2x3xbf16>
}

// 0-size: a new dimension of size 0, and a size-1 dimension broadcast to 0.
// CHECK-LABEL: func.func @broadcast_zero_size
// CHECK:         tmov.broadcast %{{.*}} [1] : tensor<4xi64> -> tensor<0x4xi64>
// CHECK:         tmov.broadcast %{{.*}} [0] : tensor<1xf8E4M3FN> -> tensor<0xf8E4M3FN>
func.func @broadcast_zero_size(%arg0: tensor<4xi64>, %arg1: tensor<1xf8E4M3FN>) -> (tensor<0x4xi64>, tensor<0xf8E4M3FN>) {
  %0 = tmov.broadcast %arg0 [1] : tensor<4xi64> -> tensor<0x4xi64>
  %1 = tmov.broadcast %arg1 [0] : tensor<1xf8E4M3FN> -> tensor<0xf8E4M3FN>
  return %0, %1 : tensor<0x4xi64>, tensor<0xf8E4M3FN>
}

//===----------------------------------------------------------------------===//
// tmov.slice
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @slice
// CHECK:         tmov.slice %{{.*}} offsets [0, 2] sizes [4, 2] strides [1, 2] : tensor<4x8xf32> -> tensor<4x2xf32>
// CHECK:         tmov.slice %{{.*}} offsets [1, 0] sizes [2, 3] strides [3, 1] : tensor<?x?xi32> -> tensor<2x3xi32>
// CHECK:         tmov.slice %{{.*}} offsets [] sizes [] strides [] : tensor<bf16> -> tensor<bf16>
func.func @slice(%arg0: tensor<4x8xf32>, %arg1: tensor<?x?xi32>, %arg2: tensor<bf16>)
    -> (tensor<4x2xf32>, tensor<2x3xi32>, tensor<bf16>) {
  %0 = tmov.slice %arg0 offsets [0, 2] sizes [4, 2] strides [1, 2] : tensor<4x8xf32> -> tensor<4x2xf32>
  %1 = tmov.slice %arg1 offsets [1, 0] sizes [2, 3] strides [3, 1] : tensor<?x?xi32> -> tensor<2x3xi32>
  %2 = tmov.slice %arg2 offsets [] sizes [] strides [] : tensor<bf16> -> tensor<bf16>
  return %0, %1, %2 : tensor<4x2xf32>, tensor<2x3xi32>, tensor<bf16>
}

// 0-size windows: an empty window may start at the end of the dimension, and
// a 0-size input can be sliced to a 0-size result.
// CHECK-LABEL: func.func @slice_zero_size
// CHECK:         tmov.slice %{{.*}} offsets [8] sizes [0] strides [1] : tensor<8xf16> -> tensor<0xf16>
// CHECK:         tmov.slice %{{.*}} offsets [0, 1] sizes [0, 2] strides [1, 1] : tensor<0x4xi8> -> tensor<0x2xi8>
// CHECK:         tmov.slice %{{.*}} offsets [0] sizes [2] strides [1] : tensor<4xf8E4M3FN> -> tensor<?xf8E4M3FN>
func.func @slice_zero_size(%arg0: tensor<8xf16>, %arg1: tensor<0x4xi8>, %arg2: tensor<4xf8E4M3FN>)
    -> (tensor<0xf16>, tensor<0x2xi8>, tensor<?xf8E4M3FN>) {
  %0 = tmov.slice %arg0 offsets [8] sizes [0] strides [1] : tensor<8xf16> -> tensor<0xf16>
  %1 = tmov.slice %arg1 offsets [0, 1] sizes [0, 2] strides [1, 1] : tensor<0x4xi8> -> tensor<0x2xi8>
  %2 = tmov.slice %arg2 offsets [0] sizes [2] strides [1] : tensor<4xf8E4M3FN> -> tensor<?xf8E4M3FN>
  return %0, %1, %2 : tensor<0xf16>, tensor<0x2xi8>, tensor<?xf8E4M3FN>
}

//===----------------------------------------------------------------------===//
// tmov.concat
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @concat
// CHECK:         tmov.concat %{{.*}}, %{{.*}} axis 1 : (tensor<2x3xf32>, tensor<2x5xf32>) -> tensor<2x8xf32>
// CHECK:         tmov.concat %{{.*}} axis 0 : (tensor<4xi64>) -> tensor<4xi64>
// CHECK:         tmov.concat %{{.*}}, %{{.*}}, %{{.*}} axis 0 : (tensor<?x4xbf16>, tensor<2x?xbf16>, tensor<0x4xbf16>) -> tensor<?x4xbf16>
func.func @concat(%a: tensor<2x3xf32>, %b: tensor<2x5xf32>, %c: tensor<4xi64>,
                  %d: tensor<?x4xbf16>, %e: tensor<2x?xbf16>, %f: tensor<0x4xbf16>)
    -> (tensor<2x8xf32>, tensor<4xi64>, tensor<?x4xbf16>) {
  %0 = tmov.concat %a, %b axis 1 : (tensor<2x3xf32>, tensor<2x5xf32>) -> tensor<2x8xf32>
  %1 = tmov.concat %c axis 0 : (tensor<4xi64>) -> tensor<4xi64>
  %2 = tmov.concat %d, %e, %f axis 0 : (tensor<?x4xbf16>, tensor<2x?xbf16>, tensor<0x4xbf16>) -> tensor<?x4xbf16>
  return %0, %1, %2 : tensor<2x8xf32>, tensor<4xi64>, tensor<?x4xbf16>
}

// Only 0-size inputs; f8 and i8 elements.
// CHECK-LABEL: func.func @concat_zero_size
// CHECK:         tmov.concat %{{.*}}, %{{.*}} axis 0 : (tensor<0x2xf8E4M3FN>, tensor<0x2xf8E4M3FN>) -> tensor<0x2xf8E4M3FN>
// CHECK:         tmov.concat %{{.*}}, %{{.*}} axis 0 : (tensor<3xi8>, tensor<1xi8>) -> tensor<4xi8>
func.func @concat_zero_size(%a: tensor<0x2xf8E4M3FN>, %b: tensor<3xi8>, %c: tensor<1xi8>)
    -> (tensor<0x2xf8E4M3FN>, tensor<4xi8>) {
  %0 = tmov.concat %a, %a axis 0 : (tensor<0x2xf8E4M3FN>, tensor<0x2xf8E4M3FN>) -> tensor<0x2xf8E4M3FN>
  %1 = tmov.concat %b, %c axis 0 : (tensor<3xi8>, tensor<1xi8>) -> tensor<4xi8>
  return %0, %1 : tensor<0x2xf8E4M3FN>, tensor<4xi8>
}

//===----------------------------------------------------------------------===//
// tmov.pad
//===----------------------------------------------------------------------===//

// The padding value has the element type: float, int, f8 and special values.
// CHECK-LABEL: func.func @pad
// CHECK:         tmov.pad %{{.*}} low [0, 1] high [0, 2] value 0.000000e+00 : f32 : tensor<4x4xf32> -> tensor<4x7xf32>
// CHECK:         tmov.pad %{{.*}} low [1] high [1] value -1 : i8 : tensor<4xi8> -> tensor<6xi8>
// CHECK:         tmov.pad %{{.*}} low [2] high [0] value 0xFC00 : f16 : tensor<?xf16> -> tensor<?xf16>
// CHECK:         tmov.pad %{{.*}} low [0] high [3] value 4.480000e+02 : f8E4M3FN : tensor<0xf8E4M3FN> -> tensor<3xf8E4M3FN>
// CHECK:         tmov.pad %{{.*}} low [] high [] value 1.000000e+00 : bf16 : tensor<bf16> -> tensor<bf16>
// CHECK:         tmov.pad %{{.*}} low [1, 0] high [1, 0] value 9223372036854775807 : i64 : tensor<2x?xi64> -> tensor<4x?xi64>
func.func @pad(%arg0: tensor<4x4xf32>, %arg1: tensor<4xi8>, %arg2: tensor<?xf16>, %arg3: tensor<0xf8E4M3FN>, %arg4: tensor<bf16>, %arg5: tensor<2x?xi64>)
    -> (tensor<4x7xf32>, tensor<6xi8>, tensor<?xf16>, tensor<3xf8E4M3FN>, tensor<bf16>, tensor<4x?xi64>) {
  %0 = tmov.pad %arg0 low [0, 1] high [0, 2] value 0.000000e+00 : f32 : tensor<4x4xf32> -> tensor<4x7xf32>
  %1 = tmov.pad %arg1 low [1] high [1] value -1 : i8 : tensor<4xi8> -> tensor<6xi8>
  // -inf.
  %2 = tmov.pad %arg2 low [2] high [0] value 0xFC00 : f16 : tensor<?xf16> -> tensor<?xf16>
  // The largest finite f8E4M3FN.
  %3 = tmov.pad %arg3 low [0] high [3] value 448.0 : f8E4M3FN : tensor<0xf8E4M3FN> -> tensor<3xf8E4M3FN>
  %4 = tmov.pad %arg4 low [] high [] value 1.0 : bf16 : tensor<bf16> -> tensor<bf16>
  %5 = tmov.pad %arg5 low [1, 0] high [1, 0] value 9223372036854775807 : i64 : tensor<2x?xi64> -> tensor<4x?xi64>
  return %0, %1, %2, %3, %4, %5 : tensor<4x7xf32>, tensor<6xi8>, tensor<?xf16>, tensor<3xf8E4M3FN>, tensor<bf16>, tensor<4x?xi64>
}

//===----------------------------------------------------------------------===//
// tmov.gather
//===----------------------------------------------------------------------===//

// Indices of any integer type and rank (including 0-d and 0-size); the
// result shape is data[:axis] + indices + data[axis+1:].
// CHECK-LABEL: func.func @gather
// CHECK:         tmov.gather %{{.*}}[%{{.*}}] axis 0 : (tensor<50000x64xf32>, tensor<8xi32>) -> tensor<8x64xf32>
// CHECK:         tmov.gather %{{.*}}[%{{.*}}] axis 1 : (tensor<4x10xbf16>, tensor<2x3xi64>) -> tensor<4x2x3xbf16>
// CHECK:         tmov.gather %{{.*}}[%{{.*}}] axis 0 : (tensor<?x8xi8>, tensor<?xi8>) -> tensor<?x8xi8>
// CHECK:         tmov.gather %{{.*}}[%{{.*}}] axis 1 : (tensor<3x5xf16>, tensor<i32>) -> tensor<3xf16>
// CHECK:         tmov.gather %{{.*}}[%{{.*}}] axis 0 : (tensor<6xf8E4M3FN>, tensor<0xi32>) -> tensor<0xf8E4M3FN>
func.func @gather(%arg0: tensor<50000x64xf32>, %arg1: tensor<8xi32>,
                  %arg2: tensor<4x10xbf16>, %arg3: tensor<2x3xi64>,
                  %arg4: tensor<?x8xi8>, %arg5: tensor<?xi8>,
                  %arg6: tensor<3x5xf16>, %arg7: tensor<i32>,
                  %arg8: tensor<6xf8E4M3FN>, %arg9: tensor<0xi32>)
    -> (tensor<8x64xf32>, tensor<4x2x3xbf16>, tensor<?x8xi8>, tensor<3xf16>, tensor<0xf8E4M3FN>) {
  %0 = tmov.gather %arg0[%arg1] axis 0 : (tensor<50000x64xf32>, tensor<8xi32>) -> tensor<8x64xf32>
  %1 = tmov.gather %arg2[%arg3] axis 1 : (tensor<4x10xbf16>, tensor<2x3xi64>) -> tensor<4x2x3xbf16>
  %2 = tmov.gather %arg4[%arg5] axis 0 : (tensor<?x8xi8>, tensor<?xi8>) -> tensor<?x8xi8>
  %3 = tmov.gather %arg6[%arg7] axis 1 : (tensor<3x5xf16>, tensor<i32>) -> tensor<3xf16>
  %4 = tmov.gather %arg8[%arg9] axis 0 : (tensor<6xf8E4M3FN>, tensor<0xi32>) -> tensor<0xf8E4M3FN>
  return %0, %1, %2, %3, %4 : tensor<8x64xf32>, tensor<4x2x3xbf16>, tensor<?x8xi8>, tensor<3xf16>, tensor<0xf8E4M3FN>
}

//===----------------------------------------------------------------------===//
// tmov.scatter
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @scatter
// CHECK:         tmov.scatter %{{.*}}[%{{.*}}], %{{.*}} axis 0 : (tensor<8x4xf32>, tensor<2xi32>, tensor<2x4xf32>) -> tensor<8x4xf32>
// CHECK:         tmov.scatter %{{.*}}[%{{.*}}], %{{.*}} axis 1 : (tensor<?x6xi64>, tensor<?xi64>, tensor<?x?xi64>) -> tensor<?x6xi64>
// CHECK:         tmov.scatter %{{.*}}[%{{.*}}], %{{.*}} axis 0 : (tensor<4xf8E4M3FN>, tensor<0xi8>, tensor<0xf8E4M3FN>) -> tensor<4xf8E4M3FN>
func.func @scatter(%arg0: tensor<8x4xf32>, %arg1: tensor<2xi32>, %arg2: tensor<2x4xf32>,
                   %arg3: tensor<?x6xi64>, %arg4: tensor<?xi64>, %arg5: tensor<?x?xi64>,
                   %arg6: tensor<4xf8E4M3FN>, %arg7: tensor<0xi8>, %arg8: tensor<0xf8E4M3FN>)
    -> (tensor<8x4xf32>, tensor<?x6xi64>, tensor<4xf8E4M3FN>) {
  %0 = tmov.scatter %arg0[%arg1], %arg2 axis 0 : (tensor<8x4xf32>, tensor<2xi32>, tensor<2x4xf32>) -> tensor<8x4xf32>
  %1 = tmov.scatter %arg3[%arg4], %arg5 axis 1 : (tensor<?x6xi64>, tensor<?xi64>, tensor<?x?xi64>) -> tensor<?x6xi64>
  %2 = tmov.scatter %arg6[%arg7], %arg8 axis 0 : (tensor<4xf8E4M3FN>, tensor<0xi8>, tensor<0xf8E4M3FN>) -> tensor<4xf8E4M3FN>
  return %0, %1, %2 : tensor<8x4xf32>, tensor<?x6xi64>, tensor<4xf8E4M3FN>
}

// bf16 and f16 updates into a 0-size dest.
// CHECK-LABEL: func.func @scatter_zero_size
// CHECK:         tmov.scatter %{{.*}}[%{{.*}}], %{{.*}} axis 1 : (tensor<0x3xbf16>, tensor<2xi32>, tensor<0x2xbf16>) -> tensor<0x3xbf16>
func.func @scatter_zero_size(%arg0: tensor<0x3xbf16>, %arg1: tensor<2xi32>, %arg2: tensor<0x2xbf16>) -> tensor<0x3xbf16> {
  %0 = tmov.scatter %arg0[%arg1], %arg2 axis 1 : (tensor<0x3xbf16>, tensor<2xi32>, tensor<0x2xbf16>) -> tensor<0x3xbf16>
  return %0 : tensor<0x3xbf16>
}

//===----------------------------------------------------------------------===//
// tmov.reverse
//===----------------------------------------------------------------------===//

// Reverse keeps the type; the dimension list may be empty or in any order.
// CHECK-LABEL: func.func @reverse
// CHECK:         tmov.reverse %{{.*}} [1] : tensor<4x8xf32>
// CHECK:         tmov.reverse %{{.*}} [1, 0] : tensor<?x?xi32>
// CHECK:         tmov.reverse %{{.*}} [] : tensor<f16>
// CHECK:         tmov.reverse %{{.*}} [0] : tensor<0xf8E4M3FN>
// CHECK:         tmov.reverse %{{.*}} [2, 0] : tensor<2x0x3xbf16>
func.func @reverse(%arg0: tensor<4x8xf32>, %arg1: tensor<?x?xi32>, %arg2: tensor<f16>, %arg3: tensor<0xf8E4M3FN>, %arg4: tensor<2x0x3xbf16>)
    -> (tensor<4x8xf32>, tensor<?x?xi32>, tensor<f16>, tensor<0xf8E4M3FN>, tensor<2x0x3xbf16>) {
  %0 = tmov.reverse %arg0 [1] : tensor<4x8xf32>
  %1 = tmov.reverse %arg1 [1, 0] : tensor<?x?xi32>
  %2 = tmov.reverse %arg2 [] : tensor<f16>
  %3 = tmov.reverse %arg3 [0] : tensor<0xf8E4M3FN>
  %4 = tmov.reverse %arg4 [2, 0] : tensor<2x0x3xbf16>
  return %0, %1, %2, %3, %4 : tensor<4x8xf32>, tensor<?x?xi32>, tensor<f16>, tensor<0xf8E4M3FN>, tensor<2x0x3xbf16>
}

//===----------------------------------------------------------------------===//
// tmov.tile
//===----------------------------------------------------------------------===//

// A multiple of 0 gives a 0-size dimension; a dynamic dimension stays
// dynamic.
// CHECK-LABEL: func.func @tile
// CHECK:         tmov.tile %{{.*}} [2, 1] : tensor<4x8xf32> -> tensor<8x8xf32>
// CHECK:         tmov.tile %{{.*}} [3, 2] : tensor<?x2xi8> -> tensor<?x4xi8>
// CHECK:         tmov.tile %{{.*}} [0] : tensor<5xf16> -> tensor<0xf16>
// CHECK:         tmov.tile %{{.*}} [4] : tensor<0xi64> -> tensor<0xi64>
// CHECK:         tmov.tile %{{.*}} [] : tensor<bf16> -> tensor<bf16>
// CHECK:         tmov.tile %{{.*}} [2] : tensor<3xf8E4M3FN> -> tensor<?xf8E4M3FN>
func.func @tile(%arg0: tensor<4x8xf32>, %arg1: tensor<?x2xi8>, %arg2: tensor<5xf16>, %arg3: tensor<0xi64>, %arg4: tensor<bf16>, %arg5: tensor<3xf8E4M3FN>)
    -> (tensor<8x8xf32>, tensor<?x4xi8>, tensor<0xf16>, tensor<0xi64>, tensor<bf16>, tensor<?xf8E4M3FN>) {
  %0 = tmov.tile %arg0 [2, 1] : tensor<4x8xf32> -> tensor<8x8xf32>
  %1 = tmov.tile %arg1 [3, 2] : tensor<?x2xi8> -> tensor<?x4xi8>
  %2 = tmov.tile %arg2 [0] : tensor<5xf16> -> tensor<0xf16>
  %3 = tmov.tile %arg3 [4] : tensor<0xi64> -> tensor<0xi64>
  %4 = tmov.tile %arg4 [] : tensor<bf16> -> tensor<bf16>
  %5 = tmov.tile %arg5 [2] : tensor<3xf8E4M3FN> -> tensor<?xf8E4M3FN>
  return %0, %1, %2, %3, %4, %5 : tensor<8x8xf32>, tensor<?x4xi8>, tensor<0xf16>, tensor<0xi64>, tensor<bf16>, tensor<?xf8E4M3FN>
}
