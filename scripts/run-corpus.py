#!/usr/bin/env python3
r"""Run --hoist-casts over a corpus of .mlir files and check it never breaks.

Walks CORPUS_DIR for *.mlir files, splits each file into chunks at lines that
consist of the marker `// -----` (what `mlir-opt --split-input-file` does;
decorative rules such as `// ----------------` are not markers) and, for each
chunk:

  * skips it if it carries `expected-error/warning/remark/note` annotations
    (it is a negative test of some verifier or pass);
  * checks that it parses and verifies unchanged (`OPT chunk` exits 0);
    otherwise skips it as invalid input; also skips it (counted apart) if
    that plain print does not parse again, which is no fault of the pass;
  * runs every pass variant (--pass-args, repeatable) on it and classifies the
    result as
      failed     non-zero exit, crash signal, timeout, or output that does not
                 parse and verify when fed to OPT again;
      changed    output differs from OPT's plain round-trip print of the chunk;
      unchanged  otherwise.

Prints totals (files, chunks, skipped, processed, and changed/unchanged/failed
per variant) and, for each failure, the file, chunk index (0-based, counting
chunks as --split-input-file does), variant, a one-line diagnostic and a
one-line rerun command. With --out-dir, every failing chunk is also written
there as a standalone .mlir reproducer. With --manifest (the corpus'
MANIFEST.tsv), per-file counts are compared with the manifest (informational).

Exit status: 1 if any variant failed on any chunk, 0 otherwise (2 on usage
errors). Output order is deterministic whatever --jobs is.

Example:
  scripts/run-corpus.py /path/to/corpus --opt build/bin/cast-hoist-opt \
      --allow-unregistered --jobs 2 --out-dir /tmp/repro \
      --pass-args '--hoist-casts' --pass-args "--hoist-casts='policy=always'"

Extract one chunk (what the rerun commands use):
  run-corpus.py --extract FILE INDEX
"""

import argparse
import concurrent.futures
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import time

DEFAULT_VARIANTS = [
    "--hoist-casts",
    "--hoist-casts=policy=always",
    "--hoist-casts='direction=down policy=always'",
    "--hoist-casts='policy=always exactness=bits'",
    "--hoist-casts=report",
]

SPLIT_MARKER = re.compile(r"^// -----[ \t]*$")
EXPECTED_DIAG = re.compile(r"expected-(error|warning|remark|note)\b")
DIAG_LINE = re.compile(
    r"(error:|Assertion|LLVM ERROR|UNREACHABLE|terminate called|"
    r"AddressSanitizer|runtime error)")

REPARSE_FAILURE = "output does not re-parse/verify"
ENC = "utf-8"
ERRS = "surrogateescape"


# ---------------------------------------------------------------------------
# Splitting


def split_chunks(text):
    """Returns [(first_line (1-based), chunk_text)] like --split-input-file."""
    chunks = []
    cur = []
    start = 1
    for lineno, line in enumerate(text.splitlines(keepends=True), 1):
        if SPLIT_MARKER.match(line.rstrip("\r\n")):
            chunks.append((start, "".join(cur)))
            cur = []
            start = lineno + 1
        else:
            cur.append(line)
    chunks.append((start, "".join(cur)))
    return chunks


def read_text(path):
    with open(path, "rb") as f:
        return f.read().decode(ENC, ERRS)


# ---------------------------------------------------------------------------
# Running the tool


class Run:
    __slots__ = ("status", "stdout", "stderr", "summary")

    def __init__(self, status, stdout, stderr, summary):
        self.status = status    # "ok", "exit N", "crash (SIGSEGV)", "timeout"
        self.stdout = stdout    # bytes
        self.stderr = stderr    # str
        self.summary = summary  # one line


FRAME = re.compile(r"^#\d+ 0x[0-9a-f]+ ")
UNNAMED_FRAME = re.compile(r"^#\d+ 0x[0-9a-f]+ \(")
BORING_FRAME = re.compile(
    r"llvm::sys::|SignalHandler|PrintStackTrace|__restore_rt|libc\.so|"
    r"__pthread_kill|raise|abort|__assert_fail")


def one_line_diag(stderr):
    lines = [l.strip() for l in stderr.splitlines() if l.strip()]
    for l in lines:
        if DIAG_LINE.search(l):
            return l[:300]
    for l in lines:  # a crash without a message: the first useful frame
        if (FRAME.match(l) and not BORING_FRAME.search(l) and
                not UNNAMED_FRAME.match(l)):
            return l[:300]
    for l in lines:
        if not l.startswith(("PLEASE submit", "Stack dump", "0.", "1.")):
            return l[:300]
    return lines[0][:300] if lines else ""


def run_opt(argv, data, timeout):
    env = dict(os.environ)
    env["LLVM_DISABLE_CRASH_REPORT"] = "1"
    # A session of its own, so a timeout kills the tool and its children.
    p = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, env=env,
                         start_new_session=True)
    try:
        out, err = p.communicate(data, timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except OSError:
            pass
        out, err = p.communicate()
        return Run("timeout", b"", err.decode(ENC, "replace"),
                   "timeout after %g s" % timeout)
    err = err.decode(ENC, "replace")
    if p.returncode == 0:
        return Run("ok", out, err, "")
    if p.returncode < 0:
        try:
            name = signal.Signals(-p.returncode).name
        except ValueError:
            name = "signal %d" % -p.returncode
        status = "crash (%s)" % name
    elif "PLEASE submit a bug report" in err or "Stack dump" in err:
        status = "crash (exit %d)" % p.returncode
    else:
        status = "exit %d" % p.returncode
    return Run(status, out, err, one_line_diag(err))


# ---------------------------------------------------------------------------
# Per-chunk work


class ChunkResult:
    __slots__ = ("kind", "reason", "variants")

    def __init__(self, kind, reason="", variants=None):
        # kind: "diag" (expected-* skipped), "invalid", "noroundtrip",
        # "processed"
        self.kind = kind
        self.reason = reason
        # variant index -> ("changed"|"unchanged"|"failed", detail)
        self.variants = variants or {}


def process_chunk(text, opt_cmd, base_args, variants, timeout):
    if EXPECTED_DIAG.search(text):
        return ChunkResult("diag")
    data = text.encode(ENC, ERRS)
    base = run_opt(opt_cmd + base_args + ["-"], data, timeout)
    if base.status != "ok":
        return ChunkResult("invalid", "%s: %s" % (base.status, base.summary))
    again = run_opt(opt_cmd + base_args + ["-"], base.stdout, timeout)
    if again.status != "ok":
        return ChunkResult("noroundtrip",
                           "%s: %s" % (again.status, again.summary))
    res = ChunkResult("processed")
    for vi, vargs in enumerate(variants):
        r = run_opt(opt_cmd + base_args + vargs + ["-"], data, timeout)
        if r.status != "ok":
            res.variants[vi] = ("failed", "%s: %s" % (r.status, r.summary))
            continue
        if r.stdout == base.stdout:
            res.variants[vi] = ("unchanged", "")
            continue
        rp = run_opt(opt_cmd + base_args + ["-"], r.stdout, timeout)
        if rp.status != "ok":
            res.variants[vi] = (
                "failed", "%s: %s: %s" % (REPARSE_FAILURE, rp.status,
                                          rp.summary))
            continue
        res.variants[vi] = ("changed", "")
    return res


# ---------------------------------------------------------------------------
# Manifest


def read_manifest(path):
    """Returns {relpath: {column: value}} from the corpus' MANIFEST.tsv."""
    rows = {}
    header = None
    with open(path, encoding=ENC, errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if header is None:
                header = cols
                continue
            rows[cols[0]] = dict(zip(header, cols))
    return rows


def as_int(v):
    try:
        return int(v)
    except (TypeError, ValueError):
        return None


# ---------------------------------------------------------------------------


def find_files(root):
    if os.path.isfile(root):
        return [os.path.basename(root)], os.path.dirname(root) or "."
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for fn in filenames:
            if fn.endswith(".mlir"):
                out.append(os.path.relpath(os.path.join(dirpath, fn), root))
    out.sort()
    return out, root


def resolve_opt(opt):
    if os.sep in opt:
        return os.path.abspath(opt) if os.access(opt, os.X_OK) else None
    return shutil.which(opt)


def default_opt():
    here = os.path.dirname(os.path.abspath(__file__))
    cand = os.path.join(here, "..", "build", "bin", "cast-hoist-opt")
    if os.access(cand, os.X_OK):
        return os.path.normpath(cand)
    return "cast-hoist-opt"


def sanitize(relpath):
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", relpath.replace(os.sep, "__"))


def main(argv=None):
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog=__doc__.split("\n", 2)[2],
        formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", metavar="CORPUS_DIR", nargs="?",
                    help="directory walked for *.mlir (or a single file)")
    ap.add_argument("--opt", default=None,
                    help="the mlir-opt-like tool (default: build/bin/"
                    "cast-hoist-opt next to this script, else cast-hoist-opt "
                    "on PATH)")
    ap.add_argument("--pass-args", action="append", metavar="ARGS",
                    help="one pass variant, shell-quoted (repeatable); "
                    "default: " + " ; ".join(DEFAULT_VARIANTS))
    ap.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1,
                    help="parallel chunks (default: %(default)s)")
    ap.add_argument("--timeout", type=float, default=60.0,
                    help="seconds per tool run (default: %(default)s)")
    ap.add_argument("--manifest", metavar="MANIFEST.tsv",
                    help="compare per-file counts with this manifest")
    ap.add_argument("--out-dir", metavar="DIR",
                    help="write each failing chunk here as a reproducer")
    ap.add_argument("--allow-unregistered", action="store_true",
                    help="pass --allow-unregistered-dialect to the tool")
    ap.add_argument("--verbose", "-v", action="store_true",
                    help="also list per-file counts and skipped chunks")
    ap.add_argument("--progress", action="store_true",
                    help="print progress to stderr")
    ap.add_argument("--extract", nargs=2, metavar=("FILE", "INDEX"),
                    help="print chunk INDEX (0-based) of FILE and exit")
    # `--pass-args --hoist-casts` should work: argparse would take the
    # value for an option, so glue it to the flag.
    raw = list(sys.argv[1:] if argv is None else argv)
    fixed = []
    i = 0
    while i < len(raw):
        if raw[i] == "--pass-args" and i + 1 < len(raw):
            fixed.append("--pass-args=" + raw[i + 1])
            i += 2
            continue
        fixed.append(raw[i])
        i += 1
    args = ap.parse_args(fixed)

    if args.extract:
        path, idx = args.extract
        chunks = split_chunks(read_text(path))
        i = int(idx)
        if not 0 <= i < len(chunks):
            ap.error("%s has %d chunks" % (path, len(chunks)))
        sys.stdout.buffer.write(chunks[i][1].encode(ENC, ERRS))
        return 0
    if not args.corpus:
        ap.error("CORPUS_DIR is required")
    if not os.path.exists(args.corpus):
        ap.error("no such file or directory: %s" % args.corpus)
    if args.jobs < 1:
        ap.error("--jobs must be >= 1")

    opt_shown = args.opt or default_opt()
    opt_path = resolve_opt(opt_shown)
    if not opt_path:
        ap.error("tool not found or not executable: %s" % opt_shown)
    opt_cmd = [opt_path]
    base_args = (["--allow-unregistered-dialect"]
                 if args.allow_unregistered else [])
    variant_strs = args.pass_args or DEFAULT_VARIANTS
    variants = [shlex.split(v) for v in variant_strs]

    t0 = time.monotonic()
    files, root = find_files(args.corpus)
    work = []  # (file index, chunk index, first line, text)
    nchunks = {}
    for fi, rel in enumerate(files):
        chunks = split_chunks(read_text(os.path.join(root, rel)))
        nchunks[rel] = len(chunks)
        for ci, (line, text) in enumerate(chunks):
            work.append((fi, ci, line, text))

    results = {}
    done = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as ex:
        futs = {
            ex.submit(process_chunk, text, opt_cmd, base_args, variants,
                      args.timeout): (fi, ci)
            for fi, ci, _, text in work
        }
        for fut in concurrent.futures.as_completed(futs):
            results[futs[fut]] = fut.result()
            done += 1
            if args.progress and (done % 50 == 0 or done == len(work)):
                print("run-corpus: %d/%d chunks, %.0f s" %
                      (done, len(work), time.monotonic() - t0),
                      file=sys.stderr, flush=True)
    wall = time.monotonic() - t0

    # ---- Report (deterministic: files sorted, chunks in order) ----
    out = sys.stdout
    script = sys.argv[0] if argv is None else "run-corpus.py"
    q = shlex.quote
    tool_prefix = " ".join(q(a) for a in [opt_shown] + base_args)

    counts = {k: 0 for k in ("diag", "invalid", "noroundtrip", "processed")}
    per_var = [{"changed": 0, "unchanged": 0, "failed": 0} for _ in variants]
    per_file = {}
    failures = []  # (rel, ci, line, vi, detail)
    skipped_list = []
    failing_chunks = {}  # (fi, ci) -> [(vi, detail)]
    for fi, ci, line, text in work:
        r = results[(fi, ci)]
        rel = files[fi]
        pf = per_file.setdefault(rel, {"chunks": 0, "diag": 0, "invalid": 0,
                                       "noroundtrip": 0, "processed": 0,
                                       "changed": 0, "failed": 0})
        pf["chunks"] += 1
        counts[r.kind] += 1
        pf[r.kind] += 1
        if r.kind in ("invalid", "noroundtrip"):
            skipped_list.append((rel, ci, line, r.kind, r.reason))
        chunk_changed = chunk_failed = False
        for vi in range(len(variants)):
            if vi not in r.variants:
                continue
            cls, detail = r.variants[vi]
            per_var[vi][cls] += 1
            if cls == "failed":
                chunk_failed = True
                failures.append((rel, ci, line, vi, detail))
                failing_chunks.setdefault((fi, ci), []).append((vi, detail))
            elif cls == "changed":
                chunk_changed = True
        pf["changed"] += chunk_changed
        pf["failed"] += chunk_failed

    # Reproducers.
    by_key = {(fi, ci): (line, text) for fi, ci, line, text in work}
    repro_path = {}
    if args.out_dir and failing_chunks:
        os.makedirs(args.out_dir, exist_ok=True)
        for (fi, ci), fails in sorted(failing_chunks.items()):
            rel = files[fi]
            line, text = by_key[(fi, ci)]
            path = os.path.join(args.out_dir,
                                "%s.chunk%d.mlir" % (sanitize(rel), ci))
            hdr = ["// Reproducer written by run-corpus.py",
                   "// source: %s, chunk %d (line %d)" % (rel, ci, line),
                   "// failing variants:"]
            for vi, detail in fails:
                hdr.append("//   %s  ->  %s" % (variant_strs[vi], detail))
            hdr.append("")
            with open(path, "wb") as f:
                f.write(("\n".join(hdr) + "\n").encode(ENC, ERRS))
                f.write(text.encode(ENC, ERRS))
            repro_path[(fi, ci)] = path

    print("corpus: %s" % args.corpus, file=out)
    print("tool: %s" % tool_prefix, file=out)
    for vi, v in enumerate(variant_strs):
        print("variant %d: %s" % (vi, v), file=out)

    if args.verbose:
        print("", file=out)
        print("per file (chunks, expected-diag, invalid, no-roundtrip, "
              "processed, changed, failed):", file=out)
        for rel in files:
            pf = per_file[rel]
            print("  %s: %d %d %d %d %d %d %d" % (
                rel, pf["chunks"], pf["diag"], pf["invalid"],
                pf["noroundtrip"], pf["processed"], pf["changed"],
                pf["failed"]), file=out)
        if skipped_list:
            print("", file=out)
            print("skipped chunks (not valid input):", file=out)
            for rel, ci, line, kind, reason in skipped_list:
                print("  %s chunk %d (line %d): %s: %s" % (
                    rel, ci, line,
                    "invalid input" if kind == "invalid"
                    else "print does not re-parse", reason), file=out)

    if args.manifest:
        print("", file=out)
        report_manifest(out, args.manifest, files, per_file)

    if failures:
        print("", file=out)
        print("failures:", file=out)
        file_index = {rel: fi for fi, rel in enumerate(files)}
        for rel, ci, line, vi, detail in failures:
            fi = file_index[rel]
            print("FAIL %s chunk %d (line %d) variant %d [%s]: %s" % (
                rel, ci, line, vi, variant_strs[vi], detail), file=out)
            vargs = " ".join(q(a) for a in variants[vi])
            if (fi, ci) in repro_path:
                cmd = "%s %s %s" % (tool_prefix, vargs,
                                    q(repro_path[(fi, ci)]))
            else:
                cmd = "%s --extract %s %d | %s %s -" % (
                    q(script), q(os.path.join(root, rel)), ci, tool_prefix,
                    vargs)
            if detail.startswith(REPARSE_FAILURE):
                cmd += " | %s -" % tool_prefix
            print("  rerun: %s" % cmd, file=out)

    print("", file=out)
    print("totals:", file=out)
    print("  files: %d" % len(files), file=out)
    print("  chunks: %d" % len(work), file=out)
    skipped = counts["diag"] + counts["invalid"] + counts["noroundtrip"]
    print("  skipped: %d" % skipped, file=out)
    print("    expected diagnostics: %d" % counts["diag"], file=out)
    print("    invalid input: %d" % counts["invalid"], file=out)
    print("    print does not re-parse: %d" % counts["noroundtrip"], file=out)
    print("  processed: %d" % counts["processed"], file=out)
    for vi, v in enumerate(variant_strs):
        pv = per_var[vi]
        print("  variant %d [%s]: changed %d, unchanged %d, failed %d" % (
            vi, v, pv["changed"], pv["unchanged"], pv["failed"]), file=out)
    nfail = len(failures)
    print("  failed: %d (in %d chunks)" % (nfail, len(failing_chunks)),
          file=out)
    print("  wall time: %.1f s" % wall, file=out)
    return 1 if failures else 0


def report_manifest(out, manifest, files, per_file):
    rows = read_manifest(manifest)
    listed = set(rows)
    found = set(files)
    print("manifest: %s" % manifest, file=out)
    print("  listed: %d, found: %d, missing from corpus: %d, not listed: %d"
          % (len(listed), len(listed & found), len(listed - found),
             len(found - listed)), file=out)
    for rel in sorted(listed - found):
        print("  missing from corpus: %s" % rel, file=out)
    for rel in sorted(found - listed):
        print("  not in manifest: %s" % rel, file=out)
    agree = 0
    resplit = []
    mismatch = []
    for rel in sorted(listed & found):
        row, pf = rows[rel], per_file[rel]
        m_chunks = as_int(row.get("chunks"))
        m_ok = as_int(row.get("clean_ok"))
        m_diag = as_int(row.get("exp_diag"))
        if m_chunks != pf["chunks"]:
            # The manifest counts 1 chunk for files whose RUN line does not
            # use --split-input-file; this script always splits.
            resplit.append((rel, m_chunks, pf["chunks"]))
            continue
        if m_ok == pf["processed"] and m_diag == pf["diag"]:
            agree += 1
        else:
            mismatch.append((rel, m_ok, pf["processed"], m_diag, pf["diag"]))
    print("  chunk counts and clean/expected-diag counts agree: %d files"
          % agree, file=out)
    print("  split differently (no --split-input-file in RUN): %d files"
          % len(resplit), file=out)
    for rel, mc, c in resplit:
        print("    %s: manifest %s chunks, here %d" % (rel, mc, c), file=out)
    print("  count mismatches: %d files" % len(mismatch), file=out)
    for rel, mo, o, md, d in mismatch:
        print("    %s: clean_ok manifest %s here %d; exp_diag manifest %s "
              "here %d" % (rel, mo, o, md, d), file=out)


if __name__ == "__main__":
    sys.exit(main())
