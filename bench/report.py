#!/usr/bin/env python3
"""Prints bench/run.sh's tables from its raw results (build/bench/*.jsonl, *.time)."""
import json
import os
import pathlib
import re
import sys

out = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "build/bench")


def rows(name):
    p = out / f"{name}.jsonl"
    if not p.exists():
        return []
    return [json.loads(l) for l in p.read_text().splitlines() if l.startswith("{")]


def peak_mb(name):
    p = out / f"{name}.time"
    if not p.exists():
        return None
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.read_text())
    return int(m.group(1)) / 1024 if m else None


def wall(name):
    p = out / f"{name}.time"
    if not p.exists():
        return None
    m = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", p.read_text())
    if not m:
        return None
    return int(m.group(1) or 0) * 3600 + int(m.group(2)) * 60 + float(m.group(3))


engines = [("finlens native", "native"), ("finlens wasm (Node)", "wasm"), ("compromise + dates", "compromise"),
           ("wink-nlp + web model", "wink-nlp"), ("Recognizers-Text", "recognizers-text")]
load = os.getloadavg()
print(f"\nfinlens benchmark — {os.cpu_count()} cores, load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}"
      " (wall-clock timings; MB = 10^6 bytes; analysis + JSON per article)\n")
head = f"| {'engine':<22} | {'corpus MB/s':>11} | {'ms/article':>10} | {'seeds MB/s':>10} | {'ms/article':>10} | {'peak RSS MB':>11} | {'wasm mem MB':>11} |"
print(head)
print("|" + "|".join("-" * (len(c)) for c in head.split("|")[1:-1]) + "|")
speed = {}
notes = []
for label, key in engines:
    c, s = rows(f"{key}-corpus"), rows(f"{key}-seeds")
    if not c:
        continue
    c, s = c[0], (s[0] if s else {})
    speed[key] = c["mb_per_s"]
    mem = [m for m in (peak_mb(f"{key}-corpus"), peak_mb(f"{key}-seeds")) if m]
    wasm_mem = max(c.get("wasm_memory_mb", 0), s.get("wasm_memory_mb", 0))
    print(f"| {label:<22} | {c['mb_per_s']:>11.3f} | {c['ms_per_article']:>10.2f} | {s.get('mb_per_s', 0):>10.3f} | "
          f"{s.get('ms_per_article', 0):>10.2f} | {max(mem) if mem else 0:>11.1f} | "
          f"{(f'{wasm_mem:.0f}' if wasm_mem else '-'):>11} |")
    for r in (c, s):
        if r.get("errors"):
            notes.append(f"{label} threw on {r['errors']} text(s) of the {r['mode']} per pass "
                         f"(counted, time kept): {r.get('first_error', '')}")
for n in notes:
    print(f"  note: {n}")
peers = {k: v for k, v in speed.items() if k not in ("native", "wasm")}
if peers and "native" in speed:
    fastest = max(peers, key=peers.get)
    print(f"\nfinlens/fastest-peer: native {speed['native'] / peers[fastest]:.2f}x, wasm "
          f"{speed.get('wasm', 0) / peers[fastest]:.2f}x (fastest peer on the corpus: {fastest}, "
          f"{peers[fastest]:.3f} MB/s; targets (issue 17): native >= 10x, wasm >= 3x)")

n, w = rows("native-sizes"), rows("wasm-sizes")
if n:
    print("\ncost against input size (corpus text joined; one analysis + JSON)\n")
    print(f"| {'input':>9} | {'native ms':>10} | {'native MB/s':>11} | {'wasm ms':>10} | {'wasm MB/s':>9} |")
    print(f"|{'-' * 11}|{'-' * 12}|{'-' * 13}|{'-' * 12}|{'-' * 11}|")
    for i, r in enumerate(n):
        ww = w[i] if i < len(w) else {}
        print(f"| {r['bytes']:>9} | {r['ms']:>10.2f} | {r['mb_per_s']:>11.3f} | {ww.get('ms', 0):>10.2f} | "
              f"{ww.get('mb_per_s', 0):>9.3f} |")
    if len(n) >= 2:
        print(f"\nms per KB, smallest to largest input (flat = linear): native "
              + " ".join(f"{r['ms'] / (r['bytes'] / 1000):.3f}" for r in n)
              + ("; wasm " + " ".join(f"{r['ms'] / (r['bytes'] / 1000):.3f}" for r in w) if w else ""))

h = rows("native-hostile")
if h:
    print("\nhostile input, native: time at ~25 KB and ~100 KB, each a warm-up then passes for a"
          " quarter of FINLENS_BENCH_SECONDS (4x the input; ratio ~4 = linear)\n")
    print(f"| {'input':<32} | {'25 KB ms':>9} | {'100 KB ms':>9} | {'ratio':>5} | {'JSON ratio':>10} |")
    print(f"|{'-' * 34}|{'-' * 11}|{'-' * 11}|{'-' * 7}|{'-' * 12}|")
    for r in h:
        ratio = r["ms"][1] / max(r["ms"][0], 1e-3)
        jr = r["json_bytes"][1] / max(r["json_bytes"][0], 1)
        flag = "  <- superlinear" if ratio > 6 else ""
        print(f"| {r['name']:<32} | {r['ms'][0]:>9.2f} | {r['ms'][1]:>9.2f} | {ratio:>5.1f} | {jr:>10.1f} |{flag}")

big = rows("native-big") + rows("cli-big") + rows("wasm-big")
if big:
    print("\n50 MB input (default max_bytes = 20 MB: cut with an input_truncated warning)\n")
    for r in big:
        key = {"finlens-native": "native-big", "finlens-cli": "cli-big", "finlens-wasm": "wasm-big"}[r["engine"]]
        secs = r.get("seconds") or wall(key)
        extra = f", wasm memory {r['wasm_memory_mb']:.0f} MB" if r.get("wasm_memory_mb") else ""
        print(f"  {r['engine']:<15} {r['bytes'] / 1e6:.1f} MB in, truncated: {r['truncated']}, "
              f"{r['chars_analyzed'] / 1e6:.1f} M chars analyzed, {r['figures']} figures, {secs:.2f} s, "
              f"peak RSS {peak_mb(key) or 0:.0f} MB{extra}")
