#!/usr/bin/env python3
"""Run the shared scorer on the native CLI and hold the scores to a floor.

  scripts/check_scores.py [--cli build/native/finlens] [--thresholds tests/score_thresholds.json]

The thresholds file maps names to minimum scores, e.g.
  {"figures_f1": 0.6, "companies_f1": 0.5, "figure_value_accuracy": 0.8}
Names: a scorer dimension (companies, figures, figures.money, figures.percent,
figures.date, claims, non-article sections) with _p, _r or _f1; or an attribute
(ticker recall, figure value accuracy, figure->company link accuracy, ...). Spaces,
dots and other punctuation in names are written as '_' ("figures_money_f1",
"non_article_sections_f1", "figure_company_link_accuracy"). Keys starting with '_'
are comments. An unknown name is an error, and so is a score the scorer could not
compute (no gold items) under a floor above 0.

Exit status: 0 when the scorer ran cleanly and every floor holds, 1 otherwise.
"""
import argparse
import json
import math
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def norm(name):
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cli", default=os.path.join(ROOT, "build", "native", "finlens"))
    ap.add_argument("--thresholds", default=os.path.join(ROOT, "tests", "score_thresholds.json"))
    ap.add_argument("--shared", default=os.environ.get("FINLENS_SHARED", os.path.join(ROOT, "..", "shared")))
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args()

    with open(args.thresholds, encoding="utf-8") as f:
        floors = {k: v for k, v in json.load(f).items() if not k.startswith("_")}

    scorer = os.path.join(args.shared, "eval", "score.py")
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "scores.json")
        cmd = [sys.executable, scorer, "--cli", os.path.abspath(args.cli), "--json", out]
        if args.verbose:
            cmd.append("--verbose")
        r = subprocess.run(cmd)
        if r.returncode != 0:
            print(f"check_scores: the scorer failed (exit {r.returncode}): the CLI failed or broke the contract")
            return 1
        with open(out, encoding="utf-8") as f:
            scores = json.load(f)

    have = {}
    for dim, (p, r_, f1) in scores["prf"].items():
        have[norm(dim) + "_p"] = p
        have[norm(dim) + "_r"] = r_
        have[norm(dim) + "_f1"] = f1
    for attr, v in scores["attributes"].items():
        have[norm(attr)] = v

    bad = 0
    for key, floor in sorted(floors.items()):
        k = norm(key)
        if k not in have:
            print(f"check_scores: unknown score name {key!r} in {args.thresholds}; known: {', '.join(sorted(have))}")
            bad += 1
            continue
        v = have[k]
        if v is None or (isinstance(v, float) and math.isnan(v)):
            ok = floor <= 0
            shown = "n/a"
        else:
            ok = v + 1e-9 >= floor
            shown = f"{v:.3f}"
        print(f"check_scores: {key:34} {shown:>6} (floor {floor:.3f}) {'ok' if ok else 'BELOW FLOOR'}")
        bad += not ok
    print(f"check_scores: {len(floors) - bad} passed, {bad} failed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
