"""Dates in de/en/fr/vi prose, as keys that compare across languages.

"16. November 2024" = "November 16, 2024" = "le 16 novembre 2024" = "ngày 16/11/2024" =
"2024-11-16"; without a year "--11-16"; a month of a year "2024-11"; a month alone ("Ende
Juli" = "cuối tháng 7" = "late July" = "fin juillet") "--07". Years alone are found by
anchors.py among the numbers. Matched characters are blanked so that the day and year are
not counted again as numbers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from transcheck.text.blanking import take

_MONTHS = {
    "de": "januar februar märz april mai juni juli august september oktober november dezember",
    "en": "january february march april may june july august september october november december",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
}
_MONTH_LOOKUP: dict[str, dict[str, int]] = {
    lang: {name: i + 1 for i, name in enumerate(names.split())} for lang, names in _MONTHS.items()
}
_MONTH_LOOKUP["en"].update(
    {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
     "oct": 10, "nov": 11, "dec": 12}
)  # fmt: skip


def month_name(n: int, lang: str) -> str:
    """The name of the nth month in a language of _MONTHS (English for any other)."""
    return _MONTHS.get(lang, _MONTHS["en"]).split()[n - 1]


# German abbreviations date a year ("Nov. 1956"); alone ("Aug", "Jun") they are too short
# to trust
_DE_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "febr": 2, "mär": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "okt": 10, "nov": 11, "dez": 12,
}  # fmt: skip
_MONTH_LOOKUP["de"].update({"jänner": 1, "feber": 2, "maerz": 3, **_DE_ABBREVIATIONS})
_DE_ALONE = {*_MONTHS["de"].split(), "jänner"}
_MONTH_LOOKUP["fr"].update({"fevrier": 2, "aout": 8, "decembre": 12, "janv": 1, "févr": 2})
# Vietnamese month names in words: "tháng Bảy" = July, "tháng Chạp" = December.
_VI_MONTHS = {
    "giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7,
    "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "một một": 11, "mười hai": 12, "chạp": 12,
}  # fmt: skip
_VI_MONTH_WORDS = "|".join(sorted(_VI_MONTHS, key=len, reverse=True))
_DE_DATE_CUE = r"(?:am|vom|zum|bis|ab|seit|den|dem|bis\s+zum)"


def _alt(lang: str) -> str:
    names = sorted(_MONTH_LOOKUP.get(lang, _MONTH_LOOKUP["en"]), key=len, reverse=True)
    return "|".join(re.escape(n) for n in names)


_DAY_SPANS = {
    # after "ngày" or a bracket only: "3-4/5" may be a share
    "vi": (
        r"(?:ngày\s+|\(\s*)(\d{{1,2}})\s*(?:-|–|và|đến|tới)\s*"
        r"(?=\d{{1,2}}\s*/\s*(\d{{1,2}})(?!\d)(?:\s*/\s*{y})?)"
    ),
    "de": r"(?<![\d.,])(\d{{1,2}})\.\s*(?:-|–|bis|und)\s*(?=\d{{1,2}}\.\s*({mo})\b(?:\s+{y})?)",
    "fr": r"(?<![\d.,])(\d{{1,2}})(?:er)?\s*(?:-|–|au|et)\s*(?=\d{{1,2}}\s+({mo})\b(?:\s+{y})?)",
    "en": (
        r"(?<![\d.,])(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*"
        r"(?=\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?({mo})\b(?:,?\s+{y})?)"
    ),
}


@lru_cache(maxsize=16)
def _patterns(lang: str) -> list[tuple[re.Pattern[str], str]]:
    """(pattern, group order); order letters: d day, m month, y year, M month name, V vi."""
    mo = _alt(lang)
    y = r"(\d{4})"
    pats: list[tuple[str, str]] = [
        # the first day of a span shares the month (and year) of the second, read before
        # the second takes them: "19-20/9/2026", "19. und 20. September", "du 19 au 21
        # septembre", "19-20 September"
        (
            _DAY_SPANS.get(lang, _DAY_SPANS["en"]).format(mo=mo, y=y),
            "dmy" if lang == "vi" else "dMy",
        ),
        (r"(?<![\d.])(\d{4})-(\d{2})-(\d{2})(?!\d)", "ymd"),
        (rf"(?<![\d.,])(\d{{1,2}})\.\s?(\d{{1,2}})\.\s?{y}(?!\d)", "dmy"),
        (rf"(?<![\d/])(\d{{1,2}})[/-](\d{{1,2}})[/-]{y}(?!\d)", "dmy"),
        (r"(?<![\d.,])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])", "dmy"),
    ]
    if lang == "vi":
        pats += [
            (rf"ngày\s+(\d{{1,2}})\s+tháng\s+(\d{{1,2}})(?:\s*(?:năm|,)\s*{y})?", "dmy"),
            (rf"ngày\s+(\d{{1,2}})\s*/\s*(\d{{1,2}})(?:\s*/\s*{y})?", "dmy"),
            (rf"(?<![\d/.,])(\d{{1,2}})/(\d{{1,2}})(?:/{y})?(?![\d/])", "dmy"),
            (rf"tháng\s+(\d{{1,2}})\s*(?:/|năm)\s*{y}", "my"),
            (r"tháng\s+(\d{1,2})(?!\d|[/.,]\d)", "m"),
            (rf"tháng\s+({_VI_MONTH_WORDS})(?:\s*(?:/|năm)\s*{y})?(?!\w)", "Vy"),
        ]
    else:
        if lang == "en":
            pats += [
                (rf"\b({mo})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+{y})?", "Mdy"),
                (rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({mo})\b\.?(?:,?\s+{y})?", "dMy"),
            ]
        else:  # de "16. November 2024", fr "le 16 novembre 2024", "1er mai"
            pats.append((rf"\b(\d{{1,2}})(?:\.|er|e)?\s+({mo})\b\.?(?:\s+{y})?", "dMy"))
        if lang == "de":  # "am 16.11." or "am Montag (9.3.)" without a year
            pats.append((rf"\b{_DE_DATE_CUE}\s+(\d{{1,2}})\.(\d{{1,2}})\.(?!\d)", "dm"))
            day = _DAY_WORDS["de"].replace(" ", "|")
            pats.append(
                # also a feast day named by its weekday: "Ostermontag (6.4.)"
                (rf"\b\w*(?:{day})\s*[,(]?\s*(?:den\s+)?(\d{{1,2}})\.(\d{{1,2}})\.(?!\d)", "dm")
            )
        # "Nov. 1956", tokenised "Nov . 1956"
        pats.append((rf"\b({mo})\b\s?\.?,?\s+{y}", "My"))
        # a month on its own ("Ende Juli"); "may"/"march" are English words too; in German
        # only the full names and Austrian "Jänner" stand alone
        alone = "|".join(
            m
            for m in mo.split("|")
            if m not in ("may", "march", "mar", "jan") and (lang != "de" or m in _DE_ALONE)
        )
        pats.append((rf"\b({alone})\b", "M"))
        if lang == "en":  # capitalised, these are months; lowercase, a verb
            pats.append((r"\b((?-i:March|May))\b", "M"))
    return [(re.compile(p, re.IGNORECASE), order) for p, order in pats]


def _key(groups: tuple[str | None, ...], order: str, lang: str) -> str | None:
    parts: dict[str, int] = {}
    for value, kind in zip(groups, order, strict=False):
        if value is None:
            continue
        if kind == "M":
            month = _MONTH_LOOKUP.get(lang, _MONTH_LOOKUP["en"]).get(value.lower().rstrip("."))
            if month is None:
                return None
            parts["m"] = month
        elif kind == "V":
            parts["m"] = _VI_MONTHS[" ".join(value.lower().split())]
        else:
            parts[kind] = int(value)
    if parts.get("m", 0) > 12 >= parts.get("d", 13):  # US order: "11/16/2024"
        parts["d"], parts["m"] = parts["m"], parts["d"]
    day, month, year = parts.get("d"), parts.get("m"), parts.get("y")
    if year is not None and year < 100:
        year += 2000
    if month is None or not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
        return None
    if day is None:
        return f"{year:04d}-{month:02d}" if year else f"--{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


# A day said as an ordinal word before its month ("ab dem ersten Januar 2027" = "from 1
# January 2027", "le premier mai", "the first of May") is read as its figure.
_UNITS_DE = "ein zwei drei vier fünf sechs sieben acht neun".split()
_DAY_ORDINALS = {
    "de": [
        "erst", "zweit", "dritt", "viert", "fünft", "sechst", "siebt", "acht", "neunt", "zehnt",
        "elft", "zwölft", "dreizehnt", "vierzehnt", "fünfzehnt", "sechzehnt", "siebzehnt",
        "achtzehnt", "neunzehnt", "zwanzigst",
        *(f"{u}undzwanzigst" for u in _UNITS_DE), "dreißigst", "einunddreißigst",
    ],
    "en": [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth", "twentieth",
        *(f"twenty-{o}" for o in "first second third fourth fifth sixth seventh eighth"
          " ninth".split()),
        "thirtieth", "thirty-first",
    ],
    "fr": ["premier"],
}  # fmt: skip
# English says "the first of May"; "the first March rally" is no date
_DAY_ORDINAL_BEFORE = {"de": "", "en": r"the\s+", "fr": ""}
_DAY_ORDINAL_OF = {"de": "", "en": r"\s+of", "fr": ""}
_DAY_ORDINAL_ENDING = {"de": "e[nmrs]?", "en": "", "fr": ""}


@lru_cache(maxsize=8)
def _day_ordinal(lang: str) -> re.Pattern[str] | None:
    words = _DAY_ORDINALS.get(lang)
    if words is None:
        return None
    alternation = "|".join(sorted(words, key=len, reverse=True))
    return re.compile(
        rf"(?<!\w){_DAY_ORDINAL_BEFORE[lang]}(?P<word>(?:{alternation}){_DAY_ORDINAL_ENDING[lang]})"
        rf"(?={_DAY_ORDINAL_OF[lang]}\s+(?:{_alt(lang)})\b)",
        re.IGNORECASE,
    )


def _figured_days(text: str, lang: str) -> str:
    """The text with each day said as an ordinal before a month written as its figure,
    padded to the word's length (what is blanked later lines up with the text)."""
    pattern = _day_ordinal(lang)
    if pattern is None:
        return text
    words = _DAY_ORDINALS[lang]

    def figure(m: re.Match[str]) -> str:
        word = m.group("word").lower()
        day = next(
            k + 1 for k, w in enumerate(words) if word.startswith(w) and len(word) - len(w) <= 2
        )
        return m.group(0)[: m.start("word") - m.start()] + str(day).ljust(len(m.group("word")))

    return pattern.sub(figure, text)


# A day of the Vietnamese lunar calendar: "27 tháng Chạp", "mùng 1 Tết", "rằm tháng Giêng",
# "rằm tháng Tám", "ngày 15/8 âm lịch". Chạp and Giêng are the lunar year's last and first
# months; the Western date a translation gives for such a day ("26. Januar") is another key
# altogether.
_DAYS_BEFORE = r"(?:(?:ngày|mùng|mồng|rằm)\s+)?(?:\d{1,2}\s*(?:-|–|đến|và)\s*)?(?:\d{1,2}\s+)?"
_LUNAR = {
    "vi": re.compile(
        rf"{_DAYS_BEFORE}tháng\s+(?:chạp|giêng)(?!\w)"
        # "rằm" is the full moon, the fifteenth of a lunar month: "đêm rằm tháng Tám"
        r"|rằm\s+tháng\s+(?:\d{1,2}|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín"
        r"|mười(?:\s+(?:một|hai))?)(?!\w)"
        r"|(?:mùng|mồng)\s+\d{1,2}(?:\s*(?:-|–|đến|và)\s*\d{1,2})?\s+tết(?!\w)"
        r"|(?:ngày\s+)?(?:\d{1,2}\s*(?:/|tháng)\s*)?\d{1,2}(?:\s*/\s*\d{4})?"
        r"\s*\(?\s*(?:âm\s+lịch|âl)(?!\w)\)?",
        re.IGNORECASE,
    ),
    # the same day explained in a translation: "the fifteenth day of the first lunar month",
    # "le 15e jour du premier mois lunaire", "am Vollmondtag des ersten Mondmonats"
    "en": re.compile(
        r"\b(?:the\s+)?[\w-]+\s+(?:day\s+)?of\s+the\s+[\w-]+\s+(?:lunar\s+month"
        r"|month\s+of\s+the\s+lunar\s+(?:calendar|year))\b",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"\b(?:le\s+)?[\w-]+\s+jour\s+du\s+[\w-]+\s+mois\s+(?:lunaire|de\s+l['’]année\s+lunaire"
        r"|du\s+calendrier\s+lunaire)\b",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"(?:\b(?:am\s+)?[\w.-]+\s+tag|\b\w*tag)\s+des\s+[\w.-]+\s+(?:mondmonats"
        r"|monats\s+(?:des|nach\s+dem)\s+mondkalenders?)\b",
        re.IGNORECASE,
    ),
}


def lunar_dates(text: str, lang: str) -> tuple[str, bool]:
    """The text with its lunar-calendar dates blanked, and whether it had any. Such a day
    cannot be checked against the Western date the other side may give for it."""
    pattern = _LUNAR.get(lang)
    if pattern is None:
        return text, False
    rest, found = take(text, [(pattern, lambda m: True if m.group(0).strip() else None)])
    return rest, bool(found)


def find_dates(text: str, lang: str) -> tuple[str, list[str]]:
    """Date keys in reading order, and the text with the matched dates blanked."""
    text = _figured_days(text, lang)

    def reader(order: str) -> Callable[[re.Match[str]], tuple[int, str] | None]:
        def read(match: re.Match[str]) -> tuple[int, str] | None:
            if not match.group(0).strip():
                return None
            key = _key(match.groups(), order, lang)
            return None if key is None else (match.start(), key)

        return read

    rest, hits = take(text, [(pattern, reader(order)) for pattern, order in _patterns(lang)])
    return rest, [key for _, key in sorted(hits)]


# Days of the week (Monday = 1). A news translation restates "am Donnerstag" as "jeudi" or
# adds the date; a different day is a different date. Vietnamese counts its days with
# capitals ("thứ Năm" = Thursday; "thứ năm" = fifth), Sunday is "Chủ nhật".
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_DAY_WORDS = {
    "de": "montag dienstag mittwoch donnerstag freitag samstag|sonnabend sonntag",
    "en": "monday tuesday wednesday thursday friday saturday sunday",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
}
_DE_DAY_ENDS = "s|abend|abends|morgen|vormittag|mittag|nachmittag|nacht|früh"
_DAY_PATTERNS = {
    lang: [
        # German compounds and adverbs ("Donnerstagabend", "montags"; not "Montage"),
        # plurals elsewhere
        re.compile(rf"\b(?:{day})(?:{_DE_DAY_ENDS if lang == 'de' else 's'})?\b", re.I)
        for day in days.split()
    ]
    for lang, days in _DAY_WORDS.items()
}
_VI_DAYS = [
    re.compile(rf"(?<!\w)thứ {day}(?!\w)") for day in ("Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy")
] + [re.compile(r"(?<!\w)chủ nhật(?!\w)", re.I)]


def weekdays(text: str, lang: str) -> frozenset[str]:
    """The days of the week a text names, in English ("Thursday"); none for a language
    whose day names we do not know."""
    patterns = _VI_DAYS if lang == "vi" else _DAY_PATTERNS.get(lang, [])
    return frozenset(WEEKDAYS[n] for n, p in enumerate(patterns) if p.search(text))


# German names a night by the day it leads into: "in den Nächten auf Samstag und Sonntag"
# are Friday and Saturday nights
_DE_NIGHT_INTO = re.compile(
    r"\bn(?:a|ä)cht\w*\s+(?:auf|zum|zu|vor)\s+((?:\w+)(?:\s*(?:,|und|oder|bzw\.)\s*\w+)*)",
    re.IGNORECASE,
)


def nights_into(text: str, lang: str) -> dict[str, str]:
    """The days a German text names a night by, each with the evening before: "in der
    Nacht zum Dienstag" → {"Tuesday": "Monday"}. A translation may name either."""
    if lang != "de":
        return {}
    patterns = _DAY_PATTERNS["de"]
    return {
        WEEKDAYS[n]: WEEKDAYS[(n - 1) % 7]
        for m in _DE_NIGHT_INTO.finditer(text)
        for n, p in enumerate(patterns)
        if p.search(m.group(1))
    }


# A day said by where it lies from another ("le lendemain" = "hôm sau" = "the next day"),
# to which a translator may add the date it works out ("Ngay hôm sau (29/5)")
_RELATIVE_DAYS = {
    "next day": {
        "de": r"am\s+(?:nächsten|folgenden)\s+tag|am\s+folgetag|tags\s+darauf",
        "en": r"the\s+(?:next|following)\s+day|the\s+day\s+after",
        "fr": r"lendemain|le\s+jour\s+suivant",
        "vi": r"hôm\s+sau|ngày\s+sau\s+đó",
    },
    "day before": {
        "de": r"am\s+vortag|tags\s+zuvor",
        "en": r"the\s+(?:previous\s+day|day\s+before)",
        "fr": r"la\s+veille",
        "vi": r"hôm\s+trước|ngày\s+hôm\s+trước",
    },
    "yesterday": {"de": "gestern", "en": "yesterday", "fr": "hier", "vi": r"hôm\s+qua"},
    "today": {"de": "heute", "en": "today", "fr": r"aujourd['’]hui", "vi": r"hôm\s+nay"},
}


def relative_days(text: str, lang: str) -> frozenset[str]:
    """The days a text names from another day ("yesterday", "the next day")."""
    return frozenset(
        day
        for day, said in _RELATIVE_DAYS.items()
        if lang in said and re.search(rf"(?<!\w)(?:{said[lang]})(?!\w)", text, re.IGNORECASE)
    )


# Quarters of a year: "Q2" = "second quarter" = "2. Quartal" = "deuxième trimestre" = "quý
# II", kept as "Q2" or "Q2 2026" (a year said with it). mismatch.py lets a quarter cover
# the months in it ("in the second quarter" = "between April and June").
_QUARTER_WORDS = {
    # Australian firms name a quarter by its last month: "the December quarter"
    "en": "first:1 1st:1 second:2 2nd:2 third:3 3rd:3 fourth:4 4th:4 march:1 june:2 "
    "september:3 december:4",
    "de": "ersten:1 erste:1 erstes:1 zweiten:2 zweite:2 zweites:2 dritten:3 dritte:3 "
    "drittes:3 vierten:4 vierte:4 viertes:4",
    "fr": "premier:1 1er:1 deuxième:2 second:2 2e:2 troisième:3 3e:3 quatrième:4 4e:4",
    "vi": "ba:1 3:1",  # "ba tháng đầu năm": the first three months
}
# The first three months of a year are its first quarter: "ba tháng đầu năm" =
# "January-March" = "the first three months of the year"
_FIRST_THREE_MONTHS = {
    "en": r"(?<!\w)first\s+three\s+months(?!\w)",
    "de": r"(?<!\w)ersten\s+drei\s+Monate(?:n)?(?!\w)",
    "fr": r"(?<!\w)trois\s+premiers\s+mois(?!\w)",
    "vi": r"(?<!\w)(?P<w>ba|3)\s+tháng\s+đầu\s+năm(?!\w)",
}
# and the last three its fourth: "ba tháng cuối năm" = "Oktober bis Dezember"
_LAST_THREE_MONTHS = {
    "en": r"(?<!\w)(?P<last>last|final)\s+three\s+months\s+of\s+the\s+year(?!\w)",
    "de": r"(?<!\w)(?P<last>letzten)\s+drei\s+Monate(?:n)?\s+des\s+Jahres(?!\w)",
    "fr": r"(?<!\w)trois\s+(?P<last>derniers)\s+mois\s+de\s+l['’]\s?année(?!\w)",
    "vi": r"(?<!\w)(?:ba|3)\s+tháng\s+(?P<last>cuối)\s+năm(?!\w)",
}
_YEAR_AFTER = (
    r"(?:(?:\s*(?:/|of|the|des|de|du|l['’]|năm|fiscal|financial|exercice|tài\s+chính))*"
    r"\s*(?P<y>(?:19|20)\d\d)(?!\d))?"
)


@lru_cache(maxsize=8)
def _quarter_patterns(lang: str) -> list[re.Pattern[str]]:
    words = "|".join(
        sorted((w.partition(":")[0] for w in _QUARTER_WORDS.get(lang, "").split()), key=len)[::-1]
    )
    found = [r"(?<![\w/])Q(?P<n>[1-4])(?!\w)"]
    if lang == "en":
        found.append(rf"(?<!\w)(?P<w>{words})[\s-]+quarter(?![\w-])")  # not "quarter-final"
    elif lang == "de":
        found += [
            r"(?<!\w)(?P<n>[1-4])\.\s*Quartal(?!\w)",
            rf"(?<!\w)(?P<w>{words})\s+Quartal(?!\w)",
        ]
    elif lang == "fr":
        found += [r"(?<![\w/])T(?P<n>[1-4])(?!\w)", rf"(?<!\w)(?P<w>{words})\s+trimestre(?!\w)"]
    elif lang == "vi":
        found.append(r"(?<!\w)quý\s+(?P<r>IV|I{1,3}|[1-4])(?!\w)")
    if lang in _FIRST_THREE_MONTHS:
        found += [_FIRST_THREE_MONTHS[lang], _LAST_THREE_MONTHS[lang]]
    return [re.compile(p + _YEAR_AFTER, re.IGNORECASE) for p in found]


def find_quarters(text: str, lang: str) -> tuple[str, list[str]]:
    """Quarters of a year as "Q2" or "Q2 2026", and the text with them blanked."""
    words = {
        w: int(n) for w, _, n in (x.partition(":") for x in _QUARTER_WORDS.get(lang, "").split())
    }
    romans = {"i": 1, "ii": 2, "iii": 3, "iv": 4}

    def read(m: re.Match[str]) -> tuple[int, str]:
        groups = m.groupdict()
        if groups.get("n"):
            quarter = int(groups["n"])
        elif groups.get("w"):
            quarter = words[groups["w"].lower()]
        elif groups.get("last"):
            quarter = 4  # the last three months
        elif groups.get("r") is None:
            quarter = 1  # the first three months
        else:
            r = groups["r"].lower()
            quarter = romans[r] if r in romans else int(r)
        year = groups.get("y")
        return m.start(), f"Q{quarter} {year}" if year else f"Q{quarter}"

    rest, found = take(text, [(pattern, read) for pattern in _quarter_patterns(lang)])
    return rest, [key for _, key in sorted(found)]


# A clock time's zone, as news names it right after the time: "10pm UK time", "23 Uhr
# deutscher Zeit", "20 h, heure de Paris", "20h (giờ Hà Nội)", "21:47 UTC". Local and
# universal time are one zone in every language; the others are told apart by their words.
_ZONES = {
    "en": r"(?!(?:This|That|Next|Last|Every|Each|Some|Any|The|Same|First|Half|Full)\s)"
    r"((?:[A-Z][\w.]*\s)?[A-Z][\w.]*|local|[a-z]+ern)\s+time\b",
    "de": r"(Ortszeit|\w+scher\s+Zeit|Schweizer\s+Zeit)\b",
    "fr": r"heure\s+(locale|d(?:e|u)\s+[A-ZÀ-Ý][\w-]*|d['’][A-ZÀ-Ý][\w-]*|française|belge|suisse"
    r"|britannique|allemande|vietnamienne|québécoise|canadienne)\b",
    "vi": r"giờ\s+(địa phương|quốc tế|[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*)?)",
}
_ZONE_CODES = r"(UTC|GMT|TU|MEZ|MESZ|CET|CEST|BST|EST|EDT|PST|PDT|AEST|AEDT|ICT)\b"
_CLOCK_BEFORE = r"\d[\d:.]*\s*(?:[ap]\.?m\.?|Uhr|h(?:\s?\d\d)?|giờ(?:\s?\d\d)?)?\s*[,(]?\s*"
_LOCAL = {"local", "ortszeit", "locale", "địa phương"}
_UNIVERSAL = {"utc", "gmt", "tu", "quốc tế"}


def time_zones(text: str, lang: str) -> dict[str, str]:
    """The time zones a sentence names after a clock time, each as a key that compares
    across languages only for local and universal time ("Ortszeit" = "local time", "UTC" =
    "TU"), with the words that name it."""
    zones = [_ZONE_CODES, *([_ZONES[lang]] if lang in _ZONES else [])]
    found: dict[str, str] = {}
    for zone in zones:
        for m in re.finditer(_CLOCK_BEFORE + zone, text):
            word = m.group(1).lower()
            key = "local" if word in _LOCAL else "utc" if word in _UNIVERSAL else f"{lang}:{word}"
            found.setdefault(key, m.group(1))
    return found


# A decade said in words or by its two digits ("the nineties", "Neunzigerjahre", "90er
# Jahre", "les années 90", "thập niên 90"): the year that starts it, as "the 1990s" and
# "die 1990er-Jahre" are read (a year of the last century: news rarely says "die
# Zwanzigerjahre" of this one).
_TENS = {
    "en": "twenties thirties forties fifties sixties seventies eighties nineties",
    "de": "zwanziger dreißiger vierziger fünfziger sechziger siebziger achtziger neunziger",
    "fr": "vingt trente quarante cinquante soixante soixante-dix quatre-vingt quatre-vingt-dix",
}
_DECADE_WORDS = {
    lang: {w: 1920 + 10 * i for i, w in enumerate(words.split())} for lang, words in _TENS.items()
}
_DECADE_WORDS["de"]["dreissiger"] = 1930
_DECADE_WORDS["fr"]["quatre-vingts"] = 1980
_DECADE_PATTERNS = {
    # "the" makes it a decade: "in her nineties" is an age
    "en": r"(?<![\w'])the\s+(?:early\s+|mid-?\s*|late\s+)?(?:({w})|'?([2-9]0)s)\b",
    "de": r"(?<!\w)(?:({w})|([2-9]0)er)(?:\s*-?\s*[Jj]ahren?|jahren?)\b",
    "fr": r"(?<!\w)années\s+(?:({w})|([2-9]0))\b",
    "vi": r"(?<!\w)(?:thập niên|thập kỷ|những năm)\s+(?:({w})|([2-9]0))\b",
}


@lru_cache(maxsize=8)
def _decade_pattern(lang: str) -> re.Pattern[str] | None:
    if lang not in _DECADE_PATTERNS:
        return None
    words = sorted(map(re.escape, _DECADE_WORDS.get(lang, {})), key=len, reverse=True)
    return re.compile(_DECADE_PATTERNS[lang].format(w="|".join(words) or "(?!)"), re.IGNORECASE)


def find_decades(text: str, lang: str) -> tuple[str, list[str]]:
    """Decades said without their century, as the year that starts each, and the text with
    them blanked."""
    pattern = _decade_pattern(lang)
    if pattern is None:
        return text, []
    words = _DECADE_WORDS.get(lang, {})

    def read(m: re.Match[str]) -> tuple[int, str] | None:
        word, digits = m.group(1), m.group(2)
        year = words.get(word.lower()) if word else 1900 + int(digits)
        return None if year is None else (m.start(), str(year))

    rest, hits = take(text, [(pattern, read)])
    return rest, [key for _, key in sorted(hits)]
