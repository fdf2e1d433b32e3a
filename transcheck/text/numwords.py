"""Numbers written as words in de/en/fr/vi: zehn = ten = dix = mười = 10, "hai mươi" = 20.

A run of number words is combined the usual way (units add, "hundred"/"mươi" multiply what
precedes, "thousand"/"nghìn" close a group). German writes compounds as one word
("zweihundertfünfzig", "einundzwanzig", "zweieinhalb"), parsed here too. Scale words after
a run ("zwei Millionen") are read by anchors.py, like those after digits.

Left out on purpose: a lone "one/ein/un/một" (an article far more often than a number),
capitalised number words inside a sentence (Vietnamese names: "ông Ba", "Ba Lan" = Poland),
ordinals outside a context that makes them ordinals ("thứ hai" alone is also Monday; see
ordinal_words), and a lone Vietnamese word that has another common
sense ("năm" = year, "ba" = father, "tư" = private) unless a counted noun follows it.
Vague magnitudes ("thousands of", "hàng trăm triệu") are read apart (vague_numbers): only
their order of magnitude is a fact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_EN = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "both": 2, "twice": 2, "a": 1, "an": 1,
    "another": 1,
}  # fmt: skip
_FR = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40,
    "cinquante": 50, "soixante": 60, "quatre-vingt": 80, "quatre-vingts": 80,
    # Belgian and Swiss French
    "septante": 70, "octante": 80, "huitante": 80, "nonante": 90,
}  # fmt: skip
_VI = {
    "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "sáu": 6,
    "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9, "mười": 10,
}  # fmt: skip
# Multipliers of the run so far, and scales that close a group.
_MULT = {
    "hundred": 100, "cent": 100, "cents": 100, "trăm": 100, "mươi": 10, "chục": 10,
    "dozen": 12, "douzaine": 12, "douzaines": 12, "dizaine": 10, "quinzaine": 15, "vingtaine": 20,
    "trentaine": 30, "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60,
    "centaine": 100, "millier": 1000,
}  # fmt: skip
_GROUP = {"thousand": 1000, "mille": 1000, "nghìn": 1000, "ngàn": 1000}
_JOINERS = {"en": {"and"}, "fr": {"et"}, "vi": {"linh", "lẻ"}, "de": set()}
_ARTICLES = {"one", "un", "une", "một", "ein", "eine", "einer", "einen", "einem", "eines"}
# English articles that are one only before a scale word spelled out: "a million", "another
# billion" (not "a m", "a k")
_A_ONE = {"a", "an", "another"}
_A_SCALES = {"million", "billion", "trillion", "dozen"}
# "hai mươi năm" is twenty years, "ba nghìn năm" three thousand, "mười năm" ten: after
# ten, tens, hundreds and thousands a unit five is said "lăm" ("hai mươi lăm" = 25, "mười
# lăm" = 15), so a last "năm" is the year
_VI_YEAR_AFTER = {"mười", "mươi", "chục", "trăm", "nghìn", "ngàn"}
_VI_AMBIGUOUS = {"năm", "ba", "chín"}
_VI_ONLY_AFTER_TENS = {"tư", "mốt", "lăm"}  # "hai mươi tư" = 24, but "đầu tư" = invest
# Nouns counted after a number: "ba người", "năm ngày" are numbers, "năm nay" is not.
_VI_COUNTED = set(
    """người ngày tháng năm tuần giờ phút giây lần nước quốc gia tỉnh thành phố chiếc con cái
    bên vụ trường hợp loại điểm phần km mét tấn ha nhà doanh nghiệp công ty đội tàu xe
    triệu tỷ tỉ nghìn ngàn trăm mươi chục dự án bài học sinh nhân viên cán bộ chiến sĩ hộ
    gia đình khách du ngọn cây chuyến tầng giám chuyên vận bác xã huyện làng trường""".split()
)
_VI_ORDINAL_BEFORE = re.compile(r"(?:thứ|tháng|hạng|khóa|số)\s*$")

_DE_UNITS = {"ein": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
             "sieben": 7, "acht": 8, "neun": 9, "zweier": 2, "dreier": 3}  # fmt: skip
_DE_TEENS = {"zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14,
             "fünfzehn": 15,
             "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19}  # fmt: skip
_DE_TENS = {"zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50,
            "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90}  # fmt: skip
_DE_WORDS = {"beide": 2, "beiden": 2, "beider": 2, "beides": 2, "dutzend": 12, "eine": 1,
             "einer": 1, "einen": 1, "einem": 1, "eines": 1,
             "anderthalb": 1.5, "eineinhalb": 1.5}  # fmt: skip


# Scale words after a number (digits or words), lowercase.
SCALES = {
    "thousand": 10**3, "thousands": 10**3, "tausend": 10**3, "nghìn": 10**3, "ngàn": 10**3,
    "mille": 10**3, "k": 10**3,
    "million": 10**6, "millions": 10**6, "millionen": 10**6, "mio": 10**6, "mio.": 10**6,
    "mln": 10**6, "triệu": 10**6, "m": 10**6,
    "billion": 10**9, "billions": 10**9, "bn": 10**9, "milliarde": 10**9, "milliarden": 10**9,
    "mrd": 10**9, "mrd.": 10**9, "md": 10**9, "mds": 10**9, "tỷ": 10**9, "tỉ": 10**9,
    "milliard": 10**9, "milliards": 10**9,
    "trillion": 10**12, "trillions": 10**12, "billionen": 10**12, "nghìn tỷ": 10**12,
    "billiarde": 10**15, "billiarden": 10**15, "triệu tỷ": 10**15, "triệu tỉ": 10**15,
    "ngàn tỷ": 10**12, "nghìn tỉ": 10**12, "ngàn tỉ": 10**12,
    # dozens after a figure: "2 tá" = "2 Dutzend" = "two dozen" = 24
    "dozen": 12, "tá": 12, "dutzend": 12, "douzaine": 12, "douzaines": 12,
}  # fmt: skip


@dataclass(frozen=True)
class NumberWord:
    """A number written in words: its span in the sentence and its value."""

    start: int
    end: int
    value: float
    approx: bool = False  # an order of magnitude ("hàng nghìn" = thousands), not a figure


def _de_below100(word: str) -> int | None:
    for table in (_DE_UNITS, _DE_TEENS, _DE_TENS):
        if word in table:
            return table[word]
    unit, sep, tens = word.partition("und")
    if sep and (unit in _DE_UNITS or unit == "ein") and tens in _DE_TENS:
        return _DE_UNITS.get(unit, 1) + _DE_TENS[tens]
    return None


def _de_below1000(word: str) -> int | None:
    left, sep, right = word.partition("hundert")
    if not sep:
        return _de_below100(word)
    head = _DE_UNITS.get(left) if left else 1
    tail = _de_below100(right) if right else 0
    return None if head is None or tail is None else head * 100 + tail


# A German compound that counts with a number word: "zweimal" (twice), "zehntägigen" (ten
# days long), "viergipflig" (four-peaked) = "deux fois", "dix jours", "quatre sommets".
# "ein-" is left out: "einmal", "einfach", "einseitig" are as often idioms as counts.
_DE_COUNTED = re.compile(
    r"(?:mal|fach|tägig|jährig|wöchig|monatig|stündig|minütig|köpfig|gipflig|stöckig"
    r"|teilig|sitzig|motorig|bändig)(?:e[nmrs]?)?"
)


def _counted_at(word: str) -> int:
    """Where the counting suffix of a German compound starts ("zweimal" → 4), else 0."""
    found = next((m for m in _DE_COUNTED.finditer(word) if m.end() == len(word)), None)
    return found.start() if found else 0


# "Achttausender", "Siebentausendern", "Viertausender-Status": a mountain of so many
# thousand metres, « les 8000 » in French: the thousands are the figure both keep.
_DE_THOUSANDER = re.compile(r"(?P<head>\w+?)tausender(?:n|s)?(?:-[^\W\d_]+)*")


def _stands_alone(word: str) -> bool:
    """Whether a German word is a count of its own, no part of a run: a counted compound
    ("einer zehntägigen") or a thousander ("vier Achttausender": four of them, not 8004)."""
    return _counted_at(word) > 0 or _DE_THOUSANDER.fullmatch(word) is not None


def german_number(word: str) -> float | None:
    """Value of one German number word ("zweihundertfünfzig", "zweieinhalb", "zweimal",
    "Achttausender"), else None."""
    word = word.lower()
    if word in _DE_WORDS:
        return _DE_WORDS[word]
    peak = _DE_THOUSANDER.fullmatch(word)
    if peak:
        head = _DE_UNITS.get(peak.group("head"))
        return head * 1000 if head is not None and head >= 2 else None
    cut = _counted_at(word)
    if cut:
        head = german_number(word[:cut])
        return head if head is not None and head >= 2 else None
    if word.endswith("einhalb") and len(word) > 7:
        base = german_number(word[:-7])
        return None if base is None else base + 0.5
    left, sep, right = word.partition("tausend")
    if not sep:
        return _de_below1000(word)
    head = _de_below1000(left) if left else 1
    tail = _de_below1000(right) if right else 0
    return None if head is None or tail is None else head * 1000 + tail


# "and a half" after the number, or after the unit it counts in French and Vietnamese
# ("deux mois et demi", "hai tháng rưỡi" = two and a half months).
_FR_HALF_UNITS = r"(?:ans?|mois|semaines?|jours?|heures?|minutes?|siècles?|kilos?|mètres?|litres?)"
_VI_HALF_UNITS = r"(?:năm|tháng|tuần|ngày|giờ|tiếng|phút|thế kỷ|cân|ký|mét|lít|triệu|tỷ)"
_HALF = {
    "en": re.compile(r"\s+and\s+a\s+half\b", re.IGNORECASE),
    "fr": re.compile(rf"(?:\s+{_FR_HALF_UNITS})?\s+et\s+demie?\b", re.IGNORECASE),
    "vi": re.compile(rf"(?:\s+{_VI_HALF_UNITS})?\s+rưỡi(?!\w)", re.IGNORECASE),
}
# What may stand before a capitalised number word that starts a (quoted) sentence.
_OPENS = re.compile(r"(?:^|[:.!?“\"«»„(—–-])\s*$")
_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _value_of(token: str, lang: str) -> float | None:
    if lang == "de":
        return german_number(token)
    table = {"en": _EN, "fr": _FR, "vi": _VI}.get(lang, {})
    if token in table:
        return table[token]
    if token in _MULT or token in _GROUP:
        return 0
    if lang in ("en", "fr") and "-" in token:  # "twenty-five", "dix-sept", "quatre-vingt-dix"
        parts = re.split(r"-(?:et-)?", token.replace("quatre-vingt", "quatre~vingt"))
        parts = [p.replace("~", "-") for p in parts]
        numeric = [p in table or p in _MULT or p in _GROUP for p in parts]
        # "three-metre", "five-year": the number is the numeric head of the compound
        head = parts[: numeric.index(False)] if False in numeric else parts
        if head and head != ["one"] and head[0] not in ("un", "une"):
            return _combine(head, lang)
    return None


def _head_length(token: str, lang: str) -> int:
    """The length of a hyphened compound's numeric head ("nine-mile" → 4, "twenty-five"
    → 11), the whole token where every part is a number."""
    table = {"en": _EN, "fr": _FR}[lang]
    parts = token.replace("quatre-vingt", "quatre~vingt").split("-")
    length = -1
    for part in parts:
        word = part.replace("~", "-")
        if word not in table and word not in _MULT and word not in _GROUP and word != "et":
            break
        length += len(part) + 1
    return length if length > 0 else len(token)


def word_value(word: str, lang: str) -> float | None:
    """The value of one number word ("sechs", "six", "sáu"), else None."""
    return _value_of(word.lower(), lang)


def is_number_word(word: str, lang: str) -> bool:
    """Whether a word is a number in words ("Two", "Deux", "Zwölf"): never a name."""
    return _value_of(word.lower(), lang) is not None


def _combine(tokens: list[str], lang: str) -> float:
    """Value of a run of number words: units add, multipliers multiply, groups close."""
    total, current, last = 0.0, 0.0, 0.0
    for tok in tokens:
        if tok in ("mươi", "chục"):  # "hai trăm năm mươi": only the last unit is tens
            current += last * 9 if last else 10
            last = 0
        elif tok in _MULT:
            current = max(current, 1) * _MULT[tok]
            last = 0
        elif tok in _GROUP:
            total += max(current, 1) * _GROUP[tok]
            current = last = 0
        elif tok not in _JOINERS.get(lang, set()):
            last = _value_of(tok, lang) or 0
            current += last
    return total + current


def _is_unit(word: str, lang: str) -> bool:
    value = _value_of(word, lang)
    return value is not None and 0 < value < 10 and word not in _MULT and word not in _GROUP


# A fraction of a scale word: "half a million", "a quarter of a million", "un
# demi-million", "trois quarts de milliard", "eine halbe Million", "Viertelmillion", "nửa
# triệu". The fraction is the number; anchors.py reads the scale word after it.
_SCALE_AHEAD = {
    "en": r"(?=\s*(?:thousand|million|billion|trillion)\b)",
    "fr": r"(?=\s*(?:millions?|milliards?)\b)",
    "de": r"(?=\s*(?:million|milliarde))",
    "vi": r"(?=\s*(?:nghìn|ngàn|triệu|tỷ|tỉ)(?!\w))",
}
_FRACTION_OF_SCALE = {
    "en": r"\b(?:(half) an?|an? (quarter) of an?|(three)[ -]quarters? of an?)",
    "fr": r"\b(?:un |une )?(?:(demi)-?|(quart) de |trois (quarts) de )",
    "de": r"\b(?:eine[nr]? )?(?:(halbe[nr]?) |(drei)?(viertel) ?)",
    "vi": r"(?<!\w)(?:một )?(nửa) ",
}
_FRACTION_VALUE = {"half": 0.5, "demi": 0.5, "halbe": 0.5, "halben": 0.5, "halber": 0.5,
                   "nửa": 0.5, "quarter": 0.25, "quart": 0.25, "viertel": 0.25,
                   "three": 0.75, "quarts": 0.75, "drei": 0.75}  # fmt: skip
_FRACTIONS_RE = {
    lang: re.compile(pattern + _SCALE_AHEAD[lang], re.IGNORECASE)
    for lang, pattern in _FRACTION_OF_SCALE.items()
}


def _fractions_of_scale(text: str, lang: str, covered: bytearray) -> list[NumberWord]:
    """The fractions before a scale word, their spans marked in `covered` so that the "a"
    of "a quarter of a million" is read as no number of its own."""
    out = []
    for m in _FRACTIONS_RE[lang].finditer(text):
        if any(covered[m.start() : m.end()]):
            continue
        first = next(g for g in m.groups() if g).lower()  # "drei" of "Dreiviertel"
        out.append(NumberWord(m.start(), m.end(), _FRACTION_VALUE[first]))
        covered[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    return out


def number_words(text: str, lang: str, skip: list[tuple[int, int]] = ()) -> list[NumberWord]:  # type: ignore[assignment]
    """Numbers written as words in a sentence, with their spans (none inside `skip`)."""
    if lang not in ("de", "en", "fr", "vi"):
        return []
    joiners = _JOINERS[lang]
    covered = bytearray(len(text) + 1)
    for s, e in skip:
        covered[s:e] = b"\x01" * (e - s)
    fractions = _fractions_of_scale(text, lang, covered)
    runs: list[list[re.Match[str]]] = []
    run: list[re.Match[str]] = []
    for k, m in enumerate(_TOKEN.finditer(text)):
        word = m.group(0).lower()
        inside = any(covered[m.start() : m.end()])
        is_number = not inside and _value_of(word, lang) is not None
        thousander = lang == "de" and _DE_THOUSANDER.fullmatch(word) is not None
        capital = m.group(0)[0].isupper() and k > 0 and not thousander
        if capital and not _OPENS.search(text[: m.start()][-4:]):
            is_number = False  # "ông Ba", "Ba Lan", "Elf" (the team): names, not numbers
        joined = bool(run) and not text[run[-1].end() : m.start()].strip()
        prev = run[-1].group(0).lower() if run else ""
        fits = joined and not (_is_unit(word, lang) and _is_unit(prev, lang))
        # tens after a unit are "mươi" ("năm mươi" = 50); "năm mười bốn tuổi" is the year
        # one turned fourteen, not 5 + 14
        fits = fits and not (lang == "vi" and word == "mười" and _is_unit(prev, lang))
        alone = lang == "de" and (_stands_alone(word) or _stands_alone(prev))
        # "a" opens a run ("a million"), never carries one on ("two and a half")
        fits = fits and word not in _A_ONE
        if run and fits and not alone and (is_number or word in joiners):
            run.append(m)
            continue
        if run:
            runs.append(run)
        run = [m] if is_number else []
    if run:
        runs.append(run)
    out: list[NumberWord] = []
    for found in runs:
        while found and found[-1].group(0).lower() in joiners:
            found = found[:-1]
        tail = [m.group(0).lower() for m in found[-2:]]
        if lang == "vi" and len(tail) == 2 and tail[1] == "năm" and tail[0] in _VI_YEAR_AFTER:
            found = found[:-1]
        words = [m.group(0).lower() for m in found]
        if words and _keep(words, found, text, lang):
            value, end = _combine(words, lang), found[-1].end()
            if lang in ("en", "fr") and "-" in words[-1]:
                # a compound's unit follows its numeric head: "nine-mile" = "nine" + "mile"
                end = found[-1].start() + _head_length(words[-1], lang)
            half = _HALF.get(lang) and _HALF[lang].match(text, end)
            if half:  # "two and a half billion", "deux mois et demi", "hai tháng rưỡi"
                value, end = value + 0.5, half.end()
            out.append(NumberWord(found[0].start(), end, value))
    return sorted(out + fractions, key=lambda w: w.start)


_BOTH_AND = re.compile(r"[^.;:!?,]*?\band\b", re.IGNORECASE)


def _keep(words: list[str], run: list[re.Match[str]], text: str, lang: str) -> bool:
    """Whether a run of number words is really a number (see the module docstring)."""
    end = run[-1].end()
    after = text[end : end + 40].split(maxsplit=2)
    nxt = after[0].lower().strip(".,;:") if after else ""
    nxt2 = " ".join(after[:2]).lower().strip(".,;:")
    scaled = (nxt.rstrip(".") in SCALES or nxt2 in SCALES) and not nxt2.endswith(" lệ")
    if len(words) == 1 and words[0] in _ARTICLES and not scaled:
        return False
    if len(words) == 1 and words[0] in _A_ONE and nxt.rstrip(".") not in _A_SCALES:
        return False  # "a m", "a k": no abbreviation makes "a" a figure, only a word does
    if words[0] in ("a", "an") and re.search(r"\bhalf\s+$", text[: run[0].start()].lower()):
        return False  # "half a million" is no million
    if words == ["both"] and nxt != "of" and _BOTH_AND.match(text, end):
        return False  # "both sales and costs": a coordinator, not the number 2
    if len(words) == 1 and (words[0].endswith("aine") or words[0] == "millier"):
        return False  # "en quarantaine" = in quarantine; "une quarantaine" = about forty
    if lang == "vi":
        if words[0] in _MULT or words[0] in _GROUP:
            return False  # "hàng nghìn", "vài trăm": hundreds, thousands, not a figure
        start = run[0].start()
        if _VI_ORDINAL_BEFORE.search(text[max(0, start - 12) : start].lower()):
            return False
        if len(words) == 1 and words[0] in _VI_ONLY_AFTER_TENS:
            return False
        if len(words) == 1 and words[0] in _VI_AMBIGUOUS:
            return scaled or nxt in _VI_COUNTED or nxt2 in _VI_COUNTED
    return True


# --- vague magnitudes ------------------------------------------------------------------
# "hundreds of millions" = "hàng trăm triệu" = "des centaines de millions" = "Hunderte
# Millionen": no exact figure, but an order of magnitude a translation must keep.
_VAGUE_HEADS = {
    "en": {"dozens": 10, "tens": 10, "hundreds": 100, "thousands": 10**3, "millions": 10**6,
           "billions": 10**9, "trillions": 10**12},
    "fr": {"dizaines": 10, "centaines": 100, "milliers": 10**3, "millions": 10**6,
           "milliards": 10**9},
    "de": {"dutzende": 10, "hunderte": 100, "tausende": 10**3, "zehntausende": 10**4,
           "hunderttausende": 10**5, "millionen": 10**6, "milliarden": 10**9},
    "vi": {"chục": 10, "trăm": 100, "nghìn": 10**3, "ngàn": 10**3, "triệu": 10**6,
           "tỷ": 10**9, "tỉ": 10**9},
}  # fmt: skip
_VAGUE_LINK = {"en": r"\s+of\s+|\s+", "fr": r"\s+de\s+|\s+d['’]\s?|\s+", "de": r"\s+", "vi": r"\s+"}
# Vietnamese states a vague magnitude after "hàng" (by the …), "vài"/"mấy"/"dăm" (a few).
_VAGUE_BEFORE = {"vi": r"(?:hàng|vài|mấy|dăm)\s+"}


@lru_cache(maxsize=8)
def _vague_re(lang: str) -> re.Pattern[str]:
    heads = "|".join(sorted(_VAGUE_HEADS[lang], key=len, reverse=True))
    link = _VAGUE_LINK[lang]
    before = _VAGUE_BEFORE.get(lang, "")
    return re.compile(
        rf"(?<!\w){before}(?P<run>(?:{heads})(?:(?:{link})(?:{heads}))*)(?!\w)", re.IGNORECASE
    )


def vague_numbers(text: str, lang: str, skip: list[tuple[int, int]] = ()) -> list[NumberWord]:  # type: ignore[assignment]
    """Orders of magnitude in words ("thousands of", "hàng trăm triệu"), as approximate
    NumberWords whose value is the product of the words (hundreds of millions = 10^8).

    "tens" alone is not a magnitude (only "tens of thousands" is), nor is a word inside
    `skip` (the scale of a figure: "2 Millionen").
    """
    if lang not in _VAGUE_HEADS:
        return []
    heads = _VAGUE_HEADS[lang]
    out: list[NumberWord] = []
    for m in _vague_re(lang).finditer(text):
        if any(s < m.end() and m.start() < e for s, e in skip):
            continue
        words = [w.lower() for w in re.findall(r"[^\W\d_]+", m.group("run"))]
        words = [w for w in words if w in heads]
        if words == ["tens"]:
            continue
        value = 1
        for w in words:
            value *= heads[w]
        out.append(NumberWord(m.start(), m.end(), float(value), approx=True))
    return out


# --- ordinals ----------------------------------------------------------------------------
# "the second time" = "lần thứ hai" = "das zweite Mal" = "la deuxième fois": an ordinal a
# translation keeps. Read only where it cannot be something else: English and French after
# an article ("a second" is a time unit, "la seconde" too), German after an article or
# "zum/am", Vietnamese "thứ N" after a counted noun ("thứ hai" alone is also Monday).
# "first" is left out: "lần đầu tiên", "erstmals" say it without a number.
_ORDINALS = {
    "en": (
        "second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth",
        r"the\s+",
    ),
    "fr": (
        "deuxième troisième quatrième cinquième sixième septième huitième neuvième dixième "
        "onzième douzième treizième quatorzième quinzième seizième dix-septième dix-huitième "
        "dix-neuvième vingtième",
        r"(?:la|le|les|l['’]|au|du|des)\s*",
    ),
    "de": (
        "zweit dritt viert fünft sechst siebt acht neunt zehnt elft zwölft dreizehnt "
        "vierzehnt fünfzehnt sechzehnt siebzehnt achtzehnt neunzehnt zwanzigst",
        r"(?:der|die|das|den|dem|des|zum|zur|am|im|beim|vom)\s+",
    ),
    "vi": (
        "hai ba bốn tư năm sáu bảy tám chín mười",
        r"(?:lần|người|điều|bước|phần|câu|cuộc|chương|tập|thế\s+hệ|đời|chuyện|vòng|năm|lớn|cao"
        r"|tuần|tháng|đợt|kỳ|mùa|trận|tầng|vị\s+trí)"  # not "ngày thứ hai": Monday, lowercased
        r"\s+thứ\s+",
    ),
}
# and the round tens and a hundred, as anniversaries and editions are counted ("Zum
# fünfzigsten Mal" = "for the 50th time")
_ORDINAL_TENS = {
    "en": "thirtieth:30 fortieth:40 fiftieth:50 sixtieth:60 seventieth:70 eightieth:80 "
    "ninetieth:90 hundredth:100",
    "fr": "trentième:30 quarantième:40 cinquantième:50 soixantième:60 septantième:70 "
    "huitantième:80 octantième:80 nonantième:90 centième:100",
    "de": "dreißigst:30 dreissigst:30 vierzigst:40 fünfzigst:50 sechzigst:60 siebzigst:70 "
    "achtzigst:80 neunzigst:90 hundertst:100",
}
_ORDINAL_VALUES = {
    lang: {w: k + 2 for k, w in enumerate(words.split())} for lang, (words, _) in _ORDINALS.items()
}
_ORDINAL_VALUES["vi"] = {w: _VI[w] for w in _ORDINALS["vi"][0].split()}
for _lang, _tens in _ORDINAL_TENS.items():
    _ORDINAL_VALUES[_lang].update((w, int(v)) for w, v in (t.split(":") for t in _tens.split()))


_DE_SUPERLATIVE = (
    r"höchst|größt|grösst|längst|tiefst|best|wichtigst|ältest|reichst|stärkst|beliebtest"
)


@lru_cache(maxsize=8)
def _ordinal_re(lang: str) -> re.Pattern[str]:
    before = _ORDINALS[lang][1]
    # longest first, so that a longer stem wins over one it begins with
    stems = "|".join(sorted(_ORDINAL_VALUES[lang], key=len, reverse=True))
    # German ordinals decline (zweite, zweiten, zweiter …) and head superlatives: "der
    # dritthöchste Berg" = "le troisième sommet", "die zweitgrößte Stadt"
    tail = rf"(?:{_DE_SUPERLATIVE})?e[nmrs]?" if lang == "de" else ""
    if lang == "en":  # "to reach the FA Cup fifth round", "a third straight title"
        before = rf"(?:{before}|(?=(?:{stems})\s+(?:{_EN_ORDINAL_NOUNS})s?\b))"
    return re.compile(rf"(?<!\w){before}(?P<word>(?:{stems}){tail})(?!\w)", re.IGNORECASE)


# Nouns an English ordinal counts without an article before it
_EN_ORDINAL_NOUNS = (
    "round|place|leg|stage|set|game|match|seed|term|quarter|floor|edition|title|consecutive"
    "|straight|successive|season|year|day|week|month|minute|half|attempt|time"
)


# A German place as a noun: "in der vergangenen Saison Vierzehnter", "Zweiter hinter
# Bayern"; not "ein Dritter" (a third party), "Zweiter Weltkrieg" (a name)
_DE_PLACE = re.compile(
    rf"(?<![\w-])(?<!ein\s)(?<!einen\s)(?<!einem\s)(?<!eines\s)(?<!einer\s)"
    rf"(?P<word>(?:{'|'.join(w.capitalize() for w in _ORDINALS['de'][0].split())})er)"
    rf"(?![\w-])(?!\s+[A-ZÄÖÜ])"
)


def ordinal_words(text: str, lang: str, skip: list[tuple[int, int]] = ()) -> list[NumberWord]:  # type: ignore[assignment]
    """Ordinals 2–20 and the round tens to a hundred in words, where the context makes
    them ordinals (see _ORDINALS)."""
    if lang not in _ORDINALS:
        return []
    values = _ORDINAL_VALUES[lang]
    out: list[NumberWord] = []
    matches = list(_ordinal_re(lang).finditer(text))
    if lang == "de":
        taken = [(m.start("word"), m.end("word")) for m in matches]
        matches += [
            m
            for m in _DE_PLACE.finditer(text)
            if not any(s < m.end() and m.start() < e for s, e in taken)
        ]
    for m in matches:
        start, end = m.start("word"), m.end("word")
        if any(s < end and start < e for s, e in skip):
            continue
        word = m.group("word").lower()
        if lang == "de":
            word = re.sub(rf"(?:{_DE_SUPERLATIVE})?e[nmrs]?$", "", word)
        if word in values:
            out.append(NumberWord(start, end, float(values[word])))
    return out
