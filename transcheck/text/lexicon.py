"""Whether a word is a common word of its language, by a dictionary.

German capitalises every noun, so a capital there does not mark a name. A capitalised word
the dictionary does not know ("Baltis", "Stainton", "Gasherbrum") is far more often a name
than one it knows ("Variante", "Lager") or builds from known words ("Gletscherbecken" =
Gletscher + Becken). The word lists are pyspellchecker's (MIT licence; Hunspell forms with
OpenSubtitles frequencies), loaded on first use: half a second from the library, a tenth of
that from the word list `Lexicon` keeps in the cache folder.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

# German joins the words of a compound with these ("Besteigung-s-daten", "Seite-n-wand").
_LINKS = ("", "s", "es", "n", "en", "e", "er")
_PART = 4  # a compound's words have four letters or more: "Gas-herb-rum" is no compound


class Lexicon:
    """Dictionaries, loaded once per process. With a cache folder each language's words are
    kept there as a plain list on first use: reading it back takes a tenth of the
    library's half-second load, which a short check would otherwise pay every run."""

    def __init__(self, cache: Path | None = None) -> None:
        self._cache = cache

    def known(self, word: str, lang: str) -> bool | None:
        """Whether the dictionary of `lang` knows `word`, or builds it from words it knows.

        Each part of a hyphenated word must be known ("Makalu-Gebietes" is not); the Swiss
        and old spelling "ss" is read as "ß" too ("Weissen", "Grossbritannien"); a
        compound counts when it splits into two or three known words of four letters or
        more ("Gratschulter", not "Gas-herb-rum"), joined by the usual links
        ("Besteigung-s-daten"). Shorter words are left out because too many names split
        into them; "Ostseite" then reads as unknown. A phrase of several words ("Hans
        Ratay", "Hidden Peak") is no dictionary word either, as two capitals in a row mark
        a name in German (name_swap.marked_name). None when there is no dictionary.
        """
        words = _load(lang, self._cache)
        if words is None:
            return None
        parts = [p for p in word.lower().split("-") if p]
        return bool(parts) and all(_known(p, words) for p in parts)


_LOADED: dict[str, frozenset[str] | None] = {}


def _load(lang: str, cache: Path | None) -> frozenset[str] | None:
    """The dictionary's words of `lang`, lower case, once per process; None when there is
    none for it."""
    if lang not in _LOADED:
        _LOADED[lang] = _read(lang, cache)
    return _LOADED[lang]


def _read(lang: str, cache: Path | None) -> frozenset[str] | None:
    try:
        from spellchecker import SpellChecker
    except ImportError:  # an install without it: no lexical evidence, as for other languages
        return None
    try:
        kept = cache / f"{lang}-pyspellchecker-{version('pyspellchecker')}.txt" if cache else None
    except PackageNotFoundError:  # no metadata to tell one word list from the next: no cache
        kept = None
    if kept is not None and kept.is_file():
        try:
            return frozenset(kept.read_text(encoding="utf-8").split("\n"))
        except (OSError, UnicodeDecodeError):
            pass  # damaged: load it again below and write it anew
    try:
        words = frozenset(SpellChecker(language=lang, distance=1).word_frequency.dictionary)
    except ValueError:  # no dictionary for this language
        return None
    if kept is not None:
        _keep(kept, words)
    return words


def _keep(path: Path, words: frozenset[str]) -> None:
    """Write the word list whole or not at all; a cache that cannot be written is skipped."""
    part = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, part = tempfile.mkstemp(dir=path.parent, suffix=".part")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write("\n".join(sorted(words)))
        os.replace(part, path)
    except OSError:
        if part is not None:
            with contextlib.suppress(OSError):
                os.unlink(part)


def _known(part: str, words: frozenset[str]) -> bool:
    variants = {part, part.replace("ss", "ß")}
    return any(v in words or _compound(v, words, 3) for v in variants)


def _verb_stem(head: str, words: frozenset[str]) -> bool:
    """Whether a compound's head is the stem of a known verb in -ern or -eln: "Räucher-
    stäbchen" (from "räuchern"), "Wander-weg". Not a stem and "-en", which is as often a
    plural ("Gebirg-swall" from "Gebirgen" split so would hide a name's place)."""
    return head.endswith(("er", "el")) and f"{head}n" in words


def _compound(word: str, words: frozenset[str], parts: int) -> bool:
    """Whether `word` is a known word of `_PART` letters or more (or a verb's stem, where it
    leads), a link, and another such word or (up to `parts` words in all) another such
    compound."""
    if parts < 2:
        return False
    for cut in range(_PART, len(word) - _PART + 1):
        head, rest = word[:cut], word[cut:]
        if head not in words and not _verb_stem(head, words):
            continue
        for link in _LINKS:
            tail = rest[len(link) :]
            if not rest.startswith(link) or len(tail) < _PART:
                continue
            if tail in words or _compound(tail, words, parts - 1):
                return True
    return False
