// Execution: autocast's output equals, bit for bit, a hand-written
// mixed-precision kernel (inputs rounded with arith.truncf, products and
// sums in f32, in the same loop order), for an f32 linalg.matmul, an f32
// tosa.matmul, an f32 linalg convolution, an f32 tosa.conv2d (whose
// TOSA bf16 form also rounds the bias and the output to bf16) and a
// transpose feeding a linalg.matmul; hoist-casts run after autocast then
// moves the transpose to bf16 and changes no result. @main prints
// each kernel's result next to its reference's, as f32 bit patterns on one
// line each; the RUN lines compare the odd lines with the even ones. The
// program without autocast gives other results for every kernel (the inputs
// are not bf16 values): autocast changes numerics by design.
// RUN: cast-hoist-opt %s --autocast=type=bf16 > %t.autocast.mlir
// RUN: FileCheck %s --check-prefix=REWRITE < %t.autocast.mlir
// RUN: cast-hoist-opt %t.autocast.mlir %lower-to-llvm | %run-cpu | grep -v base@ > %t.autocast
// RUN: awk 'NR % 2 == 1' %t.autocast > %t.kernels
// RUN: awk 'NR % 2 == 0' %t.autocast > %t.references
// RUN: diff %t.kernels %t.references
// RUN: cast-hoist-opt %s %lower-to-llvm | %run-cpu | grep -v base@ | awk 'NR % 2 == 1' > %t.f32
// RUN: paste %t.f32 %t.kernels | awk -F '\t' '$1 == $2 { exit 1 }'
// RUN: FileCheck %s --check-prefix=VALUES < %t.autocast
// The same with hoist-casts after autocast, which changes nothing more.
// RUN: cast-hoist-opt %s --autocast=type=bf16 --hoist-casts > %t.hoisted.mlir
// RUN: FileCheck %s --check-prefix=HOISTED < %t.hoisted.mlir
// RUN: cast-hoist-opt %t.hoisted.mlir %lower-to-llvm | %run-cpu | grep -v base@ > %t.hoisted
// RUN: diff %t.autocast %t.hoisted
// The same program for f16 (every bf16 of this file read as f16).
// RUN: sed 's/bf16/f16/g' %s > %t.f16.mlir
// RUN: cast-hoist-opt %t.f16.mlir --autocast=type=f16 --hoist-casts | cast-hoist-opt %lower-to-llvm | %run-cpu | grep -v base@ > %t.f16
// RUN: awk 'NR % 2 == 1' %t.f16 > %t.f16.kernels
// RUN: awk 'NR % 2 == 0' %t.f16 > %t.f16.references
// RUN: diff %t.f16.kernels %t.f16.references
// RUN: paste %t.f32 %t.f16.kernels | awk -F '\t' '$1 == $2 { exit 1 }'

// Each kernel's first two results (f32 bits) and its reference's; the TOSA
// convolution's are bf16 values (low 16 bits zero).
// VALUES:      [-1072557680,  -1077497192,
// VALUES-NEXT: [-1072557680,  -1077497192,
// VALUES-NEXT: [-1072557680,  -1077497192,
// VALUES-NEXT: [-1072557680,  -1077497192,
// VALUES-NEXT: [-1078056528,  1086519432,
// VALUES-NEXT: [-1078056528,  1086519432,
// VALUES-NEXT: [-1062141952,  1089077248,
// VALUES-NEXT: [-1062141952,  1089077248,

func.func private @printMemrefI32(tensor<*xi32>) attributes { llvm.emit_c_interface }

#mk = affine_map<(m, n, k) -> (m, k)>
#kn = affine_map<(m, n, k) -> (k, n)>
#mn = affine_map<(m, n, k) -> (m, n)>
#bmk = affine_map<(b, m, n, k) -> (b, m, k)>
#bkn = affine_map<(b, m, n, k) -> (b, k, n)>
#bmn = affine_map<(b, m, n, k) -> (b, m, n)>
// Convolution loops (n, oh, ow, f, kh, kw, c), stride 1, no dilation.
#cin = affine_map<(n, h, w, f, kh, kw, c) -> (n, h + kh, w + kw, c)>
#chwcf = affine_map<(n, h, w, f, kh, kw, c) -> (kh, kw, c, f)>
#cfhwc = affine_map<(n, h, w, f, kh, kw, c) -> (f, kh, kw, c)>
#cout = affine_map<(n, h, w, f, kh, kw, c) -> (n, h, w, f)>
#bias = affine_map<(n, h, w, f) -> (f)>
#id4 = affine_map<(n, h, w, f) -> (n, h, w, f)>

// REWRITE-LABEL: func.func @linalg_matmul(
// REWRITE:         linalg.matmul ins(%{{.*}}, %{{.*}} : tensor<4x8xbf16>, tensor<8x4xbf16>) outs(%{{.*}} : tensor<4x4xf32>)
func.func @linalg_matmul(%a: tensor<4x8xf32>, %b: tensor<8x4xf32>) -> tensor<4x4xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4x4xf32>
  %c = linalg.fill ins(%zero : f32) outs(%e : tensor<4x4xf32>) -> tensor<4x4xf32>
  %r = linalg.matmul ins(%a, %b : tensor<4x8xf32>, tensor<8x4xf32>) outs(%c : tensor<4x4xf32>) -> tensor<4x4xf32>
  return %r : tensor<4x4xf32>
}

// REWRITE-LABEL: func.func @linalg_matmul_ref(
// REWRITE-NOT:     linalg.matmul
func.func @linalg_matmul_ref(%a: tensor<4x8xf32>, %b: tensor<8x4xf32>) -> tensor<4x4xf32> {
  %ta = arith.truncf %a : tensor<4x8xf32> to tensor<4x8xbf16>
  %tb = arith.truncf %b : tensor<8x4xf32> to tensor<8x4xbf16>
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4x4xf32>
  %c = linalg.fill ins(%zero : f32) outs(%e : tensor<4x4xf32>) -> tensor<4x4xf32>
  %r = linalg.generic {indexing_maps = [#mk, #kn, #mn], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%ta, %tb : tensor<4x8xbf16>, tensor<8x4xbf16>) outs(%c : tensor<4x4xf32>) {
  ^bb0(%x: bf16, %y: bf16, %acc: f32):
    %ex = arith.extf %x : bf16 to f32
    %ey = arith.extf %y : bf16 to f32
    %m = arith.mulf %ex, %ey : f32
    %s = arith.addf %acc, %m : f32
    linalg.yield %s : f32
  } -> tensor<4x4xf32>
  return %r : tensor<4x4xf32>
}

// REWRITE-LABEL: func.func @tosa_matmul(
// REWRITE:         tosa.matmul {{.*}} : (tensor<1x4x8xbf16>, tensor<1x8x4xbf16>, tensor<1xbf16>, tensor<1xbf16>) -> tensor<1x4x4xf32>
func.func @tosa_matmul(%a: tensor<1x4x8xf32>, %b: tensor<1x8x4xf32>) -> tensor<1x4x4xf32> {
  %z = "tosa.const"() {values = dense<0.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %r = tosa.matmul %a, %b, %z, %z : (tensor<1x4x8xf32>, tensor<1x8x4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4xf32>
  return %r : tensor<1x4x4xf32>
}

func.func @tosa_matmul_ref(%a: tensor<1x4x8xf32>, %b: tensor<1x8x4xf32>) -> tensor<1x4x4xf32> {
  %ta = arith.truncf %a : tensor<1x4x8xf32> to tensor<1x4x8xbf16>
  %tb = arith.truncf %b : tensor<1x8x4xf32> to tensor<1x8x4xbf16>
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x4x4xf32>
  %c = linalg.fill ins(%zero : f32) outs(%e : tensor<1x4x4xf32>) -> tensor<1x4x4xf32>
  %r = linalg.generic {indexing_maps = [#bmk, #bkn, #bmn], iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
      ins(%ta, %tb : tensor<1x4x8xbf16>, tensor<1x8x4xbf16>) outs(%c : tensor<1x4x4xf32>) {
  ^bb0(%x: bf16, %y: bf16, %acc: f32):
    %ex = arith.extf %x : bf16 to f32
    %ey = arith.extf %y : bf16 to f32
    %m = arith.mulf %ex, %ey : f32
    %s = arith.addf %acc, %m : f32
    linalg.yield %s : f32
  } -> tensor<1x4x4xf32>
  return %r : tensor<1x4x4xf32>
}

// REWRITE-LABEL: func.func @linalg_conv(
// REWRITE:         linalg.conv_2d_nhwc_hwcf {{.*}} ins(%{{.*}}, %{{.*}} : tensor<1x5x5x2xbf16>, tensor<3x3x2x3xbf16>) outs(%{{.*}} : tensor<1x3x3x3xf32>)
func.func @linalg_conv(%x: tensor<1x5x5x2xf32>, %w: tensor<3x3x2x3xf32>) -> tensor<1x3x3x3xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x3x3x3xf32>
  %o = linalg.fill ins(%zero : f32) outs(%e : tensor<1x3x3x3xf32>) -> tensor<1x3x3x3xf32>
  %r = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<1x5x5x2xf32>, tensor<3x3x2x3xf32>) outs(%o : tensor<1x3x3x3xf32>) -> tensor<1x3x3x3xf32>
  return %r : tensor<1x3x3x3xf32>
}

func.func @linalg_conv_ref(%x: tensor<1x5x5x2xf32>, %w: tensor<3x3x2x3xf32>) -> tensor<1x3x3x3xf32> {
  %tx = arith.truncf %x : tensor<1x5x5x2xf32> to tensor<1x5x5x2xbf16>
  %tw = arith.truncf %w : tensor<3x3x2x3xf32> to tensor<3x3x2x3xbf16>
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x3x3x3xf32>
  %o = linalg.fill ins(%zero : f32) outs(%e : tensor<1x3x3x3xf32>) -> tensor<1x3x3x3xf32>
  %r = linalg.generic {indexing_maps = [#cin, #chwcf, #cout],
                       iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction"]}
      ins(%tx, %tw : tensor<1x5x5x2xbf16>, tensor<3x3x2x3xbf16>) outs(%o : tensor<1x3x3x3xf32>) {
  ^bb0(%i: bf16, %k: bf16, %acc: f32):
    %ei = arith.extf %i : bf16 to f32
    %ek = arith.extf %k : bf16 to f32
    %m = arith.mulf %ei, %ek : f32
    %s = arith.addf %acc, %m : f32
    linalg.yield %s : f32
  } -> tensor<1x3x3x3xf32>
  return %r : tensor<1x3x3x3xf32>
}

// REWRITE-LABEL: func.func @tosa_conv(
// REWRITE:         %[[C:.*]] = tosa.conv2d {{.*}} {acc_type = f32, {{.*}}} : (tensor<1x5x5x2xbf16>, tensor<3x3x3x2xbf16>, tensor<3xbf16>, tensor<1xbf16>, tensor<1xbf16>) -> tensor<1x3x3x3xbf16>
// REWRITE:         tosa.cast %[[C]] : (tensor<1x3x3x3xbf16>) -> tensor<1x3x3x3xf32>
func.func @tosa_conv(%x: tensor<1x5x5x2xf32>, %w: tensor<3x3x3x2xf32>, %b: tensor<3xf32>) -> tensor<1x3x3x3xf32> {
  %z = "tosa.const"() {values = dense<0.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %r = tosa.conv2d %x, %w, %b, %z, %z {acc_type = f32, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>, dilation = array<i64: 1, 1>}
      : (tensor<1x5x5x2xf32>, tensor<3x3x3x2xf32>, tensor<3xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x3x3x3xf32>
  return %r : tensor<1x3x3x3xf32>
}

// TOSA's bf16 conv2d: bf16 input, weight and bias; the f32 accumulator
// starts from the bias; the output is rounded to bf16.
func.func @tosa_conv_ref(%x: tensor<1x5x5x2xf32>, %w: tensor<3x3x3x2xf32>, %b: tensor<3xf32>) -> tensor<1x3x3x3xf32> {
  %tx = arith.truncf %x : tensor<1x5x5x2xf32> to tensor<1x5x5x2xbf16>
  %tw = arith.truncf %w : tensor<3x3x3x2xf32> to tensor<3x3x3x2xbf16>
  %tb = arith.truncf %b : tensor<3xf32> to tensor<3xbf16>
  %e = tensor.empty() : tensor<1x3x3x3xf32>
  %o = linalg.generic {indexing_maps = [#bias, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%tb : tensor<3xbf16>) outs(%e : tensor<1x3x3x3xf32>) {
  ^bb0(%v: bf16, %unused: f32):
    %ev = arith.extf %v : bf16 to f32
    linalg.yield %ev : f32
  } -> tensor<1x3x3x3xf32>
  %r = linalg.generic {indexing_maps = [#cin, #cfhwc, #cout],
                       iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction"]}
      ins(%tx, %tw : tensor<1x5x5x2xbf16>, tensor<3x3x3x2xbf16>) outs(%o : tensor<1x3x3x3xf32>) {
  ^bb0(%i: bf16, %k: bf16, %acc: f32):
    %ei = arith.extf %i : bf16 to f32
    %ek = arith.extf %k : bf16 to f32
    %m = arith.mulf %ei, %ek : f32
    %s = arith.addf %acc, %m : f32
    linalg.yield %s : f32
  } -> tensor<1x3x3x3xf32>
  %n = arith.truncf %r : tensor<1x3x3x3xf32> to tensor<1x3x3x3xbf16>
  %back = arith.extf %n : tensor<1x3x3x3xbf16> to tensor<1x3x3x3xf32>
  return %back : tensor<1x3x3x3xf32>
}

// A transpose feeding the matmul: autocast narrows the matmul's inputs,
// hoist-casts then runs the transpose on bf16; the results stay the same.
// REWRITE-LABEL: func.func @block(
// REWRITE:         linalg.transpose ins(%arg0 : tensor<8x4xf32>)
// REWRITE:         arith.truncf %{{.*}} : tensor<4x8xf32> to tensor<4x8xbf16>
// HOISTED-LABEL: func.func @block(
// HOISTED:         arith.truncf %arg0 : tensor<8x4xf32> to tensor<8x4xbf16>
// HOISTED:         linalg.transpose ins(%{{.*}} : tensor<8x4xbf16>)
// HOISTED:         linalg.matmul ins(%{{.*}}, %{{.*}} : tensor<4x8xbf16>, tensor<8x4xbf16>)
func.func @block(%at: tensor<8x4xf32>, %b: tensor<8x4xf32>) -> tensor<4x4xf32> {
  %e = tensor.empty() : tensor<4x8xf32>
  %a = linalg.transpose ins(%at : tensor<8x4xf32>) outs(%e : tensor<4x8xf32>) permutation = [1, 0]
  %zero = arith.constant 0.0 : f32
  %e2 = tensor.empty() : tensor<4x4xf32>
  %c = linalg.fill ins(%zero : f32) outs(%e2 : tensor<4x4xf32>) -> tensor<4x4xf32>
  %r = linalg.matmul ins(%a, %b : tensor<4x8xf32>, tensor<8x4xf32>) outs(%c : tensor<4x4xf32>) -> tensor<4x4xf32>
  return %r : tensor<4x4xf32>
}

func.func @block_ref(%at: tensor<8x4xf32>, %b: tensor<8x4xf32>) -> tensor<4x4xf32> {
  %e = tensor.empty() : tensor<4x8xf32>
  %a = linalg.transpose ins(%at : tensor<8x4xf32>) outs(%e : tensor<4x8xf32>) permutation = [1, 0]
  %r = call @linalg_matmul_ref(%a, %b) : (tensor<4x8xf32>, tensor<8x4xf32>) -> tensor<4x4xf32>
  return %r : tensor<4x4xf32>
}

// Prints the bit patterns of a 4-D f32 tensor on one line.
func.func @print4(%t: tensor<?x?x?x?xf32>) {
  %bits = arith.bitcast %t : tensor<?x?x?x?xf32> to tensor<?x?x?x?xi32>
  %flat = tensor.collapse_shape %bits [[0, 1, 2, 3]] : tensor<?x?x?x?xi32> into tensor<?xi32>
  %u = tensor.cast %flat : tensor<?xi32> to tensor<*xi32>
  call @printMemrefI32(%u) : (tensor<*xi32>) -> ()
  return
}

func.func @main() {
  %a = arith.constant dense<[[-1.32103336, -1.64277661, 1.70214665, 1.38040328, 1.05866003, 0.736916661, 0.415173322, 0.0934299976], [1.02460003, 0.70285666, 0.381113321, 0.0593699999, -0.262373328, -0.584116638, -0.905860007, -1.22760332], [-0.29643333, -0.618176639, -0.939920008, -1.26166332, -1.58340669, 1.76151669, 1.43977332, 1.11802995], [-1.61746669, 1.72745669, 1.40571332, 1.08396995, 0.762226641, 0.440483332, 0.11874, -0.203003332]]> : tensor<4x8xf32>
  %b = arith.constant dense<[[-0.987699986, -1.30944335, -1.63118672, 1.71373665], [1.35793328, 1.03619003, 0.714446664, 0.392703325], [0.0368999988, -0.284843326, -0.606586695, -0.928330004], [-1.28413332, -1.60587668, 1.73904669, 1.41730332], [1.06149995, 0.739756644, 0.418013334, 0.0962700024], [-0.259533346, -0.581276655, -0.903020024, -1.22476327], [-1.58056664, 1.76435661, 1.44261336, 1.12086999], [0.765066683, 0.443323344, 0.121579997, -0.200163335]]> : tensor<8x4xf32>
  %x = arith.constant dense<[[[[-0.654366672, -0.976109982], [1.69126666, 1.36952329], [0.370233327, 0.048489999], [-0.950800002, -1.27254331], [1.39483333, 1.07308996]], [[1.69126666, 1.36952329], [0.370233327, 0.048489999], [-0.950800002, -1.27254331], [1.39483333, 1.07308996], [0.0737999976, -0.247943327]], [[0.370233327, 0.048489999], [-0.950800002, -1.27254331], [1.39483333, 1.07308996], [0.0737999976, -0.247943327], [-1.24723339, -1.56897664]], [[-0.950800002, -1.27254331], [1.39483333, 1.07308996], [0.0737999976, -0.247943327], [-1.24723339, -1.56897664], [1.0984, 0.776656687]], [[1.39483333, 1.07308996], [0.0737999976, -0.247943327], [-1.24723339, -1.56897664], [1.0984, 0.776656687], [-0.222633332, -0.544376671]]]]> : tensor<1x5x5x2xf32>
  %w = arith.constant dense<[[[[-0.321033329, -0.642776668, -0.964519978], [-1.64206672, 1.70285666, 1.38111329]], [[-1.64206672, 1.70285666, 1.38111329], [0.70356667, 0.381823331, 0.0600799993]], [[0.70356667, 0.381823331, 0.0600799993], [-0.617466688, -0.939209998, -1.26095331]]], [[[-1.64206672, 1.70285666, 1.38111329], [0.70356667, 0.381823331, 0.0600799993]], [[0.70356667, 0.381823331, 0.0600799993], [-0.617466688, -0.939209998, -1.26095331]], [[-0.617466688, -0.939209998, -1.26095331], [1.7281667, 1.40642333, 1.08467996]]], [[[0.70356667, 0.381823331, 0.0600799993], [-0.617466688, -0.939209998, -1.26095331]], [[-0.617466688, -0.939209998, -1.26095331], [1.7281667, 1.40642333, 1.08467996]], [[1.7281667, 1.40642333, 1.08467996], [0.407133341, 0.0853900015, -0.236353338]]]]> : tensor<3x3x2x3xf32>
  %wt = arith.constant dense<[[[[0.0122999996, -0.309443325], [-1.30873334, -1.63047671], [1.03690004, 0.715156674]], [[-1.30873334, -1.63047671], [1.03690004, 0.715156674], [-0.284133345, -0.605876684]], [[1.03690004, 0.715156674], [-0.284133345, -0.605876684], [-1.60516667, 1.7397567]]], [[[-1.30873334, -1.63047671], [1.03690004, 0.715156674], [-0.284133345, -0.605876684]], [[1.03690004, 0.715156674], [-0.284133345, -0.605876684], [-1.60516667, 1.7397567]], [[-0.284133345, -0.605876684], [-1.60516667, 1.7397567], [0.740466654, 0.418723345]]], [[[1.03690004, 0.715156674], [-0.284133345, -0.605876684], [-1.60516667, 1.7397567]], [[-0.284133345, -0.605876684], [-1.60516667, 1.7397567], [0.740466654, 0.418723345]], [[-1.60516667, 1.7397567], [0.740466654, 0.418723345], [-0.580566645, -0.902310014]]]]> : tensor<3x3x3x2xf32>
  %bias = arith.constant dense<[0.1, -0.3, 1.7]> : tensor<3xf32>

  %r0 = call @linalg_matmul(%a, %b) : (tensor<4x8xf32>, tensor<8x4xf32>) -> tensor<4x4xf32>
  %e0 = tensor.expand_shape %r0 [[0, 1], [2, 3]] output_shape [1, 4, 1, 4] : tensor<4x4xf32> into tensor<1x4x1x4xf32>
  %d0 = tensor.cast %e0 : tensor<1x4x1x4xf32> to tensor<?x?x?x?xf32>
  call @print4(%d0) : (tensor<?x?x?x?xf32>) -> ()
  %q0 = call @linalg_matmul_ref(%a, %b) : (tensor<4x8xf32>, tensor<8x4xf32>) -> tensor<4x4xf32>
  %f0 = tensor.expand_shape %q0 [[0, 1], [2, 3]] output_shape [1, 4, 1, 4] : tensor<4x4xf32> into tensor<1x4x1x4xf32>
  %g0 = tensor.cast %f0 : tensor<1x4x1x4xf32> to tensor<?x?x?x?xf32>
  call @print4(%g0) : (tensor<?x?x?x?xf32>) -> ()

  %a3 = tensor.expand_shape %a [[0, 1], [2]] output_shape [1, 4, 8] : tensor<4x8xf32> into tensor<1x4x8xf32>
  %b3 = tensor.expand_shape %b [[0, 1], [2]] output_shape [1, 8, 4] : tensor<8x4xf32> into tensor<1x8x4xf32>
  %r1 = call @tosa_matmul(%a3, %b3) : (tensor<1x4x8xf32>, tensor<1x8x4xf32>) -> tensor<1x4x4xf32>
  %e1 = tensor.expand_shape %r1 [[0], [1, 2], [3]] output_shape [1, 4, 1, 4] : tensor<1x4x4xf32> into tensor<1x4x1x4xf32>
  %d1 = tensor.cast %e1 : tensor<1x4x1x4xf32> to tensor<?x?x?x?xf32>
  call @print4(%d1) : (tensor<?x?x?x?xf32>) -> ()
  %q1 = call @tosa_matmul_ref(%a3, %b3) : (tensor<1x4x8xf32>, tensor<1x8x4xf32>) -> tensor<1x4x4xf32>
  %f1 = tensor.expand_shape %q1 [[0], [1, 2], [3]] output_shape [1, 4, 1, 4] : tensor<1x4x4xf32> into tensor<1x4x1x4xf32>
  %g1 = tensor.cast %f1 : tensor<1x4x1x4xf32> to tensor<?x?x?x?xf32>
  call @print4(%g1) : (tensor<?x?x?x?xf32>) -> ()

  %r2 = call @linalg_conv(%x, %w) : (tensor<1x5x5x2xf32>, tensor<3x3x2x3xf32>) -> tensor<1x3x3x3xf32>
  %d2 = tensor.cast %r2 : tensor<1x3x3x3xf32> to tensor<?x?x?x?xf32>
  call @print4(%d2) : (tensor<?x?x?x?xf32>) -> ()
  %q2 = call @linalg_conv_ref(%x, %w) : (tensor<1x5x5x2xf32>, tensor<3x3x2x3xf32>) -> tensor<1x3x3x3xf32>
  %g2 = tensor.cast %q2 : tensor<1x3x3x3xf32> to tensor<?x?x?x?xf32>
  call @print4(%g2) : (tensor<?x?x?x?xf32>) -> ()

  %r3 = call @tosa_conv(%x, %wt, %bias) : (tensor<1x5x5x2xf32>, tensor<3x3x3x2xf32>, tensor<3xf32>) -> tensor<1x3x3x3xf32>
  %d3 = tensor.cast %r3 : tensor<1x3x3x3xf32> to tensor<?x?x?x?xf32>
  call @print4(%d3) : (tensor<?x?x?x?xf32>) -> ()
  %q3 = call @tosa_conv_ref(%x, %wt, %bias) : (tensor<1x5x5x2xf32>, tensor<3x3x3x2xf32>, tensor<3xf32>) -> tensor<1x3x3x3xf32>
  %g3 = tensor.cast %q3 : tensor<1x3x3x3xf32> to tensor<?x?x?x?xf32>
  call @print4(%g3) : (tensor<?x?x?x?xf32>) -> ()

  %r4 = call @block(%b, %b) : (tensor<8x4xf32>, tensor<8x4xf32>) -> tensor<4x4xf32>
  %e4 = tensor.expand_shape %r4 [[0, 1], [2, 3]] output_shape [1, 4, 1, 4] : tensor<4x4xf32> into tensor<1x4x1x4xf32>
  %d4 = tensor.cast %e4 : tensor<1x4x1x4xf32> to tensor<?x?x?x?xf32>
  call @print4(%d4) : (tensor<?x?x?x?xf32>) -> ()
  %q4 = call @block_ref(%b, %b) : (tensor<8x4xf32>, tensor<8x4xf32>) -> tensor<4x4xf32>
  %f4 = tensor.expand_shape %q4 [[0, 1], [2, 3]] output_shape [1, 4, 1, 4] : tensor<4x4xf32> into tensor<1x4x1x4xf32>
  %g4 = tensor.cast %f4 : tensor<1x4x1x4xf32> to tensor<?x?x?x?xf32>
  call @print4(%g4) : (tensor<?x?x?x?xf32>) -> ()
  return
}
