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

    html = keep_lead_teasers(html)
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


_TEASER = re.compile(r"teaser", re.I)
_TEASER_BLOCKS = (
    "//article//*[self::p or self::div][contains(translate(@class, 'TEASR', 'teasr'), 'teaser')"
    " or contains(translate(@id, 'TEASR', 'teasr'), 'teaser')]"
)
_LEAD_MIN_LETTERS = 40
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def keep_lead_teasers(html: str) -> str:
    """The page with its article's lead paragraph no longer marked as a teaser.

    trafilatura drops every element whose class or id says "teaser" (mostly cards that
    advertise other articles), but German news pages also mark the article's own lead so
    (`<p class="teaser">`, `<div class="teaser-text">`), and a lost lead reads as an
    addition of the translation. A paragraph or div is taken for that lead when it says a
    sentence, links nowhere and sits in no link (a card sits in one: the related-article
    summaries of sueddeutsche.de and heise.de in the extraction evaluation), its
    `<article>` is no teaser card itself, and at least two of that article's paragraphs
    follow it. Its teaser class and id are taken off; pages without such a lead pass
    unchanged.
    """
    if not _TEASER.search(html):
        return html
    from lxml import etree
    from lxml import html as lxml_html

    try:  # lxml refuses a str that declares its encoding (XHTML): the str is decoded
        tree = lxml_html.fromstring(_XML_DECLARATION.sub("", html, count=1))
    except (ValueError, etree.ParserError):  # no markup at all
        return html
    changed = False
    for block in tree.xpath(_TEASER_BLOCKS):
        if _is_lead(block):
            for attribute in ("class", "id"):
                if _TEASER.search(block.get(attribute, "")):
                    block.set(attribute, "lead")
            changed = True
    if not changed:
        return html
    return lxml_html.tostring(tree, encoding="unicode", doctype="<!DOCTYPE html>")


def _is_lead(block) -> bool:  # an lxml element
    if not _says_a_sentence(block) or block.xpath(".//a | ancestor::a"):
        return False
    article = block.xpath("ancestor::article[1]")[0]
    if _TEASER.search(f"{article.get('class', '')} {article.get('id', '')}"):
        return False
    after = [p for p in block.xpath("following::p") if p.xpath("ancestor::article[1]") == [article]]
    return sum(_says_a_sentence(p) and not _TEASER.search(p.get("class", "")) for p in after) >= 2


def _says_a_sentence(paragraph) -> bool:
    return sum(ch.isalpha() for ch in paragraph.text_content()) >= _LEAD_MIN_LETTERS


def page_title(html: str) -> str | None:
    """The document's <title>, unescaped and with collapsed whitespace."""
    match = _TITLE.search(html[:200_000])
    return _clean(html_lib.unescape(match.group(1))) if match else None


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return text or None
