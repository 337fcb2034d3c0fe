#!/usr/bin/env bash
# A long fuzz run: both targets side by side (one core each) for MINUTES (default 30),
# then each one's executions, coverage (edges and features) and crashes, and the total.
#   usage: scripts/fuzz_long.sh [MINUTES]
# Same settings and environment as scripts/fuzz.sh (FINLENS_FUZZ_MAX_LEN, ...); the full
# libFuzzer logs are build/fuzz/long/*.log, crash files build/fuzz/long/crashes/.
set -euo pipefail
# shellcheck source=scripts/env.sh
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$FINLENS_ROOT"

minutes="${1:-30}"
# A new random seed every run (libFuzzer's -seed=0), unlike the test command's fixed one.
export FINLENS_FUZZ_SEED="${FINLENS_FUZZ_SEED:-0}"
# Its logs and crash files apart from the test command's short runs: build/fuzz/long.
export FINLENS_FUZZ_OUT="${FINLENS_FUZZ_OUT:-build/fuzz/long}"
rc=0
out=$(bash scripts/fuzz.sh "$((minutes * 60))") || rc=$?
echo "$out"
total=$(awk '/^fuzz [a-z_]+ +[0-9]+ s:/ {n += $5} END {print n + 0}' <<<"$out")
echo "fuzz_long: $minutes min per target, $total executions in all, exit $rc"
exit $rc
