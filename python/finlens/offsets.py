"""UTF-16 offsets (the contract's) to Python str indexes (code points).

finlens counts ``start``/``end`` in UTF-16 code units. A character beyond the BMP
(U+10000 and up: most emoji, 𝐀) is one code point in a Python str but two UTF-16
units, so after the first such character ``text[start:end]`` is off. These helpers map
the offsets; on text with no such character they are the identity.
"""

import bisect
import re

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class Utf16Offsets:
    """Maps UTF-16 offsets into ``text`` to str indexes; build once, look up many times
    (O(log n) each)."""

    def __init__(self, text):
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        self.text = text
        # UTF-16 offset of each astral character (its first unit): the i-th one, at
        # str index j, sits at j + i.
        self._astral = [m.start() + i for i, m in enumerate(_ASTRAL.finditer(text))]
        self.length = len(text) + len(self._astral)  # in UTF-16 units

    def index(self, offset):
        """The str index of UTF-16 offset ``offset`` (0 ..= length). ValueError for an
        offset outside the text or between the two halves of a surrogate pair."""
        if not 0 <= offset <= self.length:
            raise ValueError(f"UTF-16 offset {offset} is outside the text (0..{self.length})")
        before = bisect.bisect_left(self._astral, offset)  # astral characters starting before
        if before and self._astral[before - 1] + 1 == offset:
            raise ValueError(f"UTF-16 offset {offset} splits a surrogate pair")
        return offset - before

    def slice(self, start, end):
        """The text between two UTF-16 offsets."""
        return self.text[self.index(start) : self.index(end)]

    def span_text(self, span):
        """The text of a span (a dict with ``start`` and ``end``, as in an analysis)."""
        return self.slice(span["start"], span["end"])


def utf16_to_index(text, offset):
    """The str index of a UTF-16 offset into ``text``."""
    return Utf16Offsets(text).index(offset)


def span_text(text, span):
    """``text`` sliced by a span's UTF-16 ``start``/``end``: the span's own ``text``.
    For many spans of one text, build one Utf16Offsets and call its span_text."""
    return Utf16Offsets(text).span_text(span)
