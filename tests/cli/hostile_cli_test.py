#!/usr/bin/env python3
"""The command-line program on hostile and large input: --max-bytes cuts with an
input_truncated warning (files, standard input, --jsonl), and NUL bytes, invalid UTF-8,
CR-only lines and a 1 MB line come out as valid JSON whose spans slice the input.

  tests/cli/hostile_cli_test.py PATH/TO/finlens
(The 50 MB case, cut at the default 20 MB, is in bench/run.sh: too slow for a test.)
"""
import json
import os
import tempfile

from harness import check, finish
from harness import run as run_cli


def run(args, stdin=b""):
    return run_cli(args, stdin, timeout=300)  # the hostile inputs are large


def warned(a, code):
    return any(w["code"] == code for w in a["warnings"])


def spans_slice(text, a):
    """Every figure's text is the input's UTF-16 slice (as JavaScript would take it)."""
    units = text.encode("utf-16-le")
    for f in a["figures"]:
        if units[2 * f["start"]:2 * f["end"]].decode("utf-16-le") != f["text"]:
            return False
    return True


ARTICLE = "Alibaba Group (NYSE: BABA) shares jumped 4.8% to HK$160.10 on Wednesday. 阿里巴巴 €5\n"

with tempfile.TemporaryDirectory() as tmp:
    big = ARTICLE * 200  # about 17 KB
    path = os.path.join(tmp, "big.txt")
    open(path, "w", encoding="utf-8").write(big)

    r = run(["--max-bytes", "1000", path])
    a = json.loads(r.stdout)
    check("--max-bytes: exit 0", r.returncode == 0, r.stderr)
    check("--max-bytes: input_truncated warning", warned(a, "input_truncated"), a["warnings"])
    check("--max-bytes: no invalid_utf8 from the cut", not warned(a, "invalid_utf8"), a["warnings"])
    check("--max-bytes: at most 1000 bytes analyzed", a["input"]["chars"] <= 1000 and a["input"]["bytes"] == len(big.encode()))
    check("--max-bytes: spans within the cut", all(f["end"] <= a["input"]["chars"] for f in a["figures"]))

    r = run(["--max-bytes", "1000", "-"], big.encode())
    check("--max-bytes from stdin", r.returncode == 0 and warned(json.loads(r.stdout), "input_truncated"))

    r = run([path])
    check("no cut under the default limit", r.returncode == 0 and not warned(json.loads(r.stdout), "input_truncated"))

    line = json.dumps({"id": 1, "text": big}) + "\n"
    r = run(["--jsonl", "--max-bytes", "500"], line.encode())
    out = json.loads(r.stdout.splitlines()[0])
    check("--jsonl --max-bytes", r.returncode == 0 and warned(out["analysis"], "input_truncated"), r.stdout[:200])

    hostile = {
        "NUL bytes": b"Apple Inc\0 rose 5%\0 to $3 billion\0\0 on Monday.\0",
        "invalid UTF-8": b"Revenue \xff\xfe rose 12% \xe2\x82 to $4bn \xc0\xaf.",
        "CR-only lines": b"Apple shares jump\rMarch 1, 2008\rApple rose 5% to $3 billion.\r\nIBM fell 2%.\n\r",
        "a 1 MB line": b"the quick brown fox jumps over the lazy dog, shares rose 5% to $3 billion and " * 13000,
        "unbalanced quotes": "He said “sales rose 5% ".encode() * 2000,
    }
    for name, data in hostile.items():
        r = run(["-"], data)
        try:
            a = json.loads(r.stdout)
        except ValueError:
            a = None
        check(f"{name}: exit 0 and JSON", r.returncode == 0 and a is not None, r.stderr[:200])
        if a is None:
            continue
        text = data.decode("utf-8", errors="replace")
        check(f"{name}: input.chars", a["input"]["chars"] == len(text.encode("utf-16-le")) // 2)
        check(f"{name}: spans slice the input", spans_slice(text, a))
        check(f"{name}: some figures", len(a["figures"]) > 0)

finish()
