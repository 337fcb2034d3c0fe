#!/usr/bin/env python3
"""Score finlens' company recognizer against the hand annotations in
tests/corpus/company_mentions.json.

Runs the CLI (`finlens --jsonl`) on the annotated Wikinews articles and reports
  * mention level: a predicted company mention (analysis["companies"][*]["mentions"])
    matches a gold mention when their spans overlap; each gold and each predicted
    mention is matched at most once (greedy, largest overlap first);
  * entity level: a predicted company matches a gold company when any of its
    mentions overlaps any of the gold company's mentions; one-to-one, greedy by the
    number of overlapping mention pairs;
  * type accuracy over the matched entity pairs (company | media | financial).

Gold starts are Python code-point offsets into the article text; the CLI reports
UTF-16 code-unit offsets, so gold spans are converted to UTF-16 before comparing.

usage: scripts/eval_companies.py [--cli build/native/finlens] [--gold FILE]
                                 [--corpus FILE] [-v] [--json]
"""
import argparse
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def utf16_offsets(text):
    """off[i] = UTF-16 code units before code point i (len(text)+1 entries)."""
    off = [0] * (len(text) + 1)
    n = 0
    for i, ch in enumerate(text):
        off[i] = n
        n += 2 if ord(ch) > 0xFFFF else 1
    off[len(text)] = n
    return off


def overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def prf(tp_p, n_p, tp_r, n_g):
    p = tp_p / n_p if n_p else 0.0
    r = tp_r / n_g if n_g else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def find_corpus(gold, gold_path, override):
    if override:
        return override
    src = gold.get("source", "shared/corpus/wikinews-business.jsonl")
    for base in (os.path.dirname(ROOT), ROOT, os.path.dirname(os.path.abspath(gold_path)), os.getcwd()):
        p = os.path.join(base, src)
        if os.path.exists(p):
            return p
    sys.exit(f"eval_companies: cannot find the corpus {src!r}; pass --corpus")


def run_cli(cli, docs):
    payload = "".join(json.dumps({"id": d["id"], "text": d["text"], "date": d.get("date", "")},
                                 ensure_ascii=False) + "\n" for d in docs)
    try:
        proc = subprocess.run([cli, "--jsonl"], input=payload.encode("utf-8"),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    except OSError as e:
        sys.exit(f"eval_companies: cannot run {cli}: {e}")
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr.decode("utf-8", "replace"))
        sys.exit(f"eval_companies: {cli} exited with {proc.returncode}")
    out = {}
    lines = [l for l in proc.stdout.decode("utf-8").splitlines() if l.strip()]
    for i, line in enumerate(lines):
        rec = json.loads(line)
        key = rec.get("id")
        if key is None and i < len(docs):
            key = docs[i]["id"]
        out[str(key)] = rec
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cli", default=os.path.join(ROOT, "build/native/finlens"))
    ap.add_argument("--gold", default=os.path.join(ROOT, "tests/corpus/company_mentions.json"))
    ap.add_argument("--corpus", help="the source JSONL (default: the gold file's 'source', relative to the repo's parent)")
    ap.add_argument("-v", "--verbose", action="store_true", help="per-article misses, extras and type errors")
    ap.add_argument("--json", action="store_true", help="also print the totals as one JSON line")
    args = ap.parse_args()

    with open(args.gold, encoding="utf-8") as f:
        gold = json.load(f)
    corpus_path = find_corpus(gold, args.gold, args.corpus)
    src = {}
    with open(corpus_path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                src[str(d["id"])] = d

    docs = []
    for a in gold["articles"]:
        aid = str(a["id"])
        if aid not in src:
            sys.exit(f"eval_companies: article {aid} not in {corpus_path}")
        docs.append(src[aid])
    results = run_cli(args.cli, docs)

    T = dict(g_m=0, p_m=0, tp_m=0, g_e=0, p_e=0, tp_e=0, type_ok=0, errors=0)
    for a in gold["articles"]:
        aid = str(a["id"])
        text = src[aid]["text"]
        off = utf16_offsets(text)
        # gold mentions in UTF-16 units: (start, end, entity index, text)
        gm = []
        for ei, c in enumerate(a["companies"]):
            for m in c["mentions"]:
                s = m["start"]
                e = s + len(m["text"])
                if text[s:e] != m["text"]:
                    sys.exit(f"eval_companies: {aid}: gold mention {m['text']!r} at {s} does not match the text")
                gm.append((off[s], off[e], ei, m["text"]))
        rec = results.get(aid)
        pcomp = []
        if rec is None or "analysis" not in rec:
            T["errors"] += 1
            err = rec.get("error") if rec else "no output"
            print(f"{aid}: CLI error: {err}", file=sys.stderr)
        else:
            # the gold annotates commercial organizations only ("Company = commercial
            # organization"): bodies typed "other" (governments, regulators, unions) are
            # outside its scope, neither hits nor extras
            pcomp = [c for c in (rec["analysis"].get("companies", []) or [])
                     if c.get("type") != "other"]
        pm = []
        for pi, c in enumerate(pcomp):
            for m in c.get("mentions", []):
                pm.append((m["start"], m["end"], pi, m.get("text", "")))

        # mention matching: greedy one-to-one by overlap size
        pairs = sorted(((overlap(g[:2], p[:2]), gi, pj)
                        for gi, g in enumerate(gm) for pj, p in enumerate(pm)
                        if overlap(g[:2], p[:2]) > 0), key=lambda x: (-x[0], x[1], x[2]))
        gmatch, pmatch = {}, {}
        for _, gi, pj in pairs:
            if gi in gmatch or pj in pmatch:
                continue
            gmatch[gi] = pj
            pmatch[pj] = gi

        # entity matching: a pred entity links to a gold entity when any mentions overlap
        links = {}
        for gi, g in enumerate(gm):
            for pj, p in enumerate(pm):
                if overlap(g[:2], p[:2]) > 0:
                    links[(g[2], p[2])] = links.get((g[2], p[2]), 0) + 1
        ematch_g, ematch_p = {}, {}
        for (ge, pe), _ in sorted(links.items(), key=lambda kv: (-kv[1], kv[0])):
            if ge in ematch_g or pe in ematch_p:
                continue
            ematch_g[ge] = pe
            ematch_p[pe] = ge
        gold_ents = a["companies"]
        type_ok = sum(1 for ge, pe in ematch_g.items() if pcomp[pe].get("type") == gold_ents[ge]["type"])

        T["g_m"] += len(gm)
        T["p_m"] += len(pm)
        T["tp_m"] += len(gmatch)
        T["g_e"] += len(gold_ents)
        T["p_e"] += len(pcomp)
        T["tp_e"] += len(ematch_g)
        T["type_ok"] += type_ok

        if args.verbose:
            p, r, f = prf(len(pmatch), len(pm), len(gmatch), len(gm))
            print(f"== {aid} {a.get('title', '')[:70]}")
            print(f"   mentions: gold {len(gm)} pred {len(pm)} matched {len(gmatch)}  (P {p:.3f} R {r:.3f} F1 {f:.3f})")
            for gi, g in enumerate(gm):
                if gi not in gmatch:
                    print(f"   miss  {g[0]:5d} {g[3]!r:<40} gold: {gold_ents[g[2]]['name']}")
            for pj, p_ in enumerate(pm):
                if pj not in pmatch:
                    c = pcomp[p_[2]]
                    print(f"   extra {p_[0]:5d} {p_[3]!r:<40} pred: {c.get('name')} ({c.get('type')})")
            for ge, c in enumerate(gold_ents):
                if ge not in ematch_g:
                    print(f"   entity miss : {c['name']} ({c['type']})")
            for pe, c in enumerate(pcomp):
                if pe not in ematch_p:
                    print(f"   entity extra: {c.get('name')} ({c.get('type')})")
            for ge, pe in sorted(ematch_g.items()):
                if pcomp[pe].get("type") != gold_ents[ge]["type"]:
                    print(f"   type  : {gold_ents[ge]['name']} gold {gold_ents[ge]['type']}, "
                          f"pred {pcomp[pe].get('name')} {pcomp[pe].get('type')}")

    mp, mr, mf = prf(T["tp_m"], T["p_m"], T["tp_m"], T["g_m"])
    ep, er, ef = prf(T["tp_e"], T["p_e"], T["tp_e"], T["g_e"])
    ta = T["type_ok"] / T["tp_e"] if T["tp_e"] else 0.0
    print(f"company mentions: P {mp:.3f} R {mr:.3f} F1 {mf:.3f} ({T['g_m']} gold, {T['p_m']} pred)"
          f" · entities: P {ep:.3f} R {er:.3f} F1 {ef:.3f} ({T['g_e']} gold, {T['p_e']} pred)"
          f" · type accuracy {ta:.3f} ({T['type_ok']}/{T['tp_e']})"
          + (f" · {T['errors']} CLI errors" if T["errors"] else ""))
    if args.json:
        print(json.dumps({"mentions": {"p": mp, "r": mr, "f1": mf, "gold": T["g_m"], "pred": T["p_m"]},
                          "entities": {"p": ep, "r": er, "f1": ef, "gold": T["g_e"], "pred": T["p_e"]},
                          "type_accuracy": ta, "errors": T["errors"]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
