#!/usr/bin/env bash
# Regenerates the reference docs from the TableGen files and copies them to
# docs/generated/. With --check, only compares and fails if any is stale.
# Usage: scripts/update-docs.sh [--check] [BUILD_DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
check=0
if [ "${1:-}" = "--check" ]; then check=1; shift; fi
build="${1:-$root/build}"
cmake --build "$build" --target casthoist-docs > /dev/null
stale=0
for generated in \
    "$build/include/casthoist/Dialect/Tmov/IR/TmovDialect.md" \
    "$build/include/casthoist/Interfaces/AutocastInterfaces.md" \
    "$build/include/casthoist/Interfaces/CastHoistInterfaces.md" \
    "$build/include/casthoist/Transforms/Passes.md" \
    "$build/include/casthoist/Conversion/ConversionPasses.md"; do
  committed="$root/docs/generated/$(basename "$generated")"
  if [ "$check" = 1 ]; then
    if ! cmp -s "$generated" "$committed"; then
      echo "stale: docs/generated/$(basename "$generated") differs from the TableGen source; run scripts/update-docs.sh" >&2
      stale=1
    fi
  else
    mkdir -p "$root/docs/generated"
    cp "$generated" "$committed"
  fi
done
exit $stale
