"""finlens on Dask: analyze a dask.bag of articles, or whole JSONL archives on a cluster.

    python3 -m finlens.dask INPUT.jsonl[.gz]... --out DIR [--scheduler ADDRESS] [--workers N]

reads the shards on the workers (in blocks of whole lines; a .gz shard is one block),
analyzes them there, and writes DIR/<shard name> (without .gz) with the CLI's --jsonl
output lines, in input order, and DIR/summary.json (companies by mentions and by article,
money figures per company and metric; see finlens.summary). The inputs and DIR must be
at the same paths for this command and every worker (one machine, or a shared
filesystem). Without --scheduler it starts a local dask.distributed cluster of N worker
processes (one thread each).

From Python: analyze_bag(bag) maps a bag of {"id", "text", "date"?} records to records
{"id", "analysis"} or {"id", "error"}; run(inputs, out, client) is the command.
"""

import argparse
import json
import os
import shutil
import sys
import tempfile
import time

import dask

import finlens
from finlens import shards
from finlens import summary as _summary
from finlens.summary import summarize

__all__ = ["analyze_bag", "summarize", "run", "main"]


def _analyze_record(record, max_bytes):
    """One record as the CLI's --jsonl makes it (without a line number for errors: a
    bag's records have none)."""
    if not isinstance(record, dict):
        return {"id": None, "error": "not a JSON object"}
    text = record.get("text")
    if not isinstance(text, str):
        return {"id": record.get("id"), "error": 'no "text" string'}
    date = record.get("date")
    date = date if isinstance(date, str) else None
    return {"id": record.get("id"), "analysis": finlens.analyze(text, date, max_bytes)}


def _analyze_records(records, max_bytes):
    return [_analyze_record(r, max_bytes) for r in records]


def analyze_bag(bag, max_bytes=None):
    """A bag of {"id", "text", "date"?} records to a bag of {"id", "analysis"} (the
    finlens/1 dict) or {"id", "error"} records, in the same order."""
    return bag.map_partitions(_analyze_records, max_bytes)


def _worker_ready():
    """Run on each worker before the work: imports finlens and builds the core's
    patterns once, so that the first block is not the slow one."""
    finlens.analyze("Warm-up Inc. rose 1%.")
    return finlens.__version__


def _plan(inputs, blocksize, threads):
    """[(input, output name, [(start, end)])], checking that the inputs can be read and
    that no two share an output name. Without a blocksize, about 8 blocks per worker
    thread, the last ones smaller (shards.blocks)."""
    sizes = [os.path.getsize(p) for p in inputs]  # OSError for a missing file
    plain = [0 if shards.is_gzip(p) else n for p, n in zip(inputs, sizes)]
    guided = 0 if blocksize else threads
    blocksize = blocksize or _default_blocksize(sum(sizes), threads)
    plan, seen = [], {}
    for i, (path, size) in enumerate(zip(inputs, sizes)):
        name = shards.output_name(path)
        if name in seen or name == "summary.json":
            raise ValueError(f"{path} and {seen.get(name, 'the summary')} would both write {name}")
        seen[name] = path
        ranges = shards.blocks(path, size, blocksize, sum(plain[i + 1 :]), guided)
        plan.append((path, name, ranges))
    return plan, blocksize


def _default_blocksize(total, threads):
    """8 blocks per worker thread (rounded up, so not one more), so that the last ones
    even out the load; within 64 KiB (per-task overhead) and 16 MiB (a retry's cost)."""
    return max(64 << 10, min(16 << 20, -(-total // max(1, 8 * threads))))


def _analyze_block(path, start, end, part, max_bytes):
    """One block analyzed into its part file. Returns what the join needs of it, and the
    block's partial summary (the reduction's first step, done here where its digests
    are, so that they never travel)."""
    block = shards.analyze_block(path, start, end, part, max_bytes, _summary.digest)
    block["partial"] = _summary.partial(block.pop("digests"))
    return block


def _shard_graph(path, name, ranges, out, parts_dir, max_bytes):
    """The tasks of one input shard: its blocks' analyses (each writing a part file) and
    the join of the parts into out/name, which also merges the blocks' partial
    summaries. The blocks depend on nothing, so the scheduler hands them to the workers
    at once and evenly."""
    parts = [os.path.join(parts_dir, f"{name}.{i:06d}") for i in range(len(ranges))]
    blocks = [
        dask.delayed(_analyze_block, pure=True)(path, s, e, part, max_bytes)
        for (s, e), part in zip(ranges, parts)
    ]
    return dask.delayed(_join, pure=True)(os.path.join(out, name), parts, blocks)


def _join(target, parts, blocks):
    """The shard's output file, and its partial summary."""
    shards.join(target, parts, blocks)
    return _summary.merge(b["partial"] for b in blocks)


def _summary_tree(partials, top, fan_in=8):
    """The shards' partial summaries merged in a tree of tasks on the workers (fan_in at
    a time, as a bag reduction does), then made the summary: only that reaches the
    client. Plain tasks rather than Bag.reduction, which adds two tasks per block (its
    partition, its fold), each costing the worker a round trip to the scheduler."""
    while len(partials) > fan_in:
        partials = [
            dask.delayed(_summary.merge, pure=True)(partials[i : i + fan_in])
            for i in range(0, len(partials), fan_in)
        ]
    return dask.delayed(_finish, pure=True)(partials, top)


def _finish(partials, top):
    return _summary.summary_dict(_summary.merge(partials), top)


def run(inputs, out, client, blocksize=None, max_bytes=None, top=50):
    """The command's work on `client`'s cluster: writes out/<shard> for every input and
    out/summary.json; returns the summary dict. Its run.seconds count from after the
    workers' warm-up to the summary's arrival."""
    versions = client.run(_worker_ready)
    if not versions:
        raise RuntimeError("the cluster has no workers")
    start = time.perf_counter()
    threads = sum(client.nthreads().values())
    plan, blocksize = _plan(inputs, blocksize, threads)
    os.makedirs(out, exist_ok=True)
    parts_dir = tempfile.mkdtemp(prefix=".parts-", dir=out)
    try:
        joins = [
            _shard_graph(p, name, ranges, out, parts_dir, max_bytes) for p, name, ranges in plan
        ]
        summary = client.compute(_summary_tree(joins, top), sync=True)
    finally:
        shutil.rmtree(parts_dir, ignore_errors=True)  # parts a retried block wrote again
    seconds = time.perf_counter() - start
    summary = {
        "inputs": [os.path.abspath(p) for p in inputs],
        "outputs": [name for _, name, _ in plan],
        **summary,
        "run": {
            "seconds": round(seconds, 3),
            "workers": len(versions),
            "threads": threads,
            "blocks": sum(len(ranges) for _, _, ranges in plan),
            "blocksize": blocksize,
        },
    }
    with open(os.path.join(out, "summary.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return summary


def local_cluster(workers, **kwargs):
    """A dask.distributed LocalCluster of `workers` processes of one thread each, its HTTP
    server (the dashboard, where bokeh is installed) on a free port rather than 8787, so
    that two runs side by side do not collide, and its scratch space in a temporary
    directory."""
    from distributed import LocalCluster

    kwargs.setdefault("local_directory", tempfile.gettempdir())
    return LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        dashboard_address=":0",
        **kwargs,
    )


def _args(argv):
    ap = argparse.ArgumentParser(
        prog="python3 -m finlens.dask",
        description="Analyze JSONL shards of {id, text, date?} records on a Dask cluster.",
    )
    ap.add_argument("inputs", nargs="+", metavar="INPUT.jsonl", help="shards (.gz too)")
    ap.add_argument(
        "--out", required=True, metavar="DIR", help="where the output shards and summary.json go"
    )
    ap.add_argument(
        "--scheduler", metavar="ADDRESS", help="a running scheduler, e.g. tcp://10.0.0.5:8786"
    )
    ap.add_argument(
        "--workers",
        type=int,
        default=os.cpu_count() or 1,
        metavar="N",
        help="worker processes of the local cluster (without --scheduler; default: one per core)",
    )
    ap.add_argument(
        "--blocksize",
        type=int,
        metavar="BYTES",
        help="bytes of a plain shard per task (default: about 8 tasks per worker thread)",
    )
    ap.add_argument(
        "--max-bytes",
        type=int,
        metavar="N",
        help="cut longer texts, as the CLI does (default 20 MiB)",
    )
    ap.add_argument(
        "--top", type=int, default=50, metavar="K", help="companies in each ranking of the summary"
    )
    args = ap.parse_args(argv)
    for name in ("workers", "blocksize", "top"):
        if getattr(args, name) is not None and getattr(args, name) < 1:
            ap.error(f"--{name} wants at least 1")
    if args.max_bytes is not None and args.max_bytes < 0:
        ap.error("--max-bytes wants a number of bytes")
    return args


def main(argv=None):
    args = _args(argv)
    from distributed import Client

    for path in args.inputs:  # before a cluster is started for nothing
        if not os.access(path, os.R_OK) or os.path.isdir(path):
            print(f"finlens.dask: cannot read {path}", file=sys.stderr)
            return 1
    try:
        if args.scheduler:
            client = Client(args.scheduler)
            cluster = None
        else:
            cluster = local_cluster(args.workers)
            client = Client(cluster)
    except OSError as e:
        print(f"finlens.dask: cannot reach the cluster: {e}", file=sys.stderr)
        return 1
    try:
        s = run(args.inputs, args.out, client, args.blocksize, args.max_bytes, args.top)
    except (OSError, ValueError) as e:
        print(f"finlens.dask: {e}", file=sys.stderr)
        return 1
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    r = s["run"]
    print(
        f"finlens.dask: {s['articles']} articles, {s['errors']} errors, {len(s['outputs'])} shards "
        f"in {r['seconds']:.2f} s ({s['articles'] / r['seconds']:.0f} articles/s, "
        f"{r['workers']} workers, {r['blocks']} blocks) -> {args.out}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    # Run as the module finlens.dask (not __main__), so that the functions sent to the
    # workers are found there by name.
    from finlens.dask import main as _main

    sys.exit(_main())
