"""Anchors: the facts in a sentence that must survive translation.

Numbers are normalised across locales and scripts: 10.000 = 10,000 = 10 000 = 10'000,
3,5 = 3.5, zehn = ten = dix = mười, "2 Millionen" = "2 million" = "2 triệu" = 2000000, and
German/French "Billion" = 10^12 while English "billion" = 10^9. Dates become ISO-like keys
("2024-11-16", "--11-16", "2024-11", "--07"; a year alone is "2024"), names are phrases
compared without diacritics (names.py), and negation cues are counted per language.

Units decision: currencies and percentages ARE part of a number's anchor ("12 EUR",
"335600000000 USD", "15%", "2pp" for percentage points), because "12 euros" against
"12 dollars" or "15 %" against "15 points" changes a fact and a user wants it flagged.
Physical units (km, kg, hours…) are NOT: the bare number is the anchor ("10,5 km" and
"10.5 kilometres" both give "10.5"). Translators legitimately abbreviate or spell them out
in forms no short list covers (cây số, Kilometer, km), and a wrong unit nearly always comes
with a wrong number, which is caught anyway. A figure followed by a length or weight unit
is also kept as a measure ("305 mm", units.py), so that a conversion ("gut 30 cm" = "12
pouces ( 305 mm )") is not read as a changed figure. A range ("12 bis 15 Millionen Euro") lends
its scale and currency to its first number, so every language yields the same pair.
Times of day are "HH:MM" (15 Uhr = 3 p.m. = 15h = "15:00"). A vague magnitude is "~" and
its order ("hundreds of millions" = "hàng trăm triệu" = "~100000000"); mismatch.py lets it
cover one figure of that order on the other side.

A plain four-digit number from 1500 to 2199 with no unit is filed as a year under dates;
"2.000" or "2,000" (with a separator) stays a number. findings.py compares numbers and
dates as one set, so this filing never makes or hides a mismatch by itself.

Hours and minutes said as a span ("6 tiếng 30 phút") are decimal hours ("6.5") and a
measure. A year's quarter is a date key ("Q2", "Q2 2026"). A share said as a fraction
("one in four", "ein Drittel", "1/4 số") is kept apart as a percentage (`Anchors.shares`),
since mismatch.py counts it only against another share or a percentage.

Layout: dates.py (date keys, quarters), numwords.py (numbers in words, scale words),
shares.py (fractions) and negation.py (negation cues) hold the language tables; this
module reads digits, scales, currencies and times, and assembles the Anchors.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from transcheck.model import Anchors
from transcheck.text import names
from transcheck.text.blanking import take
from transcheck.text.dates import (
    find_dates,
    find_decades,
    find_quarters,
    lunar_dates,
    month_name,
)
from transcheck.text.negation import count_negations
from transcheck.text.numwords import SCALES, number_words, ordinal_words, vague_numbers, word_value
from transcheck.text.shares import read_shares
from transcheck.text.units import UNIT_WORDS, measure_key, unit_after

__all__ = ["count_negations", "extract"]

# --- numbers written with digits --------------------------------------------------------

_GROUP_SPACES = "\u00a0\u202f\u2009"  # no-break, narrow no-break and thin spaces


@lru_cache(maxsize=32)
def _digits_re(lang: str) -> re.Pattern[str]:
    """Digit numbers; a plain space groups thousands only where the language does that."""
    spaces = _GROUP_SPACES + (" " if lang in ("fr", "de") else "")
    sep = rf"[.,'’{spaces}]"
    return re.compile(
        rf"(?<![\w.,'’])(?:\d{{1,3}}(?:(?P<s>{sep})\d{{3}})(?:(?P=s)\d{{3}})*(?:[.,]\d+)?"
        rf"|\d+(?:[.,]\d+)?)(?![\d])"
    )


# the decimal mark of the languages whose numbers we read ("," elsewhere)
_DECIMAL_POINT = {"en"}


def _parse_digits(token: str, scaled: bool, lang: str = "") -> Decimal | None:
    """Parse digits with any locale's separators; the form decides, and the language only
    where the form cannot.

    Two kinds of separator: the last is the decimal mark. One kind, repeated, or a space or
    apostrophe: thousands. One "." or "," before exactly three digits: thousands ("10.000",
    "10,000"). Before a scale word it is the language's decimal mark or not: "1,125
    Milliarden" = 1.125 × 10^9, "2.500 tỷ" = 2500 × 10^9, "1,250 billion" = 1250 × 10^9;
    in a language we do not know, decimal. Otherwise the mark is decimal (3,5 = 3.5).
    """
    tok = re.sub(rf"[{_GROUP_SPACES} '’]", "_", token)
    seps = [c for c in tok if not c.isdigit()]
    if seps:
        last = seps[-1]
        if len(set(seps)) > 1:
            head, _, tail = tok.rpartition(last)
            tok = re.sub(r"\D", "", head) + "." + tail
        elif last == "_" or len(seps) > 1 or (len(tok.split(last)[1]) == 3 and not scaled):
            tok = tok.replace(last, "")
        elif len(tok.split(last)[1]) == 3 and lang and last != _decimal_mark(lang):
            tok = tok.replace(last, "")  # "2.500 tỷ", "1,250 billion"
        else:
            tok = tok.replace(last, ".")
    try:
        return Decimal(unicodedata.normalize("NFKC", tok))
    except InvalidOperation:
        return None


def _decimal_mark(lang: str) -> str:
    return "." if lang in _DECIMAL_POINT else ","


def _format(value: Decimal) -> str:
    """Canonical text for a number: no exponent, no trailing zeros."""
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.normalize(), "f")


# --- scale words, currencies, percent --------------------------------------------------


# German and French "billion" is 10^12 (the long scale); English "billion" is 10^9.
_LONG_SCALE = {"billion": 10**12, "billions": 10**12}
# "m" and "k" are metres and kilo-things unless a currency stands in front ("£3m", "$5k").
_CURRENCY_ONLY_SCALES = {"m", "k"}

_CURRENCY_WORDS = {
    "EUR": "€ eur euro euros",
    "USD": "$ us$ usd dollar dollars us-dollar us-dollars đô-la đô_la đôla "
    "dollar_mỹ dollars_américains",
    "GBP": "£ gbp pfund pound pounds sterling livre_sterling livres_sterling bảng_anh",
    "JPY": "¥ jpy yen yens yên",
    "CNY": "cny rmb yuan renminbi nhân_dân_tệ",
    # a franc today is the Swiss one: France and Belgium left theirs in 2002
    "CHF": "chf sfr franken franc francs franc_suisse francs_suisses franc_thụy_sĩ",
    "INR": "inr rupie rupien rupies rupees rupee roupie roupies rupi",
    "VND": "vnd vnđ đồng đ dong dongs",
    "KRW": "krw won",
    "RUB": "rub rubel rubles roubles rúp",
    "AUD": "aud a$ au$ dollars_australiens dollar_australien australische_dollar "
    "australischen_dollar australian_dollars australian_dollar đô_la_úc",
    "SGD": "sgd s$ dollars_de_singapour singapur-dollar singapore_dollars đô_la_singapore",
    "CAD": "cad c$ dollars_canadiens dollar_canadien kanadische_dollar kanadischen_dollar "
    "canadian_dollars canadian_dollar đô_la_canada",
    "HKD": "hkd hk$ dollars_de_hong_kong hongkong-dollar hong_kong_dollars",
}
# A currency's hundredth: "nach 95 Cent" = "0,95 euro", "29 cents" = "29 xu".
_SUBUNITS = {"cent": "", "cents": "", "centime": "", "centimes": "", "eurocent": "EUR",
             "eurocents": "EUR", "pence": "GBP", "penny": "GBP", "xu": ""}  # fmt: skip
_SUBUNIT_AFTER = re.compile(
    r"\s*(eurocents?|cents?|centimes?|pence|penny|xu(?!\s+hướng))(?![\w$€£¥%])"
)


def _is_subunit(word: str, lang: str) -> bool:
    """French "cent" is a hundred; "xu" is a cent in Vietnamese only."""
    return not (lang == "fr" and word == "cent") and (word != "xu" or lang == "vi")


_CURRENCY = {w.replace("_", " "): code for code, ws in _CURRENCY_WORDS.items() for w in ws.split()}
# the dollars: a bare "$" on an Australian site is the local one (compare/mismatch.py)
DOLLARS = frozenset(
    c for c, ws in _CURRENCY_WORDS.items() if any(w.endswith("$") for w in ws.split())
)
_PERCENT = {
    "%": "%", "prozent": "%", "percent": "%", "per cent": "%", "pour cent": "%",
    "pourcent": "%", "phần trăm": "%", "prozentpunkte": "pp", "prozentpunkt": "pp",
    "%-punkte": "pp", "percentage points": "pp", "percentage point": "pp",
    "points de pourcentage": "pp", "point de pourcentage": "pp", "điểm phần trăm": "pp",
}  # fmt: skip


def _alternation(words: object) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[arg-type]


_WORD_END = r"(?![\w$€£¥%])"
# "tỉ lệ" / "tỷ lệ" is a rate, not a billion
_SCALE_AFTER = re.compile(rf"\s*({_alternation(SCALES)}){_WORD_END}(?!\s+lệ)\.?")
_UNIT_AFTER = re.compile(
    # the currency's own words first: "australische Dollar" is no "Dollar" after an adjective
    rf"\s*(?:({_alternation(_PERCENT)})|(?:de\s+|d['’]\s?|\w+isch(?:e|en|er|es)?\s+)??"
    rf"({_alternation(_CURRENCY)})(?:\s+mỹ)?)"
    r"(?![\w$€£¥%])"
)
_CURRENCY_BEFORE = re.compile(
    rf"(?<![^\W\d_])(US\$|{'|'.join(_CURRENCY_WORDS)}|SFr\.?|HK\$|AU\$|A\$|S\$|C\$|[€$£¥])"
    r"[\s\u00a0\u202f]?$",
    re.IGNORECASE,
)
# French press abbreviates millions and billions before the sign: "412 M$" (Quebec), "410
# M€", "1,2 Md€", "3 Mds €", "4,2 M£"
_MILLION_SIGN = re.compile(r"[ \u00a0\u202f]?(m|g|mds?|mrd)[ \u00a0\u202f]?([$€£])")
# "von 58 auf 37 Millionen Dollar", "từ 58 xuống 37 triệu USD": a change said as a range
_RANGE_JOIN = re.compile(
    r"\s*(?:-|–|—|bis|auf|to|à|đến|tới|xuống|lên|and|und|et|và|or|oder|ou|hoặc|hay)\s*$",
    re.IGNORECASE,
)

# the tight joins of a span of two figures: "VND1-3 million", "$2 to 4 billion"
_SPAN_JOIN = re.compile(r"\s*(?:-|–|to|bis|à|đến)\s*", re.IGNORECASE)

_FRACTIONS = {"½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75")}
_FRACTION = re.compile(r"[ \u00a0]?([½¼¾])")
# "21. Nördlich des Mustagh Ata …": a section number opening a sentence is not compared as a
# figure of the sentence (a list renumbered after a dropped item would make every later item
# a changed figure); it is kept apart as `Anchors.section` and compared in sequence
# (mismatch.section_mismatch). A scan may leave a bracket before it: ") 13. L'année …".
_ENUMERATOR = re.compile(r"^\s*(?:\)\s*)?(\d{1,2})\.\s+(?=[^\W\d_])")


def _year_like(amount: _Amount) -> bool:
    """Whether an amount is written as a year is: four plain digits, 1800 to 2099."""
    return amount.plain and 1800 <= amount.value <= 2099 and amount.value == int(amount.value)


class _Amount:
    """One number found in the text, before formatting."""

    def __init__(
        self, start: int, end: int, value: Decimal, plain: bool = False, approx: bool = False
    ) -> None:
        self.start, self.end, self.value = start, end, value
        self.plain = plain  # digits only, no separator: could be a year
        self.approx = approx  # an order of magnitude in words ("thousands of")
        self.unit = ""
        self.scale = 1

    def text(self) -> str:
        value = _format(self.value * self.scale)
        if self.approx:  # "~1000": only its order of magnitude is a fact
            value = "~1" + "0" * (len(str(int(self.value * self.scale))) - 1)
        if self.unit in ("%", "pp"):
            return value + self.unit
        return f"{value} {self.unit}" if self.unit else value


def _attach(amount: _Amount, text: str, lower: str, lang: str) -> None:
    """Read the scale word and currency/percent after an amount, or a currency before it."""
    before = _CURRENCY_BEFORE.search(text[max(0, amount.start - 5) : amount.start])
    if before:
        amount.unit = _CURRENCY.get(before.group(1).lower().rstrip("."), "")
    pos = amount.end
    fraction = _FRACTION.match(text, pos)  # "1 ½ m" = 1.5
    if fraction:
        amount.value += _FRACTIONS[fraction.group(1)]
        pos = fraction.end()
    if text.startswith((".-", ".–"), pos):  # Swiss prices: "200.- Rupies", "180.-SFr."
        pos += 2
    signed = _MILLION_SIGN.match(lower, pos)  # "412 M$", "1,2 G$", "410 M€", "1,2 Md€"
    if signed and not amount.unit:
        amount.scale *= 10**6 if signed.group(1) == "m" else 10**9
        amount.unit = _CURRENCY[signed.group(2)]
        pos = signed.end()
    while m := _SCALE_AFTER.match(lower, pos):
        word = m.group(1).rstrip(".")
        if word in _CURRENCY_ONLY_SCALES and not amount.unit:
            break
        long_scale = _LONG_SCALE.get(word) if lang in ("de", "fr") else None
        amount.scale *= long_scale or SCALES[m.group(1)]
        pos = m.end()
    subunit = _SUBUNIT_AFTER.match(lower, pos)
    if subunit and not amount.unit and _is_subunit(subunit.group(1), lang):
        amount.value /= 100
        amount.unit = _SUBUNITS[subunit.group(1)]
        pos = subunit.end()
    unit = _UNIT_AFTER.match(lower, pos)
    if unit and not amount.unit and not (unit.group(2) in _POUNDS and _WEIGHED.search(lower)):
        amount.unit = _PERCENT.get(unit.group(1) or "", "") or _CURRENCY[unit.group(2)]
        pos = unit.end()
    amount.end = pos


# "pounds" and "Pfund" weigh as often as they pay: in a sentence about weight they are the
# unit of mass ("weighs about 85 pounds" = "knapp 40 Kilogramm", units.py)
_POUNDS = frozenset({"pound", "pounds", "pfund"})
_WEIGHED = re.compile(
    r"\b(?:weigh(?:s|ed|ing|t|ts)?|heav(?:y|ier|iest)|wieg(?:t|en|end)|wog|gewicht\w*)\b"
)


def _amounts(text: str, lang: str) -> list[_Amount]:
    lower = text.lower()
    found: list[_Amount] = []
    for m in _digits_re(lang).finditer(text):
        scaled = bool(_SCALE_AFTER.match(lower, m.end()))
        value = _parse_digits(m.group(0), scaled, lang)
        if value is not None:
            found.append(_Amount(m.start(), m.end(), value, m.group(0).isdigit()))
    for amount in found:
        _attach(amount, text, lower, lang)
    taken = [(a.start, a.end) for a in found]  # "15 pour cent", "15 phần trăm": not 100
    spelled: list[_Amount] = []
    for w in number_words(text, lang, taken):
        if any(a.start <= w.start < a.end for a in spelled):
            continue  # "dix pour cent": the unit a spelled number took, not 100
        amount = _Amount(w.start, w.end, Decimal(str(w.value)))
        _attach(amount, text, lower, lang)
        spelled.append(amount)
    found += spelled
    taken = [(a.start, a.end) for a in found]  # "zwei Millionen": a scale, not "millions of"
    for w in vague_numbers(text, lang, taken):
        amount = _Amount(w.start, w.end, Decimal(str(int(w.value))), approx=True)
        _attach(amount, text, lower, lang)
        found.append(amount)
    taken = [(a.start, a.end) for a in found]
    for w in ordinal_words(text, lang, taken):  # "lần thứ hai" = "the second time" = 2
        found.append(_Amount(w.start, w.end, Decimal(int(w.value))))
    found.sort(key=lambda a: a.start)
    # "12 bis 15 Millionen Euro": the first number of a range takes the second's scale/unit
    for first, second in zip(reversed(found[:-1]), reversed(found[1:]), strict=True):
        scale = _SCALE_AFTER.match(lower, second.end)
        if (  # "VND45-70m", "$2-4m": a scale _attach reads only after money ("m", "k") is
            # the range's million, not metres, where a currency opens the range
            scale
            and scale.group(1).rstrip(".") in _CURRENCY_ONLY_SCALES
            and first.unit not in ("", "%", "pp")
            and not second.unit
            and second.scale == 1
            and _SPAN_JOIN.fullmatch(text[first.end : second.start])
        ):
            second.scale, second.unit, second.end = SCALES[scale.group(1)], first.unit, scale.end()
            first.scale = second.scale if first.scale == 1 else first.scale
        elif (
            first.scale == 1
            and not first.unit
            and _RANGE_JOIN.fullmatch(text[first.end : second.start])
            and not (_year_like(first) and not _year_like(second))
        ):
            # (a year is no range's first figure: "im Jahr 2026 auf 8,2 Millionen Tonnen")
            first.scale, first.unit = second.scale, second.unit
        elif (  # "VND1-3 million", "$2-4 billion": a currency before both, a scale after
            first.scale == 1
            and second.scale != 1
            and first.unit
            and not second.unit
            and _SPAN_JOIN.fullmatch(text[first.end : second.start])
        ):
            first.scale, second.unit = second.scale, first.unit
    return found


# --- times and roman centuries -------------------------------------------------------------

# an hour with the part of the day it falls in: "3 giờ chiều", "4 Uhr nachmittags", "3 in
# the afternoon", "3 heures de l'après-midi" are 15:00 and 16:00 (night hours stay as said)
_LATER = r"chiều|tối|nachmittags|abends|afternoon|evening|après-midi|soir"
_TIMES = [
    (r"(?<![\w.,:])(\d{1,2})\s*giờ(?:\s*(\d{1,2})(?:\s*phút)?)?\s+(sáng|chiều|tối|đêm)(?!\w)", 4),
    (r"(?<![\w.,:])(\d{1,2})(?:[:.](\d{2}))?\s*uhr\s+(morgens|vormittags|nachmittags|abends)\b", 4),
    (
        r"(?<![\w.,:])(\d{1,2})(?::(\d{2}))?(?:\s*o['’]clock)?\s+in\s+the\s+(morning|afternoon|evening)\b",
        4,
    ),
    (
        r"(?<![\w.,:])(\d{1,2})\s*heures?(?:\s+(\d{2}))?\s+(du\s+matin|de\s+l['’]\s?après-midi|du\s+soir)\b",
        4,
    ),
    (r"(?<![\w.,:])(\d{1,2})[:.h](\d{2})\s*(?:uhr|h)\b", 1),
    # the first of two times sharing one "Uhr": "von 19.30 bis 23 Uhr"
    (r"(?<![\w.,:])(\d{1,2})[:.](\d{2})(?=\s*(?:bis|-|–|und)\s*\d{1,2}(?:[:.]\d{2})?\s*uhr\b)", 1),
    (r"(?<![\w.,:])(\d{1,2}):(\d{2})(?![\d:])", 1),
    (r"(?<![\w.,:])(\d{1,2})h(\d{2})?(?!\w)", 3),
    (r"(?<![\w.,:])(\d{1,2})(?:[:.](\d{2}))?\s*uhr\b", 1),
    (r"(?<![\w.,:])(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)(?!\w)", 2),
    (r"(?<![\w.,:])(\d{1,2})\s*giờ\s*(\d{1,2})(?:\s*phút)?", 1),
    # French "15 h. 30", "9 h 15", "après 10 h", "à 16 heures" (a bare "3 heures" or "3 h"
    # is a duration)
    (r"(?<![\w.,:])(\d{1,2})\s?h\.\s?(\d{2})(?!\d)", 1),
    (r"(?<![\w.,:])(\d{1,2})\s+h\s?(\d{2})(?!\d)", 1),
    # the first hour of a span: "de 9 h à 17 h", "entre 8 h et 12 h 30", "de 23 heures à 5
    # heures", "de 9 h à midi"
    (r"(?<!\w)(?:de|entre)\s+(\d{1,2})\s?(?:h|heures?)()(?=\s+(?:à|et)\s)", 3),
    (r"(?<!\w)(?:[àa]|vers|dès|après|avant|jusqu['’]à)\s+(\d{1,2})\s?h()(?!\w)", 3),
    (
        r"(?<!\w)(?:[àa]|vers|dès|jusqu['’]à|à\s+partir\s+de)\s+(\d{1,2})\s*heures?"
        r"(?:\s+(\d{2}))?(?!\w)",
        1,
    ),
    # the part of the day before a Vietnamese hour: "Buổi chiều, từ 2 giờ" is 14:00
    (r"(?<!\w)buổi\s+(chiều|tối)[,\s]+(?:(?:từ|lúc|vào)\s+)?(\d{1,2})\s*giờ(?!\s*\d)(?!\w)", 5),
]
_TIME_PATTERNS = [(re.compile(p, re.IGNORECASE), k) for p, k in _TIMES]


# A race time or a running time is a duration, written "2:07:41" in English and German,
# "2 h 07 min 41 s" in French, "2 giờ 7 phút 41 giây" in Vietnamese: kept whole ("2:07:41"),
# it is one figure on both sides, not a time of day and two numbers.
_DURATIONS = [
    re.compile(r"(?<![\w.,:])(\d{1,2}):(\d{2}):(\d{2})(?![\d:])"),
    re.compile(
        r"(?<![\w.,:])(\d{1,2})\s?(?:h|hrs?\.?|hours?|std\.?|stunden?|giờ)[\s,]*(\d{1,2})\s?"
        r"(?:min\.?|mn|minutes?|minuten?|phút|['’])[\s,]*(?:(?:and|und|et|và)\s+)?(\d{1,2})\s?"
        r"(?:s|secs?\.?|seconds?|secondes?|sek\.?|sekunden?|giây|[\"”])(?!\w)",
        re.IGNORECASE,
    ),
]


def _duration(m: re.Match[str]) -> str | None:
    hours, minutes, seconds = (int(g) for g in m.groups())
    if minutes > 59 or seconds > 59:
        return None
    return f"{hours}:{minutes:02d}:{seconds:02d}"


# Hours and minutes said as a span ("6 tiếng 30 phút", "6 Stunden und 30 Minuten", "6 h 30
# min") are the decimal hours another translation writes ("six and a half hours", "6,5
# Stunden"). A bare "6 h 30" is a French time of day, and "6 giờ 30 phút" mostly one too.
# Years and months the same: "12 năm 6 tháng tù" = "zwölfeinhalb Jahre Haft".
_AND = r"[\s,]*(?:(?:and|und|et|và)\s+)?"
_SPANS = {  # unit: (its words, spelled out; its abbreviations; the smaller unit's; how many)
    "hour": (r"hours?|stunden?|heures?|tiếng", r"h|hrs?\.?|std\.?", r"minutes?|minuten?|phút", 60),
    "year": (r"years?|jahre?n?|ans?|années?|năm", "", r"months?|monate?n?|mois|tháng", 12),
}
_ABBREVIATED_SMALL = {"hour": r"min\.?|mn|"}


def _span_patterns(unit: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The unit and the smaller one said in digits, and said in words."""
    words, short, small, _ = _SPANS[unit]
    big = f"{short}|{words}" if short else words
    digits = re.compile(
        rf"(?<![\w.,:])(\d{{1,2}})\s?(?:{big}){_AND}(\d{{1,2}})\s?"
        rf"(?:{_ABBREVIATED_SMALL.get(unit, '')}{small})(?!\w)",
        re.IGNORECASE,
    )
    # years and months are said half in words as often ("12 years and six months"); hours
    # so said are read as numbers and a time of day ("two hours and 41 minutes")
    digit = r"\d{1,2}|" if unit == "year" else ""
    spelled = re.compile(
        rf"(?<![\w-])({digit}[^\W\d_]+(?:-[^\W\d_]+)*)\s+(?:{words}){_AND}"
        rf"({digit}[^\W\d_]+(?:[\s-][^\W\d_]+){{0,2}}?)\s+(?:{small})(?!\w)",
        re.IGNORECASE,
    )
    return digits, spelled


_SPAN_PATTERNS = {unit: _span_patterns(unit) for unit in _SPANS}


def _decimal_span(per: int) -> Callable[[re.Match[str]], str | None]:
    def read(m: re.Match[str]) -> str | None:
        whole, part = int(m.group(1)), int(m.group(2))
        if part >= per:
            return None
        return str(round(whole + part / per, 2)).removesuffix(".0")

    return read


_ONE = {"a", "an", "one", "un", "une", "ein", "eine", "einer", "một"}


def _spelled_span(lang: str, per: int) -> Callable[[re.Match[str]], str | None]:
    def read(m: re.Match[str]) -> str | None:
        whole = 1.0 if m.group(1).lower() in _ONE else _spelled(m.group(1), lang)
        part = _spelled(m.group(2), lang)
        if whole is None or part is None or part >= per or whole != int(whole):
            return None
        return str(round(whole + part / per, 2)).removesuffix(".0")

    return read


def _spelled(words: str, lang: str) -> float | None:
    """The value of a number said in words, where the words are that number and nothing
    else."""
    if words.isdigit():
        return float(words)
    found = number_words(words, lang)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(words):
        return None
    return found[0].value


def _spans(text: str, lang: str, unit: str) -> tuple[str, list[str]]:
    """Spans of a unit and the next smaller one as decimals of the unit ("6.5" hours, "12.5"
    years); their characters are blanked."""
    digits, spelled = _SPAN_PATTERNS[unit]
    per = _SPANS[unit][3]
    return take(text, [(digits, _decimal_span(per)), (spelled, _spelled_span(lang, per))])


def _time_reader(kind: int) -> Callable[[re.Match[str]], str | None]:
    def read(m: re.Match[str]) -> str | None:
        if kind == 5:  # the part of the day said first: "buổi chiều, từ 2 giờ"
            hour, minute, part = int(m.group(2)), 0, m.group(1).lower()
        else:
            hour, minute = int(m.group(1)), int(m.group(2) or 0)
            part = m.group(3).lower() if kind in (2, 4) else ""
        if kind == 2 and part.startswith("p") and hour < 12:
            hour += 12
        if kind in (4, 5) and re.search(_LATER, part) and hour < 12:
            hour += 12
        if kind == 4 and part == "đêm" and 6 <= hour < 12:
            hour += 12  # "11 giờ đêm" is 23:00, "2 giờ đêm" 2:00
        if hour > (23 if kind == 3 else 24) or minute > 59:  # "24h" is a news brand
            return None
        return f"{hour:02d}:{minute:02d}"

    return read


def _durations(text: str) -> tuple[str, list[str]]:
    """Durations with hours, minutes and seconds as "H:MM:SS"; their characters are blanked."""
    return take(text, [(pattern, _duration) for pattern in _DURATIONS])


def _times(text: str) -> tuple[str, list[str]]:
    """Times of day as "HH:MM"; their characters are blanked in the returned text."""
    readers = [(pattern, _time_reader(kind)) for pattern, kind in _TIME_PATTERNS]
    return take(text, [(_GERMAN_CLOCK, _german_clock), *readers])


# German tells the time by the coming hour: "halb zehn" is 9:30, "Viertel vor zehn" 9:45
_GERMAN_HOURS = "eins|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf"
_GERMAN_CLOCK = re.compile(
    rf"(?<![\w-])(halb|viertel nach|viertel vor)\s+(\d{{1,2}}|{_GERMAN_HOURS})"
    r"(?:\s+uhr)?(?:\s+(morgens|vormittags|nachmittags|abends|nachts|am (?:morgen|vormittag"
    r"|nachmittag|abend)|in der nacht))?(?![\w-])",
    re.IGNORECASE,
)
_BEFORE_THE_HOUR = {"halb": -30, "viertel nach": 15, "viertel vor": -15}


def _german_clock(m: re.Match[str]) -> str | None:
    word = m.group(2).lower()
    hour = int(word) if word.isdigit() else _GERMAN_HOURS.split("|").index(word) or 1
    if not 1 <= hour <= 12:
        return None
    minutes = hour * 60 + _BEFORE_THE_HOUR[re.sub(r"\s+", " ", m.group(1).lower())]
    later = m.group(3) and re.search(r"nachmittag|abend", m.group(3).lower())
    hour, minute = divmod(minutes + (12 * 60 if later else 0), 60)
    return f"{hour:02d}:{minute:02d}"


# A year said as so many years before the article's ("vor sechs Jahren", "six years ago"):
# "N years ago", compared as such; against a year it is left unchecked (mismatch.py)
_N = r"(\d{1,3}|[^\W\d_]+(?:-[^\W\d_]+)?)"
_YEARS_AGO = {
    "de": re.compile(rf"\bvor\s+{_N}\s+jahren\b", re.IGNORECASE),
    "en": re.compile(rf"\b{_N}\s+years?\s+ago\b", re.IGNORECASE),
    "fr": re.compile(rf"\bil\s+y\s+a\s+{_N}\s+ans\b", re.IGNORECASE),
    # "cách đây 6 năm", "hai năm trước"; "một năm trước" is as often "the year before" as
    # "a year ago"
    "vi": re.compile(
        rf"(?<!\w)(?:cách\s+đây\s+{_N}\s+năm|(?!một\s){_N}\s+năm\s+trước)(?!\w)",
        re.IGNORECASE,
    ),
}
# A span up to the article's day says when it began: "depuis trois ans" = "từ năm 2023",
# "Muet depuis 2019" = "Sau 7 năm im tiếng"; so does an age, the year something was built
# or someone born ("127-year-old" = "das 1899 eröffnete"): their years are kept apart
# (Anchors.since)
_YEARS_SINCE = {
    "de": re.compile(
        rf"\bseit\s+(?:gut\s+|fast\s+|knapp\s+)?{_N}\s+jahren\b"
        rf"|\bin\s+den\s+(?:letzten|vergangenen)\s+{_N}\s+jahren\b"
        rf"|\b{_N}\s+jahre\s+alt\w*|\b{_N}-jährig\w*",
        re.IGNORECASE,
    ),
    "en": re.compile(
        rf"\b(?:for|in|over)\s+the\s+(?:past|last)\s+{_N}\s+years\b|\b{_N}[\s-]years?[\s-]old\b"
        # the present perfect: "which has run the crossing for a decade" = "seit 2016"
        rf"|\b(?:has|have)\s+(?:[\w'’-]+\s+){{0,8}}?for\s+{_N}\s+years\b",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        rf"\b(?:depuis|en)\s+(?:près\s+de\s+|plus\s+de\s+)?{_N}\s+ans\b"
        rf"|\b(?:vieux|vieille|âgée?s?)\s+de\s+(?:près\s+de\s+|plus\s+de\s+)?{_N}\s+ans\b",
        re.IGNORECASE,
    ),
    "vi": re.compile(
        rf"(?<!\w)(?:{_N}\s+năm\s+(?:qua|nay)|sau\s+{_N}\s+năm\s+(?:im|ngừng|vắng|bỏ|đóng)"
        rf"|{_N}\s+tuổi|tuổi\s+đời\s+(?:hơn\s+|gần\s+)?{_N}\s+năm)(?!\w)",
        re.IGNORECASE,
    ),
}
YEARS_AGO = " years ago"
A_YEAR_AGO = f"1{YEARS_AGO}"  # "last year", as mismatch.py pairs it with a year
# "last year" is a year ago: "un franc de plus qu'en 2025" = "tăng 1 franc so với năm ngoái"
_LAST_YEAR = {
    "de": re.compile(
        r"\b(?:letzte[sn]?|vergangene[sn]?|im\s+vorigen)\s+jahr(?:es)?\b"
        r"|\b(?:letzt|vor)jährig\w*",
        re.IGNORECASE,
    ),
    "en": re.compile(r"\blast\s+year(?:['’]s)?\b", re.IGNORECASE),
    "fr": re.compile(r"\bl['’]\s*(?:an|année)\s+(?:derni(?:er|ère)|passée?)\b", re.IGNORECASE),
    "vi": re.compile(r"(?<!\w)năm\s+ngoái(?!\w)", re.IGNORECASE),
}


def _years_ago(text: str, lang: str) -> tuple[str, list[str]]:
    pattern = _YEARS_AGO.get(lang)
    if pattern is None:
        return text, []

    def read(m: re.Match[str]) -> str | None:
        count = _count_said(m, lang)
        return f"{count}{YEARS_AGO}" if count else None

    def last(_: re.Match[str]) -> str:
        return A_YEAR_AGO

    return take(text, [(pattern, read), (_LAST_YEAR[lang], last)])


def _years_since(text: str, lang: str) -> list[str]:
    """The years of spans up to the article's day ("depuis trois ans" → "3"): the text is
    left as it is, so that the span is still read as a duration too."""
    pattern = _YEARS_SINCE.get(lang)
    if pattern is None:
        return []
    return [str(count) for m in pattern.finditer(text) if (count := _count_said(m, lang))]


def _count_said(m: re.Match[str], lang: str) -> int | None:
    """The whole count a match's first group that took part says, in digits or words."""
    said = next(g for g in m.groups() if g)
    value = float(said) if said.isdigit() else word_value(said, lang)
    return int(value) if value and value == int(value) else None


# two roman letters at least ("XVIIe", "IVe"), or "Ier": a lone "Le"/"Ce" is a French word
_ROMAN_ORDINAL = re.compile(r"\b([IVXLC]{2,6}(?=e\b|ème\b)|I(?=er\b|ère\b))")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
# Vietnamese centuries in Roman numerals, a span too: "thế kỷ XIV-XV" = "the 14th and 15th"
_VI_CENTURY = re.compile(
    r"(?<!\w)thế\s+kỷ\s+(?:thứ\s+)?([IVXLC]{1,6})(?:\s*[-–]\s*([IVXLC]{1,6}))?(?!\w)"
)


def _roman(token: str) -> int:
    total = 0
    for ch, nxt in zip(token, [*token[1:], ""], strict=True):
        value = _ROMAN_VALUES[ch]
        total += -value if nxt and _ROMAN_VALUES[nxt] > value else value
    return total


# --- public --------------------------------------------------------------------------------

_YEAR = re.compile(r"1[5-9]\d\d|20\d\d|21\d\d")
# A page reference ("S. 81", "p. 80", "pp. 279-295", "S.66/67", "Seite 12", "trang 5") is a citation
# detail, not a claim: two editions of a journal paginate differently.
_PAGE_REF = re.compile(
    r"(?<![^\W\d_])(?:S\.|pp?\.|Seiten?|pages?|trang)\s*\d+(?:\s*[-–/]\s*\d+)?(?!\d)",
    re.IGNORECASE,
)
# "Two weeks" is said with days in French and German ("quinze jours", "vierzehn Tage"), a
# week too ("huit jours", "acht Tage"), and as half a month in Vietnamese ("nửa tháng"):
# read as the weeks they mean; "ein Vierteljahr" as the three months it is; "within a day"
# (against "en moins de 24 heures") as one day.
_WEEK_IDIOMS = {
    "fr": (
        (r"\bquinze jours\b", "deux semaines"),
        (r"\bhuit jours\b", "une semaine"),
        (r"\ben (?:moins d['’]\s*)?une journée\b", "en 1 jour"),
    ),
    "de": (
        (r"\bvierzehn Tagen?\b", "zwei Wochen"),
        (r"\bacht Tagen?\b", "eine Woche"),
        (r"\bein(?:e[mns]?)? Vierteljahr(?:e?s)?\b", "drei Monate"),
    ),
    "en": (
        (r"\ba fortnight\b", "two weeks"),
        (
            r"\b(within|inside|in under|in less than|under|in) a (day|week|month|year)\b"
            r"(?!\s+and\s+a\s+half)",
            r"\1 1 \2",
        ),
    ),
    "vi": ((r"(?<!\w)nửa tháng(?!\w)", "hai tuần"),),
}

# How far a place lies from another, a gloss a translator adds for readers abroad: "à une
# trentaine de kilomètres au nord d'Édimbourg", "50 km north of Hanoi", "30 Kilometer
# südlich von Lyon", "cách Nha Trang khoảng 50 km". Such a figure counts only against
# another (compare/mismatch.py).
_NEAR = (
    r"(?:about|some|around|roughly|nearly|almost|environ|quelque|près\s+de|une?|rund|etwa"
    r"|knapp|gut|khoảng|chừng|gần|hơn)\s+"
)
_COMPASS_OF = r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of"
_LOCATED = {
    "en": rf"\b(?:{_NEAR})?[\w.,]+\s*(?:km|kilomet(?:re|er)s?|miles?)\s+"
    rf"(?:{_COMPASS_OF}|from|outside)\b",
    "fr": rf"\bà\s+(?:{_NEAR})*[\w.,]+\s*(?:de\s+)?(?:km|kilomètres?)\s+"
    r"(?:(?:au\s+(?:nord|sud)(?:-(?:est|ouest))?|à\s+l['’](?:est|ouest))\s+)?(?:de|d['’]|du|des)",
    "de": rf"\b(?:{_NEAR})?[\w.,]+\s*(?:km|kilometer)\s+"
    r"(?:(?:nord|süd|ost|west)\w*lich|entfernt|außerhalb|ausserhalb)\b",
    "vi": rf"\bcách\s+(?:[^\d\s]+\s+){{1,5}}?(?:{_NEAR})?[\w.,]+\s*(?:km|cây số)",
}

# Round the clock, said with figures that count nothing: "24/7", "24/24 giờ", "24h/24",
# "24 heures sur 24", "7 jours sur 7", "7j/7" ("rund um die Uhr" has none). Vietnamese
# "24/7" is the 24th of July.
_ROUND_THE_CLOCK = re.compile(
    r"(?<![\w/])(?:24\s*(?:h|giờ)?\s*/\s*24(?:\s*(?:h|giờ))?|24\s*heures\s+sur\s+24"
    r"|7\s*(?:j|jours)\s*/\s*7|7\s+jours\s+sur\s+7)(?![\w/])",
    re.IGNORECASE,
)
_ALL_WEEK = re.compile(r"(?<![\w/])24\s*/\s*7(?![\w/])")

# A figure joined to its unit in a compound: "die Fünf-Prozent-Hürde" = "la barre des 5 %",
# "a 10-percent rise", "die Zwei-Drittel-Mehrheit"
_HYPHENED_UNIT = re.compile(
    r"(?<![\w-])(\d+(?:[.,]\d+)?|[^\W\d_]+)-(prozent|percent|per-cent|drittel)(?![^\W\d_])",
    re.IGNORECASE,
)

# French franc prices "2 fr. 70" (= 2,70 francs; German "Fr. 2.70"), also as tokenised "2 fr . 70"
_FRANCS_CENTIMES = re.compile(r"(?<![\w.,])(\d+)\s*fr\s*\.?\s*(\d{2})(?!\d)", re.IGNORECASE)


# Scanned text reads "70." as "7O." and the French elision "l'" as "1'" ("1'«Human
# Interest»"); a letter O closing a figure is a zero, a "1" eliding onto a word is an "l".
_OCR_ZERO = re.compile(r"(?<![\w.,'’])(\d+)[Oo](?![\w'’])")
_OCR_ELISION = re.compile(r"(?<![\w.,'’])1(?=['’][«\"“]?[^\W\d_])")
# Scans and old typography glue a number to its abbreviation ("Sherpa-Liste Nr.212"): the
# figure is read as if a space followed the full stop; so is "circa" ("ca.7315 m").
_GLUED_NUMBER = re.compile(r"(?<![^\W\d_])(Nr|No|Nos|Nrn|ca|env|approx)\.(?=\d)", re.IGNORECASE)
# Business English glues a currency's code to the amount ("VND100 million", "EUR5bn").
_GLUED_CURRENCY = re.compile(rf"(?<![^\W\d_])({'|'.join(_CURRENCY_WORDS)})(?=\d)")


# "hai năm rưỡi" (two and a half years): Vietnamese says the half after the unit
_HALF_AFTER_UNIT = {
    "vi": re.compile(r"\s(\S+)\s+rưỡi$"),  # "hai tháng rưỡi"
    "fr": re.compile(r"\s(\S+)\s+et\s+demie?$"),  # "trois ans et demi"
}


_OF_AFTER = re.compile(r"\s+(?:de\s+|d['’])")


def _unit_of(amount: _Amount, lower: str, lang: str) -> str:
    """The unit named after an amount, or before the half that ends it in Vietnamese and
    French."""
    unit = unit_after(lower, amount.end)
    if not unit and lang == "fr" and lower[: amount.end].endswith(("aine", "aines")):
        of = _OF_AFTER.match(lower, amount.end)  # "une vingtaine de jours"
        unit = unit_after(lower, of.end()) if of else ""
    if not unit and lang in _HALF_AFTER_UNIT:
        half = _HALF_AFTER_UNIT[lang].search(lower, amount.start, amount.end)
        unit = unit_after(lower, half.start(1) - 1) if half else ""
    return unit


# an article before a currency is one of it: "un franc de plus" = "1 franc more" (not
# English "a pound", a weight too, nor Vietnamese "một đồng nghiệp", a colleague)
_ONE_BEFORE_MONEY = {
    lang: re.compile(rf"\b(?:{articles})(?=\s+(?:{_alternation(_CURRENCY)})(?![\w$€£¥%]))", re.I)
    for lang, articles in {"de": "eine[nm]?|ein", "en": "one", "fr": "une?"}.items()
}


# half a unit: "nửa mét" = "half a metre" = "50 centimetres" (not "half a million": numwords)
_HALF_BEFORE_UNIT = {
    lang: (re.compile(rf"{half}(?=\s*(?:{UNIT_WORDS})(?![\w$€£¥%]))", re.I), mark)
    for lang, half, mark in (
        ("en", r"\bhalf(?:\s+an?\s*|-)", "0.5"),
        ("de", r"\b(?:eine[nmrs]?\s+)?halbe[nmrs]?", "0,5"),
        ("fr", r"\b(?:une?\s+)?demi-?", "0,5"),
        ("vi", r"(?<!\w)nửa", "0,5"),
    )
}


# half a century, in years ("il y a un demi-siècle" = "50 years ago"), read before a half
# before a unit would make it 0.5
_HALF_CENTURY = {
    lang: tuple((re.compile(p, re.IGNORECASE), said) for p, said in parts)
    for lang, parts in (
        ("en", ((r"\bhalf\s+a\s+century\b|\b(?:a|one)\s+half[\s-]century\b", "50 years"),)),
        ("fr", ((r"\bun\s+demi-siècle\b", "50 ans"),)),
        (
            "de",
            (
                (r"\beinem\s+halben\s+jahrhundert\b", "50 Jahren"),  # "vor/seit einem …"
                (r"\bein(?:es)?\s+halbe[ns]?\s+jahrhunderts?\b", "50 Jahre"),
            ),
        ),
        ("vi", ((r"(?<!\w)nửa\s+thế\s+(?:kỷ|kỉ)(?!\w)", "50 năm"),)),
    )
}


# parts of an hour said in words, which the other side gives in minutes: "trois quarts
# d'heure" = "45 phút", "eine Viertelstunde" = "15 minutes", "an hour and a half" = "90
# Minuten" (a lone "one" is left alone by numwords, so "une heure et demie" needs this too);
# and a century, which the other side counts in years ("seit einem Jahrhundert" = "từ hơn
# một trăm năm trước")
_TIME_IN_WORDS = {
    "en": (
        (r"\b(?:a|one)\s+quarter\s+of\s+an\s+hour\b", "0.25 hours"),
        (r"\bthree\s+quarters\s+of\s+an\s+hour\b", "0.75 hours"),
        (r"\b(?:an|one)\s+hour\s+and\s+a\s+half\b", "1.5 hours"),
        (r"\b(?:a|one)\s+century\s+and\s+a\s+half\b", "150 years"),
        (r"\b(?:a|one)\s+century\b", "100 years"),
        # a hundred years old, or a hundredth year: "centenarian trees" = "arbres centenaires"
        (r"\bcentenarians?\b|\bcentenary\b|\bcentennial\b", "100 years"),
        # one unit and a half ("a year and a half" = "18 mois"; numwords leaves a lone "one")
        (r"\b(?:a|one)\s+(year|month|week|day)\s+and\s+a\s+half\b", r"1.5 \1s"),
        # … and after "the next" ("over the next year and a half" = "Trong 18 tháng tới"),
        # or before the unit ("one and a half years")
        (
            r"\bthe\s+(next|past|last|coming|following|previous)\s+(year|month|week|day)\s+"
            r"and\s+a\s+half\b",
            r"the \1 1.5 \2s",
        ),
        (r"\b(?:a|one)\s+and\s+a\s+half\s+(years|months|weeks|days|hours)\b", r"1.5 \1"),
        # a decade ("in the past decade" = "en dix ans", "a decade ago" = "vor zehn Jahren")
        (r"\b(?:a|one)\s+decade\b", "10 years"),
        (r"\bthe\s+(past|last|previous)\s+decade\b", r"the \1 10 years"),
    ),
    "fr": (
        (r"\b(?:un\s+)?quart\s+d['’]\s?heure\b", "0,25 heure"),
        (r"\btrois\s+quarts\s+d['’]\s?heure\b", "0,75 heure"),
        (r"\bune\s+heure\s+et\s+demie\b", "1,5 heure"),
        (r"\bd['’]\s?un\s+siècle\s+et\s+demi\b", "de 150 ans"),
        (r"\bun\s+siècle\s+et\s+demi\b", "150 ans"),
        (r"\bd['’]\s?un\s+siècle\b", "de 100 ans"),
        (r"\bun\s+siècle\b", "100 ans"),
        (r"\bcentenaires?\b", "de 100 ans"),  # "plus que centenaires" = "well over 100 years old"
        # "ces quinze derniers jours" counts days as "ces quinze jours" does
        (
            r"\b([\w-]+)\s+(?:derni[eè]re?s|prochaine?s)\s+(jours|semaines|mois|années|ans)\b"
            r"(?!\s+de\s+l['’]\s?année)",  # "les trois derniers mois de l'année" is Q4
            r"\1 \2",
        ),
        # and "les quinze premiers jours" as "hai tuần … đầu tiên" (the first months of a
        # year are a span from January: _FIRST_MONTHS)
        (r"\b([\w-]+)\s+premi[eè]re?s\s+(jours|semaines)\b", r"\1 \2"),
        (r"\bun\s+(an|mois|jour)\s+et\s+demi\b", r"1,5 \1"),
        (r"\bune\s+(année|semaine|journée)\s+et\s+demie\b", r"1,5 \1"),
        (r"\b(?:la|cette)\s+(dernière|précédente)\s+décennie\b", "les 10 dernières années"),
        (r"\bune\s+décennie\b", "10 ans"),
    ),
    "de": (
        (r"\b(?:eine\s+)?viertelstunde\b", "0,25 Stunden"),
        (r"\b(?:eine\s+)?dreiviertelstunde\b|\bdreiviertel\s+stunden?\b", "0,75 Stunden"),
        (r"\banderthalb\s+jahrhunderte[nr]?\b", "150 Jahre"),
        (r"\bein(?:em|en|es)?\s+jahrhunderts?\b", "100 Jahre"),
        (r"\b(?:im|in\s+dem)\s+(letzten|vergangenen)\s+jahrzehnt\b", r"in den \1 10 Jahren"),
        (r"\bein(?:em|en|es)?\s+jahrzehnts?\b", "10 Jahre"),
    ),
    "vi": (
        (r"(?<!\w)một\s+tiếng\s+rưỡi(?!\w)", "1,5 tiếng"),  # "một giờ rưỡi" is 1:30
        (r"(?<!\w)một\s+thế\s+kỷ\s+rưỡi(?!\w)", "150 năm"),
        (r"(?<!\w)một\s+thế\s+kỷ(?!\w)", "100 năm"),
        (r"(?<!\w)một\s+(năm|tháng|tuần|ngày)\s+rưỡi(?!\w)", r"1,5 \1"),
        # one decade: "một thập kỷ (qua)", "trong thập kỷ qua" (not "những thập kỷ qua",
        # the past decades, nor "thập niên 1970", the seventies)
        (r"(?<!\w)(?:một|1)\s+thập\s+(?:kỷ|kỉ|niên)(?!\w)(?!\s*\d)", "10 năm"),
        (r"(?<=trong )thập\s+(?:kỷ|kỉ|niên)(?=\s+(?:qua|tới)(?!\w))", "10 năm"),
    ),
}
# a half after a figure in digits: "13 and a half years", "13 ans et demi", "13 năm rưỡi"
# (not an hour: "9 heures et demie" and "9 giờ rưỡi" are 9:30)
_DIGITS_AND_A_HALF = {
    "en": (re.compile(r"(?<![\d.,])(\d+) and a half\b", re.IGNORECASE), r"\1.5"),
    "fr": (
        re.compile(
            r"(?<![\d.,])(\d+)\s+(ans?|mois|semaines?|jours?|siècles?|kilos?|mètres?|litres?)"
            r"\s+et\s+demie?\b",
            re.IGNORECASE,
        ),
        r"\1,5 \2",
    ),
    "vi": (
        re.compile(r"(?<![\d.,])(\d+)\s+(năm|tháng|tuần|ngày|tiếng|phút)\s+rưỡi(?!\w)", re.I),
        r"\1,5 \2",
    ),
}
# French "livres" are pounds of weight or sterling; millions of them are money ("2,4
# millions de livres" = "£2.4 million")
_FR_MILLIONS_OF_POUNDS = re.compile(
    r"\b(million|milliard)(s?\s+de\s+)livres\b(?!\s+sterling)", re.IGNORECASE
)
# A road's number is its name: "la route départementale 71" is "the D71", "die Bundesstraße
# 27" is "the B27" (a code's digits are not read as a figure, `_digits_re`)
_ROAD_NUMBERS = {
    "fr": tuple(
        (re.compile(p, re.IGNORECASE), said)
        for p, said in (
            (r"\b(?:route\s+)?départementale\s+(?:n°\s*)?(\d{1,4})\b", r"D\1"),
            (r"\b(?:route\s+)?nationale\s+(?:n°\s*)?(\d{1,4})\b", r"N\1"),
            (r"\bR([DN])\s?(\d{1,4})\b", r"\1\2"),
        )
    ),
    "de": tuple(
        (re.compile(rf"\b{road}\s+(\d{{1,4}})\b", re.IGNORECASE), rf"{code}\1")
        for road, code in (
            ("Bundesstraße", "B"), ("Landesstraße", "L"), ("Kreisstraße", "K"),
            ("Staatsstraße", "St"), ("Autobahn", "A"),
        )
    ),
}  # fmt: skip


def road_named(code: str, text: str, lang: str) -> bool:
    """Whether text names the road `code` ("D71") in words ("la route départementale 71")."""
    return any(
        m.expand(said) == code
        for pattern, said in _ROAD_NUMBERS.get(lang, ())
        for m in pattern.finditer(text)
    )


# English names an age group by its limit, in words: "under-fives", "over-sixties" (the
# figures "under-18s" read as they are)
_AGE_GROUP = re.compile(
    r"\b(under|over)-(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)t(?=ies))"
    r"(?:e?s|ies)\b",
    re.IGNORECASE,
)
_TIME_IN_WORDS_PATTERNS = {
    lang: tuple((re.compile(p, re.IGNORECASE), said) for p, said in parts)
    for lang, parts in _TIME_IN_WORDS.items()
}


# what follows an hour of the clock ("vier Uhr morgens", "dix heures du soir", "ten in
# the evening", "mười giờ tối"): an hour in words is read as one in digits, with its part
# of the day ("zehn Uhr abends" = "22h")
_HOUR_AFTER = {
    "de": re.compile(r"\s+uhr\b", re.IGNORECASE),
    "fr": re.compile(r"\s+heures?\b", re.IGNORECASE),
    "vi": re.compile(r"\s*giờ(?!\w)", re.IGNORECASE),
    "en": re.compile(r"(?:\s+o['’]clock\b|\s+in\s+the\s+(?:morning|afternoon|evening)\b)", re.I),
}


def _hours_in_digits(text: str, lang: str) -> str:
    """The text with each hour of the clock written in words written in digits."""
    after = _HOUR_AFTER.get(lang)
    if after is None or not after.search(text):
        return text  # most sentences name no hour: no second reading of their number words
    for w in reversed(number_words(text, lang)):
        if w.value == int(w.value) and 0 <= w.value <= 24 and after.match(text, w.end):
            text = f"{text[: w.start]}{int(w.value)}{text[w.end :]}"
    return text


# the first months of a year, counted: "10 tháng đầu năm" = "de janvier à octobre" = "the
# first ten months of the year" (three of them are a quarter, which dates reads as Q1)
_MONTH_COUNTS = {
    "en": "two:2 four:4 five:5 six:6 seven:7 eight:8 nine:9 ten:10 eleven:11",
    "de": "zwei:2 vier:4 fünf:5 sechs:6 sieben:7 acht:8 neun:9 zehn:10 elf:11",
    "fr": "deux:2 quatre:4 cinq:5 six:6 sept:7 huit:8 neuf:9 dix:10 onze:11",
    "vi": "hai:2 bốn:4 năm:5 sáu:6 bảy:7 tám:8 chín:9 mười_một:11 mười:10",
}
_COUNT_OF = {
    lang: dict(pair.replace("_", " ").split(":") for pair in counts.split())
    for lang, counts in _MONTH_COUNTS.items()
}
_FIRST_MONTHS = {
    lang: re.compile(
        pattern.format(n=rf"(?P<n>[24-9]|1[01]|{'|'.join(_COUNT_OF.get(lang, {}))})"), re.I
    )
    for lang, pattern in (
        ("vi", r"(?<![\d\w]){n}\s+tháng\s+đầu(?:\s+năm)?(?!\w)"),
        ("en", r"\bfirst\s+{n}\s+months\b"),
        ("de", r"\bersten\s+{n}\s+monate[n]?\b"),
        ("fr", r"\b{n}\s+premiers\s+mois\b"),
    )
}
_FROM_JANUARY = {"en": "January to {}", "de": "Januar bis {}", "fr": "janvier à {}"}


def _months_from_january(lang: str) -> Callable[[re.Match[str]], str]:
    """A rewrite of "the first N months" as the span from January to the Nth month."""

    def said(m: re.Match[str]) -> str:
        count = m.group("n").lower()
        n = int(_COUNT_OF.get(lang, {}).get(count, count))
        if lang == "vi":
            return f"tháng 1 đến tháng {n}"
        return _FROM_JANUARY[lang].format(month_name(n, lang))

    return said


def _age_word(m: re.Match[str]) -> str:
    """The number word of an age group ("fives" → "five", "sixties" → "sixty")."""
    word = m.group(2)
    return f"{word}y" if m.group(0).lower().endswith("ies") else word


def extract(sentence: str, lang: str) -> Anchors:
    """All anchors of one sentence in its language."""
    text = unicodedata.normalize("NFC", sentence)
    text = _GLUED_NUMBER.sub(r"\1. ", text)
    text = _GLUED_CURRENCY.sub(r"\1 ", text)
    for idiom in (_ROUND_THE_CLOCK,) if lang == "vi" else (_ROUND_THE_CLOCK, _ALL_WEEK):
        text = idiom.sub(lambda m: " " * len(m.group(0)), text)
    counted = _HYPHENED_UNIT.sub(lambda m: f"{m.group(1).lower()} {m.group(2)}", text)
    for pattern, weeks in _WEEK_IDIOMS.get(lang, ()):  # before "nửa" is read as a half
        counted = re.sub(pattern, weeks, counted, flags=re.IGNORECASE)
    if lang in _ONE_BEFORE_MONEY:
        counted = _ONE_BEFORE_MONEY[lang].sub("1", counted)
    for pattern, said in _HALF_CENTURY.get(lang, ()):
        counted = pattern.sub(said, counted)
    half, mark = _HALF_BEFORE_UNIT.get(lang, (None, ""))
    if half is not None:
        counted = half.sub(f"{mark} ", counted)
    if lang in _DIGITS_AND_A_HALF:
        pattern, said = _DIGITS_AND_A_HALF[lang]
        counted = pattern.sub(said, counted)
    for pattern, code in _ROAD_NUMBERS.get(lang, ()):
        counted = pattern.sub(code, counted)
    if lang == "fr":
        counted = _FR_MILLIONS_OF_POUNDS.sub(r"\1\2livres sterling", counted)
    if lang == "en":
        counted = _AGE_GROUP.sub(lambda m: f"{m.group(1)} {_age_word(m)}", counted)
    for pattern, said in _TIME_IN_WORDS_PATTERNS.get(lang, ()):
        counted = pattern.sub(said, counted)
    if lang in _FIRST_MONTHS:
        counted = _FIRST_MONTHS[lang].sub(_months_from_january(lang), counted)
    counted = _hours_in_digits(counted, lang)
    rest, shares, counts = read_shares(counted, lang)  # before dates: "1/4 số" is no 1 April
    rest, quarters = find_quarters(rest, lang)  # "quý 1/2026" is no January
    rest, decades = find_decades(rest, lang)  # "Neunzigerjahre" = "những năm 1990"
    rest, lunar = lunar_dates(rest, lang)
    rest, dates = find_dates(_OCR_ZERO.sub(r"\g<1>0", rest), lang)
    dates = [*quarters, *decades, *dates]
    if lang == "fr":
        rest = _OCR_ELISION.sub("l", rest)
        rest = _FRANCS_CENTIMES.sub(r"\1,\2 fr", rest)
    section = _ENUMERATOR.match(rest)
    if section:
        rest = " " * section.end() + rest[section.end() :]
    rest = _PAGE_REF.sub(lambda m: " " * len(m.group(0)), rest)
    rest, durations = _durations(rest)
    rest, hours = _spans(rest, lang, "hour")
    rest, years = _spans(rest, lang, "year")
    rest, times = _times(rest)
    since = _years_since(rest, lang)
    rest, ago = _years_ago(rest, lang)
    numbers: list[str] = [*counts, *durations, *hours, *years, *times, *ago]
    measures = [measure_key(v, "hour") for v in hours] + [measure_key(v, "year") for v in years]
    lower = rest.lower()
    located_at = [m.span() for m in re.finditer(_LOCATED[lang], lower)] if lang in _LOCATED else []
    located: list[str] = []
    for amount in _amounts(rest, lang):
        value = amount.text()
        if any(a <= amount.start < b for a, b in located_at):
            located.append(value)
        unit = "" if amount.unit or amount.approx else _unit_of(amount, lower, lang)
        if unit:
            measures.append(measure_key(value, unit))
        if amount.plain and amount.scale == 1 and not amount.unit and _YEAR.fullmatch(value):
            dates.append(value)  # a year on its own ("im Jahr 2024", "năm 2024")
        else:
            numbers.append(value)
    if lang in ("fr", "en", "de"):  # centuries: "XVIIe siècle", "IVe", "Ier"
        numbers.extend(str(_roman(m.group(1))) for m in _ROMAN_ORDINAL.finditer(rest))
    if lang == "vi":
        numbers.extend(str(_roman(g)) for m in _VI_CENTURY.finditer(rest) for g in m.groups() if g)
    return Anchors(
        numbers=tuple(numbers),
        dates=tuple(dates),
        names=tuple(names.phrases(text, lang)),
        negations=count_negations(text, lang),
        measures=tuple(measures),
        section=int(section.group(1)) if section else None,
        shares=tuple(shares),
        located=tuple(located),
        since=tuple(since),
        lunar=lunar,
    )
