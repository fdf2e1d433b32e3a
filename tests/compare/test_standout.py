"""A short unmatched line is read against the beads around it (findings._standouts)."""

from __future__ import annotations

import numpy as np

from transcheck.compare.findings import Thresholds, find
from transcheck.model import Bead, Sentence
from transcheck.text.anchors import extract

LEAD = [
    "The storm reached the coast on Saturday night.",
    "Thousands of households lost power for several hours.",
    "Fishermen had brought their boats into the harbour in time.",
    "A bridge over the river was closed as a precaution.",
    "The fire brigade was called out more than two hundred times.",
]
LEAD_DE = [
    "Der Sturm erreichte die Küste in der Nacht zum Sonntag.",
    "Tausende Haushalte waren mehrere Stunden ohne Strom.",
    "Die Fischer hatten ihre Boote rechtzeitig in den Hafen gebracht.",
    "Eine Brücke über den Fluss wurde vorsorglich gesperrt.",
    "Die Feuerwehr rückte mehr als zweihundertmal aus.",
]
SRC = [
    *LEAD,
    "The city council met on Monday to count the damage.",
    "The mayor thanked the volunteers for their work.",
    "Schools will receive money for repairs first, while the roads must wait until summer.",
    "The new swimming pool will open later than planned.",
    "Citizens can report damage online.",
    "The next meeting takes place in two weeks.",
]
# The translator split source sentence 7 in two; a short unrelated line was inserted after 8.
TGT = [
    *LEAD_DE,
    "Der Stadtrat kam am Montag zusammen, um die Schäden zu zählen.",
    "Der Bürgermeister dankte den Freiwilligen für ihre Arbeit.",
    "Die Schulen erhalten zuerst Geld für Reparaturen.",
    "Die Straßen warten bis zum Sommer.",
    "Das neue Schwimmbad öffnet später als geplant.",
    "Der Bus fährt um acht Uhr.",
    "Die Bürger können Schäden online melden.",
    "Die nächste Sitzung findet in zwei Wochen statt.",
]
SPLIT, INSERTED = 8, 10  # lines of TGT
ALIGNMENT = [
    *(Bead((k,), (k,), 1.0) for k in range(7)),
    Bead((7,), (7,), 1.0),
    Bead((), (SPLIT,)),
    Bead((8,), (9,), 1.0),
    Bead((), (INSERTED,)),
    Bead((9,), (11,), 1.0),
    Bead((10,), (12,), 1.0),
]


def sentences(texts: list[str], lang: str) -> list[Sentence]:
    return [Sentence(i, t, i, extract(t, lang)) for i, t in enumerate(texts)]


def additions(tgt: list[str], embed) -> dict[int, object]:
    src_s, tgt_s = sentences(SRC, "en"), sentences(tgt, "de")
    scores = np.full((len(SRC), len(tgt)), 0.5)  # the same best match for every line
    everything = Thresholds(min_confidence=0.0)
    found = find(ALIGNMENT, src_s, tgt_s, "en", "de", scores, thresholds=everything, embed=embed)
    return {f.tgt[0]: f for f in found if f.kind == "addition"}


def test_a_short_inserted_line_is_reported_and_a_split_is_not(embed):
    found = additions(TGT, embed)
    split, inserted = found[SPLIT], found[INSERTED]
    assert split.evidence["standout"] > inserted.evidence["standout"]
    assert inserted.confidence >= 0.5 > split.confidence
    assert inserted.evidence["features"]["short_unrelated"] > 0


def test_without_embeddings_a_short_line_is_not_reported():
    src_s, tgt_s = sentences(SRC, "en"), sentences(TGT, "de")
    scores = np.full((len(SRC), len(TGT)), 0.5)
    found = find(ALIGNMENT, src_s, tgt_s, "en", "de", scores, thresholds=Thresholds(0.25, 0.6, 0))
    inserted = next(f for f in found if f.tgt == (INSERTED,))
    assert "standout" not in inserted.evidence
    assert inserted.confidence < 0.5


def test_a_line_of_punctuation_is_no_finding(embed):
    tgt = list(TGT)
    tgt[INSERTED] = ", ."
    assert INSERTED not in additions(tgt, embed)
