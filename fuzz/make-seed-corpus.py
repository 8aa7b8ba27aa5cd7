#!/usr/bin/env python3
"""Splits the project's lit tests into libFuzzer seed files.

Usage: make-seed-corpus.py SOURCE_ROOT OUTPUT_DIR

Every test/**/*.mlir file is split at `// -----` (mlir-opt's
--split-input-file marker); chunks that expect a diagnostic error
(`expected-error`) are skipped, as are empty chunks and chunks larger than
the fuzzer's -max_len. RUN/CHECK comment lines are dropped, since they only
add bytes the mutator would waste time on. Each seed is named after its
content hash, so re-running the script is idempotent.
"""
import hashlib
import pathlib
import re
import sys

MAX_LEN = 16384
SPLIT = re.compile(r"^// -----\s*$", re.MULTILINE)
DROP = re.compile(r"^\s*//\s*(RUN|CHECK[-A-Z]*|REQUIRES|UNSUPPORTED|XFAIL)"
                  r"\b.*$\n?", re.MULTILINE)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    root = pathlib.Path(sys.argv[1])
    out = pathlib.Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    written = 0
    for path in sorted((root / "test").rglob("*.mlir")):
        text = path.read_text(encoding="utf-8", errors="replace")
        for chunk in SPLIT.split(text):
            if "expected-error" in chunk:
                continue
            chunk = DROP.sub("", chunk).strip()
            if not chunk or len(chunk.encode()) > MAX_LEN or "\0" in chunk:
                continue
            data = (chunk + "\n").encode()
            name = "seed-" + hashlib.sha1(data).hexdigest()[:16]
            target = out / name
            if not target.exists():
                target.write_bytes(data)
                written += 1
    print(f"make-seed-corpus: {written} new seed(s) in {out}")


if __name__ == "__main__":
    main()
