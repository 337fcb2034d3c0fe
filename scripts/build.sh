#!/usr/bin/env bash
# Build finlens: native (build/native: library, CLI build/native/finlens, tests; the Python
# package in build/python/finlens and its wheel in build/python/dist, for /usr/bin/python3) and
# WebAssembly (build/wasm; the module is copied to build/wasm/dist/finlens-core.{mjs,wasm}).
# Needs scripts/setup.sh first.
#   usage: scripts/build.sh [native|wasm|all]     (default all)
#   env:   FINLENS_BUILD_TYPE (native, default Release)
set -euo pipefail
# shellcheck source=scripts/env.sh
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$FINLENS_ROOT"

what="${1:-all}"
jobs="$(finlens_jobs)"

need() {
  if [[ ! -f $1/.finlens-stamp ]]; then
    echo "error: $1 is missing: run scripts/setup.sh first" >&2
    exit 1
  fi
}

# The Python package, for Debian's interpreter (not a python3 that PATH may find first),
# when setup.sh has installed pybind11 for it.
python_options() {
  if /usr/bin/python3 -c 'import pybind11' 2>/dev/null; then
    echo "-DFINLENS_PYTHON=ON -DPython3_EXECUTABLE=/usr/bin/python3 -DFINLENS_PYTHON_DIR=$FINLENS_ROOT/build/python"
  else
    log "warning: no pybind11 for /usr/bin/python3 (scripts/setup.sh installs it); no Python package"
    echo "-DFINLENS_PYTHON=OFF"
  fi
}

build_native() {
  need "$RE2_NATIVE_PREFIX"
  log "native build (build/native)"
  # shellcheck disable=SC2046 # python_options gives several words
  cmake -S . -B build/native -DCMAKE_BUILD_TYPE="${FINLENS_BUILD_TYPE:-Release}" \
    -DCMAKE_PREFIX_PATH="$RE2_NATIVE_PREFIX" -DFINLENS_WERROR=ON $(python_options) >/dev/null
  cmake --build build/native -j "$jobs"
  if [[ ! -x build/native/finlens ]]; then
    echo "error: the CLI is not at build/native/finlens" >&2
    exit 1
  fi
}

build_wasm() {
  need "$RE2_WASM_PREFIX"
  need "$NLOHMANN_WASM_PREFIX"
  log "wasm build (build/wasm)"
  # Emscripten's toolchain file re-roots package searches under its sysroot, so point
  # find_package at the two packages directly.
  emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE=Release \
    -Dre2_DIR="$RE2_WASM_PREFIX/lib/cmake/re2" \
    -Dnlohmann_json_DIR="$NLOHMANN_WASM_PREFIX/share/cmake/nlohmann_json" >/dev/null
  cmake --build build/wasm -j "$jobs"
  local f
  for f in build/wasm/dist/finlens-core.mjs build/wasm/dist/finlens-core.wasm; do
    if [[ ! -s $f ]]; then
      echo "error: $f was not built" >&2
      exit 1
    fi
  done
  local wasm_gz js_gz
  wasm_gz=$(gzip -9c build/wasm/dist/finlens-core.wasm | wc -c)
  js_gz=$(gzip -9c build/wasm/dist/finlens-core.mjs | wc -c)
  log "wasm module: finlens-core.wasm $(wc -c <build/wasm/dist/finlens-core.wasm) B" \
    "($wasm_gz gzipped), finlens-core.mjs $(wc -c <build/wasm/dist/finlens-core.mjs) B ($js_gz gzipped)"
}

case "$what" in
  native) build_native ;;
  wasm) build_wasm ;;
  all)
    build_native
    build_wasm
    ;;
  *)
    echo "usage: $0 [native|wasm|all]" >&2
    exit 2
    ;;
esac
