// reduced by scripts/difftest/run.py
func.func private @printMemrefI16(tensor<*xi16>) attributes { llvm.emit_c_interface }
func.func private @printMemrefI32(tensor<*xi32>) attributes { llvm.emit_c_interface }
func.func private @printMemrefI64(tensor<*xi64>) attributes { llvm.emit_c_interface }
func.func @kernel(%arg0: tensor<3x6x4x3xi16>) -> (tensor<3x6x4x3xi8>) attributes { no_inline } {
  %cst14 = arith.constant dense<[[[0x46, 0xB8, 0x94, 0x3C], [0x30, 0x3C, 0x30, 0x5C], [0x4F, 0xA8, 0x30, 0x44], [0x18, 0x62, 0xE0, 0x5C], [0x18, 0x4F, 0x62, 0x09], [0x38, 0x2A, 0x5E, 0xB8]], [[0xB8, 0xB0, 0x40, 0x08], [0xB0, 0x80, 0xD4, 0x4F], [0xB8, 0x4C, 0x55, 0x5F], [0x38, 0x3D, 0xEC, 0x4F], [0xC7, 0x38, 0x52, 0x44], [0xB2, 0x40, 0x49, 0x38]], [[0x3F, 0x38, 0x46, 0x4F], [0xEC, 0xA8, 0x38, 0x18], [0xC2, 0x52, 0xAA, 0x89], [0x07, 0x4F, 0x4C, 0x20], [0x8D, 0x84, 0x4C, 0x80], [0xEC, 0x80, 0x82, 0x68]]]> : tensor<3x6x4xf8E4M3FN>
  %v15 = arith.fptosi %cst14 : tensor<3x6x4xf8E4M3FN> to tensor<3x6x4xi16>
  %v16 = linalg.broadcast ins(%v15 : tensor<3x6x4xi16>) outs(%arg0 : tensor<3x6x4x3xi16>) dimensions = [3]
  %v18 = tosa.cast %v16 : (tensor<3x6x4x3xi16>) -> tensor<3x6x4x3xi8>
  return %v18 : tensor<3x6x4x3xi8>
}

func.func @main() {
  %in0 = arith.constant dense<[[[[0, 19863, 150], [-1, 127, 194], [-11972, -26542, -178], [-1, 18660, -1]], [[-176, -65, -31812], [-141, 64, -1], [17991, -1, 23], [0, 64, 0]], [[1, 6379, -165], [0, 1, -65], [0, -1, 9127], [-13115, -1, -175]], [[-172, -32768, -299], [1, -1, 7934], [0, -129, 100], [-59, 32767, -238]], [[256, -1, 1], [-26587, 256, -62], [-255, -14501, 256], [26505, 256, 229]], [[-128, 127, -278], [0, 1, 32767], [0, 0, -65], [-10541, 255, 100]]], [[[1, 256, 1], [742, 0, 1], [266, -128, -18483], [-127, -32768, -128]], [[122, -1, -129], [2047, -1, -9658], [137, 0, 8392], [271, 1748, -1]], [[2047, 24022, -1], [29418, -1, -32768], [-22673, -5420, -32768], [-196, 2, 2049]], [[-31068, -1, 128], [26505, 100, -23139], [256, -65, -153], [236, 0, 256]], [[0, -70, 0], [-129, 29882, 15460], [-1, -32768, 0], [271, -32768, -1]], [[256, -1, -128], [26505, -108, 26505], [-1, 26505, -128], [0, 2, -128]]], [[[25819, 255, -21562], [256, 100, -1], [10058, 21400, -1], [-1, -32768, 200]], [[128, -1, 30489], [2049, 244, -32768], [-128, -100, 100], [288, -1, -52]], [[27437, 26505, -20031], [61, 148, -29821], [-944, -154, 0], [1, 0, -9146]], [[0, 0, 0], [178, -32459, -1], [154, -259, 28376], [64, 0, 29]], [[32767, -129, -177], [-100, 0, 220], [-1, -32768, -129], [-32768, -129, -16474]], [[3266, -1, -65], [-29, 0, 10232], [-29346, -52, -32768], [70, 159, -1]]]]> : tensor<3x6x4x3xi16>
  %r = call @kernel(%in0) : (tensor<3x6x4x3xi16>) -> (tensor<3x6x4x3xi8>)
  %w0 = arith.extsi %r : tensor<3x6x4x3xi8> to tensor<3x6x4x3xi16>
  %u0 = tensor.cast %w0 : tensor<3x6x4x3xi16> to tensor<*xi16>
  call @printMemrefI16(%u0) : (tensor<*xi16>) -> ()
  return
}
