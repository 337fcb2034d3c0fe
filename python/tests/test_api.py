"""finlens's Python API against the CLI: the same bytes, the same warnings, UTF-16
offsets on non-BMP text, TypeError for what is not a str, the GIL released."""
import json
import threading
import time
import unittest

from _support import CORPUS, SEEDS, cli, corpus_lines

import finlens

# Astral characters (two UTF-16 units each, one code point) before and between entities.
ASTRAL = (
    "📈 𝐀𝐁 Alibaba shares rose 4.8% to HK$160.10 🚀 on Wednesday, said Eddie Wu, CEO of Alibaba 😀."
)


class SameBytesAsTheCli(unittest.TestCase):
    def test_seeds(self):
        for seed in SEEDS:
            text = seed.read_text(encoding="utf-8")
            with self.subTest(seed=seed.name):
                want = cli("--date", "2025-01-29", seed).decode().rstrip("\n")
                self.assertEqual(finlens.analyze_json(text, date="2025-01-29"), want)
                self.assertEqual(finlens.analyze(text, date="2025-01-29"), json.loads(want))

    def test_no_date_reads_the_dateline(self):
        text = SEEDS[0].read_text(encoding="utf-8")
        self.assertEqual(finlens.analyze_json(text), cli(SEEDS[0]).decode().rstrip("\n"))

    def test_analyze_many_is_the_merge(self):
        lines = corpus_lines()[:12]
        want = cli("--jsonl", "--merge", stdin=b"".join(lines)).decode().rstrip("\n")
        articles = [json.loads(x) for x in lines]
        records = [{"id": a["id"], "text": a["text"], "date": a["date"]} for a in articles]
        self.assertEqual(finlens.analyze_many_json(records), want)
        merged = finlens.analyze_many(records)
        self.assertEqual([a["id"] for a in merged["articles"]], [a["id"] for a in articles])

    def test_analyze_many_of_strings_numbers_them(self):
        texts = [s.read_text(encoding="utf-8") for s in SEEDS[:3]]
        lines = b"".join(json.dumps({"text": t}).encode() + b"\n" for t in texts)
        self.assertEqual(
            finlens.analyze_many_json(texts),
            cli("--jsonl", "--merge", stdin=lines).decode().rstrip("\n"),
        )

    def test_analyze_jsonl_is_the_stream(self):
        data = CORPUS.read_bytes()
        self.assertEqual(finlens.analyze_jsonl(data), cli("--jsonl", CORPUS))

    def test_version(self):
        self.assertEqual(f"finlens {finlens.__version__}\n", cli("--version").decode())


class BadInput(unittest.TestCase):
    def same_as_cli(self, text, *args, **kwargs):
        want = cli(*args, "-", stdin=text.encode("utf-8", "surrogatepass")).decode().rstrip("\n")
        got = finlens.analyze_json(text, **kwargs)
        self.assertEqual(got, want)
        return json.loads(got)["warnings"]

    def test_truncated(self):
        warnings = self.same_as_cli(
            "Apple rose 3% on Monday. " * 40, "--max-bytes", "300", max_bytes=300
        )
        self.assertIn("input_truncated", [w["code"] for w in warnings])

    def test_lone_surrogate_is_invalid_utf8(self):
        warnings = self.same_as_cli("Apple \ud800 rose 3%.")
        self.assertEqual([w["code"] for w in warnings], ["invalid_utf8"])

    def test_bad_date(self):
        text = "Apple rose 3% on Monday."
        want = cli(
            "--jsonl", stdin=json.dumps({"id": 1, "text": text, "date": "2025-13-45"}).encode()
        )
        got = finlens.analyze(text, date="2025-13-45")
        self.assertEqual(got, json.loads(want)["analysis"])
        self.assertEqual([w["code"] for w in got["warnings"]], ["bad_date"])

    def test_empty(self):
        self.assertEqual(self.same_as_cli(""), [])

    def test_type_errors(self):
        for bad in (b"Apple rose", None, 42, ["Apple"]):
            with self.subTest(text=bad):
                with self.assertRaises(TypeError):
                    finlens.analyze(bad)
                with self.assertRaises(TypeError):
                    finlens.analyze_json(bad)
        with self.assertRaises(TypeError):
            finlens.analyze("Apple", date=20250129)
        with self.assertRaises(TypeError):
            finlens.analyze("Apple", max_bytes="10")
        with self.assertRaises(ValueError):
            finlens.analyze("Apple", max_bytes=-1)
        with self.assertRaises(TypeError):
            finlens.analyze_many([b"Apple"])
        with self.assertRaises(TypeError):
            finlens.analyze_many([{"id": "a", "text": 3}])
        with self.assertRaises(TypeError):
            finlens.analyze_jsonl("not bytes")


class Utf16Offsets(unittest.TestCase):
    def test_every_span_of_a_non_bmp_text(self):
        a = finlens.analyze(ASTRAL, date="2025-01-29")
        spans = (
            [m for c in a["companies"] + a["people"] for m in c["mentions"]]
            + a["figures"]
            + a["claims"]
        )
        self.assertGreater(len(spans), 4)
        offsets = finlens.Utf16Offsets(ASTRAL)
        shifted = 0
        for span in spans:
            with self.subTest(span=span["text"]):
                self.assertEqual(finlens.span_text(ASTRAL, span), span["text"])
                self.assertEqual(offsets.span_text(span), span["text"])
                # Python's own indexes are code points: past an astral character they
                # are not the contract's offsets
                shifted += ASTRAL[span["start"] : span["end"]] != span["text"]
        self.assertGreater(shifted, 0)
        self.assertEqual(a["input"]["chars"], len(ASTRAL.encode("utf-16-le")) // 2)
        self.assertEqual(offsets.length, a["input"]["chars"])

    def test_index(self):
        text = "a😀b𝐀c"  # UTF-16: a=0, 😀=1-2, b=3, 𝐀=4-5, c=6
        self.assertEqual(
            [finlens.utf16_to_index(text, u) for u in (0, 1, 3, 4, 6, 7)], [0, 1, 2, 3, 4, 5]
        )
        for bad in (2, 5, 8, -1):
            with self.assertRaises(ValueError):
                finlens.utf16_to_index(text, bad)
        self.assertEqual(finlens.Utf16Offsets(text).slice(1, 6), "😀b𝐀")

    def test_bmp_text_is_the_identity(self):
        text = "Zürich’s Nestlé — 阿里巴巴"
        self.assertEqual(
            [finlens.utf16_to_index(text, i) for i in range(len(text) + 1)],
            list(range(len(text) + 1)),
        )


class TheGilIsReleased(unittest.TestCase):
    def test_python_runs_while_the_core_works(self):
        text = CORPUS.read_text(encoding="utf-8") * 2  # about a second of work
        in_core = threading.Event()
        done = threading.Event()
        ticks = [0]

        def count():
            in_core.wait()
            while not done.is_set():
                ticks[0] += 1

        t = threading.Thread(target=count)
        t.start()
        in_core.set()
        finlens.analyze_json(text)
        done.set()
        t.join()
        # with the GIL held for the whole call the other thread would run only in the
        # moments before and after it
        self.assertGreater(ticks[0], 10000)

    def test_threads_scale(self):
        base = [json.loads(x)["text"] for x in corpus_lines()]
        want = [finlens.analyze_json(t) for t in base]
        texts = list(range(len(base))) * 3  # indexes into base

        def work(chunk, out):
            out.extend(finlens.analyze_json(base[i]) for i in chunk)

        rates = {}
        for n in (1, 2):
            chunks = [texts[i::n] for i in range(n)]
            outs = [[] for _ in range(n)]
            threads = [threading.Thread(target=work, args=(c, o)) for c, o in zip(chunks, outs)]
            start = time.perf_counter()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            rates[n] = len(texts) / (time.perf_counter() - start)
            for chunk, out in zip(chunks, outs):
                self.assertEqual(out, [want[i] for i in chunk])
        print(
            f"\n  threads: 1 thread {rates[1]:.0f} articles/s, 2 threads {rates[2]:.0f} articles/s "
            f"(x{rates[2] / rates[1]:.2f})",
            end=" ",
            flush=True,
        )


if __name__ == "__main__":
    unittest.main()
