#!/usr/bin/env python3
"""Runs two finlens CLIs over the same inputs and reports where their output bytes differ:
a restructuring that should not change what the analyzer finds is checked with it.

    compare_builds.py OLD_CLI NEW_CLI [--shared DIR] [--only SET ...] [-v] [--keep DIR]

Inputs (each set run through both CLIs the same way):
  seeds        every seed article, one CLI run per file (FILE mode), and all of them as JSONL
  corpus       the shared corpus (--jsonl, with its dates)
  finer        ../shared/dev/finer-ord: the token-joined text and the text rejoined as the
               scorer rejoins it (--jsonl)
  polnear      every ../shared/dev/polnear/text/*.txt (--jsonl)
  reuters      ../shared/dev/reuters/wire.jsonl (--jsonl, with its dates)
  rt           the Recognizers-Text cases of ../shared/dev/rt (--jsonl, with their reference dates)
  fuzz         the fuzzers' seed corpus (tests/fuzz/make_corpus.py, written to a scratch
               directory): single inputs as JSONL when they are UTF-8, else FILE mode; the
               analyze_many inputs split at 0x1E and run with --merge over the parts
  regressions  tests/fuzz/regressions/*: analyze cases in FILE mode (any bytes),
               analyze_many cases with --merge over their parts
  fuzzwork     what the fuzzers grew (build/fuzz/work/{analyze,many}), when present

Per set it prints the records compared, how many differ, and the output bytes of each CLI;
-v prints, for the first differing records, where they first differ. Exit status 1 when any
record differs, 0 when every byte is the same.
"""
import argparse
import importlib.util
import json
import os
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent


def run(cli, args, stdin=None):
    r = subprocess.run([cli, *args], input=stdin, capture_output=True, timeout=3600)
    # the exit status is part of the behaviour too
    return r.returncode, r.stdout


def jsonl_items(items):
    return "".join(json.dumps({"id": str(i), "text": t, **kw}, ensure_ascii=False) + "\n"
                   for i, t, kw in items).encode("utf-8")


class Compare:
    def __init__(self, old, new, verbose):
        self.old, self.new, self.verbose = old, new, verbose
        self.rows = []
        self.total_diff = 0

    def report(self, name, pairs):
        """pairs: list of (record name, old bytes, new bytes)."""
        diff = [(n, a, b) for n, a, b in pairs if a != b]
        ob = sum(len(a) for _, a, _ in pairs)
        nb = sum(len(b) for _, _, b in pairs)
        self.rows.append((name, len(pairs), len(diff), ob, nb))
        self.total_diff += len(diff)
        print(f"{name:28s} {len(pairs):6d} records  {len(diff):5d} differ  "
              f"{ob:11d} B old  {nb:11d} B new", flush=True)
        if self.verbose:
            for n, a, b in diff[:5]:
                k = next((i for i in range(min(len(a), len(b))) if a[i] != b[i]), min(len(a), len(b)))
                lo = max(0, k - 80)
                print(f"  {n}: first difference at byte {k}")
                print(f"    old: {a[lo:k + 120]!r}")
                print(f"    new: {b[lo:k + 120]!r}")

    def jsonl(self, name, items, extra=()):
        data = jsonl_items(items)
        ra, oa = run(self.old, ["--jsonl", *extra], data)
        rb, ob = run(self.new, ["--jsonl", *extra], data)
        la, lb = oa.split(b"\n"), ob.split(b"\n")
        pairs = [(f"line {i + 1}", la[i] if i < len(la) else b"<missing>", lb[i] if i < len(lb) else b"<missing>")
                 for i in range(max(len(la), len(lb)))]
        pairs.append(("exit status", str(ra).encode(), str(rb).encode()))
        self.report(name, pairs)

    def files(self, name, paths, merge_parts=False, tmp=None):
        pairs = []
        for p in paths:
            if merge_parts:
                parts = p.read_bytes().split(b"\x1e")
                names = []
                for j, part in enumerate(parts):
                    q = pathlib.Path(tmp) / f"part{j}"
                    q.write_bytes(part)
                    names.append(str(q))
                args = ["--merge", *names]
            else:
                args = [str(p)]
            ra, oa = run(self.old, args)
            rb, ob = run(self.new, args)
            pairs.append((p.name, str(ra).encode() + b" " + oa, str(rb).encode() + b" " + ob))
        self.report(name, pairs)


def load_score_sets(shared):
    spec = importlib.util.spec_from_file_location("score_sets", shared / "eval" / "score_sets.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def fuzz_dir(c, name, d, tmp):
    one, many = d / "analyze", d / "many"
    if one.is_dir():
        utf8, raw = [], []
        for p in sorted(one.iterdir()):
            b = p.read_bytes()
            try:
                utf8.append((p.name, b.decode("utf-8"), {}))
            except UnicodeDecodeError:
                raw.append(p)
        c.jsonl(f"{name} analyze (jsonl)", utf8)
        if raw:
            c.files(f"{name} analyze (file)", raw)
    if many.is_dir():
        c.files(f"{name} many (--merge)", sorted(many.iterdir()), merge_parts=True, tmp=tmp)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("--shared", default=os.environ.get("FINLENS_SHARED", str(ROOT.parent / "shared")))
    ap.add_argument("--only", nargs="*", help="sets to run (default all)")
    ap.add_argument("-v", action="store_true", help="print where the first differing records differ")
    args = ap.parse_args()
    shared = pathlib.Path(args.shared)
    sets = set(args.only or ["seeds", "corpus", "finer", "polnear", "reuters", "rt", "fuzz",
                             "regressions", "fuzzwork"])
    c = Compare(args.old, args.new, args.v)
    with tempfile.TemporaryDirectory(prefix="finlens-compare-") as tmp:
        tmp = pathlib.Path(tmp)
        if "seeds" in sets:
            seeds = sorted((shared / "seeds").glob("*.txt"))
            c.files("seeds (file)", seeds)
            c.jsonl("seeds (jsonl)", [(p.name, p.read_text(encoding="utf-8"), {}) for p in seeds])
            ra, oa = run(args.old, ["--merge", *map(str, seeds)])
            rb, ob = run(args.new, ["--merge", *map(str, seeds)])
            c.report("seeds (--merge all)", [("merge", str(ra).encode() + oa, str(rb).encode() + ob)])
        if "corpus" in sets:
            items = []
            for i, line in enumerate(open(shared / "corpus" / "wikinews-business.jsonl", encoding="utf-8")):
                if line.strip():
                    o = json.loads(line)
                    items.append((o.get("id", i), o["text"], {"date": o["date"]} if o.get("date") else {}))
            c.jsonl("corpus", items)
        if "finer" in sets:
            ss = load_score_sets(shared)
            docs = [json.loads(l) for l in open(shared / "dev" / "finer-ord" / "docs.jsonl", encoding="utf-8")]
            c.jsonl("finer (token-joined)", [(d["doc_idx"], d["text_space_joined"], {}) for d in docs])
            c.jsonl("finer (rejoined)", [(d["doc_idx"], ss.detok(d["text_space_joined"], d["entities"])[0], {})
                                         for d in docs])
        if "polnear" in sets:
            c.jsonl("polnear", [(p.name, p.read_text(encoding="utf-8"), {})
                                for p in sorted((shared / "dev" / "polnear" / "text").glob("*.txt"))])
        if "reuters" in sets:
            items = []
            for line in open(shared / "dev" / "reuters" / "wire.jsonl", encoding="utf-8"):
                if line.strip():
                    o = json.loads(line)
                    items.append((o["id"], o["text"], {"date": o["date"]} if o.get("date") else {}))
            c.jsonl("reuters", items)
        if "rt" in sets:
            for which in ("money", "percent", "date"):
                cases = json.load(open(shared / "dev" / "rt" / f"{which}.json", encoding="utf-8-sig"))
                items = []
                for i, cs in enumerate(cases):
                    ref = (cs.get("Context") or {}).get("ReferenceDateTime")
                    items.append((i, cs["Input"], {"date": ref[:10]} if ref else {}))
                c.jsonl(f"rt-{which}", items)
        if "fuzz" in sets:
            d = tmp / "fuzzcorpus"
            subprocess.run([sys.executable, str(ROOT / "tests" / "fuzz" / "make_corpus.py"), str(shared), str(d)],
                           check=True, capture_output=True)
            fuzz_dir(c, "fuzz corpus", d, tmp)
        if "regressions" in sets:
            reg = ROOT / "tests" / "fuzz" / "regressions"
            c.files("regressions analyze", sorted(p for p in (reg / "analyze").iterdir() if p.is_file()))
            if (reg / "many").is_dir():
                c.files("regressions analyze_many", sorted(p for p in (reg / "many").iterdir()
                                                            if p.is_file()), merge_parts=True, tmp=tmp)
        if "fuzzwork" in sets:
            w = ROOT / "build" / "fuzz" / "work"
            if w.is_dir():
                fuzz_dir(c, "fuzz work", w, tmp)
            else:
                print("fuzz work: build/fuzz/work is missing (run scripts/fuzz.sh); skipped")
    n = sum(r[1] for r in c.rows)
    print(f"compare_builds: {n} records, {c.total_diff} differ")
    return 1 if c.total_diff else 0


if __name__ == "__main__":
    sys.exit(main())
