#!/usr/bin/env bash
# Builds the cast-hoist libFuzzer targets (clang-22, -fsanitize=fuzzer,
# address,undefined) in BUILD_DIR (default build-fuzz) and fuzzes for SECONDS
# (default 300) with JOBS parallel workers (default 1), starting from seeds
# split out of the lit tests. Crashes, timeouts and leaks are written to
# BUILD_DIR/fuzz-artifacts/; the script exits non-zero if any was found.
#
# Usage: scripts/fuzz.sh [SECONDS] [JOBS]
# Environment:
#   FUZZER     hoist-casts-fuzzer (default) or hoist-casts-linalg-fuzzer
#   BUILD_DIR  build directory (default <root>/build-fuzz)
#   FUZZ_ARGS  extra libFuzzer flags
#   NINJA_JOBS parallel compile jobs (default 2)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-300}"
jobs="${2:-1}"
fuzzer="${FUZZER:-hoist-casts-fuzzer}"
build="${BUILD_DIR:-$root/build-fuzz}"

bash "$root/scripts/setup.sh" clang-22 libclang-rt-22-dev

# The whole project is compiled with coverage instrumentation and the
# sanitizers; only the fuzzer binaries link libFuzzer itself
# (fuzz/CMakeLists.txt). UBSan reports must abort so libFuzzer sees them.
flags="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all"
flags+=" -fno-omit-frame-pointer -g"
if [ ! -f "$build/build.ninja" ]; then
  cmake -G Ninja -S "$root" -B "$build" \
    -DCMAKE_BUILD_TYPE=Release \
    -DMLIR_DIR=/usr/lib/llvm-22/lib/cmake/mlir \
    -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 \
    -DCMAKE_C_FLAGS="$flags" -DCMAKE_CXX_FLAGS="$flags" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DCASTHOIST_BUILD_TESTS=OFF \
    -DCASTHOIST_SANITIZER_BUILD=ON \
    -DCASTHOIST_BUILD_FUZZER=ON
fi
ninja -C "$build" -j "${NINJA_JOBS:-2}" "$fuzzer"

corpus="$build/fuzz-corpus"
artifacts="$build/fuzz-artifacts"
mkdir -p "$corpus" "$artifacts"
python3 "$root/fuzz/make-seed-corpus.py" "$root" "$corpus"

before=$(find "$artifacts" -type f | wc -l)
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
args=(
  -dict="$root/fuzz/mlir.dict"
  -max_len=16384 -timeout=10 -rss_limit_mb=4096
  -max_total_time="$seconds" -print_final_stats=1
  -artifact_prefix="$artifacts/"
)
if [ "$jobs" -gt 1 ]; then
  # Fork mode: JOBS worker processes share the corpus; a crash stops the run.
  args+=(-fork="$jobs")
fi
status=0
(cd "$build" && "$build/bin/$fuzzer" "${args[@]}" ${FUZZ_ARGS:-} "$corpus") ||
  status=$?
after=$(find "$artifacts" -type f | wc -l)
if [ "$status" -ne 0 ] || [ "$after" -gt "$before" ]; then
  echo "fuzz.sh: $fuzzer found a problem (exit $status); see $artifacts" >&2
  exit "$((status == 0 ? 1 : status))"
fi
echo "fuzz.sh: $fuzzer ran ${seconds}s without finding a problem"
