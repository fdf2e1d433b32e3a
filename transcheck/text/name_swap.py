"""A name swapped in translation, seen without MT: the source loses a name, the translation
brings in one the source never states.

Either alone is common in free translation (a pronoun for a name, a name added for
clarity); both in one pair is what a swapped name looks like. Where capitals do not mark
names (Vietnamese syllables, German nouns), spelling decides (`foreign_word`); the whole
documents say which names a translation normally keeps (docs/benchmarks.md §3).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache

from transcheck.text.gazetteer import countries, measure_words
from transcheck.text.lexicon import Lexicon
from transcheck.text.names import (
    CASE_LANGS,
    GENERIC,
    ROMAN,
    ROMANISED,
    VI_ACRONYMS,
    VI_HONORIFICS,
    VI_SYLLABLE,
    checkable,
    entities,
    entity_of,
    fold,
    last_stem,
    loose,
    mentioned,
    named_country,
    named_place,
    other_double_name,
    other_first_name,
    other_surname,
    phrases,
    region_country,
    respelled,
    spelled_apart,
    stopword,
    vietnamese_province,
)
from transcheck.text.numwords import is_number_word

_GERMAN_LETTERS = re.compile(r"[A-Za-zÄÖÜäöüß-]+")


def foreign_word(word: str, lang: str) -> bool:
    """Whether a capitalised word cannot be a native word of `lang`, so it is a name.

    Vietnamese syllables have a closed shape ("Bell", "Aldi" are not one); German words use
    no letters beyond äöüß ("Bình", "Quốc" are names). Elsewhere every capital passes.
    """
    if lang == "de":
        return not _GERMAN_LETTERS.fullmatch(word)
    if lang != "vi":
        return True
    if any(ch.isdigit() for ch in word) or (word.isupper() and len(word) > 2):
        return word not in VI_ACRONYMS
    return not VI_SYLLABLE.fullmatch(fold(word))


@lru_cache(maxsize=8)
def _strip(text: str) -> str:
    """Diacritics off, case kept: "Đà Nẵng" → "Da Nang" (cached: called per pair on a
    whole document)."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=8)
def _lowercase_words(doc: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[\w-]+", doc) if w.islower())


def name_units(sentence: str, lang: str, doc: str = "", marked: bool = False) -> list[str]:
    """Name phrases of a sentence that can be checked for being kept verbatim.

    Runs of capitalised words inside the sentence, minus function words, institution words
    and gazetteer entities (countries are translated and compared as entities). A word the
    document (`doc`) also writes in lower case is a common word capitalised by position or
    by a title ("Lorsque", "White Coat, Black Art", "la Tour"). With `marked`, only words
    the spelling shows to be names (`foreign_word`) are kept: the Vietnamese "Hà Lan" and
    the German nouns drop out, "Bell" and "Trần Quốc Bình" stay.
    """
    common = _lowercase_words(doc) if doc else frozenset()
    runs: list[list[str]] = []
    for phrase in phrases(sentence, lang):
        if entity_of(phrase) is not None:
            continue
        runs.append(re.findall(r"[\w-]+", checkable(phrase, lang) or ""))
    if lang == "vi":  # phrases() drops lone capitalised syllables; a foreign one is a name
        lone = re.findall(r"(?<=[\w,&\"“] )[\w-]+|(?<=[\"“])[\w-]+", sentence)
        runs += [
            [w]
            for w in lone
            if w[:1].isupper()
            and foreign_word(w, lang)
            and w not in measure_words()
            and not ROMAN.fullmatch(w)  # "quý III/2025": the third quarter
        ]
    if doc and lang in CASE_LANGS:  # a name opening a sentence or quote: "Bryan, I'm …"
        openers = re.findall(_OPENER, sentence)
        # not the first name of a name a run holds already ("Yanis Benhamou-Ferrand …")
        openers = [w for w in openers if not any(run[:1] == [w] for run in runs)]
        # a lone Vietnamese syllable opens the sentence by its capital ("Thủy sản Sông Tiền")
        runs += [
            [w] for w in openers if _recurs(w, doc) and (lang != "vi" or foreign_word(w, lang))
        ]
    out = []
    for run in runs:
        part: list[str] = []
        # every syllable of a Vietnamese name is also a common word ("Bảo", "bảo vệ"):
        # inside a name of two or more syllables the document's lower case says nothing
        spelled = lang == "vi" and len(run) > 1
        for w in [*run, ""]:
            ok = len(w) >= 2 and w[0].isupper() and not stopword(w, lang)
            ok = ok and fold(w) not in GENERIC
            ok = ok and (spelled or w.lower() not in common)
            ok = ok and (not marked or foreign_word(w, lang))
            if ok:
                part.append(w)
            elif part:
                out.append(" ".join(part))
                part = []
    return [u for u in dict.fromkeys(out) if len(u) >= 3]


def _recurs(word: str, doc: str) -> bool:
    """Whether the document writes this word capitalised inside a sentence too."""
    return word in _inner_capitals(doc)


@lru_cache(maxsize=8)
def _inner_capitals(doc: str) -> frozenset[str]:
    return frozenset(re.findall(r"(?<=[\w,] )[A-Z][\w-]*", doc))


def _capitalised_in(word: str, text: str) -> bool:
    """Whether `word` occurs capitalised in text, diacritics aside (German endings allowed),
    unless both write diacritics and they differ: a text that keeps a word's marks spells
    it as it is ("Côtes" of Côtes-d'Armor is not "Côté", side)."""
    plain = _strip(word)
    pattern = re.compile(rf"{re.escape(plain)}(?:e|en|es|n|s)?")
    return any(
        pattern.fullmatch(_strip(w)) and (word == plain or w == _strip(w) or w.startswith(word))
        for w in _capital_words(text)
    )


@lru_cache(maxsize=8)
def _capital_words(text: str) -> frozenset[str]:
    words = re.findall(r"(?<!\w)[^\W\d_]\w*", unicodedata.normalize("NFC", text))
    return frozenset(w for w in words if w[0].isupper())


def _as_written(word: str, sentence: str) -> str:
    """A word `_openers` found (diacritics stripped) as the sentence writes it."""
    return next((w for w in re.findall(r"\w+", sentence) if _strip(w) == word), word)


def _loan_word(unit: str, src_doc: str) -> bool:
    """A single word the source document writes in lower case: a common word borrowed with
    its spelling ("in den Départements" for "dans les départements"), not a name."""
    return " " not in unit and unit.lower() in _lowercase_words(src_doc)


def _explained(unit: str, src_doc: str, strict: bool = False) -> bool:
    """Whether the source document states this name (the phrase, or the single word);
    `strict` reads transliterations strictly (names.mentioned)."""
    folded, key = fold(src_doc), fold(unit)
    if " " in key and entity_of(unit) is not None:  # by any of its forms: "Quốc lộ 53"
        return mentioned(unit, src_doc, strict)
    if " " in key:  # verbatim, or its last name spelled a little apart ("Sepp Larch")
        first = re.escape(key.split()[0])
        return key in folded or (
            bool(re.search(rf"(?<!\w){first}(?!\w)", folded))
            and mentioned(unit, src_doc, strict)
            and not _other_ending(key, src_doc)
        )
    words = set(re.findall(r"\w+", folded))
    if key in words or (len(key) >= 4 and any(w.startswith(key) for w in words)):
        return True  # "Cali" for "California"
    if unit.isupper() and 3 <= len(key) <= 6 and key in folded.replace(".", ""):
        return True  # an acronym the source writes with dots, glued by a scan: "theU.S.S.R."
    return mentioned(unit, src_doc, strict)


def _other_ending(key: str, src_doc: str) -> bool:
    """Whether the source writes the name's first words before another capitalised word:
    "Nghia Ha" where it writes "Nghĩa Hòa" (and "Tịnh Hà" elsewhere) is another commune,
    though each of its words is found. A syllable of four letters or fewer differs by any
    letter; a longer word only when spelled apart ("Sepp Larch" = "Sepp Lerch")."""
    *head, last = key.split()
    start = rf"(?<!\w){re.escape(' '.join(head))}\s+"
    if re.search(rf"{start}(?:\w+\s+){{1,2}}{re.escape(last)}", _strip(src_doc), re.IGNORECASE):
        return False  # a middle name between: "Hans Christian Andersen" = "Hans Andersen"
    after = rf"{start}(\w+)"
    endings = [m.group(1) for m in re.finditer(after, _strip(src_doc), re.IGNORECASE)]
    return bool(endings) and all(e[:1].isupper() and _apart(fold(e), last) for e in endings)


def _apart(word: str, other: str) -> bool:
    """Whether two folded words are two names, not one with an ending or a typo."""
    if word.startswith(other) or other.startswith(word):
        return False  # endings: "Müllers" = "Müller"
    if max(len(word), len(other)) <= 4:
        return True
    return spelled_apart(word, other)


# a currency named by its country's adjective ("Czech crowns", "Swiss francs")
_CURRENCY_AFTER = re.compile(
    r"\s+(?:crowns?|korun\w*|kron\w*|francs?|dollars?|pounds?|yuan|yen|rupees?|pesos?|dinars?"
    r"|rand|zlot\w*|forints?|lei|leu|lev|dong)\b",
    re.IGNORECASE,
)


# An amount's words capitalised as German nouns ("350 Millionen Dong"): money, no name
_MONEY_NAME = re.compile(
    r"(?:(?:Tausend|Millionen|Milliarden|Billionen|Mio|Mrd)\.?\s+)?"
    r"(?:Dong|Euro|Franken|Dollar|Pfund|Yuan|Yen|Rupien|Pesos|Kronen|Zloty|Forint)",
)


def names_currency(name: str, text: str) -> bool:
    """Whether a country's name or adjective stands in text before a currency it names:
    "1.490 Kronen" = "1,490 Czech crowns", a gloss, not a new name."""
    at = text.find(name)
    return (
        at >= 0
        and entity_of(name) is not None
        and bool(_CURRENCY_AFTER.match(text, at + len(name)))
    )


def _first_name_added(unit: str, src_text: str, src_doc: str) -> bool:
    """Whether a translation wrote a person's full name where the source sentence has the
    surname (with a title: "Dr Ames-Whitfield" = "Rachel Ames-Whitfield") and the source
    document has the full name."""
    words = unit.split()
    if len(words) < 2:
        return False
    surname = fold(" ".join(words[1:]))
    return surname in fold(src_text) and fold(unit) in fold(src_doc)


def swap_evidence(
    src_text: str,
    tgt_text: str,
    src_lang: str,
    tgt_lang: str,
    src_doc: str,
    tgt_doc: str,
) -> tuple[list[str], list[str]]:
    """Names a translation lost and names it brought in, for a pair without MT.

    Lost: a name of the source sentence that the translated sentence does not mention
    (for a German source, whose capitals do not mark names, only one the translation keeps
    verbatim elsewhere in the document), or mentions fewer times than the source does.
    Brought in: a name of the translated sentence, spelled as a name where the language's
    capitals do not tell (Vietnamese, German: see `foreign_word`), that the source sentence
    does not state; in a language that capitalises every sentence (English, French), a word
    opening a quotation counts when the translation never writes it in lower case ("London,
    Ms. Parks is coming", "like "Gmail.""; a sentence's first word does not: too many are
    common words the document happens to write only there). Either alone is common in free
    translation (a pronoun for a name, a name added for clarity); both in one pair is what a
    swapped name looks like (docs/benchmarks.md §3 gives the counts).
    """
    marked = tgt_lang not in CASE_LANGS or tgt_lang == "vi"
    brought = [
        u for u in name_units(tgt_text, tgt_lang, tgt_doc, marked) if not _explained(u, src_text)
    ]
    if marked:  # a name opening the translated sentence: "Baltimore đã đăng …"
        brought += [w for w in _openers(tgt_text) if _new_foreign(w, tgt_lang, src_text)]
    # countries and capitals are translated: one the source sentence does not name is new
    stated = named_entities(src_text, src_lang)
    if not marked and tgt_lang in CASE_LANGS:
        # a name opening a quotation ("London, Ms. Parks is coming", "like "Gmail."") that
        # the translation never writes in lower case; kept as written ("Zoë", not "Zoe")
        quoted = re.findall(r"[\"“«]\s*([^\W\d_][\w-]{2,})", tgt_text)
        brought += [
            w
            for w in quoted
            if w[0].isupper()
            and not _plain_opener(w, tgt_lang)  # “Without quick help, …”, « Encore deux …
            and _new_opener(w, tgt_doc, src_text, stated)
        ]
    for p in phrases(tgt_text, tgt_lang):
        # one Vietnamese syllable is too ambiguous ("Áo" = Austria or a shirt)
        spelled = not marked or " " in p or foreign_word(p, tgt_lang)
        # a German noun that names a country is a name: "aus Uganda" for "Turkey" (a city
        # is as often where a cited book was published: "( Zürich : Orell Füssli 1956 )")
        spelled = spelled or (tgt_lang != "vi" and named_country(p) is not None)
        if spelled and entity_of(p) not in (None, *stated):
            brought.append(p)
    brought = [
        u
        for u in dict.fromkeys(brought)
        if not _inside_title(u, tgt_text, tgt_lang)
        and not glossed(u, tgt_text, src_text)
        and not _loan_word(u, src_doc)
        and not _first_name_added(u, src_text, src_doc)
        and not names_currency(u, tgt_text)
        and not _people_for_person(u, tgt_text, src_text, src_lang)
    ]
    if not brought:
        return [], []
    units = name_units(src_text, src_lang, src_doc)
    if src_lang not in CASE_LANGS:
        units += _compound_heads(units, tgt_text)
    if src_lang in CASE_LANGS:
        # a name opening the sentence or a quotation ("Bryan, do you …", "like "Avatar."")
        # that the translation writes elsewhere is a name, not a capitalised opener
        units += [
            w
            for w in _openers(src_text, src_lang)
            if _capitalised_in(_as_written(w, src_text), tgt_doc) and not stopword(w, src_lang)
        ]
    elif tgt_lang in CASE_LANGS and tgt_lang != "vi":
        # a German sentence's first word, which its capital cannot mark, is a name where
        # the translation's document writes it capitalised inside a sentence ("Loibl
        # befürchtet …" beside "club chairman Stefan Loibl")
        units += [w for w in _openers(src_text, src_lang) if _recurs(w, tgt_doc)]
    lost = [
        u
        for u in dict.fromkeys(units)
        if (not mentioned(u, tgt_text) or _fewer(u, src_text, tgt_text))
        and (src_lang in CASE_LANGS or _capitalised_in(u.split()[-1], tgt_doc))
    ]
    if src_lang in CASE_LANGS and any(b in _openers(tgt_text) for b in brought):
        # a new name opening a quotation where the source opens one with another name:
        # "Bryan, do you …" → "Baltimore à, …"
        # (the sentence's first word only where the document writes it as a name inside a
        # sentence too: "Installé depuis 2019 …" opens with a participle)
        first = re.match(r"\W*([A-Z][\w-]+)", _strip(src_text))
        lost += [
            w
            for w in _openers(src_text, src_lang)
            if not mentioned(w, tgt_text)
            and not _plain_opener(w, src_lang)
            and (first is None or w != first.group(1) or _recurs(_as_written(w, src_text), src_doc))
        ]
    if src_lang == "vi" and not any(_vietnamese_spelled(b) for b in brought):
        # Vietnamese writes the names it translates in its own syllables ("Trái Đất" =
        # Earth, "Đông Âu" = Eastern Europe, "Đạo Luật Bầu Cử" = Voting Rights Act): one of
        # those lost beside a name spelled in another language is a rendering. A name
        # spelled foreign ("Footscray", "Bryan") is kept as written; a Vietnamese one in
        # Vietnamese spelling ("Trần Sỹ Thanh" → "Nguyen Van Hai").
        lost = [u for u in lost if not _vietnamese_spelled(u)]
    if src_lang in CASE_LANGS:  # German capitals mark nouns: "Leiter H.Tichy" → "Chef H.Tichy"
        lost += _replaced_head(brought, src_text, tgt_text)
    # "Tokyo" → a new name: a country or city dropped (one the gazetteer knows is a name in
    # German too: "in Pakistan" → "au Baltoro Kangri")
    lost += _dropped(src_text, src_lang, tgt_text, places_only=src_lang not in CASE_LANGS)
    if src_lang == "vi":  # a title translated word for word: "Áo Blu Trắng" (White Coat)
        lost = [u for u in lost if not _in_translated_title(u, src_text)]
    lost = [u for u in lost if not bracketed(u, src_text, tgt_text)]  # "(MOIT)" dropped
    brought = [u for u in brought if not expanded(u, tgt_text, src_text)]  # glossed above
    # a work's title translated: "Andersen's The Tinderbox" → "du « Briquet »"
    titles = [u for u in brought if _quoted(u, tgt_text)]
    if titles and any(_titled(u, src_text) for u in lost):
        lost = [u for u in lost if not _titled(u, src_text)]
        brought = [u for u in brought if u not in titles]
    return list(dict.fromkeys(lost)), brought


def _people_for_person(unit: str, text: str, src_text: str, src_lang: str) -> bool:
    """Whether a translation calls a person by their people after a demonstrative ("Cette
    Galloise" for "Ms Pryce", "Der Waliser"), where the source sentence names no people or
    country of its own: a way of referring, not a new name."""
    entity = entity_of(unit)
    if entity is None or named_place(unit) is not None:
        return False
    if re.search(rf"(?<!\w){_DEMONSTRATIVE}\s+{re.escape(unit)}(?!\w)", text) is None:
        return False
    return not any(entity_of(p) is not None for p in phrases(src_text, src_lang))


_DEMONSTRATIVE = r"(?:[Cc]ette|[Cc]et|[Cc]e|[Tt]his|[Tt]he|[Dd]ie|[Dd]er|[Dd]iese[rs]?|[Ll]a|[Ll]e)"


def _quoted(unit: str, text: str) -> bool:
    """Whether text sets the name alone inside quotation marks, as a title (an article
    before it at most): "du « Briquet »", not a quoted speech ("Zoë, let's go")."""
    article = r"(?:(?i:le|la|les|l['’]|der|die|das|the)\s*)?"
    return re.search(rf"[«„“\"]\s*{article}{re.escape(unit)}\s*[»“”\"]", text) is not None


def _titled(unit: str, text: str) -> bool:
    """Whether English writes the name as a title inside a sentence: "The Tinderbox"."""
    return re.search(rf"[\w’',]\s+The\s+{re.escape(unit)}(?!\w)", text) is not None


# A word of a sentence, as the slot reading counts them ("F.Schneider" is two).
_SLOT_WORD = re.compile(r"[^\W_](?:[\w'’-]*[^\W_])?")
SLOT_WORDS = 4  # most words (initials aside) of the original between a new name's neighbours
SLOT_SPELLED_APART = 0.5  # folded spelling ratio under which two names are not one rendered


def slot_swaps(text: str, other: str, names: list[str], lang: str, lexicon: Lexicon) -> list[str]:
    """The names of `text` that sit where any of `names` sits (`slot_places`), in order."""
    places = slot_places(text, other, names, lang, lexicon).values()
    return list(dict.fromkeys(word for words in places for word in words))


def slot_places(
    text: str, other: str, names: list[str], lang: str, lexicon: Lexicon
) -> dict[str, list[str]]:
    """Names of `text`, a side whose capitals do not mark names (German), that sit where
    each of `names` of `other` sits: between the same neighbours (only names with some).

    "Shisha Pangma oder Gosainthan ( 8013 m )" rendered "Shisha Pangma ou Arun , 8013 m",
    "durch F. Sauberer und B. Tjurin" rendered "par F. Schneider et B. Tjurin": the words
    both sentences write alike (figures, names kept as written) are lined up in order, and
    the words of `text` between the two around a name of `other` are its place. For a
    German original the names are the translation's new ones (names the original
    document never states), and what sits in their place is what they replaced; for a
    German translation they are the original's lost names, and what sits there stands in
    for them. A word there counts when no German dictionary knows it or an initial stands
    before it, `other` does not mention it, it is at most SLOT_WORDS from the neighbours,
    and it is not the name spelled another way (`_rendered`). On the de–fr dev seeds this
    found 5 more planted swaps read forward (one a new name opening a clause,
    `unknown_openers`) and 2 read backwards, and no false name (docs/benchmarks.md §3,
    twentieth session).
    """
    words = _SLOT_WORD.findall(text)
    other_words = _SLOT_WORD.findall(other)
    pairs = _shared_words(words, other_words)
    found: dict[str, list[str]] = {}

    def stands_in(k: int, name: str) -> bool:
        word = words[k]
        initial = k > 0 and len(words[k - 1]) == 1 and words[k - 1].isupper()
        return (
            len(word) >= 3
            and word[0].isupper()
            and not stopword(word, lang)
            and fold(word) not in GENERIC
            and not mentioned(word, other)
            and (initial or lexicon.known(word, lang) is False)
            and not _rendered(word, name)
            and word not in found.get(name, ())
        )

    for name in names:
        parts = _SLOT_WORD.findall(name)
        kept = _kept_first(words, parts)
        if kept is not None and stands_in(kept + 1, name):
            # "Marcus Obi" → "Marcus Oduya": the first name kept, the next word in its place
            found.setdefault(name, []).append(words[kept + 1])
            continue
        at = _find_run(other_words, parts)
        if at is None:
            continue
        before = [p for p in pairs if p[1] < at]
        after = [p for p in pairs if p[1] >= at + len(parts)]
        if not before and not after:
            continue  # nothing both sentences share to place it by
        start = before[-1][0] + 1 if before else 0
        end = after[0][0] if after else len(words)
        if end <= start or sum(len(w) > 1 for w in words[start:end]) > SLOT_WORDS:
            continue  # initials ("F.") are part of a name, not words between
        for k in range(start, end):
            if stands_in(k, name):
                found.setdefault(name, []).append(words[k])
    return found


def _kept_first(words: list[str], parts: list[str]) -> int | None:
    """Where `words` keep a two-part name's first part alone, followed by a word that is not
    its last part; else None."""
    if len(parts) != 2 or len(parts[0]) < 3:
        return None
    first, last = fold(parts[0]), fold(parts[1])
    for k, word in enumerate(words[:-1]):
        if fold(word) == first and fold(words[k + 1]) != last and words[k + 1][:1].isupper():
            return k
    return None


def unknown_openers(
    text: str, other: str, lang: str, other_doc: str, lexicon: Lexicon
) -> list[str]:
    """Capitalised words opening a sentence, a quotation, a bracket or a dash ("1956 -
    Gyalzen , Heinrich Roiss") that the dictionary of `lang` does not know, `other` does
    not mention and its document never states: a new name the position hides, since
    `phrases` reads no lone opening capital (French capitalises every sentence). Alone,
    such words are too often scan debris or a translated name ("CVoir", "Bâle"); they are
    only placed (`slot_swaps`)."""
    out = []
    for found in _OPENING.findall(text.strip()):
        word = found.rstrip(".-")
        if (
            word[:1].isupper()
            and _opener_word(word, lang)
            and lexicon.known(word, lang) is False
            and not mentioned(word, other)
        ):
            out.append(word)
    return strangers(list(dict.fromkeys(out)), other_doc)


def spelled_alike(name: str, other: str) -> bool:
    """Whether two names begin alike ("Kantch", "Kangchendzönga"): the same name shortened
    or spelled another way, not one put in another's place (`other_compound` aside)."""
    return fold(name)[:3] == fold(other)[:3] and not other_compound(name, other)


def other_compound(name: str, other: str) -> bool:
    """Whether two names share only their first part: "Marktredwitz" and "Marktleuthen",
    "Neustadt" and "Neuburg" end in four letters or more each that are spelled apart."""
    a, b = fold(name), fold(other)
    shared = 0
    while shared < min(len(a), len(b)) and a[shared] == b[shared]:
        shared += 1
    rest_a, rest_b = a[shared:], b[shared:]
    return (
        shared >= 3
        and min(len(rest_a), len(rest_b)) >= 4
        and SequenceMatcher(None, rest_a, rest_b).ratio() < SLOT_SPELLED_APART
    )


def _rendered(word: str, name: str) -> bool:
    """Whether a name may be the other spelled another way or shortened: it begins alike
    (`spelled_alike`: "Kantch" for "Kangchendzönga-Gruppe") or is spelled much alike
    ("Tian Chan" for "Tien-Schan")."""
    if other_compound(word, name):
        return False
    if spelled_alike(word, name):
        return True
    return SequenceMatcher(None, fold(word), fold(name)).ratio() >= SLOT_SPELLED_APART


def _slot_key(word: str) -> str | None:
    """What lines two sentences' words up: a figure ("58" of "58-jähriger" and of
    "58-year-old"), or a capitalised word folded."""
    figure = re.match(r"\d+(?=-|$)", word)
    if figure:
        return figure.group(0)
    return fold(word) if len(word) >= 3 and word[0].isupper() else None


def _shared_words(words: list[str], other: list[str]) -> list[tuple[int, int]]:
    """Positions (in `words`, in `other`) of the words both write alike, in order."""
    at = [k for k, w in enumerate(words) if _slot_key(w)]
    other_at = [k for k, w in enumerate(other) if _slot_key(w)]
    match = SequenceMatcher(
        None,
        [_slot_key(words[k]) for k in at],
        [_slot_key(other[k]) for k in other_at],
        autojunk=False,
    )
    blocks = match.get_matching_blocks()
    return [(at[b.a + n], other_at[b.b + n]) for b in blocks for n in range(b.size)]


def _find_run(words: list[str], parts: list[str]) -> int | None:
    """Where a run of words starts in a list of words, or None."""
    n = len(parts)
    if not n:
        return None
    return next((k for k in range(len(words) - n + 1) if words[k : k + n] == parts), None)


def double_name_swap(lost: Sequence[str], text: str) -> tuple[str, str] | None:
    """A lost name whose double surname `text` writes with its first half changed, and how
    it writes it ("Le Guen-Marchetti" → "Le Gall-Marchetti", names.other_double_name)."""
    for name in lost:
        other = other_double_name(name, text)
        if other is not None:
            return name, other
    return None


def surname_swap(lost: Sequence[str], text: str) -> tuple[str, str] | None:
    """A lost name whose first name `text` keeps before another surname, and the name it
    writes so ("Ellen Whitcombe" → "Ellen Whitmore", names.other_surname): in a German
    translation, whose capitals mark no names, nothing else shows the new one."""
    for name in lost:
        other = other_surname(name, text)
        if other is not None:
            return name, other
    return None


def first_name_swap(lost: Sequence[str], text: str) -> tuple[str, str] | None:
    """A lost name whose surname `text` keeps after another first name, and the name it
    writes so ("Alun Jenkins" → "Aled Jenkins", names.other_first_name): the mirror of
    `surname_swap`."""
    for name in lost:
        other = other_first_name(name, text)
        if other is not None:
            return name, f"{other} {name.split()[-1]}"
    return None


def head_swap(
    lost: Sequence[str], text: str, src_doc: str, lang: str, lexicon: Lexicon
) -> tuple[str, str] | None:
    """A lost name of a place and two words or more that `text` writes with another
    place's name before the same words, and how it writes it ("Hexham Amateur Swimming
    Club" → "Tynedale Amateur Swimming Club"): a club, school or firm of another town. The
    new head must be a word the translation's dictionary does not know and the source
    document never states (not the article "Der" before a name kept in English)."""
    for name in lost:
        words = name.split()
        if len(words) < 3:
            continue
        tail = r"\s+".join(re.escape(w) for w in words[1:])
        for m in re.finditer(rf"(?<![\w-])([A-ZÀ-Ỹ][\w'’-]{{3,}})\s+{tail}(?!\w)", text):
            head = m.group(1)
            if fold(head) == fold(words[0]) or mentioned(head, src_doc):
                continue
            if lexicon.known(head, lang) is False:
                return name, m.group(0)
    return None


def respelled_swap(lost: Sequence[str], text: str) -> tuple[str, str] | None:
    """A lost Vietnamese or East Asian name (every part a syllable: a Vietnamese one or a
    romanised one, "Lim Mei Ling") that `text` writes with one syllable changed, and how
    it writes it (names.respelled); not "Chef Ch. Evans" against "Leiter Ch. Evans", a
    title translated."""
    for name in lost:
        spelled = all(ROMANISED.fullmatch(fold(w)) for w in name.split())
        run = respelled(name, text) if spelled or _vietnamese_spelled(name) else None
        if run is not None:
            return name, run
    return None


def _vietnamese_spelled(unit: str) -> bool:
    """Whether every word of a name is a Vietnamese syllable, marks or none ("Trái Đất",
    "Nguyen Van Hai"; not "Footscray", "Earth")."""
    return all(not foreign_word(w, "vi") for w in unit.split())


def marked_name(unit: str, lang: str) -> bool:
    """Whether a unit of a sentence whose capitals mark nouns (German) is a name all the
    same: two capitalised words in a row ("Nawa Ram", "Nanga Parbat": German capitalises a
    noun, not the words beside it) or letters the language does not use ("François")."""
    words = unit.split()
    return len(words) >= 2 or any(foreign_word(w, lang) for w in words)


def common_words(unit: str, doc: str) -> bool:
    """Whether the document writes a word of this name in lower case too, endings aside:
    "Supply" (of "Water Supply", beside "water supplies") is a common word capitalised,
    "Herrligkoffer" is spelled as a name only."""
    lower = _lowercase_words(doc)
    for word in re.findall(r"[\w-]+", unit.lower()):
        stem = word[: max(5, len(word) - 2)]
        if word in lower or (len(word) >= 4 and any(w.startswith(stem) for w in lower)):
            return True
    return False


# what links a body's head to the name it is of: "Les Amis de la Bourrelière", "The Friends
# of La Bourrelière", "Freunde des Kaiserbads", "Hội bạn của …"
_HEAD_LINK = (
    r"\s+(?i:de\s+la|de\s+l['’]|de|du|des|d['’]|of\s+the|of|von|vom|der|des|của)\s*"
    r"(?:(?i:la|le|les|l['’]|the)\s+)?([^\W\d_][\w'’-]+)"
)


def translated_heads(lost: list[str], brought: list[str], texts: tuple[str, str],
                     langs: tuple[str, str], lexicon: Lexicon) -> set[str]:  # fmt: skip
    """The one-word names of a lost–brought pair that head the same name in both sentences
    and are common words of their languages: "Amis" and "Friends" of "Les Amis de la
    Bourrelière" = "The Friends of La Bourrelière", a body's name with its head translated
    and its own name kept."""

    def heads(names: list[str], side: int) -> dict[str, str]:
        out = {}
        for name in names:
            m = re.search(rf"(?<!\w){re.escape(name)}{_HEAD_LINK}", texts[side])
            if " " not in name and m and lexicon.known(name, langs[side]):
                out[name] = fold(m.group(1))
        return out

    lost_heads, brought_heads = heads(lost, 0), heads(brought, 1)
    shared = set(lost_heads.values()) & set(brought_heads.values())
    return {n for n, of in [*lost_heads.items(), *brought_heads.items()] if of in shared}


def _compound_heads(units: list[str], tgt_text: str) -> list[str]:
    """The capitalised parts of German hyphenated compounds ("Baltoro" of
    "Baltoro-Unternehmungen", "Kulti" of "Kulti-Tal"): a name the translation writes alone.
    A compound the translation renders in part ("Conway-Sattel" → "Conway Saddle") lost
    none of its parts."""
    out = []
    for unit in units:
        parts = [p for p in unit.split("-") if len(p) >= 4 and p[0].isupper()]
        if "-" in unit and not any(mentioned(p, tgt_text) for p in parts):
            out += parts
    return out


def labels(name: str, text: str) -> bool:
    """Whether a place opens the sentence as its label, before a colon ("Lac de Constance :
    dès dimanche, le bac …", "Lake District: …"): aggregators head a story with where it
    is, which says where, in no name's place."""
    return _place(name) is not None and bool(re.match(rf"\s*{re.escape(name)}\s*:", text))


def strangers(brought: list[str], src_doc: str) -> list[str]:
    """Names brought in that the whole source document never states: candidates for a name
    put in the place of another.

    A brought name alone is as often a translator's rendering ("Français" for "Franzosen",
    "Tour" for "Turm", "Kantch" for "Kangchendzönga") or a name the translator moved from a
    neighbouring sentence; those the source document states are left out, a place the
    gazetteer knows when the document names it in any language ("Bern" for "Berne").
    Whether a stranger stands in the place of a name the source gives is for the
    embeddings to tell (mismatch.name_test).
    """
    return [
        u
        for u in brought
        if not _MONEY_NAME.fullmatch(u)
        and (
            (entity_of(u) is None and not _explained(u, src_doc, strict=True))
            or ((place := _place(u)) is not None and place not in entities(src_doc))
        )
    ]


def _place(name: str) -> str | None:
    """The country, region or city a name names as such, in four letters or more ("Us" is a
    scan's "Ils", not the US)."""
    return named_place(name) if len(name) >= 4 else None


def marked_strangers(tgt_text: str, tgt_lang: str, src_doc: str, tgt_doc: str) -> list[str]:
    """Names of a translation whose capitals mark nouns (German) that its spelling shows
    to be names (`marked_name`: "Hidden Peak", "Pierre Bordet") and the whole source
    document never states: what a swap may have put in the place of a lost name that
    the translation shows no other way (`swap_evidence` reads only foreign spelling in
    German; two capitals in a row are as often a name the original states)."""
    units = [u for u in name_units(tgt_text, tgt_lang, tgt_doc) if marked_name(u, tgt_lang)]
    return strangers(whole_runs(units, tgt_text), src_doc)


def whole_runs(units: list[str], text: str) -> list[str]:
    """Names the text writes next to each other ("Alpine" "Journal") as one name.

    The gazetteer splits a run of capitals at a name it knows ("Alpine" of the Alps); what
    was put in another name's place is the whole run, and leaving out half of it tells
    little.
    """
    out = list(dict.fromkeys(units))
    joined = True
    while joined:
        joined = False
        for a in out:
            b = next((b for b in out if b != a and _next_to(a, b, text)), None)
            if b is not None:
                out = [u for u in out if u not in (a, b)] + [f"{a} {b}"]
                joined = True
                break
    return out


def _next_to(a: str, b: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(a)} {re.escape(b)}(?!\w)", text) is not None


def unmentioned(src_text: str, tgt_text: str, src_lang: str, src_doc: str) -> list[str]:
    """Capitalised words of the source sentence the translation does not mention: for a
    German source nouns as well as names, the candidates for what a new name replaced.

    A word of the translation stands for one name only: a name mentioned only through
    words another name of the sentence writes out in full is not mentioned ("Broad Peak"
    through the "Peak" of "Hidden Peak", "Masherbrum" through the "Gasherbrum" that
    "Gasherbrums" writes; `_borrowed`). A country or city the gazetteer knows
    (`name_units` leaves them out) counts where the translation does not name it in any
    language: "au Pakistan" rendered "in Pierre Bordet"."""
    units = name_units(src_text, src_lang, src_doc)
    kept = [u for u in units if mentioned(u, tgt_text)]
    lost = [u for u in units if u not in kept or _borrowed(u, kept, tgt_text)]
    places = _dropped(src_text, src_lang, tgt_text, places_only=True)
    return list(dict.fromkeys([*lost, *places]))


def _dropped(src_text: str, src_lang: str, tgt_text: str, *, places_only: bool) -> list[str]:
    """Name phrases of the source for a gazetteer entity the translation names in no
    language; with `places_only`, only countries and cities named as such
    (`names.named_place`: not "pakistanisch", "Français", "Les Alpes")."""
    named = entities(tgt_text)
    read = named_place if places_only else entity_of
    return [p for p in phrases(src_text, src_lang) if read(p) not in (None, *named)]


def _borrowed(name: str, others: list[str], text: str) -> bool:
    """Whether `text` mentions `name` only through the words where it writes out another
    name of `others` (not one that is part of `name`: "Sullivan" of "Jake Sullivan")."""
    if _written(name, text):
        return False
    own = set(name.split())
    folded = rest = fold(text)  # `mentioned` folds too: the test reads the same words
    for other in others:
        if other != name and not set(other.split()) <= own:
            rest = re.sub(_stem_pattern(other), " ", rest)  # the words writing it out
    return rest != folded and not mentioned(name, rest)


def _stem_pattern(name: str) -> str:
    """A folded name as written: its words in a row, the last one's ending free (German
    case endings, "Gasherbrums" for "Gasherbrum") unless it is shorter than four letters,
    as `mentioned` reads the last word (`last_stem`)."""
    words = re.findall(r"\w+", fold(name))
    last = words[-1] if words else ""
    end = re.escape(last) + r"(?!\w)" if len(last) < 4 else re.escape(last_stem(name)) + r"\w*"
    head = "".join(re.escape(w) + r"\W+" for w in words[:-1])
    return r"(?<!\w)" + head + end


def _written(name: str, text: str) -> bool:
    """Whether `text` writes out the name in full (folded, endings free)."""
    return re.search(_stem_pattern(name), fold(text)) is not None


# a word opening the sentence, a quotation, a bracket, a clause or a dash: "( Tjurin :"
_OPENING = re.compile(r"(?:^|[.!?:;\"“«(—–]\s*|\s-\s+)([^\W\d_][\w.-]*)")


def stand_in_words(tgt_text: str, src_text: str, tgt_lang: str, tgt_doc: str) -> list[str]:
    """What may stand in the place of a name the original loses, in a translation whose
    capitals mark nouns (German): its capitalised words the source sentence does not
    mention (`unmentioned`), and also those that open the sentence, a quotation, a
    bracket or a dash ("« Davies »", "( Tjurin :", "- Clouds ,"). `phrases` leaves such a
    lone word out, as the position may be what capitalises it; in German every noun is
    capitalised anyway, and one the translation never writes in lower case is a noun or
    a name, as a word inside the sentence is. A word of a longer name found already is
    not tried again alone. (`_openers` reads the same positions for English and French,
    but with diacritics stripped, and a word must be put back as written.)"""
    words = unmentioned(tgt_text, src_text, tgt_lang, tgt_doc)
    lower = _lowercase_words(tgt_doc)
    inside = {w for unit in words for w in unit.split()}
    for found in _OPENING.findall(tgt_text.strip()):
        word = found.rstrip(".-")
        if not word[:1].isupper() or word in inside or word.lower() in lower:
            continue
        if _opener_word(word, tgt_lang) and not mentioned(word, src_text):
            words.append(word)
    return list(dict.fromkeys(words))


def named_together(kind: str, name: str, doc: str) -> bool:
    """Whether a document writes a word and a name as one name ("Bio-Molkerei Weidegold"):
    a translation that puts the name where the sentence says the word ("nach Angaben der
    Molkerei" = "Theo Weidegold") names the same body."""
    kind, name = re.escape(kind), re.escape(name)
    return re.search(rf"(?<!\w){kind}\s+{name}(?!\w)|(?<!\w){name}\s+{kind}(?!\w)", doc) is not None


# Words that may stand before a person's name without being part of it
_ADDRESS = VI_HONORIFICS | {
    fold(w) for w in "mr mrs ms miss dr herr frau m mme mlle monsieur madame anh chị ông bà".split()
}


def other_part_of(name: str, text: str, doc: str) -> bool:
    """Whether a document writes a one-word name inside a full name and `text` calls it by
    another word of that name alone: "Ms Kenny" = "chị Aoife" (Aoife Kenny), "Mr Tran" =
    "anh Đức" (Duc Tran). Translators call people by the name their language uses (a
    Vietnamese by the given name), which names the same person. A word of it inside
    another name ("Katrin Schellenberg" for Katrin Schellhorn, "Highlands and Islands
    Enterprise" for Scottish Enterprise) is another person or body."""
    if " " in name:
        return False
    key = fold(name)
    for full in re.finditer(r"[A-ZÀ-Ỹ]\w+(?:\s+[A-ZÀ-Ỹ]\w+){1,3}", doc):
        words = set(fold(full.group()).split())
        if key in words and _named_alone(words - {key}, text):
            return True
    return False


def described_around(name: str, text: str, lang: str, lexicon: Lexicon) -> bool:
    """Whether a name of a place's name and common words ("the Penshurst Shears") is said
    in `text` by the place alone and words of its own ("le concours de tonte de
    Penshurst"): the same event or body, described. The place must stand alone in `text`;
    inside another name ("Highlands and Islands Enterprise") it is another body."""
    words = name.split()
    if len(words) < 2:
        return False
    said = [w for w in words if mentioned(w, text)]
    rest = [w for w in words if w not in said]
    return (
        bool(said and rest)
        and all(lexicon.known(w.lower(), lang) for w in rest)
        and _named_alone({fold(w) for w in said}, text)
    )


def _named_alone(words: set[str], text: str) -> bool:
    """Whether `text` writes a name made only of these folded words (and forms of address:
    "chị Aoife"), capitalised and not opening the text (a name there, not a common word)."""
    for run in re.findall(r"(?<=\s)[A-ZÀ-Ỹ]\w*(?:\s+[A-ZÀ-Ỹ]\w*)*", text):
        named = [w for w in fold(run).split() if w not in _ADDRESS]
        if named and set(named) <= words and all(len(w) >= 3 for w in named):
            return True
    return False


def in_capitals(text: str) -> bool:
    """Whether a text is written in capitals (a heading: "AVEC NOTES COMPLÉMENTAIRES …"),
    where capitals mark no names."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 8 and sum(ch.isupper() for ch in letters) > 0.6 * len(letters)


def glossed(unit: str, text: str, other: str) -> bool:
    """Whether a name is an acronym one text brackets after the words it shortens
    ("Ngân hàng Phát triển châu Á (ADB)" for "Asiatische Entwicklungsbank", "Ministry of
    Industry and Trade (MOIT)" for "Bộ Công Thương"): a gloss, added or dropped, not a name
    in another's place, where the other text brackets no acronym this one lacks ("(IMF)"
    for "(ADB)" is a swap)."""
    if not set(_BRACKETED.findall(other)) <= set(re.findall(r"\w+", text)):
        return False
    if _SPOKEN.fullmatch(unit):
        return _defines_spoken(unit, text)  # "Hiệp hội Cà phê - Ca cao Việt Nam (Vicofa)"
    if not (unit.isupper() and 2 <= len(unit) <= 6):
        return False
    return re.search(rf"\w\s*\(\s*{re.escape(unit)}{_TAIL}\s*\)", text) is not None


# An acronym said as a word ("Vicofa", "Unesco", "Anah"): what it stands for is a body's
# name of three capitalised words or more just before it in brackets
_SPOKEN = re.compile(r"[A-Z][a-zé]{2,5}")
_BODY_WORD = r"[^\W\d_][\w'’]*"


def _defines_spoken(unit: str, text: str) -> bool:
    """Whether text brackets a spoken acronym after a body's name (three capitalised words
    or more among the eight before it), and the acronym is no place the gazetteer knows."""
    if entity_of(unit) is not None:
        return False
    for m in re.finditer(rf"((?:{_BODY_WORD}[\s-]+){{1,8}})\(\s*{re.escape(unit)}\s*\)", text):
        if sum(w[:1].isupper() for w in re.findall(_BODY_WORD, m.group(1))) >= 3:
            return True
    return False


# after the acronym, the number of a numbered body or the place of a local one: "(PMU 7)",
# "(WSA Oberrhein)"
_TAIL = r"(?:\s+(?:\d+|[A-ZÄÖÜ][\w'’-]+))?"
_BRACKETED = re.compile(rf"\(\s*([A-ZÄÖÜ]{{2,6}}){_TAIL}\s*\)")
# and, where both texts bracket it, one French writes in lower case ("l'Agence nationale de
# l'habitat (Anah)", "(Insee)"): a word of three to five letters no gazetteer knows
_SPOKEN_ACRONYM = re.compile(r"\(\s*([A-Z][a-zé]{2,4})\s*\)")


def bracketed(unit: str, text: str, other: str) -> bool:
    """Whether a bracketed acronym explains a name one text has and the other lacks: it is
    the acronym, a gloss (`glossed`), or part of the words before one both texts bracket
    (`expanded`); or the name is a country bracketed after a place (`located`)."""
    return glossed(unit, text, other) or expanded(unit, text, other) or located(unit, text)


def glossed_in(name: str, text: str, other: str, other_doc: str) -> bool:
    """Whether a name of `text` that `other` lacks is explained there: an acronym or its
    words (`spelled_out_in`), or a country glossing a place (`located`)."""
    return located(name, text) or spelled_out_in(name, text, other, other_doc)


def spelled_out_in(name: str, text: str, other: str, other_doc: str) -> bool:
    """Whether a name of `text` that `other` lacks is an acronym the other document spells
    out ("DB" for "Deutsche Bahn", "BCWS" for "BC Wildfire Service"), or one of the words
    `text` spells out an acronym of `other` with ("Service" against "le BCWS"), or a place
    among the words `text` brackets an acronym after, one `other` states or spells out
    (`expanded`: "Hội Bảo vệ Thiên nhiên bang Bavaria (BN)" against "Bund Naturschutz"; a
    person named before a body's name is no part of it)."""
    if _expansion(name, other_doc) is not None:
        return True
    if entity_of(name) is not None and expanded(name, text, other):
        return True
    for acronym in set(re.findall(r"(?<!\w)[A-Z]{2,6}(?!\w)", other)):
        words = _expansion(acronym, text)
        if words is not None and fold(name) in fold(words):
            return True
    # a spoken acronym the other sentence brackets and this one lacks, whose body this one
    # names in words ("(Vicofa)" against "the Vietnam Coffee and Cocoa Association")
    spoken = [a for a in _SPOKEN_ACRONYM_ANY.findall(other) if a not in text]
    return bool(spoken) and any(
        fold(name) in fold(run) and _defines_spoken(spoken[0], other)
        for run in _BODY_RUN.findall(text)
    )


_SPOKEN_ACRONYM_ANY = re.compile(rf"\(\s*({_SPOKEN.pattern})\s*\)")
# a body's name in words: capitalised words, joined by "and", "of", "et", "de" …, ending
# in the English word for its kind ("Association", "Ministry" …)
_BODY_KINDS = "Association|Ministry|Agency|Council|Federation|Union|Institute|Office|Authority"
_BODY_RUN = re.compile(
    r"(?<!\w)((?:[A-Z][\w'’-]*\s+(?:(?:and|of|for|the|et|de|du|des|la|und|für)\s+)*){2,8}"
    rf"(?:{_BODY_KINDS}))(?!\w)"
)


# small words inside a body's name that its acronym skips
_JOINERS = frozenset({"and", "of", "for", "on", "und", "für", "et", "de", "du", "des"})


@lru_cache(maxsize=512)
def _expansion(acronym: str, doc: str) -> str | None:
    """The run of capitalised words of `doc` whose initials (a word in capitals counting
    whole) spell `acronym`, else None. Short words are not read: German capitalises every
    noun, and "Der Bahnhof" would spell "DB"."""
    if not re.fullmatch(r"[A-Z]{2,6}", acronym):
        return None
    words = list(re.finditer(r"[^\W\d_][\w'’-]*", doc))
    for k, first in enumerate(words):
        spelled, end = "", k
        while end < len(words) and len(spelled) < len(acronym):
            word = words[end].group(0)
            if spelled and word in _JOINERS:
                end += 1  # "Australian Competition and Consumer Commission" for "ACCC"
                continue
            if not word[:1].isupper() or (len(word) < 4 and not word.isupper()):
                break  # not "Der Bahnhof" for "DB"
            spelled += word if word.isupper() else word[0]
            end += 1
        if end - k >= 2 and spelled == acronym:
            return doc[first.start() : words[end - 1].end()]
    return None


# The countries a language's press writes from, which its articles leave unsaid
# ("l'Agence nationale de l'habitat") and a translation for readers abroad names
# ("France's National Housing Agency"), and which a translation for readers at home leaves
# out ("Da Lat, in Vietnam's Central Highlands" = "Đà Lạt, Tây Nguyên"). English is
# written from too many countries.
_HOMES = {
    "fr": ("france", "belgium", "switzerland"),
    "de": ("germany", "austria", "switzerland"),
    "vi": ("vietnam",),
}


def home_country(
    name: str, text: str, other: str, other_lang: str, other_doc: str | None = None
) -> bool:
    """Whether a name one side alone states (in `text`) is a home country of the other
    side's language, where the other sentence names no country `text` does not name too
    (but one it brackets to say where a place lies, `located`): a gloss for readers abroad
    ("Vietnam : … expédie … en France" for "… xuất sang Pháp"), or a country readers at
    home need no word for, not a name in another's place. The other document's own country
    counts as home too, one it names in ARTICLE_COUNTRY_LINES lines or more: English has
    no home of its own ("the Heritage Council" = "Hội đồng Di sản Ireland" in an Irish
    article that names Ireland twice)."""
    homes = _HOMES.get(other_lang, ())
    if entity_of(name) not in homes and not (other_doc and _article_country(name, other_doc)):
        return False
    stated = entities(text)
    return not any(
        (country := named_country(p)) and country not in stated and not located(p, other)
        for p in phrases(other, other_lang)
    )


ARTICLE_COUNTRY_LINES = 2


def _article_country(name: str, doc: str) -> bool:
    """Whether `name` is a country's name (in any of our languages: "Ireland", "Australie";
    not "Washington", which the gazetteer reads as the United States) and a document names
    that country in ARTICLE_COUNTRY_LINES lines or more."""
    country = named_country(name)
    if country is None or fold(name) not in _country_names():
        return False
    lines = [line for line in doc.splitlines() if country in entities(line)]
    return len(lines) >= ARTICLE_COUNTRY_LINES


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """Every country's names, folded, as ISO 3166 and its translations give them."""
    return frozenset(fold(form) for forms in countries().values() for form in forms)


def home_region(name: str, text: str, other: str, other_lang: str) -> bool:
    """Whether a name one side alone states (in `text`) is a state or region of a home
    country of the other side's language, or of a country `text` names itself, where the
    other sentence names no region: where a place lies, said for readers abroad ("Norddeich,
    … thuộc bang Hạ Saxony, tây bắc nước Đức"; "Burnie – … bang Tasmania (Úc)"), not a
    region in another's place."""
    country = region_country(name)
    if country is None:
        return False
    if country not in _HOMES.get(other_lang, ()) and country not in entities(text):
        return False
    return not any(region_country(p) for p in phrases(other, other_lang))


# A clock word before a place: "8h17 sáng giờ Việt Nam", "10 h 17, heure de Paris"
_CLOCK_OF = {"vi": r"giờ\s+(?:tại\s+)?", "fr": r"heure\s+(?:de\s+|d['’]\s*|en\s+)?"}


def reader_clock(name: str, text: str, lang: str) -> bool:
    """Whether a translation names its own readers' country for the time there ("giờ Việt
    Nam", "heure de France"): a moment converted for them, not a new name."""
    clock = _CLOCK_OF.get(lang)
    if clock is None or entity_of(name) not in _HOMES.get(lang, ()):
        return False
    return re.search(rf"{clock}{re.escape(name)}", text, re.IGNORECASE) is not None


def defined_in(name: str, doc: str) -> bool:
    """Whether a document defines an acronym in brackets after the words it stands for
    ("the provincial Department of Health (DOH)", "Tập đoàn Đường sắt Đức (DB)"): where it
    recurs alone it names that body, added or dropped as a short form, not a new name."""
    if _SPOKEN.fullmatch(name):
        return _defines_spoken(name, doc)  # "Theo Vicofa" after "… Việt Nam (Vicofa)"
    if not re.fullmatch(r"[A-ZÄÖÜ]{2,6}", name):
        return False
    pattern = rf"[^\W\d_][\w'’-]*\s*\(\s*{re.escape(name)}{_TAIL}\s*\)"
    return re.search(pattern, doc) is not None


def heads_bracketed_body(name: str, text: str) -> bool:
    """Whether a name opens a body's name in words that run on in lower case up to its
    acronym in brackets: "la Fédération allemande des apiculteurs (DIB)" for "des Deutschen
    Imkerbundes". The translation renders the body's name and keeps its short form (which
    `defined_in` excuses); the words say the original's name in another language."""
    words = r"((?:\s+[^\W\d_][\w'’-]*){1,5})"
    pattern = rf"(?<!\w){re.escape(name)}{words}\s*\(\s*[A-ZÄÖÜ]{{2,6}}{_TAIL}\s*\)"
    # (a body's words run on in lower case; "Jean Dupont (PS)" is a person and a party)
    return any(any(w[0].islower() for w in m.group(1).split()) for m in re.finditer(pattern, text))


def located(unit: str, text: str) -> bool:
    """Whether a country stands in brackets after a name, to say where it lies: "Vùng
    Bretagne (Pháp)", "bang Arizona (Mỹ)", as the Vietnamese press glosses foreign places,
    also after the region it lies in ("(bang Queensland, Úc)"), which is then part of the
    gloss too. The country says where, not who: a gloss the original needs no word for. So
    does a Vietnamese province after a place of Vietnam ("Sa Pa (Lào Cai)")."""
    name = re.escape(unit)
    if named_country(unit) is not None or vietnamese_province(unit):
        return re.search(rf"[^\W\d_]\w*\s*\((?:[^()]*,)?\s*{name}\s*\)", text) is not None
    return any(
        named_country(m.group(1))
        for m in re.finditer(rf"\(\s*(?:[^\W\d_]+\s+){{0,2}}{name}\s*,\s*([^(),]+?)\s*\)", text)
    )


# After a place both texts name, a translation adds where it lies: "Wallonia, Belgium's
# French-speaking south", "the Meuse in Namur", "Orp-Jauche, in the east of Walloon
# Brabant", "Cabramatta – khu ngoại ô phía tây nam Sydney"
_GLOSS_OPENS = r"\s*[,–—(]\s*|\s+(?:in|near|im|bei|en|dans|près\s+de|ở|tại|thuộc)\s+"
_GLOSS_WORDS = 9  # "Blakeney Point, une flèche de galets sur la côte nord du Norfolk"
# the kind of place English writes after its name: "the Guérande peninsula, on France's
# Atlantic coast"
_PLACE_KIND = (
    r"(?:peninsula|valley|region|area|coast|island|islands|lake|river|district|county|bay"
    r"|estuary|delta|basin|plateau|hills|mountains|marshes|forest)"
)


def placed_after(
    name: str, text: str, other: str, chained: bool = True, located: bool = False
) -> bool:
    """Whether a name only `text` states stands in a short gloss that follows a name both
    texts state, after a comma, dash or bracket or a word of place: where that place lies,
    added for the reader, not a name in another's place. A gloss may go on from a name of
    its own ("Methil, north of Edinburgh, across the Forth estuary"), or from one it lists
    beside another in a gloss that says where ("Broye, vùng … giữa hai bang Vaud và
    Fribourg ở miền tây Thụy Sĩ"), `_GLOSS_LINKS` names deep; a name listed beside one both
    texts state is no gloss ("Paris and Lyon"). `located`: the gloss must say where, by a
    direction, a distance or a side ("north of", "30 km", "across")."""
    return _placed_after(name, text, other, _GLOSS_LINKS if chained else 0, located)


def _placed_after(name: str, text: str, other: str, links: int, located: bool) -> bool:
    after = rf"(?:[dl]['’]\s?)?{re.escape(name)}(?!\w)"
    heads = [
        (m.group(1), m.group(0))
        for m in re.finditer(
            rf"([^\W\d_][\w'’.-]*)(?:\s+{_PLACE_KIND})?(?:{_GLOSS_OPENS})"
            rf"(?:[\w'’-]+\s+){{0,{_GLOSS_WORDS}}}?{after}",
            text,
        )
    ]
    if links:  # listed beside a name of a gloss that says where: only that name leads on
        heads += [(m.group(1), "") for m in re.finditer(rf"([^\W\d_][\w'’.-]*){_AND}{after}", text)]
    for word, span in heads:
        head = _ELIDED.sub("", word)
        if not head[:1].isupper() or fold(head) == fold(name):
            continue
        if span and located and not _WHERE.search(span):
            continue
        if (span and mentioned(head, other)) or (
            links and _placed_after(head, text, other, links - 1, located or not span)
        ):
            return True
    return False


_GLOSS_LINKS = 3
_AND = r"\s+(?:and|or|und|oder|et|ou|và|hoặc)\s+"


# words that say where a place lies, in a gloss
_WHERE = re.compile(
    r"(?<!\w)(?:north|south|east|west|nord|sud|est|ouest|norden|süden|osten|westen|nördlich"
    r"|südlich|östlich|westlich|bắc|nam|đông|tây|phía|near|nahe|près|gần|cách|outside"
    r"|außerhalb|km|kilomet\w*|miles?|across|côté|rive|bank|shore|coast|côte|ufer|küste"
    r"|bờ|between|zwischen|entre|giữa|island|île|insel|đảo"  # "sur l'île de Shikoku"
    # a border, and the kind of place a gloss says it is: "Kaltenbrunn, a town in the
    # Bavarian Forest close to the Czech border"
    r"|close|border|borders|grenze|frontière|biên giới|town|village|ville|bourg|stadt"
    r"|städtchen|dorf|thị trấn|làng)(?!\w)",
    re.IGNORECASE,
)


_ELIDED = re.compile(r"^[dlDL]['’]")  # "d'Édimbourg": the name after a French article


def expanded(unit: str, text: str, other: str) -> bool:
    """Whether a name is part of the words a text brackets an acronym after, where the other
    text brackets the same acronym, or states it where it has three letters or more: one
    body named in two languages ("Jeunes Agriculteurs (JA)" = "Young Farmers (JA)", "the
    National Grid Corporation of the Philippines (NGCP)" = "la Compagnie nationale de
    transport d'électricité des Philippines (NGCP)", "FDP und ÖDP" = "the FDP and the
    Ecological Democratic Party (ÖDP)", "Verbraucherzentrale Bundesverband (vzbv)" = "the
    Federation of German Consumer Organisations (vzbv)")."""
    pattern = (
        rf"(?<!\w){re.escape(unit)}(?:[\s'’-]+[\w'’-]+){{0,{_NAME_WORDS}}}?\s*"
        r"\(\s*([A-ZÄÖÜ]{2,6}|[A-Z][a-zé]{2,4}|[A-Z][a-z]{5,14}|[a-zäöü]{3,5})(?:\s+\d+)?\s*\)"
    )
    theirs = {
        *_BRACKETED.findall(other),
        *_SPOKEN_ACRONYM.findall(other),
        *_LOWER_ACRONYM.findall(other),
    }
    stated = set(re.findall(r"(?<!\w)[A-ZÄÖÜ]{3,6}(?!\w)", other))
    # a brand bracketed after the body's full name ("Ngân hàng TMCP Kỹ Thương Việt Nam
    # (Techcombank)") that the other text says alone
    brands = set(re.findall(r"(?<!\w)[A-Z][a-z]{5,14}(?!\w)", other))
    return any(
        (a in theirs and (a.isupper() or entity_of(a) is None))
        or a in stated
        or (len(a) > 5 and a in brands and entity_of(a) is None)
        or _expansion(a, other) is not None  # "(BN)" for the other's "Bund Naturschutz"
        for a in re.findall(pattern, text)
    )


# a German body's acronym in lower case, bracketed by both texts: "(vzbv)", "(dpa)"
_LOWER_ACRONYM = re.compile(r"\(\s*([a-zäöü]{3,5})\s*\)")
_NAME_WORDS = 8  # words of a body's name, after the one read, before its bracketed acronym


def _inside_title(name: str, text: str, lang: str) -> bool:
    """Whether a name sits between two capitalised native words: a title translated word for
    word ("White Coat" → "Áo Blu Trắng", where "blu" is a loanword), not a kept name."""
    if lang != "vi":
        return False
    for m in re.finditer(rf"(\w+) {re.escape(name)} (\w+)", text):
        sides = (m.group(1), m.group(2))
        if all(w[0].isupper() and not foreign_word(w, lang) for w in sides):
            return True
    return False


def _in_translated_title(unit: str, text: str) -> bool:
    """Whether a name of a Vietnamese sentence is part of a title rendered word for word: a
    run of three or more capitalised words in which a foreign-spelled word sits between two
    Vietnamese ones ("Áo Blu Trắng" = White Coat, "blu" a loanword; "Áo" there is a shirt,
    not Austria), as `_inside_title` reads such a title on the translation's side."""
    words = unit.split()
    n = len(words)
    for chunk in re.findall(r"[\w-]+(?: [\w-]+)*", text):
        run: list[str] = []
        for w in [*chunk.split(), ""]:
            if w[:1].isupper():
                run.append(w)
                continue
            triples = zip(run, run[1:], run[2:], strict=False)
            loan = any(
                foreign_word(b, "vi") and not foreign_word(a, "vi") and not foreign_word(c, "vi")
                for a, b, c in triples
            )
            if loan and any(run[k : k + n] == words for k in range(len(run) - n + 1)):
                return True
            run = []
    return False


def _replaced_head(brought: list[str], src_text: str, tgt_text: str) -> list[str]:
    """Source names whose place a brought-in name takes before the same capitalised words:
    "Yosemite Mountain Bear" → "Anonymous Mountain Bear" (Yosemite may still be mentioned
    elsewhere in the sentence)."""
    out = []
    for name in brought:
        after = re.search(rf"(?<!\w){re.escape(name)} ((?:[A-Z][\w-]* ?)+)", tgt_text)
        if not after:
            continue
        tail = after.group(1).strip()
        if any(len(w) < 3 for w in tail.split()):
            continue  # an initial ("J. Hunt") is too little to tell the names apart
        before = re.search(rf"([A-Z][\w-]*) {re.escape(tail)}(?!\w)", src_text)
        if (
            before
            and before.group(1) != name.split()[0]
            and not stopword(before.group(1))  # "Premier Rachel Dunstan": a title
            and f"{before.group(1)} {tail}" not in tgt_text
        ):
            out.append(before.group(1))
    return out


# A capitalised word opening a sentence, a clause after a full stop, a quotation or a
# bracket; not one after an abbreviation's dot ("TP.HCM", "U.S.")
_OPENER = re.compile(r"(?:^|(?<![A-Z])[.!?]\s*|[.!?]\s+|[:;\"“«(]\s*)([A-Z][\w-]+)")


def _openers(sentence: str, lang: str = "") -> list[str]:
    """Capitalised words opening the sentence, a quotation or a clause after a full stop
    (in Vietnamese only those the spelling marks as names: "Kim ngạch" is turnover)."""
    found = re.findall(_OPENER, _strip(sentence).strip())
    found = [w for w in found if lang != "vi" or foreign_word(w, lang)]
    return [w for w in found if _opener_word(w, lang)]


def _opener_word(word: str, lang: str) -> bool:
    """Whether a capitalised word that opens a sentence, a quotation or a bracket may be a
    name: three letters or more, no function word, no generic word ("Mr", "Tour")."""
    return len(word) >= 3 and not stopword(word, lang) and fold(word) not in GENERIC


def _new_foreign(word: str, lang: str, src_text: str) -> bool:
    """A word the spelling marks as a name (not a native word) that the source never states."""
    return foreign_word(word, lang) and entity_of(word) is None and not _explained(word, src_text)


def _plain_opener(word: str, lang: str) -> bool:
    """A function word, a number in words or a French adverb opening a quotation ("“Two
    more weeks …”", "« Franchement, … »": names in -ment are shorter, "Clément")."""
    adverb = lang == "fr" and len(word) >= 8 and word.lower().endswith("ment")
    return adverb or stopword(word, lang) or is_number_word(word, lang)


def _new_opener(word: str, tgt_doc: str, src_text: str, stated: set[str]) -> bool:
    """An opening capitalised word that is a name the source sentence does not state: the
    translation never writes it in lower case, and neither its entity nor its spelling is
    in the source."""
    if word.lower() in _lowercase_words(tgt_doc):
        return False
    entity = entity_of(word)
    if entity is not None:
        return entity not in stated
    return not _explained(word, src_text)


def named_entities(text: str, lang: str) -> frozenset[str]:
    """Gazetteer entities of a text's capitalised words ("my" is no Mỹ in English) and of
    its long lower-case ones: French and German write adjectives so ("le groupe
    vietnamien" = "tập đoàn … của Việt Nam"); in Vietnamese, of names of two or three
    syllables as written."""
    if lang not in CASE_LANGS:
        return entities(text)
    words = re.findall(r"[\w'’.-]+", text)
    kept = (w for w in words if (w[:1].isupper() and not stopword(w)) or len(w) >= _ADJECTIVE)
    found = entities(" ".join(kept))
    if lang == "vi":  # a name of two syllables or three reads in lower case too: "Quốc lộ 53"
        grams = (" ".join(words[k : k + n]) for n in (2, 3) for k in range(len(words) - n + 1))
        found |= {e for gram in grams if (e := entity_of(gram)) is not None}
    return found


_ADJECTIVE = 5  # letters of the shortest lower-case word read for a country ("russe")


def _fewer(unit: str, src_text: str, tgt_text: str) -> bool:
    """Whether the translation repeats a name fewer times than the source sentence does
    ("Tan Le, …, was now Tan Le" rendered with one of them replaced)."""
    pattern = rf"(?<!\w){re.escape(loose(fold(unit)))}"  # with endings: "Dyhrenfurths"
    count = len(re.findall(pattern, loose(fold(src_text))))
    return count >= 2 and len(re.findall(pattern, loose(fold(tgt_text)))) < count
