"""finlens.dask on a real LocalCluster of 2 worker processes: the command's output is
the CLI's --jsonl output line for line (plain and .gz shards, cut into blocks); a worker
killed in the middle of a run leaves every record there once; bad lines become the
CLI's error records, with their line numbers, and the rest completes."""
import gzip
import json
import os
import pathlib
import signal
import subprocess
import sys
import tempfile
import threading
import time
import unittest
import warnings

from _support import cli, corpus_lines

import dask.bag as db
from distributed import Client

import finlens.dask as fd
from finlens.summary import digest


def write(path, lines):
    path = pathlib.Path(path)
    data = b"".join(lines)
    if path.suffix == ".gz":
        path.write_bytes(gzip.compress(data))
    else:
        path.write_bytes(data)
    return path


def numbered(copies):
    """The corpus `copies` times over, every id unique ("100911/3")."""
    out = []
    for k in range(copies):
        for line in corpus_lines():
            rec = json.loads(line)
            rec["id"] = f"{rec['id']}/{k}"
            out.append(json.dumps(rec).encode() + b"\n")
    return out


def expected_summary(cli_output):
    """The summary's company counts, computed here plainly from the CLI's lines."""
    mentions, articles = {}, {}
    for line in cli_output.splitlines():
        rec = json.loads(line)
        names = set()
        for c in rec.get("analysis", {}).get("companies", []):
            mentions[c["name"]] = mentions.get(c["name"], 0) + len(c["mentions"])
            names.add(c["name"])
        for n in names:
            articles[n] = articles.get(n, 0) + 1
    return mentions, articles


class OnALocalCluster(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        # distributed 2022.12 on tornado 6.2 warns of its own event loop setup
        warnings.filterwarnings("ignore", "make_current is deprecated", DeprecationWarning)
        cls.tmp = tempfile.TemporaryDirectory(prefix="finlens-dask-test-")
        cls.dir = pathlib.Path(cls.tmp.name)
        cls.cluster = fd.local_cluster(2, local_directory=str(cls.dir / "dask"))
        cls.client = Client(cls.cluster)

    @classmethod
    def tearDownClass(cls):
        cls.client.close()
        cls.cluster.close()
        cls.tmp.cleanup()

    def setUp(self):
        self.client.wait_for_workers(2, timeout=60)

    def command(self, *args):
        return subprocess.run(
            [sys.executable, "-m", "finlens.dask", *map(str, args)],
            capture_output=True,
            text=True,
            timeout=300,
        )

    def assert_same_as_cli(self, inputs, out):
        for path in inputs:
            with self.subTest(shard=path.name):
                got = (out / fd.shards.output_name(path)).read_bytes()
                want = cli(
                    "--jsonl",
                    "-",
                    stdin=gzip.decompress(path.read_bytes())
                    if path.suffix == ".gz"
                    else path.read_bytes(),
                )
                self.assertEqual(got.splitlines(), want.splitlines())

    def test_command_equals_the_cli(self):
        lines = corpus_lines()
        a = write(self.dir / "a.jsonl", lines[:50] + [b"\n", b"  \r\n"] + lines[50:])
        b = write(self.dir / "b.jsonl.gz", lines[10:40])
        c = write(self.dir / "c.jsonl", lines[:5])  # no newline at the end
        c.write_bytes(c.read_bytes().rstrip(b"\n"))
        out = self.dir / "out-cmd"
        r = self.command(
            a,
            b,
            c,
            "--out",
            out,
            "--scheduler",
            self.cluster.scheduler_address,
            "--blocksize",
            7000,
        )
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assert_same_as_cli([a, b, c], out)
        summary = json.loads((out / "summary.json").read_text())
        self.assertEqual(summary["articles"], 90 + 30 + 5)
        self.assertEqual(summary["errors"], 0)
        self.assertGreater(summary["run"]["blocks"], 20)
        self.assertEqual(sorted(os.listdir(out)), ["a.jsonl", "b.jsonl", "c.jsonl", "summary.json"])
        mentions, articles = expected_summary(
            b"".join(((out / n).read_bytes() for n in ("a.jsonl", "b.jsonl", "c.jsonl")))
        )
        top = summary["companies"]["by_mentions"]
        self.assertEqual(summary["companies"]["distinct"], len(mentions))
        self.assertEqual(
            [c["mentions"] for c in top], sorted(mentions.values(), reverse=True)[: len(top)]
        )
        for c in top + summary["companies"]["by_articles"]:
            self.assertEqual(
                (c["mentions"], c["articles"]), (mentions[c["name"]], articles[c["name"]])
            )
        self.assertTrue(summary["money"])
        for m in summary["money"]:
            self.assertLessEqual(m["min"], m["max"])
            self.assertLessEqual(m["articles"], m["figures"])

    def test_command_starts_its_own_cluster(self):
        a = write(self.dir / "own.jsonl", corpus_lines()[:8])
        out = self.dir / "out-own"
        r = self.command(a, "--out", out, "--workers", 2)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("2 workers", r.stderr)
        self.assert_same_as_cli([a], out)

    def test_command_usage_errors(self):
        r = self.command(
            self.dir / "missing.jsonl",
            "--out",
            self.dir / "x",
            "--scheduler",
            self.cluster.scheduler_address,
        )
        self.assertEqual(r.returncode, 1)
        self.assertIn("missing.jsonl", r.stderr)
        r = self.command("--out", self.dir / "x")
        self.assertEqual(r.returncode, 2)

    def test_a_worker_killed_in_the_middle(self):
        shard = write(self.dir / "kill.jsonl", numbered(40))
        out = self.dir / "out-kill"
        pids = self.client.run(os.getpid)
        result = {}
        run = threading.Thread(
            target=lambda: result.update(
                s=fd.run([str(shard)], str(out), self.client, blocksize=40000)
            )
        )
        run.start()
        # wait until blocks are being written, then kill one worker's process outright
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not any(
            p.name.startswith(".parts-") and any(p.iterdir()) for p in out.glob(".parts-*")
        ):
            time.sleep(0.02)
        victim = sorted(pids.values())[0]
        os.kill(victim, signal.SIGKILL)
        run.join(timeout=240)
        self.assertFalse(run.is_alive())
        self.assertTrue(result, "the run did not finish")
        lines = (out / "kill.jsonl").read_bytes().splitlines()
        ids = [json.loads(x)["id"] for x in lines]
        want = [json.loads(x)["id"] for x in shard.read_bytes().splitlines()]
        self.assertEqual(ids, want)  # every record once, in order
        self.assertEqual(lines, cli("--jsonl", "--jobs", "2", shard).splitlines())
        self.assertEqual(result["s"]["articles"], len(want))
        self.assertNotIn(victim, self.client.run(os.getpid).values())  # it did die mid-run
        print(
            f"\n  killed worker {victim} while {result['s']['run']['blocks']} blocks ran",
            end=" ",
            flush=True,
        )

    def test_bad_lines(self):
        lines = corpus_lines()
        huge = (
            json.dumps({"id": "huge", "text": "lorem ipsum dolor sit amet " * 1_111_112}).encode()
            + b"\n"
        )
        bad = [
            b"not json at all\n",
            b'{"id": "no-text", "title": "x"}\n',
            b'{"id": 7, "text": 42}\n',
            b"[1, 2, 3]\n",
            b'{"id": "cut", "text": "Apple\n',  # a line cut short
            huge,
        ]
        mixed = lines[:3] + bad[:3] + lines[3:6] + [b"\n"] + bad[3:] + lines[6:9]
        shard = write(self.dir / "bad.jsonl", mixed)
        out = self.dir / "out-bad"
        # blocks of 1 MiB: the first ends inside the huge line, which spans 28 more
        s = fd.run([str(shard)], str(out), self.client, blocksize=1 << 20)
        got = (out / "bad.jsonl").read_bytes().splitlines()
        self.assertEqual(got, cli("--jsonl", shard).splitlines())
        records = [json.loads(x) for x in got]
        errors = [(r["id"], r["error"]) for r in records if "error" in r]
        self.assertEqual(
            errors,
            [
                (None, "line 4: not a JSON object"),
                ("no-text", 'line 5: no "text" string'),
                (7, 'line 6: no "text" string'),
                (None, "line 11: not a JSON object"),
                (None, "line 12: not a JSON object"),
            ],
        )
        # a 30 MB text is what the CLI makes of it: cut at --max-bytes' default, with a warning
        big = next(r for r in records if r["id"] == "huge")
        self.assertEqual([w["code"] for w in big["analysis"]["warnings"]], ["input_truncated"])
        self.assertEqual(big["analysis"]["input"]["bytes"], len(json.loads(huge)["text"]))
        self.assertEqual((s["articles"], s["errors"]), (10, 5))
        self.assertEqual(
            [r["id"] for r in records if "analysis" in r][-3:],
            [json.loads(x)["id"] for x in lines[6:9]],
        )

    def test_analyze_bag(self):
        articles = [json.loads(x) for x in corpus_lines()[:20]]
        records = articles + [{"id": "x"}, "not a dict"]
        bag = db.from_sequence(records, npartitions=4)
        got = fd.analyze_bag(bag).compute()
        want = [
            json.loads(x) for x in cli("--jsonl", stdin=b"".join(corpus_lines()[:20])).splitlines()
        ]
        self.assertEqual(got[:20], want)
        self.assertEqual(
            got[20:],
            [{"id": "x", "error": 'no "text" string'}, {"id": None, "error": "not a JSON object"}],
        )
        summary = fd.summarize(fd.analyze_bag(bag), top=5).compute()
        self.assertEqual((summary["articles"], summary["errors"]), (20, 2))
        self.assertEqual(len(summary["companies"]["by_mentions"]), 5)
        self.assertEqual([digest(r) for r in got[:20]], [digest(json.dumps(r)) for r in want])


if __name__ == "__main__":
    unittest.main()
