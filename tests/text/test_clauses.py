"""Clauses: where a sentence can be cut so that a dropped or added piece shows."""

from __future__ import annotations

from transcheck.text.clauses import clauses


def test_clauses_cut_at_punctuation_but_not_inside_figures():
    parts = clauses(
        "The loss of 3,000 soldiers shocked Israel, which had expected a quick win.", "en"
    )
    assert parts == ["The loss of 3,000 soldiers shocked Israel", "which had expected a quick win."]
    assert clauses("A short sentence without any break.", "en") == []
    # a hallucinated leading fragment becomes its own clause
    parts = clauses("$ 100 Millionen. Das Land muss sich jetzt entscheiden.", "de")
    assert parts[0].startswith("$ 100 Millionen") and "Land" not in parts[0]


def test_clause_conjunctions_cut_in_each_language():
    assert len(clauses("Der Plan scheiterte, weil niemand ihn bezahlen wollte.", "de")) == 2
    assert len(clauses("Giá tăng mạnh trong khi lương vẫn đứng yên suốt năm qua.", "vi")) == 2
    assert clauses("Le projet avance mais le budget manque encore cette année.", "fr") == [
        "Le projet avance",
        "mais le budget manque encore cette année.",
    ]
