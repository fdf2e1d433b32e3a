"""The source URL comes from the translation's credit line, at the end or at the top."""

from __future__ import annotations

from pathlib import Path

import pytest

from transcheck.acquire.provenance import find_credit_link, find_credit_url

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "article.de.txt"
BODY = ["Erster Satz des Artikels.", "Zweiter Satz mit mehr Inhalt.", "Dritter Satz."]


def test_seed_credit_url() -> None:
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED}")
    url = find_credit_url(SEED.read_text(encoding="utf-8").splitlines())
    assert url is not None
    assert url.startswith("https://baoquocte.vn/") and url.endswith("-294058.html")


@pytest.mark.parametrize(
    ("line", "url"),
    [
        ("Quelle: https://a.vn/x-1.html", "https://a.vn/x-1.html"),
        ("Source: https://www.reuters.com/world/story/", "https://www.reuters.com/world/story/"),
        ("Nguồn: https://vnexpress.net/bai-4812345.html", "https://vnexpress.net/bai-4812345.html"),
        (
            "Original: www.spiegel.de/politik/a-123.html",
            "https://www.spiegel.de/politik/a-123.html",
        ),
        ("Source : Le Monde (https://www.lemonde.fr/a/b.html).", "https://www.lemonde.fr/a/b.html"),
        ("Nguồn: <https://tuoitre.vn/a-1.htm>", "https://tuoitre.vn/a-1.htm"),
        ("(Quelle: https://a.de/b?id=1&x=2)", "https://a.de/b?id=1&x=2"),
    ],
)
def test_credit_line_at_the_end(line: str, url: str) -> None:
    assert find_credit_url([*BODY, line, "Kommentar (0)"]) == url


def test_credit_line_at_the_top() -> None:
    assert find_credit_url(["Quelle: https://a.vn/top.html", *BODY]) == "https://a.vn/top.html"


def test_end_wins_over_top() -> None:
    lines = ["Quelle: https://a.vn/top.html", *BODY, "Quelle: https://a.vn/end.html"]
    assert find_credit_url(lines) == "https://a.vn/end.html"


def test_credit_inside_a_line() -> None:
    lines = [*BODY, "Übersetzt aus dem Vietnamesischen. Quelle: https://a.vn/in-line.html."]
    assert find_credit_url(lines) == "https://a.vn/in-line.html"


@pytest.mark.parametrize(
    "lines",
    [
        BODY,
        [*BODY, "Quelle: The New York Times"],
        [*BODY, "Mehr unter https://example.org/mehr.html"],  # a URL, but no credit label
        [*BODY, "Quelle: ftp://example.org/file"],
    ],
)
def test_no_credit_url(lines: list[str]) -> None:
    assert find_credit_url(lines) is None


def test_credit_link_in_html() -> None:
    html = (
        "<html><body><article><p>Text.</p></article><footer>"
        '<p>Quelle: <a href="https://baoquocte.vn/a-294058.html">Báo Quốc tế</a></p>'
        "</footer></body></html>"
    )
    assert find_credit_link(html) == "https://baoquocte.vn/a-294058.html"


def test_links_without_a_credit_label_are_ignored() -> None:
    html = '<html><body><p>Mehr dazu <a href="https://example.org/x">hier</a>.</p></body></html>'
    assert find_credit_link(html) is None
