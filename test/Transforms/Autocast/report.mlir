// RUN: cast-hoist-opt %s -split-input-file --autocast=report -verify-diagnostics | FileCheck %s

// `report` says which ops were rewritten and which, although they implement
// the interface, were left alone (Debian's LLVM prints no pass statistics).

// CHECK-LABEL: func.func @report
// CHECK:         linalg.matmul ins(%{{.*}}, %{{.*}} : tensor<4x8xbf16>, tensor<8x16xbf16>)
// CHECK:         linalg.matmul ins(%arg3, %arg4 : tensor<4x8xi8>, tensor<8x16xi8>)
func.func @report(%a: tensor<4x8xf32>, %b: tensor<8x16xf32>, %c: tensor<4x16xf32>,
                  %ia: tensor<4x8xi8>, %ib: tensor<8x16xi8>, %ic: tensor<4x16xi32>) -> (tensor<4x16xf32>, tensor<4x16xi32>) {
  // expected-remark @below {{autocast: reads 'bf16' inputs, accumulates in f32}}
  %r = linalg.matmul ins(%a, %b : tensor<4x8xf32>, tensor<8x16xf32>) outs(%c : tensor<4x16xf32>) -> tensor<4x16xf32>
  // expected-remark @below {{autocast: left alone: its input, accumulator and zero-point types have no 'bf16' form}}
  %i = linalg.matmul ins(%ia, %ib : tensor<4x8xi8>, tensor<8x16xi8>) outs(%ic : tensor<4x16xi32>) -> tensor<4x16xi32>
  return %r, %i : tensor<4x16xf32>, tensor<4x16xi32>
}
