"""Matching findings to planted edits: what counts as found, what counts as a false alarm."""

from __future__ import annotations

from transcheck.evaluate.data import ParallelDoc
from transcheck.evaluate.detect import (
    Tally,
    attribute,
    compatible,
    kinds_for,
    score_clean,
    score_perturbed,
    summarize,
)
from transcheck.evaluate.perturb import KINDS, Edit, PerturbedDoc
from transcheck.model import Finding


def F(kind, src=(), tgt=(), reasons=(), confidence=0.9):
    return Finding(kind, "high", confidence, tuple(src), tuple(tgt), "", "", tuple(reasons))


def _doc(n: int = 10) -> ParallelDoc:
    texts = tuple(f"s{i}" for i in range(n))
    return ParallelDoc("d", "en", "vi", texts, texts, tuple(((i,), (i,)) for i in range(n)))


def _pdoc(edits: list[Edit], n_tgt: int = 10) -> PerturbedDoc:
    return PerturbedDoc(_doc(), tuple(f"t{j}" for j in range(n_tgt)), None, tuple(edits), (), 0)


def test_compatibility_rules():
    om = Edit("omission", (3, 4), ())
    assert compatible(F("omission", src=[4]), om)
    assert not compatible(F("omission", src=[5]), om)
    assert not compatible(F("shift", src=[4], tgt=[3]), om)
    num = Edit("number", (2,), (2,))
    assert compatible(F("shift", src=[2], tgt=[2]), num)
    assert not compatible(F("shift", src=[1], tgt=[2]), num)  # wrong pair
    assert not compatible(F("addition", tgt=[2]), num)
    part = Edit("partial", (6,), (6,))
    assert compatible(F("omission", src=[6]), part)
    moved = Edit("moved", (1,), (8,))
    assert compatible(F("moved", src=[1], tgt=[8]), moved)
    assert compatible(F("addition", tgt=[8]), moved, moved_pairs=True)
    assert not compatible(F("addition", tgt=[8]), moved, moved_pairs=False)


def test_unmatched_shift_is_attributed_by_reason():
    assert attribute(F("shift", reasons=["number mismatch"])) == "number"
    assert attribute(F("shift", reasons=["name mismatch"])) == "name"
    assert attribute(F("shift", reasons=["low similarity"])) == "partial"
    assert attribute(F("addition")) == "addition"


def test_scoring_one_document():
    edits = [Edit("omission", (1,), ()), Edit("number", (5,), (4,)), Edit("moved", (8,), (0,))]
    findings = [
        F("omission", src=[1]),  # finds the omission
        F("shift", src=[5], tgt=[4], reasons=["number mismatch"]),  # finds the number
        F("omission", src=[8]),  # half of the moved pair
        F("addition", tgt=[0]),  # other half
        F("shift", src=[2], tgt=[2], reasons=["low similarity"], confidence=0.4),  # stray
    ]
    pair, strict = Tally(), Tally()
    score_perturbed(pair, _pdoc(edits), findings, pairs=True)
    score_perturbed(strict, _pdoc(edits), findings, pairs=False)
    s = summarize(pair)["per_kind"]
    assert s["omission"]["recall"] == 1.0 and s["omission"]["precision"] == 1.0
    assert s["number"]["recall"] == 1.0 and s["number"]["reason_agrees"] == 1
    assert s["moved"]["recall"] == 1.0  # omission + addition count as the move
    assert s["partial"]["precision"] == 0.0  # the stray low-similarity shift
    assert pair.stray == 1
    st = summarize(strict)["per_kind"]
    assert st["moved"]["recall"] == 0.0  # no finding of kind "moved"
    assert st["addition"]["findings_fp"] == 1


def test_moved_needs_both_halves_in_pair_mode():
    t = Tally()
    score_perturbed(t, _pdoc([Edit("moved", (8,), (0,))]), [F("omission", src=[8])], pairs=True)
    assert t.detected["moved"] == 0 and t.tp["moved"] == 1


def test_false_alarms_per_100_sentences_on_clean_documents():
    t = Tally()
    score_clean(t, _doc(50), [F("shift", [1], [1], ["number mismatch"]), F("addition", (), [7])])
    score_clean(t, _doc(50), [])
    fa = summarize(t)["false_alarms"]
    assert fa["untouched_docs_per_100"] == 2.0
    assert fa["untouched_docs_findings"] == {"shift": 1, "addition": 1}
    assert fa["untouched_docs_reasons"] == {"number mismatch": 1, "(no reason)": 1}


def test_kinds_rotate_evenly():
    counts = dict.fromkeys(KINDS, 0)
    for i in range(14):
        for k in kinds_for(i, 3):
            counts[k] += 1
    assert set(counts.values()) == {6}


def _lined_doc(n: int = 10) -> ParallelDoc:
    """A document whose sentences stand on corpus lines 101…"""
    texts = tuple(f"s{i}" for i in range(n))
    beads = tuple(((i,), (i,)) for i in range(n))
    return ParallelDoc("d", "en", "vi", texts, texts, beads, src_lines=tuple(range(101, 101 + n)))


KNOWN = {103: (frozenset({"number"}), "a listed real error on corpus line 103")}


def test_a_finding_on_a_listed_real_error_is_no_false_alarm_but_counts_raw():
    right = F("shift", src=[2], tgt=[2], reasons=["number mismatch"])  # line 103, listed
    other_kind = F("shift", src=[2], tgt=[2], reasons=["name mismatch"])  # listed for numbers
    elsewhere = F("shift", src=[5], tgt=[5], reasons=["number mismatch"])  # line 106
    t = Tally()
    score_clean(t, _lined_doc(), [right, other_kind, elsewhere], KNOWN)
    s = summarize(t)
    assert s["reference_errors"] == {"found": 1, "on_untouched_docs": 1}
    assert s["false_alarms"]["untouched_docs_per_100"] == 20.0  # 2 of 10 sentences
    assert s["false_alarms"]["untouched_docs_per_100_raw"] == 30.0
    assert t.correct.count(True) == 1  # calibration counts it as right
    # without the list (another corpus) every finding is a false alarm
    plain = Tally()
    score_clean(plain, _lined_doc(), [right, other_kind, elsewhere])
    assert summarize(plain)["false_alarms"]["untouched_docs_per_100"] == 30.0


def test_a_listed_error_lowers_precision_only_in_the_raw_figures():
    edits = [Edit("number", (7,), (7,))]
    pdoc = PerturbedDoc(_lined_doc(), tuple(f"t{j}" for j in range(10)), None, tuple(edits), (), 0)
    found = F("shift", src=[7], tgt=[7], reasons=["number mismatch"])
    on_listed = F("shift", src=[2], tgt=[2], reasons=["number mismatch"])
    t = Tally()
    score_perturbed(t, pdoc, [found, on_listed], pairs=True, known=KNOWN)
    row = summarize(t)["per_kind"]["number"]
    assert row["precision"] == 1.0 and row["f1"] == 1.0
    assert row["reference_errors_found"] == 1
    assert row["f1_raw"] == 2 * 0.5 * 1.0 / 1.5
    assert t.stray == 0
