"""The hand-adjudicated list of real errors in the published benchmark texts."""

from __future__ import annotations

import pytest
from evalfixtures import real_shared

from transcheck.evaluate import data
from transcheck.evaluate.known_errors import KNOWN, is_known_error, known_for, read_backwards
from transcheck.evaluate.perturb import KINDS
from transcheck.text.anchors import extract


def test_every_entry_names_kinds_the_benchmark_reports_and_a_reason():
    assert set(KNOWN) == {"iwslt-envi", "defr"}
    for entries in KNOWN.values():
        for line, (kinds, why) in entries.items():
            assert line > 0 and kinds and kinds <= set(KINDS) and len(why) > 10


def test_an_unknown_corpus_excuses_nothing():
    assert known_for("another-corpus") == {}
    assert not is_known_error("number", [0], [394], known_for("another-corpus"))


def test_a_finding_is_excused_only_on_a_listed_line_and_kind():
    known = known_for("iwslt-envi")
    assert is_known_error("number", [1], [393, 394], known)
    assert not is_known_error("name", [1], [393, 394], known)
    assert not is_known_error("number", [0], [393, 394], known)
    assert not is_known_error("number", [0], None, known)  # a document without line numbers


@pytest.mark.skipif(real_shared() is None, reason="../shared/data is not available")
def test_listed_number_errors_sit_on_source_lines_that_state_a_figure():
    root = real_shared()
    en, _ = data.load_iwslt_envi(root)
    de = data.load_align_defr(root).src
    for corpus, lines, lang in (("iwslt-envi", en, "en"), ("defr", de, "de")):
        for line, (kinds, _why) in KNOWN[corpus].items():
            assert line <= len(lines)
            if kinds == {"number"}:
                anchors = extract(lines[line - 1], lang)
                assert anchors.numbers or anchors.dates, (corpus, line)


def test_read_backwards_a_listed_error_moves_to_the_translation_lines_of_its_bead():
    # a 2-1 bead: source lines 11 and 12 (12 listed) ↔ translation line 14; and a 1-1
    forward = data.ParallelDoc(
        "d",
        "de",
        "fr",
        ("a", "b", "c"),
        ("x", "y"),
        (((0, 1), (0,)), ((2,), (1,))),
        src_lines=(11, 12, 13),
        tgt_lines=(14, 15),
    )
    known = {
        12: (frozenset({"number"}), "a listed figure on line 12"),
        13: (frozenset({"omission", "partial"}), "a clause left out on line 13"),
    }
    back = data.reversed_doc(forward)
    read = read_backwards(known, [back])
    assert read == {
        14: (frozenset({"number"}), "a listed figure on line 12"),
        15: (frozenset({"addition", "partial"}), "a clause left out on line 13"),
    }
    # a finding on the new source's first sentence (line 14) is excused for numbers only
    assert is_known_error("number", [0], back.src_lines, read)
    assert not is_known_error("omission", [1], back.src_lines, read)
    assert is_known_error("addition", [1], back.src_lines, read)


@pytest.mark.skipif(real_shared() is None, reason="../shared/data is not available")
def test_a_clause_the_subtitle_adds_excuses_its_english_translation_missing_it_backwards():
    # line 918: the Vietnamese names whose video it is; read backwards, an English
    # translation without that clause is a real omission, not an addition
    root = real_shared()
    en, vi = data.load_iwslt_envi(root)
    assert "Vaxquez" in vi[917] and "Vaxquez" not in en[917]
    docs = data.iwslt_documents(root, seed=29)
    back = [data.reversed_doc(d) for d in docs]
    read = read_backwards(known_for("iwslt-envi"), back)
    (doc,) = [d for d in back if 918 in d.src_lines]
    i = doc.src_lines.index(918)
    assert is_known_error("omission", [i], doc.src_lines, read)
    assert is_known_error("partial", [i], doc.src_lines, read)
    assert not is_known_error("addition", [i], doc.src_lines, read)
