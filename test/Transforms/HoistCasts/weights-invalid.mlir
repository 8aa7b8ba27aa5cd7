// RUN: cast-hoist-opt %s -split-input-file -verify-diagnostics --hoist-casts

// A global of more than 2^64 bits that the pass would store narrow: hostile
// input, refused with an error before any global changes (as for casts and
// data-movement ops).
// expected-error @below {{holds more than 2^64 bits}}
ml_program.global private @huge(dense<1.0> : tensor<4294967296x4294967296x2xf32>) : tensor<4294967296x4294967296x2xf32>
func.func @huge_global() -> tensor<4294967296x4294967296x2xbf16> {
  %0 = ml_program.global_load_const @huge : tensor<4294967296x4294967296x2xf32>
  %1 = arith.truncf %0 : tensor<4294967296x4294967296x2xf32> to tensor<4294967296x4294967296x2xbf16>
  return %1 : tensor<4294967296x4294967296x2xbf16>
}

// -----

// The same global, read but never cast, is not touched: no error.
ml_program.global private @huge(dense<1.0> : tensor<4294967296x4294967296x2xf32>) : tensor<4294967296x4294967296x2xf32>
func.func @huge_global_uncast() -> tensor<4294967296x4294967296x2xf32> {
  %0 = ml_program.global_load_const @huge : tensor<4294967296x4294967296x2xf32>
  return %0 : tensor<4294967296x4294967296x2xf32>
}
