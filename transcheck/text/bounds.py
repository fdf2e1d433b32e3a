"""Limits said on either side of a whole number: "under 16" is "up to 15".

Translators move an age limit between its exclusive and inclusive forms as their language
prefers: "children under 16" becomes "Kinder bis 15 Jahre", "over-65s" "les 66 ans et
plus", "ab 18" "over 17". Read as numbers, 16 and 15 differ; read as limits, they are one.
`limits` reads the limits a sentence states, each as its kind and value ("below", 16) and
("up to", 15), and `same_limit` says whether two of them draw the same line on whole
numbers. Only whole numbers under 130 count (ages, counts of years): "under 2 kilograms"
and "up to 1.9" do not state one limit.
"""

from __future__ import annotations

import re
from functools import lru_cache

from transcheck.text.numwords import number_words

# Each kind, per language, as the words before the number and (after it) those after it.
_BEFORE = {
    "below": {
        "en": r"under|below|younger\s+than|less\s+than",
        "de": r"unter|jünger\s+als|weniger\s+als",
        "fr": r"moins\s+de|en\s+dessous\s+de|de\s+moins\s+de",
        "vi": r"dưới|chưa\s+đủ|chưa\s+tới|chưa\s+đến",
    },
    "up to": {
        "en": r"up\s+to|at\s+most",
        "de": r"bis(?:\s+zu)?|bis\s+einschließlich|höchstens",
        "fr": r"jusqu['’]\s?à|au\s+plus|au\s+maximum",
        "vi": r"đến|tới|tối\s+đa",
    },
    "above": {
        "en": r"over|above|older\s+than|more\s+than",
        "de": r"über|älter\s+als|mehr\s+als",
        "fr": r"plus\s+de|de\s+plus\s+de|au-delà\s+de",
        "vi": r"trên|hơn",
    },
    "from": {
        "en": r"from|aged|at\s+least",
        "de": r"ab|mindestens",
        "fr": r"dès|à\s+partir\s+de|au\s+moins",
        "vi": r"từ|ít\s+nhất|tối\s+thiểu",
    },
}
_AFTER = {
    "up to": {
        "en": r"(?:years?\s+old\s+)?and\s+(?:under|younger|below)",
        "de": r"(?:jahre\s+)?und\s+jünger",
        "fr": r"ans\s+(?:et\s+moins|ou\s+moins)",
        "vi": r"tuổi\s+trở\s+xuống",
    },
    "from": {
        "en": r"(?:years?\s+old\s+)?and\s+(?:over|older|above)|\+",
        "de": r"(?:jahre\s+)?und\s+(?:älter|mehr)|\+",
        "fr": r"ans\s+(?:et\s+plus|ou\s+plus)|\+",
        "vi": r"tuổi\s+trở\s+lên",
    },
}
# a limit draws the line between two whole numbers: what each kind lets in
_LINE = {"below": (-1, "up to"), "above": (1, "from")}
_LARGEST = 130


@lru_cache(maxsize=8)
def _patterns(lang: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    out = []
    for kind, said in _BEFORE.items():
        if lang in said:
            out.append((kind, re.compile(rf"(?<!\w)(?:{said[lang]})\s+(\d{{1,3}})(?![\d.,]\d)")))
    for kind, said in _AFTER.items():
        if lang in said:
            out.append((kind, re.compile(rf"(?<![\w.,])(\d{{1,3}})\s*(?:{said[lang]})(?!\w)")))
    return tuple(out)


def limits(text: str, lang: str) -> frozenset[tuple[str, int]]:
    """The limits a sentence states on whole numbers: (kind, value) with kind "below",
    "up to", "above" or "from"; a number in words counts too ("bis zwölf Jahre")."""
    lower = _in_digits(text.lower(), lang)
    found = set()
    for kind, pattern in _patterns(lang):
        for m in pattern.finditer(lower):
            value = int(m.group(1))
            if value < _LARGEST:
                found.add((kind, value))
    return frozenset(found)


def _in_digits(text: str, lang: str) -> str:
    """The text with its number words written in digits ("bis zwölf" → "bis 12")."""
    found = number_words(text, lang)
    for word in reversed(found):
        if word.value == int(word.value):
            text = f"{text[: word.start]}{int(word.value)}{text[word.end :]}"
    return text


def same_limit(one: tuple[str, int], other: tuple[str, int]) -> bool:
    """Whether two limits let in the same whole numbers: ("below", 16) and ("up to", 15),
    ("above", 17) and ("from", 18)."""
    for (kind, value), (their_kind, their_value) in ((one, other), (other, one)):
        if kind in _LINE:
            step, inclusive = _LINE[kind]
            if their_kind == inclusive and their_value == value + step:
                return True
    return False
