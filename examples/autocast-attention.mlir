// The attention projections and head split of an f32 transformer layer in
// TOSA (docs/Autocast.md): `--autocast --hoist-casts` runs the matmuls on
// bf16 inputs and the head-split reshapes and transposes on bf16.
func.func @attention(%x: tensor<1x128x256xf32>, %wq: tensor<1x256x256xf32>, %wk: tensor<1x256x256xf32>) -> tensor<4x128x128xf32> {
  %z = "tosa.const"() {values = dense<0.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %q = tosa.matmul %x, %wq, %z, %z : (tensor<1x128x256xf32>, tensor<1x256x256xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x128x256xf32>
  %k = tosa.matmul %x, %wk, %z, %z : (tensor<1x128x256xf32>, tensor<1x256x256xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x128x256xf32>
  %s4 = tosa.const_shape {values = dense<[1, 128, 4, 64]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %s3 = tosa.const_shape {values = dense<[4, 128, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %s3k = tosa.const_shape {values = dense<[4, 64, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %q4 = tosa.reshape %q, %s4 : (tensor<1x128x256xf32>, !tosa.shape<4>) -> tensor<1x128x4x64xf32>
  %qt = tosa.transpose %q4 {perms = array<i32: 0, 2, 1, 3>} : (tensor<1x128x4x64xf32>) -> tensor<1x4x128x64xf32>
  %qh = tosa.reshape %qt, %s3 : (tensor<1x4x128x64xf32>, !tosa.shape<3>) -> tensor<4x128x64xf32>
  %k4 = tosa.reshape %k, %s4 : (tensor<1x128x256xf32>, !tosa.shape<4>) -> tensor<1x128x4x64xf32>
  %kt = tosa.transpose %k4 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x128x4x64xf32>) -> tensor<1x4x64x128xf32>
  %kh = tosa.reshape %kt, %s3k : (tensor<1x4x64x128xf32>, !tosa.shape<3>) -> tensor<4x64x128xf32>
  %sc = tosa.matmul %qh, %kh, %z, %z : (tensor<4x128x64xf32>, tensor<4x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<4x128x128xf32>
  return %sc : tensor<4x128x128xf32>
}
