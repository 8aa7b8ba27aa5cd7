// Casts moved across calls (--hoist-casts signatures=private, the default,
// and signatures=all) compute bit-identical results: the private @layer
// returns f16 and then takes f16 (its transpose runs narrow), and under
// signatures=all the public @kernel takes its argument as f16, cast by the
// caller (@main, the host here). Inputs: NaN with payload, +-Inf, -0, the
// smallest f32 subnormal, 65520 (ties to +Inf in f16), 1 + 2^-11 (a tie).
// RUN: cast-hoist-opt %s %lower-to-llvm | %run-cpu | grep -v base@ > %t.before
// RUN: cast-hoist-opt %s --hoist-casts > %t.private.mlir
// RUN: FileCheck %s --check-prefix=PRIVATE < %t.private.mlir
// RUN: cast-hoist-opt %t.private.mlir %lower-to-llvm | %run-cpu | grep -v base@ > %t.after
// RUN: diff %t.before %t.after
// RUN: cast-hoist-opt %s --hoist-casts=signatures=all > %t.all.mlir
// RUN: FileCheck %s --check-prefix=ALL < %t.all.mlir
// RUN: cast-hoist-opt %t.all.mlir %lower-to-llvm | %run-cpu | grep -v base@ > %t.after.all
// RUN: diff %t.before %t.after.all
// RUN: FileCheck %s --check-prefix=VALUES < %t.after

func.func private @printMemrefI16(tensor<*xi16>) attributes { llvm.emit_c_interface }

// PRIVATE-LABEL: func.func private @layer
// PRIVATE-SAME:    (%{{.*}}: tensor<2x3xf16>) -> tensor<3x2xf16>
// PRIVATE-NEXT:    tosa.transpose %{{.*}} : (tensor<2x3xf16>) -> tensor<3x2xf16>
func.func private @layer(%x: tensor<2x3xf32>) -> tensor<3x2xf32> {
  %t = tosa.transpose %x {perms = array<i32: 1, 0>} : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return %t : tensor<3x2xf32>
}

// PRIVATE-LABEL: func.func @kernel
// PRIVATE-SAME:    (%[[X:.*]]: tensor<2x3xf32>)
// PRIVATE:         %[[N:.*]] = arith.truncf %[[X]] : tensor<2x3xf32> to tensor<2x3xf16>
// PRIVATE:         call @layer(%[[N]])
// ALL-LABEL:     func.func @kernel
// ALL-SAME:        (%[[X:.*]]: tensor<2x3xf16>)
// ALL-NEXT:        call @layer(%[[X]])
// The host's cast of its (constant) input folds into an f16 constant.
// ALL-LABEL:     func.func @main
// ALL:             %[[K:.*]] = arith.constant dense<{{.*}}> : tensor<2x3xf16>
// ALL-NEXT:        call @kernel(%[[K]])
func.func @kernel(%x: tensor<2x3xf32>) -> tensor<3x2xf16> {
  %r = call @layer(%x) : (tensor<2x3xf32>) -> tensor<3x2xf32>
  %c = arith.truncf %r : tensor<3x2xf32> to tensor<3x2xf16>
  return %c : tensor<3x2xf16>
}

func.func @main() {
  %a = arith.constant dense<[[0x7FC00001, 0x7F800000, 0xFF800000],
                             [0x80000000, 0x00000001, 0x477FF000]]> : tensor<2x3xf32>
  %r = call @kernel(%a) : (tensor<2x3xf32>) -> tensor<3x2xf16>
  %b = arith.bitcast %r : tensor<3x2xf16> to tensor<3x2xi16>
  %u = tensor.cast %b : tensor<3x2xi16> to tensor<*xi16>
  call @printMemrefI16(%u) : (tensor<*xi16>) -> ()
  return
}
// VALUES:      {{\[\[}}32256, -32768],
// VALUES-NEXT: [31744, 0],
// VALUES-NEXT: [-1024, 31744]]
