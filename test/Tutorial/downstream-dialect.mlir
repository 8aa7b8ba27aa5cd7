// RUN: cast-hoist-opt %s -split-input-file --hoist-casts | FileCheck %s
// RUN: cast-hoist-opt %s -split-input-file --hoist-casts=exactness=bits | FileCheck %s --check-prefix=BITS

// The tutorial dialect (test/lib/Dialect/Test, docs/Tutorial.md) opts into
// hoist-casts through the interfaces alone.

// CHECK-LABEL: func.func @hoist_through_shift
// CHECK-SAME:    (%[[X:.*]]: tensor<8xf32>)
// CHECK:         %[[C:.*]] = cht.convert %[[X]] : tensor<8xf32> to tensor<8xf16>
// CHECK:         %[[S:.*]] = cht.shift %[[C]] by 2 fill 0x7C00 : f16 : tensor<8xf16>
// CHECK:         return %[[S]]
func.func @hoist_through_shift(%x: tensor<8xf32>) -> tensor<8xf16> {
  %s = cht.shift %x by 2 fill 1.0e+10 : f32 : tensor<8xf32>
  %c = cht.convert %s : tensor<8xf32> to tensor<8xf16>
  return %c : tensor<8xf16>
}

// -----

// Downstream ops mix with tmov and upstream ops in one chain.
// CHECK-LABEL: func.func @mixed_chain
// CHECK:         cht.convert %{{.*}} : tensor<8xf32> to tensor<8xbf16>
// CHECK:         tmov.reverse %{{.*}} [0] : tensor<8xbf16>
// CHECK:         cht.shift %{{.*}} by 1 fill -0.000000e+00 : bf16 : tensor<8xbf16>
func.func @mixed_chain(%x: tensor<8xf32>) -> tensor<8xbf16> {
  %r = tmov.reverse %x [0] : tensor<8xf32>
  %s = cht.shift %r by 1 fill -0.0 : f32 : tensor<8xf32>
  %c = cht.convert %s : tensor<8xf32> to tensor<8xbf16>
  return %c : tensor<8xbf16>
}

// -----

// A widening cht.convert sinks; the fill value has an exact f16 twin.
// CHECK-LABEL: func.func @sink_below_shift
// CHECK:         %[[S:.*]] = cht.shift %{{.*}} by 3 fill 2.500000e-01 : f16 : tensor<8xf16>
// CHECK:         cht.convert %[[S]] : tensor<8xf16> to tensor<8xf32>
func.func @sink_below_shift(%x: tensor<8xf16>) -> tensor<8xf32> {
  %e = cht.convert %x : tensor<8xf16> to tensor<8xf32>
  %s = cht.shift %e by 3 fill 0.25 : f32 : tensor<8xf32>
  return %s : tensor<8xf32>
}

// -----

// A NaN fill: under `values` it converts to an f16 NaN; under `bits` its
// conversion is not predictable bit for bit, so it stays.
// CHECK-LABEL: func.func @nan_fill
// CHECK:         cht.shift %{{.*}} fill 0x7E00 : f16 : tensor<8xf16>
// BITS-LABEL:  func.func @nan_fill
// BITS:          cht.shift %{{.*}} : tensor<8xf32>
// BITS:          cht.convert
func.func @nan_fill(%x: tensor<8xf32>) -> tensor<8xf16> {
  %s = cht.shift %x by 2 fill 0x7FC00000 : f32 : tensor<8xf32>
  %c = cht.convert %s : tensor<8xf32> to tensor<8xf16>
  return %c : tensor<8xf16>
}
