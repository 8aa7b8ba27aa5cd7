func.func private @printMemrefI16(tensor<*xi16>) attributes { llvm.emit_c_interface }
func.func @kernel(%a: tensor<3xf8E4M3FN>) -> (tensor<3xi16>, tensor<3xi16>) attributes { no_inline } {
  %0 = tosa.cast %a : (tensor<3xf8E4M3FN>) -> tensor<3xi16>
  %1 = arith.fptosi %a : tensor<3xf8E4M3FN> to tensor<3xi16>
  return %0, %1 : tensor<3xi16>, tensor<3xi16>
}
func.func @main() {
  %a = arith.constant dense<[40.0, 1.0, -2.0]> : tensor<3xf8E4M3FN>
  %r:2 = call @kernel(%a) : (tensor<3xf8E4M3FN>) -> (tensor<3xi16>, tensor<3xi16>)
  %u = tensor.cast %r#0 : tensor<3xi16> to tensor<*xi16>
  call @printMemrefI16(%u) : (tensor<*xi16>) -> ()
  %v = tensor.cast %r#1 : tensor<3xi16> to tensor<*xi16>
  call @printMemrefI16(%v) : (tensor<*xi16>) -> ()
  return
}
