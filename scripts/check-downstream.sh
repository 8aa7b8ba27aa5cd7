#!/usr/bin/env bash
# Installs cast-hoist from BUILD_DIR into a scratch prefix, builds the
# downstream example (examples/downstream) against it with
# find_package(CastHoist), and runs it. Usage: check-downstream.sh BUILD_DIR
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$(cd "${1:?usage: check-downstream.sh BUILD_DIR}" && pwd)"
work="$build/downstream-check"
rm -rf "$work"
cmake --install "$build" --prefix "$work/install" > /dev/null
cmake -G Ninja -S "$root/examples/downstream" -B "$work/build" \
  -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_PREFIX_PATH="$work/install" > "$work/configure.log"
cmake --build "$work/build" > "$work/build.log"
"$work/build/downstream-compiler"
