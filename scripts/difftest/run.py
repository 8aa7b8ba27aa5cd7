#!/usr/bin/env python3
"""Differential testing of --hoist-casts with an execution oracle.

For every seed: generate a program (generate.py), lower it to LLVM with the
same pipeline as the lit tests (%lower-to-llvm, parsed from test/lit.cfg.py)
and run it with mlir-runner; then, for each of the 6 policy x direction
variants, run --hoist-casts, check the output verifies, lower and run it and
compare the printed bit patterns with the original's. Mismatches and crashes
are saved to --out (program, rerun commands, greedy-minimized reproducer).

  run.py --seeds 0:50 [--opt PATH] [--dialect tmov,tosa,mixed] [--out DIR]
         [--keep-going] [--max-ops K]

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


def known_issue(detail):
    for name, stage, rx in KNOWN_ISSUES:
        if re.search(stage, detail) and re.search(rx, detail):
            return name
    return None


def lower_pipeline():
    """The %lower-to-llvm pipeline, read from test/lit.cfg.py so that there
    is exactly one definition of it."""
    src = open(os.path.join(ROOT, "test", "lit.cfg.py")).read()
    m = re.search(r"lower_pipeline\s*=\s*\",\"\.join\((\[.*?\])\)", src, re.S)
    if not m:
        sys.exit("run.py: cannot find lower_pipeline in test/lit.cfg.py")
    return "builtin.module(%s)" % ",".join(ast.literal_eval(m.group(1)))


RUNNER_LIBS = ["libmlir_runner_utils.so", "libmlir_c_runner_utils.so",
               "libmlir_float16_utils.so", "libmlir_apfloat_wrappers.so"]


class Tools:
    def __init__(self, opt, runner, libdir):
        self.opt = opt
        self.runner = runner
        self.libs = ",".join(os.path.join(libdir, l) for l in RUNNER_LIBS)
        self.pipeline = lower_pipeline()

    def run(self, argv, stdin=None):
        try:
            p = subprocess.run(argv, input=stdin, capture_output=True,
                               text=True, timeout=TIMEOUT)
            return p.returncode, p.stdout, p.stderr
        except subprocess.TimeoutExpired:
            return -999, "", "timeout after %ds" % TIMEOUT

    def verify(self, path):
        return self.run([self.opt, path, "-o", os.devnull])

    def hoist(self, path, policy, direction):
        return self.run([self.opt, path,
                         "--hoist-casts=policy=%s direction=%s" % (policy, direction)])

    def lower_and_run(self, path):
        """-> (status, text): status 'ok', 'lower-fail' or 'run-fail'."""
        rc, out, err = self.run([self.opt, path, "--pass-pipeline=" + self.pipeline])
        if rc != 0:
            return "lower-fail", err
        rc, res, err = self.run([self.runner, "-e", "main", "-entry-point-result=void",
                                 "-shared-libs=" + self.libs], stdin=out)
        if rc != 0:
            return "run-fail", err + res
        return "ok", "".join(l + "\n" for l in res.splitlines() if "base@" not in l)

    # shell commands for the .cmd files
    def sh_lower_run(self, src, dst):
        return "%s %s --pass-pipeline=%s | %s -e main -entry-point-result=void -shared-libs=%s | grep -v base@ > %s" % (
            shlex.quote(self.opt), src, shlex.quote(self.pipeline),
            shlex.quote(self.runner), self.libs, dst)

    def sh_hoist(self, src, policy, direction, dst):
        return "%s %s %s > %s" % (shlex.quote(self.opt), src, shlex.quote(
            "--hoist-casts=policy=%s direction=%s" % (policy, direction)), dst)


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
        groups, cur = [], None
        for l in body:
            if cur is not None:
                cur.append(l)
                if l.strip().startswith("} :"):
                    groups.append("\n".join(cur))
                    cur = None
            elif l.rstrip().endswith("{") and "tensor.pad" in l:
                cur = [l]
            else:
                groups.append(l)
        self.body = groups
        mm = re.match(r"return (.*) : (.*)$", ret)
        names = [s.strip() for s in mm.group(1).split(",")]
        types = TYPE_RE.findall(mm.group(2))
        self.results = list(zip(names, types))
        self.header = [l for l in lines[:sig] if not l.startswith("//")]
        self.extra_args = 0

    def render(self):
        out = ["// reduced by scripts/difftest/run.py"] + self.header
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
        n = sum(len(pat.findall(re.sub(r"^\s*%[\w]+ =", "", g))) for g in self.body)
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
            if not d or not t or "arith.constant" in g.splitlines()[0] and "dense" not in g:
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

class Campaign:
    def __init__(self, args, tools):
        self.a = args
        self.t = tools
        self.stats = dict(programs=0, variants=0, rewritten=0, programs_rewritten=0,
                          mismatches=0, crashes=0, invalid=0, orig_fail=0, known=0)
        self.failures = []
        self.work = tempfile.mkdtemp(prefix="difftest-")

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

    def save(self, seed, dialect, prog, kind, details, variant):
        os.makedirs(self.a.out, exist_ok=True)
        base = os.path.join(self.a.out, "seed-%d" % seed)
        with open(base + ".mlir", "w") as f:
            f.write(prog)
        P, D = variant if variant else ("always", "both")
        gen = "python3 %s --seed %d --dialect %s --max-ops %d > seed-%d.mlir" % (
            os.path.join(HERE, "generate.py"), seed, dialect, self.a.max_ops, seed)
        cmds = [
            "# %s (%s) for seed %d, variant policy=%s direction=%s" % (kind, details, seed, P, D),
            "# regenerate (identical to seed-%d.mlir):" % seed,
            "# " + gen,
            "cd %s" % shlex.quote(os.path.abspath(self.a.out)),
            "%s seed-%d.mlir -o /dev/null   # verifies" % (shlex.quote(self.t.opt), seed),
            self.t.sh_lower_run("seed-%d.mlir" % seed, "/tmp/seed-%d.before" % seed),
            self.t.sh_hoist("seed-%d.mlir" % seed, P, D, "/tmp/seed-%d.hoisted.mlir" % seed),
            self.t.sh_lower_run("/tmp/seed-%d.hoisted.mlir" % seed, "/tmp/seed-%d.after" % seed),
            "diff /tmp/seed-%d.before /tmp/seed-%d.after" % (seed, seed),
            "# minimized reproducer: replace seed-%d.mlir by seed-%d.min.mlir above" % (seed, seed),
            "# one-shot rerun: python3 %s --seeds %d:%d --dialect %s --max-ops %d --opt %s" % (
                os.path.join(HERE, "run.py"), seed, seed + 1, dialect, self.a.max_ops, self.t.opt),
        ]
        with open(base + ".cmd", "w") as f:
            f.write("\n".join(cmds) + "\n")
        return base

    def check_variant(self, prog_path, before, P, D):
        """-> (kind, detail, hoisted_text) kind in ok/same/mismatch/crash."""
        rc, out, err = self.t.hoist(prog_path, P, D)
        if rc != 0:
            return "crash", "hoist-casts exit %d: %s" % (rc, short(err)), None
        hp = self.write("hoisted.mlir", out)
        rc, _, err = self.t.verify(hp)
        if rc != 0:
            return "crash", "hoisted IR does not verify: %s" % short(err), out
        st, after = self.t.lower_and_run(hp)
        if st != "ok":
            return "crash", "hoisted program %s: %s" % (st, short(after)), out
        if after != before:
            return "mismatch", "printed bits differ", out
        return "ok", "", out

    def one(self, seed):
        dialect = self.dialect_for(seed)
        prog = generate.generate(seed, dialect, self.a.max_ops)
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
        st, before = self.t.lower_and_run(path)
        if st != "ok":
            self.stats["orig_fail"] += 1
            detail = "original fails to %s: %s" % (st, short(before))
            k = known_issue(detail)
            if k:
                self.stats["known"] += 1
                self.log("seed %d [%s]: known issue %s (original does not lower)" % (seed, dialect, k))
                return True
            self.stats["orig_fail"] += 1
            base = self.save(seed, dialect, prog, "original fails", detail, None)
            self.log("seed %d [%s]: ORIGINAL %s (%s.mlir)" % (seed, dialect, detail, base))
            return False
        # determinism of the original
        seen = {}
        canon = self.canon(path)
        any_rewrite = False
        ok = True
        for P, D in VARIANTS:
            self.stats["variants"] += 1
            rc, out, err = self.t.hoist(path, P, D)
            if rc == 0:
                changed = out != canon
                if changed:
                    self.stats["rewritten"] += 1
                    any_rewrite = True
                if out in seen:
                    continue  # identical IR to an earlier variant: same result
                seen[out] = True
                if not changed:
                    continue  # same IR as the original: nothing to run
            kind, detail, _ = self.check_variant(path, before, P, D)
            if kind == "ok":
                continue
            k = known_issue(detail) if kind == "crash" else None
            if k:
                self.stats["known"] += 1
                self.log("seed %d [%s] policy=%s direction=%s: known issue %s" % (seed, dialect, P, D, k))
                continue
            ok = False
            # nondeterminism check: run the original again
            st2, before2 = self.t.lower_and_run(path)
            if kind == "mismatch" and before2 != before:
                detail += " (ORIGINAL IS NONDETERMINISTIC)"
            self.stats["mismatches" if kind == "mismatch" else "crashes"] += 1
            base = self.save(seed, dialect, prog, kind, detail, (P, D))
            self.log("seed %d [%s] policy=%s direction=%s: %s: %s" % (seed, dialect, P, D, kind.upper(), detail))
            self.failures.append((seed, dialect, P, D, kind, detail))
            if not self.a.no_minimize:
                self.log("  minimizing -> %s.min.mlir" % base)
                pred = self.predicate(kind, detail, P, D)
                small = minimize(prog, pred, self.log)
                with open(base + ".min.mlir", "w") as f:
                    f.write(small)
            break  # one failure per program is enough
        if any_rewrite:
            self.stats["programs_rewritten"] += 1
        return ok

    def predicate(self, kind, detail, P, D):
        stage = detail.split(":")[0]

        def fails(text):
            p = self.write("cand.mlir", text)
            if self.t.verify(p)[0] != 0:
                return False
            st, before = self.t.lower_and_run(p)
            if st != "ok":
                return False
            k, d, _ = self.check_variant(p, before, P, D)
            return k == kind and d.split(":")[0] == stage
        return fails

    _canon_cache = {}

    def canon(self, path):
        # cast-hoist-opt's printing of the unmodified program, to compare
        # with the pass output.
        rc, out, _ = self.t.run([self.t.opt, path])
        return out

    def go(self):
        a, b = [int(x) for x in self.a.seeds.split(":")]
        t0 = time.time()
        for seed in range(a, b):
            ok = self.one(seed)
            if not ok and not self.a.keep_going and (self.stats["mismatches"] or self.stats["crashes"]):
                self.log("stopping at the first failure (use --keep-going)")
                break
            if self.a.time_budget and time.time() - t0 > self.a.time_budget:
                self.log("time budget reached after seed %d" % seed)
                break
        s = self.stats
        print("=== difftest summary ===")
        print("seeds: %s  dialect: %s  max-ops: %d" % (self.a.seeds, self.a.dialect, self.a.max_ops))
        print("programs: %d" % s["programs"])
        print("variants run: %d" % s["variants"])
        print("rewritten: %d variants, %d programs (%.0f%%)" % (
            s["rewritten"], s["programs_rewritten"],
            100.0 * s["programs_rewritten"] / max(1, s["programs"])))
        print("mismatches: %d" % s["mismatches"])
        print("crashes: %d" % s["crashes"])
        print("original fails to lower/run: %d" % s["orig_fail"])
        print("known issues hit: %d" % s["known"])
        print("generator-invalid: %d" % s["invalid"])
        print("wall time: %.1fs" % (time.time() - t0))
        for f in self.failures:
            print("FAILURE seed=%d dialect=%s policy=%s direction=%s %s: %s" % f)
        shutil.rmtree(self.work, ignore_errors=True)
        bad = s["mismatches"] or s["crashes"] or s["invalid"] or s["orig_fail"]
        return 1 if bad else 0


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
    ap.add_argument("--seeds", required=True, help="A:B, half-open")
    ap.add_argument("--opt", help="cast-hoist-opt (path or name on PATH)")
    ap.add_argument("--runner", help="mlir-runner (default: on PATH, else /usr/lib/llvm-22/bin)")
    ap.add_argument("--mlir-lib-dir", help="directory of the runner libs (default: ../lib of mlir-runner)")
    ap.add_argument("--dialect", default="tmov,tosa,mixed",
                    help="tmov|tosa|mixed, or a comma list cycled over seeds")
    ap.add_argument("--max-ops", type=int, default=12)
    ap.add_argument("--out", default="difftest-out")
    ap.add_argument("--keep-going", action="store_true")
    ap.add_argument("--no-minimize", action="store_true")
    ap.add_argument("--time-budget", type=float, default=0, help="stop after this many seconds")
    a = ap.parse_args()
    opt = find_tool(a.opt, "cast-hoist-opt", os.path.join(ROOT, "build", "bin", "cast-hoist-opt"))
    runner = find_tool(a.runner, "mlir-runner", "/usr/lib/llvm-22/bin/mlir-runner")
    runner = os.path.realpath(runner)
    libdir = a.mlir_lib_dir or os.path.join(os.path.dirname(os.path.dirname(runner)), "lib")
    sys.exit(Campaign(a, Tools(opt, runner, libdir)).go())


if __name__ == "__main__":
    main()
