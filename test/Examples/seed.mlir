// RUN: cast-hoist-opt --hoist-casts %casthoist_src_root/examples/seed.mlir | FileCheck %s

// The README's example: the transpose moves f16 after the pass.
// CHECK-LABEL: func.func @conv_transpose_cast
// CHECK:         %[[CONV:.*]] = linalg.conv_2d_nhwc_hwcf
// CHECK:         %[[NARROW:.*]] = tmov.cast %[[CONV]] : tensor<1x16x16x16xf32> to tensor<1x16x16x16xf16>
// CHECK:         %[[T:.*]] = tmov.transpose %[[NARROW]] [0, 3, 1, 2] : tensor<1x16x16x16xf16> -> tensor<1x16x16x16xf16>
// CHECK:         return %[[T]]
