"""Where a translation says it came from: the URL in its credit line.

Aggregators end (or, less often, begin) a translated article with `Quelle: <url>`,
`Source: <url>`, `Nguồn: <url>` or `Original: <url>`. A credit line among the last few
lines wins, then one among the first few, then one anywhere, then a credit label followed
by a URL inside a line (as in "… übersetzt. Quelle: https://…"). A bare
"Quelle: The New York Times" has no URL and gives nothing: we never guess an address.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urljoin

_LABELS = (
    r"Quelle|Quellen|Originalartikel|Originaltext|Original|Source|Sources|Original article|"
    r"Originally published(?: (?:at|on|in))?|Nguồn|Nguồn tin|Bài gốc|Fonte|Fuente|Via|Link"
)
_URL = r"(?P<url>(?:https?://|www\.)[^\s<>\"'\]]+)"
_WHOLE_LINE = re.compile(
    rf"^\s*[(\[]?\s*(?:{_LABELS})\s*:\s*(?:[^:()\n]{{0,80}}?[(<\[]\s*)?{_URL}", re.I
)
_IN_LINE = re.compile(rf"(?:^|[\s(\[])(?:{_LABELS})\s*:\s*{_URL}", re.I)
_TRAILING = ".,;:!?)]}>»\"'"
_EDGE = 5  # lines counted as "the end" or "the top"


def find_credit_url(lines: Sequence[str]) -> str | None:
    """The source URL named in the translation's credit line, or None when there is none."""
    stripped = [line.strip() for line in lines if line.strip()]
    bottom_first = list(reversed(stripped))
    for candidates, pattern in (
        (bottom_first[:_EDGE], _WHOLE_LINE),  # a credit line at the end,
        (stripped[:_EDGE], _WHOLE_LINE),  # at the top,
        (bottom_first, _WHOLE_LINE),  # anywhere,
        (bottom_first, _IN_LINE),  # or inside a line
    ):
        for line in candidates:
            match = pattern.search(line)
            if match:
                return _tidy(match.group("url"))
    return None


def _tidy(url: str) -> str:
    """Drop punctuation that ends the sentence rather than the URL; add a scheme to www."""
    while url and url[-1] in _TRAILING:
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break  # a Wikipedia-style URL that ends in a balanced ")"
        url = url[:-1]
    return "https://" + url if url.lower().startswith("www.") else url


_LABEL_START = re.compile(rf"^\s*[(\[]?\s*(?:{_LABELS})\s*:", re.I)
_CREDIT_TAGS = ("p", "div", "span", "li", "small", "em", "i", "strong", "b", "footer", "cite")


def find_credit_link(html: str, base_url: str | None = None) -> str | None:
    """The link in a short "Quelle: <a href=…>Site</a>" element of an HTML page, if any.

    The extracted text keeps only the link's words ("Quelle: Báo Quốc tế"), so a page
    that credits its source with a link needs this look at the markup; the last such
    element on the page wins, as credit lines sit at the end.
    """
    import lxml.html  # trafilatura's dependency; imported late, as most inputs are text

    try:
        root = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    for element in reversed(list(root.iter(*_CREDIT_TAGS))):
        text = element.text_content()
        if len(text) > 300 or not _LABEL_START.match(text):
            continue
        for link in element.iter("a"):
            href = (link.get("href") or "").strip()
            if base_url:
                href = urljoin(base_url, href)
            if href.lower().startswith(("http://", "https://")):
                return href
    return None
