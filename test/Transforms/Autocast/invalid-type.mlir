// RUN: cast-hoist-opt %s --autocast=type=f64 -verify-diagnostics
// RUN: not cast-hoist-opt %s --autocast=type=f8E4M3FN 2>&1 | FileCheck %s --check-prefix=F8

// autocast narrows to bf16 or f16 only; anything else is a clear error and
// the pass fails without touching the IR.
// F8: autocast: type must be bf16 or f16, got 'f8E4M3FN'

// expected-error @below {{autocast: type must be bf16 or f16, got 'f64'}}
module {
  func.func @matmul(%a: tensor<4x8xf32>, %b: tensor<8x16xf32>, %c: tensor<4x16xf32>) -> tensor<4x16xf32> {
    %r = linalg.matmul ins(%a, %b : tensor<4x8xf32>, tensor<8x16xf32>) outs(%c : tensor<4x16xf32>) -> tensor<4x16xf32>
    return %r : tensor<4x16xf32>
  }
}
