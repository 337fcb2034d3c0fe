#!/usr/bin/env python3
"""Power-of-ten check: no money, percent or count figure may have a value whose scale
was lost or doubled.

For every such figure of the seeds, the corpus, the Reuters wire copy and the
Recognizers-Text cases (../shared), the value is read again from the figure's own text,
independently of the core: its digits, one scale word ("million", "bn", "lakh crore",
"k", ...), a minor unit ("cents", "pence", "cts") and a percentage-point unit ("basis
points"). A figure fails when

  - its value and that reading differ by a factor of ten or more (a scale applied
    twice, or not at all);
  - the text right after the figure starts with a scale word the figure left out
    ("$5" before " million": the scale was lost);
  - its text holds two scale words that are not one compound ("lakh crore").

Figures written in words ("half a billion") are read only for their scale word; a
range's first member ("$3-4 billion") takes the scale of the second. Prints each
failure with its context and exits 1 when there is any.

  python3 scripts/check_magnitudes.py --cli build/native/finlens [--shared ../shared]
"""
import argparse
import glob
import json
import math
import os
import re
import subprocess
import sys

SCALES = [  # (pattern, power of ten), longest first; matched case-insensitively
    (r"lakhs?\s?crores?", 12), (r"trillion|trn|tn", 12), (r"billion|bln|bn", 9),
    (r"million|mln|mn", 6), (r"crores?|cr", 7), (r"lakhs?|lacs?", 5), (r"thousand", 3),
]
SCALE_WORD = re.compile(r"(?i)(?<![a-z])(?:" + "|".join(p for p, _ in SCALES) + r")\b")
GLUED = re.compile(r"\d([kKmMbBT])\b")  # "$5m", "$200B", "3k"
MEGA = re.compile(r"(?i)\bM(?:USD|EUR|GBP)\b")
MINOR = re.compile(r"(?i)\b(?:cents?|cts|pence|penny|pennies)\b|\d-cent\b")
BASIS = re.compile(r"(?i)\bbasis\s+points?\b|\bbps?\b")
NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+")
AFTER = re.compile(r"^[ \t\n]?(?:" + "|".join(p for p, _ in SCALES) + r")\b", re.I)


def scale_of(text):
    """Power of ten the figure's text names, or None if it names two that do not combine."""
    words = SCALE_WORD.findall(text)
    power = 0
    if len(words) > 1:
        return None
    if words:
        w = words[0].lower()
        for p, e in SCALES:
            if re.fullmatch(p, w):
                power = e
                break
    glued = GLUED.search(text)
    if glued and not words:
        power = {"k": 3, "m": 6, "b": 9, "t": 12}[glued.group(1).lower()]
    if MEGA.search(text):
        power += 6
    return power


def expected(fig):
    """The value the text says, or None when it cannot be read without the core."""
    text = fig["text"]
    power = scale_of(text)
    if power is None:
        return None, "two scale words"
    frac = re.fullmatch(r"(\d+)/(\d+)", text)
    if frac and fig["kind"] == "percent":
        return 100 * int(frac.group(1)) / int(frac.group(2)), None
    m = NUMBER.search(text)
    if not m:
        return None, None  # in words: only the scale words were checked
    v = float(m.group(0).replace(",", "")) * 10 ** power
    if fig["kind"] == "money" and MINOR.search(text):
        v /= 100
    if fig["kind"] == "percentage_point" and BASIS.search(text):
        v /= 100
    # a spelled part ("thirteen dollars and forty-five cents", "15 dollars and 50") adds
    # less than a unit: compare the whole part only
    return v, None


def check(analysis, text, where, out):
    figs = analysis.get("figures", [])
    for k, f in enumerate(figs):
        if f["kind"] not in ("money", "percent", "percentage_point", "number") or "value" not in f:
            continue
        after = text[f["end"]:f["end"] + 16]
        ctx = " ".join(text[max(0, f["start"] - 40):f["end"] + 30].split())
        if f["kind"] in ("money", "number") and AFTER.match(after) and not SCALE_WORD.search(f["text"]):
            out.append(f"{where}: scale word left out after {f['text']!r}: …{ctx}…")
            continue
        want, problem = expected(f)
        # a list or range member takes the unit of the last one: "90 to 115 basis points"
        if (want and f["kind"] == "percentage_point" and not re.search(r"[a-z%]", f["text"], re.I)
                and k + 1 < len(figs) and BASIS.search(figs[k + 1]["text"])):
            want /= 100
        if problem:
            out.append(f"{where}: {problem} in {f['text']!r}: …{ctx}…")
            continue
        if want is None or want == 0 or f["value"] == 0:
            continue
        ratio = abs(f["value"]) / abs(want)
        # "$3-4 billion": the first member of a range takes the second's scale
        if ratio >= 10 and k + 1 < len(figs) and figs[k + 1]["kind"] == f["kind"]:
            nxt = figs[k + 1]
            if nxt["start"] - f["end"] <= 4 and scale_of(nxt["text"]):
                continue
        if abs(math.log10(ratio)) >= 1 - 1e-9:
            out.append(f"{where}: {f['text']!r} has value {f['value']}, its text says {want}: …{ctx}…")


def run(cli, items):
    inp = "".join(json.dumps({"id": str(i), "text": t, **kw}, ensure_ascii=False) + "\n"
                  for i, (t, kw) in enumerate(items))
    r = subprocess.run([cli, "--jsonl"], input=inp.encode(), capture_output=True, timeout=1800)
    if r.returncode != 0:
        raise SystemExit(f"CLI failed: {r.stderr.decode(errors='replace')[:400]}")
    out = {}
    for line in r.stdout.decode().splitlines():
        o = json.loads(line)
        out[int(o["id"])] = o.get("analysis") or {}
    return out


def u16_slice_text(text):
    """The CLI's offsets are UTF-16 units: index a UTF-16 view of the text."""
    class View:
        def __init__(self, t):
            self.b = t.encode("utf-16-le")

        def __getitem__(self, s):
            return self.b[2 * (s.start or 0):2 * s.stop].decode("utf-16-le", "replace")
    return View(text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
    args = ap.parse_args()
    sets = {}
    sets["seeds"] = [(open(p, encoding="utf-8").read(), {}) for p in sorted(glob.glob(os.path.join(args.shared, "seeds", "*.txt")))]
    for name, path in (("corpus", "corpus/*.jsonl"), ("wire", "dev/reuters/wire.jsonl")):
        items = []
        for p in sorted(glob.glob(os.path.join(args.shared, path))):
            for line in open(p, encoding="utf-8"):
                if line.strip():
                    o = json.loads(line)
                    text = o.get("text") or o.get("articleBodyText") or ""
                    items.append((text, {"date": o["date"]} if o.get("date") else {}))
        sets[name] = items
    rt = []
    for which in ("money", "percent", "date"):
        p = os.path.join(args.shared, "dev", "rt", which + ".json")
        if os.path.exists(p):
            rt += [(c["Input"], {}) for c in json.load(open(p, encoding="utf-8-sig"))]
    sets["rt"] = rt
    failures, counted = [], 0
    for name, items in sets.items():
        if not items:
            continue
        res = run(args.cli, items)
        for i, (text, _) in enumerate(items):
            a = res.get(i, {})
            counted += sum(1 for f in a.get("figures", []) if "value" in f)
            check(a, u16_slice_text(text), f"{name}[{i}]", failures)
    for f in failures[:200]:
        print(f)
    print(f"check_magnitudes: {counted} figures with values, {len(failures)} off by a power of ten")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
