#!/usr/bin/env python3
"""Throughput of `python3 -m finlens.dask` with 1 and 2 workers (a benchmark, not a test).

Writes the shared corpus repeated --times times (default 20: 1800 articles) as one JSONL
shard, starts a LocalCluster of 1 worker process and one of 2, and runs finlens.dask.run
on each in turn, --repeat times, after the workers' warm-up; prints every run and the
best of each: articles per second, and the ratio of 2 workers to 1. Also prints the CLI
on one thread for comparison. Timings are wall clock on whatever else the machine is
doing: before each pair of runs it waits (up to --patience seconds) for the machine to be
--idle (90%) idle, and it prints the idle fraction and the load with the runs.

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


def idle(seconds=1.0):
    """The machine's idle fraction over the next `seconds` (from /proc/stat)."""

    def sample():
        v = [int(x) for x in open("/proc/stat").readline().split()[1:]]
        return v[3] + v[4], sum(v)  # idle + iowait, all

    a = sample()
    time.sleep(seconds)
    b = sample()
    return (b[0] - a[0]) / max(1, b[1] - a[1])


def wait_for_quiet(least, patience):
    """Waits (at most `patience` seconds) until at least `least` of the machine is idle:
    the cores are shared, and another's build running beside a run halves what 2
    workers can do. Returns the idle fraction seen last."""
    deadline = time.monotonic() + patience
    while True:
        now = idle()
        if now >= least or time.monotonic() > deadline:
            return now


def timed_run(client, workers, shard, out, blocksize):
    s = fd.run([str(shard)], str(out), client, blocksize=blocksize)
    rate = s["articles"] / s["run"]["seconds"]
    print(
        f"  {workers} worker(s): {s['articles']} articles in {s['run']['seconds']:.3f} s = "
        f"{rate:.0f} articles/s ({s['run']['blocks']} blocks; load {load()})",
        flush=True,
    )
    return rate


def measure(shard, tmp, args):
    """Best articles/s on a cluster of 1 worker process and on one of 2, their runs taken
    in turn (1, 2, 1, 2 ...) so that both see the same moments of the machine's load,
    each pair once the machine is quiet (--idle)."""
    rates = {1: [], 2: []}
    with fd.local_cluster(1) as c1, Client(c1) as one, fd.local_cluster(2) as c2, Client(c2) as two:
        for i in range(args.repeat):
            print(f"  machine idle before the pair: {wait_for_quiet(args.idle, args.patience):.0%}")
            for workers, client in ((1, one), (2, two)):
                rates[workers].append(
                    timed_run(client, workers, shard, tmp / f"w{workers}-{i}", args.blocksize)
                )
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
    ap.add_argument(
        "--idle",
        type=float,
        default=0.9,
        help="idle fraction of the machine to wait for before each pair",
    )
    ap.add_argument("--patience", type=float, default=120, help="seconds to wait for it at most")
    args = ap.parse_args()
    corpus = (SHARED / "corpus/wikinews-business.jsonl").read_bytes()
    articles = corpus.count(b"\n") * args.times
    with tempfile.TemporaryDirectory(prefix="finlens-dask-bench-") as tmp:
        tmp = pathlib.Path(tmp)
        shard = tmp / "corpus.jsonl"
        shard.write_bytes(corpus * args.times)
        print(
            f"dask_bench: corpus x{args.times} = {articles} articles, {shard.stat().st_size} bytes; "
            f"{os.cpu_count()} cores, load {load()}"
        )
        print(f"  CLI, one thread: {cli_rate(shard, articles):.0f} articles/s")
        one, two = measure(shard, tmp, args)
    print(
        f"dask_bench: 1 worker {one:.0f} articles/s, 2 workers {two:.0f} articles/s, "
        f"ratio {two / one:.2f} (best of {args.repeat})"
    )


if __name__ == "__main__":
    sys.exit(main())
