#!/usr/bin/env bash
# Installs the Debian 12 packages Taipan builds and tests with (with --bench,
# also the benchmark peers), only those that are missing. Runs apt-get as root (or through sudo when available). Each
# package has a role: see docs/decisions/0001-dependencies.md.
set -euo pipefail

PKGS=(
  build-essential cmake ninja-build ccache pkg-config git python3
  llvm-19-dev clang-19 libclang-19-dev libclang-cpp19-dev lld-19
  libcli11-dev libgtest-dev libgc-dev libgmp-dev libutf8proc-dev unicode-data
  zlib1g-dev libssl-dev libsqlite3-dev libpcre2-dev
  libclang-rt-19-dev gdb libjemalloc-dev
)
# `--bench`: also the peers bench/run.sh times Taipan against (run_peers.sh):
# PyPy, mypyc (package mypy), Cython, and the CPython headers they build with.
if [ "${1:-}" = "--bench" ]; then
  PKGS+=(pypy3 mypy cython3 python3-dev)
fi

missing=()
for p in "${PKGS[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "install-deps: need root to install: ${missing[*]}" >&2; exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
