# -*- Python -*-
# lit configuration for the cast-hoist regression tests.

import os

import lit.formats
from lit.llvm import llvm_config
from lit.llvm.subst import ToolSubst

config.name = "CAST-HOIST"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir", ".test"]
config.excludes = ["Inputs", "CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.casthoist_obj_root, "test")

config.substitutions.append(("%PATH%", config.environment["PATH"]))
config.substitutions.append(("%mlir_lib_dir", config.mlir_lib_dir))
config.substitutions.append(("%casthoist_lib_dir", config.casthoist_lib_dir))
config.substitutions.append(("%casthoist_src_root", config.casthoist_src_root))

# Sanitized builds cannot be loaded into Debian's uninstrumented mlir-opt.
if config.casthoist_sanitizer_build:
    config.available_features.add("sanitizer")

llvm_config.with_system_environment(["HOME", "INCLUDE", "LIB", "TMP", "TEMP"])
llvm_config.use_default_substitutions()

llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)
tool_dirs = [config.casthoist_tools_dir, config.llvm_tools_dir]
tools = [
    "cast-hoist-opt",
    ToolSubst("mlir-opt", unresolved="ignore"),
    ToolSubst("mlir-runner", unresolved="ignore"),
]
llvm_config.add_tool_substitutions(tools, tool_dirs)

# Lowering to LLVM and running on the CPU (see docs/Testing.md and
# ../shared/docs/toolchain.md): tmov ops go through convert-tmov-to-linalg,
# TOSA through the tosa-to-* conversions; f8 arithmetic goes through APFloat.
one_shot_bufferize = ("one-shot-bufferize{bufferize-function-boundaries "
                      "function-boundary-type-conversion=identity-layout-map%s}")
lower_passes = [
    "convert-tmov-to-linalg",
    # tosa-to-scf first: tosa-to-linalg fails on tosa.scatter.
    "func.func(tosa-to-scf,tosa-to-linalg-named,tosa-to-linalg,"
    "tosa-to-tensor,tosa-to-arith)",
    "convert-elementwise-to-linalg",
    "canonicalize",
    one_shot_bufferize % "",
    "cse",
    "canonicalize",
    "drop-equivalent-buffer-results",
    "buffer-deallocation-pipeline",
    "convert-bufferization-to-memref",
    "convert-linalg-to-loops",
    "expand-strided-metadata",
    "lower-affine",
    "convert-vector-to-scf{full-unroll=true}",
    "convert-vector-to-llvm",
    "finalize-memref-to-llvm",
    "convert-scf-to-cf",
    "convert-cf-to-llvm",
    "convert-arith-to-llvm",
    "convert-arith-to-apfloat",
    "convert-arith-to-llvm",
    "convert-math-to-llvm",
    "convert-index-to-llvm",
    "convert-func-to-llvm",
    "convert-ub-to-llvm",
    "reconcile-unrealized-casts",
]
lower_pipeline = ",".join(lower_passes)
# The same pipeline for code whose loops yield new tensors (one-shot-bufferize
# rejects them otherwise). Added first: %lower-to-llvm is a prefix of it.
lower_loops_pipeline = ",".join(
    one_shot_bufferize % " allow-return-allocs-from-loops"
    if p == one_shot_bufferize % "" else p for p in lower_passes)
config.substitutions.append(
    ("%lower-to-llvm-loops",
     "--pass-pipeline='builtin.module(%s)'" % lower_loops_pipeline))
config.substitutions.append(
    ("%lower-to-llvm", "--pass-pipeline='builtin.module(%s)'" % lower_pipeline))
runner_libs = ",".join(
    os.path.join(config.mlir_lib_dir, lib)
    for lib in [
        "libmlir_runner_utils.so",
        "libmlir_c_runner_utils.so",
        "libmlir_float16_utils.so",
        "libmlir_apfloat_wrappers.so",
    ]
)
config.substitutions.append(
    ("%run-cpu",
     "mlir-runner -e main -entry-point-result=void -shared-libs=%s" % runner_libs))
