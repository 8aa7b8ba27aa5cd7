// RUN: cast-hoist-opt %s -split-input-file --hoist-casts=policy=always | FileCheck %s

// Legality tests: policy=always applies every exact rewrite; the cost
// model's decisions are tested in test/Transforms/HoistCasts/policy.mlir.

// TOSA casts and element types outside the rule table are left alone. (These
// inputs use types outside the TOSA profiles, so there is no --tosa-validate
// run here.)

// The rewrites only rebuild TOSA ops on the element types of the TOSA
// profiles that the rules model; i4 is not one of them, so the transpose
// stays i8.
// CHECK-LABEL: func.func @negative_unsupported_type
// CHECK:         tosa.transpose %{{.*}} : (tensor<4x8xi8>) -> tensor<8x4xi8>
// CHECK:         tosa.cast
func.func @negative_unsupported_type(%x: tensor<4x8xi8>) -> tensor<8x4xi4> {
  %t = tosa.transpose %x {perms = array<i32: 1, 0>} : (tensor<4x8xi8>) -> tensor<8x4xi8>
  %c = tosa.cast %t : (tensor<8x4xi8>) -> tensor<8x4xi4>
  return %c : tensor<8x4xi4>
}

// -----

// tosa.cast to i1 (x != 0) is not in the rule table: left alone.
// CHECK-LABEL: func.func @negative_bool_cast
// CHECK:         tosa.transpose %{{.*}} : (tensor<4x8xf32>) -> tensor<8x4xf32>
func.func @negative_bool_cast(%x: tensor<4x8xf32>) -> tensor<8x4xi1> {
  %t = tosa.transpose %x {perms = array<i32: 1, 0>} : (tensor<4x8xf32>) -> tensor<8x4xf32>
  %c = tosa.cast %t : (tensor<8x4xf32>) -> tensor<8x4xi1>
  return %c : tensor<8x4xi1>
}
