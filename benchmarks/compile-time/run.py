#!/usr/bin/env python3
"""Compile-time benchmark for the --hoist-casts pass (python3 stdlib only).

Generates modules of N data-movement ops in several shapes, checks that they
verify and that the pass really rewrites them (every data-movement op in
the output moves the narrow type; release LLVM has no pass statistics), then
times

  * baseline:     cast-hoist-opt FILE -o /dev/null            (parse+verify+print)
  * hoist-casts:  cast-hoist-opt FILE --hoist-casts... -o /dev/null
  * canonicalize: mlir-opt FILE --canonicalize -o /dev/null   (upstream; the
                  tmov shapes load build/lib/CastHoistPlugin.so as a dialect
                  plugin, since upstream mlir-opt cannot parse tmov)

and reports wall time (min / median over --repeat runs), the pass's own time
from -mlir-timing, peak RSS, and a per-shape scaling check (time per op).

This is a benchmark script, not a test: it never fails on slow numbers, it
only flags them.
"""

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))

TIMEOUT_S = 300.0  # a single run longer than this is "too slow" (5 min)


# ---------------------------------------------------------------------------
# IR generators. Each returns (text, info) where info has:
#   ops: total number of operations in the module (incl. module/func/return)
#   moves: number of data-movement ops
#   expect: {statistic-name: minimum expected value} after the pass
# ---------------------------------------------------------------------------

class Emitter:
    def __init__(self):
        self.lines = []
        self.ops = 1  # builtin.module
        self.n = 0

    def fresh(self, prefix="v"):
        self.n += 1
        return "%%%s%d" % (prefix, self.n)

    def op(self, line):
        self.lines.append("    " + line)
        self.ops += 1

    def raw(self, line):
        self.lines.append(line)

    def text(self):
        return "module {\n" + "\n".join(self.lines) + "\n}\n"


def gen_tmov_chain(n):
    """producer -> n tmov ops (transpose/reshape/slice/reverse) -> narrowing
    cast. The pass must hoist the cast through all n ops."""
    e = Emitter()
    e.raw("  func.func @chain(%arg0: tensor<4x8xf32>) -> tensor<4x8xf16> {")
    e.ops += 2  # func + return
    v = e.fresh()
    e.op("%s = tmov.reverse %%arg0 [0] : tensor<4x8xf32>" % v)  # the producer
    shape = "4x8"
    for i in range(n - 1):
        w = e.fresh()
        k = i % 4
        if k == 0:
            e.op("%s = tmov.transpose %s [1, 0] : tensor<4x8xf32> -> tensor<8x4xf32>" % (w, v))
            shape = "8x4"
        elif k == 1:
            e.op("%s = tmov.reshape %s : tensor<8x4xf32> -> tensor<4x8xf32>" % (w, v))
            shape = "4x8"
        elif k == 2:
            e.op("%s = tmov.slice %s offsets [0, 0] sizes [4, 8] strides [1, 1] : tensor<4x8xf32> -> tensor<4x8xf32>" % (w, v))
        else:
            e.op("%s = tmov.reverse %s [1] : tensor<4x8xf32>" % (w, v))
        v = w
    if shape == "8x4":
        w = e.fresh()
        e.op("%s = tmov.reshape %s : tensor<8x4xf32> -> tensor<4x8xf32>" % (w, v))
        v = w
        n += 1
    c = e.fresh("c")
    e.op("%s = tmov.cast %s : tensor<4x8xf32> to tensor<4x8xf16>" % (c, v))
    e.raw("    return %s : tensor<4x8xf16>" % c)
    e.raw("  }")
    return e.text(), {"ops": e.ops, "moves": n,
                      "expect": {"casts-hoisted": n, "narrowed-ops": n}}


def gen_tmov_dag(n):
    """A DAG: units of 7 tmov ops with fan-out (each unit input has 3 users)
    and concat/pad joins, stacked; one narrowing cast at the end. Every op
    ends up narrow only if identical casts meeting at a fan-out are merged."""
    e = Emitter()
    e.raw("  func.func @dag(%arg0: tensor<4x8xf32>) -> tensor<4x8xf16> {")
    e.ops += 2
    v = "%arg0"
    units = max(1, n // 7)
    for _ in range(units):
        a, b, a2, j, p, j2, s = (e.fresh() for _ in range(7))
        e.op("%s = tmov.transpose %s [1, 0] : tensor<4x8xf32> -> tensor<8x4xf32>" % (a, v))
        e.op("%s = tmov.reverse %s [0] : tensor<4x8xf32>" % (b, v))
        e.op("%s = tmov.reshape %s : tensor<8x4xf32> -> tensor<4x8xf32>" % (a2, a))
        e.op("%s = tmov.concat %s, %s axis 0 : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<8x8xf32>" % (j, a2, b))
        e.op("%s = tmov.pad %s low [2, 0] high [2, 0] value 0.000000e+00 : f32 : tensor<4x8xf32> -> tensor<8x8xf32>" % (p, v))
        e.op("%s = tmov.concat %s, %s axis 1 : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x16xf32>" % (j2, j, p))
        e.op("%s = tmov.slice %s offsets [0, 0] sizes [4, 8] strides [2, 2] : tensor<8x16xf32> -> tensor<4x8xf32>" % (s, j2))
        v = s
    c = e.fresh("c")
    e.op("%s = tmov.cast %s : tensor<4x8xf32> to tensor<4x8xf16>" % (c, v))
    e.raw("    return %s : tensor<4x8xf16>" % c)
    e.raw("  }")
    moves = units * 7
    return e.text(), {"ops": e.ops, "moves": moves,
                      "expect": {"narrowed-ops": moves}}


def gen_tmov_funcs(n):
    """n/10 independent functions of 10 ops each (8 tmov ops + cast +
    return)."""
    e = Emitter()
    funcs = max(1, n // 10)
    for f in range(funcs):
        e.raw("  func.func @f%d(%%arg0: tensor<4x8xf32>) -> tensor<8x4xf16> {" % f)
        e.ops += 2
        v = "%arg0"
        seq = [
            "%s = tmov.transpose %s [1, 0] : tensor<4x8xf32> -> tensor<8x4xf32>",
            "%s = tmov.reverse %s [0] : tensor<8x4xf32>",
            "%s = tmov.reshape %s : tensor<8x4xf32> -> tensor<4x8xf32>",
            "%s = tmov.slice %s offsets [0, 0] sizes [4, 8] strides [1, 1] : tensor<4x8xf32> -> tensor<4x8xf32>",
            "%s = tmov.transpose %s [1, 0] : tensor<4x8xf32> -> tensor<8x4xf32>",
            "%s = tmov.reshape %s : tensor<8x4xf32> -> tensor<2x16xf32>",
            "%s = tmov.reshape %s : tensor<2x16xf32> -> tensor<8x4xf32>",
            "%s = tmov.reverse %s [1] : tensor<8x4xf32>",
        ]
        for s in seq:
            w = e.fresh()
            e.op(s % (w, v))
            v = w
        c = e.fresh("c")
        e.op("%s = tmov.cast %s : tensor<8x4xf32> to tensor<8x4xf16>" % (c, v))
        e.raw("    return %s : tensor<8x4xf16>" % c)
        e.raw("  }")
    moves = funcs * 8
    return e.text(), {"ops": e.ops, "moves": moves,
                      "expect": {"casts-hoisted": moves, "narrowed-ops": moves}}


def gen_tosa_chain(n):
    """tosa.transpose/reshape/slice chain -> narrowing tosa.cast (hoist)."""
    e = Emitter()
    e.raw("  func.func @tosa_chain(%arg0: tensor<4x8xf32>) -> tensor<4x8xf16> {")
    e.ops += 2
    e.op("%s48 = tosa.const_shape {values = dense<[4, 8]> : tensor<2xindex>} : () -> !tosa.shape<2>" % "%s")
    e.op("%s00 = tosa.const_shape {values = dense<[0, 0]> : tensor<2xindex>} : () -> !tosa.shape<2>" % "%s")
    v = "%arg0"
    shape = "4x8"
    moves = 0
    for i in range(n):
        w = e.fresh()
        k = i % 3
        if k == 0:
            e.op("%s = tosa.transpose %s {perms = array<i32: 1, 0>} : (tensor<4x8xf32>) -> tensor<8x4xf32>" % (w, v))
            shape = "8x4"
        elif k == 1:
            e.op("%s = tosa.reshape %s, %%s48 : (tensor<8x4xf32>, !tosa.shape<2>) -> tensor<4x8xf32>" % (w, v))
            shape = "4x8"
        else:
            e.op("%s = tosa.slice %s, %%s00, %%s48 : (tensor<4x8xf32>, !tosa.shape<2>, !tosa.shape<2>) -> tensor<4x8xf32>" % (w, v))
        moves += 1
        v = w
    if shape == "8x4":
        w = e.fresh()
        e.op("%s = tosa.reshape %s, %%s48 : (tensor<8x4xf32>, !tosa.shape<2>) -> tensor<4x8xf32>" % (w, v))
        v = w
        moves += 1
    c = e.fresh("c")
    e.op("%s = tosa.cast %s : (tensor<4x8xf32>) -> tensor<4x8xf16>" % (c, v))
    e.raw("    return %s : tensor<4x8xf16>" % c)
    e.raw("  }")
    return e.text(), {"ops": e.ops, "moves": moves,
                      "expect": {"casts-hoisted": moves, "narrowed-ops": moves}}


def gen_linalg_chain(n):
    """linalg.transpose (+ tensor.empty init) / tensor.expand_shape /
    tensor.collapse_shape chain -> arith.truncf (hoist)."""
    e = Emitter()
    e.raw("  func.func @linalg_chain(%arg0: tensor<4x8xf32>) -> tensor<4x8xf16> {")
    e.ops += 2
    v = "%arg0"
    shape = "4x8"
    moves = 0
    i = 0
    while moves < n:
        k = i % 4
        i += 1
        w = e.fresh()
        if k == 0:
            em = e.fresh("e")
            e.op("%s = tensor.empty() : tensor<8x4xf32>" % em)
            e.op("%s = linalg.transpose ins(%s : tensor<4x8xf32>) outs(%s : tensor<8x4xf32>) permutation = [1, 0]" % (w, v, em))
            shape = "8x4"
        elif k == 1:
            em = e.fresh("e")
            e.op("%s = tensor.empty() : tensor<4x8xf32>" % em)
            e.op("%s = linalg.transpose ins(%s : tensor<8x4xf32>) outs(%s : tensor<4x8xf32>) permutation = [1, 0]" % (w, v, em))
            shape = "4x8"
        elif k == 2:
            e.op("%s = tensor.expand_shape %s [[0], [1, 2]] output_shape [4, 2, 4] : tensor<4x8xf32> into tensor<4x2x4xf32>" % (w, v))
            shape = "4x2x4"
        else:
            e.op("%s = tensor.collapse_shape %s [[0], [1, 2]] : tensor<4x2x4xf32> into tensor<4x8xf32>" % (w, v))
            shape = "4x8"
        moves += 1
        v = w
    if shape == "8x4":
        w = e.fresh()
        em = e.fresh("e")
        e.op("%s = tensor.empty() : tensor<4x8xf32>" % em)
        e.op("%s = linalg.transpose ins(%s : tensor<8x4xf32>) outs(%s : tensor<4x8xf32>) permutation = [1, 0]" % (w, v, em))
        v = w
        moves += 1
    elif shape == "4x2x4":
        w = e.fresh()
        e.op("%s = tensor.collapse_shape %s [[0], [1, 2]] : tensor<4x2x4xf32> into tensor<4x8xf32>" % (w, v))
        v = w
        moves += 1
    c = e.fresh("c")
    e.op("%s = arith.truncf %s : tensor<4x8xf32> to tensor<4x8xf16>" % (c, v))
    e.raw("    return %s : tensor<4x8xf16>" % c)
    e.raw("  }")
    return e.text(), {"ops": e.ops, "moves": moves,
                      "expect": {"casts-hoisted": moves, "narrowed-ops": moves}}


def gen_mixed_sink(n):
    """Widening cast (arith.extf) at the top of a chain mixing TOSA, linalg
    and tensor data movement: the cast must sink below all of it."""
    e = Emitter()
    e.raw("  func.func @mixed_sink(%arg0: tensor<4x8xf16>) -> tensor<4x8xf32> {")
    e.ops += 2
    e.op("%s48 = tosa.const_shape {values = dense<[4, 8]> : tensor<2xindex>} : () -> !tosa.shape<2>" % "%s")
    v = e.fresh()
    e.op("%s = arith.extf %%arg0 : tensor<4x8xf16> to tensor<4x8xf32>" % v)
    moves = 0
    i = 0
    while moves < n or i % 5 != 0:
        k = i % 5
        i += 1
        w = e.fresh()
        if k == 0:
            e.op("%s = tosa.transpose %s {perms = array<i32: 1, 0>} : (tensor<4x8xf32>) -> tensor<8x4xf32>" % (w, v))
        elif k == 1:
            em = e.fresh("e")
            e.op("%s = tensor.empty() : tensor<4x8xf32>" % em)
            e.op("%s = linalg.transpose ins(%s : tensor<8x4xf32>) outs(%s : tensor<4x8xf32>) permutation = [1, 0]" % (w, v, em))
        elif k == 2:
            e.op("%s = tensor.expand_shape %s [[0], [1, 2]] output_shape [4, 2, 4] : tensor<4x8xf32> into tensor<4x2x4xf32>" % (w, v))
        elif k == 3:
            e.op("%s = tosa.reshape %s, %%s48 : (tensor<4x2x4xf32>, !tosa.shape<2>) -> tensor<4x8xf32>" % (w, v))
        else:
            e.op("%s = tosa.reverse %s {axis = 1 : i32} : (tensor<4x8xf32>) -> tensor<4x8xf32>" % (w, v))
        moves += 1
        v = w
    e.raw("    return %s : tensor<4x8xf32>" % v)
    e.raw("  }")
    return e.text(), {"ops": e.ops, "moves": moves,
                      "expect": {"casts-sunk": moves, "narrowed-ops": moves}}


# shape name -> (generator, hoist pass pipeline args, needs tmov plugin for
# upstream mlir-opt, description)
SHAPES = {
    "tmov-chain": (gen_tmov_chain, ["--hoist-casts"], True,
                   "one long chain of tmov ops, narrowing cast at the end"),
    "tmov-dag": (gen_tmov_dag, ["--hoist-casts=policy=always"], True,
                 "DAG with fan-out and concat/pad joins (policy=always: "
                 "profitable refuses the shrinking slice)"),
    "tmov-funcs": (gen_tmov_funcs, ["--hoist-casts"], True,
                   "N/10 independent functions of 10 ops, pass on the module"),
    "tmov-funcs-nested": (gen_tmov_funcs,
                          ["--pass-pipeline=builtin.module(func.func(hoist-casts))"],
                          True,
                          "same file, pass nested on func.func (multi-threaded)"),
    "tosa-chain": (gen_tosa_chain, ["--hoist-casts"], False,
                   "tosa transpose/reshape/slice chain, narrowing tosa.cast"),
    "linalg-chain": (gen_linalg_chain, ["--hoist-casts"], False,
                     "linalg.transpose/tensor.expand/collapse chain, arith.truncf"),
    "mixed-sink": (gen_mixed_sink, ["--hoist-casts"], False,
                   "arith.extf sunk through tosa+linalg+tensor chain"),
}


# ---------------------------------------------------------------------------
# Running and measuring
# ---------------------------------------------------------------------------

TIME_BIN = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


def run_measured(cmd, timeout=TIMEOUT_S):
    """Runs cmd; returns dict(wall, rss_mb, rc, stderr). wall is measured
    here around the child; peak RSS comes from /usr/bin/time -v if present,
    else from os.wait4's rusage of the child (ru_maxrss, KiB)."""
    full = cmd
    if TIME_BIN:
        full = [TIME_BIN, "-v"] + cmd
    t0 = time.perf_counter()
    p = subprocess.Popen(full, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE)
    try:
        _, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        p.kill()
        p.communicate()
        return {"wall": None, "rss_mb": None, "rc": "timeout", "stderr": ""}
    wall = time.perf_counter() - t0
    err = err.decode("utf-8", "replace")
    rss = None
    if TIME_BIN:
        m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", err)
        if m:
            rss = int(m.group(1)) / 1024.0
        m = re.search(r"Elapsed \(wall clock\) time.*", err)
        # keep our own wall clock; strip /usr/bin/time's block from stderr
        err = err.split("\tCommand being timed:")[0]
    return {"wall": wall, "rss_mb": rss, "rc": p.returncode, "stderr": err}


def run_wait4(cmd, timeout=TIMEOUT_S):
    """Fallback without /usr/bin/time: rusage of exactly this child."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    # stderr is small for our commands; read it fully, then reap with wait4.
    err = p.stderr.read()
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    return {"wall": wall, "rss_mb": ru.ru_maxrss / 1024.0, "rc": p.returncode,
            "stderr": err.decode("utf-8", "replace")}


if not TIME_BIN:
    run_measured = run_wait4  # noqa: F811


def repeat(cmd, n):
    walls, rsss = [], []
    for _ in range(n):
        r = run_measured(cmd)
        if r["rc"] == "timeout":
            return {"timeout": True}
        if r["rc"] != 0:
            raise RuntimeError("command failed (%s): %s\n%s" %
                               (r["rc"], " ".join(cmd), r["stderr"][-3000:]))
        walls.append(r["wall"])
        if r["rss_mb"] is not None:
            rsss.append(r["rss_mb"])
    return {"min": min(walls), "median": statistics.median(walls),
            "runs": walls, "rss_mb": max(rsss) if rsss else None}


def sha256(path):
    import hashlib
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def safe_repeat(cmd, n):
    try:
        return repeat(cmd, n)
    except RuntimeError as e:
        print("# ERROR: %s" % str(e)[:2000], file=sys.stderr, flush=True)
        return {"error": str(e)[:2000]}


def own_time(cmd, entry, n):
    """The pass's own time: min over n runs of the -mlir-timing wall time
    of `entry` with -verify-each=0. The verifier that runs after each pass
    is timed inside the pass's entry; it verifies the whole output, so it
    grows with what a pass leaves (canonicalize folds linalg-chain to one op
    and verifies nothing; hoist-casts keeps every op). Returns None if a
    run fails."""
    best = None
    for _ in range(n):
        r = run_measured(cmd + ["-mlir-timing", "-verify-each=0"])
        if r["rc"] != 0:
            return None
        t = parse_timing(r["stderr"]).get(entry)
        if t is None:
            return None
        best = t if best is None else min(best, t)
    return best


def parse_stats(text):
    """-mlir-pass-statistics output: '(S)  123 casts-hoisted - ...'."""
    stats = {}
    for m in re.finditer(r"\(S\)\s+(\d+)\s+([\w-]+)", text):
        stats[m.group(2)] = stats.get(m.group(2), 0) + int(m.group(1))
    return stats


def parse_timing(text):
    """-mlir-timing output: wall seconds per named entry (summed)."""
    out = {}
    for line in text.splitlines():
        cols = list(re.finditer(r"([\d.]+) \(\s*[\d.]+%\)", line))
        if not cols:
            continue
        name = line[cols[-1].end():].strip()  # the last column is wall time
        if name:
            out[name] = out.get(name, 0.0) + float(cols[-1].group(1))
    return out


MOVE_RE = re.compile(r"= (?:tmov|tosa|linalg|tensor)\.(?:transpose|reshape|slice|"
                     r"reverse|concat|pad|expand_shape|collapse_shape)\b")


def count_narrowed(path):
    """Counts data-movement ops in printed IR: (moving f16, moving f32)."""
    narrow = wide = 0
    with open(path) as f:
        for line in f:
            if MOVE_RE.search(line):
                if "f32" in line:
                    wide += 1
                elif "f16" in line:
                    narrow += 1
    return narrow, wide


def fmt(x, digits=3):
    if x is None:
        return "-"
    if isinstance(x, str):
        return x
    return ("%%.%df" % digits) % x


def main():
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--opt", default=os.path.join(REPO, "build", "bin", "cast-hoist-opt"),
                    help="cast-hoist-opt binary (default: build/bin/cast-hoist-opt "
                         "relative to the repo root)")
    ap.add_argument("--mlir-opt", default="/usr/lib/llvm-22/bin/mlir-opt",
                    help="upstream mlir-opt for the --canonicalize comparison")
    ap.add_argument("--plugin", default=os.path.join(REPO, "build", "lib", "CastHoistPlugin.so"),
                    help="dialect plugin that lets mlir-opt parse tmov")
    ap.add_argument("--sizes", default="10000,100000,1000000",
                    help="comma-separated N (data-movement ops per module)")
    ap.add_argument("--shapes", default=",".join(SHAPES),
                    help="comma-separated subset of: " + ", ".join(SHAPES))
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement")
    ap.add_argument("--out-dir", default="/tmp/cast-hoist-compile-time",
                    help="where generated .mlir files and results.json go")
    ap.add_argument("--quick", action="store_true", help="10k only")
    ap.add_argument("--no-canonicalize", action="store_true",
                    help="skip the upstream mlir-opt --canonicalize runs")
    ap.add_argument("--no-snapshot", action="store_true",
                    help="run --opt/--plugin in place instead of timing a copy "
                         "taken at start (protects against concurrent rebuilds)")
    ap.add_argument("--keep", action="store_true",
                    help="keep generated files (default: delete >=1M files after use)")
    ap.add_argument("--from-results", nargs="+", metavar="JSON",
                    help="only print the table and scaling check from earlier "
                         "results.json files (rows of later files replace "
                         "earlier rows of the same shape and N)")
    args = ap.parse_args()

    if args.from_results:
        merged = {}
        for fn in args.from_results:
            with open(fn) as f:
                for r in json.load(f):
                    merged[(r["shape"], r["n"])] = r
        order = {s: i for i, s in enumerate(SHAPES)}
        rows = sorted(merged.values(), key=lambda r: (order.get(r["shape"], 99), r["n"]))
        print_table(rows)
        print()
        print_scaling(rows)
        return 0

    sizes = [10000] if args.quick else [int(s) for s in args.sizes.split(",") if s]
    shapes = [s for s in args.shapes.split(",") if s]
    for s in shapes:
        if s not in SHAPES:
            ap.error("unknown shape %r" % s)
    for b in (args.opt,):
        if not os.access(b, os.X_OK):
            ap.error("not executable: %s" % b)
    have_mlir_opt = os.access(args.mlir_opt, os.X_OK) and not args.no_canonicalize
    os.makedirs(args.out_dir, exist_ok=True)
    if not args.no_snapshot:
        # Others may rebuild build/ while this runs: time a private copy.
        snap = os.path.join(args.out_dir, "snapshot")
        os.makedirs(snap, exist_ok=True)
        for attr in ("opt", "plugin"):
            src = getattr(args, attr)
            if os.path.exists(src):
                dst = os.path.join(snap, os.path.basename(src))
                shutil.copy2(src, dst)
                print("# snapshot %s (mtime %s, sha256 %s) -> %s" % (
                    src, time.strftime("%Y-%m-%d %H:%M:%S",
                                       time.localtime(os.path.getmtime(src))),
                    sha256(dst)[:12], dst))
                setattr(args, attr, dst)
    results_path = os.path.join(args.out_dir, "results.json")

    print("# cast-hoist compile-time benchmark  (%s, %d cores, load %s)" %
          (time.strftime("%Y-%m-%d %H:%M"), os.cpu_count(),
           " ".join("%.2f" % x for x in os.getloadavg())), flush=True)
    print("# verification: every data-movement op must move f16 after the pass "
          "('rewritten' = narrowed/expected)")
    print("# opt=%s mlir-opt=%s repeat=%d rss=%s" %
          (args.opt, args.mlir_opt if have_mlir_opt else "(skipped)", args.repeat,
           "/usr/bin/time -v" if TIME_BIN else "os.wait4 ru_maxrss"), flush=True)

    rows = []
    skipped = {}   # (shape, tool) -> reason for sizes after a timeout
    gen_cache = {}
    for shape in shapes:
        gen, hoist_args, needs_plugin, _ = SHAPES[shape]
        for n in sizes:
            key = (gen, n)
            path = os.path.join(args.out_dir, "%s-%d.mlir" % (gen.__name__[4:], n))
            t0 = time.perf_counter()
            if key not in gen_cache or not os.path.exists(path):
                text, info = gen(n)
                with open(path, "w") as f:
                    f.write(text)
                gen_cache[key] = info
                del text
            info = gen_cache[key]
            gen_s = time.perf_counter() - t0
            row = {"shape": shape, "n": n, "ops": info["ops"], "moves": info["moves"],
                   "file": path, "bytes": os.path.getsize(path), "gen_s": gen_s}

            # 1. correctness: verifies, and the pass rewrites what it should.
            if skipped.get((shape, "hoist")):
                row["note"] = skipped[(shape, "hoist")]
                rows.append(row)
                print("%-18s N=%-8d skipped: %s" % (shape, n, row["note"]), flush=True)
                continue
            out_path = path[:-5] + ".out.mlir"
            chk = run_measured([args.opt, path] + hoist_args +
                               ["-mlir-pass-statistics", "-mlir-timing", "-o", out_path])
            if chk["rc"] == "timeout":
                row["note"] = "hoist-casts > %ds" % TIMEOUT_S
                skipped[(shape, "hoist")] = "larger than a size that took > %ds" % TIMEOUT_S
                rows.append(row)
                print("%-18s N=%-8d TIMEOUT (%s)" % (shape, n, row["note"]), flush=True)
                continue
            if chk["rc"] != 0:
                row["note"] = "pass run failed (rc %s): %s" % (chk["rc"], chk["stderr"][-500:])
                rows.append(row)
                print("%-18s N=%-8d %s" % (shape, n, row["note"]), flush=True)
                continue
            # Pass statistics are no-ops in a release LLVM (no
            # LLVM_ENABLE_STATS); if present they are recorded, but the
            # check counts data-movement ops moving f16 vs f32 in the output.
            stats = parse_stats(chk["stderr"])
            timing = parse_timing(chk["stderr"])
            narrow, wide = count_narrowed(out_path)
            os.remove(out_path)
            row["stats"] = stats
            row["timing"] = timing
            row["narrowed"] = narrow
            row["still_wide"] = wide
            row["rewritten"] = narrow == info["moves"] and wide == 0
            row["pass_timing_s"] = timing.get("HoistCasts")

            # 2. timings, sequential.
            row["baseline"] = safe_repeat([args.opt, path, "-o", "/dev/null"], args.repeat)
            row["hoist"] = safe_repeat([args.opt, path] + hoist_args + ["-o", "/dev/null"], args.repeat)
            if have_mlir_opt and not skipped.get((shape, "canon")):
                cmd = [args.mlir_opt, path, "--canonicalize", "-o", "/dev/null"]
                if needs_plugin:
                    cmd.insert(2, "--load-dialect-plugin=" + args.plugin)
                row["canon"] = safe_repeat(cmd, args.repeat)
                if row["canon"].get("timeout"):
                    skipped[(shape, "canon")] = "canonicalize > %ds at smaller N" % TIMEOUT_S
                else:
                    # 3. own times (-mlir-timing, no verifier), min of --repeat.
                    row["own_hoist_s"] = own_time(
                        [args.opt, path] + hoist_args + ["-o", "/dev/null"],
                        "HoistCasts", args.repeat)
                    row["own_canon_s"] = own_time(cmd, "Canonicalizer", args.repeat)
            rows.append(row)
            print_row(row, header=(len(rows) == 1))
            with open(results_path, "w") as f:
                json.dump(rows, f, indent=1)
            if row["hoist"].get("timeout"):
                skipped[(shape, "hoist")] = "hoist-casts > %ds at smaller N" % TIMEOUT_S
            elif n >= 1000000 and not args.keep:
                os.remove(path)
            # Predict the next size; skip it if it would blow the time limit.
            nxt = [s for s in sizes if s > n]
            if nxt and "min" in row["hoist"]:
                grow = nxt[0] / n
                per = row["hoist"]["min"]
                # assume the observed growth exponent between the last two
                # sizes continues (at least linear)
                prev = [r for r in rows if r["shape"] == shape and r["n"] < n
                        and "min" in r.get("hoist", {})]
                expo = 1.0
                if prev:
                    p = prev[-1]
                    import math
                    if p["hoist"]["min"] > 0.05:
                        expo = max(1.0, math.log(per / p["hoist"]["min"]) / math.log(n / p["n"]))
                predicted = per * grow ** expo
                if predicted > TIMEOUT_S:
                    skipped[(shape, "hoist")] = (
                        "predicted %.0fs > %ds from growth exponent %.2f" %
                        (predicted, TIMEOUT_S, expo))

    print()
    print_table(rows)
    print()
    print_scaling(rows)
    with open(results_path, "w") as f:
        json.dump(rows, f, indent=1)
    print("\n# results: %s" % results_path)


HEADER = ("%-18s %8s %8s %7s %11s %11s %11s %9s %9s %7s %8s %8s %6s %8s %8s %8s %s" %
          ("shape", "N", "ops", "file", "baseline", "hoist", "canon", "pass-only",
           "-timing", "h/canon", "own-h", "own-c", "own", "RSS-base", "RSS-hst",
           "RSS-can", "rewritten"))


def cell(m):
    if not m:
        return "-"
    if m.get("error"):
        return "ERROR"
    if m.get("timeout"):
        return "TIMEOUT"
    return "%.3f/%.3f" % (m["min"], m["median"])


def print_row(r, header=False):
    if header:
        print("# times: min/median seconds over --repeat runs; pass-only = "
              "min(hoist) - min(baseline); -timing = HoistCasts wall from -mlir-timing; "
              "own-h / own-c = the pass's / canonicalize's own -mlir-timing "
              "(-verify-each=0, min over runs), own = own-h / own-c")
        print(HEADER)
    if "hoist" not in r:
        print("%-18s %8d %8d  %s" % (r["shape"], r["n"], r["ops"], r.get("note", "")))
        return
    b, h, c = r.get("baseline"), r.get("hoist"), r.get("canon")
    pass_only = None
    if b and h and "min" in h and "min" in b:
        pass_only = h["min"] - b["min"]
    ratio = None
    if c and h and "min" in c and "min" in h and c["min"] > 0:
        ratio = h["min"] / c["min"]
    rw = "%s %d/%d" % ("yes" if r.get("rewritten") else "NO", r.get("narrowed", 0), r["moves"])
    own_h, own_c = r.get("own_hoist_s"), r.get("own_canon_s")
    own = own_h / own_c if own_h is not None and own_c else None
    print("%-18s %8d %8d %6.1fM %11s %11s %11s %9s %9s %7s %8s %8s %6s %8s %8s %8s %s" % (
        r["shape"], r["n"], r["ops"], r["bytes"] / 1e6, cell(b), cell(h), cell(c),
        fmt(pass_only), fmt(r.get("pass_timing_s")), fmt(ratio, 2),
        fmt(own_h), fmt(own_c), fmt(own, 2),
        fmt(b and b.get("rss_mb"), 0), fmt(h and h.get("rss_mb"), 0),
        fmt(c and c.get("rss_mb"), 0), rw), flush=True)


def print_table(rows):
    print("# summary")
    for i, r in enumerate(rows):
        print_row(r, header=(i == 0))


def print_scaling(rows):
    print("# scaling: microseconds per op (min wall / ops) per size; "
          "'SUPERLINEAR' if per-op time grows > 2x between consecutive sizes")
    by_shape = {}
    for r in rows:
        by_shape.setdefault(r["shape"], []).append(r)
    for shape, rs in by_shape.items():
        for tool, label in (("baseline", "baseline"), ("hoist", "hoist-casts"),
                            ("canon", "canonicalize"), ("pass", "pass -timing")):
            cells, flags = [], []
            prev = None
            for r in rs:
                if tool == "pass":
                    t = r.get("pass_timing_s")
                else:
                    m = r.get(tool)
                    t = m["min"] if m and "min" in m else None
                if t is None:
                    cells.append("%s:-" % r["n"])
                    continue
                per = t / r["ops"] * 1e6
                cells.append("%d:%.2f" % (r["n"], per))
                # ignore sub-50ms totals: noise dominates
                if prev is not None and t > 0.05 and per > 2 * prev:
                    flags.append("SUPERLINEAR at %d (%.1fx per op)" % (r["n"], per / prev))
                prev = per if t > 0.05 else None
            verdict = ", ".join(flags) if flags else "ok (roughly linear)"
            print("%-18s %-13s %s  -> %s" % (shape, label, "  ".join(cells), verdict))


if __name__ == "__main__":
    sys.exit(main())
