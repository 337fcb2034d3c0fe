"""JSONL shards read in blocks of whole lines and written whole, for finlens.dask.

No Dask here: plain functions that a worker runs on one block. A plain file is cut into
byte ranges; a block owns the lines that start inside its range (the first one may
begin before it, the last one may run past its end), so blocks read side by side cover
every line once. Line numbers are the file's, as the CLI counts them, which needs the
number of newlines before a block: count_newlines on the blocks before it. A .gz file
cannot be cut, so it is one block. Every file is written under a temporary name and
renamed into place, so a task that Dask runs again (its worker died) leaves the same
complete file and never half of one.
"""

import gzip
import os
import uuid

import finlens

CHUNK = 1 << 20  # read and analyze this many bytes at a time, whatever the block size


def is_gzip(path):
    return str(path).endswith(".gz")


def output_name(path):
    """The output shard's name for an input shard: its file name without '.gz'."""
    name = os.path.basename(path)
    return name[:-3] if is_gzip(name) else name


def blocks(path, size, blocksize):
    """(start, end) byte ranges of a file of `size` bytes; (0, None), the whole file, for a
    .gz file or a file no bigger than one block."""
    if is_gzip(path) or size <= blocksize:
        return [(0, None)]
    return [(s, min(s + blocksize, size)) for s in range(0, size, blocksize)]


def count_newlines(path, start, end):
    """Newlines in bytes [start, end) of a plain file."""
    n = 0
    with open(path, "rb") as f:
        f.seek(start)
        left = end - start
        while left > 0:
            data = f.read(min(CHUNK, left))
            if not data:
                break
            n += data.count(b"\n")
            left -= len(data)
    return n


def _open(path):
    return gzip.open(path, "rb") if is_gzip(path) else open(path, "rb")


def _to_line_start(f, start, stop):
    """Seeks to the first line that starts at or after `start` and returns how many
    newlines that skipped past `start` (0 or 1); None when no line starts before `stop`
    (the block lies inside one long line), without reading that line to its end."""
    if start == 0:
        return 0
    f.seek(start - 1)
    pos = start - 1
    while stop is None or pos < stop:
        data = f.read(CHUNK if stop is None else min(CHUNK, stop - pos))
        if not data:
            return None
        newline = data.find(b"\n")
        if newline >= 0:
            pos += newline + 1
            f.seek(pos)
            return None if stop is not None and pos >= stop else int(pos > start)
        pos += len(data)
    return None


def _chunks(f, stop):
    """Whole lines from f's position on, about CHUNK bytes at a time: those that start
    before byte `stop` (all, when stop is None). Yields (data, newlines in data)."""
    pos = f.tell()
    while stop is None or pos < stop:
        data = f.read(CHUNK if stop is None else min(CHUNK, stop - pos))
        if not data:
            break
        if not data.endswith(b"\n"):
            data += f.readline()  # finish the last line, even past stop
        pos += len(data)
        yield data, data.count(b"\n")


def analyze_block(path, start, end, newlines_before, part, max_bytes=None, digest=None):
    """Analyzes the lines a block owns into the file `part` (the CLI's --jsonl output
    lines for them); returns [digest(output line) for each line], [] when `digest` is
    None. `newlines_before` is the number of newlines in the file before `start`."""
    digests = []
    tmp = _temporary(part)
    with _open(path) as f, open(tmp, "wb") as out:
        skipped = _to_line_start(f, start, end)
        line = 1 + newlines_before + (skipped or 0)
        for data, newlines in _chunks(f, end) if skipped is not None else ():
            lines = finlens.analyze_jsonl(data, line, max_bytes)
            out.write(lines)
            if digest is not None:
                digests.extend(digest(x) for x in lines.splitlines())
            line += newlines
    os.replace(tmp, part)
    return digests


def join(target, parts, after=None):
    """Concatenates the part files into `target` (in order), then removes them. Run again
    after it finished (the parts gone, the target there), it does nothing. `after` is
    not used: the tasks it comes from must have run first."""
    if not all(os.path.exists(p) for p in parts):
        if os.path.exists(target):
            return target
        missing = [p for p in parts if not os.path.exists(p)]
        raise FileNotFoundError(f"parts of {target} are missing: {missing[:3]}")
    tmp = _temporary(parts[0] + ".join")
    with open(tmp, "wb") as out:
        for p in parts:
            with open(p, "rb") as f:
                while data := f.read(CHUNK):
                    out.write(data)
    os.replace(tmp, target)
    for p in parts:
        os.remove(p)
    return target


def _temporary(path):
    return f"{path}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}"
