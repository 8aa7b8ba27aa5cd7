#!/usr/bin/env bash
# Builds cast-hoist (installing what is missing) and runs the pass on the
# bundled example: a convolution, a transpose, then a cast to f16.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/scripts/build.sh" "$root/build"
echo "== input: examples/seed.mlir"
grep -v '^//' "$root/examples/seed.mlir" | sed '/^$/d'
echo "== cast-hoist-opt --hoist-casts examples/seed.mlir"
"$root/build/bin/cast-hoist-opt" --hoist-casts "$root/examples/seed.mlir"
