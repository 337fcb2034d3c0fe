#!/usr/bin/env python3
"""The command-line program as a user runs it: files, standard input, --date, --jsonl
(one bad line does not stop the rest), --jsonl --jobs N (the same bytes as one job, in
input order), --merge, and errors for unreadable input.

  tests/cli/cli_test.py PATH/TO/finlens
Env: FINLENS_SHARED (default ../shared beside the repo): the corpus for --jobs, when there.
"""
import json
import os
import tempfile

from harness import check, finish, run


ARTICLE = "Alibaba Group (NYSE: BABA) shares jumped 4.8% to HK$160.10 on Wednesday.\n"

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "a.txt")
    open(path, "w", encoding="utf-8").write(ARTICLE)

    r = run([path])
    a = json.loads(r.stdout)
    check("file: exit 0", r.returncode == 0)
    check("file: schema", a.get("schema") == "finlens/1")
    check("file: figures", [f["text"] for f in a["figures"]] == ["4.8%", "HK$160.10", "Wednesday"], a["figures"])

    r = run(["-"], ARTICLE.encode())
    check("stdin: same as file", json.loads(r.stdout) == a)

    r = run(["--date", "2025-02-20", path])
    wed = [f for f in json.loads(r.stdout)["figures"] if f["text"] == "Wednesday"][0]
    check("--date resolves Wednesday", wed.get("date") == "2025-02-19", wed)
    check("--date reported as published", json.loads(r.stdout).get("published", {}).get("source") == "option")

    lines = [json.dumps({"id": 1, "text": ARTICLE}), "{not json", json.dumps({"id": "x"}),
             json.dumps({"id": "d", "text": ARTICLE, "date": "2025-02-20"}), ""]
    r = run(["--jsonl"], ("\n".join(lines) + "\n").encode())
    out = [json.loads(l) for l in r.stdout.decode().splitlines()]
    check("jsonl: exit 0", r.returncode == 0)
    check("jsonl: one line per input line", len(out) == 4, out)
    check("jsonl: first analyzed", out[0]["id"] == 1 and out[0]["analysis"]["schema"] == "finlens/1")
    check("jsonl: bad JSON is an error line", "error" in out[1] and out[1]["id"] is None, out[1])
    check("jsonl: no text is an error line", "error" in out[2] and out[2]["id"] == "x", out[2])
    wed = [f for f in out[3]["analysis"]["figures"] if f["text"] == "Wednesday"][0]
    check("jsonl: date per line", wed.get("date") == "2025-02-19", wed)
    check("jsonl: analysis equals single-file output", out[0]["analysis"] == a)

    # --jobs N: the same bytes as one job, whatever the thread timing; order kept.
    for jobs in ("1", "2", "4"):
        rj = run(["--jsonl", "--jobs", jobs], ("\n".join(lines) + "\n").encode())
        check(f"jsonl --jobs {jobs}: same bytes as without", rj.returncode == 0 and rj.stdout == r.stdout,
              rj.stderr)
    # Many short lines of different lengths, with bad lines among them: a long article
    # finishes after the short ones behind it, and the output must still be in order.
    mixed = []
    for i in range(200):
        if i % 37 == 5:
            mixed.append("{broken")
        elif i % 41 == 7:
            mixed.append(json.dumps({"id": i}))
        else:
            mixed.append(json.dumps({"id": i, "text": ARTICLE * (1 + (i * 7919) % 60)}))
    stream = ("\n".join(mixed) + "\n").encode()
    one = run(["--jsonl"], stream)
    two = run(["--jsonl", "--jobs", "2"], stream)
    many = run(["--jsonl", "--jobs=8"], stream)
    check("jsonl --jobs 2: 200 mixed lines, same bytes", two.returncode == 0 and two.stdout == one.stdout)
    check("jsonl --jobs=8: 200 mixed lines, same bytes", many.returncode == 0 and many.stdout == one.stdout)
    got = [json.loads(l) for l in two.stdout.decode().splitlines()]
    want_ids = [None if m == "{broken" else json.loads(m)["id"] for m in mixed]
    check("jsonl --jobs 2: in input order", [g["id"] for g in got] == want_ids)
    check("jsonl --jobs 2: bad lines are error lines",
          sum("error" in g for g in got) == sum(m == "{broken" or "text" not in m for m in mixed))
    shared = os.environ.get("FINLENS_SHARED") or os.path.join(os.path.dirname(__file__), "../../../shared")
    corpus = os.path.join(shared, "corpus", "wikinews-business.jsonl")
    if os.path.exists(corpus):
        data = open(corpus, "rb").read()
        one = run(["--jsonl", "--jobs", "1", corpus])
        two = run(["--jsonl", "--jobs", "2"], data)
        check("corpus: --jobs 2 (stdin) same bytes as --jobs 1 (file)",
              one.returncode == 0 and two.returncode == 0 and one.stdout == two.stdout and one.stdout)
    for bad_jobs in (["--jsonl", "--jobs", "x"], ["--jsonl", "--jobs", "-1"], ["--jobs", "2", path],
                     ["--jsonl", "--merge", "--jobs", "2"]):
        rb = run(bad_jobs)
        check(f"refused: {' '.join(bad_jobs[:-1] if bad_jobs[-1] == path else bad_jobs)}", rb.returncode == 2, rb)

    second = os.path.join(tmp, "b.txt")
    open(second, "w", encoding="utf-8").write("Alibaba Group shares traded at $4.21 per share in New York.\n")
    r = run(["--merge", path, second])
    c = json.loads(r.stdout)
    check("merge: two articles", len(c["articles"]) == 2)
    merged = [m for m in c["merged"]["companies"] if len(m["companies"]) == 2]
    check("merge: Alibaba once", len(merged) == 1, c["merged"]["companies"])

    r = run([os.path.join(tmp, "missing.txt")])
    check("unreadable file: exit 1", r.returncode == 1)
    check("unreadable file: message", b"cannot read" in r.stderr, r.stderr)
    r = run([])
    check("no input: usage, exit 2", r.returncode == 2 and b"usage" in r.stderr)
    r = run(["--bogus", path])
    check("unknown option: exit 2", r.returncode == 2)

    bad = os.path.join(tmp, "bad.txt")
    open(bad, "wb").write(b"Revenue \xff\xfe rose 12% to $4bn.\n")
    r = run([bad])
    a = json.loads(r.stdout)
    check("invalid UTF-8: analyzed with a warning", r.returncode == 0 and a["warnings"][0]["code"] == "invalid_utf8")

finish()
