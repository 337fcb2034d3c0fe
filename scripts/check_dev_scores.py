#!/usr/bin/env python3
"""Hold the native CLI to floors on the shared development sets and on layout invariance.

  scripts/check_dev_scores.py [--cli build/native/finlens] [--thresholds tests/dev_thresholds.json]

Runs ../shared/eval/score_sets.py (FiNER-ORD, PolNeAR, Recognizers-Text cases) and
../shared/eval/invariance.py (the seeds, the corpus and the Reuters wire copy, each re-laid
out: wrapped, CRLF, straight quotes, indented, blank lines, unwrapped, doubled and
non-breaking spaces), then compares each figure with its floor in the thresholds file:
  "sets":       {"finer.ORG exact f1": 0.54, "polnear source acc": 0.9, ...}
  "invariance": {"corpus": 0.98, "seeds": 0.98, "wire": 0.98}   (the worst variant x kind)
A set name is score_sets.py's, with " p", " r" or " f1" (" acc" names have one value).
Keys starting with '_' are comments. Exit status 0 when every floor holds.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = {"corpus": "corpus/wikinews-business.jsonl", "seeds": "seeds", "wire": "dev/reuters/wire.jsonl"}


def set_scores(shared, cli):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "sets.json")
        r = subprocess.run([sys.executable, os.path.join(shared, "eval", "score_sets.py"), "--cli", cli,
                            "--json", out], capture_output=True, text=True)
        if r.returncode != 0:
            sys.exit(f"check_dev_scores: score_sets.py failed: {r.stderr[-500:]}")
        with open(out, encoding="utf-8") as f:
            raw = json.load(f)["scores"]
    have = {}
    for name, (p, r_, f1) in raw.items():
        if name.endswith(" acc"):
            have[name] = p
        else:
            have[name + " p"], have[name + " r"], have[name + " f1"] = p, r_, f1
    return have


def worst_invariance(shared, cli, data):
    r = subprocess.run([sys.executable, os.path.join(shared, "eval", "invariance.py"), "--cli", cli,
                        "--data", os.path.join(shared, data)], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"check_dev_scores: invariance.py failed: {r.stderr[-500:]}")
    rows = [l for l in r.stdout.splitlines() if not l.startswith("summary")]
    print("\n".join(f"  {l}" for l in rows))
    values = [float(v) for v in re.findall(r"\b[01]\.\d{3}\b", "\n".join(rows))]
    return min(values) if values else 0.0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cli", default=os.path.join(ROOT, "build", "native", "finlens"))
    ap.add_argument("--thresholds", default=os.path.join(ROOT, "tests", "dev_thresholds.json"))
    ap.add_argument("--shared", default=os.environ.get("FINLENS_SHARED", os.path.join(ROOT, "..", "shared")))
    args = ap.parse_args()
    cli = os.path.abspath(args.cli)
    with open(args.thresholds, encoding="utf-8") as f:
        floors = json.load(f)

    checks = []
    have = set_scores(args.shared, cli)
    for key, floor in floors.get("sets", {}).items():
        if key.startswith("_"):
            continue
        if key not in have:
            print(f"check_dev_scores: unknown set score {key!r}; known: {', '.join(sorted(have))}")
            checks.append(False)
            continue
        checks.append(report(key, have[key], floor))
    for key, floor in floors.get("invariance", {}).items():
        if key.startswith("_"):
            continue
        print(f"check_dev_scores: invariance on {key}:")
        checks.append(report(f"invariance {key} (worst)", worst_invariance(args.shared, cli, DATA[key]), floor))
    bad = checks.count(False)
    print(f"check_dev_scores: {len(checks) - bad} passed, {bad} failed")
    return 1 if bad else 0


def report(name, value, floor):
    ok = value + 1e-9 >= floor
    print(f"check_dev_scores: {name:34} {value:6.3f} (floor {floor:.3f}) {'ok' if ok else 'BELOW FLOOR'}")
    return ok


if __name__ == "__main__":
    sys.exit(main())
