#!/usr/bin/env python3
"""Differential testing of --hoist-casts with an execution oracle.

For every seed: generate a program (generate.py), lower it to LLVM with the
same pipeline as the lit tests (%lower-to-llvm-loops, parsed from
test/lit.cfg.py: %lower-to-llvm with one-shot-bufferize allowing loops that
yield new tensors, the same LLVM IR for loop-free programs) and run it with
mlir-runner; then, for each exactness mode (values, bits) and
each of the 6 policy x direction variants, run
--hoist-casts=exactness=<mode>, check the output verifies, lower and run it
and compare the printed results with the original's using that mode's
comparator:

  bits    every printed bit pattern identical;
  values  per element: identical bits, or both NaN (decoded with the
          element's type, which the generator lists in a
          `// difftest-results:` comment), or -- only when this machine
          flushes bf16 subnormals (probed once per run) -- the original +-0
          and the rewritten value of the same sign, of magnitude at most
          2^-126 (a subnormal, or one that IEEE rounds up to 2^-126).

Mismatches and crashes are saved to --out (program, rerun commands,
greedy-minimized reproducer). The summary also tallies the newer forms the
programs contain (the generator's `// difftest-forms:` comment: selects,
linalg.generic, negate/abs, scf.if/index_switch/for/while, calls) and in how
many of them a cast actually moved across that form (remarks of one
`policy=always direction=both exactness=values report` run per program).

  run.py --seeds 0:50 [--exactness values|bits|both] [--opt PATH]
         [--dialect tmov,tosa,mixed] [--out DIR] [--keep-going] [--max-ops K]
         [--features all|old|new]
  run.py --compare BEFORE AFTER --program PROG.mlir --exactness values|bits
         [--flush yes|no]       (the comparator alone, on two saved outputs)

Exit status 1 on any mismatch, crash or generator-invalid program.
"""

import argparse
import ast
import os
import random
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import generate  # noqa: E402

MODES = ["bits", "values"]
POLICIES = ["always", "profitable"]
DIRECTIONS = ["up", "down", "both"]
VARIANTS = [(p, d) for p in POLICIES for d in DIRECTIONS]
TIMEOUT = 120

# Known, already-reported failures: (name, stage regex, error regex). A crash
# matching one is counted as "known" and does not fail the run; remove the
# entry once the bug is fixed. See scripts/difftest/README.md.
KNOWN_ISSUES = [
    # upstream lowering gaps (see generate.unlowerable); the pass can create
    # such a cast by merging ext(ext(x)), e.g. f8 -> f32 -> f64.
    ("upstream-cast-lowering-gap", r"hoisted program lower-fail",
     r"'arith\.(extui|trunci|truncf)' op operand type .* cast incompatible|'llvm\.sitofp' op result #0 must be floating point"),
    ("upstream-f8-roundeven-gap", r"hoisted program run-fail", r"math\.roundeven"),
]


def short(err):
    """The first error line of a tool's stderr, on one line."""
    lines = [l.strip() for l in err.splitlines() if l.strip()]
    errs = [l for l in lines if "error:" in l] or lines or [""]
    return errs[0][:400]


# Float casts in the generated syntax: (result, op, source, source type,
# result type).
CAST_SYNTAX = [
    re.compile(r"^(\s*)(%[\w]+) = (arith\.extf|arith\.truncf|tmov\.cast) (%[\w]+) : (\S+) to (\S+)\s*$"),
    re.compile(r"^(\s*)(%[\w]+) = (tosa\.cast) (%[\w]+) : \((\S+)\) -> (\S+)\s*$"),
]
OPAQUE_RE = re.compile(r'^\s*(%[\w]+) = "difftest\.(ext|trunc)"\((%[\w]+)\) : \((\S+)\) -> (\S+)\s*$')


def float_pair_after_folding(tools, work, ir):
    """The number of float pairs: how often the start of the lowering, applied to `ir`, leaves a float
    widening cast right under a float narrowing cast back to its source
    type -- a pair that arith.truncf's folder removes. The float casts are
    first replaced by opaque (unregistered) ops, so that the conversions
    and canonicalize remove the data movement around them (tosa.identity,
    a tosa.reverse of a size-1 axis, ...) but keep the casts."""
    out = []
    for l in ir.splitlines():
        for rx in CAST_SYNTAX:
            m = rx.match(l)
            if m:
                ind, res, _, src, a, b = m.groups()
                ea, eb = shape_et(a)[1], shape_et(b)[1]
                if generate.is_float(ea) and generate.is_float(eb) and ea != eb:
                    kind = "ext" if generate.WIDTH[eb] > generate.WIDTH[ea] else "trunc"
                    l = '%s%s = "difftest.%s"(%s) : (%s) -> %s' % (ind, res, kind, src, a, b)
                break
        out.append(l)
    p = os.path.join(work, "opaque.mlir")
    with open(p, "w") as f:
        f.write("\n".join(out) + "\n")
    # The TOSA conversions of %lower-to-llvm (tosa-to-linalg drops a
    # tosa.identity), then canonicalize. Not convert-tmov-to-linalg: it
    # crashes on the opaque ops.
    rc, canon, _ = tools.run([tools.opt, p, "--allow-unregistered-dialect", "--pass-pipeline="
                              "builtin.module(func.func(tosa-to-linalg-named,tosa-to-linalg,"
                              "tosa-to-tensor,tosa-to-arith),canonicalize)"])
    if rc != 0:
        return 0
    defs, pairs = {}, 0
    for l in canon.splitlines():
        m = OPAQUE_RE.match(l)
        if not m:
            continue
        res, kind, src, a, b = m.groups()
        defs[res] = (kind, src, a, b)
        inner = defs.get(src)
        if kind == "trunc" and inner and inner[0] == "ext" and \
                shape_et(inner[2])[1] == shape_et(b)[1]:
            pairs += 1
    return pairs


# Known, already-reported pass bugs that show as mismatches: (name, mode,
# detector(tools, work dir, original IR, rewritten IR)). A mismatch of that
# mode that the detector flags is counted as "known" and does not fail the
# run; remove the entry once the bug is fixed. See scripts/difftest/README.md.
KNOWN_MISMATCHES = [
    # (name, mode, detect(tools, work, original IR, rewritten IR)): a
    # mismatch already reported is counted, not failed. Empty: the last one,
    # bits-pair-through-folded-movement (a float cast pair that meets once
    # the lowering drops an identity move; float_pair_after_folding detects
    # it), is fixed: see README "Findings".
]


# The remarks of `--hoist-casts=report` that say a cast moved across an op
# (the op's name is quoted), and across a call boundary.
MOVED_RE = re.compile(r"remark: (?:hoisted above|sunk below|moved into the \d+ regions? of|"
                      r"sunk out of the \d+ regions? of|carried narrow through) '([\w.]+)'")
CALL_MOVED_RE = re.compile(r"remark: hoist-casts: (?:result|argument) \d+")


def switch_yields_kernel_argument(ir):
    """Whether an scf.index_switch in @kernel yields, straight from a case,
    a buffer it does not own: one of the kernel's arguments or a constant.
    Upstream's lowering of that (buffer deallocation of scf.index_switch)
    crashes the program when that case runs
    (findings/upstream-index-switch-yields-argument.mlir; scf.if is
    fine)."""
    m = re.search(r"func\.func @kernel\(([^)]*)\)", ir or "")
    if not m:
        return False
    nargs = len(re.findall(r"%arg\d+\s*:", m.group(1)))
    body = ir[m.end():]
    depth, in_switch = 0, []
    for line in body.splitlines():
        # Back at a switch's own depth on a line that is not one of its
        # cases: the switch has ended.
        while (in_switch and depth == in_switch[-1] and
               not line.strip().startswith(("case", "default", "}"))):
            in_switch.pop()
        if re.search(r"= scf\.index_switch ", line):
            in_switch.append(depth)
        y = re.search(r"scf\.yield %arg(\d+) :", line)
        if y and in_switch and int(y.group(1)) < nargs:
            return True
        # A constant (the printer names arith.constant results %cst...).
        if in_switch and re.search(r"scf\.yield %cst(_\d+)? :", line):
            return True
        depth += line.count("{") - line.count("}")
        if line.startswith("  }") and depth <= 0:
            break
    return False


def known_issue(detail, hoisted_ir=None):
    if "run-fail" in detail and switch_yields_kernel_argument(hoisted_ir):
        return "upstream-index-switch-yields-argument"
    for name, stage, rx in KNOWN_ISSUES:
        if re.search(stage, detail) and re.search(rx, detail):
            return name
    return None


def lower_pipeline():
    """The %lower-to-llvm-loops pipeline, read from test/lit.cfg.py so that
    there is exactly one definition of it. It is %lower-to-llvm with
    one-shot-bufferize{allow-return-allocs-from-loops}, which generated
    scf.for/scf.while loops yielding new tensors need; on loop-free
    programs both give the same LLVM IR (checked on generated programs)."""
    # The definitions from `one_shot_bufferize = ...` to the end of
    # `lower_loops_pipeline = ...` are plain Python over string literals:
    # run just those lines (one namespace: the generator expression reads
    # the earlier names).
    src = open(os.path.join(ROOT, "test", "lit.cfg.py")).read()
    m = re.search(r"^one_shot_bufferize\s*=.*?^lower_loops_pipeline\s*=.*?\)\n",
                  src, re.S | re.M)
    if not m:
        sys.exit("run.py: cannot find lower_loops_pipeline in test/lit.cfg.py")
    names = {"__builtins__": {}}
    exec(m.group(0), names)
    return "builtin.module(%s)" % names["lower_loops_pipeline"]


RUNNER_LIBS = ["libmlir_runner_utils.so", "libmlir_c_runner_utils.so",
               "libmlir_float16_utils.so", "libmlir_apfloat_wrappers.so"]


class Tools:
    def __init__(self, opt, runner, libdir):
        self.opt = opt
        self.runner = runner
        self.libs = ",".join(os.path.join(libdir, l) for l in RUNNER_LIBS)
        self.pipeline = lower_pipeline()

    def run(self, argv, stdin=None):
        # A timeout is retried once: on the shared 2-core machine a JIT run
        # that takes 0.2 s alone once timed out (long campaign seed 300192).
        for _ in range(2):
            try:
                p = subprocess.run(argv, input=stdin, capture_output=True,
                                   text=True, timeout=TIMEOUT)
                return p.returncode, p.stdout, p.stderr
            except subprocess.TimeoutExpired:
                pass
        return -999, "", "timeout after %ds (twice)" % TIMEOUT

    def verify(self, path):
        return self.run([self.opt, path, "-o", os.devnull])

    def hoist(self, path, policy, direction, mode):
        return self.run([self.opt, path, hoist_flag(policy, direction, mode)])

    def lower_and_run(self, path):
        """-> (status, text): status 'ok', 'lower-fail' or 'run-fail'; text
        is the printed results with the base@ lines stripped."""
        rc, out, err = self.run([self.opt, path, "--pass-pipeline=" + self.pipeline])
        if rc != 0:
            return "lower-fail", err
        rc, res, err = self.run([self.runner, "-e", "main", "-entry-point-result=void",
                                 "-shared-libs=" + self.libs], stdin=out)
        if rc != 0:
            return "run-fail", err + res
        return "ok", strip_base(res)

    # shell commands for the .cmd files
    def sh_lower_run(self, src, dst):
        return "%s %s --pass-pipeline=%s | %s -e main -entry-point-result=void -shared-libs=%s | sed 's/.*base@.*/# result/' > %s" % (
            shlex.quote(self.opt), src, shlex.quote(self.pipeline),
            shlex.quote(self.runner), self.libs, dst)

    def sh_hoist(self, src, policy, direction, mode, dst):
        return "%s %s %s > %s" % (shlex.quote(self.opt), src, shlex.quote(
            hoist_flag(policy, direction, mode)), dst)


def hoist_flag(policy, direction, mode):
    return "--hoist-casts=policy=%s direction=%s exactness=%s" % (policy, direction, mode)


def strip_base(res):
    """Drop printMemref's `Unranked Memref base@ = 0x...` header lines (the
    addresses vary from run to run) and keep one `# result` marker line per
    printed memref in their place, so that results can be told apart."""
    return "".join(("# result\n" if "base@" in l else l + "\n") for l in res.splitlines())


# --------------------------------------------------------------------------
# Comparators. A printed result is a memref of integers: floats were bitcast
# to a same-width integer (printed signed), f8 and i8 sign-extended to i16.

INT_RE = re.compile(r"-?\d+")
MIN_NORMAL_F32 = 2.0 ** -126


def parse_results(text):
    """Printed output -> [[int, ...] per result]."""
    blocks = []
    for l in text.splitlines():
        if l.startswith("# result"):
            blocks.append([])
        elif blocks:
            blocks[-1] += [int(x) for x in INT_RE.findall(l)]
    return blocks


def result_types(prog_text):
    """Element types of the printed results, in print order, from the
    generator's `// difftest-results:` comment (never guessed)."""
    m = re.search("^" + re.escape(generate.RESULTS_TAG) + "(.*)$", prog_text, re.M)
    if not m:
        return None
    return m.group(1).split()


def fmt_bits(bits, et):
    return generate.fmt_elem(bits, et) if generate.is_float(et) else str(bits)


class Verdict:
    """Outcome of comparing two runs: ok, and the differences accepted."""

    def __init__(self):
        self.ok = True
        self.hoisted = None  # the rewritten IR, for KNOWN_MISMATCHES
        self.detail = ""
        self.nan = 0    # elements: both NaN, different bits (values mode)
        self.flush = 0  # elements: original flushed a subnormal (values mode)

    def fail(self, detail):
        self.ok = False
        self.detail = detail
        return self


def compare(before, after, types, mode, flush):
    """Compare two printed outputs under an exactness mode (see the module
    docstring); flush: this machine flushes bf16 subnormals."""
    v = Verdict()
    b, a = parse_results(before), parse_results(after)
    if types is None:
        return v.fail("no %s comment in the program" % generate.RESULTS_TAG)
    if len(b) != len(types) or len(a) != len(types):
        return v.fail("printed %d/%d results, the program lists %d" % (len(b), len(a), len(types)))
    for r, (xs, ys, et) in enumerate(zip(b, a, types)):
        if len(xs) != len(ys):
            return v.fail("result %d (%s): %d vs %d elements" % (r, et, len(xs), len(ys)))
        w = generate.WIDTH[et]
        mask, sign = (1 << w) - 1, 1 << (w - 1)
        for i, (x, y) in enumerate(zip(xs, ys)):
            if x == y:
                continue
            bx, by = x & mask, y & mask
            why = "result %d element %d (%s): original %s, rewritten %s" % (
                r, i, et, fmt_bits(bx, et) if generate.is_float(et) else x,
                fmt_bits(by, et) if generate.is_float(et) else y)
            if mode == "bits" or not generate.is_float(et):
                return v.fail(why)
            vx, vy = generate.decode(bx, et), generate.decode(by, et)
            if vx is None and vy is None:
                v.nan += 1
                continue
            # A flushed f32 subnormal is below 2^-126; IEEE rounding to a
            # narrower type with the same exponent range (bf16) can round it
            # up to 2^-126 itself (0x007FFFFF -> bf16 0x0080), hence <=.
            if (flush and vx == 0.0 and vy is not None and (bx & sign) == (by & sign)
                    and 0.0 < abs(vy) <= MIN_NORMAL_F32):
                v.flush += 1
                continue
            return v.fail(why)
    return v


# --------------------------------------------------------------------------
# Structured view of a generated program, for the minimizer.

TYPE_RE = re.compile(r"tensor<[^>]*>")
NAME_RE = re.compile(r"%[A-Za-z_][\w]*")


class Program:
    """args: [(name, type, dense-literal)], body: [op text groups],
    results: [(name, type)]. Rendered with the generator's printing code."""

    def __init__(self, text):
        lines = text.splitlines()
        sig = next(i for i, l in enumerate(lines) if l.startswith("func.func @kernel("))
        end = next(i for i in range(sig, len(lines)) if lines[i] == "}")
        m = re.match(r"func\.func @kernel\((.*)\) -> \((.*)\) attributes", lines[sig])
        argdecl = m.group(1)
        self.args = []
        consts = {}
        for l in lines[end:]:
            mm = re.match(r"\s*%in(\d+) = arith\.constant (dense<.*>) : (tensor<.*>)$", l)
            if mm:
                consts[int(mm.group(1))] = mm.group(2)
        for i, (n, t) in enumerate(re.findall(r"(%arg\d+): (tensor<[^>]*>)", argdecl)):
            self.args.append([n, t, consts[i]])
        body = lines[sig + 1:end]
        ret = body[-1].strip()
        body = body[:-1]
        # One group per top-level op: an op with regions (tensor.pad,
        # linalg.generic, scf.if/for/while/index_switch) spans the lines up
        # to where its braces close (an index_switch header has none: it
        # ends with its `default` region).
        groups, cur, depth, switch = [], None, 0, False
        for l in body:
            opens = l.count("{") - l.count("}")
            if cur is None:
                if opens <= 0 and "scf.index_switch" not in l:
                    groups.append(l)
                    continue
                cur, depth, switch = [l], opens, "scf.index_switch" in l
                continue
            cur.append(l)
            depth += opens
            if switch and l.strip().startswith("default"):
                switch = False
            if depth == 0 and not switch and l.strip().startswith("}"):
                groups.append("\n".join(cur))
                cur = None
        self.body = groups
        mm = re.match(r"return (.*) : (.*)$", ret)
        names = [s.strip() for s in mm.group(1).split(",")]
        types = TYPE_RE.findall(mm.group(2))
        self.results = list(zip(names, types))
        self.header = [l for l in lines[:sig] if not l.startswith("//")]
        self.extra_args = 0

    def render(self):
        out = ["// reduced by scripts/difftest/run.py",
               generate.results_comment([t for _, t in self.results])] + self.header
        params = ", ".join("%s: %s" % (n, t) for n, t, _ in self.args)
        rtypes = ", ".join(t for _, t in self.results)
        out.append("func.func @kernel(%s) -> (%s) attributes { no_inline } {" % (params, rtypes))
        out += self.body
        out.append("  return %s : %s" % (", ".join(n for n, _ in self.results), rtypes))
        out.append("}")
        out.append("")
        out.append("func.func @main() {")
        for i, (_, t, d) in enumerate(self.args):
            out.append("  %%in%d = arith.constant %s : %s" % (i, d, t))
        nres = len(self.results)
        lhs = "%%r:%d" % nres if nres > 1 else "%r"
        out.append("  %s = call @kernel(%s) : (%s) -> (%s)" % (
            lhs, ", ".join("%%in%d" % i for i in range(len(self.args))),
            ", ".join(t for _, t, _ in self.args), rtypes))
        for i, (_, t) in enumerate(self.results):
            ref = "%%r#%d" % i if nres > 1 else "%r"
            out += print_result(ref, t, i)
        out.append("  return")
        out.append("}")
        return "\n".join(out) + "\n"

    def uses(self, name):
        pat = re.compile(re.escape(name) + r"(?![\w])")
        n = sum(len(pat.findall(re.sub(r"^\s*%[\w]+(?::\d+)? =", "", g))) for g in self.body)
        n += sum(1 for r, _ in self.results if r == name)
        return n

    @staticmethod
    def defs(g):
        m = re.match(r"\s*(%[\w]+)(?::\d+)? =", g)
        return m.group(1) if m else None


def shape_et(t):
    parts = t[len("tensor<"):-1].split("x")
    return [int(p) for p in parts[:-1]], parts[-1]


def print_result(ref, t, i):
    shape, et = shape_et(t)
    out, cur = [], ref
    if generate.numel(shape) == 0:
        return out
    if generate.is_float(et):
        it = "i%d" % generate.WIDTH[et]
        out.append("  %%b%d = arith.bitcast %s : %s to %s" % (i, cur, t, generate.ttype(shape, it)))
        cur = "%%b%d" % i
    else:
        it = et
    if it == "i8":
        out.append("  %%w%d = arith.extsi %s : %s to %s" % (
            i, cur, generate.ttype(shape, "i8"), generate.ttype(shape, "i16")))
        cur, it = "%%w%d" % i, "i16"
    out.append("  %%u%d = tensor.cast %s : %s to tensor<*x%s>" % (i, cur, generate.ttype(shape, it), it))
    out.append("  call @printMemref%s(%%u%d) : (tensor<*x%s>) -> ()" % (it.upper(), i, it))
    return out


def result_type(g):
    """Type of the value an op group defines (the last tensor type in our
    generated syntax), or None if it is not a tensor."""
    if "!tosa.shape" in g.splitlines()[0]:
        return None
    ts = TYPE_RE.findall(g.splitlines()[-1])
    return ts[-1] if ts else None


def minimize(prog_text, still_fails, log):
    """Greedy deletion: drop results, then replace op results by fresh
    kernel arguments, then drop dead ops and unused arguments, while
    still_fails(text) holds."""
    prog = Program(prog_text)
    pools = generate.Pools(random.Random(12345))

    def attempt(p):
        return still_fails(p.render())

    def clean(p):
        # drop dead ops and unused args until nothing changes
        changed = True
        while changed:
            changed = False
            for g in list(p.body):
                d = Program.defs(g)
                if d and p.uses(d) == 0:
                    p.body.remove(g)
                    changed = True
            for a in list(p.args):
                if p.uses(a[0]) == 0:
                    p.args.remove(a)
                    changed = True
        # renumber args so that %argN matches the main constant order
        ren = {}
        for i, a in enumerate(p.args):
            ren[a[0]] = "%%arg%d" % i
        if any(k != v for k, v in ren.items()):
            tmp = {k: k.replace("%arg", "%tmparg") for k in ren}

            def sub(s, mp):
                return re.sub(r"%arg\d+(?![\w])", lambda m: mp.get(m.group(0), m.group(0)), s)
            p.body = [sub(g, tmp) for g in p.body]
            p.results = [(sub(n, tmp), t) for n, t in p.results]
            back = {tmp[k]: v for k, v in ren.items()}

            def sub2(s):
                return re.sub(r"%tmparg\d+(?![\w])", lambda m: back[m.group(0)], s)
            p.body = [sub2(g) for g in p.body]
            p.results = [(sub2(n), t) for n, t in p.results]
            for a in p.args:
                a[0] = ren[a[0]]
        return p

    import copy
    progress = True
    rounds = 0
    while progress and rounds < 6:
        progress = False
        rounds += 1
        # 1. drop results
        i = 0
        while len(prog.results) > 1 and i < len(prog.results):
            cand = copy.deepcopy(prog)
            del cand.results[i]
            clean(cand)
            if attempt(cand):
                prog = cand
                progress = True
                log("  min: dropped result %d (%d ops left)" % (i, len(prog.body)))
            else:
                i += 1
        # 2. cut an op: its value becomes a kernel argument
        i = 0
        while i < len(prog.body):
            g = prog.body[i]
            d = Program.defs(g)
            t = result_type(g)
            if (not d or not t or "arith.constant" in g.splitlines()[0] and "dense" not in g
                    or shape_et(t)[1] not in generate.WIDTH
                    or re.search(r"= (tensor\.extract |arith\.cmpi|arith\.index_cast)", g)):
                i += 1
                continue
            cand = copy.deepcopy(prog)
            shape, et = shape_et(t)
            elems = [pools.elem(et, "nonan") for _ in range(generate.numel(shape))]
            newname = "%%arg%d" % len(cand.args)
            cand.args.append([newname, t, generate.dense(shape, elems, et)])
            pat = re.compile(re.escape(d) + r"(?![\w])")
            del cand.body[i]
            cand.body = [pat.sub(newname, x) for x in cand.body]
            cand.results = [(newname if n == d else n, tt) for n, tt in cand.results]
            clean(cand)
            if attempt(cand):
                prog = cand
                progress = True
                log("  min: cut %s (%d ops left)" % (d, len(prog.body)))
            else:
                i += 1
    return prog.render()


# --------------------------------------------------------------------------

FLUSH_PROBE = """// difftest flush probe: does f32 -> bf16 keep subnormals?
func.func private @printMemrefI16(tensor<*xi16>) attributes { llvm.emit_c_interface }
func.func @probe(%a: tensor<2xf32>) -> tensor<2xbf16> attributes { no_inline } {
  %t = arith.truncf %a : tensor<2xf32> to tensor<2xbf16>
  return %t : tensor<2xbf16>
}
func.func @main() {
  // +-2^-127: f32 subnormals, exact bf16 subnormals 0x0040 / 0x8040
  %a = arith.constant dense<[0x00400000, 0x80400000]> : tensor<2xf32>
  %r = call @probe(%a) : (tensor<2xf32>) -> tensor<2xbf16>
  %b = arith.bitcast %r : tensor<2xbf16> to tensor<2xi16>
  %u = tensor.cast %b : tensor<2xi16> to tensor<*xi16>
  call @printMemrefI16(%u) : (tensor<*xi16>) -> ()
  return
}
"""


def flush_probe(tools, work):
    """-> (flushes, description): lower and run FLUSH_PROBE with the same
    pipeline. IEEE keeps the subnormal (0x0040, 0x8040); AVX512-BF16's
    conversion flushes it to a zero of the same sign."""
    p = os.path.join(work, "flush-probe.mlir")
    with open(p, "w") as f:
        f.write(FLUSH_PROBE)
    st, out = tools.lower_and_run(p)
    got = parse_results(out) if st == "ok" else []
    if len(got) != 1 or len(got[0]) != 2:
        sys.exit("run.py: the bf16 flush probe failed (%s): %s" % (st, short(out)))
    bits = [x & 0xFFFF for x in got[0]]
    desc = "f32 0x00400000, 0x80400000 -> bf16 0x%04X, 0x%04X" % tuple(bits)
    if bits == [0x0040, 0x8040]:
        return False, desc
    if bits == [0x0000, 0x8000]:
        return True, desc
    sys.exit("run.py: unexpected bf16 flush probe result: " + desc)


class Campaign:
    def __init__(self, args, tools):
        self.a = args
        self.t = tools
        self.modes = MODES if args.exactness == "both" else [args.exactness]
        self.stats = dict(programs=0, invalid=0, orig_fail=0, known=0)
        self.mstats = {m: dict(variants=0, rewritten=0, programs_rewritten=0,
                               mismatches=0, crashes=0, nan=0, nan_variants=0,
                               flush=0, flush_variants=0) for m in self.modes}
        self.failures = []
        # form -> [programs containing it, programs where a cast moved across it]
        self.forms = {f: [0, 0] for f in generate.FORMS}
        self.work = tempfile.mkdtemp(prefix="difftest-")
        self.flush, self.flush_desc = flush_probe(tools, self.work)

    def log(self, msg):
        print(msg, flush=True)

    def dialect_for(self, seed):
        ds = self.a.dialect.split(",")
        return ds[seed % len(ds)]

    def write(self, name, text):
        p = os.path.join(self.work, name)
        with open(p, "w") as f:
            f.write(text)
        return p

    def save(self, seed, dialect, prog, kind, details, variant, mode):
        os.makedirs(self.a.out, exist_ok=True)
        tag = "seed-%d" % seed if mode is None else "seed-%d-%s" % (seed, mode)
        base = os.path.join(self.a.out, tag)
        with open(base + ".mlir", "w") as f:
            f.write(prog)
        P, D = variant if variant else ("always", "both")
        M = mode or "bits"
        gen = "python3 %s --seed %d --dialect %s --max-ops %d --features %s > %s.mlir" % (
            os.path.join(HERE, "generate.py"), seed, dialect, self.a.max_ops, self.a.features, tag)
        cmds = [
            "# %s (%s) for seed %d, variant policy=%s direction=%s exactness=%s" % (
                kind, details, seed, P, D, M),
            "# regenerate (identical to %s.mlir):" % tag,
            "# " + gen,
            "cd %s" % shlex.quote(os.path.abspath(self.a.out)),
            "%s %s.mlir -o /dev/null   # verifies" % (shlex.quote(self.t.opt), tag),
            self.t.sh_lower_run("%s.mlir" % tag, "/tmp/%s.before" % tag),
            self.t.sh_hoist("%s.mlir" % tag, P, D, M, "/tmp/%s.hoisted.mlir" % tag),
            self.t.sh_lower_run("/tmp/%s.hoisted.mlir" % tag, "/tmp/%s.after" % tag),
            "python3 %s --compare /tmp/%s.before /tmp/%s.after --program %s.mlir --exactness %s --flush %s" % (
                os.path.join(HERE, "run.py"), tag, tag, tag, M, "yes" if self.flush else "no"),
            "# minimized reproducer: replace %s.mlir by %s.min.mlir above" % (tag, tag),
            "# one-shot rerun: python3 %s --seeds %d:%d --dialect %s --max-ops %d --features %s --exactness %s --opt %s" % (
                os.path.join(HERE, "run.py"), seed, seed + 1, dialect, self.a.max_ops,
                self.a.features, M, self.t.opt),
        ]
        with open(base + ".cmd", "w") as f:
            f.write("\n".join(cmds) + "\n")
        return base

    def check_variant(self, prog_path, before, types, P, D, mode, cache=None):
        """-> (kind, detail, verdict) kind in ok/mismatch/crash. cache maps
        hoisted IR text to its (status, output), shared between the modes
        of one program (the same IR runs the same)."""
        rc, out, err = self.t.hoist(prog_path, P, D, mode)
        if rc != 0:
            return "crash", "hoist-casts exit %d: %s" % (rc, short(err)), None
        if cache is not None and out in cache:
            st, after = cache[out]
        else:
            hp = self.write("hoisted.mlir", out)
            rc, _, err = self.t.verify(hp)
            if rc != 0:
                st, after = "verify-fail", err
            else:
                st, after = self.t.lower_and_run(hp)
            if cache is not None:
                cache[out] = (st, after)
        if st == "verify-fail":
            return "crash", "hoisted IR does not verify: %s" % short(after), None
        if st != "ok":
            return "crash", "hoisted program %s: %s" % (st, short(after)), None
        v = compare(before, after, types, mode, self.flush)
        if v.ok and mode == "bits" and after != before:
            v.fail("printed output differs")
        v.hoisted = out
        if not v.ok:
            return "mismatch", v.detail, v
        return "ok", "", v

    def one(self, seed):
        dialect = self.dialect_for(seed)
        prog = generate.generate(seed, dialect, self.a.max_ops, self.a.features)
        path = self.write("prog.mlir", prog)
        self.stats["programs"] += 1
        rc, _, err = self.t.verify(path)
        if rc != 0:
            self.stats["invalid"] += 1
            os.makedirs(self.a.out, exist_ok=True)
            with open(os.path.join(self.a.out, "seed-%d.invalid.mlir" % seed), "w") as f:
                f.write(prog)
            self.log("seed %d [%s]: GENERATOR-INVALID: %s" % (seed, dialect, err.strip()[:300]))
            return False
        types = result_types(prog)
        st, before = self.t.lower_and_run(path)
        if st == "ok" and (types is None or len(parse_results(before)) != len(types)):
            st, before = "result-count", "printed %d results, %s lists %s" % (
                len(parse_results(before)), generate.RESULTS_TAG, types)
        if st != "ok":
            detail = "original fails to %s: %s" % (st, short(before))
            k = known_issue(detail)
            if k:
                self.stats["known"] += 1
                self.log("seed %d [%s]: known issue %s (original does not lower)" % (seed, dialect, k))
                return True
            self.stats["orig_fail"] += 1
            base = self.save(seed, dialect, prog, "original fails", detail, None, None)
            self.log("seed %d [%s]: ORIGINAL %s (%s.mlir)" % (seed, dialect, detail, base))
            return False
        self.tally_forms(prog, path)
        canon = self.canon(path)
        cache = {canon: ("ok", before)}
        ok = True
        for mode in self.modes:
            if not self.one_mode(seed, dialect, prog, path, before, types, canon, cache, mode):
                ok = False
        return ok

    def one_mode(self, seed, dialect, prog, path, before, types, canon, cache, mode):
        ms = self.mstats[mode]
        seen = {}
        any_rewrite = False
        nan_seen = flush_seen = False
        ok = True
        for P, D in VARIANTS:
            ms["variants"] += 1
            rc, out, err = self.t.hoist(path, P, D, mode)
            if rc == 0:
                changed = out != canon
                if changed:
                    ms["rewritten"] += 1
                    any_rewrite = True
                if out in seen:
                    continue  # identical IR to an earlier variant: same result
                seen[out] = True
                if not changed:
                    continue  # same IR as the original: nothing to run
            kind, detail, verdict = self.check_variant(path, before, types, P, D, mode, cache)
            if verdict is not None and verdict.nan:
                ms["nan"] += verdict.nan
                ms["nan_variants"] += 1
            if verdict is not None and verdict.flush:
                ms["flush"] += verdict.flush
                ms["flush_variants"] += 1
            if kind == "ok":
                continue
            if kind == "crash":
                k = known_issue(detail, out if rc == 0 else None)
            else:
                k = self.known_mismatch(mode, prog, verdict.hoisted)
            if k:
                self.stats["known"] += 1
                self.log("seed %d [%s] policy=%s direction=%s exactness=%s: known issue %s%s" % (
                    seed, dialect, P, D, mode, k, ": " + detail if kind == "mismatch" else ""))
                continue
            ok = False
            # nondeterminism check: run the original again
            st2, before2 = self.t.lower_and_run(path)
            if kind == "mismatch" and before2 != before:
                detail += " (ORIGINAL IS NONDETERMINISTIC)"
            ms["mismatches" if kind == "mismatch" else "crashes"] += 1
            base = self.save(seed, dialect, prog, kind, detail, (P, D), mode)
            self.log("seed %d [%s] policy=%s direction=%s exactness=%s: %s: %s" % (
                seed, dialect, P, D, mode, kind.upper(), detail))
            self.failures.append((seed, dialect, P, D, mode, kind, detail))
            if not self.a.no_minimize:
                self.log("  minimizing -> %s.min.mlir" % base)
                pred = self.predicate(kind, detail, P, D, mode)
                small = minimize(prog, pred, self.log)
                with open(base + ".min.mlir", "w") as f:
                    f.write(small)
            break  # one failure per program and mode is enough
        if any_rewrite:
            ms["programs_rewritten"] += 1
        return ok

    def tally_forms(self, prog, path):
        """Count the newer forms the program contains and, from the remarks
        of one report run, those a cast moved across (into/out of a branch,
        through a loop, across a call boundary, above/below an op)."""
        m = re.search("^" + re.escape(generate.FORMS_TAG) + "(.*)$", prog, re.M)
        forms = m.group(1).split() if m else []
        if not forms:
            return
        rc, _, err = self.t.run([self.t.opt, path, "-o", os.devnull,
                                 hoist_flag("always", "both", "values") + " report"])
        moved = set(MOVED_RE.findall(err)) if rc == 0 else set()
        if rc == 0 and CALL_MOVED_RE.search(err):
            moved.add("call")
        for f in forms:
            if f in self.forms:
                self.forms[f][0] += 1
                self.forms[f][1] += f in moved

    def known_mismatch(self, mode, orig_ir, hoisted_ir):
        for name, m, detect in KNOWN_MISMATCHES:
            if m == mode and hoisted_ir and detect(self.t, self.work, orig_ir, hoisted_ir):
                return name
        return None

    def predicate(self, kind, detail, P, D, mode):
        stage = detail.split(":")[0]

        def fails(text):
            p = self.write("cand.mlir", text)
            if self.t.verify(p)[0] != 0:
                return False
            st, before = self.t.lower_and_run(p)
            if st != "ok":
                return False
            k, d, _ = self.check_variant(p, before, result_types(text), P, D, mode)
            # a mismatch may move to another result or element while the
            # program shrinks; a crash must stay at the same stage
            return k == kind and (kind == "mismatch" or d.split(":")[0] == stage)
        return fails

    def canon(self, path):
        # cast-hoist-opt's printing of the unmodified program, to compare
        # with the pass output.
        rc, out, _ = self.t.run([self.t.opt, path])
        return out

    def bad_modes(self):
        return any(m["mismatches"] or m["crashes"] for m in self.mstats.values())

    def go(self):
        a, b = [int(x) for x in self.a.seeds.split(":")]
        t0 = time.time()
        self.log("bf16 subnormal flush: %s (%s)" % ("yes" if self.flush else "no", self.flush_desc))
        for seed in range(a, b):
            ok = self.one(seed)
            if not ok and not self.a.keep_going and self.bad_modes():
                self.log("stopping at the first failure (use --keep-going)")
                break
            if self.a.time_budget and time.time() - t0 > self.a.time_budget:
                self.log("time budget reached after seed %d" % seed)
                break
        s = self.stats
        print("=== difftest summary ===")
        print("seeds: %s  dialect: %s  max-ops: %d  exactness: %s" % (
            self.a.seeds, self.a.dialect, self.a.max_ops, self.a.exactness))
        print("bf16 subnormal flush: %s (%s)" % ("yes" if self.flush else "no", self.flush_desc))
        print("programs: %d" % s["programs"])
        print("forms (programs containing it / with a cast moved across it): %s" % ", ".join(
            "%s %d/%d" % (f, n, k) for f, (n, k) in self.forms.items()))
        for m in self.modes:
            ms = self.mstats[m]
            print("--- exactness=%s ---" % m)
            print("%s variants run: %d" % (m, ms["variants"]))
            print("%s rewritten: %d variants, %d programs (%.0f%%)" % (
                m, ms["rewritten"], ms["programs_rewritten"],
                100.0 * ms["programs_rewritten"] / max(1, s["programs"])))
            print("%s mismatches: %d" % (m, ms["mismatches"]))
            print("%s crashes: %d" % (m, ms["crashes"]))
            if m == "values":
                print("values accepted NaN differences: %d elements in %d variants" % (
                    ms["nan"], ms["nan_variants"]))
                print("values accepted flush differences: %d elements in %d variants%s" % (
                    ms["flush"], ms["flush_variants"],
                    "" if self.flush else " (no flush on this machine: none accepted)"))
        print("---")
        print("mismatches: %d" % sum(ms["mismatches"] for ms in self.mstats.values()))
        print("crashes: %d" % sum(ms["crashes"] for ms in self.mstats.values()))
        print("original fails to lower/run: %d" % s["orig_fail"])
        print("known issues hit: %d" % s["known"])
        print("generator-invalid: %d" % s["invalid"])
        print("wall time: %.1fs" % (time.time() - t0))
        for f in self.failures:
            print("FAILURE seed=%d dialect=%s policy=%s direction=%s exactness=%s %s: %s" % f)
        shutil.rmtree(self.work, ignore_errors=True)
        bad = self.bad_modes() or s["invalid"] or s["orig_fail"]
        return 1 if bad else 0


def compare_files(a):
    """--compare: the comparator alone on two saved outputs."""
    before, after = open(a.compare[0]).read(), open(a.compare[1]).read()
    if "# result" not in before + after:
        sys.exit("run.py --compare: outputs must be run.py's (with '# result' markers); "
                 "use `sed 's/.*base@.*/# result/'` on raw mlir-runner output")
    types = result_types(open(a.program).read())
    mode = "bits" if a.exactness == "both" else a.exactness
    v = compare(before, after, types, mode, a.flush == "yes")
    if v.ok and mode == "bits" and before != after:
        v.fail("printed output differs")
    print("exactness=%s flush=%s: %s" % (mode, a.flush, "MATCH" if v.ok else "MISMATCH: " + v.detail))
    print("accepted NaN differences: %d" % v.nan)
    print("accepted flush differences: %d" % v.flush)
    return 0 if v.ok else 1


def find_tool(given, name, fallback):
    if given:
        if os.sep in given:
            return os.path.abspath(given)
        w = shutil.which(given)
        if w:
            return w
    w = shutil.which(name)
    if w:
        return w
    return fallback


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", help="A:B, half-open")
    ap.add_argument("--exactness", choices=["values", "bits", "both"], default="both",
                    help="the --hoist-casts exactness mode(s) to check, each with its "
                    "own comparator (default both)")
    ap.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"),
                    help="only compare two saved outputs (see --program, --flush)")
    ap.add_argument("--program", help="with --compare: the program (its %s comment)" %
                    generate.RESULTS_TAG)
    ap.add_argument("--flush", choices=["yes", "no"], default="no",
                    help="with --compare: the machine flushes bf16 subnormals")
    ap.add_argument("--opt", help="cast-hoist-opt (path or name on PATH)")
    ap.add_argument("--runner", help="mlir-runner (default: on PATH, else /usr/lib/llvm-22/bin)")
    ap.add_argument("--mlir-lib-dir", help="directory of the runner libs (default: ../lib of mlir-runner)")
    ap.add_argument("--dialect", default="tmov,tosa,mixed",
                    help="tmov|tosa|mixed, or a comma list cycled over seeds")
    ap.add_argument("--max-ops", type=int, default=12)
    ap.add_argument("--features", choices=["all", "old", "new"], default="all",
                    help="the generator's --features (all: newer forms mixed in; "
                    "new: biased toward them; old: without them)")
    ap.add_argument("--out", default="difftest-out")
    ap.add_argument("--keep-going", action="store_true")
    ap.add_argument("--no-minimize", action="store_true")
    ap.add_argument("--time-budget", type=float, default=0, help="stop after this many seconds")
    a = ap.parse_args()
    if a.compare:
        if not a.program:
            ap.error("--compare needs --program")
        sys.exit(compare_files(a))
    if not a.seeds:
        ap.error("--seeds is required")
    problems = generate.check_pools()
    if problems:
        sys.exit("run.py: the generator's input pool lacks: " + "; ".join(problems))
    opt = find_tool(a.opt, "cast-hoist-opt", os.path.join(ROOT, "build", "bin", "cast-hoist-opt"))
    runner = find_tool(a.runner, "mlir-runner", "/usr/lib/llvm-22/bin/mlir-runner")
    runner = os.path.realpath(runner)
    libdir = a.mlir_lib_dir or os.path.join(os.path.dirname(os.path.dirname(runner)), "lib")
    sys.exit(Campaign(a, Tools(opt, runner, libdir)).go())


if __name__ == "__main__":
    main()
