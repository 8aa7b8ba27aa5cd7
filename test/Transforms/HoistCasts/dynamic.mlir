// RUN: cast-hoist-opt %s --hoist-casts | FileCheck %s --check-prefix=DEFAULT
// RUN: cast-hoist-opt %s --hoist-casts=dynamic-dim-size=1 | FileCheck %s --check-prefix=SMALL
// RUN: not cast-hoist-opt %s --hoist-casts=dynamic-dim-size=-1 2>&1 | FileCheck %s --check-prefix=BAD

// Dynamic dimensions count as dynamic-dim-size elements (default 1024). A
// slice taking 64 rows of a ?x64 input: with ? = 1024 it shrinks 16x and the
// cast stays below it; with ? = 1 the model sees no shrinking.
// DEFAULT-LABEL: func.func @dynamic_slice
// DEFAULT:         tmov.slice %{{.*}} : tensor<?x64xf32> -> tensor<64x64xf32>
// SMALL-LABEL:   func.func @dynamic_slice
// SMALL:           tmov.slice %{{.*}} : tensor<?x64xf16> -> tensor<64x64xf16>
// BAD: dynamic-dim-size must be non-negative, got -1
func.func @dynamic_slice(%x: tensor<?x64xf32>) -> tensor<64x64xf16> {
  %s = tmov.slice %x offsets [0, 0] sizes [64, 64] strides [1, 1] : tensor<?x64xf32> -> tensor<64x64xf32>
  %c = tmov.cast %s : tensor<64x64xf32> to tensor<64x64xf16>
  return %c : tensor<64x64xf16>
}
