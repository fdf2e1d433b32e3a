"""Similarity scores: true translations score near 1, unrelated pairs near 0, bad MT is ignored."""

from __future__ import annotations

import numpy as np
import pytest

from transcheck.compare.align import align
from transcheck.compare.embed import Embedder
from transcheck.compare.features import carried_on, small_number, spaced
from transcheck.compare.similarity import Scorer, content_weights, open_ends, side_features

GERMAN = [
    "Der Zug nach Basel fährt heute wegen eines Streiks nicht.",
    "Die Stadtverwaltung hat den neuen Haushalt am Montag beschlossen.",
    "Im Sommer kamen mehr als 40 000 Besucher in das Museum.",
    "Der Bürgermeister kündigte seinen Rücktritt für Ende März an.",
    "Die Bibliothek bleibt während der Renovierung zwei Wochen geschlossen.",
    "Nach dem Sturm fiel in drei Dörfern der Strom aus.",
    "Die Schüler pflanzten im Park hundert junge Bäume.",
    "Ein Sprecher der Polizei bestätigte den Unfall am Abend.",
]
FRENCH = [
    "Le train pour Bâle ne circule pas aujourd'hui en raison d'une grève.",
    "L'administration municipale a adopté le nouveau budget lundi.",
    "Cet été, plus de 40 000 visiteurs sont venus au musée.",
    "Le maire a annoncé sa démission pour la fin du mois de mars.",
    "La bibliothèque restera fermée deux semaines pendant les travaux.",
    "Après la tempête, trois villages ont été privés d'électricité.",
    "Les élèves ont planté cent jeunes arbres dans le parc.",
    "Un porte-parole de la police a confirmé l'accident dans la soirée.",
]
# what a decent MT system makes of the German, line by line
GERMAN_IN_FRENCH = [
    "Le train pour Bâle ne roule pas aujourd'hui à cause d'une grève.",
    "L'administration de la ville a adopté le nouveau budget lundi.",
    "En été, plus de 40 000 visiteurs sont venus au musée.",
    "Le maire a annoncé sa démission pour fin mars.",
    "La bibliothèque reste fermée deux semaines pendant la rénovation.",
    "Après la tempête, le courant a été coupé dans trois villages.",
    "Les écoliers ont planté cent jeunes arbres dans le parc.",
    "Un porte-parole de la police a confirmé l'accident le soir.",
]
INSERTED = "Les abonnés peuvent lire cet article gratuitement sur notre application."


@pytest.fixture(scope="module")
def embed():
    embedder = Embedder(None)  # real multilingual-e5-small, no disk cache
    seen: dict[str, np.ndarray] = {}

    def cached(texts: list[str]) -> np.ndarray:
        """The tests share many span texts: embed each once."""
        new = [t for t in dict.fromkeys(texts) if t not in seen]
        if new:
            seen.update(zip(new, embedder.embed(new), strict=True))
        return np.vstack([seen[t] for t in texts])

    yield cached
    embedder.close()


def _diagonal_vs_rest(matrix: np.ndarray) -> tuple[float, float]:
    diag = np.diag(matrix)
    off = matrix[~np.eye(len(matrix), dtype=bool)]
    return float(diag.mean()), float(off.mean())


def test_translations_score_near_one_and_other_pairs_near_zero(embed) -> None:
    scorer = Scorer(side_features(GERMAN, "de", embed), side_features(FRENCH, "fr", embed))
    scores = scorer.pair_scores()
    true_mean, other_mean = _diagonal_vs_rest(scores)
    assert true_mean > 0.6
    # "random" is measured on this 8-sentence document, whose sample holds each sentence's
    # own translation too (1 in 8): unrelated pairs sit a little below zero, far below the
    # true pairs (with spaced punctuation 1.42 against -0.29)
    assert abs(other_mean) < 0.25 * true_mean
    # every German sentence's best match is its translation
    assert list(np.argmax(scores, axis=1)) == list(range(len(GERMAN)))


def test_good_mt_gets_a_say_and_garbage_mt_none(embed) -> None:
    tgt = side_features(FRENCH, "fr", embed)
    good = Scorer(side_features(GERMAN, "de", embed, GERMAN_IN_FRENCH), tgt)
    shuffled = GERMAN_IN_FRENCH[3:] + GERMAN_IN_FRENCH[:3]  # fluent, but for other lines
    garbage = Scorer(side_features(GERMAN, "de", embed, shuffled), tgt)
    assert good.mt_weight > 0.8
    assert garbage.mt_weight < 0.1
    # with weight 0 the garbage MT cannot move the scores
    plain = Scorer(side_features(GERMAN, "de", embed), tgt)
    assert np.allclose(garbage.pair_scores(), plain.pair_scores(), atol=1e-5)


def test_a_deleted_and_an_inserted_sentence_in_the_middle_are_found(embed) -> None:
    tgt = FRENCH[:3] + FRENCH[4:6] + [INSERTED] + FRENCH[6:]
    scorer = Scorer(side_features(GERMAN, "de", embed), side_features(tgt, "fr", embed))
    pairs = [(b.src, b.tgt) for b in align(scorer)]
    assert ((3,), ()) in pairs  # the mayor's resignation is missing from the translation
    assert ((), (5,)) in pairs  # the subscription note has no original
    assert sum(1 for s, t in pairs if s and t) == 7


def test_merged_translation_sentences_form_one_bead(embed) -> None:
    merged = FRENCH[1][:-1] + " ; " + FRENCH[2][0].lower() + FRENCH[2][1:]
    tgt = [FRENCH[0], merged, *FRENCH[3:]]
    scorer = Scorer(side_features(GERMAN, "de", embed), side_features(tgt, "fr", embed))
    pairs = [(b.src, b.tgt) for b in align(scorer)]
    assert ((1, 2), (1,)) in pairs
    assert ((0,), (0,)) in pairs and ((3,), (2,)) in pairs


def test_documents_shorter_than_the_longest_bead_still_score(embed) -> None:
    scorer = Scorer(side_features(GERMAN[:2], "de", embed), side_features(FRENCH[:1], "fr", embed))
    assert scorer.pair_scores().shape == (2, 1)
    beads = align(scorer)
    assert [i for b in beads for i in b.src] == [0, 1]
    assert [j for b in beads for j in b.tgt] == [0]


def test_debris_counts_for_nothing_and_sentences_fully() -> None:
    weights = content_weights(["~ -", "....", "17 b ;", GERMAN[0]])
    assert list(weights[:2]) == [0.0, 0.0]
    assert 0.0 < weights[2] < 0.5
    assert weights[3] == 1.0


def test_segments_cut_at_a_semicolon_or_colon_count_as_open() -> None:
    segments = ["Die Teilnehmer waren :", "Hans Ratay ;", "Fritz Morawec , ", "Ende .", "Titel"]
    assert open_ends(segments).tolist() == [1.0, 1.0, 1.0, 0.0, 0.0]


def test_shared_names_and_numbers_count_by_rarity_and_only_as_often_as_both_sides_have_them(
    embed,
) -> None:
    # "40 000" is in one sentence per side ("40" and "000": two full anchors); a token on
    # every line ("Zermatt") counts for nothing; Basel / Bâle are not spelled the same
    src = [s + " Zermatt" for s in GERMAN]
    tgt = [s + " Zermatt" for s in FRENCH]
    scorer = Scorer(side_features(src, "de", embed), side_features(tgt, "fr", embed))
    one = scorer.matches(1, np.arange(len(src)), 1, np.arange(len(tgt)))
    assert one[2, 2] == pytest.approx(2.0, abs=0.01)
    assert one[0, 0] == pytest.approx(0.0, abs=0.01)
    assert one[2, 0] == pytest.approx(0.0, abs=0.01)
    # a two-sentence span holding "Basel" twice matches a target holding it once only once
    twice = Scorer(
        side_features(["Basel heute .", "Basel morgen .", "Nichts .", "Gar nichts ."], "de", embed),
        side_features(["Basel aujourd'hui .", "Rien .", "Rien du tout .", "Non ."], "fr", embed),
    )
    single = twice.matches(1, np.array([0]), 1, np.array([0]))[0, 0]
    assert single > 0.4
    assert twice.matches(2, np.array([0]), 1, np.array([0]))[0, 0] == pytest.approx(single)


def test_mt_lexical_match_rests_on_rare_words_not_function_words() -> None:
    # MT of source line 0 shares every function word with target 0 but only the rare name
    # "Thun" with target 1; weighted by document frequency, the name decides (plain n-gram
    # counts would pick target 0: cosine 0.89 against 0.35)
    common = "de la le les et du des"
    fruit = ["Thun", "pomme", "poire", "prune", "raisin", "cerise"]
    animals = ["au", "chat", "chien", "cheval", "vache"]
    src = [f"Satz {k} ." for k in range(6)]
    mt = [f"{common} {w}" for w in fruit]
    tgt = [f"{common} {animals[0]}", "Thun sous la neige"] + [f"{common} {w}" for w in animals[1:]]

    def same_vector(texts: list[str]) -> np.ndarray:  # embeddings that tell nothing apart
        return np.full((len(texts), 8), 8**-0.5, dtype=np.float32)

    scorer = Scorer(
        side_features(src, "de", same_vector, mt), side_features(tgt, "fr", same_vector)
    )
    lexical = scorer.components(1, np.array([0]), 1, np.arange(len(tgt)))["mt"][0]
    assert int(np.argmax(lexical)) == 1
    assert lexical[1] > lexical[0] + 0.1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Makalu, 8481 m.", "Makalu , 8481 m ."),
        ("l'arête (SE) du Black Tooth: 6179 m", "l' arête ( SE ) du Black Tooth : 6179 m"),
        ("Die Korrektur beträgt 18,29 m.", "Die Korrektur beträgt 18,29 m ."),
        ('Ông Bảo nói: "không".', 'Ông Bảo nói : " không " .'),
        ("Dr. Hagen kam am 9. Mai.", "Dr. Hagen kam am 9. Mai ."),
    ],
)
def test_punctuation_is_spaced_for_the_embedding(text: str, expected: str) -> None:
    assert spaced(text) == expected


def test_text_already_spaced_is_embedded_as_it_is() -> None:
    tokenised = "Quant au Kanchenjunga , on savait que l' ancienne cote de 8579 devait changer . "
    assert spaced(tokenised) == tokenised


def test_a_sentence_a_layout_break_cut_is_marked_as_carried_on() -> None:
    lines = [
        "Grâce aux cordes fixes , l' arête",  # stops on a word; the next line goes on
        "est atteinte rapidement .",
        "Literatur",  # a heading: the next line opens with a capital
        "Guido Magnone : La Tour de Mustagh .",
        "Il neige .",  # a full stop: the next line is a sentence of its own
        "et puis plus rien",  # the last line has nothing to carry it on
    ]
    assert carried_on(lines).tolist() == [1.0, 0.0, 0.0, 0.0, 0.0, 0.0]


@pytest.mark.parametrize(
    ("value", "small"),
    [("3", True), ("12", True), ("12.5", False), ("-5", False), ("2024-05", False), ("40", False)],
)
def test_a_small_number_proves_little_but_a_negative_one_is_a_figure(value, small) -> None:
    # "-5" (a temperature) is a figure; "zwei" = 2 may be an idiom; a date is no number
    assert small_number(value) is small
