"""render(): every format from the same Report, including a bare one with nothing in it."""

from __future__ import annotations

import json

import jsonschema
import pytest

from transcheck.model import Article, Report, Side, Summary, Translations
from transcheck.report import FORMATS, render


def bare_report() -> Report:
    """What the pipeline could produce for two empty documents with no MT at all."""

    def side(role: str, lang: str) -> Side:
        article = Article(None, "-", None, None, None, ())
        return Side(role=role, article=article, lang=lang, sentences=())

    return Report(
        source=side("source", "fr"),
        translation=side("translation", "de"),
        translations=Translations(src_to_tgt=(), tgt_to_src=()),
        alignment=(),
        findings=(),
        summary=Summary("faithful", 1.0, 1.0, {}),
        signature={},
    )


@pytest.mark.parametrize("fmt", FORMATS)
def test_bare_report_renders(fmt, report_schema):
    text = render(bare_report(), fmt, width=90, color=False)
    assert "faithful" in text
    if fmt == "json":
        jsonschema.validate(json.loads(text), report_schema)


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_shows_the_same_findings(realistic, fmt):
    text = render(realistic, fmt, width=200, color=False)
    for needle in ("30.000", "Experten machen den Klimawandel", "Chính quyền địa phương"):
        assert needle in text, f"{fmt} lacks {needle!r}"


def test_sentences_without_mt_show_the_original(realistic):
    text = render(realistic, "rich", width=200, color=False)
    row = next(line for line in text.splitlines() if line.lstrip().startswith("3→3–4"))
    assert "Nhiều tuyến đường" in row and "Viele Straßen" in row
