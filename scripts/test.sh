#!/usr/bin/env bash
# Builds cast-hoist (installing what is missing) and runs every test: the
# lit regression tests and the GoogleTest unit tests. Fails if any fails.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}"
bash "$root/scripts/build.sh" "$build"
cmake --build "$build" --target check-cast-hoist
