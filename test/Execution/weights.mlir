// Weights stored as dense_resource blobs (as imported models hold them),
// cast to bf16 at run time before the pass and converted at compile time
// into new bf16 blobs after it, give bit-identical results: the converted
// weights themselves (normal values that round, rounding ties, -0, values
// that overflow to inf, +-inf) and a matmul that uses one of them. The
// lowering pipeline handles dense_resource (memref.global with the blob,
// then an LLVM global). No NaN or subnormal weights: their run-time
// conversion is target-defined (docs/Rules.md, section 0).
// RUN: cast-hoist-opt %s %lower-to-llvm | %run-cpu | grep -v base@ > %t.before
// RUN: cast-hoist-opt %s --hoist-casts > %t.hoisted.mlir
// RUN: FileCheck %s --check-prefix=REWRITE < %t.hoisted.mlir
// RUN: cast-hoist-opt %t.hoisted.mlir %lower-to-llvm | %run-cpu | grep -v base@ > %t.after
// RUN: diff %t.before %t.after
// RUN: FileCheck %s --check-prefix=VALUES < %t.after

func.func private @printMemrefI16(tensor<*xi16>) attributes { llvm.emit_c_interface }
func.func private @printMemrefI32(tensor<*xi32>) attributes { llvm.emit_c_interface }

// The weight is transposed then cast: the cast moves onto the tosa.const
// and folds into a bf16 blob; no cast is left.
// REWRITE-LABEL: func.func @matmul_weight(
// REWRITE-NOT:     tosa.cast
// REWRITE:         "tosa.const"() <{values = dense_resource<weight_bf16> : tensor<3x4xbf16>}>
// REWRITE-NEXT:    tosa.transpose %{{.*}} : (tensor<3x4xbf16>) -> tensor<4x3xbf16>
// REWRITE-NOT:     tosa.cast
// REWRITE:         linalg.matmul
func.func @matmul_weight(%x: tensor<2x4xbf16>) -> (tensor<4x3xbf16>, tensor<2x3xf32>) {
  %w = "tosa.const"() {values = dense_resource<weight> : tensor<3x4xf32>} : () -> tensor<3x4xf32>
  %t = tosa.transpose %w {perms = array<i32: 1, 0>} : (tensor<3x4xf32>) -> tensor<4x3xf32>
  %c = tosa.cast %t : (tensor<4x3xf32>) -> tensor<4x3xbf16>
  %zero = arith.constant 0.0 : f32
  %empty = tensor.empty() : tensor<2x3xf32>
  %init = linalg.fill ins(%zero : f32) outs(%empty : tensor<2x3xf32>) -> tensor<2x3xf32>
  %m = linalg.matmul ins(%x, %c : tensor<2x4xbf16>, tensor<4x3xbf16>) outs(%init : tensor<2x3xf32>) -> tensor<2x3xf32>
  return %c, %m : tensor<4x3xbf16>, tensor<2x3xf32>
}

// A cast of a resource constant folds into a bf16 blob.
// REWRITE-LABEL: func.func @edge_weight(
// REWRITE-NEXT:    arith.constant dense_resource<edge_bf16> : tensor<8xbf16>
// REWRITE-NEXT:    return
func.func @edge_weight() -> tensor<8xbf16> {
  %w = arith.constant dense_resource<edge> : tensor<8xf32>
  %c = arith.truncf %w : tensor<8xf32> to tensor<8xbf16>
  return %c : tensor<8xbf16>
}

func.func @main() {
  %x = arith.constant dense<[[1.0, -2.0, 0.5, 3.0], [0.25, 1.5, -4.0, 2.0]]> : tensor<2x4xbf16>
  %w, %m = call @matmul_weight(%x) : (tensor<2x4xbf16>) -> (tensor<4x3xbf16>, tensor<2x3xf32>)
  %wb = arith.bitcast %w : tensor<4x3xbf16> to tensor<4x3xi16>
  %wu = tensor.cast %wb : tensor<4x3xi16> to tensor<*xi16>
  call @printMemrefI16(%wu) : (tensor<*xi16>) -> ()
  %mb = arith.bitcast %m : tensor<2x3xf32> to tensor<2x3xi32>
  %mu = tensor.cast %mb : tensor<2x3xi32> to tensor<*xi32>
  call @printMemrefI32(%mu) : (tensor<*xi32>) -> ()
  %e = call @edge_weight() : () -> tensor<8xbf16>
  %eb = arith.bitcast %e : tensor<8xbf16> to tensor<8xi16>
  %eu = tensor.cast %eb : tensor<8xi16> to tensor<*xi16>
  call @printMemrefI16(%eu) : (tensor<*xi16>) -> ()
  return
}

// The transposed bf16 weight, as signed 16-bit patterns: 0.1 -> 0x3DCD,
// -1/3 -> 0xBEAB, the tie 1.00390625 -> 0x3F80 (even), the tie 1.01171875
// -> 0x3F82, 65504 -> 0x4780, ...
// VALUES:      {{\[\[}}15821, 18304, 16457],
// VALUES-NEXT: [-16725, -16352, -32768],
// VALUES-NEXT: [16256, 14979, 17097],
// VALUES-NEXT: [16258, 16608, -16512]]
// VALUES-NEXT: {{\[\[}}1082790912, 1199574272, 1112117248],
// VALUES-NEXT: [-1071876608, 1182798974, -1010197632]]
// The edge weight: [inf, -inf, 3.40282e38 -> inf, -3.40282e38 -> -inf, -0,
// 0, 3.3961e38 -> 0x7F7F (the largest finite bf16), 1.0009765625 -> 1.0].
// VALUES-NEXT: [32640, -128, 32640, -128, -32768, 0, 32639, 16256]

{-#
  dialect_resources: {
    builtin: {
      weight: "0x04000000CDCCCC3DABAAAABE0080803F0080813F00E07F47000020C06F12833A0000E040DB0F4940000000809A99C842008080BF",
      edge: "0x040000000000807F000080FFFFFF7F7FFFFF7FFF0000008000000000827E7F7F0020803F"
    }
  }
#-}
