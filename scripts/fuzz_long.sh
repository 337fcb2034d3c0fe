#!/usr/bin/env bash
# A long fuzz run in two parts, then the executions, coverage and crashes of each:
#  1. Explore: both targets side by side (one core each) for MINUTES (default 30), built
#     for throughput: coverage counters, UBSan (float-cast-overflow included) and
#     libstdc++'s assertions (bounds-checked operator[], front(), back() ...), no ASan
#     and no comparison tracing (the dictionary and libFuzzer's memcmp hooks stand in).
#     That is 2-3x the executions per second of the ASan build. At -O3: the library's
#     accessors (vector::operator[] with its assertion) inline where -O2 left them calls,
#     12 % fewer instructions a replayed input; inlined code gains coverage counters of
#     its own (26 K -> 33 K), so in executions a second the gain is 1-5 % (2026-12-08).
#  2. Replay: every input the exploration kept (its whole grown corpus) and every seed,
#     once through the ASan + UBSan build of scripts/fuzz.sh, so a memory error on any
#     path the exploration reached is caught all the same.
#   usage: scripts/fuzz_long.sh [MINUTES]
# Same settings and environment as scripts/fuzz.sh (FINLENS_FUZZ_MAX_LEN, ...); logs in
# build/fuzz/long (explore) and build/fuzz/long-replay, crash files under each /crashes.
set -euo pipefail
# shellcheck source=scripts/env.sh
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$FINLENS_ROOT"

minutes="${1:-30}"
explore=build/fuzz-explore
# A new random seed every run (libFuzzer's -seed=0), unlike the test command's fixed one.
rc=0
out=$(FINLENS_FUZZ_SEED="${FINLENS_FUZZ_SEED:-0}" FINLENS_FUZZ_BUILD="$explore" \
  FINLENS_FUZZ_SANITIZERS=undefined,float-cast-overflow FINLENS_FUZZ_OPT=-O3 \
  FINLENS_FUZZ_CXXFLAGS=-fno-sanitize-coverage=trace-cmp \
  FINLENS_FUZZ_OUT=build/fuzz/long bash scripts/fuzz.sh "$((minutes * 60))") || rc=$?
echo "$out"
total=$(awk '/^fuzz [a-z_]+ +[0-9]+ s:/ {n += $5} END {print n + 0}' <<<"$out")
echo "fuzz_long: explored $minutes min per target, $total executions in all, exit $rc"

# -runs=0: run each input of the corpus directories once, then stop.
rrc=0
replay=$(FINLENS_FUZZ_RUNS=0 FINLENS_FUZZ_WORK="$explore/work" \
  FINLENS_FUZZ_OUT=build/fuzz/long-replay bash scripts/fuzz.sh 3600) || rrc=$?
echo "$replay"
replayed=$(awk '/^fuzz [a-z_]+ +[0-9]+ s:/ {n += $5} END {print n + 0}' <<<"$replay")
echo "fuzz_long: replayed $replayed inputs under ASan + UBSan, exit $rrc"
((rc == 0 && rrc == 0))
