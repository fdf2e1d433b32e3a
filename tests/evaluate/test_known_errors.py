"""The hand-adjudicated list of real errors in the published benchmark texts."""

from __future__ import annotations

import pytest
from evalfixtures import real_shared

from transcheck.evaluate import data
from transcheck.evaluate.known_errors import KNOWN, is_known_error, known_for
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
