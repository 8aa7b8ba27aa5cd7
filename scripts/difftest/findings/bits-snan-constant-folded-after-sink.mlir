// exactness=bits mismatch (final campaign, seed 400959, policy=always
// direction=down; minimized by run.py). Fixed. The sink moved the
// bf16 -> f32 cast of a constant holding the signaling NaN 0x7FA0 below a
// tmov.slice; the original printed 0x7FE00000 (quieted), the rewritten
// program 0x7FA00000 (still signaling). Cause, checked on the lowered IR:
// the lowering folds the original's cast of the constant at compile time
// (APFloat quiets the NaN); after the sink the slice of the constant is not
// folded and the extension runs on the target, a shift that keeps the NaN
// signaling. Under `bits` a cast reached by a constant through data
// movement alone now stays unless every element converts under the
// contract; test/Execution/bits-nan-constants.mlir is the regression test.
// difftest-results: f32
func.func private @printMemrefI16(tensor<*xi16>) attributes { llvm.emit_c_interface }
func.func private @printMemrefI32(tensor<*xi32>) attributes { llvm.emit_c_interface }
func.func private @printMemrefI64(tensor<*xi64>) attributes { llvm.emit_c_interface }
func.func @kernel(%arg0: tensor<3xi64>, %arg1: tensor<1x3xf32>) -> (tensor<1x1xf32>) attributes { no_inline } {
  %cst1 = arith.constant dense<[[0x43E0, 0x118B, 0x8001, 0x8001], [0x7FC1, 0x7F80, 0x4760, 0xFF80], [0x3B00, 0x7FA0, 0x42FF, 0x7F7F]]> : tensor<3x4xbf16>
  %v2 = tmov.cast %cst1 : tensor<3x4xbf16> to tensor<3x4xf32>
  %v3 = tmov.slice %v2 offsets [2, 1] sizes [1, 1] strides [1, 2] : tensor<3x4xf32> -> tensor<1x1xf32>
  %v5 = tmov.scatter %v3[%arg0], %arg1 axis 1 : (tensor<1x1xf32>, tensor<3xi64>, tensor<1x3xf32>) -> tensor<1x1xf32>
  return %v5 : tensor<1x1xf32>
}

func.func @main() {
  %in0 = arith.constant dense<[1, -1, 1]> : tensor<3xi64>
  %in1 = arith.constant dense<[[0x3F800800, 0x00000001, 0x007FFFFF]]> : tensor<1x3xf32>
  %r = call @kernel(%in0, %in1) : (tensor<3xi64>, tensor<1x3xf32>) -> (tensor<1x1xf32>)
  %b0 = arith.bitcast %r : tensor<1x1xf32> to tensor<1x1xi32>
  %u0 = tensor.cast %b0 : tensor<1x1xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}
