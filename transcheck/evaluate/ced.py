"""`transcheck eval ced`: rank WMT22 critical-error pairs (en→de) by our 1-1 risk score.

The dev labels say only OK/BAD. The error categories (NUM, NE, DEL/ADD) are recovered from
the surface where they can be: figures differ between source and MT; a name of the source
(capitalised, not sentence-initial, one the MT usually keeps verbatim) is missing from
the MT; the length ratio is an outlier
(robust z-score of log character ratio beyond 2.5, short = omission-like, long =
addition-like). A pair can fall in several categories; "other" is the rest. Recall per
category is taken at the overall 5%-false-alarm threshold, so the rows are comparable.
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


def _fold(text: str) -> str:
    import unicodedata

    nfd = unicodedata.normalize("NFD", text)
    return "".join(c for c in nfd if not unicodedata.combining(c)).lower()


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
        folded = _fold(m)
        miss = set()
        for w in set(source_names(s)):
            seen[w] = seen.get(w, 0) + 1
            if _fold(w)[:prefix] in folded:
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
) -> dict[str, Any]:
    """Score (a sample of) the pairs: AUC and recall at `far`, overall and by category."""
    idx = stratified_sample(data.bad, limit, seed)
    src = [data.src[i] for i in idx]
    mt = [data.mt[i] for i in idx]
    bad = [data.bad[i] for i in idx]
    started = time.perf_counter()
    scores: list[float] = []
    for k in range(0, len(src), batch):
        extra = {"options": options} if options is not None else {}
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
