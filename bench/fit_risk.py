"""Fit the critical-error risk (transcheck/compare/risk.py) on WMT22 CED en→de dev.

Run:
    OPENBLAS_NUM_THREADS=1 .venv/bin/python bench/fit_risk.py [--ok 2500] [--folds 5]
        [--cache-dir DIR] [--features /tmp/ced-risk-features.npz]

It scores every BAD pair plus a random sample of OK pairs (ROC-AUC does not depend on the
class ratio; the sample keeps the embedding work affordable), computes the features of
risk_features.py in shuffled batches of 500 (as `transcheck eval ced` scores them), and fits
an L2 logistic regression on standardised features. The numbers it prints are out-of-fold:
each pair is scored by a model that never saw it (stratified K-fold), then the same with
a model fitted on one random half and tested on the other. Finally it fits on all the pairs
and prints the constants to paste into risk.py. Features are saved to --features so a
second run (--reuse) only refits; --apply writes the weights into risk.py.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from pathlib import Path

import numpy as np

from transcheck.compare import risk
from transcheck.compare.embed import make_embedder
from transcheck.compare.risk import fit_logistic
from transcheck.compare.risk_features import FEATURES, pair_features
from transcheck.evaluate.ced import CATEGORIES, categories, out_of_fold
from transcheck.evaluate.data import load_ced, stratified_sample
from transcheck.evaluate.metrics import recall_at_far, recall_at_threshold, roc_auc

BATCH = 500
RISK_PY = Path(risk.__file__)


def sample(bad: tuple[bool, ...], ok: int, seed: int) -> np.ndarray:
    """All BAD indices plus `ok` random OK indices, shuffled (so batches mix both)."""
    rng = np.random.default_rng(seed)
    pos = np.flatnonzero(bad)
    neg = np.flatnonzero(~np.asarray(bad))
    neg = rng.choice(neg, size=min(ok, len(neg)), replace=False)
    idx = np.concatenate([pos, neg])
    rng.shuffle(idx)
    return idx


def compute(idx: np.ndarray, data, cache_dir: Path | None) -> np.ndarray:
    embedder = make_embedder(True, cache_dir)
    rows = []
    try:
        for k in range(0, len(idx), BATCH):
            part = idx[k : k + BATCH]
            src = [data.src[i] for i in part]
            mt = [data.mt[i] for i in part]
            rows.append(pair_features(src, mt, "en", "de", embedder.embed))
            print(f"features {k + len(part)}/{len(idx)}", file=sys.stderr, flush=True)
    finally:
        embedder.close()
    return np.vstack(rows)


def predict(x: np.ndarray, coef: np.ndarray, bias: float) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(x @ coef + bias)))


def report(name: str, y: np.ndarray, s: np.ndarray, cats: list[set[str]] | None = None) -> None:
    op = recall_at_far(y.astype(bool).tolist(), s.tolist(), 0.05)
    print(
        f"{name}: pairs {len(y)} BAD {int(y.sum())} ROC-AUC {roc_auc(y, s):.3f} "
        f"recall@5%FAR {op.recall:.3f}"
    )
    if cats is None:
        return
    for c in CATEGORIES:
        m = np.array([c in cs for cs in cats])
        if m.any() and 0 < y[m].sum() < m.sum():
            print(
                f"  {c:<8} pairs {int(m.sum()):>5} BAD {int(y[m].sum()):>4} "
                f"AUC {roc_auc(y[m], s[m]):.3f} "
                f"recall {recall_at_threshold(y[m], s[m], op.threshold):.3f}"
            )


def heldout(data, idx, x, y, *, cats_all, cache_dir: Path | None, l2: float) -> None:
    """Fit without the pairs of `transcheck eval ced --limit 1000` (seed 13), then score that
    sample as the command does (its own batches, 5.5% BAD): the number under its conditions."""
    sample = stratified_sample(data.bad, 1000, 13)
    train = ~np.isin(idx, sample)
    coef, bias = fit_logistic(x[train], y[train], l2)
    xs = compute(np.array(sample), data, cache_dir)
    ys = np.array([data.bad[i] for i in sample], dtype=float)
    report(
        "held out: the `eval ced --limit 1000` sample, fitted without it",
        ys,
        predict(xs, coef, bias),
        [cats_all[i] for i in sample],
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ok", type=int, default=2500, help="OK pairs sampled beside all BAD")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--cache-dir", type=Path, default=None)
    ap.add_argument("--features", type=Path, default=Path("/tmp/ced-risk-features.npz"))
    ap.add_argument("--reuse", action="store_true", help="load --features instead of computing")
    ap.add_argument("--drop", default="", help="comma-separated features to leave out")
    ap.add_argument("--apply", action="store_true", help="write the weights into risk.py")
    args = ap.parse_args()

    data = load_ced()
    if args.reuse:
        saved = np.load(args.features)
        idx, x = saved["idx"], saved["x"]
        if list(saved["names"]) != list(FEATURES):
            sys.exit("saved features differ from FEATURES: run without --reuse")
    else:
        idx = sample(data.bad, args.ok, args.seed)
        x = compute(idx, data, args.cache_dir)
        np.savez(args.features, idx=idx, x=x, names=np.array(FEATURES))
    y = np.array([data.bad[i] for i in idx], dtype=float)
    all_cats = categories(data.src, data.mt)
    cats = [all_cats[i] for i in idx]
    keep = [k for k, f in enumerate(FEATURES) if f not in set(args.drop.split(","))]
    names = [FEATURES[k] for k in keep]
    x = x[:, keep]

    for k, f in enumerate(names):
        print(f"single feature {f:<16} AUC {roc_auc(y, x[:, k]):.3f}")
    report(
        f"{args.folds}-fold out-of-fold", y, out_of_fold(x, y, args.folds, args.seed, args.l2), cats
    )
    rng = np.random.default_rng(args.seed + 1)
    half = rng.permutation(len(y)) < len(y) // 2
    for name, train in (("A→B", half), ("B→A", ~half)):
        coef, bias = fit_logistic(x[train], y[train], args.l2)
        report(
            f"half {name} (fit on one half, scored on the other)",
            y[~train],
            predict(x[~train], coef, bias),
        )
    if not args.drop:
        heldout(data, idx, x, y, cats_all=all_cats, cache_dir=args.cache_dir, l2=args.l2)
    coef, bias = fit_logistic(x, y, args.l2)
    report("fitted on all (in-sample, optimistic)", y, predict(x, coef, bias))
    # the sample over-represents BAD pairs: move the bias to the corpus's BAD share
    corpus, share = float(np.mean(data.bad)), float(y.mean())
    bias += math.log(corpus / (1 - corpus)) - math.log(share / (1 - share))
    lines = ["WEIGHTS: dict[str, float] = {"]
    lines += [f'    "{f}": {c:.4f},' for f, c in zip(names, coef, strict=True)]
    lines += ["}", f"BIAS = {bias:.4f}"]
    block = "\n".join(lines)
    print("\n# constants for transcheck/compare/risk.py\n" + block)
    if args.apply:
        text = RISK_PY.read_text(encoding="utf-8")
        new = re.sub(r"WEIGHTS: dict\[str, float\] = \{.*?\}\nBIAS = \S+", block, text, flags=re.S)
        RISK_PY.write_text(new, encoding="utf-8")
        print(f"wrote {RISK_PY}")


if __name__ == "__main__":
    main()
