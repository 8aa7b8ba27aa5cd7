// RUN: cast-hoist-opt %s -split-input-file -verify-diagnostics --convert-tmov-to-linalg
// Element types that upstream ops cannot express are reported, not lowered.

func.func @unsigned_cast(%arg0: tensor<4xui8>) -> tensor<4xf32> {
  // expected-error @+1 {{'tmov.cast' op cannot be lowered: element type 'ui8' is not signless (upstream ops need signless integers)}}
  %0 = tmov.cast %arg0 : tensor<4xui8> to tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @signed_pad(%arg0: tensor<4xsi16>) -> tensor<6xsi16> {
  // expected-error @+1 {{'tmov.pad' op cannot be lowered: element type 'si16' is not signless}}
  %0 = tmov.pad %arg0 low [1] high [1] value 0 : si16 : tensor<4xsi16> -> tensor<6xsi16>
  return %0 : tensor<6xsi16>
}

// -----

func.func @unsigned_indices(%arg0: tensor<4xf32>, %arg1: tensor<2xui32>) -> tensor<2xf32> {
  // expected-error @+1 {{'tmov.gather' op cannot be lowered: index type 'ui32' is not signless}}
  %0 = tmov.gather %arg0[%arg1] axis 0 : (tensor<4xf32>, tensor<2xui32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}
