"""Compare stage: embeddings → similarity → alignment → findings."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import ExitStack

import numpy as np

from transcheck.compare.align import AlignSettings
from transcheck.compare.embed import make_embedder
from transcheck.compare.similarity import Scorer, Weights, side_features
from transcheck.options import Options


def build_scorer(
    src: Sequence[str],
    tgt: Sequence[str],
    src_lang: str,
    tgt_lang: str,
    *,
    src_mt: Sequence[str | None] | None = None,
    tgt_mt: Sequence[str | None] | None = None,
    options: Options | None = None,
    weights: Weights | None = None,
    single_sentences: bool = False,
    embed: Callable[[Sequence[str]], np.ndarray] | None = None,
) -> Scorer:
    """Embed both sides (cached) and return the scorer the search and findings share.

    `single_sentences` skips multi-sentence spans: enough for 1-1 scoring, a fraction of
    the embedding work. `embed` is an open embedder's method when the caller embeds more
    afterwards (clauses): one embedder and one cache connection for the whole run.
    """
    spans = {"max_span": 1, "text_span": 1} if single_sentences else {}
    with ExitStack() as stack:
        if embed is None:
            opts = options or Options()
            embedder = make_embedder(opts.use_cache, opts.cache_dir)
            stack.callback(embedder.close)
            embed = embedder.embed
        src_feats = side_features(src, src_lang, embed, src_mt, **spans)
        tgt_feats = side_features(tgt, tgt_lang, embed, tgt_mt, **spans)
    return Scorer(src_feats, tgt_feats, weights)


__all__ = ["AlignSettings", "Scorer", "Weights", "build_scorer", "make_embedder"]
