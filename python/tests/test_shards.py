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
    # an error record's head inside a string: escaped in the output, never taken for one
    b'{"id": "{\\"error\\":\\"line 9", "text": "a log said {\\"error\\":\\"line 2: x\\"}"}\n',
    b'{"id": 4, "text": "Airbus won a $40 billion contract.", "date": "2008-03-01"}\r\n',
    b'{"id": 5, "text": "IBM',  # the last line, cut short, with no newline
]


class Blocks(ScratchTestCase):
    def analyze(self, path, blocksize):
        """What finlens.dask does with a shard, one block after another."""
        ranges = shards.blocks(path, path.stat().st_size, blocksize)
        parts = [str(self.dir / f"part.{i}") for i in range(len(ranges))]
        blocks = [shards.analyze_block(path, s, e, p) for (s, e), p in zip(ranges, parts)]
        out = self.dir / "out"
        shards.join(str(out), parts, blocks)
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
        blocks = [{"newlines": 1, "errors": []}] * 2
        self.assertEqual(shards.join(target, [str(a), str(b)], blocks), target)
        self.assertFalse(a.exists())
        # a retry: done already
        self.assertEqual(shards.join(target, [str(a), str(b)], blocks), target)
        self.assertEqual(pathlib.Path(target).read_bytes(), b"1\n2\n")

    def test_block_numbers_its_lines_and_finds_its_errors(self):
        path = self.dir / "s.jsonl"
        path.write_bytes(b"".join(LINES))
        part = self.dir / "p"
        block = shards.analyze_block(path, 0, None, str(part), None, json.loads)
        self.assertEqual(len(block["digests"]), 7)  # one per line that is not blank
        self.assertEqual(block["newlines"], 8)
        text = part.read_bytes()
        self.assertEqual([text[o : o + n] for o, n in block["errors"]], [b"3", b"6", b"9"])
        self.assertNotIn(b'"error"', text.replace(shards.ERROR_HEAD, b""))


if __name__ == "__main__":
    unittest.main()
