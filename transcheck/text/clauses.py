"""Clauses of a sentence: the pieces one can drop or add without breaking the sentence.

A whole-sentence embedding barely moves when one clause of a long sentence is dropped or a
short clause is added; compared clause by clause, the dropped clause has no counterpart.
Cuts are made at punctuation (never inside figures: "1,000"), at sentence ends inside a
line, and before clause conjunctions; pieces under three words join a neighbour.
"""

from __future__ import annotations

import re

_MIN_WORDS = 3  # clauses shorter than this are merged into a neighbour
_MAX_CLAUSES = 8
_BOUNDARY = {
    "en": r"\b(?:but|while|whereas|which|because|although|though|so that)\b",
    "de": r"\b(?:aber|sondern|während|weil|denn|obwohl|sodass)\b",
    "fr": r"\b(?:mais|tandis que|parce que|car|bien que)\b",
    "vi": r"(?<!\w)(?:nhưng|trong khi|vì|bởi vì|mặc dù)(?!\w)",
}
_PUNCT = re.compile(r"\s*(?:[,;:](?!\d)|[()\[\]]|\s[–—-]+\s|--)\s*")
_SENTENCE_END = re.compile(r"[.!?](?:[\"”»“]|\s)*\s+(?=[\"„“«]?[A-ZÄÖÜÀ-Þ])")


def clauses(text: str, lang: str) -> list[str]:
    """The sentence cut at punctuation and clause conjunctions, tiny pieces merged.

    Returns [] when the sentence is a single clause (the sentence itself covers it).
    """
    pieces: list[str] = []
    parts = [p for sent in _SENTENCE_END.split(text) for p in _PUNCT.split(sent)]
    for part in parts:
        pattern = _BOUNDARY.get(lang)
        sub = re.split(rf"\s(?={pattern})", part) if pattern else [part]
        pieces.extend(p.strip() for p in sub if p.strip())
    merged: list[str] = []
    for piece in pieces:
        if merged and (len(piece.split()) < _MIN_WORDS or len(merged[-1].split()) < _MIN_WORDS):
            merged[-1] = f"{merged[-1]} {piece}"
        else:
            merged.append(piece)
    if len(merged) > _MAX_CLAUSES:  # keep it bounded: join the tail
        merged = [*merged[: _MAX_CLAUSES - 1], " ".join(merged[_MAX_CLAUSES - 1 :])]
    return merged if len(merged) > 1 else []
