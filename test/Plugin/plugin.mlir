// UNSUPPORTED: sanitizer
// Debian's own mlir-opt, with cast-hoist loaded as a plugin.
// RUN: mlir-opt %s --load-dialect-plugin=%casthoist_lib_dir/CastHoistPlugin.so --load-pass-plugin=%casthoist_lib_dir/CastHoistPlugin.so --pass-pipeline='builtin.module(func.func(hoist-casts))' | FileCheck %s
// Without the dialect plugin, mlir-opt does not know tmov.
// RUN: not mlir-opt %s 2>&1 | FileCheck %s --check-prefix=NOPLUGIN

// NOPLUGIN: Dialect `tmov' not found

// CHECK-LABEL: func.func @tmov_chain
// CHECK:         tmov.cast %{{.*}} : tensor<4x8xf32> to tensor<4x8xf16>
// CHECK:         tmov.transpose %{{.*}} : tensor<4x8xf16> -> tensor<8x4xf16>
func.func @tmov_chain(%x: tensor<4x8xf32>) -> tensor<8x4xf16> {
  %t = tmov.transpose %x [1, 0] : tensor<4x8xf32> -> tensor<8x4xf32>
  %c = tmov.cast %t : tensor<8x4xf32> to tensor<8x4xf16>
  return %c : tensor<8x4xf16>
}

// The dialect plugin also attaches the interfaces to upstream ops.
// CHECK-LABEL: func.func @tosa_chain
// CHECK:         tosa.cast %{{.*}} : (tensor<4x8xf32>) -> tensor<4x8xbf16>
// CHECK:         tosa.transpose %{{.*}} : (tensor<4x8xbf16>) -> tensor<8x4xbf16>
func.func @tosa_chain(%x: tensor<4x8xf32>) -> tensor<8x4xbf16> {
  %t = tosa.transpose %x {perms = array<i32: 1, 0>} : (tensor<4x8xf32>) -> tensor<8x4xf32>
  %c = tosa.cast %t : (tensor<8x4xf32>) -> tensor<8x4xbf16>
  return %c : tensor<8x4xbf16>
}
