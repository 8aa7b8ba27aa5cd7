// RUN: cast-hoist-opt %s -split-input-file -verify-diagnostics --hoist-casts
// Unknown ops and wrong types are rejected at parse or verify time, before
// the pass runs, each with a located error.

func.func @unknown_tmov_op(%arg0: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{custom op 'tmov.frobnicate' is unknown}}
  %0 = tmov.frobnicate %arg0 : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @unregistered_dialect(%arg0: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+2 {{Dialect `nosuch' not found for custom op 'nosuch.op'}}
  // expected-note @+1 {{Available dialects:}}
  %0 = nosuch.op %arg0 : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @generic_unregistered(%arg0: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{operation being parsed with an unregistered dialect}}
  %0 = "nosuch.op"(%arg0) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @cast_of_a_scalar(%arg0: f32) -> f16 {
  // expected-error @+1 {{custom op 'tmov.cast' invalid kind of type specified}}
  %0 = tmov.cast %arg0 : f32 to f16
  return %0 : f16
}

// -----

func.func @operand_type_mismatch(%arg0: tensor<4xf16>) -> tensor<4xf16> {
  // expected-note @-1 {{prior use here}}
  // expected-error @+1 {{use of value '%arg0' expects different type than prior uses: 'tensor<4xf32>' vs 'tensor<4xf16>'}}
  %0 = tmov.cast %arg0 : tensor<4xf32> to tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

func.func @wrong_return_type(%arg0: tensor<4xf32>) -> tensor<4xf16> {
  // expected-error @+1 {{type of return operand 0 ('tensor<4xf32>') doesn't match function result type ('tensor<4xf16>')}}
  return %arg0 : tensor<4xf32>
}

// -----

func.func @tosa_transpose_wrong_result(%arg0: tensor<2x3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{'tosa.transpose'}}
  %0 = tosa.transpose %arg0 {perms = array<i32: 1, 0>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}
