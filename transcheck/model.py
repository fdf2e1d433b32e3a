"""The shared vocabulary of transcheck: plain dataclasses every stage speaks.

Data flows one way (acquire → prepare → translate → compare → report); each stage takes
these objects and returns new ones. Nothing here does I/O or imports a stage.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

SCHEMA = "transcheck/report@1"

Role = Literal["source", "translation"]
FindingKind = Literal["omission", "addition", "shift", "moved"]
Severity = Literal["low", "medium", "high"]
SEVERITY_ORDER: dict[str, int] = {"low": 0, "medium": 1, "high": 2}


@dataclass(frozen=True)
class Page:
    """What acquisition brought back: raw text of a document and where it came from."""

    url: str | None  # http(s) URL, or None for files and stdin
    location: str  # what the user gave: URL, path or "-"
    body: str  # decoded text (HTML or plain text)
    content_type: str  # "text/html" or "text/plain"


@dataclass(frozen=True)
class Article:
    """An extracted, cleaned article: the text we compare plus what we set aside."""

    url: str | None
    location: str
    title: str | None
    date: str | None
    author: str | None
    paragraphs: tuple[str, ...]  # article text, one paragraph per item, junk removed
    boilerplate: tuple[str, ...] = ()  # lines removed by cleaning (ads, captions, credits)
    credit_url: str | None = None  # URL found in a "Quelle:/Source:/Nguồn:" line


@dataclass(frozen=True)
class Anchors:
    """Facts in a sentence that must survive translation."""

    numbers: tuple[str, ...] = ()  # normalised: "10000", "3.5", "2024"
    dates: tuple[str, ...] = ()  # normalised ISO-ish: "2024-11-16", "--11-16", "2024"
    names: tuple[str, ...] = ()  # surface forms of capitalised names / acronyms
    negations: int = 0  # count of negation cues
    measures: tuple[str, ...] = ()  # figures with a length or weight unit: "305 mm" (units.py)
    section: int | None = None  # number of a section or list item opening it: "13. …" → 13
    shares: tuple[str, ...] = ()  # fractions said in words: "a third of" → "33%" (shares.py)
    located: tuple[str, ...] = ()  # how far a place lies: "à 30 km au nord d'Édimbourg" → "30"
    since: tuple[str, ...] = ()  # years of a span up to now: "depuis trois ans" → "3"
    lunar: bool = False  # names a lunar-calendar day ("27 tháng Chạp"): dates.lunar_dates


@dataclass(frozen=True)
class Sentence:
    """One sentence of one side, with its position and anchors."""

    index: int
    text: str
    paragraph: int
    anchors: Anchors = field(default_factory=Anchors)


@dataclass(frozen=True)
class Side:
    """One prepared document: an article split into sentences in a known language."""

    role: Role
    article: Article
    lang: str
    sentences: tuple[Sentence, ...]

    @property
    def texts(self) -> list[str]:
        return [s.text for s in self.sentences]


@dataclass(frozen=True)
class MTInfo:
    """Which machine translation was available and used, for the signature and JSON."""

    engine: str  # "none", "memory", "argos", "memory+argos"
    available: bool
    packages: tuple[str, ...] = ()  # e.g. ("argos:vi-en@1.1", "argos:en-de@1.0")
    note: str | None = None  # why MT is missing, when it is


@dataclass(frozen=True)
class Translations:
    """Machine translations of each side into the other side's language (None = none)."""

    src_to_tgt: tuple[str | None, ...]  # per source sentence, in the translation's language
    tgt_to_src: tuple[str | None, ...]  # per translation sentence, in the source's language
    src_pivot: tuple[str | None, ...] = ()  # English pivot of the source, when pivoted
    tgt_pivot: tuple[str | None, ...] = ()  # English pivot of the translation
    info: MTInfo = field(default_factory=lambda: MTInfo(engine="none", available=False))


@dataclass(frozen=True)
class Bead:
    """One alignment link: source indices ↔ translation indices (either may be empty)."""

    src: tuple[int, ...]
    tgt: tuple[int, ...]
    score: float = 0.0  # similarity of the two spans, 0..1 (0 for one-sided beads)

    @property
    def shape(self) -> tuple[int, int]:
        return (len(self.src), len(self.tgt))


@dataclass(frozen=True)
class Finding:
    """Something a reader should know: an omission, addition, shift or move."""

    kind: FindingKind
    severity: Severity
    confidence: float  # calibrated probability that the finding is real
    src: tuple[int, ...]
    tgt: tuple[int, ...]
    src_text: str
    tgt_text: str
    reasons: tuple[str, ...] = ()  # "number mismatch", "name mismatch", "low similarity", ...
    evidence: dict = field(default_factory=dict)  # MT text, differing tokens, scores


@dataclass(frozen=True)
class Summary:
    verdict: str  # "faithful", "minor differences", "substantial differences", "not a translation"
    coverage: float  # share of source sentences with a counterpart
    support: float  # share of translation sentences backed by the source
    counts: dict[str, int]  # findings per kind


@dataclass(frozen=True)
class Report:
    """Everything a renderer needs; every output format is made from one of these."""

    source: Side
    translation: Side
    translations: Translations
    alignment: tuple[Bead, ...]
    findings: tuple[Finding, ...]
    summary: Summary
    signature: dict[str, str]  # versions, MT engine/packages, embedding model, thresholds
    schema: str = SCHEMA
