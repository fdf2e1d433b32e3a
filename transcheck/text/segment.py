"""Sentence splitting for de/en/fr/vi: paragraphs first, then pysbd, then small repairs.

pysbd has no Vietnamese rules, splits before closing quotes in German (»…«), misses a cut
after a closing quote ("« Non. » Puis …") and cuts after abbreviations followed by a number
("16 nov. 2024"); the repairs below undo or add those cuts. Vietnamese uses pysbd's English
rules with its dotted abbreviations (TP.HCM, PGS.TS) protected first.
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
    "TP.",
    "Tp.",
    "GS.",
    "PGS.",
    "Ths.",
    "NXB.",
    "ĐH.",
)
_PLACEHOLDER = "\u2063"  # invisible separator: stands for "." inside protected abbreviations
_VI_PROTECT = re.compile(
    "|".join(rf"(?<!\w){re.escape(a)}(?=\s*\w)" for a in sorted(_VI_ABBREVIATIONS, key=len)[::-1])
)
_CLOSERS = set("\"'»«“”„‘’)]}›‹")
# Quotes that close a quotation, per language: French « opens, German « closes (»…«).
_CLOSING_QUOTES = {"fr": '»”"’›'}
_DEFAULT_CLOSING = '”"»“’«›‹'
# German "12." is an ordinal before a noun ("am 12. Mai") but ends the sentence before a
# word that cannot follow an ordinal: an article, a pronoun, a sentence adverb.
_DE_NUMBER_END = re.compile(
    r"(?<=\d\.)\s+(?=(?:Die|Der|Das|Den|Dem|Des|Ein|Eine|Einen|Einem|Er|Sie|Es|Wir|Ich|Man"
    r"|Diese|Dieser|Dieses|Damit|Dabei|Danach|Dann|Doch|Aber|Auch|Zudem|Laut|Im|Am|Bei|Seit"
    r"|So|Wie|Was|Wer|Als)\s)"
)
# A list marker alone ("1.", "12.", "a)", "(3)"): the number of the item that follows, never
# a sentence of its own ("1. Die Expeditionen haben …" is one item, not "1." and the rest).
_MARKER_ONLY = re.compile(r"\(?(?:\d{1,3}|[a-zA-Z])[.)]")
# A numbered item opening a piece ("4. Bei einem Unfall …"), and the short words after which
# a number continues the sentence instead ("16 nov. 2024", "S. 81", "ca. 7315 m").
_LIST_ITEM = re.compile(r"\d{1,3}\.\s+[^\W\d_]")
_NUMBER_ABBREVIATIONS = frozenset(
    (
        "p pp s nr no nos n vol bd jg kap ch chap art abs fig abb tab ca env vgl ff h hr "
        "jan janv feb févr fév mar apr avr jun jul juil aug aoû sep sept oct okt nov dez "
        "déc dec"
    ).split()
)
_SPACES = " \u00a0\u202f\u2009"
_TAIL = 40  # how much of the previous piece the merge rules look at
_ENDS_SENTENCE = re.compile(r"[.!?…:;][\s\"'»«“”„‘’)\]}›‹]*$")
_SHORT_ABBREV_END = re.compile(r"(?:^|\s)[A-Za-zÀ-ỹ]{1,4}\.$")


@lru_cache(maxsize=16)
def _segmenter(lang: str) -> pysbd.Segmenter:
    return pysbd.Segmenter(language=lang if lang in _PYSBD_LANGS else "en", clean=False)


@lru_cache(maxsize=16)
def _after_quote(lang: str) -> re.Pattern[str]:
    """End punctuation, a closing quote (French spacing allowed), then a space."""
    closing = re.escape(_CLOSING_QUOTES.get(lang, _DEFAULT_CLOSING))
    return re.compile(rf"[.!?…][{_SPACES}]?[{closing}]+(?=[{_SPACES}]+\S)")


def split_paragraph(paragraph: str, lang: str) -> list[str]:
    """Split one paragraph into sentences, stripped, none empty."""
    text = " ".join(paragraph.split())
    if not text:
        return []
    protect = lang == "vi" and _PLACEHOLDER not in text
    if protect:
        text = _VI_PROTECT.sub(lambda m: m.group(0).replace(".", _PLACEHOLDER), text)
    pieces = [p.strip() for p in _pysbd_pieces(text, lang)]
    # pysbd keeps 'said: "… end." Next sentence' together; cut after a closing quote.
    pieces = [q for p in pieces for q in _cut_after_quotes(p, lang) if q]
    if lang == "de":  # "stieg auf 12. Die Polizei …": a number, not an ordinal, ends it
        pieces = [q for p in pieces for q in _DE_NUMBER_END.split(p) if q]
    pieces = _markers_to_items(pieces)
    merged: list[list[str]] = []  # sentences as lists of pieces: joining once stays linear
    for piece in pieces:
        if merged:
            # "»Das ist gut.« Danach": a closing quote pysbd put at the next sentence's start
            lead = _leading_closers(lang).match(piece)
            if lead and not merged[-1][-1][-1].isalnum():
                merged[-1][-1] += lead.group(0)
                piece = piece[lead.end() :].strip()
                if not piece:
                    continue
        if merged and _belongs_to_previous(merged[-1][-1][-_TAIL:], piece):
            merged[-1].append(piece if piece[0] in _CLOSERS else " " + piece)
        else:
            merged.append([piece])
    sentences = ["".join(parts) for parts in merged]
    if protect:
        sentences = [m.replace(_PLACEHOLDER, ".") for m in sentences]
    return sentences


@lru_cache(maxsize=16)
def _leading_closers(lang: str) -> re.Pattern[str]:
    """Closing quotes/brackets at a piece's start, followed by a space (French « opens)."""
    closing = _CLOSING_QUOTES.get(lang, _DEFAULT_CLOSING) + ")]}"
    return re.compile(rf"[{re.escape(closing)}]+(?=[{_SPACES}]|$)")


def _pysbd_pieces(text: str, lang: str) -> list[str]:
    """pysbd's sentences as consecutive slices of `text`, so no character can go missing.

    pysbd's own span mapping re-searches the text from the start for every sentence
    (quadratic: 30 s on a 30 000-character line of "a. a. …") and silently drops a sentence
    it cannot find again; here each sentence is searched from where the last one ended, and
    anything pysbd skipped is kept with the following sentence.
    """
    pieces: list[str] = []
    pos = 0
    for sentence in _segmenter(lang).processor(text).process():
        sentence = sentence.strip()
        found = text.find(sentence, pos) if sentence else -1
        if found < 0:
            continue
        pieces.append(text[pos : found + len(sentence)])
        pos = found + len(sentence)
    if text[pos:].strip():
        pieces.append(text[pos:])
    return pieces


def _cut_after_quotes(piece: str, lang: str) -> list[str]:
    """Cut after a closing quote that ends a sentence when a new sentence follows."""
    out: list[str] = []
    start = 0
    for m in _after_quote(lang).finditer(piece):
        rest = piece[m.end() :].lstrip(_SPACES)
        if rest and (rest[0].isupper() or rest[0] in '„“«"‚‹»'):
            out.append(piece[start : m.end()].strip())
            start = m.end()
    out.append(piece[start:].strip())
    return out


def _markers_to_items(pieces: list[str]) -> list[str]:
    """A list marker cut off on its own joins the item it numbers ("1." | "Die …")."""
    out: list[str] = []
    carry = ""
    for piece in pieces:
        if _MARKER_ONLY.fullmatch(piece):
            carry += piece + " "
            continue
        out.append(carry + piece)
        carry = ""
    if carry:
        out.append(carry.strip())
    return out


def _belongs_to_previous(prev: str, piece: str) -> bool:
    """Whether pysbd cut a sentence too early (closing quote, abbreviation + number)."""
    if all(ch in _CLOSERS or ch.isspace() for ch in piece):
        return True
    first = piece[0]
    if first.islower():
        return True
    # "Die" | "2. Runde …": pysbd cut where nothing ends a sentence
    if not _ENDS_SENTENCE.search(prev):
        return True
    short = _SHORT_ABBREV_END.search(prev)
    if not (first.isdigit() and short):
        return False
    # "16 nov." | "2024" continues; "Die Expedition hat." | "4. Bei einem Unfall …" and
    # "… mang theo." | "2. Mỗi đoàn …" are the next item of a numbered list
    word = short.group(0).strip().rstrip(".").lower()
    return not _LIST_ITEM.match(piece) or word in _NUMBER_ABBREVIATIONS


def split(paragraphs: list[str] | tuple[str, ...], lang: str) -> list[tuple[int, str]]:
    """Split paragraphs into (paragraph index, sentence) pairs, in order."""
    out: list[tuple[int, str]] = []
    for p_index, paragraph in enumerate(paragraphs):
        out.extend((p_index, s) for s in split_paragraph(paragraph, lang))
    return out
