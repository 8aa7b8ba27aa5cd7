// reduced by scripts/difftest/run.py
func.func private @printMemrefI16(tensor<*xi16>) attributes { llvm.emit_c_interface }
func.func private @printMemrefI32(tensor<*xi32>) attributes { llvm.emit_c_interface }
func.func private @printMemrefI64(tensor<*xi64>) attributes { llvm.emit_c_interface }
func.func @kernel(%arg0: tensor<2xi16>, %arg1: tensor<1xi16>) -> (tensor<8xi8>) attributes { no_inline } {
  %cst11 = arith.constant dense<[0x5E, 0xC2, 0x00, 0x77, 0x62]> : tensor<5xf8E4M3FN>
  %v12 = tosa.cast %cst11 : (tensor<5xf8E4M3FN>) -> tensor<5xi16>
  %v13 = tosa.transpose %v12 {perms = array<i32: 0>} : (tensor<5xi16>) -> tensor<5xi16>
  %v15 = tensor.concat dim(0) %arg1, %v13, %arg0 : (tensor<1xi16>, tensor<5xi16>, tensor<2xi16>) -> tensor<8xi16>
  %v16 = tosa.cast %v15 : (tensor<8xi16>) -> tensor<8xi8>
  return %v16 : tensor<8xi8>
}

func.func @main() {
  %in0 = arith.constant dense<[-104, -128]> : tensor<2xi16>
  %in1 = arith.constant dense<[26505]> : tensor<1xi16>
  %r = call @kernel(%in0, %in1) : (tensor<2xi16>, tensor<1xi16>) -> (tensor<8xi8>)
  %w0 = arith.extsi %r : tensor<8xi8> to tensor<8xi16>
  %u0 = tensor.cast %w0 : tensor<8xi16> to tensor<*xi16>
  call @printMemrefI16(%u0) : (tensor<*xi16>) -> ()
  return
}
