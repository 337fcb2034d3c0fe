#!/usr/bin/env bash
# The benchmark (a script, not a test): finlens native and finlens in WebAssembly (in
# Node) against the libraries a user might pick instead (compromise + compromise-dates,
# wink-nlp + wink-eng-lite-web-model, Microsoft Recognizers-Text), on the shared corpus
# and on the seeds, in one run. Prints one table (MB/s, ms per article, peak memory) and
# the ratio line `finlens/fastest-peer`, then cost against input size (1 KB ... 10 MB,
# native and wasm), the hostile inputs at two sizes, and a 50 MB input (cut at the
# default max_bytes, 20 MB) through the library, the CLI and wasm.
#   usage: bench/run.sh
#   env:   FINLENS_BENCH_SECONDS  minimum timed seconds per measurement (default 2)
#          FINLENS_BENCH_SKIP     space-separated parts to skip: peers sizes hostile big
# Raw results: build/bench/*.jsonl and *.time (/usr/bin/time -v). Timings are wall
# clock on whatever else the machine is doing: quote them with the machine's load.
set -euo pipefail
# shellcheck source=scripts/env.sh
. "$(dirname "${BASH_SOURCE[0]}")/../scripts/env.sh"
cd "$FINLENS_ROOT"

corpus="$FINLENS_SHARED/corpus/wikinews-business.jsonl"
seeds=("$FINLENS_SHARED"/seeds/*.txt)
out=build/bench
skip=" ${FINLENS_BENCH_SKIP:-} "
mkdir -p "$out"
rm -f "$out"/*.jsonl "$out"/*.time

[[ -x build/native/finlens_bench && -x build/native/finlens ]] || bash scripts/build.sh native
[[ -s build/wasm/dist/finlens-core.wasm ]] || bash scripts/build.sh wasm
if [[ ! -d node_modules/compromise || ! -d node_modules/wink-nlp || ! -d node_modules/@microsoft/recognizers-text-suite ]]; then
  bash scripts/setup.sh
fi

if [[ ! -x /usr/bin/time ]]; then
  echo "error: /usr/bin/time is missing (apt-get install time)" >&2
  exit 1
fi
# Runs a command under /usr/bin/time -v: stdout to $out/NAME.jsonl, its figures to NAME.time.
measure() {
  local name=$1
  shift
  echo "bench: $name" >&2
  /usr/bin/time -v -o "$out/$name.time" "$@" >>"$out/$name.jsonl" || echo "bench: $name failed" >&2
}

native=build/native/finlens_bench
measure native-corpus "$native" corpus "$corpus"
measure native-seeds "$native" files "${seeds[@]}"
measure wasm-corpus node bench/bench.mjs finlens-wasm corpus "$corpus"
measure wasm-seeds node bench/bench.mjs finlens-wasm seeds "${seeds[@]}"
if [[ $skip != *" peers "* ]]; then
  for peer in compromise wink-nlp recognizers-text; do
    measure "$peer-corpus" node bench/bench.mjs "$peer" corpus "$corpus"
    measure "$peer-seeds" node bench/bench.mjs "$peer" seeds "${seeds[@]}"
  done
fi
if [[ $skip != *" sizes "* ]]; then
  measure native-sizes "$native" sizes "$corpus"
  measure wasm-sizes node bench/bench.mjs finlens-wasm sizes "$corpus"
fi
[[ $skip == *" hostile "* ]] || measure native-hostile "$native" hostile
if [[ $skip != *" big "* ]]; then
  measure native-big "$native" big "$corpus" 50
  # the CLI on a 50 MB file, default --max-bytes (20 MB): cut with a warning
  python3 - "$corpus" "$out/big.txt" <<'PY'
import json, sys
texts = [json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
out, n, i = [], 0, 0
while n < 50_000_000:
    t = texts[i % len(texts)]; out.append(t); n += len(t.encode()) + 2; i += 1
open(sys.argv[2], "w", encoding="utf-8").write("\n\n".join(out))
PY
  echo "bench: cli-big" >&2
  /usr/bin/time -v -o "$out/cli-big.time" build/native/finlens "$out/big.txt" >"$out/cli-big.json"
  python3 -c "
import json, sys
a = json.load(open('$out/cli-big.json'))
print(json.dumps({'engine': 'finlens-cli', 'mode': 'big', 'truncated': any(w['code'] == 'input_truncated' for w in a['warnings']),
                  'chars_analyzed': a['input']['chars'], 'bytes': a['input']['bytes'], 'figures': len(a['figures'])}))" >"$out/cli-big.jsonl"
  rm -f "$out/big.txt" "$out/cli-big.json"
  measure wasm-big node bench/bench.mjs finlens-wasm big "$corpus" 50
fi

python3 bench/report.py "$out"
