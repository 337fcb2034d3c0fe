#!/usr/bin/env python3
"""Writes the fuzzers' seed corpus from the shared material (nothing is committed):
every seed article and every corpus article's text as one file, plus short pieces of
them (libFuzzer runs short inputs far faster), and for analyze_many pairs and triples of
articles joined by 0x1E record separators.

    make_corpus.py SHARED_DIR OUT_DIR      -> OUT_DIR/analyze/, OUT_DIR/many/
"""
import hashlib
import json
import pathlib
import sys


def write(d: pathlib.Path, data: bytes) -> None:
    (d / hashlib.sha1(data).hexdigest()).write_bytes(data)


def main() -> int:
    shared, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    texts = [p.read_bytes() for p in sorted((shared / "seeds").glob("*.txt"))]
    with open(shared / "corpus" / "wikinews-business.jsonl", encoding="utf-8") as f:
        texts += [json.loads(line)["text"].encode("utf-8") for line in f if line.strip()]
    one, many = out / "analyze", out / "many"
    for d in (one, many):
        d.mkdir(parents=True, exist_ok=True)
    for t in texts:
        write(one, t)
        # paragraphs on their own: short inputs that still carry figures, names, quotes
        for para in t.split(b"\n"):
            if 40 <= len(para) <= 600:
                write(one, para)
    for i in range(len(texts)):
        a, b, c = texts[i], texts[(i + 1) % len(texts)], texts[(i + 7) % len(texts)]
        write(many, a[:1500] + b"\x1e" + b[:1500] if i % 2 else a[:1000] + b"\x1e" + b[:1000] + b"\x1e" + c[:1000])
    print(f"fuzz corpus: {len(list(one.iterdir()))} inputs in {one}, {len(list(many.iterdir()))} in {many}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
