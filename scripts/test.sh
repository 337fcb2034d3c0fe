#!/usr/bin/env bash
# Set up, build, and run every test: native unit tests (ctest), the same under
# ASan+UBSan (plus the sanitized CLI over every seed and corpus article), the installed
# C++ library used by an example consumer, the Python package (its wheel, finlens.dask
# on a local Dask cluster), a short libFuzzer run, the scorer with its floors, the wasm
# module in Node (parity with native, the recognizer corpora, the JS API), the npm
# package as a consumer uses it (Node, Worker, Vite + Chromium, tsc), then the page
# build and browser tests.
# Every test step runs even when an earlier one failed; the exit status is non-zero
# when any step failed. Env: FINLENS_SHARED (default ../shared), FINLENS_CACHE.
set -euo pipefail
# shellcheck source=scripts/env.sh
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$FINLENS_ROOT"

if [[ ! -f $FINLENS_SHARED/eval/score.py ]]; then
  echo "error: shared material not found at $FINLENS_SHARED (set FINLENS_SHARED)" >&2
  exit 1
fi
export FINLENS_SHARED

start=$SECONDS
bash scripts/setup.sh
bash scripts/build.sh
log "setup + build: $((SECONDS - start)) s"

jobs="$(finlens_jobs)"
summary=()
failures=0
passes=0
step() {
  local name=$1
  shift
  log "=== $name"
  local t0=$SECONDS
  if "$@"; then
    summary+=("ok    $name ($((SECONDS - t0)) s)")
    passes=$((passes + 1))
    return 0
  fi
  summary+=("FAIL  $name ($((SECONDS - t0)) s)")
  failures=$((failures + 1))
  return 1
}

native_ctest() {
  ctest --test-dir build/native --output-on-failure --no-tests=error -j "$jobs"
}

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1:check_initialization_order=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

# Warnings are errors in the release build (build.sh); at -O1 GCC warns differently.
asan_build() {
  cmake -S . -B build/asan -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" \
    -DCMAKE_PREFIX_PATH="$RE2_NATIVE_PREFIX" -DFINLENS_SANITIZE=ON -DFINLENS_WERROR=OFF >/dev/null &&
    cmake --build build/asan -j "$jobs"
}

asan_ctest() {
  ctest --test-dir build/asan --output-on-failure --no-tests=error -j "$jobs"
}

# The sanitized CLI over real text: every seed as a file, the whole corpus as JSONL.
asan_cli() {
  local cli=build/asan/finlens f n=0
  [[ -x $cli ]] || { echo "no $cli" >&2; return 1; }
  for f in "$FINLENS_SHARED"/seeds/*.txt; do
    "$cli" --date 2025-01-29 "$f" >/dev/null || { echo "failed on $f" >&2; return 1; }
    n=$((n + 1))
  done
  local lines
  lines=$("$cli" --jsonl <"$FINLENS_SHARED/corpus/wikinews-business.jsonl" | grep -c '"analysis"') || true
  local want
  want=$(grep -c . "$FINLENS_SHARED/corpus/wikinews-business.jsonl")
  if [[ $lines != "$want" ]]; then
    echo "the sanitized CLI analyzed $lines of $want corpus articles" >&2
    return 1
  fi
  echo "sanitized CLI: $n seeds, $lines corpus articles clean"
}

# libFuzzer (clang, ASan + UBSan) on analyze and analyze_many, side by side for
# FINLENS_FUZZ_SECONDS each (default 30), every invariant checked on every input; the
# saved regression cases run first. Longer runs: scripts/fuzz_long.sh.
# The same 12 000 inputs per target on every machine (fixed seed), within 90 s at most.
fuzz() { FINLENS_FUZZ_RUNS="${FINLENS_FUZZ_RUNS:-12000}" bash scripts/fuzz.sh "${FINLENS_FUZZ_SECONDS:-90}"; }

# The page downloads the module: wasm + JS glue, gzipped, must stay within budget.
wasm_size() {
  local budget=$((${FINLENS_WASM_BUDGET_KB:-330} * 1024)) wasm js
  wasm=$(gzip -9c build/wasm/dist/finlens-core.wasm | wc -c)
  js=$(gzip -9c build/wasm/dist/finlens-core.mjs | wc -c)
  echo "wasm module, gzipped: $wasm B .wasm + $js B .mjs = $((wasm + js)) B (budget $budget B)"
  ((wasm + js <= budget))
}

# The C++ library as another project uses it: `cmake --install` into build/install, then
# tests/consumer/cpp (find_package(finlens), finlens::core + finlens::json, C++17) built
# against that tree alone; its output on every seed, and on all seeds merged, must be
# the CLI's bytes.
cpp_consumer() {
  # per-run directories, so that two runs side by side do not collide
  local prefix=$FINLENS_ROOT/build/install.$$ dir=build/consumer-cpp.$$ cli=build/native/finlens f n=0
  rm -rf "$prefix" "$dir"
  cmake --install build/native --prefix "$prefix" >/dev/null &&
    cmake -S tests/consumer/cpp -B "$dir" -DCMAKE_BUILD_TYPE=Release \
      -DCMAKE_PREFIX_PATH="$prefix;$RE2_NATIVE_PREFIX" >/dev/null &&
    cmake --build "$dir" >/dev/null || return 1
  for f in "$FINLENS_SHARED"/seeds/*.txt; do
    cmp -s <("$dir/finlens_consumer" --date 2025-01-29 "$f" 2>/dev/null) <("$cli" --date 2025-01-29 "$f") ||
      { echo "consumer and CLI differ on $f" >&2; return 1; }
    n=$((n + 1))
  done
  cmp -s <("$dir/finlens_consumer" --merge "$FINLENS_SHARED"/seeds/*.txt 2>/dev/null) \
    <("$cli" --merge "$FINLENS_SHARED"/seeds/*.txt) || { echo "consumer and CLI differ on --merge" >&2; return 1; }
  "$dir/finlens_consumer" "$f" >/dev/null
  rm -rf "$prefix" "$dir"
  echo "C++ consumer (installed tree): $n seeds and their merge, same bytes as the CLI"
}

# The Python package with Debian's python3 (build/python): the API against the CLI's bytes,
# the wheel installed by pip (--target, venv), block reading, and finlens.dask on a
# LocalCluster of 2 worker processes (the CLI's output, a worker killed mid-run, bad lines).
python_tests() { PYTHONPATH=build/python /usr/bin/python3 -m unittest discover -s python/tests -v; }

scores() { python3 scripts/check_scores.py --cli build/native/finlens --shared "$FINLENS_SHARED"; }
dev_scores() { python3 scripts/check_dev_scores.py --cli build/native/finlens --shared "$FINLENS_SHARED"; }
magnitudes() { python3 scripts/check_magnitudes.py --cli build/native/finlens --shared "$FINLENS_SHARED"; }
contract() { python3 scripts/check_contract.py --cli build/native/finlens --shared "$FINLENS_SHARED"; }
# Every tests/node/*.mjs (files starting with _ are helpers); all run, any failure fails.
node_tests() {
  local f rc=0
  for f in tests/node/[!_]*.mjs; do
    echo "--- node $f"
    node "$f" || rc=1
  done
  return $rc
}
# The npm package as a consumer uses it: npm pack, install into build/consumer-npm,
# Node (+ worker_threads), a Vite bundle and a plain module page in Chromium (+ Worker),
# tsc on tests/consumer/example.ts and on real analyses (tests/consumer/run.mjs).
npm_consumer() { node tests/consumer/run.mjs; }
web_build() { npm run build:web; }
browser() { npm run test:browser; }

step "native unit tests (ctest)" native_ctest || true
if step "ASan+UBSan build" asan_build; then
  step "ASan+UBSan unit tests (ctest)" asan_ctest || true
  step "ASan+UBSan CLI over seeds + corpus" asan_cli || true
fi
step "C++ library: install + find_package consumer (tests/consumer/cpp)" cpp_consumer || true
step "Python package, wheel and Dask (python/tests)" python_tests || true
step "fuzz: analyze + analyze_many (scripts/fuzz.sh)" fuzz || true
step "wasm size budget" wasm_size || true
step "scores vs floors (tests/score_thresholds.json)" scores || true
step "dev sets and layout invariance vs floors (tests/dev_thresholds.json)" dev_scores || true
step "figure values: no scale word lost or doubled (scripts/check_magnitudes.py)" magnitudes || true
step "contract check on every seed and corpus article" contract || true
step "wasm: parity with native, corpora, JS API (tests/node)" node_tests || true
step "npm package: pack, install, Node, Worker, Vite + Chromium, tsc (tests/consumer)" npm_consumer || true
if step "page build (npm run build:web)" web_build; then
  step "browser tests (npm run test:browser)" browser || true
fi

log "=== summary ($((SECONDS - start)) s in all)"
printf '  %s\n' "${summary[@]}"
echo "test.sh: $passes passed, $failures failed"
((failures == 0))
