"""Per-pair precision/recall of `transcheck check` on corpora/, with and without MT memory.

Run: .venv/bin/python bench/corpus_eval.py [--markdown]
Runs the pipeline in-process on each pair (original read from its file; the end-to-end
tests do the same through the CLI and a loopback HTTP server).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from transcheck import pipeline
from transcheck.evaluate.corpus import load_gold, pairs, score_report
from transcheck.options import Options

ROOT = Path(__file__).resolve().parents[1] / "corpora"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("--verbose", action="store_true", help="list misses and false alarms")
    args = parser.parse_args()
    rows = []
    totals: dict[str, list[int]] = {}
    for condition in ("memory", "none"):
        for pair in pairs(ROOT):
            gold = load_gold(pair)
            memory = (pair / "mt.jsonl",) if condition == "memory" else ()
            options = Options(mt_memory=memory, use_argos=False)
            start = time.perf_counter()
            report = pipeline.check(
                str(pair / "translation.txt"), str(pair / "original.html"), options
            )
            seconds = time.perf_counter() - start
            score = score_report(pair.name, report, gold)
            t = totals.setdefault(condition, [0, 0, 0, 0])
            t[0] += score.gold
            t[1] += score.found
            t[2] += score.reported
            t[3] += score.correct
            rows.append((condition, score, seconds))
            if args.verbose:
                for miss in score.missed:
                    print(f"  [{condition}] {pair.name} MISSED {miss}", file=sys.stderr)
                for alarm in score.false_alarms:
                    print(f"  [{condition}] {pair.name} FALSE  {alarm}", file=sys.stderr)
    header = "| MT | pair | gold | found | reported | correct | precision | recall |"
    print(header)
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for condition, s, _ in rows:
        print(
            f"| {condition} | {s.name} | {s.gold} | {s.found} | {s.reported} | {s.correct} "
            f"| {s.precision:.2f} | {s.recall:.2f} |"
        )
    for condition, (g, f, r, c) in totals.items():
        p = c / r if r else 1.0
        rec = f / g if g else 1.0
        print(f"| {condition} | **all** | {g} | {f} | {r} | {c} | {p:.2f} | {rec:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
