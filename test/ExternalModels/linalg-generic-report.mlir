// RUN: cast-hoist-opt %s --hoist-casts=report -verify-diagnostics -o /dev/null

// The report speaks of casts next to data movement only. Every
// linalg.generic implements DataMovementOpInterface, but one that computes
// is not data movement: the casts around it get no "not moved" remark (a
// model's report would otherwise list every cast after a computation).

#id = affine_map<(d0, d1) -> (d0, d1)>
#t = affine_map<(d0, d1) -> (d1, d0)>
// expected-remark @+1 {{hoist-casts: data movement}}
func.func @computations_are_not_reported(%x: tensor<4x8xf32>, %h: tensor<4x8xf16>) -> (tensor<4x8xf16>, tensor<4x8xf32>, tensor<8x4xbf16>) {
  %e = tensor.empty() : tensor<4x8xf32>
  %g = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %n = arith.negf %in : f32
    linalg.yield %n : f32
  } -> tensor<4x8xf32>
  %c = arith.truncf %g : tensor<4x8xf32> to tensor<4x8xf16>
  %w = arith.extf %h : tensor<4x8xf16> to tensor<4x8xf32>
  %g2 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%w : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %n = arith.negf %in : f32
    linalg.yield %n : f32
  } -> tensor<4x8xf32>
  // A generic transpose is data movement: the cast after it is reported.
  %e2 = tensor.empty() : tensor<8x4xf16>
  %tr = linalg.generic {indexing_maps = [#t, #id], iterator_types = ["parallel", "parallel"]}
      ins(%h : tensor<4x8xf16>) outs(%e2 : tensor<8x4xf16>) {
  ^bb0(%in: f16, %out: f16):
    linalg.yield %in : f16
  } -> tensor<8x4xf16>
  // expected-remark @+1 {{not moved: cast neither narrows nor widens: moving it saves no bytes}}
  %b = tosa.cast %tr : (tensor<8x4xf16>) -> tensor<8x4xbf16>
  return %c, %g2, %b : tensor<4x8xf16>, tensor<4x8xf32>, tensor<8x4xbf16>
}
