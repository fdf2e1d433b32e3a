"""Monotone sentence alignment: one dynamic program over bead shapes.

The search maximises the summed utility of beads. A bead pairing a source span with a
translation span earns (sentences in it)/2 × (score − threshold) minus a small penalty for
its shape; leaving a sentence unaligned (a 1-0 or 0-1 bead) earns 0. So a pair is kept only
when it scores above the threshold, and a real insertion or omission goes through as a
skip instead of being forced onto a neighbour.

Cost is kept near-linear for long texts: above a size limit the search runs in a band
around a path through confident 1-1 anchors (mutual nearest neighbours, longest increasing
subsequence), as Bertalign does, and scores are computed block by block inside the band.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from transcheck.compare.similarity import Scorer
from transcheck.model import Bead


@dataclass(frozen=True)
class Shape:
    src: int
    tgt: int
    penalty: float


# Bead shapes are data, not branches: extend this list to allow more.
SHAPES: tuple[Shape, ...] = (
    Shape(1, 1, 0.0),
    Shape(1, 0, 0.0),
    Shape(0, 1, 0.0),
    Shape(1, 2, 0.15),
    Shape(2, 1, 0.15),
    Shape(2, 2, 0.20),
    Shape(1, 3, 0.20),
    Shape(3, 1, 0.20),
)


@dataclass(frozen=True)
class AlignSettings:
    threshold: float = 0.2  # a pair scoring below this is worse than two skips
    full_limit: int = 4_000_000  # n × m above which the search is banded
    band: int = 60  # half-width of the band around the anchor path (sentences)
    block: int = 64  # rows scored at once
    gamma: float = 0.5  # bead weight = (sentences / 2) ** gamma
    min_weight: float = 0.05  # floor on a bead's content weight
    shapes: tuple[Shape, ...] = ()  # bead shapes searched (empty: SHAPES)


def align(scorer: Scorer, settings: AlignSettings | None = None) -> list[Bead]:
    """Best monotone alignment covering every sentence of both sides exactly once."""
    cfg = settings or AlignSettings()
    n, m = scorer.src.size, scorer.tgt.size
    if n == 0 or m == 0:
        return [Bead((i,), ()) for i in range(n)] + [Bead((), (j,)) for j in range(m)]
    if n * m <= cfg.full_limit:
        lo = np.zeros(n + 1, dtype=np.int64)
        hi = np.full(n + 1, m + 1, dtype=np.int64)
    else:
        lo, hi = band_windows(scorer, cfg.band)
    return _search(scorer, lo, hi, cfg)


def _search(scorer: Scorer, lo: np.ndarray, hi: np.ndarray, cfg: AlignSettings) -> list[Bead]:
    """Row-by-row DP; row i holds cells j in [lo[i], hi[i])."""
    n, m = scorer.src.size, scorer.tgt.size
    util: list[np.ndarray] = []
    back: list[np.ndarray] = []
    gain: list[np.ndarray] = []
    shapes = cfg.shapes or SHAPES
    pair_shapes = [(k, s) for k, s in enumerate(shapes) if s.src and s.tgt]
    skip_src = next(k for k, s in enumerate(shapes) if (s.src, s.tgt) == (1, 0))
    skip_tgt = next(k for k, s in enumerate(shapes) if (s.src, s.tgt) == (0, 1))
    cum_s = _cumulative_content(scorer.src.content, n)
    cum_t = _cumulative_content(scorer.tgt.content, m)
    cache: dict[tuple[int, int], tuple[int, int, int, np.ndarray]] = {}
    for i in range(n + 1):
        js = np.arange(lo[i], hi[i])
        best = np.full(len(js), -np.inf)
        arg = np.full(len(js), -1, dtype=np.int8)
        score_here = np.zeros(len(js), dtype=np.float32)
        if i == 0:
            best[js == 0] = 0.0
        else:
            prev = util[i - 1]
            vals = _lookup(prev, lo[i - 1], js)
            better = vals > best
            best[better], arg[better] = vals[better], skip_src
        for k, shape in pair_shapes:
            if i - shape.src < 0:
                continue
            scores = _block_row(scorer, cache, shape, i, lo, hi, cfg)
            prev = util[i - shape.src]
            starts = js - shape.tgt
            ok = (starts >= 0) & (starts + shape.tgt <= m)
            vals = _lookup(prev, lo[i - shape.src], starts)
            sc = np.full(len(js), -np.inf)
            sc[ok] = scores[ok]
            # a bead earns in proportion to the content it pairs (debris lines count ~0)
            size = cum_s[i] - cum_s[i - shape.src] + cum_t[js] - cum_t[np.maximum(starts, 0)]
            weight = np.maximum(size / 2.0, cfg.min_weight) ** cfg.gamma
            total = vals + weight * (sc - cfg.threshold) - shape.penalty
            better = total > best
            best[better], arg[better], score_here[better] = total[better], k, sc[better]
        # 0-1 beads move along the row: a running maximum, since skipping earns nothing.
        running = np.maximum.accumulate(best)
        moved = running > best
        arg[moved] = skip_tgt
        util.append(running)
        back.append(arg)
        gain.append(score_here)
    return _trace(util, back, gain, lo, n, m, shapes)


def _cumulative_content(content: np.ndarray | None, size: int) -> np.ndarray:
    """Prefix sums of per-sentence content weights (all 1 when unknown)."""
    weights = np.ones(size) if content is None else np.asarray(content, dtype=np.float64)
    return np.concatenate([[0.0], np.cumsum(weights)])


def _lookup(row: np.ndarray, row_lo: int, js: np.ndarray) -> np.ndarray:
    """Values of a stored row at columns js; -inf outside its window."""
    idx = js - row_lo
    ok = (idx >= 0) & (idx < len(row))
    out = np.full(len(js), -np.inf)
    out[ok] = row[idx[ok]]
    return out


def _block_row(
    scorer: Scorer,
    cache: dict[tuple[int, int], tuple[int, int, int, np.ndarray]],
    shape: Shape,
    i: int,
    lo: np.ndarray,
    hi: np.ndarray,
    cfg: AlignSettings,
) -> np.ndarray:
    """Scores of the bead (shape) ending at row i, for every column of row i's window.

    Rows are scored a block at a time over the union of their windows and cached.
    """
    key = (shape.src, shape.tgt)
    entry = cache.get(key)
    if entry is None or not entry[0] <= i < entry[1]:
        r0, r1 = i, min(i + cfg.block, len(lo))
        c0, c1 = int(lo[r0:r1].min()), int(hi[r0:r1].max())
        iz = np.arange(r0, r1) - shape.src
        jz = np.arange(c0, c1) - shape.tgt
        mat = np.full((r1 - r0, c1 - c0), -np.inf, dtype=np.float32)
        ri = (iz >= 0) & (iz + shape.src <= scorer.src.size)
        cj = (jz >= 0) & (jz + shape.tgt <= scorer.tgt.size)
        if ri.any() and cj.any():
            sub = scorer.block(shape.src, iz[ri], shape.tgt, jz[cj])
            mat[np.ix_(ri, cj)] = sub
        entry = (r0, r1, c0, mat)
        cache[key] = entry
    r0, _, c0, mat = entry
    row = mat[i - r0]
    return row[lo[i] - c0 : hi[i] - c0]


def _trace(
    util: list[np.ndarray],
    back: list[np.ndarray],
    gain: list[np.ndarray],
    lo: np.ndarray,
    n: int,
    m: int,
    shapes: tuple[Shape, ...],
) -> list[Bead]:
    beads: list[Bead] = []
    i, j = n, m
    while i > 0 or j > 0:
        k = int(back[i][j - lo[i]])
        if k < 0:
            raise RuntimeError(f"alignment search lost its path at ({i}, {j})")
        shape = shapes[k]
        score = float(gain[i][j - lo[i]]) if shape.src and shape.tgt else 0.0
        src = tuple(range(i - shape.src, i))
        tgt = tuple(range(j - shape.tgt, j))
        beads.append(Bead(src, tgt, score))
        i, j = i - shape.src, j - shape.tgt
    beads.reverse()
    return beads


def band_windows(scorer: Scorer, half_width: int) -> tuple[np.ndarray, np.ndarray]:
    """Row windows [lo, hi) around a monotone path through confident 1-1 anchors."""
    n, m = scorer.src.size, scorer.tgt.size
    anchors = confident_anchors(scorer)
    pts_i = np.array([0, *[a for a, _ in anchors], n], dtype=np.float64)
    pts_j = np.array([0, *[b for _, b in anchors], m], dtype=np.float64)
    centre = np.interp(np.arange(n + 1), pts_i, pts_j)
    # widen where anchors are far apart: the path between them is less certain
    gaps = np.interp(np.arange(n + 1), pts_i[:-1], np.diff(pts_i))
    width = half_width + 0.25 * gaps
    lo = np.clip(np.floor(centre - width), 0, m).astype(np.int64)
    hi = np.clip(np.ceil(centre + width) + 1, 1, m + 1).astype(np.int64)
    lo = np.minimum.accumulate(lo[::-1])[::-1]  # non-decreasing, reachable
    hi = np.maximum.accumulate(hi)
    lo[0], hi[-1] = 0, m + 1
    for i in range(1, n + 1):  # a row must overlap the previous one for a path to exist
        lo[i] = min(lo[i], hi[i - 1] - 1)
    return lo, hi


def confident_anchors(scorer: Scorer, chunk: int = 1024) -> list[tuple[int, int]]:
    """Mutual nearest neighbours by embedding cosine, thinned to an increasing sequence."""
    src, tgt = scorer.src.emb[1], scorer.tgt.emb[1]
    n, m = len(src), len(tgt)
    best_j = np.empty(n, dtype=np.int64)
    best_i_val = np.full(m, -np.inf)
    best_i = np.zeros(m, dtype=np.int64)
    for start in range(0, n, chunk):
        sims = src[start : start + chunk] @ tgt.T
        best_j[start : start + chunk] = np.argmax(sims, axis=1)
        col_max = sims.max(axis=0)
        col_arg = np.argmax(sims, axis=0) + start
        upd = col_max > best_i_val
        best_i_val[upd], best_i[upd] = col_max[upd], col_arg[upd]
    pairs = [(i, int(best_j[i])) for i in range(n) if best_i[best_j[i]] == i]
    return _longest_increasing(pairs)


def _longest_increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest subsequence of (i, j) pairs (sorted by i) with strictly increasing j."""
    import bisect

    tails: list[int] = []
    tails_idx: list[int] = []
    parent = [-1] * len(pairs)
    for k, (_, j) in enumerate(pairs):
        pos = bisect.bisect_left(tails, j)
        if pos == len(tails):
            tails.append(j)
            tails_idx.append(k)
        else:
            tails[pos] = j
            tails_idx[pos] = k
        parent[k] = tails_idx[pos - 1] if pos > 0 else -1
    out: list[tuple[int, int]] = []
    k = tails_idx[-1] if tails_idx else -1
    while k >= 0:
        out.append(pairs[k])
        k = parent[k]
    return out[::-1]
