"""What the reports highlight: evidence spans stay on the characters they name."""

from __future__ import annotations

from transcheck.report import view


def test_evidence_spans_stay_on_their_characters_after_letters_that_fold_longer():
    """ "ß" casefolds to "ss": spans found on a folded copy would point past the text."""
    text = "Die Straße ist 12 m breit. " * 3
    spans = view._term_spans(text, ["12", "STRASSE", "straße"])
    assert spans
    assert all(text[s.start : s.end] in ("12", "Straße") for s in spans)


def test_a_term_is_found_whatever_its_case():
    text = "Il n'était PAS là."
    assert [text[s.start : s.end] for s in view._term_spans(text, ["pas"])] == ["PAS"]
