// RUN: not cast-hoist-opt %s --autocast=ops=tosa.add 2>&1 | FileCheck %s --check-prefix=NOIFACE
// RUN: not cast-hoist-opt %s --autocast=ops=linalg.no_such_op 2>&1 | FileCheck %s --check-prefix=NOOP
// RUN: not cast-hoist-opt %s --autocast=ops=nodialect.matmul 2>&1 | FileCheck %s --check-prefix=NODIALECT
// RUN: not cast-hoist-opt %s --autocast=ops=matmul 2>&1 | FileCheck %s --check-prefix=NONAME
// RUN: cast-hoist-opt %s --autocast=ops=tosa.add -verify-diagnostics

// Every name in ops= must be an op that has a mixed-precision form.
// NOIFACE: error: autocast: 'tosa.add' in ops= does not implement MixedPrecisionOpInterface; it has no mixed-precision form
// NOOP: error: autocast: 'linalg.no_such_op' in ops= is not an op of the 'linalg' dialect
// NODIALECT: error: autocast: 'nodialect.matmul' in ops= names an unknown dialect 'nodialect'
// NONAME: error: autocast: 'matmul' in ops= is not an op name (dialect.op)

// expected-error @below {{autocast: 'tosa.add' in ops= does not implement MixedPrecisionOpInterface}}
module {
  func.func @add(%a: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<4xf32> {
    %r = tosa.add %a, %b : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %e = tensor.empty() : tensor<4xf32>
    %s = linalg.add ins(%r, %r : tensor<4xf32>, tensor<4xf32>) outs(%e : tensor<4xf32>) -> tensor<4xf32>
    return %s : tensor<4xf32>
  }
}
