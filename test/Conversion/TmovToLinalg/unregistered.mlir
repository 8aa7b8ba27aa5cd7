// RUN: cast-hoist-opt %s --allow-unregistered-dialect --convert-tmov-to-linalg | FileCheck %s

// Unregistered ops have no dialect: the conversion leaves them alone and
// still lowers the tmov ops around them (it used to dereference the null
// dialect; scripts/difftest/findings/tmov-to-linalg-unregistered-op-crash.mlir).
// CHECK-LABEL: func.func @unregistered
// CHECK:         "x.y"
// CHECK-NOT:     tmov.
// CHECK:         return
func.func @unregistered(%a: tensor<4xf16>) -> tensor<4xf16> {
  %0 = "x.y"(%a) : (tensor<4xf16>) -> tensor<4xf32>
  %1 = tmov.cast %0 : tensor<4xf32> to tensor<4xf16>
  return %1 : tensor<4xf16>
}
