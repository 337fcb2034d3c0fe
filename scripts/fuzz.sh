#!/usr/bin/env bash
# Fuzz the analyzer with libFuzzer (clang, ASan + UBSan, coverage): two targets,
#   analyze_fuzz       finlens::analyze on any bytes
#   analyze_many_fuzz  finlens::analyze_many on the input split in 2-3 articles
# each checking every invariant of tests/fuzz/invariants.h on every input. The targets
# run side by side (one core each) for SECONDS each, then the script prints each one's
# executions, coverage and crashes. Exit status non-zero when a target crashed, hung,
# ran out of memory or broke an invariant.
#   usage: scripts/fuzz.sh [SECONDS]       (default 30)
#   env:   FINLENS_FUZZ_MAX_LEN  longest input tried (default 512 bytes: short inputs run
#                                 many times faster; the seeds are cut to it)
#          FINLENS_FUZZ_ENTROPIC libFuzzer's entropic scheduling, 0 or 1 (default 0: its
#                                 bookkeeping took ~40% of the time per input here)
#          FINLENS_FUZZ_TIMEOUT  seconds one input may take before it counts as a hang (20)
#          FINLENS_FUZZ_TARGETS  which targets (default "analyze_fuzz analyze_many_fuzz")
#          FINLENS_FUZZ_SANITIZERS  sanitizers of the build (default address,undefined);
#                                 without address, libstdc++'s assertions are on instead
#          FINLENS_FUZZ_CXXFLAGS  extra compiler flags (e.g. -fno-sanitize-coverage=trace-cmp)
#          FINLENS_FUZZ_OPT       optimization level of the build (default -O2, RelWithDebInfo's)
#          FINLENS_FUZZ_BUILD     build directory (default build/fuzz)
#          FINLENS_FUZZ_WORK      corpus directory the fuzzers grow (default $BUILD/work)
# Build: build/fuzz (-DFINLENS_FUZZ=ON with clang++). Seed corpus: written at run time
# from $FINLENS_SHARED's seeds and corpus into build/fuzz/corpus (tests/fuzz/make_corpus.py);
# what the fuzzers add is kept in build/fuzz/work; crashes land in build/fuzz/crashes.
# A crash becomes a regression case: copy the file into tests/fuzz/regressions/<target>/
# (tests/unit/fuzz_regressions_test.cc runs them all in every build, ASan included).
set -euo pipefail
# shellcheck source=scripts/env.sh
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$FINLENS_ROOT"

seconds="${1:-30}"
# A fixed seed: the test command's short run tries the same inputs on every machine, so a
# green run here is a green run in CI (scripts/fuzz_long.sh sets its own seeds).
seed="${FINLENS_FUZZ_SEED:-1}"
# With FINLENS_FUZZ_RUNS the run also stops after that many inputs: with the fixed seed,
# exactly the same inputs on a fast machine and a slow one.
runs=""
[[ -n ${FINLENS_FUZZ_RUNS:-} ]] && runs="-runs=$FINLENS_FUZZ_RUNS"
max_len="${FINLENS_FUZZ_MAX_LEN:-512}"
timeout_s="${FINLENS_FUZZ_TIMEOUT:-20}"
targets=(${FINLENS_FUZZ_TARGETS:-analyze_fuzz analyze_many_fuzz})
sanitizers="${FINLENS_FUZZ_SANITIZERS:-address,undefined}"
B="${FINLENS_FUZZ_BUILD:-build/fuzz}"
W="${FINLENS_FUZZ_WORK:-$B/work}"
# Logs and crash files (a long run keeps its own, so a short run beside it does not
# overwrite them).
O="${FINLENS_FUZZ_OUT:-$B}"
mkdir -p "$O"
touch "$O/.start"  # crash files newer than this are this run's

if ! command -v clang++ >/dev/null 2>&1; then
  echo "error: clang++ not found (scripts/setup.sh installs clang and libclang-rt-14-dev)" >&2
  exit 1
fi

log "fuzz build ($B, clang ${FINLENS_FUZZ_OPT:--O2}, -fsanitize=fuzzer,$sanitizers ${FINLENS_FUZZ_CXXFLAGS:-})"
cmake -S . -B "$B" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="${FINLENS_FUZZ_OPT:--O2} -g -DNDEBUG" \
  -DFINLENS_FUZZ_SANITIZERS="$sanitizers" -DCMAKE_CXX_FLAGS="${FINLENS_FUZZ_CXXFLAGS:-}" \
  -DCMAKE_PREFIX_PATH="$RE2_NATIVE_PREFIX" -DFINLENS_FUZZ=ON -DFINLENS_WERROR=OFF >/dev/null
cmake --build "$B" -j "$(finlens_jobs)" >/dev/null

rm -rf "$B/corpus"
python3 tests/fuzz/make_corpus.py "$FINLENS_SHARED" "$B/corpus"

# Leaks are checked by the ASan unit tests; here they would only slow every run down.
export ASAN_OPTIONS="detect_leaks=0:malloc_context_size=4:${FINLENS_FUZZ_ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

corpus_dir() { [[ $1 == analyze_many_fuzz ]] && echo many || echo analyze; }

# The saved regression cases first: each must pass before fuzzing starts.
for t in "${targets[@]}"; do
  d="tests/fuzz/regressions/$(corpus_dir "$t")"
  mapfile -t cases < <(find "$d" -type f ! -name '*.md' 2>/dev/null | sort)
  if ((${#cases[@]})); then
    "$B/$t" -timeout="$timeout_s" "${cases[@]}" >"$B/$t.regressions.log" 2>&1 || {
      tail -40 "$B/$t.regressions.log" >&2
      echo "error: $t fails on a saved regression case" >&2
      exit 1
    }
  fi
done

pids=()
for t in "${targets[@]}"; do
  c="$(corpus_dir "$t")"
  mkdir -p "$W/$c" "$O/crashes/$c"
  # -reload=0: each target grows a corpus directory of its own, so libFuzzer's re-reading
  # of it every second (listing and stat-ing its ~10-17 K files, for inputs another process
  # added) finds nothing new; without it, 4.5 % more executions a second (120 s side by side,
  # both targets, from 8,000 inputs, 2026-12-08), more as the directory grows: with it and
  # fuzz_long's -O3, 30 minutes went from 7.7 M and 6.6 M executions to 11.2 M and 9.2 M.
  "$B/$t" -dict=tests/fuzz/finlens.dict -max_total_time="$seconds" -max_len="$max_len" -seed="$seed" $runs \
    -timeout="$timeout_s" -rss_limit_mb=4096 -print_final_stats=1 -entropic="${FINLENS_FUZZ_ENTROPIC:-0}" -reload=0 \
    -artifact_prefix="$O/crashes/$c/" "$W/$c" "$B/corpus/$c" >"$O/$t.log" 2>&1 &
  pids+=($!)
done
log "fuzzing ${targets[*]} for $seconds s each (logs: $O/*.log)"

rc=0
for i in "${!targets[@]}"; do
  t="${targets[$i]}"
  status=0
  wait "${pids[$i]}" || status=$?
  L="$O/$t.log"
  fstat() { sed -nE "s/^stat::$1: *([0-9]+).*/\1/p" "$L" | tail -1; }
  execs=$(fstat number_of_executed_units)
  rate=$(fstat average_exec_per_sec)
  rss=$(fstat peak_rss_mb)
  last=$(grep -a -E '^#[0-9]+' "$L" | tail -1)
  cov=$(sed -nE 's/.* cov: ([0-9]+) .*/\1/p' <<<"$last")
  ft=$(sed -nE 's/.* ft: ([0-9]+) .*/\1/p' <<<"$last")
  corp=$(sed -nE 's/.* corp: ([0-9]+\/[0-9]+[a-zA-Z]*) .*/\1/p' <<<"$last")
  known=$(sed -nE 's/^finlens known invariant failures excused: ([0-9]+)/\1/p' "$L" | tail -1)
  crashes=$(find "$O/crashes/$(corpus_dir "$t")" -type f -newer "$O/.start" | wc -l)
  printf 'fuzz %-18s %s s: %s executions (%s/s), coverage %s edges, %s features, corpus %s, peak RSS %s MB, %s crash file(s), %s known failure(s) excused, exit %s\n' \
    "$t" "$seconds" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}" "${rss:-?}" "$crashes" "${known:-0}" "$status"
  if ((status != 0)); then
    rc=1
    grep -a -E 'ERROR|invariant failed|SUMMARY|Test unit written|deadly signal|timeout|out-of-memory' "$L" | head -20 >&2 || true
    find "$O/crashes/$(corpus_dir "$t")" -type f -newer "$O/.start" | sed 's/^/  crash: /' >&2
    echo "  to keep it as a regression case: cp FILE tests/fuzz/regressions/$(corpus_dir "$t")/NAME" >&2
  fi
done
exit $rc
