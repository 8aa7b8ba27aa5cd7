// Dynamic shapes: casts hoisted above (or sunk below) linalg and tensor
// data-movement ops whose sizes, offsets and paddings are only known at run
// time compute bit-identical results before and after
// --hoist-casts=policy=always (the rewrite rebuilds inits and pads with
// dynamic sizes). Results are printed as bit patterns (integers). The
// kernels are separate functions (not inlined by the lowering), so their
// inputs stay opaque; the pass leaves @main unchanged (checked by the @main
// diff).
// RUN: cast-hoist-opt %s %lower-to-llvm | %run-cpu | grep -v base@ > %t.before
// RUN: cast-hoist-opt %s --hoist-casts=policy=always > %t.hoisted.mlir
// RUN: FileCheck %s --check-prefix=REWRITE < %t.hoisted.mlir
// RUN: cast-hoist-opt %s | sed -n '/func.func @main/,$p' > %t.main.before
// RUN: sed -n '/func.func @main/,$p' %t.hoisted.mlir > %t.main.after
// RUN: diff %t.main.before %t.main.after
// RUN: cast-hoist-opt %t.hoisted.mlir %lower-to-llvm | %run-cpu | grep -v base@ > %t.after
// RUN: diff %t.before %t.after
// RUN: FileCheck %s --check-prefix=VALUES < %t.after

func.func private @printMemrefI16(tensor<*xi16>) attributes { llvm.emit_c_interface }
func.func private @printMemrefI32(tensor<*xi32>) attributes { llvm.emit_c_interface }

// REWRITE-LABEL: func.func @transpose_dynamic_f16(
// REWRITE:       arith.truncf %arg0 : tensor<?x?xf32> to tensor<?x?xf16>
// REWRITE:       linalg.transpose ins(%{{.*}} : tensor<?x?xf16>)
func.func @transpose_dynamic_f16(%a: tensor<?x?xf32>, %init: tensor<?x?xf32>) -> tensor<?x?xf16> {
  %0 = linalg.transpose ins(%a : tensor<?x?xf32>) outs(%init : tensor<?x?xf32>) permutation = [1, 0]
  %1 = arith.truncf %0 : tensor<?x?xf32> to tensor<?x?xf16>
  return %1 : tensor<?x?xf16>
}

// REWRITE-LABEL: func.func @broadcast_dynamic_bf16(
// REWRITE:       arith.truncf %arg0 : tensor<?xf32> to tensor<?xbf16>
// REWRITE:       linalg.broadcast ins(%{{.*}} : tensor<?xbf16>)
func.func @broadcast_dynamic_bf16(%a: tensor<?xf32>, %init: tensor<2x?xf32>) -> tensor<2x?xbf16> {
  %0 = linalg.broadcast ins(%a : tensor<?xf32>) outs(%init : tensor<2x?xf32>) dimensions = [0]
  %1 = arith.truncf %0 : tensor<2x?xf32> to tensor<2x?xbf16>
  return %1 : tensor<2x?xbf16>
}

// REWRITE-LABEL: func.func @pad_dynamic_f16(
// REWRITE:       arith.truncf %arg0 : tensor<?xf32> to tensor<?xf16>
// REWRITE:       tensor.pad {{.*}} low[%arg1] high[%arg2]
func.func @pad_dynamic_f16(%a: tensor<?xf32>, %l: index, %h: index) -> tensor<?xf16> {
  %v = arith.constant 70000.0 : f32
  %0 = tensor.pad %a low[%l] high[%h] {
  ^bb0(%i: index):
    tensor.yield %v : f32
  } : tensor<?xf32> to tensor<?xf32>
  %1 = arith.truncf %0 : tensor<?xf32> to tensor<?xf16>
  return %1 : tensor<?xf16>
}

// REWRITE-LABEL: func.func @slice_expand_dynamic_f16(
// REWRITE:       arith.truncf %arg0 : tensor<?xf32> to tensor<?xf16>
// REWRITE-NEXT:  tensor.extract_slice {{.*}} : tensor<?xf16> to tensor<?xf16>
// REWRITE-NEXT:  tensor.expand_shape {{.*}} : tensor<?xf16> into tensor<?x2xf16>
func.func @slice_expand_dynamic_f16(%a: tensor<?xf32>, %o: index, %n: index, %m: index) -> tensor<?x2xf16> {
  %0 = tensor.extract_slice %a[%o] [%n] [1] : tensor<?xf32> to tensor<?xf32>
  %1 = tensor.expand_shape %0 [[0, 1]] output_shape [%m, 2] : tensor<?xf32> into tensor<?x2xf32>
  %2 = arith.truncf %1 : tensor<?x2xf32> to tensor<?x2xf16>
  return %2 : tensor<?x2xf16>
}

// Widening: extf sinks below a dynamic transpose with a dynamic init.
// REWRITE-LABEL: func.func @sink_transpose_dynamic_f16(
// REWRITE:       linalg.transpose ins(%arg0 : tensor<?x?xf16>)
// REWRITE:       arith.extf {{.*}} : tensor<?x?xf16> to tensor<?x?xf32>
func.func @sink_transpose_dynamic_f16(%h: tensor<?x?xf16>, %init: tensor<?x?xf32>) -> tensor<?x?xf32> {
  %0 = arith.extf %h : tensor<?x?xf16> to tensor<?x?xf32>
  %1 = linalg.transpose ins(%0 : tensor<?x?xf32>) outs(%init : tensor<?x?xf32>) permutation = [1, 0]
  return %1 : tensor<?x?xf32>
}

// Widening: extsi sinks below a dynamic collapse_shape and pad.
// REWRITE-LABEL: func.func @sink_collapse_pad_dynamic_i8(
// REWRITE:       tensor.collapse_shape %arg0 {{.*}} : tensor<?x2xi8> into tensor<?xi8>
// REWRITE:       tensor.pad
// REWRITE:       arith.extsi {{.*}} : tensor<?xi8> to tensor<?xi32>
func.func @sink_collapse_pad_dynamic_i8(%c: tensor<?x2xi8>, %l: index) -> tensor<?xi32> {
  %0 = arith.extsi %c : tensor<?x2xi8> to tensor<?x2xi32>
  %1 = tensor.collapse_shape %0 [[0, 1]] : tensor<?x2xi32> into tensor<?xi32>
  %v = arith.constant -100 : i32
  %2 = tensor.pad %1 low[%l] high[1] {
  ^bb0(%i: index):
    tensor.yield %v : i32
  } : tensor<?xi32> to tensor<?xi32>
  return %2 : tensor<?xi32>
}

func.func @main() {
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c3 = arith.constant 3 : index
  %c4 = arith.constant 4 : index
  // NaN with payload, +-Inf, -0, f32 subnormal, 2^-24, 65520 (tie to
  // +Inf), 65504, 1 + 2^-11 (tie), 1 + 3 * 2^-11 (tie), 2049 (tie), 2^24 - 1.
  %a = arith.constant dense<[[0x7FC00001, 0x7F800000, 0xFF800000, 0x80000000],
                             [0x00000001, 0x33800000, 0x477FF000, 0x477FE000],
                             [0x3F801000, 0x3F803000, 0x45001000, 0x4B7FFFFF]]> : tensor<3x4xf32>
  %ad = tensor.cast %a : tensor<3x4xf32> to tensor<?x?xf32>
  %init = arith.constant dense<7.0> : tensor<4x3xf32>
  %initd = tensor.cast %init : tensor<4x3xf32> to tensor<?x?xf32>
  %v = arith.constant dense<[0xFFC12345, 0x3F808000, 0x3F818000, 0x7F800001, 257.0, 70000.0]> : tensor<6xf32>
  %vd = tensor.cast %v : tensor<6xf32> to tensor<?xf32>
  %binit = arith.constant dense<7.0> : tensor<2x6xf32>
  %binitd = tensor.cast %binit : tensor<2x6xf32> to tensor<2x?xf32>
  %h = arith.constant dense<[[0x7E01, 0x7C00, 0xFC00], [0x8000, 0x0001, 0x03FF]]> : tensor<2x3xf16>
  %hd = tensor.cast %h : tensor<2x3xf16> to tensor<?x?xf16>
  %hinit = arith.constant dense<7.0> : tensor<3x2xf32>
  %hinitd = tensor.cast %hinit : tensor<3x2xf32> to tensor<?x?xf32>
  %c = arith.constant dense<[[127, -128], [-1, 0], [1, -65]]> : tensor<3x2xi8>
  %cd = tensor.cast %c : tensor<3x2xi8> to tensor<?x2xi8>

  %r0 = call @transpose_dynamic_f16(%ad, %initd) : (tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf16>
  %p0 = arith.bitcast %r0 : tensor<?x?xf16> to tensor<?x?xi16>
  %x0 = tensor.cast %p0 : tensor<?x?xi16> to tensor<*xi16>
  call @printMemrefI16(%x0) : (tensor<*xi16>) -> ()
  %r1 = call @broadcast_dynamic_bf16(%vd, %binitd) : (tensor<?xf32>, tensor<2x?xf32>) -> tensor<2x?xbf16>
  %p1 = arith.bitcast %r1 : tensor<2x?xbf16> to tensor<2x?xi16>
  %x1 = tensor.cast %p1 : tensor<2x?xi16> to tensor<*xi16>
  call @printMemrefI16(%x1) : (tensor<*xi16>) -> ()
  %r2 = call @pad_dynamic_f16(%vd, %c2, %c1) : (tensor<?xf32>, index, index) -> tensor<?xf16>
  %p2 = arith.bitcast %r2 : tensor<?xf16> to tensor<?xi16>
  %x2 = tensor.cast %p2 : tensor<?xi16> to tensor<*xi16>
  call @printMemrefI16(%x2) : (tensor<*xi16>) -> ()
  %r3 = call @slice_expand_dynamic_f16(%vd, %c1, %c4, %c2) : (tensor<?xf32>, index, index, index) -> tensor<?x2xf16>
  %p3 = arith.bitcast %r3 : tensor<?x2xf16> to tensor<?x2xi16>
  %x3 = tensor.cast %p3 : tensor<?x2xi16> to tensor<*xi16>
  call @printMemrefI16(%x3) : (tensor<*xi16>) -> ()
  %r4 = call @sink_transpose_dynamic_f16(%hd, %hinitd) : (tensor<?x?xf16>, tensor<?x?xf32>) -> tensor<?x?xf32>
  %p4 = arith.bitcast %r4 : tensor<?x?xf32> to tensor<?x?xi32>
  %x4 = tensor.cast %p4 : tensor<?x?xi32> to tensor<*xi32>
  call @printMemrefI32(%x4) : (tensor<*xi32>) -> ()
  %r5 = call @sink_collapse_pad_dynamic_i8(%cd, %c3) : (tensor<?x2xi8>, index) -> tensor<?xi32>
  %x5 = tensor.cast %r5 : tensor<?xi32> to tensor<*xi32>
  call @printMemrefI32(%x5) : (tensor<*xi32>) -> ()
  return
}

// Spot checks of the semantics (the diff above proves before == after).
// truncf f32 -> f16 through a dynamic transpose: NaN -> 0x7E00, -0 ->
// 0x8000, 65520 -> +Inf (tie), 2049 -> 2048 (tie), 2^24 - 1 -> +Inf.
// VALUES:      {{\[\[}}32256,   0,   15360],
// VALUES-NEXT: [31744,   1,   15362],
// VALUES-NEXT: [-1024,   31744,   26624],
// VALUES-NEXT: [-32768,   31743,   31744]]
// truncf f32 -> bf16 through a dynamic broadcast.
// VALUES-NEXT: {{\[\[}}-63,   16256,   16258,   32704,   17280,   18313],
// Dynamic pad (low 2, high 1) with 70000 -> +Inf.
// VALUES:      [31744,  31744,  -503,  15364,  15372,  32256,  23556,  31744,  31744]
// Dynamic slice [1, 5) expanded to 2x2.
// VALUES-NEXT: {{\[\[}}15364,   15372],
// VALUES-NEXT: [32256,   23556]]
// extf f16 -> f32 below a dynamic transpose.
// VALUES-NEXT: {{\[\[}}2143297536,   -2147483648],
// extsi i8 -> i32 below a dynamic collapse and pad with -100.
// VALUES:      [-100,  -100,  -100,  127,  -128,  -1,  0,  1,  -65,  -100]
