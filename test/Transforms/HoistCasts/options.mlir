// RUN: cast-hoist-opt %s --hoist-casts=direction=up | FileCheck %s --check-prefix=UP
// RUN: cast-hoist-opt %s --hoist-casts=direction=down | FileCheck %s --check-prefix=DOWN
// RUN: cast-hoist-opt %s --hoist-casts=direction=both | FileCheck %s --check-prefix=BOTH
// RUN: cast-hoist-opt %s --pass-pipeline='builtin.module(func.func(hoist-casts))' | FileCheck %s --check-prefix=BOTH
// RUN: not cast-hoist-opt %s --hoist-casts=direction=sideways 2>&1 | FileCheck %s --check-prefix=BAD

// One narrowing cast after a transpose, one widening cast before another.

// UP-LABEL:   func.func @both_directions
// UP:           tmov.transpose %{{.*}} : tensor<4x8xf16> -> tensor<8x4xf16>
// UP:           tmov.transpose %{{.*}} : tensor<2x4xf32> -> tensor<4x2xf32>
// DOWN-LABEL: func.func @both_directions
// DOWN:         tmov.transpose %{{.*}} : tensor<4x8xf32> -> tensor<8x4xf32>
// DOWN:         tmov.transpose %{{.*}} : tensor<2x4xbf16> -> tensor<4x2xbf16>
// BOTH-LABEL: func.func @both_directions
// BOTH:         tmov.transpose %{{.*}} : tensor<4x8xf16> -> tensor<8x4xf16>
// BOTH:         tmov.transpose %{{.*}} : tensor<2x4xbf16> -> tensor<4x2xbf16>
// BAD: Cannot find option named 'sideways'
func.func @both_directions(%x: tensor<4x8xf32>, %y: tensor<2x4xbf16>)
    -> (tensor<8x4xf16>, tensor<4x2xf32>) {
  %t = tmov.transpose %x [1, 0] : tensor<4x8xf32> -> tensor<8x4xf32>
  %c = tmov.cast %t : tensor<8x4xf32> to tensor<8x4xf16>
  %e = tmov.cast %y : tensor<2x4xbf16> to tensor<2x4xf32>
  %u = tmov.transpose %e [1, 0] : tensor<2x4xf32> -> tensor<4x2xf32>
  return %c, %u : tensor<8x4xf16>, tensor<4x2xf32>
}
