#!/usr/bin/env bash
# Build finlens: native (build/native: library, CLI build/native/finlens, tests; the Python
# package in build/python/finlens and its wheel in build/python/dist, for /usr/bin/python3) and
# WebAssembly (build/wasm; the module is copied to build/wasm/dist/finlens-core.{mjs,wasm}).
# Needs scripts/setup.sh first.
#   usage: scripts/build.sh [native|wasm|all]     (default all)
#   env:   FINLENS_BUILD_TYPE (native, default Release)
#          FINLENS_PGO=0 (native: no profile-guided optimization)
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

# A Release build with g++: what both optimizations below need.
gcc_release() {
  [[ ${FINLENS_BUILD_TYPE:-Release} == Release ]] || return 1
  "${CXX:-c++}" -v 2>&1 | grep -q '^gcc version'
}

# Profile-guided optimization of the core (g++, Release; FINLENS_PGO=0 turns it off): the CLI built
# with an instrumented core (build/pgo-train) analyzes the training texts of
# scripts/pgo_training.py, writing the profile to build/pgo, which build/native is then
# optimized from. Made again on every build (a second of analysis, and the files changed
# since the last one recompiled), so it follows the code.
pgo_enabled() { [[ ${FINLENS_PGO:-1} != 0 ]] && gcc_release; }

# Link-time optimization of the core and the programs (g++, Release; FINLENS_LTO=0 turns it
# off): 2% fewer instructions on the corpus, 6-10% more MB/s.
lto_enabled() { [[ ${FINLENS_LTO:-1} != 0 ]] && gcc_release; }

make_profile() {
  local b=build/pgo-train
  log "profile for the native build ($b, training: scripts/pgo_training.py)"
  cmake -S . -B "$b" -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH="$RE2_NATIVE_PREFIX" \
    -DFINLENS_PGO=generate -DFINLENS_PGO_DIR="$FINLENS_ROOT/build/pgo.new" -DBUILD_TESTING=OFF \
    >/dev/null
  cmake --build "$b" --target finlens -j "$jobs"
  # into a fresh directory (counts would add up over runs), then only the files whose
  # bytes changed replace those of build/pgo, so only their sources compile again
  # Without address randomization the counts come out the same bytes on every run (the
  # value profiles see heap addresses).
  local run=()
  if setarch "$(uname -m)" -R true 2>/dev/null; then run=(setarch "$(uname -m)" -R); fi
  rm -rf build/pgo.new
  /usr/bin/python3 scripts/pgo_training.py |
    "${run[@]}" "$b/finlens" --jsonl --jobs 1 - >/dev/null
  mkdir -p build/pgo
  local f name
  for f in build/pgo/*.gcda; do
    if [[ -e $f && ! -e build/pgo.new/${f##*/} ]]; then rm -f "$f"; fi
  done
  for f in build/pgo.new/*.gcda; do
    name=${f##*/}
    if ! cmp -s "$f" "build/pgo/$name"; then cp "$f" "build/pgo/$name"; fi
  done
  rm -rf build/pgo.new
}

build_native() {
  need "$RE2_NATIVE_PREFIX"
  local pgo=""
  if pgo_enabled; then
    make_profile
    pgo=use
  fi
  local lto=OFF
  if lto_enabled; then lto=ON; fi
  log "native build (build/native${pgo:+, optimized from the profile in build/pgo}, link-time optimization $lto)"
  # shellcheck disable=SC2046 # python_options gives several words
  cmake -S . -B build/native -DCMAKE_BUILD_TYPE="${FINLENS_BUILD_TYPE:-Release}" \
    -DCMAKE_PREFIX_PATH="$RE2_NATIVE_PREFIX" -DFINLENS_WERROR=ON -DFINLENS_PGO="$pgo" \
    -DFINLENS_LTO="$lto" -DFINLENS_PGO_DIR="$FINLENS_ROOT/build/pgo" $(python_options) >/dev/null
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
