#!/usr/bin/env python3
"""Whole-network benchmark: f32 -> --autocast=type=bf16 -> --hoist-casts
(python3 stdlib only; see README.md).

For every network (buddy-mlir blocks from the corpus, generated TOSA vision
networks) this script writes three variants of @kernel:
  (a) autocast   : --autocast=type=bf16
  (b) hoist      : (a) + --hoist-casts
  (c) signatures : (a) + --hoist-casts=signatures=all (when the option exists:
                   weights arrive as bf16 entry arguments; the harness rounds
                   the f32 weights to bf16 once, outside the timed region)
parses the modeled bytes from the --hoist-casts=report remark, lowers every
variant through ONE fused, tiled and vectorized pipeline (LOWERING_DOC), runs
it under mlir-runner -O3 (interleaved runs, min / median) and checks that
the output hashes are identical.
"""

import argparse
import datetime
import importlib.util
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
import nets  # noqa: E402

# benchmarks/runtime/run.py: its lowering stages, vector patterns, input
# generator, malloc control and runner are shared, not copied.
_spec = importlib.util.spec_from_file_location("runtime_run", os.path.join(REPO, "benchmarks", "runtime", "run.py"))
rt = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(rt)

Fail = rt.Fail

LOWERING_DOC = """\
stage 1  tosa-to-{linalg-named,linalg,tensor,arith,scf}, convert-elementwise-to-linalg,
         canonicalize; transform.structured.generalize on every named linalg op except
         convolutions/pooling; linalg-fuse-elementwise-ops, canonicalize, cse;
         transform: convert_conv2d_to_img2col on every linalg.conv_2d_nhwc_fhwc
         (after fusion, so the im2col copy is not fused into its matmul)
tile/vec every linalg.generic with projected-permutation maps (transform dialect, each
         in its own failures(suppress) sequence: an op the vectorizer refuses stays
         scalar loops, the same op in every variant). One vector dim, made the
         innermost loop (interchange), every other loop tiled by 1: the output's
         innermost dim when an input's innermost dim is the same (divisor <= 64;
         matmuls become broadcast-fma rows), else the whole reduction when it is an
         input's innermost dim (<= 4096; dot products), else 16x16 tiles of the two
         innermost dims (transposes); canonicalization, then benchmarks/runtime's
         vector patterns (transfer permutation, lower_transpose shuffle_1d,
         lower_transfer rank 1, shape_cast, broadcast) without reduction_to_contract,
         plus cast_away_vector_leading_one_dim and lower_multi_reduction
stage 2  benchmarks/runtime STAGE2: one-shot-bufferize (function boundaries),
         buffer-deallocation-pipeline, ...
copies   memref.copy (pad/concat) -> linalg.copy, generalize, tile + vectorize as above
stage 3  benchmarks/runtime STAGE3 with convert-vector-to-llvm{reassociate-fp-reductions}
run      mlir-runner -O3, @kernel noinline, glibc malloc fixed (benchmarks/runtime MALLOC_ENV)"""

STAGE1 = ",".join([
    "func.func(tosa-to-linalg-named,tosa-to-linalg,tosa-to-tensor,tosa-to-arith,tosa-to-scf)",
    "convert-elementwise-to-linalg", "canonicalize",
])
# Every named linalg op except the convolutions is generalized, so that
# linalg-fuse-elementwise-ops fuses elementwise chains (casts included) into
# their neighbours but cannot fuse the im2col producer into its matmul.
GENERALIZE = ["linalg.matmul", "linalg.batch_matmul", "linalg.fill", "linalg.transpose", "linalg.reduce",
              "linalg.broadcast", "linalg.map", "linalg.copy", "linalg.matvec", "linalg.vecmat",
              "linalg.batch_matvec", "linalg.dot", "linalg.elementwise"]
GENERALIZE_TR = """module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%%root: !transform.any_op {transform.readonly}) {
    %%g = transform.structured.match ops{[%s]} in %%root : (!transform.any_op) -> !transform.any_op
    %%r = transform.structured.generalize %%g : (!transform.any_op) -> !transform.any_op
    transform.yield
  }
}
""" % ", ".join('"%s"' % o for o in GENERALIZE)
IM2COL = """module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %c = transform.structured.match ops{["linalg.conv_2d_nhwc_fhwc"]} in %root : (!transform.any_op) -> !transform.any_op
    transform.foreach %c : !transform.any_op {
    ^bb1(%one: !transform.any_op):
      transform.sequence %one : !transform.any_op failures(suppress) {
      ^bb2(%o: !transform.any_op):
        %i, %t = transform.structured.convert_conv2d_to_img2col %o : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
      }
    }
    transform.yield
  }
}
"""
# benchmarks/runtime's vector patterns, except reduction_to_contract: the
# tiled contractions here reduce over a unit dim, which is one fma per lane
# as a multi_reduction, while a vector.contract with unit dims is lowered
# lane by lane (measured: 1000+ scalar ops per tile).
VECTOR_PATTERNS = rt.VECTOR_PATTERNS.replace(
    "transform.apply_patterns.vector.reduction_to_contract",
    "transform.apply_patterns.vector.cast_away_vector_leading_one_dim\n"
    "      transform.apply_patterns.vector.lower_multi_reduction lowering_strategy = \"innerreduction\"")
# benchmarks/runtime's STAGE3, with reassociated float reductions: the im2col
# matmuls reduce over 144-1152 elements per output, an ordered fadd chain
# otherwise. The reduction tree is fixed at compile time and the same in
# every variant.
STAGE3 = rt.STAGE3.replace("convert-vector-to-llvm", "convert-vector-to-llvm{reassociate-fp-reductions=1}")
FUSE = ",".join(["linalg-fuse-elementwise-ops", "canonicalize", "cse"])

GEN_RE = re.compile(r"linalg\.generic \{indexing_maps = \[(.*?)\], iterator_types = \[(.*?)\]\}"
                    r"(?: ins\((.*?)\))? outs\((.*?)\)")
MAP_RE = re.compile(r"affine_map<\(([^)]*)\)(?:\[[^]]*\])? -> \(([^)]*)\)>")


def split_types(s):
    """'%a, %b : tensor<2x3xf32>, f32' -> [[2, 3], []]."""
    if s is None:
        return []
    tys = s.split(" : ", 1)[1]
    out = []
    for t in re.findall(r"(tensor<[^>]*>|memref<[^>]*>|\b[if]\d+\b|\bbf16\b|\bindex\b)", tys):
        if t.startswith(("tensor", "memref")):
            body = t[t.index("<") + 1:].split(",")[0]
            out.append([int(x) for x in body.split("x")[:-1]])
        else:
            out.append([])
    return out


def generic_tiles(line, vec=64, blk=16, red_max=4096):
    """Tile sizes for one linalg.generic line (printed with local scope), or
    None to leave it untiled (non-projected-permutation maps, e.g. convs)."""
    m = GEN_RE.search(line)
    if not m:
        return None
    maps = MAP_RE.findall(m.group(1))
    iters = [x.strip().strip('"') for x in m.group(2).split(",")]
    shapes = split_types(m.group(3)) + split_types(m.group(4))
    if len(maps) != len(shapes):
        return None
    n = len(iters)
    bounds = [None] * n
    results = []
    for (dims, res), shp in zip(maps, shapes):
        r = [x.strip() for x in res.split(",")] if res.strip() else []
        for e in r:
            if not re.fullmatch(r"d\d+|0", e):
                return None  # not a projected permutation (+ broadcast): leave it alone
        results.append(r)
        for p, e in enumerate(r):
            if e.startswith("d") and p < len(shp):
                bounds[int(e[1:])] = shp[p]
    if any(b is None for b in bounds):
        return None
    out = results[-1]
    ins = results[:-1]
    out_last = int(out[-1][1:]) if out and out[-1].startswith("d") else None
    in_lasts = [int(r[-1][1:]) for r in ins if r and r[-1].startswith("d")]

    def one(d, size):
        """Vector along loop d only: d becomes the innermost loop
        (interchange), every other loop is tiled by 1."""
        perm = [i for i in range(n) if i != d] + [d]
        return (perm if perm != list(range(n)) else None), [1] * (n - 1) + [size]

    if out_last is not None and out_last in in_lasts:
        return one(out_last, rt.largest_divisor(bounds[out_last], vec))
    reds = [d for d in in_lasts if iters[d] == "reduction"]
    if reds and bounds[reds[0]] <= red_max:
        return one(reds[0], 0)
    pars = [d for d in in_lasts if iters[d] == "parallel" and d != out_last]
    if out_last is not None and pars:
        t = [1] * n
        t[pars[0]] = rt.largest_divisor(bounds[pars[0]], blk)
        t[out_last] = rt.largest_divisor(bounds[out_last], blk)
        return None, t
    if out_last is not None:
        return one(out_last, rt.largest_divisor(bounds[out_last], vec))
    return None, [1] * n


def tag_generics(ir, first):
    lines = ir.split("\n")
    s, e = rt.kernel_span(lines)
    tiles = []
    k = first
    for i in range(s, e):
        l = lines[i]
        if "linalg.generic {" not in l:
            continue
        t = generic_tiles(l)
        if t is None:
            continue
        tag = "bench_t%d" % k
        k += 1
        lines[i] = l.replace("linalg.generic {", "linalg.generic {%s, " % tag, 1)
        tiles.append((tag, t))
    return "\n".join(lines), tiles


def transform_script(tiles):
    out = ["module attributes {transform.with_named_sequence} {",
           "  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {"]
    for k, (tag, (perm, sizes)) in enumerate(tiles):
        nl = sum(1 for x in sizes if x)
        out.append("    transform.sequence %root : !transform.any_op failures(suppress) {")
        out.append("    ^bb0(%%r%d: !transform.any_op):" % k)
        out.append("      %%m0 = transform.structured.match attributes{%s} in %%r%d : (!transform.any_op) -> !transform.any_op" % (tag, k))
        if perm:
            out.append("      %%m = transform.structured.interchange %%m0 iterator_interchange = [%s] : (!transform.any_op) -> !transform.any_op" % ", ".join(map(str, perm)))
        else:
            out.append("      %m = transform.cast %m0 : !transform.any_op to !transform.any_op")
        if nl:
            out.append("      %%t, %%l:%d = transform.structured.tile_using_for %%m tile_sizes [%s] : (!transform.any_op) -> (!transform.any_op%s)"
                       % (nl, ", ".join(map(str, sizes)), ", !transform.any_op" * nl))
            out.append("      transform.structured.vectorize %t : !transform.any_op")
        else:
            out.append("      transform.structured.vectorize %m : !transform.any_op")
        out.append("    }")
    # Canonicalize first: it folds the unit-dim reductions of the tiled
    # contractions into plain fmas before the multi_reduction lowering.
    out.append('    %fc = transform.structured.match ops{["func.func"]} attributes{sym_name = "kernel"} in %root '
               ': (!transform.any_op) -> !transform.any_op')
    out.append("    transform.apply_patterns to %fc { transform.apply_patterns.canonicalization } : !transform.any_op")
    out.append(VECTOR_PATTERNS.replace("TRANSPOSE_STRATEGY", "shuffle_1d"))
    out.append("    transform.yield")
    out.append("  }")
    out.append("}")
    return "\n".join(out) + "\n"


def tile_vectorize(opt, ir, work, stem, first):
    ir, tiles = tag_generics(ir, first)
    if not tiles:
        return ir, 0
    tr = os.path.join(work, "%s.tr%d.mlir" % (stem, first))
    with open(tr, "w") as f:
        f.write(transform_script(tiles))
    ir, _ = rt.run([opt, "--mlir-print-local-scope",
                    "--pass-pipeline=builtin.module(transform-preload-library{transform-library-paths=%s},"
                    "transform-interpreter,canonicalize,cse)" % tr], inp=ir)
    return ir, len(tiles)


def lower(opt, src, work, stem):
    trs = []
    for nm, txt in [("generalize", GENERALIZE_TR), ("im2col", IM2COL)]:
        trs.append(os.path.join(work, nm + ".tr.mlir"))
        with open(trs[-1], "w") as f:
            f.write(txt)
    s1, _ = rt.run([opt, src, "--mlir-print-local-scope",
                    "--pass-pipeline=builtin.module(%s,transform-preload-library{transform-library-paths=%s},"
                    "transform-interpreter,%s)" % (STAGE1, trs[0], FUSE)])
    s1, _ = rt.run([opt, "--mlir-print-local-scope",
                    "--pass-pipeline=builtin.module(transform-preload-library{transform-library-paths=%s},"
                    "transform-interpreter,canonicalize,cse)" % trs[1]], inp=s1)
    s1, n1 = tile_vectorize(opt, s1, work, stem, 0)
    s2, _ = rt.run([opt, "--mlir-print-local-scope", "--pass-pipeline=builtin.module(%s)" % rt.STAGE2], inp=s1)
    s2 = rt.copies_to_linalg(s2)
    s2, _ = rt.run([opt, "--mlir-print-local-scope", "--linalg-generalize-named-ops"], inp=s2)
    s2, n2 = tile_vectorize(opt, s2, work, stem, 1000)
    with open(os.path.join(work, stem + ".vec.mlir"), "w") as f:
        f.write(s2)
    lines = s2.split("\n")
    a, b = rt.kernel_span(lines)
    kern = "\n".join(lines[a:b])
    checks = {
        "tagged": n1 + n2,
        "vector_reads": len(re.findall(r"vector\.(transfer_read|load|gather|maskedload)", kern)),
        "generics_left": kern.count("linalg.generic"),
        "scalar_loads": len(re.findall(r"memref\.load", kern)),
        "memref_copy_left": kern.count("memref.copy"),
    }
    ll, _ = rt.run([opt, "--pass-pipeline=builtin.module(%s)" % STAGE3], inp=s2)
    llf = os.path.join(work, stem + ".llvm.mlir")
    with open(llf, "w") as f:
        f.write(ll)
    return llf, checks


# ---------------------------------------------------------------------------
# Harness
# ---------------------------------------------------------------------------

TENSOR_RE = re.compile(r"tensor<([0-9x]*)x([a-z0-9]+)>")


def signature(ir, name="kernel"):
    m = re.search(r"func\.func @%s\((.*?)\)( -> (.*?))?( attributes \{.*\})? \{\s*$" % name, ir, re.M)
    if not m:
        raise Fail("no @%s signature" % name)
    args = [(tuple(int(x) for x in a.split("x")), e) for a, e in TENSOR_RE.findall(m.group(1))]
    res = [(tuple(int(x) for x in a.split("x")), e) for a, e in TENSOR_RE.findall(m.group(3) or "")]
    return args, res


def gen_fn(idx, shape, et, mod):
    """Pseudo-random input (hash of the linear index) in a non-inlined
    function: f32 values |v| < 512 scaled by `mod` for weights, or i32 ids."""
    if et == "f32":  # benchmarks/runtime's generator, scaled to |v| < 1 (softmax stays finite)
        return rt.gen_input_fn(idx, list(shape), "f32").replace("6.103515625e-05", "1.1920928955078125e-07")
    return rt.gen_input_fn(idx, list(shape), "i32:%d" % mod)


def tt(shape, et):
    return "tensor<%sx%s>" % ("x".join(map(str, shape)), et)


def harness(sig_ref, sig, budget, int_mod):
    """@main for a kernel of signature `sig`; `sig_ref` is the signature of
    variant (a): an argument that is f32 there and bf16 here gets the same f32
    values rounded to bf16 once, before the timed loop (as a host would)."""
    args, res = sig
    rargs, _ = sig_ref
    L = ["func.func private @rtclock() -> f64"]
    for i, (s, e) in enumerate(rargs):
        L.append(gen_fn(i, s, "f32" if e == "f32" else "int", int_mod))
    L.append("func.func @main() {")
    ins = []
    for i, ((s, e), (rs, re_)) in enumerate(zip(args, rargs)):
        gt = tt(s, "f32" if re_ == "f32" else "i32")
        L.append("  %%g%d = func.call @gen_%d() : () -> %s" % (i, i, gt))
        v = "%%g%d" % i
        if e != ("f32" if re_ == "f32" else "i32"):
            if re_ == "f32" and e in ("bf16", "f16"):
                L.append("  %%a%d = arith.truncf %s : %s to %s" % (i, v, gt, tt(s, e)))
            elif e.startswith("i"):
                L.append("  %%a%d = arith.extsi %s : %s to %s" % (i, v, gt, tt(s, e)))
            else:
                raise Fail("argument %d: cannot make %s from %s" % (i, e, re_))
            v = "%%a%d" % i
        ins.append(v)
    argtys = ", ".join(tt(s, e) for s, e in args)
    resty = ", ".join(tt(s, e) for s, e in res)
    call = "func.call @kernel(%s) : (%s) -> (%s)" % (", ".join(ins), argtys, resty)
    L.append("  %%w:%d = %s" % (len(res), call) if len(res) > 1 else "  %%w = %s" % call)
    L.append("  %c0 = arith.constant 0 : index")
    L.append("  %c1 = arith.constant 1 : index")
    L.append("  %%budget = arith.constant %r : f64" % float(budget))
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
    L.append("    %%r:%d = %s" % (len(res), call) if len(res) > 1 else "    %%r = %s" % call)
    L.append("    %ip = arith.addi %i, %n1 : i64")
    L.append("    scf.yield %ip : i64")
    L.append("  }")
    L.append("  %t1 = func.call @rtclock() : () -> f64")
    L.append("  %dt = arith.subf %t1, %t0 : f64")
    L.append('  vector.print str "TIME "')
    L.append("  vector.print %dt : f64")
    L.append('  vector.print str "ITERS "')
    L.append("  vector.print %n : i64")
    L.append("  %%f:%d = %s" % (len(res), call) if len(res) > 1 else "  %%f = %s" % call)
    L.append("  %h0 = arith.constant 1469598103934665603 : i64")
    L.append("  %prime = arith.constant 1099511628211 : i64")
    acc = "%h0"
    for j, (s, e) in enumerate(res):
        v = "%%f#%d" % j if len(res) > 1 else "%f"
        n = 1
        for d in s:
            n *= d
        if e in ("bf16", "f16"):  # hash the f32 value (extension is exact)
            L.append("  %%x%d = arith.extf %s : %s to %s" % (j, v, tt(s, e), tt(s, "f32")))
            v = "%%x%d" % j
        elif e != "f32":
            raise Fail("result %d has type %s" % (j, e))
        L.append("  %%fl%d = tensor.collapse_shape %s [[%s]] : %s into tensor<%dxf32>"
                 % (j, v, ", ".join(str(i) for i in range(len(s))), tt(s, "f32"), n))
        L.append("  %%b%d = arith.bitcast %%fl%d : tensor<%dxf32> to tensor<%dxi32>" % (j, j, n, n))
        L.append("  %%cN%d = arith.constant %d : index" % (j, n))
        L.append("  %%h%d_ = scf.for %%j = %%c0 to %%cN%d step %%c1 iter_args(%%acc = %s) -> (i64) {" % (j, j, acc))
        L.append("    %%e = tensor.extract %%b%d[%%j] : tensor<%dxi32>" % (j, n))
        L.append("    %z = arith.extui %e : i32 to i64")
        L.append("    %x = arith.xori %acc, %z : i64")
        L.append("    %y = arith.muli %x, %prime : i64")
        L.append("    scf.yield %y : i64")
        L.append("  }")
        acc = "%%h%d_" % j
    L.append('  vector.print str "HASH "')
    L.append("  vector.print %s : i64" % acc)
    L.append("  return")
    L.append("}")
    return "\n".join(L) + "\n"


def noinline(ir):
    lines = ir.split("\n")
    for i, l in enumerate(lines):
        if re.match(r"\s*func\.func @kernel\(", l) and "attributes {" not in l:
            lines[i] = re.sub(r" \{\s*$", ' attributes {passthrough = ["noinline"]} {', l)
    body = "\n".join(l for l in lines if not l.startswith("#")).strip()
    if body.startswith("module {"):
        body = body[len("module {"):body.rindex("}")]
    return body


# ---------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------

REPORT_RE = re.compile(r"data movement (\d+) -> (\d+) bytes, casts (\d+) -> (\d+) bytes, total (\d+) -> (\d+) bytes")


def report(err):
    """Sums the per-function report remarks: (movement, cast, total) before
    and after. Also returns whole-function bytes when the remark has them."""
    tot = [0] * 6
    whole = None
    found = False
    for line in err.splitlines():
        m = REPORT_RE.search(line)
        if m:
            found = True
            for i, g in enumerate(m.groups()):
                tot[i] += int(g)
            w = re.search(r"function (\d+) -> (\d+) bytes", line)
            if w:
                whole = (whole or (0, 0))
                whole = (whole[0] + int(w.group(1)), whole[1] + int(w.group(2)))
    if not found:
        raise Fail("no hoist-casts report remark:\n" + err[-2000:])
    return tot, whole


def has_signatures(opt):
    """Whether this build has --hoist-casts=signatures=..."""
    p = subprocess.run([opt, "--hoist-casts=signatures=all", "-o", os.devnull], input="module {}\n",
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True)
    return p.returncode == 0


def has_report_graph(opt):
    p = subprocess.run([opt, "--hoist-casts=report-graph=%s" % os.devnull, "-o", os.devnull], input="module {}\n",
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True)
    return p.returncode == 0


def variants(opt, src, work, name, sigs_all, graph=None):
    """Writes (a), (b), (c); returns {variant: path}, {variant: model bytes}.
    With `graph` (a .dot path), the last hoist-casts run also writes its
    report graph there."""
    a = os.path.join(work, name + ".a.mlir")
    rt.run([opt, src, "--autocast=type=bf16", "--mlir-print-local-scope", "-o", a])
    paths = {"a": a}
    model = {}
    opts = [("b", "report")]
    if sigs_all:
        opts.append(("c", "report signatures=all"))
    if graph:
        opts[-1] = (opts[-1][0], opts[-1][1] + " report-graph=" + graph)
    for v, o in opts:
        dst = os.path.join(work, "%s.%s.mlir" % (name, v))
        _, err = rt.run([opt, a, "--hoist-casts=%s" % o, "--mlir-print-op-on-diagnostic=false",
                         "--mlir-print-local-scope", "-o", dst])
        tot, whole = report(err)
        model.setdefault("a", (tot[0], tot[2], tot[4], whole and whole[0]))
        model[v] = (tot[1], tot[3], tot[5], whole and whole[1])
        paths[v] = dst
    return paths, model


def fmt(n):
    return "-" if n is None else "%.1fM" % (n / 1e6)


def main():
    # A runaway compile (e.g. a pattern set exploding on a gather) must not
    # take the shared machine down: cap the address space of every child.
    resource.setrlimit(resource.RLIMIT_AS, (12 << 30, 12 << 30))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    default_corpus = os.path.join(REPO, "..", "shared", "corpora", "models")
    ap.add_argument("corpus", nargs="?", default=default_corpus if os.path.isdir(default_corpus) else None,
                    help="directory with the buddy-mlir graphs (default ../shared/corpora/models if it exists)")
    ap.add_argument("--opt", default=os.path.join(REPO, "build", "bin", "cast-hoist-opt"))
    ap.add_argument("--runner", default=os.path.join(rt.LLVM_BIN, "mlir-runner"))
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--budget", type=float, default=1.0, help="seconds of kernel calls per run")
    ap.add_argument("--quick", action="store_true", help="1 run of 0.1 s per variant")
    ap.add_argument("--nets", default="", help="comma-separated subset")
    ap.add_argument("--work", default=os.path.join(HERE, "work"))
    ap.add_argument("--graph", default="vit_embed,unet",
                    help="networks whose last hoist-casts run writes report-graph=work/NAME.dot, rendered "
                         "to work/NAME.png with Graphviz's dot when installed")
    args = ap.parse_args()
    if args.quick:
        if "--repeat" not in sys.argv:
            args.repeat = 1
        if "--budget" not in sys.argv:
            args.budget = 0.1
    os.makedirs(args.work, exist_ok=True)
    sigs_all = has_signatures(args.opt)

    todo = []  # (name, description, source path, run?)
    for name, (desc, fn) in nets.VISION.items():
        p = os.path.join(args.work, name + ".f32.mlir")
        with open(p, "w") as f:
            f.write(fn())
        todo.append((name, desc, p, True))
    if args.corpus and not os.path.isdir(args.corpus):
        print("FAILED: corpus directory %s does not exist" % args.corpus, file=sys.stderr)
        return 2
    if args.corpus:
        for name, (fname, desc) in nets.BUDDY.items():
            p = os.path.join(args.work, name + ".f32.mlir")
            with open(p, "w") as f:
                f.write(nets.buddy_kernel(open(os.path.join(args.corpus, fname)).read()))
            todo.append((name, desc, p, True))
        ds = os.path.join(args.corpus, nets.DEEPSEEK[0])
        if os.path.exists(ds):
            todo.append(("deepseek_r1_decode", nets.DEEPSEEK[1], ds, False))
    else:
        print("no corpus directory: buddy-mlir graphs skipped")
    if args.nets:
        todo = [t for t in todo if t[0] in args.nets.split(",")]

    print("date %s UTC, host %s, cpus %d, load %s" % (datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M"),
                                                     os.uname().nodename, os.cpu_count(),
                                                     open("/proc/loadavg").read().split()[:3]))
    print("variants: a = --autocast=type=bf16, b = a + --hoist-casts, c = a + --hoist-casts=signatures=all%s"
          % ("" if sigs_all else " (not available in this build: skipped)"))
    print(LOWERING_DOC)
    results = []
    for name, desc, src, runnable in todo:
        t0 = time.time()
        graph = None
        if name in args.graph.split(",") and has_report_graph(args.opt):
            graph = os.path.join(args.work, name + ".dot")
        paths, model = variants(args.opt, src, args.work, name, sigs_all, graph)
        if graph and shutil.which("dot"):
            png = os.path.join(args.work, name + ".png")
            rt.run(["dot", "-Tpng", "-o", png, graph])
            print("[%s] report graph of the last hoist-casts run: %s" % (name, png))
        print("[%s] variants in %.1fs; model a %s b %s%s" % (name, time.time() - t0, model["a"], model["b"],
                                                             " c %s" % (model["c"],) if "c" in model else ""))
        same = {v: open(paths[v]).read() == open(paths["a"]).read() for v in paths if v != "a"}
        res = dict(name=name, desc=desc, model=model, times={}, hashes={}, checks={}, same=same)
        results.append(res)
        if not runnable:
            continue
        sig_a = None
        lowered = {}
        for v in sorted(paths):
            ir = open(paths[v]).read()
            sig = signature(ir)
            if v == "a":
                sig_a = sig
            full = os.path.join(args.work, "%s.%s.run.mlir" % (name, v))
            with open(full, "w") as f:
                f.write(noinline(ir) + "\n" + harness(sig_a, sig, args.budget, 40))
            t1 = time.time()
            lowered[v], c = lower(args.opt, full, args.work, "%s.%s" % (name, v))
            if v != "a" and open(lowered[v]).read() == open(lowered["a"]).read():
                res["same_llvm"] = res.get("same_llvm", set()) | {v}
            res["checks"][v] = c
            print("[%s/%s] lowered in %.1fs: %s" % (name, v, time.time() - t1, c))
            sys.stdout.flush()
        for rep in range(args.repeat):
            for v in sorted(lowered):
                per, n, h = rt.run_bench(args.runner, lowered[v])
                res["times"].setdefault(v, []).append(per * 1e3)
                res["hashes"].setdefault(v, set()).add(h)
                print("[%s/%s] run %d: %.3f ms/call (%d calls) hash %d" % (name, v, rep + 1, per * 1e3, n, h))
                sys.stdout.flush()
    print()
    ok = print_table(results)
    return 0 if ok else 1


def print_table(results):
    hdr = ("network", "variant", "model whole", "model movement", "model casts", "ms min / median",
           "speedup vs (a) min / med", "hash ok", "note")
    rows = []
    allok = True
    for r in results:
        t = r["times"]
        ha = r["hashes"].get("a")
        for v in ["a", "b", "c"]:
            if v not in r["model"]:
                continue
            mv, ca, tot, whole = r["model"][v]
            if v in t:
                tm = "%.3f / %.3f" % (min(t[v]), statistics.median(t[v]))
                sp = "%.2fx / %.2fx" % (min(t["a"]) / min(t[v]), statistics.median(t["a"]) / statistics.median(t[v]))
                ok = len(r["hashes"][v]) == 1 and r["hashes"][v] == ha
                allok &= ok
                hk = "yes" if ok else "NO"
            else:
                tm, sp, hk = "bytes only", "-", "-"
            rows.append((r["name"], v, fmt(whole) if whole is not None else "n/a (%s m+c)" % fmt(tot),
                         fmt(mv), fmt(ca), tm, sp, hk,
                         "IR = (a)" if r["same"].get(v) else
                         "LLVM = (a)" if v in r.get("same_llvm", ()) else ""))
    w = [max(len(str(x[i])) for x in rows + [hdr]) for i in range(len(hdr))]

    def line(x):
        return "| " + " | ".join(str(x[i]).ljust(w[i]) for i in range(len(hdr))) + " |"
    print(line(hdr))
    print("|" + "|".join("-" * (w[i] + 2) for i in range(len(hdr))) + "|")
    for x in rows:
        print(line(x))
    return allok


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Fail as e:
        print("FAILED: %s" % e, file=sys.stderr)
        sys.exit(2)
