"""The extractor over trafilatura's evaluation pages (read in place; skipped when absent)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from transcheck.acquire.clean import clean
from transcheck.acquire.decode import decode_text
from transcheck.acquire.extract import extract_html

DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "extraction-trafilatura"


def _pages() -> list[tuple[str, dict]]:
    gold_file = DATA / "evaldata.json"
    if not gold_file.exists():
        return []
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    return [
        (url, entry) for url, entry in gold.items() if (DATA / "cache" / entry["file"]).exists()
    ]


@pytest.fixture(scope="module")
def pages() -> list[tuple[str, dict]]:
    found = _pages()
    if not found:
        pytest.skip(f"extraction evaluation data not found under {DATA}")
    return found


def _squash(text: str) -> str:
    return " ".join(text.split())


def test_every_page_extracts_and_cleaning_keeps_the_article(pages) -> None:
    """No crash on ~100 real pages; cleaning never removes a snippet that must stay."""
    lost = []
    extracted_any = 0
    for url, entry in pages:
        html = decode_text((DATA / "cache" / entry["file"]).read_bytes(), None, html=True)
        assert html is not None, entry["file"]
        extracted = extract_html(html, url)
        kept, boilerplate = clean(extracted.paragraphs)
        assert len(kept) + len(boilerplate) == len(extracted.paragraphs)  # nothing vanishes
        extracted_any += bool(kept)
        before, after = _squash("\n".join(extracted.paragraphs)), _squash("\n".join(kept))
        lost += [
            (entry["file"], s)
            for s in entry["with"]
            if _squash(s) in before and _squash(s) not in after
        ]
    assert lost == []
    assert extracted_any >= 0.9 * len(pages)
