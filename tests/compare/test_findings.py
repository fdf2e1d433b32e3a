"""Findings read off an alignment: omissions, additions, shifts with reasons, moves."""

from __future__ import annotations

import numpy as np
import pytest

from transcheck.compare.confidence import calibrate
from transcheck.compare.embed import Embedder
from transcheck.compare.findings import (
    Headlines,
    Thresholds,
    _gloss_of_place,
    _moved_nearby,
    _named_put_back,
    _owner_added,
    _stranger,
    _topic_name,
    find,
    split_unrelated,
    summarise,
)
from transcheck.compare.mismatch import (
    NameTest,
    display_value,
    name_mismatch,
    negation_mismatch,
    number_mismatch,
)
from transcheck.model import Bead, Finding, Sentence
from transcheck.text.anchors import extract
from transcheck.text.lexicon import Lexicon


def sentences(texts: list[str], lang: str) -> list[Sentence]:
    return [Sentence(i, t, i, extract(t, lang)) for i, t in enumerate(texts)]


def every_de_fr(de: list[str], fr: list[str], embed, src_mt: list[str] | None = None):
    """Every candidate finding of a German–French document aligned sentence by sentence."""
    return find(
        [Bead((i,), (i,), 1.0) for i in range(len(de))],
        sentences(de, "de"),
        sentences(fr, "fr"),
        "de",
        "fr",
        np.eye(len(de)),
        src_mt,
        embed=embed,
        thresholds=Thresholds(min_confidence=0.0),
    )


SRC = [
    "The ministry counted 10,000 visitors on 16 November.",
    "Minister Anna Berger opened the fair in Leipzig.",
    "Tickets are not refundable.",
    "The fair closes on Sunday evening.",
]
TGT = [
    "Das Ministerium zählte am 16. November 12.000 Besucher.",
    "Ministerin Clara Weiss eröffnete die Messe in Leipzig.",
    "Tickets sind erstattungsfähig.",
    "Die Besucher kamen vor allem aus Sachsen.",
]


def test_numbers_are_compared_across_locales():
    same_src, same_tgt = number_mismatch(
        extract("10,000 people", "en"), extract("10.000 Menschen", "de")
    )
    assert (same_src, same_tgt) == ([], [])
    only_src, only_tgt = number_mismatch(extract(SRC[0], "en"), extract(TGT[0], "de"))
    assert only_src == ["10000"] and only_tgt == ["12000"]


def test_a_date_without_year_matches_the_full_date():
    only_src, only_tgt = number_mismatch(
        extract("It opened on 16 November 2024.", "en"),
        extract("Es öffnete am 16. November.", "de"),
    )
    assert (only_src, only_tgt) == ([], [])


def test_small_word_numbers_alone_are_not_a_mismatch():
    # "hai nhà lãnh đạo" = "die beiden Staatschefs": a word number with no counterpart
    assert number_mismatch(
        extract("Hai nhà lãnh đạo đã gặp nhau.", "vi"), extract("Die beiden trafen sich.", "de")
    ) == ([], [])
    # but two different small numbers on both sides are
    only_src, only_tgt = number_mismatch(
        extract("Three people came.", "en"), extract("Vier Menschen kamen.", "de")
    )
    assert only_src == ["3"] and only_tgt == ["4"]


def test_name_swap_is_found_from_the_side_that_marks_names():
    missing_in_tgt, _ = name_mismatch(SRC[1], TGT[1], "en", "de", None, None)
    assert "Anna Berger" in missing_in_tgt
    assert "Leipzig" not in missing_in_tgt


def test_translated_country_names_are_not_mismatches():
    src = "Tổng thống Mỹ gặp lãnh đạo Trung Quốc tại Lima."
    tgt = "Der US-Präsident traf Chinas Staatschef in Lima."
    assert name_mismatch(src, tgt, "vi", "de", None, None) == ([], [])


def test_negation_flip_is_found():
    assert negation_mismatch(SRC[2], TGT[2], "en", "de", None)
    assert not negation_mismatch(SRC[3], "Die Messe schließt am Sonntagabend.", "en", "de", None)


# A faithful German MT of SRC: the evidence that lets names and negation be compared in
# one language.
MT_OF_SRC = [
    "Das Ministerium zählte am 16. November 10.000 Besucher.",
    "Ministerin Anna Berger eröffnete die Messe in Leipzig.",
    "Tickets sind nicht erstattungsfähig.",
    "Die Messe schließt am Sonntagabend.",
]


def test_find_reads_kinds_off_the_alignment():
    src, tgt = sentences(SRC, "en"), sentences(TGT, "de")
    scores = np.full((4, 4), 0.05)
    for i in range(3):
        scores[i, i] = 1.0
    alignment = [
        Bead((0,), (0,), 1.0),
        Bead((1,), (1,), 1.0),
        Bead((2,), (2,), 1.0),
        Bead((3,), ()),
        Bead((), (3,)),
    ]
    # every candidate kept: a short unmatched line with no embeddings to read it against
    # its neighbours is a coin toss (confidence.py), and this test is about the kinds
    everything = Thresholds(min_confidence=0.0)
    findings = find(alignment, src, tgt, "en", "de", scores, MT_OF_SRC, thresholds=everything)
    by_kind = {(f.kind, f.src, f.tgt): f for f in findings}
    assert ("omission", (3,), ()) in by_kind
    assert ("addition", (), (3,)) in by_kind
    number = by_kind[("shift", (0,), (0,))]
    assert "number mismatch" in number.reasons
    assert number.evidence["tokens"] == {"src": ["10,000"], "tgt": ["12,000"]}
    assert number.severity == "high"
    assert "name mismatch" in by_kind[("shift", (1,), (1,))].reasons
    flip = by_kind[("shift", (2,), (2,))]
    assert "negation mismatch" in flip.reasons
    assert all(0.5 <= f.confidence <= 1.0 for f in findings if f.kind == "shift" and f is not flip)
    # MT showing the flip adds nothing the originals do not show ("not" against no cue):
    # without embeddings to test the cue, it stays a candidate (confidence.py)
    assert flip.evidence["features"]["negation_cross"] == 1.0 and flip.confidence < 0.5


PLAN_VI = ["Con đường dự kiến sẽ được trải nhựa trước mùa mưa."]
DONE_EN = ["The road has been asphalted ahead of the rainy season."]


def _modality(mt_of_src: list[str] | None) -> list[Finding]:
    src, tgt = sentences(PLAN_VI, "vi"), sentences(DONE_EN, "en")
    alignment = [Bead((0,), (0,), 0.9)]
    return find(alignment, src, tgt, "vi", "en", np.eye(1), mt_of_src)


def test_a_plan_told_as_done_is_a_modality_shift():
    (shift,) = _modality(None)
    assert shift.reasons == ("modality mismatch",)
    assert shift.evidence["modality"] == {"kind": "plan", "side": "source", "marker": "dự kiến"}
    assert shift.evidence["tokens"] == {"src": ["dự kiến"], "tgt": []}
    assert shift.severity == "high" and shift.confidence >= 0.5
    # MT that also reads a plan agrees, so the shift stands
    assert [f.reasons for f in _modality(["The road is expected to be asphalted."])] == [
        ("modality mismatch",)
    ]


def test_a_fact_told_as_a_plan_needs_mt_that_tells_it_plainly():
    """The other way round, MT of the original must say no word of a plan: "soll …
    fertiggestellt werden" for "đã hoàn thành" (blind round 46), where the MT "sind
    fertiggestellt" tells a state the past reader does not read."""
    src = sentences(["Phần móng của nhà kho đã hoàn thành."], "vi")
    tgt = sentences(["Das Fundament der Halle soll als Nächstes fertiggestellt werden."], "de")
    alignment = [Bead((0,), (0,), 0.9)]

    def reasons(mt: list[str]) -> list[tuple[str, ...]]:
        return [f.reasons for f in find(alignment, src, tgt, "vi", "de", np.eye(1), mt)]

    assert reasons(["Das Fundament der Halle ist fertiggestellt."]) == [("modality mismatch",)]
    assert reasons(["Das Fundament soll bald fertiggestellt werden."]) == []


def test_mt_that_reads_no_plan_vetoes_a_modality_shift():
    """One sentence's clauses are not matched, so where MT exists it must read the
    original's plan too: here it tells the event as done, as the translation does."""
    assert _modality(["The road has been asphalted before the rainy season."]) == []


DEPUTY_VI = ["Ông Lê Văn Tám, Phó Giám đốc Sở Xây dựng, cho biết cầu sẽ thông xe vào tháng 6."]
HEAD_DE = ["Lê Văn Tám, Direktor des Bauamts, sagte, die Brücke werde im Juni freigegeben."]


def _role(mt_of_src: list[str] | None) -> list[Finding]:
    src, tgt = sentences(DEPUTY_VI, "vi"), sentences(HEAD_DE, "de")
    return find([Bead((0,), (0,), 0.9)], src, tgt, "vi", "de", np.eye(1), mt_of_src)


def test_a_deputy_told_as_the_head_is_a_role_shift():
    (shift,) = _role(None)
    assert shift.reasons == ("role mismatch",)
    assert shift.evidence["role"] == {"rank": "deputy", "side": "source", "words": "Phó"}
    assert shift.evidence["tokens"] == {"src": ["Phó"], "tgt": []}
    assert shift.severity == "high" and shift.confidence >= 0.5
    # MT that keeps the deputy agrees, so the shift stands; MT without it vetoes it (the
    # rank may be another person's in a longer sentence)
    kept = ["Lê Văn Tám, stellvertretender Direktor des Bauamts, sagte, die Brücke öffne."]
    assert [f.reasons for f in _role(kept)] == [("role mismatch",)]
    assert _role(["Lê Văn Tám, Direktor des Bauamts, sagte, die Brücke öffne im Juni."]) == []


def test_cross_lingual_cues_alone_are_not_reported_without_mt():
    """Measured precision of a lone cue-word negation or one-sided name without MT is low
    (docs/benchmarks.md §3): such candidates stay below the reporting threshold."""
    src, tgt = sentences(SRC, "en"), sentences(TGT, "de")
    scores = np.eye(4)
    alignment = [Bead((i,), (i,), 1.0) for i in range(3)] + [Bead((3,), (3,), 1.0)]
    kept = find(alignment, src, tgt, "en", "de", scores)
    reasons = {r for f in kept for r in f.reasons}
    assert "number mismatch" in reasons  # a number differing on both sides is reported
    assert "negation mismatch" not in reasons
    candidates = find(
        alignment, src, tgt, "en", "de", scores, thresholds=Thresholds(min_confidence=0.0)
    )
    low = {r for f in candidates if f.confidence < 0.5 for r in f.reasons}
    assert {"negation mismatch", "name mismatch"} <= low


def test_a_flipped_negation_is_reported_without_mt_once_tested(tmp_path):
    """With embeddings, a lone cue is tested: "Tickets are not refundable" against
    "Tickets sind erstattungsfähig" comes much closer with the cue taken out, so the flip
    is reported although no MT checked it."""
    src, tgt = sentences(SRC, "en"), sentences(TGT, "de")
    alignment = [Bead((i,), (i,), 1.0) for i in range(4)]
    embedder = Embedder(tmp_path / "embeddings.sqlite")
    try:
        kept = find(alignment, src, tgt, "en", "de", np.eye(4), embed=embedder.embed)
    finally:
        embedder.close()
    flip = next(f for f in kept if "negation mismatch" in f.reasons)
    assert flip.src == (2,) and flip.confidence >= 0.5
    assert flip.evidence["features"]["negation_gain"] > 0.65  # hundredths; 0.5 from here
    assert flip.evidence["tokens"] == {"src": ["not"], "tgt": []}  # what the report bolds
    test = flip.evidence["negation_test"]
    assert test["side"] == "source" and test["without_cue"] == "Tickets are refundable."
    assert test["closer_by"] > 0.0065


DE = [
    "Die Expedition unter der Leitung von Karl Brenner erreichte den Gipfel am 12. Mai.",
    "Die Franzosen folgten zwei Tage später über den Nordgrat.",
    "Im Winter kehrten alle Bergsteiger gesund nach Hause zurück.",
]
FR = [
    "L'expédition dirigée par Marcel Duvivier atteignit le sommet le 12 mai.",
    "Les Français suivirent deux jours plus tard par l'arête nord.",
    "En hiver, tous les alpinistes rentrèrent chez eux en bonne santé.",
]


def test_a_name_in_another_s_place_is_reported_from_a_german_source(tmp_path):
    """German capitals do not mark names, so "Karl Brenner" is not seen lost; the French
    name the German document never states is tested instead: without it the translation
    comes closer to the original, and closer still with "Karl Brenner" in its place, so the
    swap is reported. "Français" (a rendering of "Franzosen") costs when left out and
    stays unreported."""
    src, tgt = sentences(DE, "de"), sentences(FR, "fr")
    alignment = [Bead((i,), (i,), 1.0) for i in range(3)]
    embedder = Embedder(tmp_path / "embeddings.sqlite")
    try:
        kept = find(alignment, src, tgt, "de", "fr", np.eye(3), embed=embedder.embed)
        every = find(
            alignment,
            src,
            tgt,
            "de",
            "fr",
            np.eye(3),
            embed=embedder.embed,
            thresholds=Thresholds(min_confidence=0.0),
        )
    finally:
        embedder.close()
    assert [f.tgt for f in kept] == [(0,)]
    swap = kept[0]
    assert swap.reasons == ("name mismatch",) and swap.confidence >= 0.5
    # the original's name put back in its place is what the report shows it replaced
    assert swap.evidence["tokens"] == {"src": ["Karl Brenner"], "tgt": ["Marcel Duvivier"]}
    test = swap.evidence["name_test"]
    assert test["without_name"] == "L'expédition dirigée par atteignit le sommet le 12 mai."
    assert test["closer_by"] > 0.0075
    assert test["restored"] == "Karl Brenner" and test["restored_closer_by"] > 0.03
    rendered = [f for f in every if f.tgt == (1,)]
    assert all(f.confidence < 0.5 for f in rendered)


DE_STATED = [
    "Die Expedition unter der Leitung von Karl Brenner erreichte den Gipfel am 12. Mai.",
    "Die Franzosen unter Marcel Duvivier folgten zwei Tage später über den Nordgrat.",
    "Im Winter kehrten alle Bergsteiger gesund nach Hause zurück.",
]
FR_STATED = [
    "L'expédition dirigée par Marcel Duvivier atteignit le sommet le 12 mai.",
    "Les Français de Marcel Duvivier suivirent deux jours plus tard par l'arête nord.",
    "En hiver, tous les alpinistes de Marcel Duvivier rentrèrent chez eux en bonne santé.",
]


def test_a_name_the_german_document_states_elsewhere_is_tested_by_putting_back(embed):
    """The name "Marcel Duvivier" in Karl Brenner's place is one the German document
    states in its second sentence, so leaving it out proves nothing (a name moved from a
    neighbour leaves as well); putting "Karl Brenner" back brings the translation much
    closer, and the swap is reported. The same name added to the last sentence, where no
    word of the original belongs in its place, stays unreported."""
    every = every_de_fr(DE_STATED, FR_STATED, embed)
    swap = next(f for f in every if f.tgt == (0,))
    assert swap.reasons == ("name mismatch",) and swap.confidence >= 0.5
    assert swap.evidence["tokens"] == {"src": ["Karl Brenner"], "tgt": ["Marcel Duvivier"]}
    features = swap.evidence["features"]
    assert features["name_stated"] == 1.0 and features["name_closer"] == 0.0
    assert swap.evidence["name_test"]["restored"] == "Karl Brenner"
    assert swap.evidence["name_test"]["stated_elsewhere"] == 1.0
    added = next(f for f in every if f.tgt == (2,))
    assert added.evidence["features"]["name_stated"] == 1.0 and added.confidence < 0.5


DE_NAMED = [
    "Die Träger Nawa Ram und Pemba brachten die Lasten am 3. Juni bis zum Lager auf dem Grat.",
    "Danach kehrten alle Bergsteiger gesund ins Tal zurück.",
    "Im Winter blieb das Lager leer, und der Schnee deckte alles zu.",
]
FR_NAMED = [
    "Les porteurs Herrligkoffer et Pemba montèrent les charges le 3 juin jusqu'au camp.",
    "Ensuite tous les alpinistes rentrèrent dans la vallée en bonne santé.",
    "En hiver le camp resta vide, et Herrligkoffer recouvrit tout.",
]


def test_a_new_name_in_the_place_of_a_marked_german_name_is_a_name_for_a_name(embed):
    """German capitalises nouns, but "Nawa Ram" (two capitals in a row) is a name all the
    same: the put-back test that finds it in "Herrligkoffer"'s place says a name stands
    for a name (`name_for_name`), which reports the swap however little the cosines move.
    Put in the place of the noun "Lager", the same stranger is no such evidence."""
    every = every_de_fr(DE_NAMED, FR_NAMED, embed)
    swap = next(f for f in every if f.tgt == (0,))
    assert swap.evidence["name_test"]["restored"] == "Träger Nawa Ram"
    assert swap.evidence["features"]["name_for_name"] == 1.0
    assert swap.evidence["name_test"]["restored_is_name"] == 1.0
    assert swap.evidence["tokens"] == {"src": ["Träger Nawa Ram"], "tgt": ["Herrligkoffer"]}
    noun = next(f for f in every if f.tgt == (2,))
    assert noun.evidence["name_test"]["restored"] == "Lager"
    assert noun.evidence["features"]["name_for_name"] == 0.0
    # with gains that say nothing either way, a name for a name alone is reported
    lone = {"name_tested": 1.0, "name_translation_only": 1.0}
    assert calibrate("shift", {**lone, "name_for_name": 1.0}) >= 0.75
    assert calibrate("shift", lone) < 0.1


def test_a_lone_new_name_is_reported_from_about_half_a_hundredth_of_gain():
    """Refitted on the fairer benchmark (confidence.py): a lone new name whose leave-out
    gain is +0.6 hundredths (0.46 beyond the floor; planted 3 times in 3 on the de–fr dev
    candidates at 0.4–0.5) is reported, one at +0.44 (0.3 beyond; 5 in 18) is not."""
    lone = {"name_tested": 1.0, "name_translation_only": 1.0}
    assert calibrate("shift", {**lone, "name_closer": 0.46}) >= 0.5
    assert calibrate("shift", {**lone, "name_closer": 0.3}) < 0.5


def test_a_swap_from_a_german_original_is_seen_through_mt_too(embed):
    """The MT of a German original carries "Skardu", but a name the original spells is not
    read off the MT; the translation keeps "Skardu" in its second sentence, so the first,
    with "Pamir" where the original has "Skardu", is a swap, with MT as without."""
    de = [
        "Die Expedition erreichte Skardu am 3. Juni.",
        "Von Skardu aus ging es weiter zum Gletscher.",
        "Im Winter kehrten alle gesund zurück.",
    ]
    fr = [
        "L'expédition atteignit Pamir le 3 juin.",
        "De Skardu on continua vers le glacier.",
        "En hiver tous rentrèrent en bonne santé.",
    ]
    mt = [
        "L'expédition a atteint Skardu le 3 juin.",
        "De Skardu, on a continué vers le glacier.",
        "En hiver, tous sont rentrés en bonne santé.",
    ]
    swap = next(f for f in every_de_fr(de, fr, embed, src_mt=mt) if f.tgt == (0,))
    assert swap.evidence["features"]["has_mt"] == 1.0
    assert swap.evidence["features"]["name_swap"] == 1.0 and swap.confidence >= 0.5
    assert swap.evidence["tokens"] == {"src": ["Skardu"], "tgt": ["Pamir"]}


def test_a_name_swapped_into_a_german_translation_is_reported(tmp_path):
    """A German translation brings in no name its capitals show: "Donald Trump" is found
    as the word "Joe Biden" stands in for. A translation that keeps the title and drops
    the name ("Der US-Präsident") is not a swap."""
    src = sentences(
        ["President Joe Biden met Chinese leader Xi Jinping in Lima on Saturday."], "en"
    )
    swapped = (
        "Präsident Donald Trump traf am Samstag in Lima den chinesischen Staatschef Xi Jinping."
    )
    titled = "Der US-Präsident traf am Samstag in Lima den chinesischen Staatschef Xi Jinping."
    embedder = Embedder(tmp_path / "embeddings.sqlite")
    try:
        found = [
            find([Bead((0,), (0,), 1.0)], src, sentences([t], "de"), "en", "de", np.eye(1),
                 embed=embedder.embed)
            for t in (swapped, titled)
        ]  # fmt: skip
    finally:
        embedder.close()
    (swap,) = found[0]
    assert swap.reasons == ("name mismatch",) and swap.confidence >= 0.5
    assert swap.evidence["tokens"] == {"src": ["Joe Biden"], "tgt": ["Donald Trump"]}
    assert swap.evidence["name_test"]["restored"] == "Joe Biden"
    assert found[1] == []


FR_STRANGER = [
    "La première ascension fut faite en 1931 par Pogrebezki, Sauberer et Tjurin ; le sommet "
    "a été gravi plusieurs fois depuis.",
    "Il ne reste donc que quatre sommets de 8000 mètres à gravir, dont le Shisha Pangma au "
    "Tibet et le Dhaulagiri au Népal.",
    "La première ascension revint en 1934 à quatre membres de l'expédition - Hans Ertl, "
    "Albert Höcht, Hettie Dyhrenfurth et son mari.",
]
DE_STRANGER = [
    "Die Erstbesteigung gelang 1931 Pogrebezki, Sauberer und {}, seither wurde der Gipfel "
    "mehrmals bestiegen.",
    "Es bleiben also nur noch vier Achttausender, darunter der Shisha Pangma in {} und der "
    "Dhaulagiri in Nepal.",
    "Die Erstbesteigung gelang 1934 vier Mitgliedern der Expedition - {} , Albert Höcht, "
    "Hettie Dyhrenfurth und ihrem Mann.",
]


@pytest.mark.parametrize(
    ("k", "lost", "stranger", "noun", "placed"),
    [
        (0, "Tjurin", "Gilgit", "Wanderer", False),
        # "in Stainton und" where the French has "au Tibet et": the place shows it
        (1, "Tibet", "Stainton", "Sammlung", True),
        (2, "Hans Ertl", "Gilgit", "Wanderer", False),  # after a dash: see stand_in_words
    ],
)
def test_a_lost_name_in_the_place_of_a_word_no_dictionary_knows_is_a_swap(
    tmp_path, k, lost, stranger, noun, placed
):
    """German capitalises nouns, so nothing in "Gilgit" shows it is a name, and putting
    "Tjurin" back raises the cosine too little to tell on its own (+0.012). But German has
    no such word, and the original loses a name French has no word for either: a name for
    a name (`name_swap_stranger`). Where the word sits between the same neighbours as the
    lost name, its place alone shows it (`name_swap`, name_swap.slot_swaps). The same
    sentence with the noun "Wanderer" there is no swap, and the faithful translation gives
    no finding."""
    pytest.importorskip("spellchecker")
    src = sentences([FR_STRANGER[k]], "fr")
    embedder = Embedder(tmp_path / "embeddings.sqlite")
    try:
        found = {
            word: find([Bead((0,), (0,), 1.0)], src, sentences([DE_STRANGER[k].format(word)], "de"),
                       "fr", "de", np.eye(1), embed=embedder.embed,
                       thresholds=Thresholds(min_confidence=0.0))
            for word in (lost, stranger, noun)
        }  # fmt: skip
    finally:
        embedder.close()
    (swap,) = found[stranger]
    assert swap.confidence >= 0.5 and "name mismatch" in swap.reasons
    if placed:
        assert swap.evidence["features"]["name_swap"] == 1.0
    else:
        assert swap.evidence["features"]["name_swap_stranger"] == 1.0
        assert swap.evidence["name_test"]["not_in_dictionary"] == 1.0
    assert lost in swap.evidence["tokens"]["src"] and swap.evidence["tokens"]["tgt"] == [stranger]
    assert all(f.confidence < 0.5 for f in found[noun])
    assert all("name_swap_stranger" not in f.evidence["features"] for f in found[noun])
    assert all(f.confidence < 0.5 for f in found[lost])


@pytest.mark.parametrize(
    ("lost", "expected"),
    [("Solo Khumbu", True), ("Urdokas", True), ("Mont Blanc", False), ("Blanc", False)],
)
def test_a_lost_name_made_only_of_common_words_is_rendered_not_swapped(lost, expected):
    """French words ("Blanc", "Mont Blanc") are rendered by a translation; a name
    with a word French does not know ("Solo Khumbu": "solo" is French, "Khumbu" is not) is
    a name, and "Skardu", no German word, in its place is a name for a name."""
    pytest.importorskip("spellchecker")
    test = NameTest("Skardu", "Im Winter …", 0.0023, restored=lost, restored_gain=0.0171)
    assert _stranger(test, "fr", "de", Lexicon()) is expected
    # the same name in the place of a German word is no such evidence
    noun = NameTest("Winter", "Im …", 0.0023, restored=lost, restored_gain=0.0171)
    assert _stranger(noun, "fr", "de", Lexicon()) is False


class _NoDictionary(Lexicon):
    """An install without dictionaries: no word reads as known or unknown."""

    def known(self, word: str, lang: str) -> bool | None:
        return None


def test_a_lost_name_in_the_place_of_a_name_the_original_never_states_is_a_swap(tmp_path):
    """Two capitals in a row mark a name in German ("Pierre Bordet"); where the original
    never states it, the translation comes closer without it, and the lost "Jean Franco"
    fits its place, it stands for the lost name, with no dictionary needed. The faithful
    translation gives no finding."""
    src = sentences(["Le livre de Jean Franco sur le Makalu a paru cet hiver chez Arthaud."], "fr")
    german = "Das Buch von {} über den Makalu erschien im Winter bei Arthaud."
    embedder = Embedder(tmp_path / "embeddings.sqlite")
    try:
        found = {
            name: find([Bead((0,), (0,), 1.0)], src, sentences([german.format(name)], "de"),
                       "fr", "de", np.eye(1), embed=embedder.embed, lexicon=_NoDictionary())
            for name in ("Pierre Bordet", "Jean Franco")
        }  # fmt: skip
    finally:
        embedder.close()
    (swap,) = found["Pierre Bordet"]
    assert swap.confidence >= 0.5 and "name mismatch" in swap.reasons
    assert swap.evidence["name_test"]["spelled_as_name"] == 1.0
    assert swap.evidence["tokens"] == {"src": ["Jean Franco"], "tgt": ["Pierre Bordet"]}
    assert found["Jean Franco"] == []


DE_RATAY = (
    "Am Nachmittag sicherte Reinagl die Träger, während Moravec, der Expeditionsleiter, Larch "
    "und Ratay mit schweren Rucksäcken aufstiegen."
)
FR_RATAY = (
    "Dans l'après-midi, Reinagl assurait les porteurs, tandis que Moravec, chef de "
    "l'expédition, Larch et {} montaient lourdement chargés."
)


def test_a_new_name_in_the_place_of_a_lost_word_no_dictionary_knows_is_a_swap(tmp_path):
    """A German original's capitals do not mark names, so the words it loses are nouns and
    names alike, and a noun may fit the new name's place best. Put back alone, the lost
    "Ratay", which no German dictionary knows, still fits the place of "Arun": a name
    for a name (`restored_is_name`), shown as what "Arun" replaced. Without a dictionary
    the name is only tested as before; the faithful translation gives no finding."""
    pytest.importorskip("spellchecker")
    src = sentences([DE_RATAY], "de")
    embedder = Embedder(tmp_path / "embeddings.sqlite")
    try:
        found = {
            (name, type(lexicon).__name__): find(
                [Bead((0,), (0,), 1.0)], src, sentences([FR_RATAY.format(name)], "fr"),
                "de", "fr", np.eye(1), embed=embedder.embed, lexicon=lexicon,
                thresholds=Thresholds(min_confidence=0.0))
            for name in ("Arun", "Ratay")
            for lexicon in (Lexicon(), _NoDictionary())
        }  # fmt: skip
    finally:
        embedder.close()
    (swap,) = found["Arun", "Lexicon"]
    assert swap.confidence >= 0.5 and "name mismatch" in swap.reasons
    assert swap.evidence["name_test"]["restored_is_name"] == 1.0
    assert swap.evidence["tokens"] == {"src": ["Ratay"], "tgt": ["Arun"]}
    (plain,) = found["Arun", "_NoDictionary"]
    assert "restored_is_name" not in plain.evidence["name_test"]
    assert plain.confidence < swap.confidence
    assert all(f.confidence < 0.5 for f in found["Ratay", "Lexicon"])


def test_omission_and_addition_that_match_each_other_are_a_move():
    src = sentences(["A first sentence.", "A second one.", "A third one."], "en")
    tgt = sentences(["Ein erster Satz.", "Ein dritter.", "Ein zweiter."], "de")
    scores = np.array([[1.0, 0.0, 0.0], [0.0, 0.1, 0.9], [0.0, 1.0, 0.1]])
    alignment = [Bead((0,), (0,), 1.0), Bead((1,), ()), Bead((2,), (1,), 1.0), Bead((), (2,))]
    findings = find(alignment, src, tgt, "en", "de", scores)
    assert [(f.kind, f.src, f.tgt) for f in findings] == [("moved", (1,), (2,))]


def test_a_sentence_swapped_with_its_neighbour_in_a_paragraph_is_no_finding():
    """ "A. B." translated "B'. A'." (blind round 41: "Kết quả quan trắc …" said after
    the biogas sentence) aligns B with B' and leaves A and A' over: said in another order,
    not moved, left out or added; across paragraphs, or unrelated, they are findings."""
    en = [
        "The village makes tofu for the markets of the capital.",
        "Measurements found the river five times over the limit.",
        "A quarter of the households have built a biogas plant.",
    ]
    de = [
        "Das Dorf stellt Tofu für die Märkte der Hauptstadt her.",
        "Etwa jeder vierte Haushalt hat eine Biogasanlage gebaut.",
        "Messungen ergaben das Fünffache des Grenzwerts im Fluss.",
    ]
    src = [Sentence(i, t, 0, extract(t, "en")) for i, t in enumerate(en)]
    tgt = [Sentence(i, t, 0, extract(t, "de")) for i, t in enumerate(de)]
    scores = np.array([[1.0, 0.0, 0.0], [0.0, 0.1, 0.55], [0.0, 1.0, 0.1]])
    alignment = [Bead((0,), (0,), 1.0), Bead((1,), ()), Bead((2,), (1,), 1.0), Bead((), (2,))]
    assert find(alignment, src, tgt, "en", "de", scores) == []
    unrelated = scores.copy()
    unrelated[1, 2] = 0.3
    kinds = [f.kind for f in find(alignment, src, tgt, "en", "de", unrelated)]
    assert kinds == ["omission", "addition"]
    apart = [*tgt[:2], Sentence(2, de[2], 1, extract(de[2], "de"))]
    kinds = [f.kind for f in find(alignment, src, apart, "en", "de", scores)]
    assert kinds == ["omission", "addition"]  # 0.55 is below a move's 0.6
    # past two neighbours (blind round 42: a sentence put last in its paragraph)
    en4 = [*en, "The cluster opens next year."]
    de4 = [de[0], de[2], "Der Cluster öffnet nächstes Jahr.", de[1]]
    src4 = [Sentence(i, t, 0, extract(t, "en")) for i, t in enumerate(en4)]
    tgt4 = [Sentence(i, t, 0, extract(t, "de")) for i, t in enumerate(de4)]
    scores4 = np.eye(4)
    scores4[1, 1], scores4[1, 3], scores4[2, 1], scores4[3, 2] = 0.1, 0.7, 1.0, 1.0
    beads4 = [Bead((0,), (0,), 1.0), Bead((1,), ()), Bead((2,), (1,), 1.0)]
    beads4 += [Bead((3,), (2,), 1.0), Bead((), (3,))]
    assert find(beads4, src4, tgt4, "en", "de", scores4) == []


def test_a_swap_is_seen_past_the_left_out_end_of_the_paragraph_before():
    """The aligner has no order for two empty sides: "A. B." translated "B'. A'." right after
    a paragraph whose last sentence was left out reads A' | Z | A B' | B (blind round 43,
    without MT). Z, of the paragraph before, is still an omission; the swap is none."""
    en = [
        "The club was founded in 1875.",
        "A first grant was turned down.",
        "The mayor praised the band.",
        "The village lends it the old school.",
    ]
    de = [
        "Der Verein wurde 1875 gegründet.",
        "Die Gemeinde leiht ihm die alte Schule.",
        "Die Bürgermeisterin lobte die Kapelle.",
    ]
    src = [Sentence(i, t, 0 if i < 2 else 1, extract(t, "en")) for i, t in enumerate(en)]
    tgt = [Sentence(i, t, 0 if i < 1 else 1, extract(t, "de")) for i, t in enumerate(de)]
    scores = np.array([[1.0, 0.0, 0.0], [0.0, 0.1, 0.1], [0.0, 0.1, 1.0], [0.0, 0.8, 0.1]])
    alignment = [Bead((0,), (0,), 1.0), Bead((), (1,)), Bead((1,), ())]
    alignment += [Bead((2,), (2,), 1.0), Bead((3,), ())]
    findings = find(alignment, src, tgt, "en", "de", scores)
    assert [(f.kind, f.src, f.tgt) for f in findings] == [("omission", (1,), ())]
    # the same sentence left out inside the swap's paragraph keeps it a move
    inside = [*src[:1], *(Sentence(i, en[i], 1, src[i].anchors) for i in (1, 2, 3))]
    found = find(alignment, inside, tgt, "en", "de", scores)
    assert [(f.kind, f.src, f.tgt) for f in found] == [
        ("omission", (1,), ()),
        ("moved", (3,), (1,)),
    ]


def test_a_name_moved_with_its_clause_to_a_nearby_sentence_is_not_lost():
    """ "Rhodri Pritchard, of the Swansea firm Morlan Engineering, said …" with the firm
    said two sentences on, where the original does not name it (blind round 44); a name
    the original's sentences around also state is no such move."""
    en = [
        "Rhodri Pritchard, of the Swansea firm Morlan Engineering, said piles were replaced.",
        "The new piles are made of steel.",
        "Mr Pritchard said the deck would last fifty years.",
    ]
    vi = [
        "Kỹ sư Rhodri Pritchard cho biết các cọc đã được thay.",
        "Các cọc mới làm bằng thép.",
        "Ông Pritchard, của công ty Morlan Engineering ở Swansea, nói mặt cầu bền 50 năm.",
    ]
    src = [Sentence(i, t, 0, extract(t, "en")) for i, t in enumerate(en)]
    tgt = [Sentence(i, t, 0, extract(t, "vi")) for i, t in enumerate(vi)]
    bead = Bead((0,), (0,), 1.0)
    assert _moved_nearby("Swansea", bead, src, tgt)
    assert not _moved_nearby("Cardiff", bead, src, tgt)
    stated = [
        *src[:2],
        Sentence(2, en[2].replace("Mr Pritchard", "Swansea's Pritchard"), 0, src[2].anchors),
    ]
    assert not _moved_nearby("Swansea", bead, stated, tgt)


def test_the_articles_place_added_as_a_bodys_owner_is_no_new_name():
    """ "Die Stadtverordnetenversammlung soll am 19. März …" = "Kassel's city council is due
    to vote …" (blind round 40, without MT: a swap at 0.93), in an article that names
    Kassel throughout; a place the original names once, or no possessive, is not."""
    doc = "Kleingärtner in Kassel wehren sich.\nDer Verein in Kassel hat 120 Parzellen.\nEnde."
    council = "Kassel's city council is due to vote on the sale on 19 March."
    assert _owner_added("Kassel", council, doc)
    assert not _owner_added("Kassel", council, "Kleingärtner in Kassel wehren sich.")
    assert not _owner_added("Kassel", "The council in Kassel will vote.", doc)


def test_low_similarity_pair_is_a_shift():
    src = sentences(["The harvest begins soon."], "en")
    tgt = sentences(["Der Minister trat gestern zurück."], "de")
    findings = find([Bead((0,), (0,), 0.05)], src, tgt, "en", "de", np.array([[0.05]]))
    assert [f.reasons for f in findings] == [("low similarity",)]


def test_summary_coverage_support_and_verdict():
    alignment = [Bead((0,), (0,), 1.0), Bead((1,), ()), Bead((), (1,))]
    summary = summarise(alignment, [], 2, 2)
    assert (summary.coverage, summary.support) == (0.5, 0.5)
    assert summary.verdict == "faithful"
    assert summarise([Bead((0,), ()), Bead((), (0,))], [], 1, 1).verdict.startswith(
        "not a translation"
    )


def test_display_values_read_like_text():
    assert display_value("--11-16") == "16 Nov"
    assert display_value("2024-03") == "Mar 2024"
    assert display_value("10000") == "10,000"
    assert display_value("2024") == "2024"


def test_a_name_swap_is_reported_without_mt():
    """A name the translation drops and one the source document never states, in one
    pair: reported without MT (14 of 14 such candidates were planted swaps on the dev
    sets, docs/benchmarks.md §3)."""
    src = sentences(
        [
            "I went to see Bryan in Montgomery.",
            "And so my recommendation is for Cameron to do the sequel underwater.",
        ],
        "en",
    )
    tgt = sentences(
        [
            "Tôi đến gặp Bryan ở Montgomery.",
            "Và vì vậy đề nghị của tôi là cho đạo diễn Bell làm phần tiếp theo dưới nước.",
        ],
        "vi",
    )
    alignment = [Bead((0,), (0,), 1.0), Bead((1,), (1,), 1.0)]
    findings = find(alignment, src, tgt, "en", "vi", np.eye(2))
    assert [(f.kind, f.src, f.reasons) for f in findings] == [("shift", (1,), ("name mismatch",))]
    assert findings[0].evidence["tokens"] == {"src": ["Cameron"], "tgt": ["Bell"]}


def test_short_sentences_added_together_are_judged_as_one_passage():
    src = sentences(["We went home after the long dinner with friends."], "en")
    tgt = sentences(
        [
            "Wir gingen nach dem langen Essen mit Freunden nach Hause.",
            "Ich kann nicht mit Gabeln essen.",
            "Ich verstehe nichts von Wein.",
        ],
        "de",
    )
    scores = np.array([[1.0, 0.0, 0.0]])
    together = [Bead((0,), (0,), 1.0), Bead((), (1,)), Bead((), (2,))]
    apart = [Bead((), (1,)), Bead((0,), (0,), 1.0), Bead((), (2,))]
    low = Thresholds(min_confidence=0.0)
    conf_together = [
        f.confidence for f in find(together, src, tgt, "en", "de", scores, None, None, low)
    ]
    conf_apart = [f.confidence for f in find(apart, src, tgt, "en", "de", scores, None, None, low)]
    assert min(conf_together) >= 0.5  # two short lines in a row: a passage was added
    assert max(conf_apart) < 0.5  # a stray short line alone stays below the threshold


@pytest.mark.parametrize(
    ("src", "src_lang", "tgt", "tgt_lang"),
    [
        (
            "Because I was there in' 71, studying a lagoon.",
            "en",
            "Tôi đã đến đó vào năm 1971.",
            "vi",
        ),
        (
            "Ein Träger erhält 2000.- nepalische Rupies.",
            "de",
            "Un porteur reçoit 2000 roupies.",
            "fr",
        ),
        (
            "Um 15.30 Uhr verliessen wir das Lager.",
            "de",
            "Vers 15 h. 30 nous quittâmes le camp.",
            "fr",
        ),
        (
            "Um 16 Uhr standen sie am Fusse des Turmes.",
            "de",
            "A 16 heures ils sont au pied de la tour.",
            "fr",
        ),
        ("Das Wasser war etwa 1 ½ m tief.", "de", "L'eau était profonde de 1,50 m.", "fr"),
        (
            "21. Nördlich des Mustagh Ata liegt der Kongur.",
            "de",
            "18. Au nord du Muztagh Ata se dresse le Kongur.",
            "fr",
        ),
    ],
)
def test_the_same_fact_written_two_ways_is_no_number_mismatch(src, src_lang, tgt, tgt_lang):
    assert number_mismatch(extract(src, src_lang), extract(tgt, tgt_lang)) == ([], [])


def test_different_currencies_and_a_word_before_a_currency_code():
    assert number_mismatch(
        extract("It cost 12 euros.", "fr"), extract("It cost 12 dollars.", "en")
    ) == (
        ["12 EUR"],
        ["12 USD"],
    )
    # "porteur 2000": the "eur" ending a word is not a euro sign
    assert extract("pour un porteur 2000 roupies", "fr").numbers == ("2000 INR",)


def test_a_figure_cut_by_a_sentence_break_is_read_whole():
    """A segmenter that splits "( 2 fr. 70 )" after "fr." must not turn 2.70 francs
    into the figures 2 and 70 against the German "Fr. 2.70"."""
    src = sentences(["Ein Träger bekommt 3 Rupien ( Fr. 2.70 ) pro Tag."], "de")
    tgt = sentences(["Un porteur reçoit 3 roupies ( 2 fr.", "70 ) par jour."], "fr")
    alignment = [Bead((0,), (0, 1), 1.0)]
    candidates = find(
        alignment, src, tgt, "de", "fr", np.ones((1, 2)), thresholds=Thresholds(min_confidence=0)
    )
    assert not any("number mismatch" in f.reasons for f in candidates)


def _one_pair_shift(src: str, tgt: str, mt_of_src: str, embed=None):
    """The shift finding of a one-pair document compared through MT, every candidate kept."""
    found = find(
        [Bead((0,), (0,), 1.0)],
        sentences([src], "de"),
        sentences([tgt], "fr"),
        "de",
        "fr",
        np.full((1, 1), 1.0),
        [mt_of_src],
        thresholds=Thresholds(min_confidence=0.0),
        embed=embed,
    )
    return next(f for f in found if f.kind == "shift")


def test_a_negation_only_the_mt_shows_is_not_reported(embed):
    """Both originals negate (or neither does): the polarity difference is the MT's. One
    original negating and the other not is tested as without MT: the MT adds nothing
    (on the de–fr dev seeds such MT mismatches were right a third of the time)."""
    both = _one_pair_shift(
        "Über den Manaslu ist vorläufig nichts Neues zu vermelden.",
        "Rien de nouveau à signaler pour l'instant concernant le Manaslu.",
        "Pour l'instant, il y a du nouveau à signaler sur le Manaslu.",  # an MT that lost it
        embed,
    )
    assert "negation mismatch" in both.reasons
    assert both.evidence["features"]["negation_mt_unsupported"] == 1.0
    assert both.confidence < 0.5
    flip = ("Die Straße ist nicht befahrbar.", "La route est praticable.")
    mt = "La route n'est pas praticable."
    untested = _one_pair_shift(*flip, mt)
    assert "negation_mt_unsupported" not in untested.evidence["features"]
    assert untested.confidence < 0.5  # the MT alone does not decide
    tested = _one_pair_shift(*flip, mt, embed)
    assert tested.evidence["features"]["negation_gain"] > 0.65
    assert tested.confidence >= 0.5


def test_a_name_the_source_document_states_elsewhere_is_not_reported_through_mt():
    """Through MT, a name only the translation's sentence has is mostly one the translator
    moved from a neighbouring sentence when the source document states it (confidence.py)."""
    src = [
        "Reinagl sicherte die Träger am Nachmittag.",
        "Die anderen stiegen mit schweren Rucksäcken weiter auf.",
    ]
    mt = [
        "Reinagl assurait les porteurs l'après-midi.",
        "Les autres continuaient à monter avec de lourds sacs.",
    ]

    def shift_of(second: str):
        tgt = ["Dans l'après-midi, on assura les porteurs.", second]
        found = find(
            [Bead((0,), (0,), 1.0), Bead((1,), (1,), 1.0)],
            sentences(src, "de"),
            sentences(tgt, "fr"),
            "de",
            "fr",
            np.eye(2),
            mt,
            thresholds=Thresholds(min_confidence=0.0),
        )
        return next(f for f in found if f.kind == "shift" and f.tgt == (1,))

    moved = shift_of("Les autres et Reinagl continuaient à monter avec de lourds sacs.")
    assert moved.evidence["features"].get("name_one_mt_stated") == 1.0
    assert moved.confidence < 0.5
    new = shift_of("Les autres et Abalakow continuaient à monter avec de lourds sacs.")
    assert "name_one_mt_stated" not in new.evidence["features"]
    assert new.confidence >= 0.5


def test_a_lone_name_through_mt_is_tested_like_one_without(embed):
    """Through MT, a name the translated sentence has and the MT of the original lacks was
    reported at 0.6 whatever it was. It is now tested as without MT: "Kantch", the
    translator's short form of "Kangchendzönga", costs when left out and stays unreported;
    "Marcel Duvivier" in Karl Brenner's place (an MT that dropped the name) comes much
    closer with "Karl Brenner" put back and is reported."""
    de = [
        "Die Expedition unter der Leitung von Karl Brenner erreichte den Gipfel am 12. Mai.",
        "Über den Kangchendzönga gibt es vorläufig nichts Neues zu berichten.",
        "Im Winter kehrten alle Bergsteiger gesund nach Hause zurück.",
    ]
    fr = [
        "L'expédition dirigée par Marcel Duvivier atteignit le sommet le 12 mai.",
        "Rien de nouveau à signaler pour l'instant au sujet du Kantch.",
        "En hiver, tous les alpinistes rentrèrent chez eux en bonne santé.",
    ]
    mt = [
        "L'expédition a atteint le sommet le 12 mai.",
        "Il n'y a rien de nouveau à signaler pour le moment sur le Kangchenjunga.",
        "En hiver, tous les alpinistes sont rentrés chez eux en bonne santé.",
    ]
    every = every_de_fr(de, fr, embed, src_mt=mt)
    swap, rendering = (next(f for f in every if f.tgt == (j,)) for j in (0, 1))
    assert swap.confidence >= 0.5
    assert swap.evidence["tokens"] == {"src": ["Karl Brenner"], "tgt": ["Marcel Duvivier"]}
    assert swap.evidence["features"]["name_mt_tested"] == 1.0
    assert swap.evidence["features"]["name_mt_restored"] > 0  # "Karl Brenner" put back
    assert rendering.evidence["tokens"]["tgt"] == ["Kantch"]
    assert rendering.evidence["features"]["name_one_mt"] == 1.0
    assert rendering.evidence["name_test"]["closer_by"] < 0 and rendering.confidence < 0.5


def test_a_name_a_german_translation_lacks_is_tested_through_mt_too(tmp_path):
    """Read through MT, the French original's "Skardu" is missing from the German. Where
    another name stands in its place ("Gilgit"), putting "Skardu" back brings the German
    closer: a swap. Where the sentence just does without it, nothing stands in its place
    and the lone missing name stays below the report threshold (a name MT cannot find in
    a translation is as often rendered, "Kantch" for "Kangchendzönga", as swapped)."""
    fr = [
        "L'expédition atteignit Skardu le 3 juin après une longue marche.",
        "De là, on continua vers le glacier.",
        "En hiver tous rentrèrent en bonne santé.",
    ]
    mt = [
        "Die Expedition erreichte Skardu am 3. Juni nach einem langen Marsch.",
        "Von dort ging es weiter zum Gletscher.",
        "Im Winter kehrten alle gesund zurück.",
    ]
    rest = ["Von dort ging es weiter zum Gletscher.", "Im Winter kehrten alle gesund zurück."]
    every = Thresholds.of({"min_confidence": 0.0})
    embedder = Embedder(tmp_path / "embeddings.sqlite")
    try:
        found = {}
        for kind, first in (
            ("swapped", "Die Expedition erreichte Gilgit am 3. Juni nach einem langen Marsch."),
            ("dropped", "Die Expedition kam am 3. Juni nach einem langen Marsch an."),
        ):
            beads = [Bead((i,), (i,), 1.0) for i in range(3)]
            de = sentences([first, *rest], "de")
            (found[kind],) = find(beads, sentences(fr, "fr"), de, "fr", "de", np.eye(3),
                                  src_mt=mt, thresholds=every, embed=embedder.embed)  # fmt: skip
    finally:
        embedder.close()
    swap, drop = found["swapped"], found["dropped"]
    assert swap.evidence["features"]["name_lost_mt"] == 1.0 and swap.confidence >= 0.5
    assert swap.evidence["tokens"] == {"src": ["Skardu"], "tgt": ["Gilgit"]}
    assert drop.reasons == ("name mismatch",) and drop.confidence < 0.5
    assert "name_one_mt" not in drop.evidence["features"]


def test_check_keeps_the_dictionary_in_its_cache_folder_unless_caching_is_off(
    tmp_path, monkeypatch
):
    """`check` reads the German dictionary when a stranger is tested, and keeps its word
    list in the cache folder it was given; with caching off it writes nothing there."""
    pytest.importorskip("spellchecker")
    from transcheck.options import Options
    from transcheck.pipeline import check_texts
    from transcheck.text import lexicon

    de = [DE_STRANGER[0].format("Gilgit"), DE_STRANGER[1].format("Tibet")]
    for use_cache in (True, False):
        folder = tmp_path / f"cache-{use_cache}"
        monkeypatch.setattr(lexicon, "_LOADED", {})
        options = Options(use_argos=False, offline=True, use_cache=use_cache, cache_dir=folder)
        report = check_texts(FR_STRANGER, de, "fr", "de", options=options)
        (swap,) = [f for f in report.findings if "name mismatch" in f.reasons]
        assert swap.evidence["name_test"]["not_in_dictionary"] == 1.0
        assert swap.evidence["tokens"]["tgt"] == ["Gilgit"]
        kept = list((folder / "lexicon").glob("de-pyspellchecker-*.txt"))
        assert len(kept) == (1 if use_cache else 0)


def test_a_changed_section_number_is_reported_as_a_number_shift():
    """Rule 2 of the German cited as rule 5 in the French; rule 1 agrees."""
    de = [
        "1. Die Expeditionen haben einen Verbindungsoffizier mitzunehmen.",
        "2. Die Expedition hat ihre Tätigkeit auf den Berg zu beschränken.",
    ]
    fr = [
        "1. Les expéditions doivent prendre un officier de liaison.",
        "5. L'expédition bornera son activité à la montagne.",
    ]
    shifts = [f for f in every_de_fr(de, fr, None) if "number mismatch" in f.reasons]
    assert [(f.src, f.evidence["tokens"]) for f in shifts] == [
        ((1,), {"src": ["2."], "tgt": ["5."]})
    ]


def test_a_new_name_in_the_place_of_a_name_the_german_original_gives_is_a_swap():
    """A German original's capitals do not mark names, so "Gosainthan" shows no lost name
    by them; "Arun", which the original never states, sits in its place between the same
    neighbours, and the pair is a name swap without MT."""
    de = ["Es bleiben Shisha Pangma oder Gosainthan ( 8013 m ) in Tibet und Hidden Peak ."]
    fr = ["Il reste le Shisha Pangma ou Arun , 8013 m , au Tibet , et le Hidden Peak ."]
    (shift,) = [f for f in every_de_fr(de, fr, None) if "name mismatch" in f.reasons]
    assert shift.evidence["tokens"] == {"src": ["Gosainthan"], "tgt": ["Arun"]}
    assert shift.evidence["features"]["name_swap"] == 1.0
    assert shift.confidence >= 0.5


def test_a_new_name_after_a_dash_in_the_place_of_the_original_one_is_a_swap():
    """ "1956 - Gyalzen , Heinrich Roiss" for "1956 - Hans Ratay , Heinrich Roiss": the
    new name opens a clause, so only its place shows it (name_swap.unknown_openers)."""
    de = ["Die Expedition 1956 - Hans Ratay , Heinrich Roiss und Georg Weiler - bestieg ihn ."]
    fr = ["L' expédition 1956 - Gyalzen , Heinrich Roiss et Georg Weiler - le gravit ."]
    (shift,) = [f for f in every_de_fr(de, fr, None) if "name mismatch" in f.reasons]
    assert shift.evidence["tokens"] == {"src": ["Ratay"], "tgt": ["Gyalzen"]}
    assert shift.confidence >= 0.5


def test_a_sentence_put_in_the_place_of_one_left_out_is_an_omission_and_an_addition():
    """A blind pair left out a sentence and put another in its place; the aligner paired
    them (score 0.04), and one "low similarity" shift was reported. Paired far below the
    aligner's line and sharing no fact, they are read apart; a poorly matched pair that
    keeps a figure or a name stays one bead."""
    en = [
        "The levy passed with 54 percent of the vote.",
        "County Clerk Tomás Aguilar said about 1,900 ballots had yet to be counted.",
        "The library will reopen on Sundays.",
    ]
    vi = [
        "Khoản thuế được thông qua với 54% số phiếu.",
        "Oregon là một trong số ít bang của Mỹ bỏ phiếu hoàn toàn qua thư.",
        "Thư viện sẽ mở cửa lại vào Chủ nhật.",
    ]
    beads = [Bead((0,), (0,), 1.5), Bead((1,), (1,), 0.04), Bead((2,), (2,), 1.4)]
    src, tgt = sentences(en, "en"), sentences(vi, "vi")
    split = split_unrelated(beads, src, tgt, "en", "vi")
    assert split == [beads[0], Bead((1,), ()), Bead((), (1,)), beads[2]]
    kept = vi[1].replace("Oregon", "Aguilar nói rằng khoảng 1.900")
    assert split_unrelated(beads, src, sentences([vi[0], kept, vi[2]], "vi"), "en", "vi") == beads
    plain = sentences([vi[0], "Họ nói vậy.", vi[2]], "vi")  # nothing stated: no evidence
    assert split_unrelated(beads, src, plain, "en", "vi") == beads
    assert split_unrelated([*beads[:1], Bead((1,), (1,), 0.3), beads[2]], src, tgt, "en", "vi")[
        1
    ] == Bead((1,), (1,), 0.3)


HEAD_EN = [
    "Coralwind to fly Perth to Nha Trang and orders 12 Airbus jets",
    "Coralwind Airlines will fly from Perth to Nha Trang in October.",
    "The airline has also ordered 12 Airbus A321neo jets.",
]
HEAD_VI = [
    "Coralwind mở đường bay Perth – Nha Trang, đặt mua 12 máy bay Airbus",
    "Hãng Coralwind Airlines sẽ bay từ Perth đến Nha Trang từ tháng 10.",
    "Hãng cũng đã đặt mua 12 máy bay Airbus A321neo.",
]


def _headline_findings(en: list[str], vi: list[str], alignment: list[Bead], titles):
    scores = np.eye(len(en), len(vi))
    scores[0, 0] = 0.1  # the two headlines read apart: not one headline moved
    return find(
        alignment,
        sentences(en, "en"),
        sentences(vi, "vi"),
        "en",
        "vi",
        scores,
        thresholds=Thresholds(min_confidence=0.0),
        titles=titles,
    )


def test_a_rewritten_headline_that_states_nothing_new_is_no_addition():
    """Aggregators retitle: a headline left unaligned whose figures and names the other
    document states is no addition, nor omission. The same lines read as body text, or a
    headline with a figure the other document lacks, still are."""
    unaligned = [Bead((0,), ()), Bead((), (0,)), Bead((1,), (1,), 1.0), Bead((2,), (2,), 1.0)]
    titles = (HEAD_EN[0], HEAD_VI[0])
    kinds = {f.kind for f in _headline_findings(HEAD_EN, HEAD_VI, unaligned, titles)}
    assert not kinds & {"omission", "addition"}
    body = {f.kind for f in _headline_findings(HEAD_EN, HEAD_VI, unaligned, (None, None))}
    assert {"omission", "addition"} <= body
    new = ["Coralwind mở đường bay Perth – Nha Trang, đặt mua 15 máy bay Airbus", *HEAD_VI[1:]]
    found = _headline_findings(HEAD_EN, new, unaligned, (HEAD_EN[0], new[0]))
    assert [f.tgt for f in found if f.kind == "addition"] == [(0,)]


def test_a_headline_is_read_against_the_whole_other_document():
    """A headline that names the country the other headline leaves out ("in Malaysia's
    Penang" against "tại Penang") says what the other document says elsewhere; a new name
    nowhere in the other document is still a shift. (Vietnam itself a Vietnamese
    translation may leave unsaid anywhere: name_swap.home_country.)"""
    en = [
        "US chipmaker opens plant in Malaysia's Penang",
        "The plant in Penang, Malaysia, is open.",
    ]
    vi = ["Hãng chip Mỹ khánh thành nhà máy tại Penang", "Nhà máy ở Penang, Malaysia đã mở."]
    aligned = [Bead((0,), (0,), 1.0), Bead((1,), (1,), 1.0)]
    found = _headline_findings(en, vi, aligned, (en[0], vi[0]))
    assert not [f for f in found if "name mismatch" in f.reasons]
    body = _headline_findings(en, vi, aligned, (None, None))
    assert [f.src for f in body if "name mismatch" in f.reasons] == [(0,)]
    moved = ["Hãng chip Mỹ khánh thành nhà máy tại Johor", vi[1]]
    found = _headline_findings(en, moved, aligned, (en[0], moved[0]))
    assert [f.src for f in found if "name mismatch" in f.reasons] == [(0,)]


def test_a_vietnamese_name_with_one_syllable_changed_is_a_swap_beside_other_names():
    """ "Lưu Thị Kim Ngân" for "Luong Thi Kim Ngan" (a blind pair), in a sentence whose
    translated department's words also go unmatched: a name in another's place, not two
    sides that merely name differently."""
    en = ["Luong Thi Kim Ngan, deputy director of the Department of Culture, said so."]
    vi = ["Bà Lưu Thị Kim Ngân, Phó Giám đốc Sở Văn hóa Khánh Hòa, cho biết như vậy."]
    found = find(
        [Bead((0,), (0,), 1.0)], sentences(en, "en"), sentences(vi, "vi"), "en", "vi", np.eye(1)
    )
    assert [f.reasons for f in found] == [("name mismatch",)]
    assert found[0].evidence["tokens"] == {
        "src": ["Luong Thi Kim Ngan"],
        "tgt": ["Lưu Thị Kim Ngân"],
    }
    same = ["Bà Lương Thị Kim Ngân, Phó Giám đốc Sở Văn hóa, cho biết như vậy."]
    kept = find(
        [Bead((0,), (0,), 1.0)], sentences(en, "en"), sentences(same, "vi"), "en", "vi", np.eye(1)
    )
    assert not [f for f in kept if "name mismatch" in f.reasons]


def test_a_name_the_article_is_about_may_be_left_to_the_reader() -> None:
    """A province the original names in three sentences and the translation names too is
    what "the province" means where one translated sentence leaves it out; a name stated
    once, or one the translation never names, is not."""
    src = "\n".join(
        [
            "Sở Y tế Quảng Ngãi ghi nhận 187 ca mắc mới.",
            "CDC Quảng Ngãi cho biết số ca tăng 26,5%.",
            "Bệnh viện Sản Nhi Quảng Ngãi quá tải.",
            "Ông Dũng ở Bình Sơn nói.",
        ]
    )
    tgt = "Quang Ngai recorded 187 new cases.\nThe provincial CDC said cases rose 26.5%."
    assert _topic_name("Quảng Ngãi", (src, tgt))
    assert not _topic_name("Bình Sơn", (src, tgt))  # once in the original
    assert not _topic_name("Quảng Ngãi", (src, "The provincial CDC said cases rose."))


def test_an_unknown_village_for_an_unknown_village_is_a_name_for_a_name(embed):
    """Out of German, "in Tumeltsham" → "d'Aurolzmünster" (a blind pair; our villages):
    where leaving the new name out does not bring the translation closer, a name still
    stands for a name if the new one is no French word and the lost one no German word. A
    French word opening a quotation ("Notre") in an unknown compound's place is not."""
    de = "Die Volksschule in Wendelsham blieb am Freitag geschlossen."
    fr = "L'école primaire d'Ortelsbrunn est restée fermée vendredi."
    test = NameTest("Ortelsbrunn", "L'école primaire d' est restée fermée vendredi.", -0.0178)
    named = _named_put_back(de, fr, ("de", "fr"), test, ["Wendelsham"], embed, Lexicon())
    assert named is not None and named.restored == "Wendelsham"
    de = "„Wir wollten ein Übergreifen auf die Sortierhalle verhindern“, sagte er."
    fr = "« Notre but était d'empêcher le feu de gagner le centre de tri », a-t-il dit."
    quote = NameTest("Notre", fr.replace("Notre ", ""), -0.0026)
    assert _named_put_back(de, fr, ("de", "fr"), quote, ["Sortierhalle"], embed, Lexicon()) is None


def test_a_two_to_two_bead_across_an_added_and_a_left_out_sentence_is_split():
    """A sentence added just before one kept, and the next one left out (a blind pair's
    "52.000 Badegäste" beside "14,000 signatures"; our sentences): the aligner joins the
    four in one bead, but one pair across it scores above the bead and the rest under the
    line, so it reads as the pair, an addition and an omission."""
    en = [
        "The council said it had never planned to sell the site.",
        "A petition to keep the pool open gathered 9,000 signatures in two weeks.",
    ]
    de = [
        "Im letzten Jahr zählte das Bad rund 41.000 Badegäste.",
        "Der Rat erklärte, er habe nie geplant, das Gelände zu verkaufen.",
    ]
    src, tgt = sentences(en, "en"), sentences(de, "de")
    bead = [Bead((0, 1), (0, 1), 0.83)]
    scores = np.array([[-0.27, 1.18], [0.19, 0.04]])
    assert split_unrelated(bead, src, tgt, "en", "de", pair_scores=scores) == [
        Bead((), (0,)),
        Bead((0,), (1,), 1.18),
        Bead((1,), ()),
    ]
    # without the scores, or where the left-over pair scores as a pair, the bead stays
    assert split_unrelated(bead, src, tgt, "en", "de") == bead
    paired = np.array([[-0.27, 1.18], [0.31, 0.04]])
    assert split_unrelated(bead, src, tgt, "en", "de", pair_scores=paired) == bead
    # nor where the left-over sentences share a fact (a reworded pair, not two)
    same = sentences([de[0].replace("41.000 Badegäste", "9000 Unterschriften"), de[1]], "de")
    assert split_unrelated(bead, src, same, "en", "de", pair_scores=scores) == bead


def test_the_word_in_the_place_of_a_name_a_headline_may_leave_out_is_no_name(embed):
    """A German headline drops the village the article names in its body ("Cilycwm") and
    ends on a noun ("auf Anhieb"): the lost name is excused by the whole document, and the
    word the put-back test found in its place is no new name either (a blind pair of the
    twenty-eighth round). A village the German document never names is lost, in both."""
    en = [
        "Teenager wins Cilycwm sheepdog trial at her first attempt",
        "Megan Pryce won the trial at Cilycwm on Saturday.",
    ]
    de = [
        "19-jährige Schäferin gewinnt Hütehund-Wettbewerb auf Anhieb",
        "Megan Pryce hat am Samstag den Wettbewerb in Cilycwm gewonnen.",
    ]
    mt = ["Teenagerin gewinnt Hütehund-Wettbewerb in Cilycwm beim ersten Versuch", None]
    aligned = [Bead((0,), (0,), 1.0), Bead((1,), (1,), 1.0)]

    def named(tgt: list[str]) -> list[Finding]:
        found = find(
            aligned, sentences(en, "en"), sentences(tgt, "de"), "en", "de", np.eye(2),
            src_mt=mt, thresholds=Thresholds(min_confidence=0.0), embed=embed,
            titles=(en[0], tgt[0]),
        )  # fmt: skip
        return [f for f in found if "name mismatch" in f.reasons]

    assert not named(de)
    nowhere = [de[0], "Megan Pryce hat am Samstag den Wettbewerb gewonnen."]
    assert [f.src for f in named(nowhere)] == [(0,), (1,)]


def test_a_headline_aligned_with_the_lead_is_no_part_added_when_it_states_nothing_new():
    """A translation's headline the aligner joins to its lead sentence is no part added
    when the original states its figures and names (a blind pair of the thirty-first
    round); one with a figure the original lacks still is."""
    src = sentences(HEAD_EN[1:], "en")  # the original's title stands apart from its body

    def excused(headline: str) -> bool:
        tgt = sentences([headline, *HEAD_VI[1:]], "vi")
        heads = Headlines.of((src, tgt), (HEAD_EN[0], headline), ("en", "vi"), (None, None))
        part = Finding(
            "addition", "medium", 0.85, (0,), (0, 1), src[0].text,
            f"{tgt[0].text} {tgt[1].text}", ("part added",),
            {"part_unit": "sentence", "tokens": {"src": [], "tgt": [headline]}},
        )  # fmt: skip
        return heads.rewritten_part(part, (src, tgt), ("en", "vi"))

    assert excused(HEAD_VI[0])
    assert not excused("Coralwind mở đường bay Perth – Nha Trang, đặt mua 15 máy bay Airbus")


def test_a_gloss_of_a_german_originals_place_says_what_it_is() -> None:
    """ "Kaltenbrunn, a town in the Bavarian Forest close to the Czech border": the gloss
    says where by the kind of place and a border, and "Brennersteinschanze" stands in the
    sentence as "the Brennerstein ski jump"; a name listed after a comma says nowhere."""
    lexicon = Lexicon()
    src = "Die Brennersteinschanze in Kaltenbrunn wird von Grund auf saniert."
    tgt = (
        "The Brennerstein ski jump in Kaltenbrunn, a town in the Bavarian Forest close to "
        "the Czech border, is to be completely refurbished."
    )
    for name in ("Forest", "Czech"):
        assert _gloss_of_place(name, [], src, tgt, "de", None, tgt, lexicon)
    listed = "Dyhrenfurth, Hampta, leitete die Expedition."
    assert not _gloss_of_place(
        "Hampta", [], "Dyhrenfurth leitete die Expedition.", listed, "de", None, listed, lexicon
    )
    # the original's place must stand in the sentence, whole or by its head
    moved = "The ski jump in Lindberg, a town in the Bavarian Forest, is to be refurbished."
    assert not _gloss_of_place("Forest", [], src, moved, "de", None, moved, lexicon)
