// RUN: cast-hoist-opt %s -split-input-file --convert-tmov-to-linalg | FileCheck %s
// RUN: cast-hoist-opt %s -split-input-file --convert-tmov-to-linalg --convert-tmov-to-linalg | FileCheck %s --check-prefix=NOTMOV
// The lowered IR holds no tmov op (checked on every function).
// NOTMOV-NOT: tmov.

// CHECK-LABEL: func.func @cast
// CHECK:         tosa.cast %arg0 : (tensor<4x?xf32>) -> tensor<4x?xf16>
func.func @cast(%arg0: tensor<4x?xf32>) -> tensor<4x?xf16> {
  %0 = tmov.cast %arg0 : tensor<4x?xf32> to tensor<4x?xf16>
  return %0 : tensor<4x?xf16>
}

// -----

// tosa.cast rejects a 0 dim; a tensor without elements casts to an empty
// tensor of the result type. (Regression found by the fuzzer.)
// CHECK-LABEL: func.func @cast_zero_size
// CHECK-NOT:     tosa.cast
// CHECK:         %[[E:.*]] = tensor.empty() : tensor<4x0xf16>
// CHECK:         %[[D:.*]] = tensor.dim %arg1, %c1
// CHECK:         %[[F:.*]] = tensor.empty(%[[D]]) : tensor<0x?xi8>
// CHECK:         return %[[E]], %[[F]]
func.func @cast_zero_size(%arg0: tensor<4x0xf32>, %arg1: tensor<0x?xf32>) -> (tensor<4x0xf16>, tensor<0x?xi8>) {
  %0 = tmov.cast %arg0 : tensor<4x0xf32> to tensor<4x0xf16>
  %1 = tmov.cast %arg1 : tensor<0x?xf32> to tensor<0x?xi8>
  return %0, %1 : tensor<4x0xf16>, tensor<0x?xi8>
}

// -----

// A pad of an empty input is all padding: a linalg.fill (a tensor.pad of an
// empty tensor does not bufferize upstream). Dynamic result sizes are the
// input's plus low and high. (Regression found by the differential tester.)
// CHECK-LABEL: func.func @pad_empty_input
// CHECK-NOT:     tensor.pad
// CHECK:         %[[E:.*]] = tensor.empty() : tensor<0x7x3xf16>
// CHECK:         linalg.fill ins(%{{.*}} : f16) outs(%[[E]] : tensor<0x7x3xf16>)
// CHECK:         %[[D:.*]] = tensor.dim %arg1, %c1
// CHECK:         %[[S:.*]] = arith.addi %[[D]], %c4
// CHECK:         %[[F:.*]] = tensor.empty(%[[S]]) : tensor<2x?xf32>
// CHECK:         linalg.fill ins(%{{.*}} : f32) outs(%[[F]] : tensor<2x?xf32>)
func.func @pad_empty_input(%arg0: tensor<0x5x3xf16>, %arg1: tensor<0x?xf32>) -> (tensor<0x7x3xf16>, tensor<2x?xf32>) {
  %0 = tmov.pad %arg0 low [0, 2, 0] high [0, 0, 0] value 1.875000e+00 : f16 : tensor<0x5x3xf16> -> tensor<0x7x3xf16>
  %1 = tmov.pad %arg1 low [2, 1] high [0, 3] value 1.0 : f32 : tensor<0x?xf32> -> tensor<2x?xf32>
  return %0, %1 : tensor<0x7x3xf16>, tensor<2x?xf32>
}

// -----

// A scatter into an empty destination replaces nothing: the result is the
// destination. (Regression found by the differential tester.)
// CHECK-LABEL: func.func @scatter_empty_dest
// CHECK-NOT:     scf.for
// CHECK:         return %arg0
func.func @scatter_empty_dest(%arg0: tensor<0x6xi8>, %arg1: tensor<1xi32>, %arg2: tensor<0x1xi8>) -> tensor<0x6xi8> {
  %0 = tmov.scatter %arg0[%arg1], %arg2 axis 1 : (tensor<0x6xi8>, tensor<1xi32>, tensor<0x1xi8>) -> tensor<0x6xi8>
  return %0 : tensor<0x6xi8>
}

// -----

// CHECK-LABEL: func.func @transpose_dynamic
// CHECK:         %[[D:.*]] = tensor.dim %arg0, %c0
// CHECK:         %[[E:.*]] = tensor.empty(%[[D]]) : tensor<3x?xf32>
// CHECK:         linalg.transpose ins(%arg0 : tensor<?x3xf32>) outs(%[[E]] : tensor<3x?xf32>) permutation = [1, 0]
func.func @transpose_dynamic(%arg0: tensor<?x3xf32>) -> tensor<3x?xf32> {
  %0 = tmov.transpose %arg0 [1, 0] : tensor<?x3xf32> -> tensor<3x?xf32>
  return %0 : tensor<3x?xf32>
}

// -----

// The dynamic result size is the element count over the static sizes.
// CHECK-LABEL: func.func @reshape_dynamic
// CHECK:         arith.divui
// CHECK:         %[[S:.*]] = tensor.from_elements
// CHECK:         tensor.reshape %arg0(%[[S]]) : (tensor<?x8xf32>, tensor<2xindex>) -> tensor<?x4xf32>
func.func @reshape_dynamic(%arg0: tensor<?x8xf32>) -> tensor<?x4xf32> {
  %0 = tmov.reshape %arg0 : tensor<?x8xf32> -> tensor<?x4xf32>
  return %0 : tensor<?x4xf32>
}

// -----

// A static size-1 input dimension reads index 0.
// CHECK-LABEL: func.func @broadcast
// CHECK:         linalg.generic
// CHECK:           %[[I2:.*]] = linalg.index 2
// CHECK:           tensor.extract %arg0[%c0, %[[I2]]] : tensor<1x4xf32>
func.func @broadcast(%arg0: tensor<1x4xf32>) -> tensor<2x3x4xf32> {
  %0 = tmov.broadcast %arg0 [1, 2] : tensor<1x4xf32> -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}

// -----

// CHECK-LABEL: func.func @slice
// CHECK:         tensor.extract_slice %arg0[1, 0] [2, 3] [2, 3] : tensor<8x9xf32> to tensor<2x3xf32>
func.func @slice(%arg0: tensor<8x9xf32>) -> tensor<2x3xf32> {
  %0 = tmov.slice %arg0 offsets [1, 0] sizes [2, 3] strides [2, 3] : tensor<8x9xf32> -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func.func @concat
// CHECK:         %[[E:.*]] = tensor.empty() : tensor<2x8xf32>
// CHECK:         %[[A:.*]] = tensor.insert_slice %arg0 into %[[E]][0, 0] [2, 3] [1, 1]
// CHECK:         tensor.insert_slice %arg1 into %[[A]][0, 3] [2, 5] [1, 1]
func.func @concat(%arg0: tensor<2x3xf32>, %arg1: tensor<2x5xf32>) -> tensor<2x8xf32> {
  %0 = tmov.concat %arg0, %arg1 axis 1 : (tensor<2x3xf32>, tensor<2x5xf32>) -> tensor<2x8xf32>
  return %0 : tensor<2x8xf32>
}

// -----

// CHECK-LABEL: func.func @pad
// CHECK:         %[[V:.*]] = arith.constant -0.000000e+00 : f16
// CHECK:         tensor.pad %arg0 low[0, 1] high[2, 0]
// CHECK:           tensor.yield %[[V]] : f16
func.func @pad(%arg0: tensor<4x4xf16>) -> tensor<6x5xf16> {
  %0 = tmov.pad %arg0 low [0, 1] high [2, 0] value -0.0 : f16 : tensor<4x4xf16> -> tensor<6x5xf16>
  return %0 : tensor<6x5xf16>
}

// -----

// Indices are read as signed and clamped to [0, size - 1].
// CHECK-LABEL: func.func @gather
// CHECK:         linalg.generic
// CHECK:           arith.index_cast %{{.*}} : i8 to index
// CHECK:           arith.minsi
// CHECK:           arith.maxsi
// CHECK:           tensor.extract %arg0
func.func @gather(%arg0: tensor<100x8xbf16>, %arg1: tensor<3xi8>) -> tensor<3x8xbf16> {
  %0 = tmov.gather %arg0[%arg1] axis 0 : (tensor<100x8xbf16>, tensor<3xi8>) -> tensor<3x8xbf16>
  return %0 : tensor<3x8xbf16>
}

// -----

// One slice per index, in order; out-of-range indices write nothing.
// CHECK-LABEL: func.func @scatter
// CHECK:         scf.for
// CHECK:           arith.cmpi sge
// CHECK:           arith.cmpi slt
// CHECK:           scf.if
// CHECK:             tensor.extract_slice %arg2
// CHECK:             tensor.insert_slice
func.func @scatter(%arg0: tensor<8x4xi16>, %arg1: tensor<2xi64>, %arg2: tensor<2x4xi16>) -> tensor<8x4xi16> {
  %0 = tmov.scatter %arg0[%arg1], %arg2 axis 0 : (tensor<8x4xi16>, tensor<2xi64>, tensor<2x4xi16>) -> tensor<8x4xi16>
  return %0 : tensor<8x4xi16>
}

// -----

// CHECK-LABEL: func.func @reverse
// CHECK:         linalg.generic
// CHECK:           arith.subi
// CHECK:           tensor.extract %arg0
func.func @reverse(%arg0: tensor<4x8xf8E4M3FN>) -> tensor<4x8xf8E4M3FN> {
  %0 = tmov.reverse %arg0 [1] : tensor<4x8xf8E4M3FN>
  return %0 : tensor<4x8xf8E4M3FN>
}

// -----

// CHECK-LABEL: func.func @tile
// CHECK:         linalg.generic
// CHECK:           arith.remui
// CHECK:           tensor.extract %arg0
func.func @tile(%arg0: tensor<4x8xi8>) -> tensor<8x8xi8> {
  %0 = tmov.tile %arg0 [2, 1] : tensor<4x8xi8> -> tensor<8x8xi8>
  return %0 : tensor<8x8xi8>
}
