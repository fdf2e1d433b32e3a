"""The dictionary that tells a German noun from a name German capitalises the same way."""

from __future__ import annotations

import pytest

from transcheck.text.lexicon import Lexicon

pytest.importorskip("spellchecker")
known_word = Lexicon().known  # no cache folder


@pytest.mark.parametrize("word", ["Variante", "Lager", "Expedition", "Leitung", "Tal"])
def test_german_nouns_are_known(word):
    assert known_word(word, "de") is True


@pytest.mark.parametrize("word", ["Baltis", "Stainton", "Gasherbrum", "Magnone", "Higeta"])
def test_names_of_the_himalaya_book_are_not(word):
    """ "Gasherbrum" splits into "Gas", "herb" and "rum", but parts of three letters make no
    compound (`_PART`)."""
    assert known_word(word, "de") is False


@pytest.mark.parametrize(
    "word", ["Gletscherbecken", "Gratschulter", "Erstersteigung", "Besteigungsdaten"]
)
def test_compounds_of_known_words_are_known(word):
    """German builds nouns from nouns, with links ("Besteigung-s-daten"); the dictionary
    lists few of them."""
    assert known_word(word, "de") is True


def test_a_compound_led_by_a_verbs_stem_is_known():
    """ "Räucherstäbchen" (incense sticks: "räuchern" + "Stäbchen") read as a name where a
    translation dropped "Huế" (a blind pair of the twenty-eighth round)."""
    assert known_word("Räucherstäbchen", "de") is True
    assert known_word("Räucher", "de") is False  # a stem alone is no word
    # only stems in -er/-el: the plural "Gebirgen" makes no stem "Gebirg" (so the compound
    # "Gebirgswall" stays unknown, as it was: a rule for verbs, not for plurals)
    assert known_word("Gebirgswall", "de") is False


def test_a_compound_of_an_unknown_word_is_unknown():
    """ "Kulmination" is not in the dictionary, so neither is "Kulminationspunkt": a rare
    word reads as a name, which the embedding test then has to confirm."""
    assert known_word("Kulminationspunkt", "de") is False


def test_swiss_double_s_is_read_as_sharp_s():
    """The Alpine yearbook is Swiss: "Weissen", "Grossbritannien", "Fusse"."""
    for word in ("Weissen", "Grossbritannien", "Fusse"):
        assert known_word(word, "de") is True


def test_every_part_of_a_hyphenated_word_must_be_known():
    assert known_word("Urwald-Giraffe", "de") is True
    assert known_word("Makalu-Gebietes", "de") is False


def test_french_and_english_have_dictionaries_vietnamese_has_none():
    assert known_word("Tour", "fr") is True and known_word("Lahul", "fr") is False
    assert known_word("mountain", "en") is True
    assert known_word("Hà", "vi") is None


def test_a_cache_folder_keeps_the_word_list_and_is_read_back(tmp_path, monkeypatch):
    """The library's load takes half a second; with a cache folder the words are written
    there once, whole, and the next process reads them back without the library."""
    from transcheck.text import lexicon

    monkeypatch.setattr(lexicon, "_LOADED", {})
    assert lexicon.Lexicon(tmp_path).known("Variante", "de") is True
    (kept,) = tmp_path.glob("de-pyspellchecker-*.txt")
    assert "variante" in kept.read_text(encoding="utf-8").split("\n")
    assert not list(tmp_path.glob("*.part"))  # no half-written file left behind

    import spellchecker

    def unavailable(*args, **kwargs):
        raise AssertionError("the library was loaded again")

    monkeypatch.setattr(lexicon, "_LOADED", {})
    monkeypatch.setattr(spellchecker, "SpellChecker", unavailable)
    assert lexicon.Lexicon(tmp_path).known("Gletscherbecken", "de") is True
    assert lexicon.Lexicon(tmp_path).known("Baltis", "de") is False


def test_a_cache_that_cannot_be_written_is_skipped(tmp_path, monkeypatch):
    from transcheck.text import lexicon

    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setattr(lexicon, "_LOADED", {})
    assert lexicon.Lexicon(blocked / "lexicon").known("Lager", "de") is True
    assert blocked.read_text() == "not a folder"


def test_a_phrase_of_several_words_is_no_dictionary_word():
    """Both words are German ("Georg", "Weiler"), but two capitals in a row are a name."""
    assert known_word("Georg Weiler", "de") is False
