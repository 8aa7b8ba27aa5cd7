// The lowering of every tmov op runs with the semantics TmovOps.td states:
// gather clamps its indices (read as signed), scatter writes in order and
// skips out-of-range indices, pad fills with its value, broadcast repeats
// size-1 dimensions, tile wraps around.
// RUN: cast-hoist-opt %s %lower-to-llvm | %run-cpu | FileCheck %s

func.func private @printMemrefF32(tensor<*xf32>) attributes { llvm.emit_c_interface }
func.func private @printMemrefI32(tensor<*xi32>) attributes { llvm.emit_c_interface }

func.func @kernel(%a: tensor<2x3xf32>, %i: tensor<4xi32>) -> (tensor<3x2xf32>, tensor<2x4xf32>, tensor<4x3xf32>, tensor<3x6xf32>, tensor<2x3xf32>, tensor<4x6xf32>, tensor<4x2x3xf32>) attributes {no_inline} {
  %0 = tmov.transpose %a [1, 0] : tensor<2x3xf32> -> tensor<3x2xf32>
  %6 = tmov.gather %a[%i] axis 1 : (tensor<2x3xf32>, tensor<4xi32>) -> tensor<2x4xf32>
  %4 = tmov.concat %a, %a axis 0 : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<4x3xf32>
  %r = tmov.reverse %4 [0] : tensor<4x3xf32>
  %7 = tmov.scatter %4[%i], %r axis 0 : (tensor<4x3xf32>, tensor<4xi32>, tensor<4x3xf32>) -> tensor<4x3xf32>
  %5 = tmov.pad %a low [1, 2] high [0, 1] value 7.0 : f32 : tensor<2x3xf32> -> tensor<3x6xf32>
  %8 = tmov.reverse %a [0, 1] : tensor<2x3xf32>
  %9 = tmov.tile %a [2, 2] : tensor<2x3xf32> -> tensor<4x6xf32>
  %b = tmov.broadcast %a [1, 2] : tensor<2x3xf32> -> tensor<4x2x3xf32>
  return %0, %6, %7, %5, %8, %9, %b : tensor<3x2xf32>, tensor<2x4xf32>, tensor<4x3xf32>, tensor<3x6xf32>, tensor<2x3xf32>, tensor<4x6xf32>, tensor<4x2x3xf32>
}

func.func @main() {
  %a = arith.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %i = arith.constant dense<[2, -5, 9, 1]> : tensor<4xi32>
  %r:7 = call @kernel(%a, %i) : (tensor<2x3xf32>, tensor<4xi32>) -> (tensor<3x2xf32>, tensor<2x4xf32>, tensor<4x3xf32>, tensor<3x6xf32>, tensor<2x3xf32>, tensor<4x6xf32>, tensor<4x2x3xf32>)
  %u0 = tensor.cast %r#0 : tensor<3x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  %u1 = tensor.cast %r#1 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u1) : (tensor<*xf32>) -> ()
  %u2 = tensor.cast %r#2 : tensor<4x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u2) : (tensor<*xf32>) -> ()
  %u3 = tensor.cast %r#3 : tensor<3x6xf32> to tensor<*xf32>
  call @printMemrefF32(%u3) : (tensor<*xf32>) -> ()
  %u4 = tensor.cast %r#4 : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u4) : (tensor<*xf32>) -> ()
  %u5 = tensor.cast %r#5 : tensor<4x6xf32> to tensor<*xf32>
  call @printMemrefF32(%u5) : (tensor<*xf32>) -> ()
  %u6 = tensor.cast %r#6 : tensor<4x2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u6) : (tensor<*xf32>) -> ()
  return
}

// transpose
// CHECK:      [1,   4],
// CHECK-NEXT: [2,   5],
// CHECK-NEXT: [3,   6]]
// gather, indices [2, -5, 9, 1] clamped to [2, 0, 2, 1]
// CHECK:      [3,   1,   3,   2],
// CHECK-NEXT: [6,   4,   6,   5]]
// scatter of reversed rows at [2, -5, 9, 1]: rows 2 and 1 written, -5 and 9
// skipped
// CHECK:      [1,   2,   3],
// CHECK-NEXT: [1,   2,   3],
// CHECK-NEXT: [4,   5,   6],
// CHECK-NEXT: [4,   5,   6]]
// pad low [1, 2] high [0, 1] with 7
// CHECK:      [7,   7,   7,   7,   7,   7],
// CHECK-NEXT: [7,   7,   1,   2,   3,   7],
// CHECK-NEXT: [7,   7,   4,   5,   6,   7]]
// reverse [0, 1]
// CHECK:      [6,   5,   4],
// CHECK-NEXT: [3,   2,   1]]
// tile [2, 2]
// CHECK:      [1,   2,   3,   1,   2,   3],
// CHECK-NEXT: [4,   5,   6,   4,   5,   6],
// CHECK-NEXT: [1,   2,   3,   1,   2,   3],
// CHECK-NEXT: [4,   5,   6,   4,   5,   6]]
// broadcast [1, 2] to 4x2x3
// CHECK:      {{\[\[\[}}1,    2,    3],
// CHECK-NEXT: [4,    5,    6]],
// CHECK-NEXT: {{\[\[}}1,    2,    3],
