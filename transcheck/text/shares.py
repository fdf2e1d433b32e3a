"""Shares said as fractions ("a third of", "one in four", "ein Viertel", "la moitié", "1/4
số"), read as the percentage they mean.

Translators move between the two freely: "roughly one in four passengers" becomes
"khoảng 1/4 số khách" or "25 % der Fluggäste". Read as numbers, "one in four" is a 4 and
"1/4" a date (the first of April); read as shares, all three are "25%", and "a third"
against "a quarter" is a changed figure.

Each language says a fraction in more ways than a short list covers, so the two sides of
one sentence may not both be read. A share is therefore kept apart from the figures
(`Anchors.shares`), and mismatch.py counts one only against another share or a
percentage the other side states differently, never against silence or plain numbers; a
share that says its denominator as a number ("one in ten", "1/4 số") also gives that
number. Digit forms other than "1 in 4" and the Vietnamese "1/4 số" stay numbers ("3 sur
4" is said "3 of 4"), and a quarter of an hour, a quarter-final, the first half of a year,
a fifth term or a quarter of a million (numwords: 250,000) are no share of anything.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from transcheck.text.blanking import take

# numerators in words, per language ("le tiers du" is one third)
_NUMBERS = {
    "en": "a:1 one:1 two:2 three:3 four:4 five:5 six:6 seven:7 eight:8 nine:9 ten:10",
    "de": "ein:1 eine:1 einem:1 einen:1 zwei:2 drei:3 vier:4 fünf:5 sechs:6 sieben:7 acht:8 "
    "neun:9 zehn:10",
    "fr": "un:1 une:1 le:1 deux:2 trois:3 quatre:4 cinq:5 six:6 sept:7 huit:8 neuf:9 dix:10",
    "vi": "một:1 hai:2 ba:3 bốn:4 năm:5 sáu:6 bảy:7 tám:8 chín:9 mười:10",
}
# the parts they count, and the ordinals of "jeder vierte", "every fourth" ("every second"
# is a moment)
_PARTS = {
    "en": "third:3 thirds:3 quarter:4 quarters:4 fifth:5 fifths:5 tenth:10 tenths:10",
    "de": "drittel:3 viertel:4 fünftel:5 zehntel:10",
    "fr": "tiers:3 quart:4 quarts:4 cinquième:5 cinquièmes:5 dixième:10 dixièmes:10",
    "vi": "ba:3 tư:4 năm:5 mười:10",
}
_ORDINALS = {
    "en": "third:3 fourth:4 fifth:5 sixth:6 seventh:7 eighth:8 ninth:9 tenth:10",
    "de": "zweite:2 dritte:3 vierte:4 fünfte:5 sechste:6 siebte:7 achte:8 neunte:9 zehnte:10",
}
# "une baisse sur trois ans", "one in four years", "jeden dritten Tag" (every three days):
# a span of time or a frequency, not a share
_NOT_SPAN = {
    "en": r"(?!\s+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries)\b)",
    "de": r"(?!\s+(?:Jahr|Monat|Woche|Tag|Stunde|Minute|Mal)\w*)",
    "fr": r"(?!\s+(?:ans?|années?|mois|semaines?|jours?|heures?|minutes?|siècles?|km|"
    r"kilomètres?|mètres?)\b)",
}
# what follows an English or French fraction that is a share: "of", a comparative, "since",
# the end of a clause ("cut by a third."); not "a third straight title", "un cinquième mandat"
_EN_AFTER = (
    r"(?=\s+of\b(?!\s+an?\s+(?:hour|mile|century|point|thousand|million|billion)\b)"
    r"|\s+(?:longer|shorter|more|less|"
    r"fewer|higher|lower|larger|smaller|bigger|cheaper|since|from|in\s+\d)\b|\s*[,.;:)»”\"])"
)
_FR_AFTER = (
    r"(?=\s*(?:des?\b|du\b|d['’]|depuis\b|par\b|en\s+\d|[,.;:)»”\"]))"
    r"(?!\s*d['’]\s*heure|\s*de\s+(?:finale|siècle|tour|mille|millions?|milliards?)"
    r"|\s*des\s+finales)"
)
# "nearly half", "more than half", "half of the"; not "the first half of"
_EN_HALF = (
    r"(?<!\w)(?:nearly|almost|about|around|roughly|more\s+than|less\s+than|over|under|some)"
    r"\s+half\b|(?<!first\s)(?<!second\s)(?<!other\s)(?<!\w)half\s+of\s+"
    r"(?:the|all|its|their|our|those|these|them|us)\b"
)
_FR_HALF = (
    r"(?<!\w)(?:la|de)\s+moitié\b"
    r"(?!\s+(?:de\s+l['’]\s*|du\s+)(?:année|saison|siècle|match|mois))"
)
# "1/4 số khách", "gần 1/3" (a share), not "ngày 1/4", "đến 1/3" (a date)
_VI_SLASH_BEFORE = (
    r"(?<![\w.,/])([1-9])/([2-9]|10)\s+"
    r"(?=(?:số|tổng\s+số|dân\s+số|diện\s+tích|trong\s+số|lượng|sản\s+lượng)(?!\w))"
)
_VI_SLASH_AFTER = (
    r"(?<!\w)(?:gần|khoảng|hơn|chừng|chiếm|còn|bằng|giảm|tăng|mất|xấp\s+xỉ|ít\s+nhất)\s+"
    r"([1-9])/([2-9]|10)(?![\d/])"
)
# "one in four", "1 in 10", "un passager sur quatre"; a numerator in words: "seven in ten",
# "sept sur dix", "sieben von zehn" ("3 sur 4" in digits stays numbers, as said above)
_ONE_IN = {
    "en": r"(?<!\w)(one|1|{w})\s+(?:in|out\s+of)\s+({n}|\d{{1,3}})(?![\w,.]\d)",
    "fr": (
        r"(?<![\w’'])(un|une|1|{w})\s+(?:(?!étoiles?\b|points?\b)[^\W\d_]+\s+)?sur\s+"
        r"({n}|\d{{1,3}})(?![\w,.]\d)"
    ),
    "de": r"(?<!\w)({w})\s+von\s+({n}|\d{{1,3}})(?![\w,.]\d)",
}
# "cứ bốn học sinh … thì có một em" (of every four pupils, one) = "25 % des écoliers"; the
# denominator comes first, and "cứ năm năm" (every five years) is a frequency
_VI_EVERY = (
    r"(?<!\w)cứ\s+({n}|\d{{1,3}})(?!\s+(?:năm|tháng|tuần|ngày|giờ|phút|lần)(?!\w))"
    r"\s+(?:\S+\s+){{1,8}}?(?:thì\s+)?(?:lại\s+)?có\s+({n}|\d{{1,3}})(?!\w)"
)
# "vier von fünf Sternen", "four out of five stars", "quatre étoiles sur cinq": a rating on
# a scale, which the other side may give without its scale ("OCOP 4 sao"), not a share
_NOT_RATING = r"(?!\s+(?:sternen?|stars?|étoiles?|punkten?|points?)\b)"
# the numerators in words above one that `_ONE_IN` reads
_MANY = {
    "en": "two three four five six seven eight nine",
    "fr": "deux trois quatre cinq six sept huit neuf",
    "de": "zwei drei vier fünf sechs sieben acht neun",
}


def _table(spec: str) -> dict[str, int]:
    return {word: int(n) for word, _, n in (item.partition(":") for item in spec.split())}


def _alt(spec: str) -> str:
    return "|".join(sorted(_table(spec), key=len, reverse=True))


@lru_cache(maxsize=8)
def _patterns(lang: str) -> list[tuple[re.Pattern[str], str]]:
    """(pattern, kind): "half"; "part", a fraction word ("a third"); "count", a share
    that says its denominator as a number ("one in four", "1/4 số", "jeder vierte"); or
    "per", the same with the denominator first ("cứ bốn … có một")."""
    n, p = _alt(_NUMBERS.get(lang, "")), _alt(_PARTS.get(lang, ""))
    span = _NOT_SPAN.get(lang, "")
    many = "|".join(_MANY.get(lang, "").split())
    one_in = _ONE_IN.get(lang, "").format(n=n, w=many) + span + _NOT_RATING
    found: list[tuple[str, str]] = []
    if lang == "en":
        found += [
            (rf"(?<!\w)({n})-({p})\b", "part"),  # "one-fifth longer", "two-thirds"
            (rf"(?<!\w)({n})\s+({p}){_EN_AFTER}", "part"),
            (one_in, "count"),
            (rf"(?<!\w)(every)\s+({_alt(_ORDINALS['en'])})\b{span}", "count"),
            (_EN_HALF, "half"),
        ]
    elif lang == "de":
        found += [
            (rf"(?<!\w)({n})\s*({p})\b", "part"),  # "ein Drittel", "Dreiviertel", "um ein Viertel"
            (one_in, "count"),
            (rf"(?<!\w)(jede[rsn]?)\s+({_alt(_ORDINALS['de'])})n?\b{span}", "count"),
            (r"(?<!\w)(?:die|der|zur)\s+hälfte\b", "half"),
        ]
    elif lang == "fr":
        found += [
            (rf"(?<!\w)({n})\s+({p}){_FR_AFTER}", "part"),
            (one_in, "count"),
            (_FR_HALF, "half"),
        ]
    elif lang == "vi":
        found += [
            # "một phần ba", not "một phần tư nhân hóa" (partly privatised), "một phần năm 2024"
            (
                rf"(?<!\w)({n})\s+phần\s+({p})(?!\w)(?!\s*(?:nhân|vấn|liệu|duy|pháp|cách|\d))",
                "part",
            ),
            (_VI_SLASH_BEFORE, "count"),
            (_VI_SLASH_AFTER, "count"),
            (_VI_EVERY.format(n=n), "per"),
            (r"(?<!\w)(?:một|1)\s+nửa(?!\w)", "half"),
        ]
    return [(re.compile(pattern, re.IGNORECASE), kind) for pattern, kind in found]


def _value(word: str, lang: str, *, part: bool) -> int | None:
    """A numerator (part=False) or the denominator a part or ordinal word names."""
    if word.isdigit():
        return int(word)
    if lang == "vi" and part and not word.islower():
        return None  # "một phần Ba Lan": a part of Poland
    word = word.lower()
    if word == "every" or (lang == "de" and word.startswith("jede")):
        return 1
    table = _table(_NUMBERS.get(lang, ""))
    if part:
        table |= _table(_PARTS.get(lang, "")) | _table(_ORDINALS.get(lang, ""))
    return table.get(word)


def read_shares(text: str, lang: str) -> tuple[str, list[str], list[str]]:
    """Shares as "N%" (rounded to a whole percent), and the denominators a share says as a
    number ("one in ten" says a 10, as "1 trong 9 người" says a 9, so a changed one still
    shows against plain numbers). The shares' characters are blanked, so that no date is
    read in "1/4" and no count in "two-fifths" or "one in three euros"."""

    def reader(kind: str) -> Callable[[re.Match[str]], tuple[str, str | None] | None]:
        def read(m: re.Match[str]) -> tuple[str, str | None] | None:
            if kind == "half":
                numerator, denominator = 1, 2
            else:
                top, bottom = (2, 1) if kind == "per" else (1, 2)  # "cứ bốn … có một"
                numerator = _value(m.group(top), lang, part=False)
                denominator = _value(m.group(bottom), lang, part=True)
            if not numerator or not denominator or not 0 < numerator < denominator <= 100:
                return None
            share = f"{round(100 * numerator / denominator)}%"
            return share, str(denominator) if kind in ("count", "per") else None

        return read

    rest, found = take(text, [(pattern, reader(kind)) for pattern, kind in _patterns(lang)])
    return rest, [share for share, _ in found], [count for _, count in found if count]


# A percentage said as a cut: "80 per cent less" is a fifth of what it was ("bằng một phần
# năm"), "80 % weniger", "80 % en moins", "ít hơn 80 %", "giảm 80 %".
_PERCENT = r"(\d+(?:[.,]\d+)?)\s*(?:%|per\s?cent|percent|prozent|pour\s?cent|phần trăm)"
_CUTS = {
    "en": _PERCENT + r"\s+(?:less|fewer|lower|smaller|cheaper|below)\b"
    r"|\b(?:cut|reduced|lowered|saves?|saving|down)\s+(?:by\s+)?" + _PERCENT,
    "de": _PERCENT + r"\s+(?:weniger|niedriger|geringer|kleiner|günstiger|billiger)\b"
    r"|\bum\s+" + _PERCENT + r"\s+(?:gesenkt|reduziert|verringert|gekürzt|gesunken)",
    "fr": _PERCENT + r"\s+(?:de\s+moins|(?:d['’]\s?[\w-]+\s+|de\s+[\w-]+\s+)?en\s+moins)"
    r"|\bmoins\s+" + _PERCENT + r"|\b(?:réduit|réduite|baissé|diminué)\w*\s+de\s+" + _PERCENT,
    "vi": r"(?:ít hơn|thấp hơn|giảm|tiết kiệm|rẻ hơn)\s+(?:được\s+)?(?:khoảng\s+)?" + _PERCENT,
}


def cuts(text: str, lang: str) -> frozenset[str]:
    """The percentages a sentence states as a cut ("80%" of "80 per cent less"): the
    complement of each is what is left, as the other side may say it."""
    pattern = _CUTS.get(lang)
    if pattern is None:
        return frozenset()
    found = set()
    for m in re.finditer(pattern, text, re.IGNORECASE):
        figure = next(g for g in m.groups() if g)
        found.add(_percent_key(figure))
    return frozenset(found)


def _percent_key(figure: str) -> str:
    value = float(figure.replace(",", "."))
    return f"{value:g}%"


def complement(value: str) -> str | None:
    """100 minus a percentage ("80%" → "20%"), else None."""
    if not value.endswith("%"):
        return None
    try:
        return f"{100 - float(value[:-1]):g}%"
    except ValueError:
        return None
