"""Fit the confidence model (transcheck/compare/confidence.py) on perturbed real documents.

Run: .venv/bin/python bench/calibrate.py [--docs 24] [--seed 13 | --seed 1,3,5] [--apply]

For IWSLT en→vi (no MT) and the German–French dev texts (no MT and Google MT), it plants
edits with `transcheck eval detect`'s generator (the same seed gives the same documents),
runs `check_texts` with every candidate finding kept (min_confidence 0), labels each
candidate by whether it reports a planted edit (on untouched documents every candidate is
false), and fits one logistic regression per finding kind on the candidates' features.
It prints the weights, and the expected calibration error and the false alarms per 100
untouched sentences before and after, fitted on one corpus and tested on the other
(so the numbers say how the fit generalises), then fitted on both for the shipped weights.
--apply writes the weights fitted on both corpora into confidence.py.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

from transcheck import pipeline
from transcheck.compare import confidence
from transcheck.evaluate import data as datasets
from transcheck.evaluate.detect import build_perturbed, compatible, run_check
from transcheck.evaluate.metrics import expected_calibration_error
from transcheck.options import Options

CONFIDENCE_PY = Path(confidence.__file__)


def candidates(docs, perturbed, use_mt: bool) -> list[dict]:
    """Every candidate finding with its features and whether it is real."""
    options = Options(use_argos=False, offline=True, thresholds={"min_confidence": 0.0})
    rows: list[dict] = []

    def run(src, tgt, d, tgt_mt):
        return run_check(pipeline.check_texts, src, tgt, d, tgt_mt, use_mt=use_mt, options=options)

    for d in docs:
        report = run(d.src, d.tgt, d, d.tgt_mt)
        for f in report.findings:
            features = f.evidence.get("features", {})
            rows.append({"kind": _kind(f), "features": features, "real": False,
                         "clean": True, "sentences": 0})  # fmt: skip
        rows.append({"kind": None, "clean": True, "sentences": len(d.tgt)})
    for p in perturbed:
        report = run(p.doc.src, p.tgt, p.doc, p.tgt_mt)
        for f in report.findings:
            real = any(compatible(f, e) for e in p.edits)
            rows.append({"kind": _kind(f), "features": f.evidence.get("features", {}), "real": real,
                         "clean": False, "sentences": 0})  # fmt: skip
    return rows


def _kind(finding) -> str:
    """The confidence model's kind: a part missing/added inside a bead (coverage.py) has its
    own weights ("omission_part", "addition_part"), not those of a whole sentence."""
    if "part_deficit" in finding.evidence.get("features", {}):
        return f"{finding.kind}_part"
    if "sentence_length_gain" in finding.evidence.get("features", {}):
        return f"{finding.kind}_sentence"
    return finding.kind


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1.0, iters: int = 50) -> np.ndarray:
    """Newton's method for L2-penalised logistic regression (intercept unpenalised)."""
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 1e-6
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


def fit(rows: list[dict], l2: float, kinds: set[str]) -> dict[str, dict[str, float]]:
    weights: dict[str, dict[str, float]] = {}
    by_kind: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        if r["kind"]:
            by_kind[r["kind"]].append(r)
    for kind, items in by_kind.items():
        if kind not in kinds:
            continue
        names = sorted({k for r in items for k in r["features"]})
        x = np.array([[1.0] + [r["features"].get(n, 0.0) for n in names] for r in items])
        y = np.array([1.0 if r["real"] else 0.0 for r in items])
        if y.min() == y.max() or len(items) < 10:
            continue  # nothing to learn: keep the hand-set weights for this kind
        w = fit_logistic(x, y, l2)
        weights[kind] = {"bias": round(float(w[0]), 3)} | {
            n: round(float(v), 3) for n, v in zip(names, w[1:], strict=True)
        }
    return weights


def evaluate(rows: list[dict], weights: dict[str, dict[str, float]]) -> dict[str, float]:
    """ECE over candidates, and reported findings (confidence ≥ 0.5): precision, recall-ish."""
    saved = confidence.WEIGHTS
    confidence.WEIGHTS = {**saved, **weights}
    try:
        conf, real = [], []
        clean_alarms = 0
        sentences = sum(r["sentences"] for r in rows)
        tp = fp = 0
        for r in rows:
            if not r["kind"]:
                continue
            c = confidence.calibrate(r["kind"], r["features"])
            conf.append(c)
            real.append(r["real"])
            if c >= 0.5:
                tp += r["real"]
                fp += not r["real"]
                clean_alarms += r["clean"]
        ece = expected_calibration_error(conf, real) if conf else math.nan
        return {
            "ece": round(float(ece), 3),
            "reported": tp + fp,
            "precision": round(tp / (tp + fp), 3) if tp + fp else math.nan,
            "true_reported": tp,
            "false_alarms_per_100_untouched": round(100 * clean_alarms / sentences, 2)
            if sentences
            else math.nan,
        }
    finally:
        confidence.WEIGHTS = saved


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=24)
    parser.add_argument(
        "--seed", default="13", help="perturbation seed, or several: 1,3,5 (candidates pooled)"
    )
    parser.add_argument("--apply", action="store_true")
    parser.add_argument("--rows", type=Path, help="save candidates here, or reuse them if present")
    parser.add_argument("--l2", type=float, default=0.1, help="L2 penalty of the fit")
    parser.add_argument(
        "--kinds",
        default="omission,addition,moved,shift",
        help="finding kinds to fit and apply (others keep their current weights)",
    )
    args = parser.parse_args()
    if args.rows and args.rows.exists():
        sets = json.loads(args.rows.read_text(encoding="utf-8"))
        return report_and_apply(sets, args)
    sets: dict[str, list[dict]] = {"iwslt-envi": [], "defr": []}
    for seed in (int(x) for x in args.seed.split(",")):
        try:
            iwslt = datasets.iwslt_documents(seed=seed)
            defr = datasets.split_by_beads(datasets.load_align_defr(), "google", seed)
        except Exception as exc:  # data absent: say so and stop
            print(f"calibrate: {exc}", file=sys.stderr)
            return 2
        for name, docs, conditions in (
            ("iwslt-envi", iwslt, (False,)),
            ("defr", defr, (False, True)),
        ):
            perturbed = build_perturbed(docs, args.docs, seed, 3)
            clean = docs[: args.docs]
            for use_mt in conditions:
                sets[name] += candidates(clean, perturbed, use_mt)
            n = sum(1 for r in sets[name] if r["kind"])
            print(f"seed {seed} {name}: {n} candidates so far", file=sys.stderr)
    if args.rows:
        args.rows.write_text(json.dumps(sets), encoding="utf-8")
    return report_and_apply(sets, args)


def report_and_apply(sets: dict[str, list[dict]], args: argparse.Namespace) -> int:
    """Fit, cross-test, print; with --apply write the weights into confidence.py."""
    kinds = set(args.kinds.split(","))
    report = {"current": {n: evaluate(r, {}) for n, r in sets.items()}}
    names = list(sets)
    for train in names:
        test = next(n for n in names if n != train)
        w = fit(sets[train], args.l2, kinds)
        report[f"fit on {train}, tested on {test}"] = evaluate(sets[test], w)
    both = fit([r for rows in sets.values() for r in rows], args.l2, kinds)
    report["fit on both"] = {n: evaluate(r, both) for n, r in sets.items()}
    print(json.dumps({"weights": both, "results": report}, indent=1, ensure_ascii=False))
    if args.apply:
        text = CONFIDENCE_PY.read_text(encoding="utf-8")
        merged = {**confidence.WEIGHTS, **both}
        pattern = r"WEIGHTS: dict\[str, dict\[str, float\]\] = \{.*?\n\}\n"
        replacement = _weights_source(merged)
        text = re.sub(pattern, lambda _m: replacement, text, flags=re.S)
        CONFIDENCE_PY.write_text(text, encoding="utf-8")
        print(f"wrote {CONFIDENCE_PY}", file=sys.stderr)
    return 0


def _weights_source(weights: dict[str, dict[str, float]]) -> str:
    """The WEIGHTS assignment as `ruff format` writes it (one line per kind when it fits)."""
    lines = ["WEIGHTS: dict[str, dict[str, float]] = {"]
    for kind, w in weights.items():
        one = f'    "{kind}": {{' + ", ".join(f'"{k}": {v!r}' for k, v in w.items()) + "},"
        if len(one) <= 100:
            lines.append(one)
        else:
            lines += [f'    "{kind}": {{', *(f'        "{k}": {v!r},' for k, v in w.items())]
            lines.append("    },")
    return "\n".join([*lines, "}"]) + "\n"


if __name__ == "__main__":
    sys.exit(main())
