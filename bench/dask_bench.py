#!/usr/bin/env python3
"""Throughput of `python3 -m finlens.dask` with 1 and 2 workers (a benchmark, not a test).

Writes the shared corpus repeated --times times (default 20: 1800 articles) as one JSONL
shard, starts a LocalCluster of 1 worker process and one of 2, and runs finlens.dask.run
on each in turn, --repeat times, after the workers' warm-up; prints every run and the
best of each: articles per second, and the ratio of 2 workers to 1. Also prints the CLI
on one thread for comparison. Timings are wall clock on whatever else the machine is
doing: quote them with its load (printed).

    PYTHONPATH=build/python /usr/bin/python3 bench/dask_bench.py [--times 20] [--repeat 3]
"""
import argparse
import os
import pathlib
import subprocess
import sys
import tempfile
import time

from distributed import Client

import finlens.dask as fd

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = pathlib.Path(os.environ.get("FINLENS_SHARED", ROOT.parent / "shared"))


def load():
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def timed_run(client, workers, shard, out, blocksize):
    s = fd.run([str(shard)], str(out), client, blocksize=blocksize)
    rate = s["articles"] / s["run"]["seconds"]
    print(
        f"  {workers} worker(s): {s['articles']} articles in {s['run']['seconds']:.3f} s = "
        f"{rate:.0f} articles/s ({s['run']['blocks']} blocks; load {load()})",
        flush=True,
    )
    return rate


def measure(shard, tmp, repeat, blocksize):
    """Best articles/s on a cluster of 1 worker process and on one of 2, their runs taken
    in turn (1, 2, 1, 2 ...) so that both see the same moments of the machine's load."""
    rates = {1: [], 2: []}
    with fd.local_cluster(1) as c1, Client(c1) as one, fd.local_cluster(2) as c2, Client(c2) as two:
        for i in range(repeat):
            for workers, client in ((1, one), (2, two)):
                rates[workers].append(timed_run(client, workers, shard, tmp / f"w{workers}-{i}", blocksize))
    return max(rates[1]), max(rates[2])


def cli_rate(shard, articles):
    cli = ROOT / "build/native/finlens"
    t = time.perf_counter()
    subprocess.run([cli, "--jsonl", shard], check=True, stdout=subprocess.DEVNULL)
    return articles / (time.perf_counter() - t)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--times", type=int, default=20, help="copies of the corpus")
    ap.add_argument("--repeat", type=int, default=3, help="runs per cluster size")
    ap.add_argument("--blocksize", type=int, help="bytes per task (default: finlens.dask's)")
    args = ap.parse_args()
    corpus = (SHARED / "corpus/wikinews-business.jsonl").read_bytes()
    articles = corpus.count(b"\n") * args.times
    with tempfile.TemporaryDirectory(prefix="finlens-dask-bench-") as tmp:
        tmp = pathlib.Path(tmp)
        shard = tmp / "corpus.jsonl"
        shard.write_bytes(corpus * args.times)
        print(f"dask_bench: corpus x{args.times} = {articles} articles, {shard.stat().st_size} bytes; "
              f"{os.cpu_count()} cores, load {load()}")
        print(f"  CLI, one thread: {cli_rate(shard, articles):.0f} articles/s")
        one, two = measure(shard, tmp, args.repeat, args.blocksize)
    print(f"dask_bench: 1 worker {one:.0f} articles/s, 2 workers {two:.0f} articles/s, "
          f"ratio {two / one:.2f} (best of {args.repeat})")


if __name__ == "__main__":
    sys.exit(main())
