#!/usr/bin/env python3
"""Runtime benchmark for --hoist-casts (python3 stdlib only).

For a few model-shaped graphs (TOSA, as models arrive) of the form
  producer output (a function argument) -> data movement -> cast f32->f16
this script

  1. writes the "before" program and the --hoist-casts (policy=profitable,
     the default) and --hoist-casts=policy=always "after" programs, and parses
     the modeled traffic from --hoist-casts=report remarks;
  2. lowers each program to LLVM with ONE tiled + vectorized lowering, the same
     for every version (see LOWERING below): the data-movement op and the cast
     stay separate kernels (no elementwise fusion);
  3. checks that the vectorized IR of the kernel has vector ops and no scalar
     linalg loops left;
  4. runs each program under mlir-runner -O3: @main calls @kernel once (warm
     up), then repeatedly for --budget seconds between two rtclock() calls,
     prints the elapsed time and call count,
     then calls it once more and prints an order-sensitive hash of the result's
     bit patterns; the hash must be identical for before and after;
  5. prints a table (modeled bytes, per-call time min/median, speedup).

It is a benchmark, not a test: it reports numbers, and fails only if a program
does not compile/run or the before/after checksums differ.
"""

import argparse
import datetime
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
LLVM_BIN = "/usr/lib/llvm-22/bin"
LLVM_LIB = "/usr/lib/llvm-22/lib"

# ---------------------------------------------------------------------------
# Lowering (identical for every version of every graph)
# ---------------------------------------------------------------------------

# Stage 1: TOSA/tmov -> linalg on tensors.
STAGE1 = ",".join([
    "convert-tmov-to-linalg",
    "func.func(tosa-to-linalg-named,tosa-to-linalg,tosa-to-tensor,"
    "tosa-to-arith,tosa-to-scf)",
    "convert-elementwise-to-linalg",
    "canonicalize",
])
# Then: tag every linalg op of @kernel, tile + vectorize it on tensors
# (transform dialect), so transposes, casts and the gather become vector code.
# Stage 2: bufferize.
STAGE2 = ",".join([
    "one-shot-bufferize{bufferize-function-boundaries "
    "function-boundary-type-conversion=identity-layout-map}",
    "cse", "canonicalize", "drop-equivalent-buffer-results",
    "buffer-deallocation-pipeline", "convert-bufferization-to-memref",
    "canonicalize",
])
# Then: the copies that bufferization creates for tensor.concat / tensor.pad
# (memref.copy into subviews; unlowered they become an element-by-element
# runtime call) are rewritten to linalg.copy, generalized, tagged, tiled and
# vectorized the same way (also the pad's fill).
# Stage 3: everything to LLVM (the lit `lower_pipeline` from linalg on).
STAGE3 = ",".join([
    "canonicalize", "cse",
    "convert-linalg-to-loops",
    "expand-strided-metadata", "lower-affine",
    "convert-vector-to-scf{full-unroll=true}",
    "convert-vector-to-llvm",
    "finalize-memref-to-llvm", "convert-scf-to-cf", "convert-cf-to-llvm",
    "convert-arith-to-llvm", "convert-math-to-llvm", "convert-index-to-llvm",
    "convert-func-to-llvm", "convert-ub-to-llvm", "reconcile-unrealized-casts",
])

VECTOR_PATTERNS = """
    %f = transform.structured.match ops{["func.func"]} attributes{sym_name = "kernel"} in %root : (!transform.any_op) -> !transform.any_op
    transform.apply_patterns to %f {
      transform.apply_patterns.vector.lower_masked_transfers
      transform.apply_patterns.vector.transfer_permutation_patterns
      transform.apply_patterns.vector.reduction_to_contract
      transform.apply_patterns.vector.lower_transpose lowering_strategy = "TRANSPOSE_STRATEGY"
      transform.apply_patterns.vector.lower_transfer max_transfer_rank = 1
      transform.apply_patterns.vector.lower_shape_cast
      transform.apply_patterns.vector.lower_broadcast
    } : !transform.any_op
"""

LOWERING_DOC = """\
stage 1  convert-tmov-to-linalg, tosa-to-{linalg-named,linalg,tensor,arith,scf},
         convert-elementwise-to-linalg, canonicalize
tile/vec every linalg op of @kernel on tensors (transform dialect):
         transpose with a moved innermost dim: 16x16 tiles of the two innermost
         dims (input's and output's), 1 elsewhere; transpose keeping the
         innermost dim, casts, gather: 1 x ... x 1 x (divisor of last dim <= 64);
         transform.structured.vectorize; vector patterns: transfer permutation,
         lower_transpose (%s), lower_transfer rank 1, shape_cast, canonicalize
stage 2  one-shot-bufferize (function boundaries, identity layout), cse,
         canonicalize, drop-equivalent-buffer-results, buffer-deallocation-pipeline
copies   memref.copy (concat/pad) -> linalg.copy; linalg-generalize-named-ops;
         tile + vectorize like casts (also the pad's fill)
stage 3  convert-linalg-to-loops (nothing left in @kernel), expand-strided-metadata,
         lower-affine, convert-vector-to-scf{full-unroll}, convert-vector-to-llvm,
         finalize-memref-to-llvm, ... , reconcile-unrealized-casts
run      mlir-runner -O3 (LLVM O3 on top; host CPU), @kernel is noinline
No linalg-fuse-elementwise-ops anywhere: cast and data movement stay separate."""


def largest_divisor(n, cap):
    for d in range(min(n, cap), 0, -1):
        if n % d == 0:
            return d
    return 1


def tile_sizes(kind, shape, perm=None, vec=64, blk=16):
    r = len(shape)
    t = [1] * r
    if kind == "transpose":
        j = perm.index(r - 1)  # output dim that reads the input's innermost dim
        if j != r - 1:
            t[j] = largest_divisor(shape[j], blk)
            t[r - 1] = largest_divisor(shape[r - 1], blk)
            return t
    t[r - 1] = largest_divisor(shape[r - 1], vec)
    return t


def parse_shape(s):
    return [int(x) for x in s.split("x")[:-1]]


OUTS_RE = re.compile(r"outs\(%[\w.]+ : (?:tensor|memref)<([0-9x]+x[a-z0-9]+)")


def kernel_span(lines):
    start = end = None
    for i, l in enumerate(lines):
        if start is None and re.match(r"\s*func\.func @kernel\(", l):
            start = i
        elif start is not None and re.match(r"  (func\.func|\})", l):
            end = i
            break
    if start is None:
        raise RuntimeError("no @kernel in IR")
    return start, end if end is not None else len(lines)


def tag_ops(ir, first_tag, tiles):
    """Tag linalg.transpose/linalg.generic ops of @kernel; append (tag, sizes)
    to tiles. Returns the new IR."""
    lines = ir.split("\n")
    s, e = kernel_span(lines)
    n = first_tag
    for i in range(s, e):
        l = lines[i]
        if "linalg.transpose ins(" in l:
            m = OUTS_RE.search(l)
            perm = [int(x) for x in re.search(r"permutation = \[([0-9, ]+)\]", l).group(1).split(",")]
            shape = parse_shape(m.group(1))
            tag = "bench_t%d" % n
            lines[i] = l.rstrip() + " {%s}" % tag
            tiles.append((tag, tile_sizes("transpose", shape, perm), "transpose", shape))
            n += 1
        elif "linalg.generic {" in l:
            m = OUTS_RE.search(l)
            shape = parse_shape(m.group(1))
            tag = "bench_t%d" % n
            lines[i] = l.replace("linalg.generic {", "linalg.generic {%s, " % tag, 1)
            tiles.append((tag, tile_sizes("generic", shape), "generic", shape))
            n += 1
    return "\n".join(lines)


def transform_script(tiles, transpose_strategy):
    out = ["module attributes {transform.with_named_sequence} {",
           "  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {"]
    for k, (tag, sizes, _, _) in enumerate(tiles):
        nloops = sum(1 for x in sizes if x)
        out.append("    %%m%d = transform.structured.match attributes{%s} in %%root : (!transform.any_op) -> !transform.any_op" % (k, tag))
        out.append("    %%t%d, %%l%d:%d = transform.structured.tile_using_for %%m%d tile_sizes [%s] : (!transform.any_op) -> (!transform.any_op%s)"
                   % (k, k, nloops, k, ", ".join(map(str, sizes)), ", !transform.any_op" * nloops))
        out.append("    transform.structured.vectorize %%t%d {vectorize_nd_extract} : !transform.any_op" % k)
    out.append(VECTOR_PATTERNS.replace("TRANSPOSE_STRATEGY", transpose_strategy))
    out.append("    transform.yield")
    out.append("  }")
    out.append("}")
    return "\n".join(out) + "\n"


COPY_RE = re.compile(r"^(\s*)memref\.copy (%[\w.]+), (%[\w.]+) : (memref<.*>) to (memref<.*>)\s*$")


def copies_to_linalg(ir):
    lines = ir.split("\n")
    s, e = kernel_span(lines)
    for i in range(s, e):
        m = COPY_RE.match(lines[i])
        if m:
            lines[i] = "%slinalg.copy ins(%s : %s) outs(%s : %s)" % (
                m.group(1), m.group(2), m.group(4), m.group(3), m.group(5))
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# Graphs
# ---------------------------------------------------------------------------

def ttype(shape, et):
    return "tensor<%sx%s>" % ("x".join(map(str, shape)), et)


def nelem(shape):
    n = 1
    for d in shape:
        n *= d
    return n


def g_transpose(shape, perms):
    out = [shape[p] for p in perms]
    body = """  %%t = tosa.transpose %%x0 {perms = array<i32: %s>} : (%s) -> %s
  %%c = tosa.cast %%t : (%s) -> %s
  return %%c : %s""" % (", ".join(map(str, perms)), ttype(shape, "f32"), ttype(out, "f32"),
                        ttype(out, "f32"), ttype(out, "f16"), ttype(out, "f16"))
    return [(shape, "f32")], out, body


def g_attention(b, s, h, d, perms):
    shp = [b, s, h, d]
    out = [shp[p] for p in perms]
    body = """  %%s = tosa.const_shape {values = dense<[%d, %d, %d, %d]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %%r = tosa.reshape %%x0, %%s : (%s, !tosa.shape<4>) -> %s
  %%t = tosa.transpose %%r {perms = array<i32: %s>} : (%s) -> %s
  %%c = tosa.cast %%t : (%s) -> %s
  return %%c : %s""" % (b, s, h, d, ttype([b, s, h * d], "f32"), ttype(shp, "f32"),
                        ", ".join(map(str, perms)), ttype(shp, "f32"), ttype(out, "f32"),
                        ttype(out, "f32"), ttype(out, "f16"), ttype(out, "f16"))
    return [([b, s, h * d], "f32")], out, body


def g_unet(n, c, hh, ww, pad):
    a = [n, c, hh, ww]
    cat = [n, 2 * c, hh, ww]
    out = [n, 2 * c, hh + 2 * pad, ww + 2 * pad]
    body = """  %%cat = tosa.concat %%x0, %%x1 {axis = 1 : i32} : (%s, %s) -> %s
  %%p = tosa.const_shape {values = dense<[0, 0, 0, 0, %d, %d, %d, %d]> : tensor<8xindex>} : () -> !tosa.shape<8>
  %%z = "tosa.const"() {values = dense<0.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %%d = tosa.pad %%cat, %%p, %%z : (%s, !tosa.shape<8>, tensor<1xf32>) -> %s
  %%c = tosa.cast %%d : (%s) -> %s
  return %%c : %s""" % (ttype(a, "f32"), ttype(a, "f32"), ttype(cat, "f32"), pad, pad, pad, pad,
                        ttype(cat, "f32"), ttype(out, "f32"), ttype(out, "f32"), ttype(out, "f16"),
                        ttype(out, "f16"))
    return [(a, "f32"), (a, "f32")], out, body


def g_gather(rows, dim, nids):
    tab = [1, rows, dim]
    ids = [1, nids]
    out = [1, nids, dim]
    body = """  %%g = tosa.gather %%x0, %%x1 : (%s, %s) -> %s
  %%c = tosa.cast %%g : (%s) -> %s
  return %%c : %s""" % (ttype(tab, "f32"), ttype(ids, "i32"), ttype(out, "f32"),
                        ttype(out, "f32"), ttype(out, "f16"), ttype(out, "f16"))
    return [(tab, "f32"), (ids, "i32:%d" % rows)], out, body


GRAPHS = [
    # name, description, builder, (iterations full, quick), note
    ("nhwc2nchw", "[1,56,56,256] transpose 0,3,1,2",
     lambda: g_transpose([1, 56, 56, 256], [0, 3, 1, 2]), (200, 20), ""),
    ("attn_q", "[8,512,768]->[8,512,12,64] perm 0,2,1,3",
     lambda: g_attention(8, 512, 12, 64, [0, 2, 1, 3]), (100, 10), ""),
    ("attn_kT", "[8,512,768]->[8,512,12,64] perm 0,2,3,1",
     lambda: g_attention(8, 512, 12, 64, [0, 2, 3, 1]), (100, 10), ""),
    ("unet_join", "concat 2x[1,64,128,128] ch + pad 1",
     lambda: g_unet(1, 64, 128, 128, 1), (60, 6), ""),
    ("gather", "table [50000,512] x 4096 ids",
     lambda: g_gather(50000, 512, 4096), (60, 4),
     "profitable policy refuses (cast would run on the whole 102 MB table); "
     "'always' hoists it: see the always column"),
]


def gen_input_fn(idx, shape, et):
    """A function @gen_<idx> producing a pseudo-random tensor (hash of the
    linear index), opaque to the optimizer of @kernel."""
    r = len(shape)
    ty = ttype(shape, "f32" if et == "f32" else "i32")
    dims = ", ".join("d%d" % i for i in range(r))
    m = "affine_map<(%s) -> (%s)>" % (dims, dims)
    L = []
    L.append("func.func @gen_%d() -> %s {" % (idx, ty))
    L.append("  %%e = tensor.empty() : %s" % ty)
    L.append("  %%g = linalg.generic {indexing_maps = [%s], iterator_types = [%s]} outs(%%e : %s) {" %
             (m, ", ".join(['"parallel"'] * r), ty))
    L.append("  ^bb0(%%o: %s):" % ("f32" if et == "f32" else "i32"))
    L.append("    %lin0 = arith.constant 0 : index")
    prev = "%lin0"
    for i in range(r):
        L.append("    %%i%d = linalg.index %d : index" % (i, i))
        L.append("    %%s%d = arith.constant %d : index" % (i, shape[i]))
        L.append("    %%m%d = arith.muli %s, %%s%d : index" % (i, prev, i))
        L.append("    %%lin%d = arith.addi %%m%d, %%i%d : index" % (i + 1, i, i))
        prev = "%%lin%d" % (i + 1)
    L.append("    %%l32 = arith.index_cast %s : index to i32" % prev)
    L.append("    %k = arith.constant -1640531535 : i32")
    L.append("    %h0 = arith.muli %l32, %k : i32")
    L.append("    %c13 = arith.constant 13 : i32")
    L.append("    %h1 = arith.shrui %h0, %c13 : i32")
    L.append("    %h2 = arith.xori %h0, %h1 : i32")
    L.append("    %h3 = arith.muli %h2, %k : i32")
    if et == "f32":
        L.append("    %c8 = arith.constant 8 : i32")
        L.append("    %h4 = arith.shrsi %h3, %c8 : i32")
        L.append("    %f = arith.sitofp %h4 : i32 to f32")
        L.append("    %sc = arith.constant 6.103515625e-05 : f32")  # 2^-14: |v| < 512
        L.append("    %v = arith.mulf %f, %sc : f32")
        L.append("    linalg.yield %v : f32")
    else:
        mod = int(et.split(":")[1])
        L.append("    %c1 = arith.constant 1 : i32")
        L.append("    %h4 = arith.shrui %h3, %c1 : i32")
        L.append("    %%md = arith.constant %d : i32" % mod)
        L.append("    %v = arith.remui %h4, %md : i32")
        L.append("    linalg.yield %v : i32")
    L.append("  } -> %s" % ty)
    L.append("  return %%g : %s" % ty)
    L.append("}")
    return "\n".join(L)


def build_module(inputs, out, body, iters):
    args = ", ".join("%%x%d: %s" % (i, ttype(s, "f32" if et == "f32" else "i32"))
                     for i, (s, et) in enumerate(inputs))
    argtys = ", ".join(ttype(s, "f32" if et == "f32" else "i32") for s, et in inputs)
    outty = ttype(out, "f16")
    n = nelem(out)
    K = []
    K.append("func.func @kernel(%s) -> %s attributes {passthrough = [\"noinline\"]} {" % (args, outty))
    K.append(body)
    K.append("}")
    # The harness is appended after --hoist-casts ran on the kernel alone
    # (hoist-casts crashes on the harness's input-less linalg.generic).
    L = []
    L.append("func.func private @rtclock() -> f64")
    for i, (s, et) in enumerate(inputs):
        L.append(gen_input_fn(i, s, et))
    L.append("func.func @main() {")
    for i in range(len(inputs)):
        L.append("  %%in%d = func.call @gen_%d() : () -> %s" % (i, i, ttype(inputs[i][0], "f32" if inputs[i][1] == "f32" else "i32")))
    ins = ", ".join("%%in%d" % i for i in range(len(inputs)))
    L.append("  %%w = func.call @kernel(%s) : (%s) -> %s" % (ins, argtys, outty))
    L.append("  %c0 = arith.constant 0 : index")
    L.append("  %c1 = arith.constant 1 : index")
    # Call the kernel until `budget` seconds have passed (at least once).
    L.append("  %%budget = arith.constant %r : f64" % float(iters))
    L.append("  %n0 = arith.constant 0 : i64")
    L.append("  %n1 = arith.constant 1 : i64")
    L.append("  %t0 = func.call @rtclock() : () -> f64")
    L.append("  %n = scf.while (%i = %n0) : (i64) -> i64 {")
    L.append("    %tn = func.call @rtclock() : () -> f64")
    L.append("    %el = arith.subf %tn, %t0 : f64")
    L.append("    %go = arith.cmpf olt, %el, %budget : f64")
    L.append("    %first = arith.cmpi eq, %i, %n0 : i64")
    L.append("    %cont = arith.ori %go, %first : i1")
    L.append("    scf.condition(%cont) %i : i64")
    L.append("  } do {")
    L.append("  ^bb0(%i: i64):")
    L.append("    %%r = func.call @kernel(%s) : (%s) -> %s" % (ins, argtys, outty))
    L.append("    %ip = arith.addi %i, %n1 : i64")
    L.append("    scf.yield %ip : i64")
    L.append("  }")
    L.append("  %t1 = func.call @rtclock() : () -> f64")
    L.append("  %dt = arith.subf %t1, %t0 : f64")
    L.append("  vector.print str \"TIME \"")
    L.append("  vector.print %dt : f64")
    L.append("  vector.print str \"ITERS \"")
    L.append("  vector.print %n : i64")
    L.append("  %%res = func.call @kernel(%s) : (%s) -> %s" % (ins, argtys, outty))
    L.append("  %%flat = tensor.collapse_shape %%res [[%s]] : %s into tensor<%dxf16>" %
             (", ".join(str(i) for i in range(len(out))), outty, n))
    L.append("  %%bits = arith.bitcast %%flat : tensor<%dxf16> to tensor<%dxi16>" % (n, n))
    L.append("  %%cN = arith.constant %d : index" % n)
    L.append("  %h0 = arith.constant 1469598103934665603 : i64")
    L.append("  %prime = arith.constant 1099511628211 : i64")
    L.append("  %h = scf.for %j = %c0 to %cN step %c1 iter_args(%acc = %h0) -> (i64) {")
    L.append("    %%e = tensor.extract %%bits[%%j] : tensor<%dxi16>" % n)
    L.append("    %z = arith.extui %e : i16 to i64")
    L.append("    %x = arith.xori %acc, %z : i64")
    L.append("    %y = arith.muli %x, %prime : i64")
    L.append("    scf.yield %y : i64")
    L.append("  }")
    L.append("  vector.print str \"HASH \"")
    L.append("  vector.print %h : i64")
    L.append("  return")
    L.append("}")
    return "\n".join(K) + "\n", "\n".join(L) + "\n"


# ---------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------

class Fail(Exception):
    pass


def run(cmd, inp=None, timeout=900):
    p = subprocess.run(cmd, input=inp, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       universal_newlines=True, timeout=timeout)
    if p.returncode != 0:
        raise Fail("command failed (%d): %s\n%s" % (p.returncode, " ".join(cmd[:3]) + " ...", p.stderr[-4000:]))
    return p.stdout, p.stderr


REPORT_RE = re.compile(r"hoist-casts: data movement (\d+) -> (\d+) bytes, casts (\d+) -> (\d+) bytes, "
                       r"total (\d+) -> (\d+) bytes")


def hoist(opt, src, options, dst):
    out, err = run([opt, src, "--hoist-casts=report %s" % options,
                    "--mlir-print-op-on-diagnostic=false", "-o", dst])
    m = None
    for line in err.splitlines():
        if "@kernel" in line:
            pass
        mm = REPORT_RE.search(line)
        if mm:
            m = mm  # kernel is the first function with data movement
            break
    if not m:
        raise Fail("no report remark for %s:\n%s" % (src, err))
    notes = [l.split("remark: ", 1)[1] for l in err.splitlines() if "remark: " in l and "hoist-casts:" not in l]
    return tuple(int(x) for x in m.groups()), notes


def lower(opt, src, work, stem, transpose_strategy):
    """Returns the path of the LLVM-dialect file and a dict of checks."""
    s1, _ = run([opt, src, "--pass-pipeline=builtin.module(%s)" % STAGE1])
    tiles = []
    s1 = tag_ops(s1, 0, tiles)
    ph1 = len(tiles)
    tr1 = os.path.join(work, stem + ".tr1.mlir")
    with open(tr1, "w") as f:
        f.write(transform_script(tiles, transpose_strategy))
    s2, _ = run([opt, "--pass-pipeline=builtin.module(transform-preload-library{transform-library-paths=%s},"
                 "transform-interpreter,canonicalize,cse,%s)" % (tr1, STAGE2)], inp=s1)
    s2 = copies_to_linalg(s2)
    s2, _ = run([opt, "--linalg-generalize-named-ops"], inp=s2)
    tiles2 = []
    s2 = tag_ops(s2, 100, tiles2)
    if tiles2:
        tr2 = os.path.join(work, stem + ".tr2.mlir")
        with open(tr2, "w") as f:
            f.write(transform_script(tiles2, transpose_strategy))
        s2, _ = run([opt, "--pass-pipeline=builtin.module(transform-preload-library{transform-library-paths=%s},"
                     "transform-interpreter,canonicalize,cse)" % tr2], inp=s2)
    vec = os.path.join(work, stem + ".vec.mlir")
    with open(vec, "w") as f:
        f.write(s2)
    # Checks on the vectorized kernel.
    lines = s2.split("\n")
    a, b = kernel_span(lines)
    kern = "\n".join(lines[a:b])
    checks = {
        "vector_reads": len(re.findall(r"vector\.(transfer_read|load|gather|maskedload)", kern)),
        "vector_writes": len(re.findall(r"vector\.(transfer_write|store|scatter|maskedstore)", kern)),
        "linalg_left": len(re.findall(r"linalg\.\w+", kern)),
        "memref_copy_left": kern.count("memref.copy"),
        "scalar_loads": len(re.findall(r"memref\.load", kern)),
        "vector_gather": kern.count("vector.gather"),
        "tiles": [(t[2], t[3], t[1]) for t in tiles + tiles2],
    }
    ll, _ = run([opt, "--pass-pipeline=builtin.module(%s)" % STAGE3], inp=s2)
    llf = os.path.join(work, stem + ".llvm.mlir")
    with open(llf, "w") as f:
        f.write(ll)
    return llf, checks


# Every call of @kernel mallocs its intermediate and its result (1.6-100 MB)
# and frees them. With glibc's default, dynamic mmap threshold, whether such a
# block comes from mmap (fresh pages: a page fault + zeroing per 4 KiB on
# every call) or from the reused heap depends on the sizes of earlier frees:
# measured on nhwc2nchw, the f16 "after" version paid ~1 ms/call of page
# faults that the f32 version did not (its larger first free raised the
# threshold). That measures malloc, not the kernel, so by default the runner
# gets a fixed policy: never mmap, never trim (--default-malloc turns it off).
MALLOC_ENV = {"MALLOC_MMAP_THRESHOLD_": "4294967296", "MALLOC_TRIM_THRESHOLD_": "17179869184",
              "MALLOC_TOP_PAD_": "268435456"}


def run_bench(runner, llf, default_malloc=False):
    libs = ",".join(os.path.join(LLVM_LIB, l) for l in
                    ["libmlir_runner_utils.so", "libmlir_c_runner_utils.so", "libmlir_float16_utils.so"])
    env = dict(os.environ)
    if not default_malloc:
        env.update(MALLOC_ENV)
    p = subprocess.run([runner, "-O3", "-e", "main", "-entry-point-result=void", "-shared-libs=" + libs, llf],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True,
                       timeout=1800, env=env)
    out = p.stdout
    if p.returncode != 0:
        raise Fail("mlir-runner failed (%d) on %s:\n%s" % (p.returncode, llf, p.stderr[-3000:]))
    t = re.search(r"TIME\s*([0-9.eE+-]+)", out)
    n = re.search(r"ITERS\s*(\d+)", out)
    h = re.search(r"HASH\s*(-?\d+)", out)
    if not t or not h or not n:
        raise Fail("unexpected runner output:\n" + out)
    return float(t.group(1)) / int(n.group(1)), int(n.group(1)), int(h.group(1))


def fmt_bytes(n):
    return "%.1fM" % (n / 1e6)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--opt", default=os.path.join(REPO, "build", "bin", "cast-hoist-opt"),
                    help="cast-hoist-opt binary (default: build/bin/cast-hoist-opt)")
    ap.add_argument("--runner", default=os.path.join(LLVM_BIN, "mlir-runner"))
    ap.add_argument("--repeat", type=int, default=5, help="runs per program (min/median over them)")
    ap.add_argument("--quick", action="store_true", help="few iterations, 1 repeat unless --repeat given")
    ap.add_argument("--graphs", default="", help="comma-separated subset of: " +
                    ",".join(g[0] for g in GRAPHS))
    ap.add_argument("--transpose-lowering", default="shuffle_1d",
                    choices=["eltwise", "shuffle_1d", "shuffle_16x16"],
                    help="vector.transpose lowering strategy (default shuffle_1d)")
    ap.add_argument("--work", default=os.path.join(HERE, "work"), help="directory for generated files")
    ap.add_argument("--no-always", action="store_true", help="skip timing the policy=always programs")
    ap.add_argument("--budget", type=float, default=0.5,
                    help="seconds of kernel calls per run (default 0.5; --quick: 0.1)")
    ap.add_argument("--default-malloc", action="store_true",
                    help="run with glibc's default malloc tuning (see MALLOC_ENV)")
    args = ap.parse_args()
    if args.quick and "--repeat" not in sys.argv:
        args.repeat = 1
    os.makedirs(args.work, exist_ok=True)
    sel = [g for g in GRAPHS if not args.graphs or g[0] in args.graphs.split(",")]

    print("date %s, host %s, cpus %d, load %s" % (datetime.date.today(), os.uname().nodename,
                                                  os.cpu_count(), open("/proc/loadavg").read().split()[:3]))
    print("lowering: tiled + vectorized (transform dialect), transpose lowering %s, mlir-runner -O3"
          % args.transpose_lowering)
    results = []
    for name, desc, builder, (kfull, kquick), note in sel:
        iters = args.budget if "--budget" in sys.argv or not args.quick else 0.1
        inputs, out, body = builder()
        kernel, harness = build_module(inputs, out, body, iters)
        ksrc = os.path.join(args.work, name + ".kernel.mlir")
        with open(ksrc, "w") as f:
            f.write(kernel)
        # Normalize the "before" kernel through the same printer.
        kbefore, _ = run([args.opt, ksrc])
        kernels = {"before": kbefore}
        model = {}
        remarks = {}
        for pol in ["profitable", "always"]:
            dst = os.path.join(args.work, "%s.kernel.%s.mlir" % (name, pol))
            model[pol], remarks[pol] = hoist(args.opt, ksrc, "policy=%s" % pol, dst)
            kernels[pol] = open(dst).read()
            for r in remarks[pol]:
                print("[%s/%s] remark: %s" % (name, pol, r))
        changed = kernels["profitable"] != kernels["before"]
        versions = {}
        for v, ktext in kernels.items():
            # Splice the kernel (without its module wrapper) and the harness.
            body_txt = ktext.strip()
            if body_txt.startswith("module {"):
                body_txt = body_txt[len("module {"):body_txt.rindex("}")]
            versions[v] = os.path.join(args.work, "%s.%s.mlir" % (name, v))
            with open(versions[v], "w") as f:
                f.write(body_txt + "\n" + harness)
        order = ["before", "profitable", "always"]
        if not changed:
            order = ["before", "always"]  # profitable == before (nothing moved)
        if args.no_always:
            order = [o for o in order if o != "always"]
        lowered = {}
        for v in order:
            t0 = time.time()
            lowered[v] = lower(args.opt, versions[v], args.work, "%s.%s" % (name, v), args.transpose_lowering)
            c = lowered[v][1]
            print("[%s/%s] lowered in %.1fs: vector reads %d, writes %d, gathers %d, scalar loads %d, "
                  "linalg left %d, memref.copy left %d" % (name, v, time.time() - t0, c["vector_reads"],
                                                          c["vector_writes"], c["vector_gather"], c["scalar_loads"],
                                                          c["linalg_left"], c["memref_copy_left"]))
            for kind, shape, ts in c["tiles"]:
                print("    %s %s tiles %s" % (kind, shape, ts))
            if c["vector_reads"] == 0 or c["linalg_left"]:
                print("    WARNING: kernel not (fully) vectorized")
        times = {v: [] for v in order}
        hashes = {v: set() for v in order}
        for rep in range(args.repeat):  # interleave versions (drift on a shared machine)
            for v in order:
                per, n, h = run_bench(args.runner, lowered[v][0], args.default_malloc)
                times[v].append(per * 1e3)
                hashes[v].add(h)
                print("[%s/%s] run %d: %.3f ms/call (%d calls)  hash %d" % (name, v, rep + 1, per * 1e3, n, h))
                sys.stdout.flush()
        allh = set().union(*hashes.values())
        ok = len(allh) == 1
        if not ok:
            print("ERROR: %s: checksums differ: %s" % (name, hashes))
        if not changed:
            times["profitable"] = times["before"]
        results.append(dict(name=name, desc=desc, model=model, times=times, ok=ok, note=note,
                            changed=changed, iters=iters, hash=sorted(allh)))
        sys.stdout.flush()

    print()
    print_table(results)
    return 0 if all(r["ok"] for r in results) else 1


def print_table(results):
    hdr = ("graph", "size", "model before", "model prof.", "model always", "before ms min/med",
           "prof. ms min/med", "always ms min/med", "speedup prof.", "speedup always", "hash ok")
    rows = []
    for r in results:
        t = r["times"]
        def mm(v):
            if v not in t or not t[v]:
                return "-"
            return "%.3f / %.3f" % (min(t[v]), statistics.median(t[v]))
        def sp(v):
            if v not in t or not t[v]:
                return "-"
            return "%.2fx / %.2fx" % (min(t["before"]) / min(t[v]),
                                      statistics.median(t["before"]) / statistics.median(t[v]))
        mb = r["model"]["profitable"]
        ma = r["model"]["always"]
        rows.append((r["name"], r["desc"], fmt_bytes(mb[4]), fmt_bytes(mb[5]) + ("" if r["changed"] else " (kept)"),
                     fmt_bytes(ma[5]), mm("before"), mm("profitable") if r["changed"] else "= before",
                     mm("always"), sp("profitable") if r["changed"] else "1 (no change)", sp("always"),
                     "yes" if r["ok"] else "NO"))
    w = [max(len(str(x[i])) for x in rows + [hdr]) for i in range(len(hdr))]
    def line(x):
        return "| " + " | ".join(str(x[i]).ljust(w[i]) for i in range(len(hdr))) + " |"
    print(line(hdr))
    print("|" + "|".join("-" * (w[i] + 2) for i in range(len(hdr))) + "|")
    for x in rows:
        print(line(x))
    print("modeled bytes = total (data movement + casts) from --hoist-casts=report; speedup = before/after "
          "(min-based / median-based)")
    for r in results:
        if r["note"]:
            print("note %s: %s" % (r["name"], r["note"]))


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Fail as e:
        print("FAILED: %s" % e, file=sys.stderr)
        sys.exit(2)
