#!/usr/bin/env python3
"""Every analysis the CLI prints for the seeds and the corpus passes the shared scorer's
contract check (required fields, spans that slice back to their text in UTF-16 units,
numeric values, currencies), and the collection of all seeds is well formed.

  scripts/check_contract.py [--cli build/native/finlens] [--shared ../shared]
"""
import argparse
import importlib.util
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=os.path.join(ROOT, "build", "native", "finlens"))
    ap.add_argument("--shared", default=os.environ.get("FINLENS_SHARED", os.path.join(ROOT, "..", "shared")))
    args = ap.parse_args()
    spec = importlib.util.spec_from_file_location("score", os.path.join(args.shared, "eval", "score.py"))
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)

    articles = []
    seeds = os.path.join(args.shared, "seeds")
    for fn in sorted(os.listdir(seeds)):
        if fn.endswith(".txt"):
            articles.append({"id": "seed:" + fn, "text": open(os.path.join(seeds, fn), encoding="utf-8").read()})
    with open(os.path.join(args.shared, "corpus", "wikinews-business.jsonl"), encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            articles.append({"id": "corpus:" + o["id"], "text": o["text"], "date": o["date"]})
    inp = "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles)
    r = subprocess.run([args.cli, "--jsonl"], input=inp.encode(), capture_output=True, timeout=600)
    passed = failed = 0
    out = [json.loads(l) for l in r.stdout.decode().splitlines() if l.strip()]
    if r.returncode != 0 or len(out) != len(articles):
        print(f"FAIL the CLI exited {r.returncode} with {len(out)} of {len(articles)} lines")
        failed += 1
    for a, o in zip(articles, out):
        errs = score.schema_errors(o.get("analysis", {}), a["text"]) if "analysis" in o else [o.get("error")]
        if errs:
            failed += 1
            print(f"FAIL {a['id']}: " + "; ".join(map(str, errs[:5])))
        else:
            passed += 1
    # several articles at once: the merged view refers to real companies and figures
    seed_files = [os.path.join(seeds, fn) for fn in sorted(os.listdir(seeds)) if fn.endswith(".txt")]
    c = json.loads(subprocess.run([args.cli, "--merge"] + seed_files, capture_output=True, timeout=120).stdout)
    ok = c.get("schema") == "finlens/1" and len(c["articles"]) == len(seed_files)
    for m in c["merged"]["companies"]:
        for ref in m["companies"]:
            ids = {x["id"] for x in c["articles"][ref["article"]]["analysis"]["companies"]}
            ok = ok and ref["id"] in ids
    for cmp in c["merged"]["comparisons"]:
        for f in cmp["figures"]:
            ids = {x["id"] for x in c["articles"][f["figure"]["article"]]["analysis"]["figures"]}
            ok = ok and f["figure"]["id"] in ids
    passed += ok
    failed += not ok
    if not ok:
        print("FAIL the merged view of the seeds refers to companies or figures that do not exist")
    print(f"contract: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
