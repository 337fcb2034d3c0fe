#!/usr/bin/env python3
"""Derives core/src/companies/derived.inc from the public lists in ../shared/lists.

usage: scripts/derive_gazetteer.py [--lists DIR] [--dict FILE] [--out FILE]

The build never reads ../shared: this script is run by hand when the lists change, and
its output is committed. Each line of the output is one entity, "K|Formal name|alias|…",
in the format of names/gazetteer.cc (K: c company, f financial firm, m media, b central
bank, e exchange, r regulator or international body, x index). The hand-written tables
(known_companies.inc, not_companies.inc) are read first and win where both name a form.

What is taken, from which file (see ../shared/lists/PROVENANCE.md for their sources):
  central_banks.csv                      name, abbreviations                    -> b
  financial_regulators_and_international_bodies.csv  name, abbreviations     -> r
  stock_exchanges.csv                    name, abbreviations                    -> e
  stock_market_indexes.csv               index_name, aliases                    -> x
  financial_institutions_major.csv       name, aliases                          -> f (data firms c)
  news_agencies_financial_media.csv      name, aliases                          -> m
  us_sp500_constituents.csv              security                               -> c / f (GICS Financials)
  us_djia.csv, us_nasdaq100.csv, uk_ftse100.csv, de_dax40.csv, it_ftse_mib.csv,
  hk_hang_seng_index.csv                 name                                   -> c / f
  jp_nikkei225.csv, kr_kospi200.csv      name_en                                -> c / f
  in_nifty50.csv                         company_name                           -> c / f
  with --wide only (not in the committed table: on the page they cost ~20 KB gzipped for
  +0.002 mention F1 on the development news; the hand-written table has the best known):
  global_equities_major_financedatabase.csv  name (Large and Mega Cap only)     -> c / f
  us_stocks_nasdaq_screener.csv          name, market cap >= 5 bn USD            -> c / f
Rows dropped, and why:
  * an alias that is a phrase of ordinary words ("Fed policymakers", "fear gauge"): only
    names whose words are capitalized (or small joining words: of, and, for, de …) are kept;
  * a short form that is one ordinary English word (Target, Apple, Block): the word list
    (--dict, Debian's wamerican) says which; such a company is kept by its longer names only;
  * a short form of one word that the dictionary lists as a proper name (a place, a
    surname: "Lincoln", "Jackson"), for the same reason;
  * a name that the hand-written tables already hold (they are read first and win): it
    would change nothing and cost bytes on the page;
  * the global list and US listings beyond the indexes (unless --wide), Mid Cap rows and
    smaller US listings always: many unknown names, few mentions in the news, bytes on
    the page.
"""
import argparse
import csv
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

LEGAL = {
    "inc", "inc.", "incorporated", "corp", "corp.", "corporation", "co", "co.", "company",
    "ltd", "ltd.", "limited", "plc", "p.l.c.", "sa", "s.a.", "ag", "nv", "n.v.", "se", "spa",
    "s.p.a.", "llc", "l.p.", "lp", "bhd", "berhad", "tbk", "pcl", "asa", "ab", "oyj", "kgaa",
    "& co. kgaa", "co.,", "ltd.,", "s.a.b.", "de", "c.v.", "sab", "cv", "k.k.", "kk", "a/s",
    "as", "bv", "b.v.", "gmbh", "pjsc", "jsc", "oao", "ojsc", "nl", "reit", "n.v",
}
# words that only say "a company" after a name: stripped for a short form when a
# distinctive word is left ("Tata Chemicals" stays, "Rio Tinto Group" gives "Rio Tinto")
GENERIC_TAIL = {"group", "holdings", "holding", "the"}
SECURITY_WORDS = re.compile(
    r"\s+(Common Stock|Ordinary Shares?|Class [A-C]( Common Stock| Ordinary Shares)?|"
    r"American Depositary Shares?|Depositary Shares?|ADS|ADR|Common Shares|Shares|"
    r"Subordinate Voting Shares|Units?|Sponsored\b.*|Each Representing\b.*)\b.*$")
JOIN = {"of", "and", "for", "de", "des", "du", "di", "la", "le", "del", "der", "y", "und",
        "&", "the", "e", "da", "van", "von", "am", "an", "on", "in", "&amp;"}


def words_of(dict_path):
    lower, proper = set(), set()
    if not dict_path or not os.path.exists(dict_path):
        sys.exit(f"derive_gazetteer: no word list at {dict_path} (apt-get install wamerican)")
    for line in open(dict_path, encoding="utf-8", errors="replace"):
        w = line.strip()
        if not w or "'" in w:
            continue
        (proper if w[0].isupper() else lower).add(w)
    return lower, proper


class Namer:
    def __init__(self, lower, proper):
        self.lower, self.proper = lower, proper

    def name_shaped(self, s):
        """Every word capitalized (or a digit, or a joining word): a name, not a phrase."""
        ws = s.split()
        if not ws or not (ws[0][0].isupper() or ws[0][0].isdigit()):
            return False
        return all(w[0].isupper() or w[0].isdigit() or w.lower() in JOIN or not w[0].isalpha()
                   for w in ws)

    def ambiguous(self, s):
        """One word that is also an ordinary word or a dictionary proper name."""
        if " " in s:
            return False
        if s.isupper() and len(s) <= 2:
            return False  # an acronym: the dictionary's "gm", "ms" are no evidence
        if s.isupper():
            return s.lower() in self.lower and len(s) <= 5  # "SET", "MOVE": words in capitals
        return s.lower() in self.lower or s in self.proper or s.capitalize() in self.proper

    def strip_legal(self, n):
        n = re.sub(r"\s*\(.*?\)\s*$", "", n.strip())
        n = SECURITY_WORDS.sub("", n)
        n = n.rstrip(" ,")
        prev = None
        while prev != n:
            prev = n
            ws = n.split()
            if len(ws) > 1 and ws[-1].lower().rstrip(",") in LEGAL:
                n = " ".join(ws[:-1]).rstrip(" ,")
        return n

    def forms(self, name):
        """The formal name and its short forms, most formal first."""
        name = SECURITY_WORDS.sub("", " ".join(name.split())).rstrip(" ,")
        base = self.strip_legal(name)
        # the name with its legal form only where the short form cannot stand alone: the
        # recognizer reads a legal form after a known name anyway ("Lenovo" + "Group Ltd")
        out = [name] if base == name or self.ambiguous(base) else []
        if base.startswith("The ") and len(base.split()) > 1:
            out.append(base)
            base = base[4:]
        out.append(base)
        ws = base.split()
        while len(ws) > 1 and ws[-1].lower() in GENERIC_TAIL:
            ws = ws[:-1]
            out.append(" ".join(ws))
        seen, res = set(), []
        for f in out:
            f = f.strip(" ,")
            if f and f not in seen and self.name_shaped(f):
                seen.add(f)
                res.append(f)
        return res


def clean_alias(a):
    a = " ".join(a.split())
    if a.lower().startswith("the "):
        a = a[4:]
    return a


def rows(lists, fname):
    with open(os.path.join(lists, fname), encoding="utf-8") as f:
        yield from csv.DictReader(f)


def hand_names():
    """Every name of known_companies.inc and not_companies.inc, as they are written."""
    names = set()
    for fname in ("known_companies.inc", "not_companies.inc"):
        with open(os.path.join(ROOT, "core", "src", "companies", fname), encoding="utf-8") as f:
            for line in f:
                m = re.match(r'^"(.)\|(.*)",?\s*$', line.strip())
                if m:
                    names.update(m.group(2).replace("\\\\", "\\").split("|"))
    return names


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lists", default=os.path.join(os.path.dirname(ROOT), "shared", "lists"))
    ap.add_argument("--dict", default="/usr/share/dict/american-english")
    ap.add_argument("--wide", action="store_true",
                    help="also the Large/Mega Cap rows of the global list and US listings over "
                         "5 bn USD (about 2,400 more companies, ~20 KB gzipped on the page)")
    ap.add_argument("--out", default=os.path.join(ROOT, "core", "src", "companies", "derived.inc"))
    args = ap.parse_args()
    lower, proper = words_of(args.dict)
    nm = Namer(lower, proper)

    entities = []  # (kind, [names]) in the order the lists are read
    # the hand-written tables are read first and keep every form they name: a derived name
    # they already hold would only cost bytes on the page
    taken = hand_names()

    def add(kind, formal, aliases=(), short_ok=True):
        names = []
        for i, f in enumerate(nm.forms(formal)):
            # the first form is never ambiguous (a legal form or several words); short forms may be
            if i > 0 and (not short_ok or nm.ambiguous(f)):
                continue
            names.append(f)
        for a in aliases:
            a = clean_alias(a)
            if len(a) <= 2 or not nm.name_shaped(a) or nm.ambiguous(a):
                continue
            if a not in names:
                names.append(a)
        names = [n for n in names if n not in taken and "|" not in n and '"' not in n]
        if not names:
            return
        taken.update(names)
        entities.append((kind, names))

    def split(s):
        return [x for x in (s or "").split(";") if x.strip()]

    for r in rows(args.lists, "central_banks.csv"):
        add("b", r["name"], split(r["abbreviations"]))
    for r in rows(args.lists, "financial_regulators_and_international_bodies.csv"):
        if "former" in r["type"]:
            continue
        add("r", re.sub(r"\s*\(.*\)$", "", r["name"]), split(r["abbreviations"]))
    for r in rows(args.lists, "stock_exchanges.csv"):
        add("e", re.sub(r"\s*\(.*\)$", "", r["name"]), split(r["abbreviations"]))
    for r in rows(args.lists, "stock_market_indexes.csv"):
        add("x", r["index_name"], split(r["aliases"]), short_ok=False)
    for r in rows(args.lists, "financial_institutions_major.csv"):
        kind = "c" if r["type"] in ("market data", "market data/media") else "f"
        add(kind, r["name"], split(r["aliases"]))
    for r in rows(args.lists, "news_agencies_financial_media.csv"):
        add("m", r["name"], split(r["aliases"]))

    def sector_kind(sector):
        return "f" if (sector or "").strip() in ("Financials", "Financial Services", "Banks",
                                                 "Finance", "Financial") else "c"

    for r in rows(args.lists, "us_sp500_constituents.csv"):
        add(sector_kind(r["gics_sector"]), r["security"])
    for fname in ("us_djia.csv", "us_nasdaq100.csv", "uk_ftse100.csv", "de_dax40.csv",
                  "it_ftse_mib.csv", "hk_hang_seng_index.csv"):
        for r in rows(args.lists, fname):
            add(sector_kind(r["sector"]), r["name"])
    for fname in ("jp_nikkei225.csv", "kr_kospi200.csv"):
        for r in rows(args.lists, fname):
            if r["name_en"]:
                add(sector_kind(r["sector_financedatabase"]), r["name_en"])
    for r in rows(args.lists, "in_nifty50.csv"):
        add("f" if r["industry"] == "Financial Services" else "c", r["company_name"])
    if args.wide:
        for r in rows(args.lists, "global_equities_major_financedatabase.csv"):
            if r["market_cap_class"] in ("Large Cap", "Mega Cap"):
                add(sector_kind(r["sector"]), r["name"])
        for r in rows(args.lists, "us_stocks_nasdaq_screener.csv"):
            try:
                cap = float(r["market_cap_usd"] or 0)
            except ValueError:
                cap = 0
            if cap >= 5e9:
                add(sector_kind(r["sector"]), r["name"])

    with open(args.out, "w", encoding="utf-8") as f:
        f.write("// Generated by scripts/derive_gazetteer.py from ../shared/lists (see that script for\n"
                "// which files, columns and rows, and ../shared/lists/PROVENANCE.md for their sources).\n"
                "// Do not edit: change the script or the hand-written tables, which win over these.\n")
        for kind, names in entities:
            line = kind + "|" + "|".join(names)
            f.write('"' + line.replace("\\", "\\\\") + '",\n')
    print(f"derive_gazetteer: {len(entities)} entities, {sum(len(n) for _, n in entities)} names -> "
          f"{os.path.relpath(args.out, ROOT)}")


if __name__ == "__main__":
    main()
