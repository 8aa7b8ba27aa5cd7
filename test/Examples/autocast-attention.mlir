// RUN: cast-hoist-opt --autocast --hoist-casts=report %casthoist_src_root/examples/autocast-attention.mlir 2>&1 | FileCheck %s
// RUN: cast-hoist-opt --autocast --hoist-casts %casthoist_src_root/examples/autocast-attention.mlir | cast-hoist-opt --tosa-attach-target="profiles=pro_int,pro_fp extensions=bf16" --tosa-validate -o /dev/null

// docs/Autocast.md's example: after autocast, hoist-casts moves the casts of
// the projections' f32 results above the head split, which then moves bf16:
// half the data-movement bytes (the reshapes are views: only the transposes
// count). The result passes --tosa-validate.
// CHECK:         remark: hoist-casts: data movement 524288 -> 262144 bytes, casts 1572864 -> 1572864 bytes, total 2097152 -> 1835008 bytes (12.5% saved), function 3145740 -> 2883596 bytes (8.3% of the function saved)
// CHECK-LABEL:   func.func @attention
// CHECK-COUNT-2: tosa.matmul {{.*}} : (tensor<1x128x256xbf16>, tensor<1x256x256xbf16>, tensor<1xbf16>, tensor<1xbf16>) -> tensor<1x128x256xf32>
// CHECK:         tosa.cast %{{.*}} : (tensor<1x128x256xf32>) -> tensor<1x128x256xbf16>
// CHECK:         tosa.reshape {{.*}} -> tensor<1x128x4x64xbf16>
// CHECK:         tosa.transpose {{.*}} -> tensor<1x4x128x64xbf16>
// CHECK:         tosa.reshape {{.*}} -> tensor<4x128x64xbf16>
// CHECK:         tosa.cast %{{.*}} : (tensor<1x128x256xf32>) -> tensor<1x128x256xbf16>
// CHECK:         tosa.reshape {{.*}} -> tensor<1x128x4x64xbf16>
// CHECK:         tosa.transpose {{.*}} -> tensor<1x4x64x128xbf16>
// CHECK:         tosa.reshape {{.*}} -> tensor<4x64x128xbf16>
// CHECK:         tosa.matmul {{.*}} : (tensor<4x128x64xbf16>, tensor<4x64x128xbf16>, tensor<1xbf16>, tensor<1xbf16>) -> tensor<4x128x128xf32>
