"""The Markdown report: summary table, one section per finding, inert article text."""

from __future__ import annotations

import dataclasses
import re

from markdown_it import MarkdownIt
from report_samples import HOSTILE_SRC, HOSTILE_TGT

from transcheck.report import render
from transcheck.report.markdown import escape


def to_html(md: str) -> str:
    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(md)


def test_sections_per_finding(realistic):
    md = render(realistic, "md")
    headings = re.findall(r"^### \d+\. (\w+)", md, flags=re.M)
    assert headings == ["SHIFT", "OMITTED", "ADDED"]
    assert "| Verdict | **substantial differences** |" in md
    assert "**30.000**" in md  # evidence token in bold
    assert "Changed: **3.000 → 30.000**" in md


def test_escape_makes_every_active_character_literal():
    nasty = "a|b *c* _d_ `e` [f](g) <h> & ~i~ ! $j$ \\k"
    html = to_html(escape(nasty))
    assert "<em>" not in html and "<code>" not in html and "<a " not in html
    assert "<h>" not in html and "<del>" not in html
    assert "&lt;h&gt;" in html


def test_hostile_text_stays_text(hostile):
    md = render(hostile, "md")
    html = to_html(md)
    assert "<script" not in html and "<img" not in html and "<b " not in html
    assert "&lt;script&gt;" in html
    # pipes do not break the header table: every row has the same number of cells
    table = md.split("\n\n")[1].splitlines()
    cells = {len(re.split(r"(?<!\\)\|", row)) for row in table}
    assert len(cells) == 1


def test_hostile_sentences_survive_verbatim(hostile):
    html = to_html(render(hostile, "md"))
    text = re.sub(r"<[^>]+>", "", html)
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
    text = text.replace("&amp;", "&")
    assert HOSTILE_SRC[2] in text  # the omission, with all its Markdown syntax, as text
    assert HOSTILE_TGT[3] in text  # the addition


def test_line_start_syntax_is_escaped():
    assert escape("# not a heading").startswith("\\#")
    assert escape("1. not a list").startswith("1\\.")
    assert "<ol>" not in to_html(escape("1. not a list"))
    html = to_html("- " + escape("- nested?"))
    assert html.count("<ul>") == 1


def _with_first_finding(realistic, reasons: tuple[str, ...], evidence: dict):
    """The realistic report with its first finding given these reasons and evidence."""
    shift = dataclasses.replace(realistic.findings[0], reasons=reasons, evidence=evidence)
    return dataclasses.replace(realistic, findings=(shift, *realistic.findings[1:]))


def test_a_tested_negation_says_how_it_was_tested(realistic):
    """A negation found without MT carries its test; the report says it in words."""
    test = {"side": "source", "without_cue": "Xe *có thể* đi.", "closer_by": 0.0154}
    report = _with_first_finding(
        realistic,
        ("negation mismatch",),
        {"tokens": {"src": ["không"], "tgt": []}, "negation_test": test},
    )
    md = render(report, "md")
    assert "Changed: **không → ∅**" in md
    assert "Tested: without its negation the original reads" in md
    assert "+0.015 cosine closer to the translation" in md
    assert "<em>" not in to_html(md.split("Tested:")[1].split("\n")[0])  # the text stays inert
    assert "tested: without its negation the original reads" in render(report, "html")


def test_a_modality_shift_says_which_side_tells_the_plan(realistic):
    read = {"kind": "plan", "side": "source", "marker": "dự kiến"}
    report = _with_first_finding(
        realistic,
        ("modality mismatch",),
        {"tokens": {"src": ["dự kiến"], "tgt": []}, "modality": read},
    )
    md = render(report, "md")
    assert "Changed: **dự kiến → ∅**" in md
    assert "the original tells a plan (“dự kiến”), the translation tells it as done" in md
    assert "the original tells a plan (“dự kiến”)" in render(report, "html")
    # a malformed record (a JSON report edited by hand) says nothing rather than fail
    broken = _with_first_finding(realistic, ("modality mismatch",), {"modality": {"kind": 3}})
    assert "tells a" not in render(broken, "md")


def test_a_role_shift_says_which_side_gives_the_rank(realistic):
    read = {"rank": "deputy", "side": "source", "words": "Phó"}
    report = _with_first_finding(
        realistic, ("role mismatch",), {"tokens": {"src": ["Phó"], "tgt": []}, "role": read}
    )
    md = render(report, "md")
    assert "Changed: **Phó → ∅**" in md
    assert "the original says a deputy's rank (“Phó”), the translation names an office" in md
    assert "rank (“Phó”), the translation names an office" in render(report, "html")
    broken = _with_first_finding(realistic, ("role mismatch",), {"role": {"rank": "king"}})
    assert "read for a rank" not in render(broken, "md")


def test_a_tested_name_says_how_it_was_tested(realistic):
    """A name found by leaving it out and putting the original's back says so: the
    translation without it, with the original's name, and how much closer each reads."""
    test = {
        "without_name": "L'expédition dirigée par atteignit le sommet.",
        "closer_by": 0.0241,
        "restored": "Karl Brenner",
        "restored_closer_by": 0.0749,
    }
    report = _with_first_finding(
        realistic,
        ("name mismatch",),
        {"tokens": {"src": [], "tgt": ["Marcel Duvivier"]}, "name_test": test},
    )
    md = render(report, "md")
    assert "Changed: **∅ → Marcel Duvivier**" in md
    assert "Tested: without the name the translation reads" in md
    assert "+0.024 cosine closer to the original" in md
    assert "with “Karl Brenner” in its place, +0.075" in md
    assert "tested: without the name the translation reads" in render(report, "html")
    assert "not counted" not in md
    # a name the original states in another sentence: leaving it out is not counted
    stated = _with_first_finding(
        realistic,
        ("name mismatch",),
        {
            "tokens": {"src": [], "tgt": ["Marcel Duvivier"]},
            "name_test": {**test, "stated_elsewhere": 1.0},
        },
    )
    said = render(stated, "md")
    assert "+0.024 cosine closer to the original (not counted: the original states" in said
    assert "a name stands in another's place" not in said
    # the word put back is itself a name of the original ("Nawa Ram"): a name for a name
    named = _with_first_finding(
        realistic,
        ("name mismatch",),
        {
            "tokens": {"src": ["Karl Brenner"], "tgt": ["Marcel Duvivier"]},
            "name_test": {**test, "restored_is_name": 1.0},
        },
    )
    said = render(named, "md")
    assert "in its place, +0.075 (a name of the original: a name stands in another's" in said
    assert "in no dictionary" not in said
    # the word the original's name replaces is in no dictionary (German capitals mark
    # nouns), or is spelled as a name ("Pierre Bordet") the original never states
    for key, words in (
        ("not_in_dictionary", "(the word it replaces is in no dictionary: a name, not a noun)"),
        ("spelled_as_name", "(what it replaces is spelled as a name the original never states)"),
    ):
        unknown = _with_first_finding(
            realistic,
            ("name mismatch",),
            {
                "tokens": {"src": ["Tjurin"], "tgt": ["Gilgit"]},
                "name_test": {**test, key: 1.0},
            },
        )
        said = render(unknown, "md")
        assert f"+0.075 {words}" in said


def _with_addition_evidence(report, evidence: dict):
    """The report with its first addition carrying `evidence`."""
    added = next(f for f in report.findings if f.kind == "addition")
    findings = tuple(
        dataclasses.replace(f, evidence=evidence) if f is added else f for f in report.findings
    )
    return dataclasses.replace(report, findings=findings)


def test_a_short_added_line_says_how_it_was_read(realistic):
    """A short unmatched line is reported because the original around it says nothing
    nearer to it than the rest of the original does; the report says so."""
    evidence = {"features": {"best_match": 0.2, "short": 1.0, "short_unrelated": 0.56}}
    evidence["standout"] = 0.69
    report = _with_addition_evidence(realistic, evidence)
    md = render(report, "md")
    assert "Tested: a short line the original around it does not explain" in md
    assert "0.69 standard deviations above its median match to the whole original" in md
    assert "tested: a short line the original around it does not explain" in render(report, "html")
    # an omission records the same reading but is not decided by it: nothing is said
    omitted = next(f for f in report.findings if f.kind == "omission")
    quiet = dataclasses.replace(omitted, evidence=evidence)
    assert "short line" not in render(dataclasses.replace(report, findings=(quiet,)), "md")


def test_a_sentence_added_inside_a_bead_says_how_it_was_read(realistic):
    """A sentence the aligner put with its neighbour's translation is reported because no
    sentence of the original says it and its bead does not need it; the report says so."""
    evidence = {
        "features": {"sentence_best_match": 0.79},
        "best_match_anywhere": 0.79,
        "leave_out_gain": 0.007,
    }
    md = render(_with_addition_evidence(realistic, evidence), "md")
    assert "Tested: a sentence no sentence of the original says" in md
    assert "best match anywhere in the original is 0.790 (a translation reaches 0.82" in md
    assert "its bead comes +0.007 cosine closer to the original" in md


def test_a_clause_missing_inside_a_bead_says_how_it_was_read(realistic):
    """A dropped clause is reported from its coverage and the length it takes away; the
    report gives both readings, and says so when the length does not show it."""
    omitted = next(f for f in realistic.findings if f.kind == "omission")
    evidence = {
        "part_unit": "clause",
        "part_coverage": 0.781,
        "document_median": 0.874,
        "features": {"part_deficit": 2.6, "part_sentence": 0.0, "part_length_gain": 3.2},
    }
    part = dataclasses.replace(omitted, reasons=("part missing",), evidence=evidence)
    md = render(dataclasses.replace(realistic, findings=(part,)), "md")
    assert "Tested: a clause the translation does not cover: its best match there is 0.781" in md
    assert "2.6 spreads below the document's usual 0.874" in md
    assert "lengths agree 3.2 spreads better (the translation is as much shorter" in md
    evidence["features"]["part_length_gain"] = 5.0  # the reading's cap: no more said
    md = render(dataclasses.replace(realistic, findings=(part,)), "md")
    assert "lengths agree 5 or more spreads better" in md
    evidence["features"]["part_length_gain"] = -0.4
    md = render(dataclasses.replace(realistic, findings=(part,)), "md")
    assert "the translation's length does not show it missing (-0.4 spreads)" in md
    # a whole sentence left out is not a clause, and is not read this way
    whole = dataclasses.replace(omitted, evidence={**evidence, "features": {"best_match": 0.1}})
    assert "does not cover" not in render(dataclasses.replace(realistic, findings=(whole,)), "md")


def test_a_threshold_other_than_the_default_is_said_in_the_summary(realistic):
    """A report made with `--min-confidence` says so in every format's summary, read from
    the signature (so a saved JSON report rendered later says it too)."""
    assert "Reported" not in render(realistic, "md")
    th = "low_similarity=0.25,moved=0.6,min_confidence={},part_deficit=1.5"
    default = dataclasses.replace(realistic, signature={"thresholds": th.format("0.5")})
    assert "Reported" not in render(default, "md")
    for used, said in (("0.3", "less likely findings included"), ("0.8", "ones left out")):
        signature = {**realistic.signature, "thresholds": th.format(used)}
        report = dataclasses.replace(realistic, signature=signature)
        note = f"findings from confidence {float(used):.2f} (default 0.50)"
        assert f"| Reported | {note}: " in render(report, "md") and said in render(report, "md")
        assert f"Reported: {note}" in render(report, "html")
        assert note in render(report, "rich", width=150, color=False)


def test_a_sentence_absorbed_into_a_bead_says_how_it_was_read(realistic):
    """A short source line the aligner put with its neighbour's translation is missing when
    the translation has no room for it; the report gives the length reading in words."""
    omitted = next(f for f in realistic.findings if f.kind == "omission")
    evidence = {
        "part_unit": "sentence",
        "leave_out_gain": 0.004,
        "features": {"sentence_length_gain": 0.405},
    }
    part = dataclasses.replace(omitted, reasons=("part missing",), evidence=evidence)
    md = render(dataclasses.replace(realistic, findings=(part,)), "md")
    assert "Tested: a sentence its bead has no room for: without it the two sides' lengths" in md
    assert "usual ratio 1.50 times better, and the bead's cosine moves +0.004" in md
    assert "does not cover" not in md  # not read as a clause


def test_a_sentence_whose_figures_the_bead_leaves_out_says_how_it_was_read(realistic):
    """A source sentence in a many-to-one bead whose every figure the translation leaves
    out (compare/coverage.figures_unsaid) names the figures; no length reading is claimed."""
    omitted = next(f for f in realistic.findings if f.kind == "omission")
    evidence = {
        "part_unit": "sentence",
        "leave_out_gain": 0.005,
        "figures_unsaid": ["40"],
        "features": {"sentence_figures_unsaid": 1.0},
    }
    part = dataclasses.replace(omitted, reasons=("part missing",), evidence=evidence)
    md = render(dataclasses.replace(realistic, findings=(part,)), "md")
    assert "Tested: a sentence whose figures (“40”) the translation of its bead does not" in md
    assert "gives its neighbour's; the bead's cosine moves +0.005 without it" in md
    assert "no room for" not in md and "does not cover" not in md
    # a hand-edited report whose figures are not a list says nothing of them
    broken = dataclasses.replace(part, evidence={**evidence, "figures_unsaid": "40"})
    assert "whose figures" not in render(dataclasses.replace(realistic, findings=(broken,)), "md")
