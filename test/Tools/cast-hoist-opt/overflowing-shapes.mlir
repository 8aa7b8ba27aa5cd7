// RUN: cast-hoist-opt %s -split-input-file -verify-diagnostics --hoist-casts=report
// RUN: cast-hoist-opt %s -split-input-file -verify-diagnostics --hoist-casts='policy=always report'
// Tensors of more than 2^64 bits exist only in hostile input. Their traffic
// cannot be modeled, so the pass stops with an error at the first such op
// and changes nothing (cast-hoist-opt exits non-zero).

func.func @overflowing_transpose(%arg0: tensor<9223372036854775807x4xf32>) -> tensor<4x9223372036854775807xf16> {
  // expected-error @+1 {{hoist-casts: 'tensor<9223372036854775807x4xf32>' holds more than 2^64 bits; its traffic cannot be modeled}}
  %0 = tmov.transpose %arg0 [1, 0] : tensor<9223372036854775807x4xf32> -> tensor<4x9223372036854775807xf32>
  %1 = tmov.cast %0 : tensor<4x9223372036854775807xf32> to tensor<4x9223372036854775807xf16>
  return %1 : tensor<4x9223372036854775807xf16>
}

// -----

// Each dimension is fine; their product is 2^62 elements, 2^66 bits.
func.func @overflowing_product(%arg0: tensor<2147483648x2147483648xf16>) -> tensor<2147483648x2147483648xf32> {
  // expected-error @+1 {{hoist-casts: 'tensor<2147483648x2147483648xf16>' holds more than 2^64 bits}}
  %0 = arith.extf %arg0 : tensor<2147483648x2147483648xf16> to tensor<2147483648x2147483648xf32>
  %1 = tmov.reverse %0 [0] : tensor<2147483648x2147483648xf32>
  return %1 : tensor<2147483648x2147483648xf32>
}

// -----

// Dynamic dimensions are modeled by a policy (dynamic-dim-size), never an
// error, however many there are.
// expected-remark @+1 {{hoist-casts: data movement}}
func.func @many_dynamic_dims(%arg0: tensor<?x?x?x?x?x?x?x?xf32>) -> tensor<?x?x?x?x?x?x?x?xf16> {
  %0 = tmov.reverse %arg0 [0] : tensor<?x?x?x?x?x?x?x?xf32>
  // expected-remark @+1 {{hoisted above 'tmov.reverse'}}
  %1 = tmov.cast %0 : tensor<?x?x?x?x?x?x?x?xf32> to tensor<?x?x?x?x?x?x?x?xf16>
  return %1 : tensor<?x?x?x?x?x?x?x?xf16>
}
