"""Scores for alignment, detection and calibration; pure functions over plain sequences.

Alignment scores follow vecalign's `score.py` (Thompson & Koehn 2019, after Sennrich & Volk
2011): precision over every non-empty test bead, recall over gold beads non-empty on both
sides, "strict" = identical bead, "lax" = overlap on the source and on the target side.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

BeadLike = tuple[Sequence[int], Sequence[int]]


@dataclass(frozen=True)
class PRF:
    """Precision, recall and F1 with the counts behind them (so tables can be re-added)."""

    precision: float
    recall: float
    f1: float
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


def f1_score(precision: float, recall: float) -> float:
    """Harmonic mean; 0 when both are 0 (vecalign's value for a division by zero)."""
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def prf(tp: int, fp: int, fn: int) -> PRF:
    """P/R/F1 from counts; an empty denominator gives 0, as in vecalign."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return PRF(p, r, f1_score(p, r), tp, fp, fn)


# --- alignment ---------------------------------------------------------------------------


@dataclass(frozen=True)
class AlignmentScores:
    strict: PRF
    lax: PRF

    def as_dict(self) -> dict[str, dict[str, float | int]]:
        return {"strict": self.strict.as_dict(), "lax": self.lax.as_dict()}


def _norm(beads: Iterable[BeadLike]) -> set[tuple[tuple[int, ...], tuple[int, ...]]]:
    return {(tuple(s), tuple(t)) for s, t in beads if len(s) or len(t)}


def _match_counts(gold: Iterable[BeadLike], test: Iterable[BeadLike]) -> tuple[int, int, int, int]:
    """Count (strict hits, strict misses, lax hits, lax misses) of `test` beads against `gold`.

    A test bead is a lax hit when one of its source sentences is linked in the gold to one of
    its target sentences; beads empty on either side can only be strict hits.
    """
    gold_set = _norm(gold)
    linked: dict[int, set[int]] = defaultdict(set)
    for g_src, g_tgt in gold_set:
        for i in g_src:
            linked[i].update(g_tgt)
    s_hit = s_miss = l_hit = l_miss = 0
    for bead in _norm(test):
        if bead in gold_set:
            s_hit += 1
            l_hit += 1
            continue
        s_miss += 1
        reachable = set().union(*(linked.get(i, set()) for i in bead[0])) if bead[0] else set()
        if reachable & set(bead[1]):
            l_hit += 1
        else:
            l_miss += 1
    return s_hit, s_miss, l_hit, l_miss


def score_alignments(
    gold_docs: Sequence[Sequence[BeadLike]], test_docs: Sequence[Sequence[BeadLike]]
) -> AlignmentScores:
    """Strict and lax P/R/F1 pooled over documents, as vecalign's `score_multiple`.

    Recall swaps the roles of gold and test after dropping one-sided beads from both, so
    0-1/1-0 gold beads never count toward recall.
    """
    if len(gold_docs) != len(test_docs):
        raise ValueError("need as many test alignments as gold alignments")
    p = np.zeros(4, dtype=np.int64)
    r = np.zeros(4, dtype=np.int64)
    for gold, test in zip(gold_docs, test_docs, strict=True):
        p += _match_counts(gold, test)
        two_sided_test = [(s, t) for s, t in test if len(s) and len(t)]
        two_sided_gold = [(s, t) for s, t in gold if len(s) and len(t)]
        r += _match_counts(two_sided_test, two_sided_gold)

    def ratio(hit: int, miss: int) -> float:
        return float(hit / (hit + miss)) if hit + miss else 0.0

    ps, pl = ratio(p[0], p[1]), ratio(p[2], p[3])
    rs, rl = ratio(r[0], r[1]), ratio(r[2], r[3])
    strict = PRF(ps, rs, f1_score(ps, rs), int(p[0]), int(p[1]), int(r[1]))
    lax = PRF(pl, rl, f1_score(pl, rl), int(p[2]), int(p[3]), int(r[3]))
    return AlignmentScores(strict=strict, lax=lax)


def score_alignment(gold: Sequence[BeadLike], test: Sequence[BeadLike]) -> AlignmentScores:
    """Scores of one document's alignment."""
    return score_alignments([gold], [test])


# --- ranking -----------------------------------------------------------------------------


def _as_arrays(labels: Sequence[bool | int], scores: Sequence[float]) -> tuple[np.ndarray, ...]:
    y = np.asarray(labels, dtype=bool)
    s = np.asarray(scores, dtype=float)
    if y.shape != s.shape or y.ndim != 1:
        raise ValueError("labels and scores must be 1-D and of the same length")
    if np.isnan(s).any():
        raise ValueError("scores contain NaN")
    return y, s


def _average_ranks(values: np.ndarray) -> np.ndarray:
    """1-based ranks with ties sharing their mean rank (as scipy's rankdata 'average')."""
    order = np.argsort(values, kind="mergesort")
    sorted_vals = values[order]
    ranks = np.empty(len(values), dtype=float)
    start = 0
    n = len(values)
    while start < n:
        end = start
        while end + 1 < n and sorted_vals[end + 1] == sorted_vals[start]:
            end += 1
        ranks[order[start : end + 1]] = (start + end) / 2 + 1
        start = end + 1
    return ranks


def roc_auc(labels: Sequence[bool | int], scores: Sequence[float]) -> float:
    """Area under the ROC curve (positives = True = bad), ties counted as half.

    This is the Mann–Whitney U statistic; NaN when one class is absent.
    """
    y, s = _as_arrays(labels, scores)
    n_pos = int(y.sum())
    n_neg = len(y) - n_pos
    if n_pos == 0 or n_neg == 0:
        return math.nan
    ranks = _average_ranks(s)
    u = ranks[y].sum() - n_pos * (n_pos + 1) / 2
    return float(u / (n_pos * n_neg))


@dataclass(frozen=True)
class OperatingPoint:
    threshold: float  # flag when score >= threshold
    recall: float
    false_alarm_rate: float
    flagged: int


def recall_at_far(
    labels: Sequence[bool | int], scores: Sequence[float], far: float = 0.05
) -> OperatingPoint:
    """Highest recall whose false-alarm rate (share of negatives flagged) stays <= `far`.

    Flags are `score >= threshold` and thresholds are observed scores, so tied scores are
    flagged together (a tie is never split to hit the rate exactly).
    """
    y, s = _as_arrays(labels, scores)
    n_pos, n_neg = int(y.sum()), int((~y).sum())
    best = OperatingPoint(math.inf, 0.0, 0.0, 0)
    for t in np.unique(s)[::-1]:  # descending: recall only grows
        flagged = s >= t
        fa = (flagged & ~y).sum() / n_neg if n_neg else 0.0
        if fa > far:
            break
        rec = (flagged & y).sum() / n_pos if n_pos else 0.0
        best = OperatingPoint(float(t), float(rec), float(fa), int(flagged.sum()))
    return best


def recall_at_threshold(labels: Sequence[bool | int], scores: Sequence[float], t: float) -> float:
    """Share of positives with score >= t (NaN without positives)."""
    y, s = _as_arrays(labels, scores)
    return float((s[y] >= t).mean()) if y.any() else math.nan


# --- calibration -------------------------------------------------------------------------


@dataclass(frozen=True)
class ReliabilityBin:
    low: float
    high: float
    count: int
    mean_confidence: float  # NaN when empty
    accuracy: float  # share of correct outcomes; NaN when empty


def reliability_table(
    confidences: Sequence[float], outcomes: Sequence[bool | int], n_bins: int = 10
) -> list[ReliabilityBin]:
    """Equal-width bins over [0, 1]; a confidence of exactly 1.0 falls in the last bin."""
    y, c = _as_arrays(outcomes, confidences)
    if ((c < 0) | (c > 1)).any():
        raise ValueError("confidences must lie in [0, 1]")
    idx = np.minimum((c * n_bins).astype(int), n_bins - 1)
    table = []
    for b in range(n_bins):
        m = idx == b
        n = int(m.sum())
        table.append(
            ReliabilityBin(
                b / n_bins,
                (b + 1) / n_bins,
                n,
                float(c[m].mean()) if n else math.nan,
                float(y[m].mean()) if n else math.nan,
            )
        )
    return table


def expected_calibration_error(
    confidences: Sequence[float], outcomes: Sequence[bool | int], n_bins: int = 10
) -> float:
    """Count-weighted mean |accuracy - confidence| over equal-width bins (0 is perfect)."""
    table = reliability_table(confidences, outcomes, n_bins)
    total = sum(b.count for b in table)
    if total == 0:
        return math.nan
    return sum(b.count * abs(b.accuracy - b.mean_confidence) for b in table if b.count) / total


@dataclass(frozen=True)
class IsotonicMap:
    """A non-decreasing step map from raw score to probability, fitted by pool-adjacent-violators.

    Between knots it interpolates linearly; outside it clips to the end values.
    """

    knots_x: tuple[float, ...]
    knots_y: tuple[float, ...]

    def __call__(self, x: float | Sequence[float] | np.ndarray) -> np.ndarray:
        return np.interp(np.asarray(x, dtype=float), self.knots_x, self.knots_y)


def fit_isotonic(scores: Sequence[float], outcomes: Sequence[bool | int]) -> IsotonicMap:
    """Least-squares non-decreasing fit of outcome on score (PAV); ties pooled first."""
    y, s = _as_arrays(outcomes, scores)
    if len(s) == 0:
        raise ValueError("cannot calibrate on no data")
    xs, inverse = np.unique(s, return_inverse=True)
    sums = np.bincount(inverse, weights=y.astype(float))
    weights = np.bincount(inverse).astype(float)
    # blocks: [mean, weight, first index, last index]
    blocks: list[list[float]] = []
    for i in range(len(xs)):
        blocks.append([sums[i] / weights[i], weights[i], i, i])
        while len(blocks) > 1 and blocks[-2][0] > blocks[-1][0]:
            m2, w2, _, e2 = blocks.pop()
            m1, w1, s1, _ = blocks.pop()
            blocks.append([(m1 * w1 + m2 * w2) / (w1 + w2), w1 + w2, s1, e2])
    kx: list[float] = []
    ky: list[float] = []
    for mean, _, first, last in blocks:
        for j in {int(first), int(last)}:
            kx.append(float(xs[j]))
            ky.append(float(mean))
    order = np.argsort(kx, kind="mergesort")
    return IsotonicMap(tuple(np.asarray(kx)[order]), tuple(np.asarray(ky)[order]))


def _sigmoid(z: np.ndarray) -> np.ndarray:
    """Logistic function without overflow for large |z|."""
    return 0.5 * (1.0 + np.tanh(0.5 * z))


@dataclass(frozen=True)
class PlattMap:
    """p = 1 / (1 + exp(-(a * score + b)))."""

    a: float
    b: float

    def __call__(self, x: float | Sequence[float] | np.ndarray) -> np.ndarray:
        return _sigmoid(self.a * np.asarray(x, dtype=float) + self.b)


def fit_platt(
    scores: Sequence[float], outcomes: Sequence[bool | int], iterations: int = 100
) -> PlattMap:
    """Logistic fit by Newton's method with Platt's smoothed targets (avoids infinite slopes)."""
    y, s = _as_arrays(outcomes, scores)
    n_pos, n_neg = int(y.sum()), int((~y).sum())
    target = np.where(y, (n_pos + 1) / (n_pos + 2), 1 / (n_neg + 2))
    a, b = 0.0, math.log((n_pos + 1) / (n_neg + 1))
    for _ in range(iterations):
        p = _sigmoid(a * s + b)
        w = p * (1 - p) + 1e-12
        g = np.array([((p - target) * s).sum(), (p - target).sum()])
        h = np.array([[(w * s * s).sum(), (w * s).sum()], [(w * s).sum(), w.sum()]])
        h += np.eye(2) * 1e-9
        step = np.linalg.solve(h, g)
        a, b = a - step[0], b - step[1]
        if np.abs(step).max() < 1e-10:
            break
    return PlattMap(float(a), float(b))
