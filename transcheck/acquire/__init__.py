"""Acquisition: get an article from a URL, a file or stdin, as clean paragraphs.

    fetch (URL) | read_file | read_stdin  →  Page
    Page → extract (HTML) or lines (text) → credit URL → clean → Article

`load` is the one entry point the pipeline calls; errors are transcheck.errors classes
whose messages say what to do (the CLI maps them to exit codes).
"""

from __future__ import annotations

import re
from typing import TextIO
from urllib.parse import urlsplit

# Functions are imported under other names, so that `transcheck.acquire.fetch` and
# `transcheck.acquire.clean` stay the modules (`transcheck.acquire.fetch.fetch` works).
from transcheck.acquire.clean import clean as clean_lines
from transcheck.acquire.extract import extract_html
from transcheck.acquire.fetch import fetch as fetch_page
from transcheck.acquire.inputs import STDIN, read_file, read_stdin
from transcheck.acquire.provenance import find_credit_link, find_credit_url
from transcheck.errors import ExtractionError, InputError, UsageError
from transcheck.model import Article, Page
from transcheck.options import Options

MIN_ARTICLE_CHARS = 200  # less than this from a web page is a paywall, cookie wall or menu
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+://")

__all__ = ["MIN_ARTICLE_CHARS", "article_from_page", "load"]


def load(location: str, options: Options, *, stdin: TextIO | None = None) -> Article:
    """Load the article at `location`: an http(s) URL, a file path, or "-" for stdin."""
    if location == STDIN:
        page = read_stdin(stdin, options.max_bytes)
    elif _SCHEME.match(location):
        if urlsplit(location).scheme.lower() not in ("http", "https"):
            raise UsageError(
                f"only http:// and https:// addresses can be fetched, not {location!r}; "
                "download the page and pass the file instead"
            )
        page = fetch_page(location, options)
    else:
        page = read_file(location, options.max_bytes)
    return article_from_page(page)


def article_from_page(page: Page) -> Article:
    """Extract (HTML) or split (text), find the credit URL, and clean."""
    title = date = author = None
    credit_url = None
    if page.content_type == "text/html":
        extracted = extract_html(page.body, page.url)
        title, date, author = extracted.title, extracted.date, extracted.author
        lines = list(extracted.paragraphs)
        credit_url = find_credit_url(lines) or find_credit_link(page.body, page.url)
    else:
        lines = [line.rstrip() for line in page.body.splitlines() if line.strip()]
        credit_url = find_credit_url(lines)
    kept, boilerplate = clean_lines(lines)
    if title is None and kept and _looks_like_headline(kept[0]):
        title = kept[0]  # aggregators print the headline as the first line of plain text
    found = sum(len(p) for p in kept)
    fetched = page.url is not None
    if page.content_type == "text/html" or fetched:
        if found < MIN_ARTICLE_CHARS:
            named = f"{title!r}" if title else "the page"
            raise ExtractionError(
                f"no article text in {named} at {page.location}: found {found} characters "
                f"(less than {MIN_ARTICLE_CHARS}); a paywall, cookie wall or list page? "
                "Save the article's text to a file and pass that"
            )
    elif not kept:
        raise InputError(
            f"{_name(page)} holds only boilerplate ({len(boilerplate)} lines such as "
            f"{boilerplate[0]!r}); give the article's text itself"
        )
    return Article(
        url=page.url,
        location=page.location,
        title=title,
        date=date,
        author=author,
        paragraphs=tuple(kept),
        boilerplate=tuple(boilerplate),
        credit_url=credit_url,
    )


def _looks_like_headline(line: str) -> bool:
    """Short and without a sentence's final punctuation."""
    return len(line) <= 160 and not line.rstrip().endswith((".", "!", "?", "…", ":", '"', "“", "»"))


def _name(page: Page) -> str:
    return "standard input" if page.location == STDIN else page.location
