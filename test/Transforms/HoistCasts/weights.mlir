// RUN: cast-hoist-opt %s -split-input-file --hoist-casts | FileCheck %s
// RUN: cast-hoist-opt %s -split-input-file --hoist-casts=exactness=bits | FileCheck %s --check-prefix=BITS
// RUN: cast-hoist-opt %s -split-input-file --hoist-casts=report -o /dev/null --mlir-print-op-on-diagnostic=false 2>&1 | FileCheck %s --check-prefix=REMARK
// RUN: cast-hoist-opt %s -split-input-file --hoist-casts | cast-hoist-opt -split-input-file | FileCheck %s --check-prefix=REPARSE
// RUN: cast-hoist-opt %s -split-input-file --hoist-casts=direction=down | FileCheck %s --check-prefix=DOWN
// RUN: cast-hoist-opt %s -split-input-file --pass-pipeline='builtin.module(func.func(hoist-casts))' | FileCheck %s --check-prefix=FUNC

// Weights stored narrow (docs/Rules.md, "Constants"): dense_resource blobs
// and ml_program globals are converted with the same rule table, refusals
// and contract as dense constants. The blobs hold f32 [1.0, -2.5, 0.1,
// 65504.0] unless said otherwise: bf16 [0x3F80, 0xC020, 0x3DCD, 0x4780]
// (0.1 rounds up, 65504 rounds to 65536), f16 [0x3C00, 0xC100, 0x2E66,
// 0x7BFF].

// A cast of a dense_resource constant folds into a new resource blob,
// named after the old one.
// CHECK-LABEL: func.func @resource_fold_bf16
// CHECK-NEXT:    %[[C:.*]] = arith.constant dense_resource<w_bf16> : tensor<4xbf16>
// CHECK-NEXT:    return %[[C]]
// CHECK:         w_bf16: "0x02000000803F20C0CD3D8047"
// REPARSE-LABEL: func.func @resource_fold_bf16
// FUNC-LABEL:    func.func @resource_fold_bf16
// FUNC-NEXT:       arith.constant dense_resource<w_bf16> : tensor<4xbf16>
// REPARSE:         w_bf16: "0x02000000803F20C0CD3D8047"
func.func @resource_fold_bf16() -> tensor<4xbf16> {
  %w = arith.constant dense_resource<w> : tensor<4xf32>
  %c = arith.truncf %w : tensor<4xf32> to tensor<4xbf16>
  return %c : tensor<4xbf16>
}
{-#
  dialect_resources: {
    builtin: {
      w: "0x040000000000803F000020C0CDCCCC3D00E07F47"
    }
  }
#-}

// -----

// A weight transposed then cast to f16: the cast is hoisted onto the
// tosa.const, which is converted at compile time into an f16 blob.
// CHECK-LABEL: func.func @resource_hoist_f16
// CHECK-NEXT:    %[[C:.*]] = "tosa.const"() <{values = dense_resource<w_f16> : tensor<2x2xf16>}>
// CHECK-NEXT:    %[[T:.*]] = tosa.transpose %[[C]] {perms = array<i32: 1, 0>} : (tensor<2x2xf16>) -> tensor<2x2xf16>
// CHECK-NEXT:    return %[[T]]
// CHECK:         w_f16: "0x02000000003C00C1662EFF7B"
func.func @resource_hoist_f16() -> tensor<2x2xf16> {
  %w = "tosa.const"() {values = dense_resource<w> : tensor<2x2xf32>} : () -> tensor<2x2xf32>
  %t = tosa.transpose %w {perms = array<i32: 1, 0>} : (tensor<2x2xf32>) -> tensor<2x2xf32>
  %c = tosa.cast %t : (tensor<2x2xf32>) -> tensor<2x2xf16>
  return %c : tensor<2x2xf16>
}
{-#
  dialect_resources: {
    builtin: {
      w: "0x040000000000803F000020C0CDCCCC3D00E07F47"
    }
  }
#-}

// -----

// Sinking a widening cast below a concat with a resource constant: the
// constant [1.0, -2.0, 0.5, 8.0] has an exact f16 preimage, stored as a
// new blob.
// CHECK-LABEL: func.func @resource_sink_preimage
// CHECK:         arith.constant dense_resource<k_f16> : tensor<4xf16>
// CHECK:         tosa.concat %{{.*}}, %{{.*}} {axis = 0 : i32} : (tensor<4xf16>, tensor<4xf16>) -> tensor<8xf16>
// CHECK-NEXT:    arith.extf
// CHECK:         k_f16: "0x02000000003C00C000380048"
func.func @resource_sink_preimage(%x: tensor<4xf16>) -> tensor<8xf32> {
  %e = arith.extf %x : tensor<4xf16> to tensor<4xf32>
  %k = arith.constant dense_resource<k> : tensor<4xf32>
  %j = tosa.concat %e, %k {axis = 0 : i32} : (tensor<4xf32>, tensor<4xf32>) -> tensor<8xf32>
  return %j : tensor<8xf32>
}
{-#
  dialect_resources: {
    builtin: {
      k: "0x040000000000803F000000C00000003F00000041"
    }
  }
#-}

// -----

// 0.1 has no exact f16 preimage: the widening cast stays above the concat.
// CHECK-LABEL: func.func @negative_resource_sink_no_preimage
// CHECK:         arith.extf
// CHECK-NEXT:    arith.constant dense_resource<k> : tensor<4xf32>
// CHECK-NEXT:    tosa.concat %{{.*}} -> tensor<8xf32>
func.func @negative_resource_sink_no_preimage(%x: tensor<4xf16>) -> tensor<8xf32> {
  %e = arith.extf %x : tensor<4xf16> to tensor<4xf32>
  %k = arith.constant dense_resource<k> : tensor<4xf32>
  %j = tosa.concat %e, %k {axis = 0 : i32} : (tensor<4xf32>, tensor<4xf32>) -> tensor<8xf32>
  return %j : tensor<8xf32>
}
{-#
  dialect_resources: {
    builtin: {
      k: "0x040000000000803FCDCCCC3D0000003F00000041"
    }
  }
#-}

// -----

// A NaN element (0x7FC00001): `values` converts it to a NaN; under `bits`
// its payload is not predictable, so the whole blob stays and so does the
// cast.
// CHECK-LABEL: func.func @resource_nan
// CHECK-NEXT:    arith.constant dense_resource<w_bf16> : tensor<4xbf16>
// CHECK-NEXT:    return
// BITS-LABEL:  func.func @resource_nan
// BITS-NEXT:     arith.constant dense_resource<w> : tensor<4xf32>
// BITS-NEXT:     arith.truncf
func.func @resource_nan() -> tensor<4xbf16> {
  %w = arith.constant dense_resource<w> : tensor<4xf32>
  %c = arith.truncf %w : tensor<4xf32> to tensor<4xbf16>
  return %c : tensor<4xbf16>
}
{-#
  dialect_resources: {
    builtin: {
      w: "0x040000000000803F0100C07F000020C000000080"
    }
  }
#-}

// -----

// A subnormal element (f32 0x000116C2, 1e-40): `values` converts it to the
// bf16 subnormal 0x0001; under `bits` a flushing target may give 0, so the
// IR stays.
// CHECK-LABEL: func.func @resource_subnormal
// CHECK-NEXT:    arith.constant dense_resource<w_bf16> : tensor<4xbf16>
// CHECK:         w_bf16: "0x02000000803F010020C00080"
// BITS-LABEL:  func.func @resource_subnormal
// BITS-NEXT:     arith.constant dense_resource<w> : tensor<4xf32>
// BITS-NEXT:     arith.truncf
func.func @resource_subnormal() -> tensor<4xbf16> {
  %w = arith.constant dense_resource<w> : tensor<4xf32>
  %c = arith.truncf %w : tensor<4xf32> to tensor<4xbf16>
  return %c : tensor<4xbf16>
}
{-#
  dialect_resources: {
    builtin: {
      w: "0x040000000000803FC2160100000020C000000080"
    }
  }
#-}

// -----

// 300.0 is out of the i8 range: tosa.cast's saturation value varies between
// lowerings, so the whole fold is refused, under both contracts.
// CHECK-LABEL: func.func @negative_resource_out_of_range
// CHECK-NEXT:    "tosa.const"() <{values = dense_resource<w> : tensor<4xf32>}>
// CHECK-NEXT:    tosa.cast %{{.*}} : (tensor<4xf32>) -> tensor<4xi8>
// BITS-LABEL:  func.func @negative_resource_out_of_range
// BITS-NEXT:     "tosa.const"() <{values = dense_resource<w> : tensor<4xf32>}>
// BITS-NEXT:     tosa.cast
func.func @negative_resource_out_of_range() -> tensor<4xi8> {
  %w = "tosa.const"() {values = dense_resource<w> : tensor<4xf32>} : () -> tensor<4xf32>
  %c = tosa.cast %w : (tensor<4xf32>) -> tensor<4xi8>
  return %c : tensor<4xi8>
}
{-#
  dialect_resources: {
    builtin: {
      w: "0x040000000000803F00009643000020C000000000"
    }
  }
#-}

// -----

// The blob holds 2 elements, the type says 4: nothing to convert safely.
// CHECK-LABEL: func.func @negative_resource_wrong_size
// CHECK-NEXT:    arith.constant dense_resource<w> : tensor<4xf32>
// CHECK-NEXT:    arith.truncf
func.func @negative_resource_wrong_size() -> tensor<4xbf16> {
  %w = arith.constant dense_resource<w> : tensor<4xf32>
  %c = arith.truncf %w : tensor<4xf32> to tensor<4xbf16>
  return %c : tensor<4xbf16>
}
{-#
  dialect_resources: {
    builtin: {
      w: "0x040000000000803F000000C0"
    }
  }
#-}

// -----

// A resource without a blob (no dialect_resources entry): nothing to
// convert.
// CHECK-LABEL: func.func @negative_resource_missing_blob
// CHECK-NEXT:    arith.constant dense_resource<absent> : tensor<4xf32>
// CHECK-NEXT:    arith.truncf
func.func @negative_resource_missing_blob() -> tensor<4xbf16> {
  %w = arith.constant dense_resource<absent> : tensor<4xf32>
  %c = arith.truncf %w : tensor<4xf32> to tensor<4xbf16>
  return %c : tensor<4xbf16>
}

// -----

// ml_program: a private immutable global read only through the same
// narrowing cast, in two functions, is stored narrow; the wide one is gone.
// CHECK-LABEL: ml_program.global private @g_bf16(dense_resource<g_bf16> : tensor<4xbf16>) : tensor<4xbf16>
// CHECK-NOT:     @g(
// CHECK-LABEL: func.func @global_first
// CHECK-NEXT:    %[[L:.*]] = ml_program.global_load_const @g_bf16 : tensor<4xbf16>
// CHECK-NEXT:    return %[[L]]
// CHECK-LABEL: func.func @global_second
// CHECK-NEXT:    %[[L:.*]] = ml_program.global_load_const @g_bf16 : tensor<4xbf16>
// CHECK-NEXT:    tosa.transpose %[[L]]
// CHECK:         g_bf16: "0x02000000803F20C0CD3D8047"
// REMARK: remark: stored as 'bf16': 2 load(s), 2 cast(s) folded
// Globals are rewritten only when the pass runs on a module, and only when
// narrowing casts move (not under direction=down).
// DOWN-LABEL:  ml_program.global private @g(dense_resource<g> : tensor<4xf32>)
// DOWN-LABEL:  func.func @global_first
// DOWN-NEXT:     ml_program.global_load_const @g : tensor<4xf32>
// FUNC-LABEL:  ml_program.global private @g(dense_resource<g> : tensor<4xf32>)
// FUNC-LABEL:  func.func @global_first
// FUNC-NEXT:     ml_program.global_load_const @g : tensor<4xf32>
ml_program.global private @g(dense_resource<g> : tensor<4xf32>) : tensor<4xf32>
func.func @global_first() -> tensor<4xbf16> {
  %0 = ml_program.global_load_const @g : tensor<4xf32>
  %1 = arith.truncf %0 : tensor<4xf32> to tensor<4xbf16>
  return %1 : tensor<4xbf16>
}
func.func @global_second() -> tensor<4xbf16> {
  %0 = ml_program.global_load_const @g : tensor<4xf32>
  %1 = arith.truncf %0 : tensor<4xf32> to tensor<4xbf16>
  %2 = tosa.transpose %1 {perms = array<i32: 0>} : (tensor<4xbf16>) -> tensor<4xbf16>
  return %2 : tensor<4xbf16>
}
{-#
  dialect_resources: {
    builtin: {
      g: "0x040000000000803F000020C0CDCCCC3D00E07F47"
    }
  }
#-}

// -----

// A dense global narrows the same way, here to f16 through tosa.cast.
// CHECK-LABEL: ml_program.global private @d_f16(dense<[1.000000e+00, -2.500000e+00]> : tensor<2xf16>) : tensor<2xf16>
// CHECK-LABEL: func.func @global_dense
// CHECK-NEXT:    ml_program.global_load_const @d_f16 : tensor<2xf16>
// CHECK-NEXT:    return
ml_program.global private @d(dense<[1.0, -2.5]> : tensor<2xf32>) : tensor<2xf32>
func.func @global_dense() -> tensor<2xf16> {
  %0 = ml_program.global_load_const @d : tensor<2xf32>
  %1 = tosa.cast %0 : (tensor<2xf32>) -> tensor<2xf16>
  return %1 : tensor<2xf16>
}

// -----

// One load is returned wide: the wide global is needed anyway, and a second,
// narrow copy would add memory, not save it.
// CHECK-LABEL: ml_program.global private @g(
// CHECK-NOT:     @g_bf16
// CHECK-LABEL: func.func @negative_global_mixed_users
// CHECK-NEXT:    ml_program.global_load_const @g : tensor<2xf32>
// CHECK-NEXT:    arith.truncf
// REMARK: remark: not narrowed: a load has a user that is not a cast of it
ml_program.global private @g(dense<[1.0, -2.5]> : tensor<2xf32>) : tensor<2xf32>
func.func @negative_global_mixed_users() -> (tensor<2xbf16>, tensor<2xf32>) {
  %0 = ml_program.global_load_const @g : tensor<2xf32>
  %1 = arith.truncf %0 : tensor<2xf32> to tensor<2xbf16>
  %2 = ml_program.global_load_const @g : tensor<2xf32>
  return %1, %2 : tensor<2xbf16>, tensor<2xf32>
}

// -----

// A mutable global may be stored to at run time with wide values: its
// reads stay wide.
// CHECK-LABEL: ml_program.global private mutable @m(
// CHECK-LABEL: func.func @negative_global_mutable
// CHECK-NEXT:    ml_program.global_load @m : tensor<2xf32>
// CHECK-NEXT:    arith.truncf
ml_program.global private mutable @m(dense<[1.0, -2.5]> : tensor<2xf32>) : tensor<2xf32>
func.func @negative_global_mutable() -> tensor<2xbf16> {
  %0 = ml_program.global_load @m : tensor<2xf32>
  %1 = arith.truncf %0 : tensor<2xf32> to tensor<2xbf16>
  return %1 : tensor<2xbf16>
}

// -----

// A public global is part of the module's ABI: other modules may read it
// as f32.
// CHECK-LABEL: ml_program.global public @p(
// CHECK-LABEL: func.func @negative_global_public
// CHECK-NEXT:    ml_program.global_load_const @p : tensor<2xf32>
// CHECK-NEXT:    arith.truncf
ml_program.global public @p(dense<[1.0, -2.5]> : tensor<2xf32>) : tensor<2xf32>
func.func @negative_global_public() -> tensor<2xbf16> {
  %0 = ml_program.global_load_const @p : tensor<2xf32>
  %1 = arith.truncf %0 : tensor<2xf32> to tensor<2xbf16>
  return %1 : tensor<2xbf16>
}

// -----

// Loads cast to different types: one narrow global would not serve both.
// CHECK-LABEL: ml_program.global private @g(
// CHECK-LABEL: func.func @negative_global_different_casts
// CHECK:         arith.truncf %{{.*}} : tensor<2xf32> to tensor<2xbf16>
// CHECK:         arith.truncf %{{.*}} : tensor<2xf32> to tensor<2xf16>
// REMARK: remark: not narrowed: its loads are cast in different ways
ml_program.global private @g(dense<[1.0, -2.5]> : tensor<2xf32>) : tensor<2xf32>
func.func @negative_global_different_casts() -> (tensor<2xbf16>, tensor<2xf16>) {
  %0 = ml_program.global_load_const @g : tensor<2xf32>
  %1 = arith.truncf %0 : tensor<2xf32> to tensor<2xbf16>
  %2 = ml_program.global_load_const @g : tensor<2xf32>
  %3 = arith.truncf %2 : tensor<2xf32> to tensor<2xf16>
  return %1, %3 : tensor<2xbf16>, tensor<2xf16>
}

// -----

// The global's NaN element: converted under `values`, refused under `bits`
// (same rules as any constant).
// CHECK-LABEL: ml_program.global private @n_bf16(
// BITS-LABEL:  ml_program.global private @n(
// BITS-LABEL:  func.func @global_nan
// BITS-NEXT:     ml_program.global_load_const @n : tensor<4xf32>
// BITS-NEXT:     arith.truncf
ml_program.global private @n(dense_resource<n> : tensor<4xf32>) : tensor<4xf32>
func.func @global_nan() -> tensor<4xbf16> {
  %0 = ml_program.global_load_const @n : tensor<4xf32>
  %1 = arith.truncf %0 : tensor<4xf32> to tensor<4xbf16>
  return %1 : tensor<4xbf16>
}
{-#
  dialect_resources: {
    builtin: {
      n: "0x040000000000803F0100C07F000020C000000080"
    }
  }
#-}
