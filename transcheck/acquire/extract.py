"""Main text and metadata of an HTML page, with trafilatura.

trafilatura (include_comments=False) was the best extractor measured (DESIGN.md §2); its
plain-text output puts one paragraph (or list item, heading, table row) per line, which is
what later stages split into sentences. What it leaves behind (captions ending in "|",
`[Anzeige_2]`) is for clean.py.
"""

from __future__ import annotations

import html as html_lib
import logging
import re
from dataclasses import dataclass

# trafilatura and htmldate log warnings about odd pages; with no handler Python would print
# them on stderr, between our one-line messages. A NullHandler keeps them out of sight.
for _name in ("trafilatura", "htmldate", "courlan"):
    _logger = logging.getLogger(_name)
    if not _logger.handlers:
        _logger.addHandler(logging.NullHandler())
        _logger.propagate = False

_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)


@dataclass(frozen=True)
class Extracted:
    """What the extractor found: paragraphs in order, plus the page's metadata."""

    title: str | None
    date: str | None
    author: str | None
    paragraphs: tuple[str, ...]


def extract_html(html: str, url: str | None = None) -> Extracted:
    """The article text of `html`, one paragraph per item; empty when nothing was found."""
    import trafilatura  # 0.2 s to import: only when there is HTML to extract

    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            include_comments=False,
            include_tables=True,
            with_metadata=True,
        )
    except Exception:  # trafilatura fails on some broken markup: treat it as "nothing found"
        doc = None
    text = getattr(doc, "text", None) or ""
    paragraphs = tuple(line.rstrip() for line in text.splitlines() if line.strip())
    return Extracted(
        title=_clean(getattr(doc, "title", None)) or page_title(html),
        date=_clean(getattr(doc, "date", None)),
        author=_clean(getattr(doc, "author", None)),
        paragraphs=paragraphs,
    )


def page_title(html: str) -> str | None:
    """The document's <title>, unescaped and with collapsed whitespace."""
    match = _TITLE.search(html[:200_000])
    return _clean(html_lib.unescape(match.group(1))) if match else None


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return text or None
