"""The corpus summary of finlens.dask: companies by mentions and by article, and money
figures per company and metric, as Dask bag reductions.

Each analyzed record is first cut down on its worker to a digest (a few tuples), and
only the digests are reduced (foldby, topk, frequencies: partial results per partition,
combined in a tree), so what reaches the client is the summary, never the analyses.
"""

import json

import dask


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


# foldby's pieces: per company (mentions, articles); per money key (figures, articles,
# total, min, max).
def _add_company(acc, item):
    return (acc[0] + item[1], acc[1] + 1)


def _merge_company(a, b):
    return (a[0] + b[0], a[1] + b[1])


def _add_money(acc, item):
    n, total, lo, hi = item[1]
    return _merge_money(acc, (n, 1, total, lo, hi))


def _merge_money(a, b):
    if a is None:
        return b
    if b is None:
        return a
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2], min(a[3], b[3]), max(a[4], b[4]))


def _first(pair):
    return pair[0]


def _by_mentions(item):
    name, (mentions, articles) = item
    return (mentions, articles, _descending(name))


def _by_articles(item):
    name, (mentions, articles) = item
    return (articles, mentions, _descending(name))


def _descending(name):
    """A key under which names sort in reverse: topk keeps the largest keys, so at equal
    counts it keeps the alphabetically first names, whatever order partitions arrive in."""
    return tuple(-ord(ch) for ch in name) + (1,)


def _status(d):
    return "analysis" if d[0] else "error"


def _companies(d):
    return d[1]


def _money(d):
    return d[2]


def reductions(digests, top=50):
    """The summary of a bag of digests, as one dask.delayed object that computes to the
    summary dict (see summary_dict)."""
    companies = (
        digests.map(_companies)
        .flatten()
        .foldby(_first, _add_company, (0, 0), _merge_company, (0, 0))
    )
    money = digests.map(_money).flatten().foldby(_first, _add_money, None, _merge_money, None)
    return dask.delayed(summary_dict)(
        digests.map(_status).frequencies(),
        companies.count(),
        companies.topk(top, key=_by_mentions),
        companies.topk(top, key=_by_articles),
        money,
    )


def summary_dict(statuses, n_companies, by_mentions, by_articles, money):
    """The reductions' results as the summary: plain data, ready for json.dump."""
    statuses = dict(statuses)

    def company(item):
        name, (mentions, articles) = item
        return {"name": name, "mentions": mentions, "articles": articles}

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

    rows = sorted((money_row(m) for m in money), key=order)
    return {
        "articles": statuses.get("analysis", 0),
        "errors": statuses.get("error", 0),
        "companies": {
            "distinct": n_companies,
            "by_mentions": [company(c) for c in by_mentions],
            "by_articles": [company(c) for c in by_articles],
        },
        "money": rows,
    }


def summarize(records, top=50):
    """The summary of a bag of records ({"id", "analysis"} or {"id", "error"}, as
    finlens.dask.analyze_bag gives), as a dask.delayed object."""
    return reductions(records.map(digest), top)


__all__ = ["digest", "reductions", "summarize", "summary_dict"]
