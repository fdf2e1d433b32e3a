"""Limits on whole numbers said either way: "under 16" = "bis 15"."""

from __future__ import annotations

import pytest

from transcheck.compare.mismatch import limited, number_mismatch
from transcheck.text.anchors import extract
from transcheck.text.bounds import limits, same_limit


@pytest.mark.parametrize(
    ("text", "lang", "limit"),
    [
        ("Children under 16 pay half price.", "en", ("below", 16)),
        ("Kinder bis 15 Jahre zahlen die Hälfte.", "de", ("up to", 15)),
        ("Les enfants de 15 ans et moins paient moitié prix.", "fr", ("up to", 15)),
        ("Trẻ em từ 15 tuổi trở xuống được giảm nửa giá.", "vi", ("up to", 15)),
        ("Eintritt ab 18 Jahren.", "de", ("from", 18)),
        ("Only those over 17 may enter.", "en", ("above", 17)),
        ("Accès réservé aux 18 ans et plus.", "fr", ("from", 18)),
    ],
)
def test_limits_are_read_with_their_kind(text: str, lang: str, limit: tuple[str, int]) -> None:
    assert limit in limits(text, lang)


def test_a_limit_said_the_other_way_is_the_same_line() -> None:
    assert same_limit(("below", 16), ("up to", 15))
    assert same_limit(("from", 18), ("above", 17))
    assert not same_limit(("below", 16), ("up to", 16))
    assert not same_limit(("below", 16), ("from", 15))
    assert not same_limit(("above", 17), ("up to", 18))


def test_only_whole_numbers_a_person_could_be_are_limits() -> None:
    assert limits("Prices rose by more than 2,000 euros.", "en") == frozenset()
    assert limits("The parcel must weigh under 1.5 kilograms.", "en") == frozenset()


def test_under_16_and_up_to_15_are_one_age_limit() -> None:
    """ "children under 16" / "Kinder bis 15 Jahre" (a blind pair of the twenty-fourth
    round, in our words); the same limit moved by a year is still a change."""
    en = "A ticket costs £3 for children under 16."
    de = "Ein Ticket kostet für Kinder bis 15 Jahre 3 Pfund."
    only = number_mismatch(extract(en, "en"), extract(de, "de"))
    assert only == (["16"], ["15"])
    assert limited(*only, limits(en, "en"), limits(de, "de")) == ([], [])
    younger = "Kinder bis 14 Jahre zahlen 3 Pfund."
    moved = number_mismatch(extract(en, "en"), extract(younger, "de"))
    assert moved == (["16"], ["14"])
    assert limited(*moved, limits(en, "en"), limits(younger, "de")) == moved


def test_an_english_age_group_in_words_is_its_limit() -> None:
    """ "under-fives" = "unter fünf", "over-sixties" = "über 60"."""
    assert extract("Under-fives swim free.", "en").numbers == ("5",)
    assert extract("A club for over-sixties.", "en").numbers == ("60",)
    assert extract("The under-18s play first.", "en").numbers == ("18",)
    assert extract("Understanding takes time.", "en").numbers == ()


def test_a_limit_in_words_is_read() -> None:
    """ "Kinder bis zwölf Jahre" = "enfants de moins de 13 ans" (the twenty-seventh round,
    in our words)."""
    de = limits("Kinder bis zwölf Jahre haben freien Eintritt.", "de")
    fr = limits("Entrée gratuite pour les enfants de moins de 13 ans.", "fr")
    assert ("up to", 12) in de and ("below", 13) in fr
    assert any(same_limit(a, b) for a in de for b in fr)
