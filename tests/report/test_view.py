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


def _one_row(src_lang, src_text, src_names, tgt_lang, tgt_text, tgt_names) -> view.Row:
    """The row of a one-sentence report without MT, one bead, no findings."""
    from report_samples import _side

    from transcheck.model import Article, Bead, Report, Summary, Translations

    article = Article(url="", location="", title="", date=None, author=None, paragraphs=())
    report = Report(
        _side("source", src_lang, article, (src_text,), names={0: src_names}),
        _side("translation", tgt_lang, article, (tgt_text,), names={0: tgt_names}),
        Translations(src_to_tgt=(None,), tgt_to_src=(None,)),
        (Bead((0,), (0,), 0.9),),
        (),
        Summary("faithful", 1.0, 1.0, {}),
        {},
    )
    (row,) = view.build_rows(report)
    return row


def test_without_mt_only_unsaid_names_and_numbers_are_marked():
    """Across languages a German noun is no name ("Gipfels"), and a name the other side
    says in its own words ("Nga" = "russischen") is not missing; a changed number is."""
    vi = "Ông Ishiba gặp lãnh đạo Nga tại hội nghị có 10.000 người."
    de = "Ishiba traf den Staatschef Russlands am Rande des Gipfels mit 12.000 Gästen."
    row = _one_row("vi", vi, ("Ishiba", "Nga"), "de", de, ("Ishiba", "Staatschef", "Gipfels"))
    marked_left = [row.left.text[s.start : s.end] for s in row.left.spans]
    marked_right = [row.right.text[s.start : s.end] for s in row.right.spans]
    assert marked_left == ["10.000"]
    assert marked_right == ["12.000"]


def test_a_name_the_other_side_keeps_without_its_generic_word_is_not_marked():
    """ "Halden County" is "comté de Halden" in French: the name is kept, only the word for
    county is translated, so nothing is marked; a name the French drops still is."""
    en = "Nine turbines would stand in Halden County, Ridgeline said."
    fr = "Neuf éoliennes se dresseraient dans le comté de Halden, selon la société."
    row = _one_row("en", en, ("Halden County", "Ridgeline"), "fr", fr, ())
    assert [row.left.text[s.start : s.end] for s in row.left.spans] == ["Ridgeline"]
    assert row.right.spans == ()
