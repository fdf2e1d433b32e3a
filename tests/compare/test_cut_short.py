"""A sentence the translation cuts short is one bead, not an omission and an addition
(align.rejoin_cut), with real multilingual-e5-small embeddings."""

from __future__ import annotations

import numpy as np

from transcheck.compare import build_scorer
from transcheck.compare.align import AlignSettings, _search, align
from transcheck.compare.findings import find
from transcheck.model import Sentence
from transcheck.text.anchors import extract

SRC = [
    "The storm reached the coast on Saturday night.",
    "Thousands of households lost power for several hours.",
    "Fishermen had brought their boats into the harbour in time.",
    "A bridge over the river was closed as a precaution.",
    "The fire brigade was called out more than two hundred times.",
    "The city council met on Monday to count the damage.",
    "The mayor thanked the volunteers for their work.",
    "The insurance companies expect claims of more than ten million euros, most of them "
    "from farmers whose fields were flooded.",
    "The new swimming pool will open later than planned.",
    "Citizens can report damage online.",
    "The next meeting takes place in two weeks.",
]
TGT = [
    "Der Sturm erreichte die Küste in der Nacht zum Sonntag.",
    "Tausende Haushalte waren mehrere Stunden ohne Strom.",
    "Die Fischer hatten ihre Boote rechtzeitig in den Hafen gebracht.",
    "Eine Brücke über den Fluss wurde vorsorglich gesperrt.",
    "Die Feuerwehr rückte mehr als zweihundertmal aus.",
    "Der Stadtrat kam am Montag zusammen, um die Schäden zu zählen.",
    "Der Bürgermeister dankte den Freiwilligen für ihre Arbeit.",
    "Die Versicherungen rechnen damit.",  # what is left of source sentence 7
    "Das neue Schwimmbad öffnet später als geplant.",
    "Die Bürger können Schäden online melden.",
    "Die nächste Sitzung findet in zwei Wochen statt.",
]
CUT = 7


def _pairs(beads):
    return [(b.src, b.tgt) for b in beads]


def _findings(tgt, embed):
    scorer = build_scorer(SRC, tgt, "en", "de", embed=embed)
    beads = align(scorer)
    src_s = [Sentence(i, t, i, extract(t, "en")) for i, t in enumerate(SRC)]
    tgt_s = [Sentence(i, t, i, extract(t, "de")) for i, t in enumerate(tgt)]
    return scorer, beads, find(beads, src_s, tgt_s, "en", "de", scorer.pair_scores(), embed=embed)


def test_the_stub_of_a_cut_sentence_is_paired_with_it_and_reported_once(embed):
    scorer, beads, found = _findings(TGT, embed)
    n, m = len(SRC), len(TGT)
    searched = _search(
        scorer, np.zeros(n + 1, np.int64), np.full(n + 1, m + 1, np.int64), AlignSettings()
    )
    # the search alone leaves both unmatched: the stub scores under its threshold
    assert ((CUT,), ()) in _pairs(searched) and ((), (CUT,)) in _pairs(searched)
    assert ((CUT,), (CUT,)) in _pairs(beads)
    on_cut = [f for f in found if CUT in f.src or CUT in f.tgt]
    assert on_cut and all(f.src == (CUT,) and f.tgt == (CUT,) for f in on_cut)


def test_an_unrelated_line_in_its_place_is_still_an_omission(embed):
    tgt = [*TGT[:CUT], "Die Katze schläft auf dem Sofa.", *TGT[CUT + 1 :]]
    _, beads, found = _findings(tgt, embed)
    assert ((CUT,), ()) in _pairs(beads) and ((), (CUT,)) in _pairs(beads)
    assert any(f.kind == "omission" and f.src == (CUT,) and not f.tgt for f in found)
