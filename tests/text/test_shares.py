"""Shares said as fractions are read as the percentage they mean, in all four languages."""

from __future__ import annotations

import pytest

from transcheck.compare.mismatch import number_mismatch
from transcheck.text.anchors import extract
from transcheck.text.shares import complement, cuts


@pytest.mark.parametrize(
    ("sentence", "lang", "share"),
    [
        ("Roughly one in four of our passengers is visiting family.", "en", "25%"),
        ("About a third of the plant's output will go to Japan.", "en", "33%"),
        ("She has lost nearly two-thirds of her harvest.", "en", "67%"),
        ("The tail is roughly one-fifth longer than the body.", "en", "20%"),
        ("More than half of the votes went to the mayor.", "en", "50%"),
        ("Every fourth passenger flies on to Asia.", "en", "25%"),
        ("Rund ein Drittel davon fließt in Schulen.", "de", "33%"),
        ("Jeder vierte Fluggast besucht Verwandte.", "de", "25%"),
        ("Die Erhöhung wurde um ein Viertel gekürzt.", "de", "25%"),
        ("Fast die Hälfte von ihnen weiß nichts davon.", "de", "50%"),
        ("Près d'un tiers de ces dépenses a été réalisé dans le Morbihan.", "fr", "33%"),
        ("Un passager sur quatre rend visite à sa famille.", "fr", "25%"),
        ("Les ventes ne représentent que la moitié de celles de l'an dernier.", "fr", "50%"),
        ("Khoảng 1/4 số khách bay cùng chúng tôi là đi thăm người thân.", "vi", "25%"),
        ("Trong đó gần 1/3 thuộc về tỉnh Morbihan.", "vi", "33%"),
        ("Quầy vé đã bán được gần hai phần ba số chỗ.", "vi", "67%"),
        ("Gần một nửa trong số họ không biết mình mắc bệnh.", "vi", "50%"),
        ("Seven in ten households heat with gas.", "en", "70%"),
        ("Three out of five voters stayed at home.", "en", "60%"),
        ("Sieben von zehn Haushalten heizen mit Gas.", "de", "70%"),
        ("Sept ménages sur dix se chauffent au gaz.", "fr", "70%"),
        # the denominator first: "of every four pupils, one" (blind round 50)
        ("Cứ bốn học sinh ở vùng sâu thì có một em bị thấp còi.", "vi", "25%"),
        ("Cứ 10 người dân có 3 người dùng xe buýt.", "vi", "30%"),
    ],
)
def test_fractions_are_read_as_shares(sentence: str, lang: str, share: str) -> None:
    anchors = extract(sentence, lang)
    assert anchors.shares == (share,)
    assert not anchors.dates  # "1/4" in a share is no first of April


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("He won a third straight title.", "en"),
        ("The match lasted a quarter of an hour.", "en"),
        ("Sales rose in the first half of the year.", "en"),
        ("Every second counts.", "en"),
        ("Le vote a eu lieu en quart de finale.", "fr"),
        ("Une baisse sur trois ans a suivi.", "fr"),
        ("Der Bus fährt jeden dritten Tag.", "de"),
        ("Sie erreichten das Viertelfinale.", "de"),
        ("Công ty đã được cổ phần hóa một phần tư nhân.", "vi"),
        ("Hạn chót là ngày 1/4.", "vi"),
        ("Chương trình chạy từ 1/3 đến 5/3.", "vi"),
        ("Đây là một phần Ba Lan.", "vi"),
        ("Zwei von ihnen kamen zu spät.", "de"),
        ("Der Preis stieg von drei auf vier Euro.", "de"),
        ("Three out of four years were dry.", "en"),
        ("Cứ năm năm lại có một trận lũ lớn.", "vi"),  # every five years: a frequency
    ],
)
def test_ordinals_times_and_dates_are_no_shares(sentence: str, lang: str) -> None:
    assert extract(sentence, lang).shares == ()


def test_a_share_matches_its_percentage_and_its_fraction_in_another_language() -> None:
    en = extract("Roughly one in four of our passengers is visiting family.", "en")
    for other, lang in [
        ("Khoảng 1/4 số khách bay cùng chúng tôi là đi thăm người thân.", "vi"),
        ("Rund 25 Prozent unserer Fluggäste besuchen Verwandte.", "de"),
        ("Un passager sur quatre rend visite à sa famille.", "fr"),
    ]:
        assert number_mismatch(en, extract(other, lang)) == ([], []), other


def test_a_changed_share_is_a_changed_figure() -> None:
    fr = extract("Un tiers des pièces part à Hambach.", "fr")
    assert number_mismatch(fr, extract("Ein Viertel der Teile geht nach Hambach.", "de")) == (
        ["33%"],
        ["25%"],
    )
    de = extract("Rund 30 Prozent unserer Fluggäste besuchen Verwandte.", "de")
    en = extract("Roughly one in four of our passengers is visiting family.", "en")
    assert number_mismatch(de, en) == (["30%"], ["25%", "4"])  # "one in four" says a 4


def test_a_share_read_on_one_side_only_proves_nothing() -> None:
    """One language's fraction may be said in words no pattern reads ("payé par un tiers" is
    read, "a third party" is not): alone, a share is no changed figure."""
    fr = extract("La facture a été payée par un tiers.", "fr")
    assert fr.shares == ("33%",)
    assert number_mismatch(fr, extract("The bill was paid by a third party.", "en")) == ([], [])


def test_a_share_against_the_small_numbers_it_is_said_with_is_one_claim() -> None:
    """ "One out of three black men" against "cứ 3 người đàn ông … thì có một người" (IWSLT):
    a share one side says with plain numbers is no changed figure."""
    en = extract("One out of three black men is in jail.", "en")
    vi = extract("Cứ 3 người đàn ông da đen thì có một người đang trong tù.", "vi")
    assert en.shares == ("33%",)
    assert number_mismatch(en, vi) == ([], [])


def test_the_words_of_a_share_are_no_count() -> None:
    """ "one in three euros" is no "3 EUR", "nearly two-fifths" no 2 (blind pairs); "one
    in three" still says a 3, and "one out of ten" against "1 trong 9 người" (IWSLT) is a
    changed figure."""
    en = extract("The mission cost €410 million, and one in three euros came from France.", "en")
    assert en.numbers == ("3", "410000000 EUR") and en.shares == ("33%",)
    vi = extract("Tỉ lệ kết án sai: 1 trong 9 người bị kết án là người vô tội.", "vi")
    assert number_mismatch(vi, extract("An error rate: one out of ten people innocent.", "en")) == (
        ["1", "9"],
        ["10"],
    )
    assert extract("They grow nearly two-fifths of the rice.", "en").numbers == ()


def test_a_share_with_a_numerator_in_words_matches_its_percentage() -> None:
    """ "mehr als sieben von zehn Wohnungen" = "hơn 70% số căn": read as numbers, the 7 and
    the 10 matched nothing."""
    vi = extract("Hơn 70% số căn hộ mở bán thuộc phân khúc cao cấp.", "vi")
    de = extract("Mehr als sieben von zehn Wohnungen gehören zum oberen Segment.", "de")
    assert number_mismatch(vi, de) == ([], [])
    six = extract("Mehr als sechs von zehn Wohnungen gehören zum oberen Segment.", "de")
    assert number_mismatch(vi, six) == (["70%"], ["10", "60%"])  # "von zehn" says a 10


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The new boiler burns 60 per cent less gas.", "en"),
        ("Der neue Kessel verbraucht 60 Prozent weniger Gas.", "de"),
        ("La nouvelle chaudière consomme 60 % de gaz en moins.", "fr"),
        ("Lò hơi mới tiêu thụ ít hơn 60% lượng khí đốt.", "vi"),
        ("The bill was cut by 60%.", "en"),
    ],
)
def test_a_percentage_said_as_a_cut(text: str, lang: str) -> None:
    assert cuts(text, lang) == {"60%"}
    assert complement("60%") == "40%"


def test_a_plain_percentage_is_no_cut() -> None:
    assert cuts("Gas makes up 60 per cent of the bill.", "en") == frozenset()


@pytest.mark.parametrize(
    ("rating", "lang"),
    [
        ("Der Hof wurde mit vier von fünf Sternen ausgezeichnet.", "de"),
        ("The farm was rated four out of five stars.", "en"),
        ("La ferme a reçu quatre étoiles sur cinq.", "fr"),
    ],
)
def test_a_rating_on_a_scale_is_no_share(rating: str, lang: str) -> None:
    """ "OCOP 4 sao" = "vier von fünf Sternen": the scale is added for readers abroad."""
    anchors = extract(rating, lang)
    assert anchors.shares == ()
    assert number_mismatch(extract("Trang trại đạt chuẩn OCOP 4 sao.", "vi"), anchors) == ([], [])
    # a changed rating shows (beside the scale, which then has nothing to pair with)
    assert number_mismatch(extract("Trang trại đạt chuẩn OCOP 3 sao.", "vi"), anchors) == (
        ["3"],
        ["4", "5"],
    )


def test_a_shares_denominator_counts_only_where_the_share_is_not_stated() -> None:
    """ "one in five farms" says a 5 so that "one in six" shows against "20 %"; against
    "20 %" itself the 5 is no second figure."""
    five = extract("One in five farms has closed.", "en")
    assert number_mismatch(five, extract("20 % des fermes ont fermé.", "fr")) == ([], [])
    ten = extract("One in ten farms has closed.", "en")
    assert number_mismatch(ten, extract("20 % des fermes ont fermé.", "fr")) == (
        ["10", "10%"],
        ["20%"],
    )
