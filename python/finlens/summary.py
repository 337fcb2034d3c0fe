"""The corpus summary of finlens.dask: companies by mentions and by article, and money
figures per company and metric, as a reduction on the workers.

Each analyzed record is first cut down, where it was analyzed, to a digest (a few
tuples). A partition's digests fold into a partial summary (counts per company and per
money key, `partial`), and partials merge in a tree (`merge`), so what reaches the
client is the summary, never the analyses: summarize() does it as one Bag.reduction;
the command (finlens.dask.run) folds each block in its own task and merges the blocks'
partials in a tree of tasks. One reduction rather than one per figure (foldby, topk,
frequencies...): every task costs the scheduler time that the workers, on a small
machine, would rather have.
"""

import functools
import json


def digest(record):
    """The part of one output record the summary needs: a record {"id", "analysis"} or
    {"id", "error"} (a dict, or its JSON line) to (ok, companies, money) where companies
    is [(name, mentions)] and money is [((company, metric, currency), (figures, total,
    min, max))], each key once per article."""
    if isinstance(record, (bytes, str)):
        record = json.loads(record)
    analysis = record.get("analysis")
    if analysis is None:
        return (False, [], [])
    mentions = {}
    names = {}
    for c in analysis["companies"]:
        names[c["id"]] = c["name"]
        mentions[c["name"]] = mentions.get(c["name"], 0) + len(c["mentions"])
    money = {}
    for f in analysis["figures"]:
        if f["kind"] != "money" or "company" not in f or "value" not in f:
            continue
        key = (names.get(f["company"], f["company"]), f.get("metric"), f.get("currency"))
        v = f["value"]
        n, total, lo, hi = money.get(key, (0, 0.0, v, v))
        money[key] = (n + 1, total + v, min(lo, v), max(hi, v))
    return (True, list(mentions.items()), list(money.items()))


def partial(digests):
    """A partition's digests folded: {"articles", "errors", "companies": {name:
    [mentions, articles]}, "money": {key: [figures, articles, total, min, max]}}."""
    p = {"articles": 0, "errors": 0, "companies": {}, "money": {}}
    for ok, companies, money in digests:
        p["articles" if ok else "errors"] += 1
        for name, mentions in companies:
            _add(p["companies"], name, [mentions, 1])
        for key, (n, total, lo, hi) in money:
            _add(p["money"], key, [n, 1, total, lo, hi])
    return p


def merge(partials):
    """Partial summaries merged into one."""
    out = {"articles": 0, "errors": 0, "companies": {}, "money": {}}
    for p in partials:
        out["articles"] += p["articles"]
        out["errors"] += p["errors"]
        for name, counts in p["companies"].items():
            _add(out["companies"], name, counts)
        for key, row in p["money"].items():
            _add(out["money"], key, row)
    return out


def _add(table, key, row):
    """Adds a row of counts into table[key]: sums, then for money rows min and max."""
    old = table.get(key)
    if old is None:
        table[key] = list(row)
        return
    for i in range(min(3, len(row))):
        old[i] += row[i]
    if len(row) == 5:
        old[3] = min(old[3], row[3])
        old[4] = max(old[4], row[4])


def summary_dict(p, top=50):
    """The merged partial as the summary: the top companies by mentions and by article
    (ties by name), every money key. Plain data, ready for json.dump."""

    def company(item):
        name, (mentions, articles) = item
        return {"name": name, "mentions": mentions, "articles": articles}

    def ranked(first):
        rows = sorted(
            p["companies"].items(), key=lambda kv: (-kv[1][first], -kv[1][1 - first], kv[0])
        )
        return [company(kv) for kv in rows[:top]]

    def money_row(item):
        (name, metric, currency), (n, articles, total, lo, hi) = item
        return {
            "company": name,
            "metric": metric,
            "currency": currency,
            "figures": n,
            "articles": articles,
            "min": lo,
            "max": hi,
            "total": total,
        }

    def order(row):
        return (-row["figures"], str(row["company"]), str(row["metric"]), str(row["currency"]))

    return {
        "articles": p["articles"],
        "errors": p["errors"],
        "companies": {
            "distinct": len(p["companies"]),
            "by_mentions": ranked(0),
            "by_articles": ranked(1),
        },
        "money": sorted((money_row(m) for m in p["money"].items()), key=order),
    }


def reductions(digests, top=50):
    """The summary of a bag of digests, as a dask Item that computes to the summary dict
    (see summary_dict), computed on the workers."""
    return digests.reduction(partial, merge).apply(functools.partial(summary_dict, top=top))


def summarize(records, top=50):
    """The summary of a bag of records ({"id", "analysis"} or {"id", "error"}, as
    finlens.dask.analyze_bag gives), as a dask Item."""
    return reductions(records.map(digest), top)


__all__ = ["digest", "merge", "partial", "reductions", "summarize", "summary_dict"]
