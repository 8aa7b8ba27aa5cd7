// RUN: cast-hoist-opt %s -split-input-file --hoist-casts=policy=always | FileCheck %s

// Legality tests: policy=always applies every exact rewrite; the cost
// model's decisions are tested in test/Transforms/HoistCasts/policy.mlir.

// Each arith cast keeps its own semantics; moved casts are rebuilt as the
// same arith op (by kind and direction).

// CHECK-LABEL: func.func @fptosi_hoists
// CHECK:         arith.fptosi %{{.*}} : tensor<4x8xf32> to tensor<4x8xi8>
// CHECK:         tensor.collapse_shape %{{.*}} : tensor<4x8xi8> into tensor<32xi8>
func.func @fptosi_hoists(%x: tensor<4x8xf32>) -> tensor<32xi8> {
  %c = tensor.collapse_shape %x [[0, 1]] : tensor<4x8xf32> into tensor<32xf32>
  %i = arith.fptosi %c : tensor<32xf32> to tensor<32xi8>
  return %i : tensor<32xi8>
}

// -----

// CHECK-LABEL: func.func @sitofp_sinks
// CHECK:         tensor.collapse_shape %{{.*}} : tensor<4x8xi16> into tensor<32xi16>
// CHECK:         arith.sitofp %{{.*}} : tensor<32xi16> to tensor<32xf32>
func.func @sitofp_sinks(%x: tensor<4x8xi16>) -> tensor<32xf32> {
  %f = arith.sitofp %x : tensor<4x8xi16> to tensor<4x8xf32>
  %c = tensor.collapse_shape %f [[0, 1]] : tensor<4x8xf32> into tensor<32xf32>
  return %c : tensor<32xf32>
}

// -----

// extui keeps its unsigned reading when it sinks.
// CHECK-LABEL: func.func @extui_sinks
// CHECK:         tensor.collapse_shape %{{.*}} : tensor<4x8xi8> into tensor<32xi8>
// CHECK:         arith.extui %{{.*}} : tensor<32xi8> to tensor<32xi32>
func.func @extui_sinks(%x: tensor<4x8xi8>) -> tensor<32xi32> {
  %e = arith.extui %x : tensor<4x8xi8> to tensor<4x8xi32>
  %c = tensor.collapse_shape %e [[0, 1]] : tensor<4x8xi32> into tensor<32xi32>
  return %c : tensor<32xi32>
}

// -----

// extui then trunci back is the identity.
// CHECK-LABEL: func.func @extui_trunci_round_trip
// CHECK-SAME:    (%[[X:.*]]: tensor<4xi8>)
// CHECK-NEXT:    return %[[X]]
func.func @extui_trunci_round_trip(%x: tensor<4xi8>) -> tensor<4xi8> {
  %e = arith.extui %x : tensor<4xi8> to tensor<4xi32>
  %t = arith.trunci %e : tensor<4xi32> to tensor<4xi8>
  return %t : tensor<4xi8>
}

// -----

// extf(extf) composes into one extf.
// CHECK-LABEL: func.func @extf_extf
// CHECK-NEXT:    arith.extf %{{.*}} : tensor<4xbf16> to tensor<4xf64>
func.func @extf_extf(%x: tensor<4xbf16>) -> tensor<4xf64> {
  %a = arith.extf %x : tensor<4xbf16> to tensor<4xf32>
  %b = arith.extf %a : tensor<4xf32> to tensor<4xf64>
  return %b : tensor<4xf64>
}

// -----

// Mixed signedness: zext then sext is kept.
// CHECK-LABEL: func.func @negative_extui_extsi
// CHECK:         arith.extui
// CHECK:         arith.extsi
func.func @negative_extui_extsi(%x: tensor<4xi8>) -> tensor<4xi64> {
  %a = arith.extui %x : tensor<4xi8> to tensor<4xi32>
  %b = arith.extsi %a : tensor<4xi32> to tensor<4xi64>
  return %b : tensor<4xi64>
}

// -----

// truncf with a rounding mode other than to-nearest-even is not modeled.
// CHECK-LABEL: func.func @negative_truncf_rounding_mode
// CHECK:         tensor.collapse_shape %{{.*}} : tensor<4x8xf32> into tensor<32xf32>
func.func @negative_truncf_rounding_mode(%x: tensor<4x8xf32>) -> tensor<32xf16> {
  %c = tensor.collapse_shape %x [[0, 1]] : tensor<4x8xf32> into tensor<32xf32>
  %t = arith.truncf %c downward : tensor<32xf32> to tensor<32xf16>
  return %t : tensor<32xf16>
}

// -----

// Scalars are arith's business, not this pass's.
// CHECK-LABEL: func.func @negative_scalar_pair
// CHECK:         arith.extsi
// CHECK:         arith.trunci
func.func @negative_scalar_pair(%x: i8) -> i8 {
  %e = arith.extsi %x : i8 to i32
  %t = arith.trunci %e : i32 to i8
  return %t : i8
}

// -----

// A truncf of a constant folds with the rule table's semantics.
// CHECK-LABEL: func.func @constant_folds
// CHECK-NEXT:    %[[K:.*]] = arith.constant dense<[1.000000e+00, 0x7C00, -0.000000e+00]> : tensor<3xf16>
// CHECK-NEXT:    return %[[K]]
func.func @constant_folds() -> tensor<3xf16> {
  %k = arith.constant dense<[1.0, 1.0e10, -0.0]> : tensor<3xf32>
  %t = arith.truncf %k : tensor<3xf32> to tensor<3xf16>
  return %t : tensor<3xf16>
}

// -----

// fptosi of an out-of-range constant is poison: no fold.
// CHECK-LABEL: func.func @negative_constant_poison
// CHECK:         arith.fptosi
func.func @negative_constant_poison() -> tensor<1xi8> {
  %k = arith.constant dense<300.0> : tensor<1xf32>
  %t = arith.fptosi %k : tensor<1xf32> to tensor<1xi8>
  return %t : tensor<1xi8>
}

// -----

// arith.select on tensors copies from its true or false value; the i1
// condition (here a tensor) is not data.
// CHECK-LABEL: func.func @select_tensor_condition
// CHECK-SAME:    (%[[P:.*]]: tensor<4x8xi1>, %[[A:.*]]: tensor<4x8xi32>, %[[B:.*]]: tensor<4x8xi32>)
// CHECK-DAG:     %[[CA:.*]] = arith.trunci %[[A]] : tensor<4x8xi32> to tensor<4x8xi8>
// CHECK-DAG:     %[[CB:.*]] = arith.trunci %[[B]] : tensor<4x8xi32> to tensor<4x8xi8>
// CHECK:         arith.select %[[P]], %[[CA]], %[[CB]] : tensor<4x8xi1>, tensor<4x8xi8>
func.func @select_tensor_condition(%p: tensor<4x8xi1>, %a: tensor<4x8xi32>, %b: tensor<4x8xi32>) -> tensor<4x8xi8> {
  %s = arith.select %p, %a, %b : tensor<4x8xi1>, tensor<4x8xi32>
  %c = arith.trunci %s : tensor<4x8xi32> to tensor<4x8xi8>
  return %c : tensor<4x8xi8>
}

// -----

// A scalar condition, and a widening cast sinking below the select.
// CHECK-LABEL: func.func @sink_extf_select_scalar_condition
// CHECK-SAME:    (%[[P:.*]]: i1, %[[A:.*]]: tensor<4x8xf16>, %[[B:.*]]: tensor<4x8xf16>)
// CHECK:         %[[S:.*]] = arith.select %[[P]], %[[A]], %[[B]] : tensor<4x8xf16>
// CHECK:         arith.extf %[[S]] : tensor<4x8xf16> to tensor<4x8xf32>
func.func @sink_extf_select_scalar_condition(%p: i1, %a: tensor<4x8xf16>, %b: tensor<4x8xf16>) -> tensor<4x8xf32> {
  %wa = arith.extf %a : tensor<4x8xf16> to tensor<4x8xf32>
  %wb = arith.extf %b : tensor<4x8xf16> to tensor<4x8xf32>
  %s = arith.select %p, %wa, %wb : tensor<4x8xf32>
  return %s : tensor<4x8xf32>
}

// -----

// arith.select on scalars is not modeled (nor are scalar arith casts).
// CHECK-LABEL: func.func @negative_select_scalar
// CHECK:         arith.select %{{.*}}, %{{.*}}, %{{.*}} : f32
// CHECK:         arith.truncf %{{.*}} : f32 to f16
func.func @negative_select_scalar(%p: i1, %a: f32, %b: f32) -> f16 {
  %s = arith.select %p, %a, %b : f32
  %c = arith.truncf %s : f32 to f16
  return %c : f16
}
