"""Sentence splitting: cuts where a reader sees a new sentence, and nowhere else."""

from __future__ import annotations

import pytest

from transcheck.text.segment import split, split_paragraph


def test_paragraphs_first_and_indexed() -> None:
    paragraphs = ["Erster Satz. Zweiter Satz.", "", "Dritter Satz"]
    assert split(paragraphs, "de") == [
        (0, "Erster Satz."),
        (0, "Zweiter Satz."),
        (2, "Dritter Satz"),
    ]


def test_a_sentence_never_spans_two_paragraphs() -> None:
    assert split(["Ohne Punkt am Ende", "Neuer Absatz."], "de") == [
        (0, "Ohne Punkt am Ende"),
        (1, "Neuer Absatz."),
    ]


@pytest.mark.parametrize(
    ("paragraph", "lang", "expected"),
    [
        (
            "Er sagte: „Wir kommen morgen.“ Dann ging er.",
            "de",
            ["Er sagte: „Wir kommen morgen.“", "Dann ging er."],
        ),
        (
            "Er sagte: »Das ist gut.« Danach schwieg er.",
            "de",
            ["Er sagte: »Das ist gut.«", "Danach schwieg er."],
        ),
        (
            "Il a dit : « C'est fini. » La séance est levée.",
            "fr",
            ["Il a dit : « C'est fini. »", "La séance est levée."],
        ),
        (
            "Il a répondu « Non. » Puis il est parti.",
            "fr",
            ["Il a répondu « Non. »", "Puis il est parti."],
        ),
        (
            'He said: "We will go." Then he left.',
            "en",
            ['He said: "We will go."', "Then he left."],
        ),
        (
            "Ông nói: “Chúng tôi sẽ làm.” Sau đó ông rời đi.",
            "vi",
            ["Ông nói: “Chúng tôi sẽ làm.”", "Sau đó ông rời đi."],
        ),
    ],
)
def test_a_closing_quote_followed_by_a_new_sentence_splits(
    paragraph: str, lang: str, expected: list[str]
) -> None:
    assert split_paragraph(paragraph, lang) == expected


@pytest.mark.parametrize(
    ("paragraph", "lang"),
    [
        ("« Nous ne partirons pas ! » a-t-il déclaré devant la presse.", "fr"),
        ("„Wir bleiben!“, rief der Bürgermeister.", "de"),
        ("Am 16. November 2024 traf er Dr. Müller in Berlin.", "de"),
        ("Die 2. Runde beginnt am 3. Oktober.", "de"),
        ("Das gilt z. B. für Busse und Bahnen.", "de"),
        ("The U.S. Army confirmed the figures on Monday.", "en"),
        ("Mr. Smith met Dr. Jones in Washington.", "en"),
        ("M. Dupont a rencontré Mme Durand à Paris.", "fr"),
        ("PGS.TS Nguyễn Văn An làm việc tại TP.HCM từ năm 2010.", "vi"),
        ("PGS.TS. Nguyễn Văn An phát biểu tại hội nghị.", "vi"),
        ("Người dân TP. HCM đón mưa lớn.", "vi"),
        ("Le XVIIe siècle a vu naître le 1er musée de la ville.", "fr"),
    ],
)
def test_abbreviations_ordinals_and_inner_punctuation_do_not_split(
    paragraph: str, lang: str
) -> None:
    assert split_paragraph(paragraph, lang) == [paragraph]


def test_vietnamese_abbreviation_at_sentence_end_still_ends_it() -> None:
    sentences = split_paragraph("Ông làm việc ở TP.HCM. Bà sống ở Hà Nội.", "vi")
    assert sentences == ["Ông làm việc ở TP.HCM.", "Bà sống ở Hà Nội."]


def test_whitespace_is_collapsed_and_trimmed() -> None:
    assert split_paragraph("  Erster   Satz.\n Zweiter Satz.  ", "de") == [
        "Erster Satz.",
        "Zweiter Satz.",
    ]


def test_empty_and_blank_paragraphs_give_no_sentences() -> None:
    assert split_paragraph("", "en") == []
    assert split_paragraph(" \n\t ", "en") == []


def test_unknown_language_falls_back_to_generic_rules() -> None:
    assert split_paragraph("Dit is een zin. Dit is er nog een.", "nl") == [
        "Dit is een zin.",
        "Dit is er nog een.",
    ]


def test_french_opening_guillemet_after_a_sentence_stays_with_its_quote() -> None:
    paragraph = "Le paysage a changé. « Pour la première fois, c'est nouveau », dit-elle."
    assert split_paragraph(paragraph, "fr") == [
        "Le paysage a changé.",
        "« Pour la première fois, c'est nouveau », dit-elle.",
    ]


def test_pathological_long_line_is_split_without_losing_text() -> None:
    paragraph = "a. " * 5000
    sentences = split_paragraph(paragraph, "fr")
    assert "".join(sentences).replace(" ", "") == paragraph.replace(" ", "")


def test_german_number_before_an_article_ends_the_sentence() -> None:
    assert split_paragraph("Die Zahl stieg auf 12. Die Polizei ermittelt.", "de") == [
        "Die Zahl stieg auf 12.",
        "Die Polizei ermittelt.",
    ]
    assert split_paragraph("Er kam am 12. Mai an.", "de") == ["Er kam am 12. Mai an."]


@pytest.mark.parametrize(
    ("paragraph", "lang", "expected"),
    [
        (
            "1. Die Expeditionen haben einen Offizier mitzunehmen. 2. Jede Expedition zahlt.",
            "de",
            ["1. Die Expeditionen haben einen Offizier mitzunehmen.", "2. Jede Expedition zahlt."],
        ),
        (
            "3. Die Expedition hat zu zahlen. 4. Bei einem Unfall haftet sie.",
            "de",
            ["3. Die Expedition hat zu zahlen.", "4. Bei einem Unfall haftet sie."],
        ),
        (
            "1. Các đoàn phải mang theo. 2. Mỗi đoàn trả phí.",
            "vi",
            ["1. Các đoàn phải mang theo.", "2. Mỗi đoàn trả phí."],
        ),
        (
            "1. The expedition takes an officer. 2. Every expedition pays.",
            "en",
            ["1. The expedition takes an officer.", "2. Every expedition pays."],
        ),
        ("12. Die Polizei kam spät.", "de", ["12. Die Polizei kam spät."]),
    ],
)
def test_a_numbered_list_item_is_one_sentence_with_its_number(
    paragraph: str, lang: str, expected: list[str]
) -> None:
    """A German "1." before an article was cut off as a sentence of its own (then reported
    as an omission), and a short word ending an item ("hat.", "theo.") glued the next
    item's number to it, as if it were an abbreviation before a figure."""
    assert split_paragraph(paragraph, lang) == expected


@pytest.mark.parametrize(
    ("paragraph", "lang", "expected"),
    [
        ("Le 16 nov. 2024 il pleut.", "fr", ["Le 16 nov. 2024 il pleut."]),
        ("Es war im ca. 7. Jahrhundert.", "de", ["Es war im ca. 7. Jahrhundert."]),
        ("Siehe S. 81. Die Karte zeigt es.", "de", ["Siehe S. 81.", "Die Karte zeigt es."]),
    ],
)
def test_a_number_after_an_abbreviation_still_continues_the_sentence(
    paragraph: str, lang: str, expected: list[str]
) -> None:
    assert split_paragraph(paragraph, lang) == expected
