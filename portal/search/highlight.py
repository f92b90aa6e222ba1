"""Snippets with the matched words marked, safe to put in a page."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .text import fold

# Sentinels around highlighted words: control characters never occur in indexed text, so a
# snippet can be HTML-escaped first and the sentinels turned into <mark> afterwards.
MARK_START = "\x02"
MARK_END = "\x03"


def marked_snippet(headline):
    """A PostgreSQL headline as HTML: escape the text first, then turn sentinels into <mark>."""
    escaped = escape(headline or "")
    return mark_safe(escaped.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))  # noqa: S308


def snippet_around(text, prefixes, width=220):
    """A piece of `text` around the first word starting with one of the folded `prefixes`,
    those words marked (the SQLite fallback's stand-in for ts_headline)."""
    folded, origin = _folded_with_origin(text)
    spans = []
    for prefix in prefixes:
        for match in re.finditer(rf"\b{re.escape(prefix)}\w*", folded):
            spans.append((origin[match.start()], origin[match.end() - 1] + 1))
    spans.sort()
    start = max(0, spans[0][0] - width // 3) if spans else 0
    end = min(len(text), start + width)
    if start:
        start = text.find(" ", start) + 1 or start
    pieces, cursor = [], start
    for span_start, span_end in spans:
        if span_start < cursor or span_end > end:
            continue
        pieces += [text[cursor:span_start], MARK_START, text[span_start:span_end], MARK_END]
        cursor = span_end
    pieces.append(text[cursor:end])
    return marked_snippet(("… " if start else "") + "".join(pieces) + (" …" if end < len(text) else ""))


def _folded_with_origin(text):
    """The folded text, and for each of its characters the index of the character it came from."""
    folded, origin = [], []
    for index, char in enumerate(text):
        for folded_char in fold(char):
            folded.append(folded_char)
            origin.append(index)
    return "".join(folded), origin
