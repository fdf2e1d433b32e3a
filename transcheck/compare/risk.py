"""Sentence-level risk that a translation has a critical error (for 1-1 pairs, e.g. WMT CED).

A logistic regression over the features of risk_features.py: how alike the two sentences
and their clauses are (multilingual e5 embeddings), length and sentence-count mismatch,
and contradicting anchors (figures, names, gazetteer entities, negation). No MT model.

The weights were fitted on WMT22 CED en→de dev (all BAD pairs plus a random sample of OK
pairs) by `OPENBLAS_NUM_THREADS=1 .venv/bin/python bench/fit_risk.py`; the bias is shifted
from the sample's BAD share to the corpus's (5.5%), so risks read as probabilities there.
Other language pairs reuse the en→de weights: the features are language-neutral
(batch-relative margins and length ratios) except the negation cue lists and the clause
conjunctions, which exist for de, en, fr and vi.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from transcheck.compare.embed import make_embedder
from transcheck.compare.risk_features import FEATURES, pair_features
from transcheck.options import Options

# Fitted by bench/fit_risk.py (see the module docstring); keys must be FEATURES.
WEIGHTS: dict[str, float] = {
    "cos": -24.9755,
    "omit": 5.6181,
    "add": 6.4883,
    "short": 10.8951,
    "long": 6.4011,
    "short_words": 3.1604,
    "long_words": 4.7002,
    "numbers": 2.9880,
    "names": 1.7654,
    "entities": 0.6471,
    "new_entities": 1.0499,
    "negation": 0.3462,
}
BIAS = 15.8060


def logistic(
    x: np.ndarray, weights: dict[str, float] | None = None, bias: float | None = None
) -> np.ndarray:
    """Risk in [0, 1] per row of a features matrix (columns in FEATURES order)."""
    w = weights or WEIGHTS
    coef = np.array([w.get(f, 0.0) for f in FEATURES])
    z = x @ coef + (BIAS if bias is None else bias)
    return 1.0 / (1.0 + np.exp(-z))


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1.0) -> tuple[np.ndarray, float]:
    """L2-penalised logistic regression (Newton's method) on standardised features.

    Returns (weights, bias) that apply to the raw features. The penalty is on standardised
    weights, so it treats every feature alike whatever its scale.
    """
    mu, sd = x.mean(axis=0), x.std(axis=0)
    sd = np.where(sd > 0, sd, 1.0)
    z = np.hstack([(x - mu) / sd, np.ones((len(x), 1))])
    w = np.zeros(z.shape[1])
    pen = np.full(z.shape[1], float(l2))
    pen[-1] = 0.0  # no penalty on the bias
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-(z @ w)))
        grad = z.T @ (p - y) + pen * w
        hess = (z * (p * (1.0 - p))[:, None]).T @ z + np.diag(pen) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-9:
            break
    coef = w[:-1] / sd
    return coef, float(w[-1] - (coef * mu).sum())


def pair_risks(
    src: Sequence[str],
    tgt: Sequence[str],
    src_lang: str,
    tgt_lang: str,
    *,
    src_mt: Sequence[str | None] | None = None,
    options: Options | None = None,
) -> list[float]:
    """Risk in [0, 1] per (src[i], tgt[i]) pair; higher means more likely a critical error.

    Pairs are scored together: the margins and the typical length ratio are measured on
    the batch, so pass many pairs at once (a batch under 30 pairs uses fixed defaults).
    `src_mt` (the source machine-translated into tgt_lang) is used where it makes name and
    negation checks exact; it is optional.
    """
    if len(src) != len(tgt):
        raise ValueError("src and tgt must have the same number of sentences")
    if not src:
        return []
    opts = options or Options()
    embedder = make_embedder(opts.use_cache, opts.cache_dir)
    try:
        x = pair_features(src, tgt, src_lang, tgt_lang, embedder.embed, src_mt=src_mt)
    finally:
        embedder.close()
    return [float(r) for r in logistic(x)]
