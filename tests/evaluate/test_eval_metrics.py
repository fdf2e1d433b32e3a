"""Metrics on tiny hand cases whose answers are worked out in the comments."""

from __future__ import annotations

import math

import numpy as np
import pytest

from transcheck.evaluate.metrics import (
    expected_calibration_error,
    fit_isotonic,
    fit_platt,
    prf,
    recall_at_far,
    reliability_table,
    roc_auc,
    score_alignment,
    score_alignments,
)

GOLD = [([0], [0]), ([1], [1, 2]), ([], [3]), ([2], [4])]
TEST = [([0], [0]), ([1], [1]), ([], [2]), ([], [3]), ([2], [4])]


def test_alignment_strict_and_lax_as_vecalign():
    s = score_alignment(GOLD, TEST)
    # precision over 5 test beads: exact [0]-[0], []-[3], [2]-[4]; [1]-[1] overlaps gold [1]-[1,2]
    assert s.strict.precision == pytest.approx(3 / 5)
    assert s.lax.precision == pytest.approx(4 / 5)
    # recall over the 3 gold beads non-empty on both sides; []-[3] does not count
    assert s.strict.recall == pytest.approx(2 / 3)
    assert s.lax.recall == pytest.approx(1.0)
    assert s.strict.f1 == pytest.approx(2 * 0.6 * (2 / 3) / (0.6 + 2 / 3))
    assert s.lax.f1 == pytest.approx(2 * 0.8 / 1.8)


def test_alignment_perfect_and_pooled_over_documents():
    assert score_alignment(GOLD, GOLD).strict.f1 == 1.0
    pooled = score_alignments([GOLD, GOLD], [GOLD, TEST])
    # 4 + 3 strict hits of 4 + 5 test beads
    assert pooled.strict.precision == pytest.approx(7 / 9)
    assert pooled.strict.recall == pytest.approx(5 / 6)


def test_alignment_one_sided_test_bead_is_never_a_lax_hit():
    s = score_alignment([([0], [0])], [([0], []), ([], [0])])
    assert s.strict.precision == 0.0 and s.lax.precision == 0.0
    assert s.strict.recall == 0.0


def test_alignment_needs_matching_document_counts():
    with pytest.raises(ValueError):
        score_alignments([GOLD], [])


def test_prf_counts_and_empty_denominators():
    r = prf(tp=3, fp=1, fn=2)
    assert (r.precision, r.recall) == (0.75, 0.6)
    assert r.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert prf(0, 0, 0).f1 == 0.0


def test_roc_auc_counts_ties_as_half():
    # positives 0.9, 0.4 vs negatives 0.1, 0.4: 1 + 1 + 1 + 0.5 of 4 pairs
    assert roc_auc([1, 0, 1, 0], [0.9, 0.1, 0.4, 0.4]) == pytest.approx(0.875)
    assert roc_auc([1, 1, 0, 0], [0.8, 0.7, 0.2, 0.1]) == 1.0
    assert roc_auc([1, 0], [0.5, 0.5]) == 0.5
    assert math.isnan(roc_auc([0, 0], [0.1, 0.2]))


def test_roc_auc_matches_pairwise_definition_on_random_data():
    rng = np.random.default_rng(0)
    y = rng.random(60) < 0.3
    s = np.round(rng.random(60), 1)  # many ties
    pos, neg = s[y], s[~y]
    pairwise = ((pos[:, None] > neg[None, :]) + 0.5 * (pos[:, None] == neg[None, :])).mean()
    assert roc_auc(y, s) == pytest.approx(pairwise)


def test_recall_at_far_keeps_false_alarms_under_the_rate():
    neg = [k / 20 for k in range(20)]  # 0.00 … 0.95
    labels = [0] * 20 + [1, 1, 1]
    op = recall_at_far(labels, [*neg, 0.99, 0.96, 0.5], far=0.05)
    # one negative of 20 (0.95) may be flagged; 0.5 stays below the threshold
    assert op.threshold == 0.95
    assert op.recall == pytest.approx(2 / 3)
    assert op.false_alarm_rate == pytest.approx(0.05)


def test_recall_at_far_never_splits_a_tie():
    neg = [k / 20 for k in range(19)] + [0.9]  # two negatives tied at 0.9
    op = recall_at_far([0] * 20 + [1, 1], [*neg, 0.99, 0.9], far=0.05)
    assert op.threshold == 0.99 and op.recall == 0.5
    constant = recall_at_far([0, 0, 1, 1], [0.3] * 4)
    assert constant.recall == 0.0


def test_expected_calibration_error_hand_case():
    # bin 0.9: confidence 0.9, right 1 of 2 → gap 0.4; bin 0.1: confidence 0.1, right 0 of 2
    assert expected_calibration_error([0.9, 0.9, 0.1, 0.1], [1, 0, 0, 0]) == pytest.approx(0.25)
    assert expected_calibration_error([1.0, 0.0], [1, 0]) == 0.0


def test_reliability_table_bins():
    table = reliability_table([0.05, 0.15, 0.95, 1.0], [0, 0, 1, 1], n_bins=10)
    assert len(table) == 10
    assert table[0].count == 1 and table[1].count == 1
    assert table[9].count == 2 and table[9].accuracy == 1.0
    assert table[5].count == 0 and math.isnan(table[5].accuracy)
    with pytest.raises(ValueError):
        reliability_table([1.5], [1])


def test_isotonic_fit_pools_violators_and_is_monotone():
    iso = fit_isotonic([1, 2, 3, 4], [0, 1, 0, 1])
    assert iso([1, 2, 3, 4]).tolist() == [0.0, 0.5, 0.5, 1.0]
    assert iso(0.0) == 0.0 and iso(10.0) == 1.0
    xs = np.linspace(0, 5, 50)
    assert (np.diff(iso(xs)) >= 0).all()


def test_platt_fit_recovers_rates():
    scores = [0.0] * 100 + [1.0] * 100
    outcomes = [k < 10 for k in range(100)] + [k < 90 for k in range(100)]
    platt = fit_platt(scores, outcomes)
    p0, p1 = platt([0.0, 1.0])
    assert p0 == pytest.approx(0.1, abs=0.02)
    assert p1 == pytest.approx(0.9, abs=0.02)
    assert platt.a > 0
