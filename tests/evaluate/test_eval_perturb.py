"""Perturbations: deterministic, and the recorded gold points at the changed sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from transcheck.evaluate import data, lexicon
from transcheck.evaluate.perturb import KINDS, name_pool, perturb


@pytest.fixture
def docs(tiny_shared: Path) -> list[data.ParallelDoc]:
    return data.iwslt_documents(tiny_shared, seed=0)


@pytest.fixture
def defr_docs(tiny_shared: Path) -> list[data.ParallelDoc]:
    return data.split_by_beads(data.load_align_defr(tiny_shared), "google", seed=0)


def test_same_seed_same_output_other_seed_differs(docs):
    pool = name_pool(docs)
    a = perturb(docs[0], KINDS, seed=5, donors=docs, pool=pool)
    b = perturb(docs[0], KINDS, seed=5, donors=docs, pool=pool)
    c = perturb(docs[0], KINDS, seed=6, donors=docs, pool=pool)
    assert a == b
    assert (a.tgt, a.edits) != (c.tgt, c.edits)


def test_source_is_never_changed(docs):
    p = perturb(docs[0], KINDS, seed=1, donors=docs, pool=name_pool(docs))
    assert p.doc.src == docs[0].src


@pytest.mark.parametrize("seed", range(6))
def test_labels_point_at_the_right_sentences(docs, seed):
    doc = docs[0]
    p = perturb(doc, KINDS, seed=seed, donors=docs, pool=name_pool(docs))
    assert {e.kind for e in p.edits} == set(KINDS)  # the fixture offers room for every kind
    for e in p.edits:
        if e.kind == "omission":
            assert e.tgt == () and 1 <= len(e.src) <= 3
            for i in e.src:  # the deleted rendering is gone from the translation
                assert doc.tgt[i] not in p.tgt
        elif e.kind == "addition":
            assert e.src == ()
            for j in e.tgt:
                assert p.tgt[j] not in doc.tgt
        elif e.kind == "moved":
            (i,), (j,) = e.src, e.tgt
            assert p.tgt[j] == doc.tgt[i]
            assert abs(j - i) >= 5
        else:
            (i,), (j,) = e.src, e.tgt
            assert e.before == doc.tgt[i] and e.after == p.tgt[j] != e.before
    # every untouched translation sentence is an original one, in the original order
    untouched = [p.tgt[j] for j in range(len(p.tgt)) if j not in p.touched_tgt]
    originals = [t for t in doc.tgt if t in untouched]
    assert untouched == originals


def test_gold_alignment_of_the_perturbed_pair_covers_both_sides(docs):
    p = perturb(docs[1], KINDS, seed=2, donors=docs, pool=name_pool(docs))
    assert sorted(i for s, _ in p.beads for i in s) == list(range(len(p.doc.src)))
    assert sorted(j for _, t in p.beads for j in t) == list(range(len(p.tgt)))


def test_rewrites_change_the_right_thing(docs):
    p = perturb(docs[0], ["number", "name"], seed=3, donors=docs, pool=name_pool(docs))
    by_kind = {e.kind: e for e in p.edits}
    num = by_kind["number"]
    assert [w for w in num.before.split() if w not in num.after.split()]  # a figure changed
    name = by_kind["name"]
    assert name.after != name.before and name.before.split()[0] == name.after.split()[0]


def test_mt_follows_text_and_is_none_for_rewritten_sentences(defr_docs):
    doc = defr_docs[0]
    p = perturb(doc, ["number", "moved", "omission"], seed=0, donors=defr_docs)
    assert len(p.tgt_mt) == len(p.tgt)
    mt_of = dict(zip(doc.tgt, doc.tgt_mt, strict=True))
    for j, text in enumerate(p.tgt):
        if text in mt_of:
            assert p.tgt_mt[j] == mt_of[text]
        else:
            assert p.tgt_mt[j] is None


def test_unknown_kind_is_refused(docs):
    with pytest.raises(ValueError):
        perturb(docs[0], ["typo"], seed=0)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("vi", "Đây là một câu chuyện hay.", "Đây không phải là một câu chuyện hay."),
        ("vi", "Câu chuyện này không phải là thật.", "Câu chuyện này là thật."),
        ("en", "This is a finished story.", "This is not a finished story."),
        ("en", "We don't know.", "We do know."),
        ("fr", "Il n' y a pas de neige.", "Il y a de neige."),
        ("de", "Das ist nicht wahr.", "Das ist wahr."),
        ("de", "Er hat keine Zeit.", "Er hat eine Zeit."),
    ],
)
def test_negation_rewrites(lang, text, expected):
    assert lexicon.negation_rewrites(text, lang)[0] == expected


def test_negation_adds_ne_pas_in_french():
    assert "Le temps n'est pas beau." in lexicon.negation_rewrites("Le temps est beau.", "fr")


def test_number_rewrites_digits_and_words():
    assert "Il y a 28 ans." in lexicon.number_rewrites("Il y a 18 ans.", "fr")
    assert "Tôi có bốn con mèo." in lexicon.number_rewrites("Tôi có hai con mèo.", "vi")
    assert "Three cats." in lexicon.number_rewrites("Two cats.", "en")
    # with a source, only figures the source carries are changed
    assert lexicon.number_rewrites("8. Le sommet fait 8222 m.", "fr", "Der Gipfel: 8222 m.") == [
        "8. Le sommet fait 9222 m."
    ]


def test_names_need_to_appear_on_both_sides():
    assert lexicon.names_in("Cô ấy sống ở San Francisco.", "She lives in San Francisco.") == [
        "San Francisco"
    ]
    assert lexicon.names_in("Elle vit au Canada.", "Sie lebt in Kanada.") == []


def test_clause_drop_keeps_final_punctuation():
    text = "He came home late, because the long train from the city was delayed again."
    assert lexicon.clause_drop_rewrites(text) == ["He came home late."]
    assert lexicon.clause_drop_rewrites("Short, very short.") == []


def test_name_swaps_draw_from_the_whole_pool():
    pool = sorted(f"{c}{c.lower()}ndor" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    text, src = "We met Kandor at noon.", "Wir trafen Kandor mittags."
    swaps = lexicon.name_rewrites(text, src, pool, limit=8)
    assert swaps == lexicon.name_rewrites(text, src, pool, limit=8)  # seeded by the text
    stand_ins = {s.split()[2] for s in swaps}
    assert len(stand_ins) == 8 and "Kandor" not in stand_ins
    assert stand_ins <= set(pool)
    assert stand_ins != set(pool[:8])  # not just the alphabetically first names
