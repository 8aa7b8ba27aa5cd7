// RUN: cast-hoist-opt %s -split-input-file --autocast | FileCheck %s
// RUN: cast-hoist-opt %s -split-input-file --autocast=type=f16 --hoist-casts | FileCheck %s --check-prefix=HOIST

// A downstream op (cht.dot in test/lib/Dialect/Test) opts into --autocast
// by implementing MixedPrecisionOpInterface; the pass names no op.

// CHECK-LABEL: func.func @dot
// CHECK-SAME:    (%[[A:.*]]: tensor<8xf32>, %[[B:.*]]: tensor<8xf32>)
// CHECK-DAG:     %[[CA:.*]] = cht.convert %[[A]] : tensor<8xf32> to tensor<8xbf16>
// CHECK-DAG:     %[[CB:.*]] = cht.convert %[[B]] : tensor<8xf32> to tensor<8xbf16>
// CHECK:         %[[D:.*]] = cht.dot %[[CA]], %[[CB]] : tensor<8xbf16>, tensor<8xbf16> -> f32
// CHECK:         return %[[D]]
func.func @dot(%a: tensor<8xf32>, %b: tensor<8xf32>) -> f32 {
  %d = cht.dot %a, %b : tensor<8xf32>, tensor<8xf32> -> f32
  return %d : f32
}

// -----

// The downstream data movement feeding it then runs narrow too.
// HOIST-LABEL: func.func @shift_then_dot
// HOIST-SAME:    (%[[A:.*]]: tensor<8xf32>, %[[B:.*]]: tensor<8xf32>)
// HOIST:         %[[CA:.*]] = cht.convert %[[A]] : tensor<8xf32> to tensor<8xf16>
// HOIST:         %[[S:.*]] = cht.shift %[[CA]] by 1 fill 0.000000e+00 : f16 : tensor<8xf16>
// HOIST:         cht.dot %[[S]], %{{.*}} : tensor<8xf16>, tensor<8xf16> -> f32
func.func @shift_then_dot(%a: tensor<8xf32>, %b: tensor<8xf32>) -> f32 {
  %s = cht.shift %a by 1 fill 0.0 : f32 : tensor<8xf32>
  %d = cht.dot %s, %b : tensor<8xf32>, tensor<8xf32> -> f32
  return %d : f32
}

// -----

// The inputs are already narrow: the op is left alone.
// CHECK-LABEL: func.func @negative_dot_already_narrow
// CHECK-NOT:     cht.convert
// CHECK:         cht.dot %arg0, %arg1 : tensor<8xbf16>, tensor<8xbf16> -> f32
func.func @negative_dot_already_narrow(%a: tensor<8xbf16>, %b: tensor<8xbf16>) -> f32 {
  %d = cht.dot %a, %b : tensor<8xbf16>, tensor<8xbf16> -> f32
  return %d : f32
}
