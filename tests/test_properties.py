"""Property tests: hostile Unicode never crashes segmentation, alignment, check or reports.

Texts mix arbitrary code points with specimens a news pipeline meets: right-to-left
scripts and bidi controls, combining marks, emoji ZWJ sequences, C0/C1 controls, and very
long lines. The embedding model is replaced by a deterministic hash embedder (identical
texts get identical unit vectors), so the properties run in seconds without the model.
Example counts are fixed per test (EXAMPLES below); their sum is the fuzz-case count.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

import jsonschema
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transcheck.compare.align import SHAPES, align
from transcheck.compare.similarity import Scorer, side_features
from transcheck.model import Bead, Finding, Report
from transcheck.pipeline import check_texts
from transcheck.report import FORMATS, render
from transcheck.text.segment import split_paragraph

SCHEMA = json.loads(
    (Path(__file__).resolve().parents[1] / "docs" / "report.schema.json").read_text("utf-8")
)
LANGS = ("de", "en", "fr", "vi", "ar")
DIM = 32

# Examples per property: their sum is the number of fuzz cases one run makes.
# TRANSCHECK_FUZZ=10 multiplies them for a deeper hunt (not in the normal suite).
_SCALE = max(1, int(os.environ.get("TRANSCHECK_FUZZ", "1")))
EXAMPLES = {
    name: count * _SCALE
    for name, count in {"segment": 300, "align": 300, "check": 120, "render": 80}.items()
}

SPECIMENS = (
    "مرحبا بالعالم. هذا اختبار!",  # Arabic, RTL
    "שלום עולם? כן.",  # Hebrew, RTL
    "\u202eevil\u202c text \u2066isolated\u2069.",  # bidi override / isolate controls
    "e\u0301\u0301\u0301 Zalgo t\u0336\u0337e\u0338x\u0335t.",  # stacked combining marks
    "👨\u200d👩\u200d👧\u200d👦 Familie 🇩🇪🇻🇳 👍🏽.",  # ZWJ sequences, flags, skin tone
    "Tab\there, bell\x07, NUL-free \x1b[31mANSI\x1b[0m, C1 \x85 line\u2028break.",
    "Số liệu: 10.000 người, 3,5 % — ngày 16/11/2024. TP.HCM.",
    "Er sagte: »Nein.« Dann ging er.",
    "[Anzeige_2] | <script>alert(1)</script> & </td> {{x}} ${y} **bold** `code`",
    "\ufeffBOM first. \u2063Invisible separator. \u00ad soft hyphen.",
    "１２３ full-width digits and 一二三 CJK。次の文。",
    ".",
    "   ",
    "",
)


def _long_line(parts: tuple[str, int]) -> str:
    piece, times = parts
    return piece * times


texts = st.one_of(
    st.text(max_size=60),
    st.sampled_from(SPECIMENS),
    st.lists(st.sampled_from(SPECIMENS), min_size=1, max_size=4).map(" ".join),
    st.tuples(st.text(min_size=1, max_size=12), st.integers(50, 400)).map(_long_line),
)


def fake_embed(items: Sequence[str]) -> np.ndarray:
    """Unit vectors seeded by a hash of the text: deterministic, equal texts agree."""
    out = np.zeros((len(items), DIM), dtype=np.float32)
    for i, text in enumerate(items):
        digest = hashlib.sha1(text.encode("utf-8", "surrogatepass")).digest()
        vec = np.random.default_rng(int.from_bytes(digest[:8], "little")).standard_normal(DIM)
        out[i] = vec / np.linalg.norm(vec)
    return out


class FakeEmbedder:
    """Stands in for compare.embed.Embedder (embed + close), without the model or a cache."""

    def embed(self, items: Sequence[str]) -> np.ndarray:
        return fake_embed(items)

    def close(self) -> None:
        pass


@pytest.fixture(scope="module", autouse=True)
def _no_model() -> Iterator[None]:
    """check_texts builds its scorer through make_embedder: hand it the fake."""
    patch = pytest.MonkeyPatch()
    patch.setattr("transcheck.compare.make_embedder", lambda *args, **kwargs: FakeEmbedder())
    yield
    patch.undo()


@st.composite
def documents(draw: st.DrawFn) -> tuple[list[str], list[str]]:
    """A source and a translation that shares some of its sentences (so beads form)."""
    src = draw(st.lists(texts, max_size=7))
    choices = [texts, st.sampled_from(src)] if src else [texts]
    tgt = draw(st.lists(st.one_of(*choices), max_size=7))
    return src, tgt


def optional_mt(size: int) -> st.SearchStrategy[list[str | None] | None]:
    return st.one_of(st.none(), st.lists(st.none() | texts, min_size=size, max_size=size))


def assert_covers_once(beads: Sequence[Bead], n: int, m: int) -> None:
    """Every sentence of both sides exactly once, in order; no empty bead; known shapes."""
    assert [i for b in beads for i in b.src] == list(range(n))
    assert [j for b in beads for j in b.tgt] == list(range(m))
    allowed = {(s.src, s.tgt) for s in SHAPES}
    assert all(b.shape in allowed for b in beads)


# --- segmentation -------------------------------------------------------------------------


@settings(max_examples=EXAMPLES["segment"], deadline=None)
@given(paragraph=texts, lang=st.sampled_from(LANGS))
def test_segmentation_never_crashes_and_loses_no_text(paragraph, lang):
    sentences = split_paragraph(paragraph, lang)
    assert all(s and s == s.strip() for s in sentences)
    # nothing is dropped or invented: the non-space characters survive, in order
    kept = "".join("".join(s.split()) for s in sentences)
    assert kept == "".join(paragraph.split())


# --- alignment ----------------------------------------------------------------------------


@settings(max_examples=EXAMPLES["align"], deadline=None)
@given(docs=documents(), data=st.data())
def test_alignment_keeps_every_sentence_once_in_order(docs, data):
    src, tgt = docs
    src_mt = data.draw(optional_mt(len(src)))
    tgt_mt = data.draw(optional_mt(len(tgt)))
    scorer = Scorer(
        side_features(src, "en", fake_embed, src_mt), side_features(tgt, "de", fake_embed, tgt_mt)
    )
    beads = align(scorer)
    assert_covers_once(beads, len(src), len(tgt))
    assert all(np.isfinite(b.score) for b in beads)


# --- check_texts --------------------------------------------------------------------------


@settings(
    max_examples=EXAMPLES["check"],
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(docs=documents(), langs=st.tuples(st.sampled_from(LANGS), st.sampled_from(LANGS)))
def test_check_texts_never_crashes_and_covers_every_sentence(docs, langs):
    src, tgt = docs
    report = check_texts(src, tgt, *langs)
    assert_covers_once(report.alignment, len(src), len(tgt))
    for f in report.findings:
        assert all(0 <= i < len(src) for i in f.src) and all(0 <= j < len(tgt) for j in f.tgt)
        assert 0.0 <= f.confidence <= 1.0
    assert 0.0 <= report.summary.coverage <= 1.0 and 0.0 <= report.summary.support <= 1.0


# --- every report format ------------------------------------------------------------------


@st.composite
def reports(draw: st.DrawFn) -> Report:
    """A real report (fake embedder) with hostile titles, URLs, boilerplate and one finding."""
    src, tgt = draw(documents())
    report = check_texts(src, tgt, draw(st.sampled_from(LANGS)), draw(st.sampled_from(LANGS)))
    article = dataclasses.replace(
        report.source.article,
        title=draw(st.none() | texts),
        url=draw(st.none() | texts.map(lambda t: "https://example.org/" + t)),
        boilerplate=tuple(draw(st.lists(texts, max_size=3))),
    )
    source = dataclasses.replace(report.source, article=article)
    extra = Finding(
        kind=draw(st.sampled_from(["omission", "addition", "shift", "moved"])),
        severity=draw(st.sampled_from(["low", "medium", "high"])),
        confidence=draw(st.floats(0.0, 1.0)),
        src=tuple(range(min(1, len(src)))),
        tgt=tuple(range(min(1, len(tgt)))),
        src_text=draw(texts),
        tgt_text=draw(texts),
        reasons=tuple(draw(st.lists(texts, max_size=2))),
        evidence={
            "mt": draw(texts),
            "tokens": {"src": draw(st.lists(texts, max_size=2)), "tgt": draw(st.lists(texts))},
        },
    )
    return dataclasses.replace(report, source=source, findings=(*report.findings, extra))


@settings(
    max_examples=EXAMPLES["render"],
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(report=reports(), width=st.integers(40, 200), only_findings=st.booleans())
def test_every_format_renders_and_json_validates(report, width, only_findings):
    for fmt in FORMATS:
        for color in (False, True):
            text = render(report, fmt, width=width, color=color, only_findings=only_findings)
            assert isinstance(text, str) and text
    data = json.loads(render(report, "json"))
    jsonschema.validate(data, SCHEMA)
    assert data["source"]["sentences"] == report.source.texts
    assert data["translation"]["sentences"] == report.translation.texts
    assert data["source"]["title"] == report.source.article.title
    n, m = len(report.source.sentences), len(report.translation.sentences)
    assert [i for pair in data["alignment"] for i in pair[0]] == list(range(n))
    assert [j for pair in data["alignment"] for j in pair[1]] == list(range(m))
    assert data["findings"][-1]["src_text"] == report.findings[-1].src_text
