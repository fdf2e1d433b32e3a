"""robots.txt is honoured only with --respect-robots, through protego."""

from __future__ import annotations

import dataclasses
import re

import pytest
from acquire_server import ARTICLE_PARAGRAPHS, Server

from transcheck.acquire.fetch import fetch
from transcheck.acquire.robots import RobotsGate
from transcheck.errors import FetchError


def test_disallowed_page_is_refused(server: Server, options, settings) -> None:
    polite = dataclasses.replace(options, respect_robots=True)
    with pytest.raises(FetchError) as caught:
        fetch(server.url("/private/article?r1"), polite, settings=settings)
    assert caught.value.exit_code == 3
    assert "robots.txt" in str(caught.value) and "disallows" in str(caught.value)
    assert server.hits["/private/article?r1"] == 0


def test_allowed_page_is_fetched(server: Server, options, settings) -> None:
    polite = dataclasses.replace(options, respect_robots=True)
    page = fetch(server.url("/article?r2"), polite, settings=settings)
    assert ARTICLE_PARAGRAPHS[0] in page.body


def test_robots_ignored_unless_asked(server: Server, options, settings) -> None:
    page = fetch(server.url("/private/article?r3"), options, settings=settings)
    assert ARTICLE_PARAGRAPHS[0] in page.body


def test_gate_understands_wildcards_and_end_anchors() -> None:
    reads: list[str] = []

    def read(url: str) -> str:
        reads.append(url)
        return "User-agent: *\nDisallow: /*.pdf$\n"

    gate = RobotsGate(read)
    gate.check("https://example.org/files/a.pdf.html")  # "$": only names ending in .pdf
    with pytest.raises(FetchError, match=re.escape("disallows https://example.org/files/a.pdf ")):
        gate.check("https://example.org/files/a.pdf")
    assert reads == ["https://example.org/robots.txt"]  # read once per site


def test_missing_robots_allows_everything() -> None:
    reads: list[str] = []
    gate = RobotsGate(lambda url: reads.append(url))  # returns None: no robots.txt
    for path in ("/", "/private/x", "/a.pdf"):
        gate.check("https://example.org" + path)
    assert reads == ["https://example.org/robots.txt"]
