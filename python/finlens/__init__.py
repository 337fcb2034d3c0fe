"""finlens: companies, people, figures and claims in financial news, with their spans.

    >>> import finlens
    >>> a = finlens.analyze("Alibaba shares rose 4.8% on Wednesday.", date="2025-01-29")
    >>> [c["name"] for c in a["companies"]]
    ['Alibaba']

Each result is the ``finlens/1`` object of the output contract, the same as the
command-line program prints (``analyze_json`` returns its very bytes). The C++ core runs
with the GIL released, so threads analyze side by side.

Offsets: every ``start``/``end`` counts UTF-16 code units, as the contract says (so that
JavaScript's ``text.slice(start, end)`` is the span). Python indexes a ``str`` by code
points, and the two differ after any character beyond the BMP (an emoji, 𝐀): use
``span_text(text, span)`` or ``Utf16Offsets(text)`` to slice, never ``text[start:end]``.
"""

import json as _json

from . import _core
from .offsets import Utf16Offsets, span_text, utf16_to_index

__version__ = _core.version()
DEFAULT_MAX_BYTES = _core.DEFAULT_MAX_BYTES

__all__ = [
    "analyze",
    "analyze_json",
    "analyze_many",
    "analyze_many_json",
    "analyze_jsonl",
    "span_text",
    "utf16_to_index",
    "Utf16Offsets",
    "DEFAULT_MAX_BYTES",
    "__version__",
]


def _check_max_bytes(max_bytes):
    if max_bytes is None:
        return None
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int):
        raise TypeError(f"max_bytes must be int or None, not {type(max_bytes).__name__}")
    if max_bytes < 0:
        raise ValueError(f"max_bytes must be >= 0, got {max_bytes}")
    return max_bytes


def _check_str(value, what, none_ok=False):
    if (value is None and none_ok) or isinstance(value, str):
        return value
    raise TypeError(
        f"{what} must be str{' or None' if none_ok else ''}, not {type(value).__name__}"
    )


def analyze_json(text, date=None, max_bytes=None):
    """The analysis of one article as the CLI prints it (one line of JSON, keys sorted).

    ``date`` is the publication date, ``YYYY-MM-DD`` (it resolves "on Wednesday"; a bad
    one is ignored with a ``bad_date`` warning); without it a dateline in the text is
    used. Text longer than ``max_bytes`` UTF-8 bytes (default 20 MiB) is cut, with an
    ``input_truncated`` warning. Lone surrogates in ``text`` count as invalid UTF-8: they
    are replaced, with an ``invalid_utf8`` warning.
    """
    _check_str(text, "text")
    _check_str(date, "date", none_ok=True)
    return _core.analyze_json(text, date, _check_max_bytes(max_bytes))


def analyze(text, date=None, max_bytes=None):
    """The analysis of one article as a dict (the ``finlens/1`` object); see analyze_json."""
    return _json.loads(analyze_json(text, date, max_bytes))


def _article(position, article):
    """(id, text, date) of one item of analyze_many's list: a str, or a dict
    {"text", "id"?, "date"?}; the id defaults to the 1-based position, as the CLI's
    ``--jsonl --merge`` numbers lines."""
    if isinstance(article, str):
        return str(position), article, None
    if not isinstance(article, dict):
        raise TypeError(f"an article must be str or dict, not {type(article).__name__}")
    if "text" not in article:
        raise ValueError(f"article {position} has no 'text'")
    ident = article.get("id", position)
    if not isinstance(ident, str):
        ident = _json.dumps(ident, ensure_ascii=False, separators=(",", ":"))
    return ident, _check_str(article["text"], "text"), _check_str(article.get("date"), "date", True)


def analyze_many_json(articles, max_bytes=None):
    """Several articles and the view across them, as the CLI's ``--merge`` prints it:
    ``{"schema", "articles": [{"id", "analysis"}], "merged": {...}}``. ``articles`` is
    a list of str or of dicts ``{"text", "id"?, "date"?}``."""
    items = [_article(i + 1, a) for i, a in enumerate(articles)]
    return _core.analyze_many_json(items, _check_max_bytes(max_bytes))


def analyze_many(articles, max_bytes=None):
    """analyze_many_json as a dict."""
    return _json.loads(analyze_many_json(articles, max_bytes))


def analyze_jsonl(data, first_line=1, max_bytes=None):
    """The CLI's ``--jsonl`` on whole lines of a stream: ``data`` (bytes) holds lines
    ``{"id", "text", "date"?}``, the first being line ``first_line`` of its file; returns
    the output lines (bytes, each ending in a newline), the CLI's bytes. Blank lines are
    skipped but counted; a bad line gives ``{"error": "line N: ...", "id": ...}``."""
    if not isinstance(data, bytes):
        raise TypeError(f"data must be bytes, not {type(data).__name__}")
    if isinstance(first_line, bool) or not isinstance(first_line, int) or first_line < 1:
        raise ValueError(f"first_line must be an int >= 1, got {first_line!r}")
    max_bytes = _check_max_bytes(max_bytes)
    return _core.analyze_jsonl(
        data, first_line, DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
    )
