#!/usr/bin/env python3
"""The training texts of the native build's profile-guided optimization, as JSON lines
for `finlens --jsonl` on stdout: the page's shipped samples (whole articles) and the
texts of the recognizers' corpus cases (tests/corpus: sentences for every rule, with
their negatives). Only files of this repository: the dev sets and the corpus of ../shared
are what the speed is measured on (bench/run.sh), so the profile is not made from them.

usage: scripts/pgo_training.py > training.jsonl
"""
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def texts():
    for f in sorted((ROOT / "web" / "src" / "samples").glob("*.txt")):
        yield f.read_text(encoding="utf-8")
    for f in sorted((ROOT / "tests" / "corpus").glob("*.json")):
        for case in json.loads(f.read_text(encoding="utf-8")).get("cases", []):
            if isinstance(case, dict) and isinstance(case.get("text"), str):
                yield case["text"]


def main():
    n = 0
    for t in texts():
        sys.stdout.write(json.dumps({"text": t}, ensure_ascii=False) + "\n")
        n += 1
    if n == 0:
        sys.exit("pgo_training.py: no training texts found")


if __name__ == "__main__":
    main()
