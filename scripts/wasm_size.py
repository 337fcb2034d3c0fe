#!/usr/bin/env python3
"""Where the bytes of a .wasm go: section sizes, and code size by function group.

  scripts/wasm_size.py build/wasm/dist/finlens-core.wasm [--top 25]

Function names come from the wasm "name" section, so build once with
`-DFINLENS_WASM_PROFILE=ON` (adds --profiling-funcs) for a breakdown by function;
without names only section sizes are shown. Names are demangled with c++filt when
it is installed and grouped by namespace (finlens::companies, re2, std, nlohmann …).
"""
import argparse
import collections
import gzip
import shutil
import subprocess
import sys


def leb(b, i):
    result = shift = 0
    while True:
        byte = b[i]
        i += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, i


def sections(b):
    i = 8
    while i < len(b):
        sid = b[i]
        size, j = leb(b, i + 1)
        yield sid, b[j:j + size]
        i = j + size


def parse(b):
    imported_funcs = 0
    bodies = []
    names = {}
    sizes = collections.Counter()
    ids = {0: "custom", 1: "type", 2: "import", 3: "function", 4: "table", 5: "memory", 6: "global",
           7: "export", 8: "start", 9: "element", 10: "code", 11: "data", 12: "datacount"}
    for sid, data in sections(b):
        if sid == 0:
            n, k = leb(data, 0)
            cname = data[k:k + n].decode("utf-8", "replace")
            sizes["custom:" + cname] += len(data)
            if cname == "name":
                k += n
                while k < len(data):
                    sub = data[k]
                    sz, k = leb(data, k + 1)
                    if sub == 1:
                        cnt, m = leb(data, k)
                        for _ in range(cnt):
                            idx, m = leb(data, m)
                            ln, m = leb(data, m)
                            names[idx] = data[m:m + ln].decode("utf-8", "replace")
                            m += ln
                    k += sz
            continue
        sizes[ids.get(sid, str(sid))] += len(data)
        if sid == 2:
            cnt, k = leb(data, 0)
            for _ in range(cnt):
                for _ in range(2):
                    ln, k = leb(data, k)
                    k += ln
                kind = data[k]
                k += 1
                if kind == 0:
                    _, k = leb(data, k)
                    imported_funcs += 1
                elif kind == 1:
                    k += 1
                    flags, k = leb(data, k)
                    _, k = leb(data, k)
                    if flags & 1:
                        _, k = leb(data, k)
                elif kind == 2:
                    flags, k = leb(data, k)
                    _, k = leb(data, k)
                    if flags & 1:
                        _, k = leb(data, k)
                elif kind == 3:
                    k += 2
        if sid == 10:
            cnt, k = leb(data, 0)
            for _ in range(cnt):
                sz, k = leb(data, k)
                bodies.append(sz)
                k += sz
    funcs = [(names.get(imported_funcs + i, f"func{imported_funcs + i}"), sz) for i, sz in enumerate(bodies)]
    return sizes, funcs


def demangle(names):
    if not shutil.which("c++filt"):
        return names
    out = subprocess.run(["c++filt"], input="\n".join(names), capture_output=True, text=True).stdout.splitlines()
    return out if len(out) == len(names) else names


def group(name):
    for prefix in ("finlens::", "re2::", "nlohmann::", "std::", "icu"):
        if prefix in name[:200]:
            if prefix == "finlens::":
                rest = name.split("finlens::", 1)[1]
                parts = rest.split("::")
                if len(parts) > 1 and parts[0] and parts[0][0].islower() and "(" not in parts[0]:
                    return "finlens::" + parts[0]
                return "finlens"
            return prefix.rstrip(":")
    return "other (libc, runtime, unnamed)"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("wasm")
    ap.add_argument("--top", type=int, default=20)
    args = ap.parse_args()
    b = open(args.wasm, "rb").read()
    if b[:4] != b"\0asm":
        sys.exit("not a wasm file")
    sizes, funcs = parse(b)
    print(f"{args.wasm}: {len(b)} bytes, {len(gzip.compress(b, 9))} gzipped")
    for k, v in sizes.most_common():
        print(f"  section {k:24} {v:9d}")
    if not any(not n.startswith("func") for n, _ in funcs):
        print("  (no function names: build with -DFINLENS_WASM_PROFILE=ON for a breakdown)")
        return
    names = demangle([n for n, _ in funcs])
    groups = collections.Counter()
    for n, (_, sz) in zip(names, funcs):
        groups[group(n)] += sz
    total = sum(sz for _, sz in funcs)
    print(f"  code by group ({total} bytes of function bodies):")
    for g, v in groups.most_common():
        print(f"    {g:40} {v:9d} {100 * v / total:5.1f}%")
    print(f"  largest functions:")
    for n, (_, sz) in sorted(zip(names, funcs), key=lambda x: -x[1][1])[: args.top]:
        print(f"    {sz:8d}  {n[:110]}")


if __name__ == "__main__":
    main()
