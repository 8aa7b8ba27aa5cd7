#!/usr/bin/env bash
# Installs the Debian packages cast-hoist needs to build and test, when they
# are missing. Safe to run repeatedly: it does nothing when all are present.
# Uses only apt (Debian 12 "bookworm"; LLVM/MLIR 22 from bookworm-security).
set -euo pipefail

packages=(
  g++ cmake ninja-build python3
  llvm-22-dev llvm-22-tools libmlir-22-dev mlir-22-tools
  libgtest-dev
)
# Extra packages callers may ask for (e.g. clang-22 for the fuzzer build).
packages+=("$@")

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all packages present"
  exit 0
fi

echo "setup: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
