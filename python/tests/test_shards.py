"""finlens.shards without Dask: blocks of any size cover every line once, numbered as
the CLI numbers them, and the joined parts are the CLI's output."""
import gzip
import json
import pathlib
import unittest

from _support import ScratchTestCase, cli

from finlens import shards

LINES = [
    b'{"id": 1, "text": "Apple rose 3% on Monday."}\n',
    b"\n",
    b"not json\n",
    b'{"id": "long", "text": "' + b"Boeing fell 2%. " * 300 + b'"}\n',
    b"   \r\n",
    b'{"id": 3}\n',
    b'{"id": 4, "text": "Airbus won a $40 billion contract.", "date": "2008-03-01"}\r\n',
    b'{"id": 5, "text": "IBM',  # the last line, cut short, with no newline
]


class Blocks(ScratchTestCase):
    def analyze(self, path, blocksize):
        """What finlens.dask does with a shard, one block after another."""
        size = path.stat().st_size
        ranges = shards.blocks(path, size, blocksize)
        before, parts = 0, []
        for i, (start, end) in enumerate(ranges):
            part = str(self.dir / f"part.{i}")
            shards.analyze_block(path, start, end, before, part, None, len)
            parts.append(part)
            if end is not None:
                before += shards.count_newlines(path, start, end)
        out = self.dir / "out"
        shards.join(str(out), parts)
        return out.read_bytes(), len(ranges)

    def test_any_blocksize(self):
        path = self.dir / "s.jsonl"
        path.write_bytes(b"".join(LINES))
        want = cli("--jsonl", path)
        self.assertIn(b'"line 3: not a JSON object"', want)
        for blocksize in (1, 2, 3, 7, 64, 500, 4000, 1 << 20):
            with self.subTest(blocksize=blocksize):
                got, n = self.analyze(path, blocksize)
                self.assertEqual(got, want)
                self.assertEqual(
                    n,
                    1 if blocksize >= path.stat().st_size else -(-path.stat().st_size // blocksize),
                )

    def test_gzip_is_one_block(self):
        path = self.dir / "s.jsonl.gz"
        path.write_bytes(gzip.compress(b"".join(LINES)))
        got, n = self.analyze(path, 10)
        self.assertEqual(n, 1)
        self.assertEqual(got, cli("--jsonl", stdin=b"".join(LINES)))
        self.assertEqual(shards.output_name(str(path)), "s.jsonl")

    def test_join_twice(self):
        a, b = self.dir / "a", self.dir / "b"
        a.write_bytes(b"1\n")
        b.write_bytes(b"2\n")
        target = str(self.dir / "t")
        self.assertEqual(shards.join(target, [str(a), str(b)]), target)
        self.assertFalse(a.exists())
        self.assertEqual(shards.join(target, [str(a), str(b)]), target)  # a retry: done already
        self.assertEqual(pathlib.Path(target).read_bytes(), b"1\n2\n")

    def test_digests(self):
        path = self.dir / "s.jsonl"
        path.write_bytes(b"".join(LINES))
        digests = shards.analyze_block(path, 0, None, 0, str(self.dir / "p"), None, json.loads)
        self.assertEqual(len(digests), 6)  # one per line that is not blank


if __name__ == "__main__":
    unittest.main()
