"""Anchors: the facts in a sentence that must survive translation.

Numbers are normalised across locales (10.000 = 10,000 = 10 000 = zehntausend-ish words for
small numbers, "2 Millionen" = "2 million" = "2 triệu"), dates to month-day(-year) keys,
names compared without diacritics, and negation cues counted per language.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from transcheck.model import Anchors
from transcheck.text import names

# --- numbers -------------------------------------------------------------------------------

_THOUSANDS = {"en": ",", "de": ".", "vi": ".", "fr": " ", "es": ".", "it": ".", "nl": "."}
_DECIMAL = {"en": ".", "de": ",", "vi": ",", "fr": ",", "es": ",", "it": ",", "nl": ","}
_SPACES = "\u00a0\u202f\u2009 "
_NUMBER_RE = re.compile(
    r"(?<![\w.,])\d{1,3}(?:[.,\u00a0\u202f\u2009 ]\d{3})+(?:[.,]\d+)?(?!\w)|\d+(?:[.,]\d+)?"
)

_SCALES = {
    # word (lowercase) → multiplier; note German "Billion" is 10^12, English "billion" 10^9.
    "thousand": 10**3, "tausend": 10**3, "nghìn": 10**3, "ngàn": 10**3, "mille": 10**3,
    "million": 10**6, "millions": 10**6, "millionen": 10**6, "mio": 10**6, "triệu": 10**6,
    "billion": 10**9, "billions": 10**9, "milliarde": 10**9, "milliarden": 10**9,
    "mrd": 10**9, "tỷ": 10**9, "tỉ": 10**9, "milliard": 10**9, "milliards": 10**9,
}  # fmt: skip
_DE_BILLION = {"billion": 10**12, "billionen": 10**12}

# Small numbers written as words. "one/ein/un/một" are left out: they are mostly articles.
_WORD_NUMBERS = {
    "en": {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "hundred": 100,
           "dozen": 12},
    "de": {"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
           "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "zwanzig": 20, "hundert": 100,
           "dutzend": 12, "zweier": 2, "dreier": 3},
    "fr": {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
           "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "vingt": 20, "cent": 100,
           "douzaine": 12},
    "vi": {"hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
           "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "hai mươi": 20, "trăm": 100},
}  # fmt: skip
# Vietnamese words that double as numbers in other senses ("năm" = year, "ba" = dad).
_VI_AMBIGUOUS = {"năm", "ba", "tư", "trăm"}


def _parse_number(token: str, lang: str) -> Decimal | None:
    """Parse a numeric token using the language's separators; tolerate the other style."""
    tok = token
    for sp in _SPACES:
        tok = tok.replace(sp, " ")
    thousands = _THOUSANDS.get(lang, ",")
    decimal = _DECIMAL.get(lang, ".")
    grouped = re.fullmatch(r"\d{1,3}(?:([., ])\d{3})+(?:[.,]\d+)?", tok)
    if grouped:
        sep = grouped.group(1)
        if sep == " " or sep == thousands or tok.count(sep) > 1:
            rest = tok.replace(sep, "")
            rest = rest.replace(",", ".") if sep == "." else rest
            return _dec(rest)
        # One group with the foreign separator: "10,000" in German text is still ten thousand
        # when exactly three digits follow; a decimal would rarely be written that way.
        return _dec(tok.replace(sep, ""))
    if decimal == "," or "," in tok:
        tok = tok.replace(",", ".")
    return _dec(tok.replace(" ", ""))


def _dec(text: str) -> Decimal | None:
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def _format(value: Decimal) -> str:
    """Canonical text for a number: no exponent, no trailing zeros."""
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.normalize(), "f")


# --- dates ---------------------------------------------------------------------------------

_MONTHS = {
    "de": ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
           "oktober", "november", "dezember"],
    "en": ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
}  # fmt: skip
_MONTH_LOOKUP: dict[str, dict[str, int]] = {
    lang: {name: i + 1 for i, name in enumerate(names)} for lang, names in _MONTHS.items()
}
for _lang, _extra in {"en": {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
                             "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12},
                      "de": {"jänner": 1}}.items():  # fmt: skip
    _MONTH_LOOKUP[_lang].update(_extra)


def _month_alt(lang: str) -> str:
    names = sorted(_MONTH_LOOKUP.get(lang, _MONTH_LOOKUP["en"]), key=len, reverse=True)
    return "|".join(re.escape(n) for n in names)


def _date_patterns(lang: str) -> list[tuple[re.Pattern[str], str]]:
    """(pattern, group order) pairs; order letters: d day, m month, y year, M month name."""
    months = _month_alt(lang)
    pats = [
        (r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b", "dmy"),
        (r"\b(\d{4})-(\d{2})-(\d{2})\b", "ymd"),
    ]
    if lang == "vi":
        pats += [
            (r"\bngày\s+(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?", "dmy"),
            (r"\bngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?", "dmy"),
            (r"(?<![\d/])(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?![\d/])", "dmy"),
            (r"\btháng\s+(\d{1,2})(?:\s*/\s*|\s+năm\s+)(\d{4})", "my"),
        ]
    elif lang == "en":
        pats += [
            (rf"\b({months})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b", "Mdy"),
            (
                rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({months})\.?(?:,?\s+(\d{{4}}))?\b",
                "dMy",
            ),
        ]
    else:
        pats += [
            (rf"\b(\d{{1,2}})(?:\.|er)?\s+({months})\.?(?:\s+(\d{{4}}))?\b", "dMy"),
        ]
    if lang != "vi":
        pats.append((rf"\b({months})\s+(\d{{4}})\b", "My"))
        # a month on its own ("Ende Juli"); "may"/"march" are English verbs too
        alone = "|".join(m for m in months.split("|") if m not in ("may", "march", "mar"))
        pats.append((rf"\b({alone})\b", "M"))
        if lang == "en":  # capitalised, these are months; lowercase, verbs
            pats.append((r"\b((?-i:March|May))\b", "M"))
    else:
        pats.append((r"\btháng\s+(\d{1,2})(?!\s*/|\d)", "m"))
    return [(re.compile(p, re.IGNORECASE), order) for p, order in pats]


def _date_key(groups: tuple[str | None, ...], order: str, lang: str) -> str | None:
    parts: dict[str, int] = {}
    for value, kind in zip(groups, order, strict=False):
        if value is None:
            continue
        if kind == "M":
            month = _MONTH_LOOKUP.get(lang, _MONTH_LOOKUP["en"]).get(value.lower().rstrip("."))
            if month is None:
                return None
            parts["m"] = month
        else:
            parts[kind] = int(value)
    day, month, year = parts.get("d"), parts.get("m"), parts.get("y")
    if month is None or not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
        return None
    if day is None:
        return f"{year:04d}-{month:02d}" if year else f"--{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


# --- negation ------------------------------------------------------------------------------

_NEGATION = {
    "en": r"\b(?:not|never|no|none|nobody|nothing|neither|nor|without|cannot)\b|n't\b",
    "de": r"\b(?:nicht|nie|niemals|kein|keine|keinen|keinem|keiner|keines|keinerlei|nichts"
    r"|ohne|weder|niemand)\b",
    "fr": r"\b(?:ne|n'|pas|jamais|aucun|aucune|rien|sans|personne|ni)\b|\bn[’']",
    "vi": r"(?<!\w)(?:không|chưa|chẳng|đừng|chớ|chả)(?!\w)",
}
# "not only", "nicht nur", "không chỉ", "non seulement" are not negations of the claim.
_NOT_ONLY = {
    "en": r"\bnot only\b",
    "de": r"\bnicht nur\b",
    "fr": r"\bnon seulement\b|\bne\s+\w+\s+que\b",
    # Vietnamese words built on "không" that are not negations: hàng không (aviation),
    # không khí (air), không gian (space), không quân (air force), không phận (airspace).
    "vi": r"(?<!\w)(?:không (?:chỉ|những|khí|gian|quân|phận|trung|ảnh|lưu)|hàng không|chưa kể)"
    r"(?!\w)",
}


def count_negations(sentence: str, lang: str) -> int:
    """Number of negation cues; French "ne … pas" counts once."""
    pattern = _NEGATION.get(lang)
    if not pattern:
        return 0
    text = sentence.lower()
    text = re.sub(_NOT_ONLY.get(lang, r"$^"), " ", text)
    hits = re.findall(pattern, text)
    if lang == "fr":
        ne = sum(1 for h in hits if h.startswith("n"))
        rest = len(hits) - ne
        return max(ne, rest)
    return len(hits)


# --- public --------------------------------------------------------------------------------


def extract(sentence: str, lang: str) -> Anchors:
    """All anchors of one sentence in its language."""
    text = unicodedata.normalize("NFC", sentence)
    dates: list[str] = []
    consumed = list(text)
    for pattern, order in _date_patterns(lang):
        for match in pattern.finditer("".join(consumed)):
            key = _date_key(match.groups(), order, lang)
            if key is None:
                continue
            dates.append(key)
            for i in range(match.start(), match.end()):
                consumed[i] = " "
    rest = "".join(consumed)
    numbers = _numbers(rest, lang)
    return Anchors(
        numbers=tuple(numbers),
        dates=tuple(dates),
        names=tuple(names.phrases(text, lang)),
        negations=count_negations(text, lang),
    )


# two roman letters at least ("XVIIe", "IVe"), or "Ier": a lone "Le"/"Ce" is a French word
_ROMAN_ORDINAL = re.compile(r"\b([IVXLC]{2,6}(?=e\b|ème\b)|I(?=er\b|ère\b))")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _roman(token: str) -> int:
    total = 0
    for ch, nxt in zip(token, [*token[1:], ""], strict=True):
        value = _ROMAN_VALUES[ch]
        total += -value if nxt and _ROMAN_VALUES[nxt] > value else value
    return total


def _numbers(text: str, lang: str) -> list[str]:
    values: list[str] = []
    lower = text.lower()
    for match in _NUMBER_RE.finditer(text):
        value = _parse_number(match.group(0), lang)
        if value is None:
            continue
        after = lower[match.end() : match.end() + 14].split()
        scale_word = after[0].strip(".,;:") if after else ""
        scale = (_DE_BILLION if lang == "de" else {}).get(scale_word) or _SCALES.get(scale_word)
        if scale:
            value *= scale
        values.append(_format(value))
    if lang in ("fr", "en", "de"):  # centuries: "XVIIe siècle", "IVe", "Ier"
        for m in _ROMAN_ORDINAL.finditer(text):
            values.append(str(_roman(m.group(1))))
    words = _WORD_NUMBERS.get(lang, {})
    if words:
        for phrase, number in sorted(words.items(), key=lambda kv: -len(kv[0])):
            if lang == "vi" and phrase in _VI_AMBIGUOUS:
                continue
            for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", lower):
                after = lower[m.end() : m.end() + 14].split()
                scale = _SCALES.get(after[0].strip(".,;:")) if after else None
                values.append(str(number * (scale or 1)))
                lower = lower[: m.start()] + " " * (m.end() - m.start()) + lower[m.end() :]
    return values
