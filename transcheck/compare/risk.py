"""Sentence-level risk that a translation has a critical error (for 1-1 pairs, e.g. WMT CED).

The same evidence `check` uses for shifts, as one number: how much less alike the pair is
than typical pairs of the batch (embedding margin, MT lexical margin), plus anchor
contradictions (numbers, dates, names, negation) and a length mismatch.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from transcheck.compare import build_scorer
from transcheck.compare.findings import name_mismatch, negation_mismatch, number_mismatch
from transcheck.options import Options
from transcheck.text.anchors import extract

_CHUNK = 256


def pair_risks(
    src: Sequence[str],
    tgt: Sequence[str],
    src_lang: str,
    tgt_lang: str,
    *,
    src_mt: Sequence[str | None] | None = None,
    options: Options | None = None,
) -> list[float]:
    """Risk in [0, 1] per (src[i], tgt[i]) pair; higher means more likely a critical error."""
    if len(src) != len(tgt):
        raise ValueError("src and tgt must have the same number of sentences")
    if not src:
        return []
    opts = options or Options()
    scorer = build_scorer(
        src,
        tgt,
        src_lang,
        tgt_lang,
        src_mt=src_mt,
        options=opts,
        single_sentences=True,
    )
    n = len(src)
    emb = np.zeros(n)
    lex = np.full(n, np.nan)
    length = np.zeros(n)
    for start in range(0, n, _CHUNK):
        idx = np.arange(start, min(start + _CHUNK, n))
        comp = scorer.components(1, idx, 1, idx)
        emb[idx] = np.diag(comp["emb"]) / scorer.w.emb_scale
        length[idx] = np.abs(np.diag(comp["length"]))
        if "mt" in comp:
            mask = np.diag(comp["mt_mask"]) > 0
            lex[idx[mask]] = np.diag(comp["mt"])[mask] / scorer.w.mt_scale
    risks = []
    for i in range(n):
        a_src, a_tgt = extract(src[i], src_lang), extract(tgt[i], tgt_lang)
        only_src, only_tgt = number_mismatch(a_src, a_tgt)
        mt_i = src_mt[i] if src_mt else None
        miss_tgt, miss_src = name_mismatch(src[i], tgt[i], src_lang, tgt_lang, mt_i, None)
        neg = negation_mismatch(src[i], tgt[i], src_lang, tgt_lang, mt_i)
        similarity = emb[i] if np.isnan(lex[i]) else 0.5 * (emb[i] + lex[i])
        logit = (
            1.5 * (0.8 - similarity)
            + 2.0 * bool(only_src or only_tgt)
            + 1.0 * bool(miss_tgt or miss_src)
            + 1.0 * neg
            + 2.0 * max(0.0, length[i] - 0.3)
            - 2.0
        )
        risks.append(float(1.0 / (1.0 + np.exp(-logit))))
    return risks
