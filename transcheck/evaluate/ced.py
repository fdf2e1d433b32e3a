"""`transcheck eval ced`: rank WMT22 critical-error pairs (en→de) by our 1-1 risk score.

The dev labels say only OK/BAD. The error categories (NUM, NE, DEL/ADD) are recovered from
the surface where they can be: figures differ between source and MT; a name of the source
(capitalised, not sentence-initial, one the MT usually keeps verbatim) is missing from
the MT; the length ratio is an outlier
(robust z-score of log character ratio beyond 2.5, short = omission-like, long =
addition-like). A pair can fall in several categories; "other" is the rest. Recall per
category is taken at the overall 5%-false-alarm threshold, so the rows are comparable.

The shipped risk weights were fitted on this dev set (bench/fit_risk.py), so scoring it
with them is in-sample. `folds=K` gives the honest number instead: the features of
risk_features.py are computed as `transcheck eval ced` computes them, and each pair is
scored by a logistic regression fitted on the other K-1 folds of the sample.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from transcheck.evaluate.data import CED_ENDE, CedData, stratified_sample
from transcheck.evaluate.metrics import (
    expected_calibration_error,
    fit_platt,
    recall_at_far,
    recall_at_threshold,
    roc_auc,
)
from transcheck.evaluate.signature import eval_signature
from transcheck.text.names import fold

ScoreFn = Callable[..., Sequence[float]]
CATEGORIES = ("number", "name", "shorter", "longer", "other")

_FIGURE = re.compile(r"\d+(?:[.,\s]\d{3})*(?:[.,]\d+)?")
_WORD = re.compile(r"[^\W\d_][\w\-]*")


def figures(text: str) -> list[str]:
    """Figures with separators removed (1,000 = 1.000 = 1000; 3.5 = 3,5), as a sorted list."""
    return sorted(re.sub(r"\D", "", m.group()) for m in _FIGURE.finditer(text))


def source_names(text: str) -> list[str]:
    """Capitalised words after the first word of an English sentence (likely names)."""
    words = _WORD.findall(text)
    return [w for w in words[1:] if w[0].isupper() and len(w) > 1 and w not in {"I", "I'm"}]


def _missing_names(src: Sequence[str], mt: Sequence[str], prefix: int = 4) -> list[set[str]]:
    """Per pair, source names missing from the MT, counting only names that usually survive.

    A capitalised source word counts when its folded first letters occur in the MT of most
    other pairs that contain it (names kept verbatim: Jokowi, G-20), or when it occurs only
    once; words the MT usually translates (Germany, President) are ignored.
    """
    seen: dict[str, int] = {}
    kept: dict[str, int] = {}
    missing: list[set[str]] = []
    for s, m in zip(src, mt, strict=True):
        folded = fold(m)
        miss = set()
        for w in set(source_names(s)):
            seen[w] = seen.get(w, 0) + 1
            if fold(w)[:prefix] in folded:
                kept[w] = kept.get(w, 0) + 1
            else:
                miss.add(w)
        missing.append(miss)
    return [
        {w for w in miss if seen[w] == 1 or kept.get(w, 0) / (seen[w] - 1) >= 0.5}
        for miss in missing
    ]


def categories(src: Sequence[str], mt: Sequence[str], z_cut: float = 2.5) -> list[set[str]]:
    """Recoverable error categories per pair (see module docstring)."""
    ratio = np.array([math.log((len(m) + 1) / (len(s) + 1)) for s, m in zip(src, mt, strict=True)])
    med = float(np.median(ratio)) if len(ratio) else 0.0
    # robust spread of the log length ratio, floored so near-identical pairs don't make it 0
    mad = max(float(np.median(np.abs(ratio - med))) * 1.4826, 0.05) if len(ratio) else 0.0
    names = _missing_names(src, mt)
    out = []
    for n, (s, m) in enumerate(zip(src, mt, strict=True)):
        cats: set[str] = set()
        if figures(s) != figures(m):
            cats.add("number")
        if names[n]:
            cats.add("name")
        if mad > 0:
            z = (ratio[n] - med) / mad
            if z < -z_cut:
                cats.add("shorter")
            elif z > z_cut:
                cats.add("longer")
        out.append(cats or {"other"})
    return out


def fold_ids(labels: Sequence[bool | int], folds: int, seed: int = 0) -> np.ndarray:
    """A stratified fold number per item: each fold gets its share of both classes."""
    y = np.asarray(labels, dtype=bool)
    rng = np.random.default_rng(seed)
    out = np.zeros(len(y), dtype=int)
    for label in (False, True):
        members = np.flatnonzero(y == label)
        rng.shuffle(members)
        out[members] = np.arange(len(members)) % folds
    return out


def out_of_fold(
    x: np.ndarray, labels: Sequence[bool | int], folds: int = 5, seed: int = 0, l2: float = 1.0
) -> np.ndarray:
    """Risk per row from a logistic regression fitted without that row's fold."""
    from transcheck.compare.risk import fit_logistic

    if folds < 2:
        raise ValueError("out-of-fold scoring needs at least 2 folds")
    y = np.asarray(labels, dtype=float)
    fold = fold_ids(labels, folds, seed)
    scores = np.zeros(len(y))
    for f in range(folds):
        test = fold == f
        coef, bias = fit_logistic(x[~test], y[~test], l2)
        scores[test] = 1.0 / (1.0 + np.exp(-(x[test] @ coef + bias)))
    return scores


def _features(src: list[str], mt: list[str], options: Any, batch: int, progress) -> np.ndarray:
    """risk_features for the pairs, in the batches `score_pairs` would see."""
    from transcheck.compare.embed import make_embedder
    from transcheck.compare.risk_features import pair_features

    use_cache = getattr(options, "use_cache", True)
    embedder = make_embedder(use_cache, getattr(options, "cache_dir", None))
    rows = []
    try:
        for k in range(0, len(src), batch):
            rows.append(
                pair_features(src[k : k + batch], mt[k : k + batch], "en", "de", embedder.embed)
            )
            if progress:
                progress(f"features {min(k + batch, len(src))}/{len(src)}")
    finally:
        embedder.close()
    return np.vstack(rows)


def evaluate_ced(
    data: CedData,
    score: ScoreFn,
    *,
    limit: int | None = None,
    seed: int = 0,
    far: float = 0.05,
    batch: int = 500,
    options: Any = None,
    progress: Callable[[str], None] | None = None,
    folds: int | None = None,
) -> dict[str, Any]:
    """Score (a sample of) the pairs: AUC and recall at `far`, overall and by category.

    With `folds`, `score` is not used: the pairs get out-of-fold risks (module docstring).
    """
    idx = stratified_sample(data.bad, limit, seed)
    src = [data.src[i] for i in idx]
    mt = [data.mt[i] for i in idx]
    bad = [data.bad[i] for i in idx]
    started = time.perf_counter()
    scores: list[float] = []
    if folds:
        x = _features(src, mt, options, batch, progress)
        scores = [float(v) for v in out_of_fold(x, bad, folds, seed)]
    else:
        extra = {"options": options} if options is not None else {}
        for k in range(0, len(src), batch):
            part = score(src[k : k + batch], mt[k : k + batch], "en", "de", **extra)
            scores.extend(float(x) for x in part)
            if progress:
                progress(f"scored {len(scores)}/{len(src)}")
    seconds = time.perf_counter() - started
    if len(scores) != len(src):
        raise ValueError(f"score_pairs returned {len(scores)} scores for {len(src)} pairs")
    op = recall_at_far(bad, scores, far)
    # categories use corpus-wide statistics (names usually kept), so compute them on all pairs
    all_cats = categories(data.src, data.mt)
    cats = [all_cats[i] for i in idx]
    per_cat = {}
    y = np.asarray(bad)
    s = np.asarray(scores)
    for c in CATEGORIES:
        m = np.array([c in cs for cs in cats], dtype=bool)
        per_cat[c] = {
            "pairs": int(m.sum()),
            "bad": int((m & y).sum()),
            "auc": roc_auc(y[m], s[m]) if m.any() else math.nan,
            "recall_at_far": recall_at_threshold(y[m], s[m], op.threshold) if m.any() else math.nan,
        }
    in_unit = bool(((s >= 0) & (s <= 1)).all())
    sig = eval_signature(
        options,
        data=CED_ENDE,
        pairs=len(src),
        bad=int(y.sum()),
        sample=f"stratified:{limit}:seed{seed}" if limit else "all",
        mt="none",
        **({"scores": f"out-of-fold:{folds}"} if folds else {}),
    )
    return {
        "signature": sig,
        "pairs": len(src),
        "bad": int(y.sum()),
        "auc": roc_auc(bad, scores),
        "far": far,
        "recall_at_far": op.recall,
        "threshold": op.threshold,
        "achieved_far": op.false_alarm_rate,
        "per_category": per_cat,
        "ece": expected_calibration_error(scores, bad) if in_unit else math.nan,
        "platt": fit_platt(scores, bad).__dict__ if len(set(bad)) == 2 else None,
        "seconds": round(seconds, 2),
        "pairs_per_second": round(len(src) / seconds, 1) if seconds > 0 else math.inf,
    }
