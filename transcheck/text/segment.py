"""Sentence splitting for de/en/fr/vi: paragraphs first, then pysbd, then small repairs.

pysbd has no Vietnamese rules, splits before closing quotes in German and after
abbreviations followed by a number ("16 nov. 2024"); the repairs below undo those cuts.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pysbd

_PYSBD_LANGS = {"en", "de", "fr", "es", "it", "nl", "pl", "ru", "da", "el", "hi", "ja", "zh"}

# Vietnamese abbreviations containing dots that must not end a sentence.
_VI_ABBREVIATIONS = (
    "TP.HCM",
    "Tp.HCM",
    "TP.Hồ Chí Minh",
    "PGS.TS.",
    "PGS.TS",
    "GS.TS.",
    "GS.TS",
    "TS.",
    "ThS.",
    "BS.",
    "KS.",
    "Th.S",
    "TT.",
    "Q.",
    "P.",
    "TX.",
    "TT-Huế",
)
_PLACEHOLDER = "\u2063"  # invisible separator: stands for "." inside protected abbreviations
_CLOSERS = set("\"'»«“”„‘’)]}›")
_AFTER_QUOTE = re.compile(r"(?<=[.!?][”\"»“’])\s+(?=[A-ZÀ-ỸĐ„“«\"])")
_SHORT_ABBREV_END = re.compile(r"(?:^|\s)[A-Za-zÀ-ỹ]{1,4}\.$")


@lru_cache(maxsize=16)
def _segmenter(lang: str) -> pysbd.Segmenter:
    return pysbd.Segmenter(language=lang if lang in _PYSBD_LANGS else "en", clean=False)


def split_paragraph(paragraph: str, lang: str) -> list[str]:
    """Split one paragraph into sentences, stripped, none empty."""
    text = " ".join(paragraph.split())
    if not text:
        return []
    if lang == "vi":
        for abbr in _VI_ABBREVIATIONS:
            text = text.replace(abbr, abbr.replace(".", _PLACEHOLDER))
    pieces = [p.strip() for p in _segmenter(lang).segment(text)]
    # pysbd keeps 'said: "… end." Next sentence' together; cut after a closing quote.
    pieces = [q.strip() for p in pieces for q in _AFTER_QUOTE.split(p) if q.strip()]
    merged: list[str] = []
    for piece in pieces:
        if merged and _belongs_to_previous(merged[-1], piece):
            merged[-1] = f"{merged[-1]} {piece}" if piece[0] not in _CLOSERS else merged[-1] + piece
        else:
            merged.append(piece)
    return [m.replace(_PLACEHOLDER, ".") for m in merged]


def _belongs_to_previous(prev: str, piece: str) -> bool:
    """Whether pysbd cut a sentence too early (closing quote, abbreviation + number)."""
    if all(ch in _CLOSERS or ch.isspace() for ch in piece):
        return True
    if piece[0] in _CLOSERS and len(piece) <= 2:
        return True
    first = piece[0]
    if first.islower():
        return True
    return bool(first.isdigit() and _SHORT_ABBREV_END.search(prev))


def split(paragraphs: list[str] | tuple[str, ...], lang: str) -> list[tuple[int, str]]:
    """Split paragraphs into (paragraph index, sentence) pairs, in order."""
    out: list[tuple[int, str]] = []
    for p_index, paragraph in enumerate(paragraphs):
        out.extend((p_index, s) for s in split_paragraph(paragraph, lang))
    return out
