"""JSONL shards read in blocks of whole lines and written whole, for finlens.dask.

No Dask here: plain functions that a worker runs on one block. A plain file is cut into
byte ranges; a block owns the lines that start inside its range (the first one may
begin before it, the last one may run past its end), so blocks read side by side cover
every line once. A .gz file cannot be cut, so it is one block.

A block does not know how many lines come before it, and is not made to wait for a
count of them: it numbers its lines from 1, and says how many it owned and where its
error records' line numbers are. The join, which runs after every block of the file,
then writes the file's numbers there, so the output is the CLI's byte for byte. Error
records are the only lines that carry a line number.

Every file is written under a temporary name and renamed into place, so a task that
Dask runs again (its worker died) leaves the same complete file and never half of one.
"""

import gzip
import os
import uuid

import finlens

CHUNK = 1 << 20  # read and analyze this many bytes at a time, whatever the block size
# How the CLI's error records begin (keys sorted: "error" before "id"); no other output
# line can: an analysis line begins {"analysis":, and a quote in a value is escaped.
ERROR_HEAD = b'{"error":"line '


def is_gzip(path):
    return str(path).endswith(".gz")


def output_name(path):
    """The output shard's name for an input shard: its file name without '.gz'."""
    name = os.path.basename(path)
    return name[:-3] if is_gzip(name) else name


def blocks(path, size, blocksize, later=0, threads=0):
    """(start, end) byte ranges of a file of `size` bytes; (0, None), the whole file, for a
    .gz file or a file no bigger than one block. With `threads` (the workers' threads),
    blocks shrink near the end of the work (`later`: bytes of the blocks that come after
    this file), down to an eighth: the last tasks are short, so no worker waits long on
    another at the end of the run."""
    if is_gzip(path) or size <= blocksize:
        return [(0, None)]
    ranges, start = [], 0
    while start < size:
        n = blocksize
        if threads:
            left = size - start + later
            n = max(blocksize // 8, min(blocksize, left // (2 * threads)), 1)
        ranges.append((start, min(start + n, size)))
        start += n
    return ranges


def _open(path):
    return gzip.open(path, "rb") if is_gzip(path) else open(path, "rb")


def _to_line_start(f, start, stop):
    """Seeks to the first line that starts at or after `start`; False when no line starts
    before `stop` (the block lies inside one long line), found without reading that line
    to its end."""
    if start == 0:
        return True
    f.seek(start - 1)
    pos = start - 1
    while stop is None or pos < stop:
        data = f.read(CHUNK if stop is None else min(CHUNK, stop - pos))
        if not data:
            return False
        newline = data.find(b"\n")
        if newline >= 0:
            pos += newline + 1
            f.seek(pos)
            return stop is None or pos < stop
        pos += len(data)
    return False


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


def _error_numbers(lines, base):
    """(offset, length) of the line number in each error record of `lines` (output
    lines), offsets counted from `base`."""
    found, pos = [], lines.find(ERROR_HEAD)
    while pos >= 0:
        if pos == 0 or lines[pos - 1] == 0x0A:  # at a line's start
            digits = pos + len(ERROR_HEAD)
            end = lines.index(b":", digits)
            found.append((base + digits, end - digits))
        pos = lines.find(ERROR_HEAD, pos + 1)
    return found


def analyze_block(path, start, end, part, max_bytes=None, digest=None):
    """Analyzes the lines a block owns into the file `part` (the CLI's --jsonl output
    lines for them, numbered from 1 in the block). Returns {"newlines": in the lines it
    owned, "errors": [(offset, length)] of the line numbers in `part`, "digests":
    [digest(output line) for each line] (none when `digest` is None)}."""
    block = {"newlines": 0, "errors": [], "digests": []}
    tmp = _temporary(part)
    with _open(path) as f, open(tmp, "wb") as out:
        chunks = _chunks(f, end) if _to_line_start(f, start, end) else ()
        written = 0
        for data, newlines in chunks:
            lines = finlens.analyze_jsonl(data, 1 + block["newlines"], max_bytes)
            out.write(lines)
            block["errors"] += _error_numbers(lines, written)
            if digest is not None:
                block["digests"] += [digest(x) for x in lines.splitlines()]
            block["newlines"] += newlines
            written += len(lines)
    os.replace(tmp, part)
    return block


def join(target, parts, blocks):
    """Concatenates the part files into `target` (in order), each error record numbered
    in the file rather than in its block (`blocks`: what analyze_block returned for
    each), then removes the parts. Run again after it finished (the parts gone, the
    target there), it does nothing."""
    if not all(os.path.exists(p) for p in parts):
        if os.path.exists(target):
            return target
        missing = [p for p in parts if not os.path.exists(p)]
        raise FileNotFoundError(f"parts of {target} are missing: {missing[:3]}")
    tmp = _temporary(parts[0] + ".join")
    before = 0  # lines in the blocks before this one
    with open(tmp, "wb") as out:
        for p, block in zip(parts, blocks):
            with open(p, "rb") as f:
                _copy_renumbered(f, out, block["errors"], before)
            before += block["newlines"]
    os.replace(tmp, target)
    for p in parts:
        os.remove(p)
    return target


def _copy_renumbered(src, dst, errors, before):
    """File src onto dst, the line number at each (offset, length) of `errors` raised by
    `before`; the bytes between them copied by the kernel."""
    pos = 0
    for offset, length in errors if before else ():
        _copy(src, dst, pos, offset)
        src.seek(offset)
        dst.write(str(int(src.read(length)) + before).encode())
        pos = offset + length
    _copy(src, dst, pos, os.fstat(src.fileno()).st_size)


def _copy(src, dst, start, end):
    """Bytes [start, end) of file src onto the end of file dst, by sendfile where it can."""
    dst.flush()
    try:
        while start < end:
            sent = os.sendfile(dst.fileno(), src.fileno(), start, end - start)
            if sent == 0:
                break
            start += sent
    except OSError:  # a filesystem without sendfile: copy through memory
        src.seek(start)
        while start < end and (data := src.read(min(CHUNK, end - start))):
            dst.write(data)
            start += len(data)


def _temporary(path):
    return f"{path}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}"
