"""How well does acquisition keep article text and drop boilerplate? (trafilatura's gold)

Runs transcheck's extractor over every page of ../shared/data/extraction-trafilatura/cache
that evaldata.json lists, and counts, before and after transcheck's own cleaning:
  * `with` snippets (text that must be extracted) found in the output: kept;
  * `without` snippets (boilerplate that must not be) absent from it: dropped.
Matching is substring matching on whitespace-collapsed text, as trafilatura's own
evaluation does on its plain-text output. Precision/recall/F1 count a kept `with` snippet
as a true positive and a kept `without` snippet as a false positive.

    .venv/bin/python bench/extraction_eval.py [--data DIR] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from transcheck.acquire import MIN_ARTICLE_CHARS
from transcheck.acquire.clean import clean
from transcheck.acquire.decode import decode_text
from transcheck.acquire.extract import extract_html

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "extraction-trafilatura"


@dataclass
class Counts:
    """Snippet counts for one stage of the output (before or after cleaning)."""

    with_kept: int = 0
    with_total: int = 0
    without_dropped: int = 0
    without_total: int = 0

    def add(self, text: str, with_snippets: list[str], without_snippets: list[str]) -> None:
        for snippet in with_snippets:
            self.with_total += 1
            self.with_kept += _squash(snippet) in text
        for snippet in without_snippets:
            self.without_total += 1
            self.without_dropped += _squash(snippet) not in text

    def scores(self) -> dict[str, float]:
        tp, fn = self.with_kept, self.with_total - self.with_kept
        fp, tn = self.without_total - self.without_dropped, self.without_dropped
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "with_kept": tp / self.with_total if self.with_total else 0.0,
            "without_dropped": tn / self.without_total if self.without_total else 0.0,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "accuracy": (tp + tn) / (tp + fn + fp + tn) if tp + fn + fp + tn else 0.0,
        }


@dataclass
class Result:
    pages: int = 0
    missing_files: int = 0
    empty_pages: int = 0  # would be an ExtractionError (exit 4) in transcheck
    seconds: float = 0.0
    before: Counts = field(default_factory=Counts)
    after: Counts = field(default_factory=Counts)
    removed_lines: int = 0


def evaluate(data: Path) -> Result:
    """Extract every listed page that is present and count snippets before/after cleaning."""
    gold = json.loads((data / "evaldata.json").read_text(encoding="utf-8"))
    result = Result()
    start = time.perf_counter()
    for url, entry in gold.items():
        path = data / "cache" / entry["file"]
        if not path.exists():
            result.missing_files += 1
            continue
        html = decode_text(path.read_bytes(), None, html=True) or ""
        extracted = extract_html(html, url)
        kept, boilerplate = clean(extracted.paragraphs)
        result.pages += 1
        result.removed_lines += len(boilerplate)
        result.empty_pages += sum(len(p) for p in kept) < MIN_ARTICLE_CHARS
        result.before.add(_squash("\n".join(extracted.paragraphs)), entry["with"], entry["without"])
        result.after.add(_squash("\n".join(kept)), entry["with"], entry["without"])
    result.seconds = time.perf_counter() - start
    return result


def markdown(result: Result) -> str:
    """The table for docs/extraction.md."""
    rows = [
        "| stage | `with` kept | `without` dropped | precision | recall | F1 |",
        "|---|---|---|---|---|---|",
    ]
    for name, counts in (
        ("trafilatura only", result.before),
        ("+ transcheck cleaning", result.after),
    ):
        s = counts.scores()
        rows.append(
            f"| {name} | {s['with_kept']:.1%} ({counts.with_kept}/{counts.with_total}) "
            f"| {s['without_dropped']:.1%} ({counts.without_dropped}/{counts.without_total}) "
            f"| {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} |"
        )
    rows.append("")
    rows.append(
        f"{result.pages} pages ({result.missing_files} listed pages not in the cache folder), "
        f"{result.removed_lines} lines set aside by cleaning, {result.empty_pages} pages with "
        f"less than {MIN_ARTICLE_CHARS} characters after cleaning (exit 4), "
        f"{result.seconds:.1f} s."
    )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)
    if not (args.data / "evaldata.json").exists():
        print(f"extraction data not found at {args.data}; nothing to evaluate", file=sys.stderr)
        return 0
    result = evaluate(args.data)
    if args.json:
        print(
            json.dumps(
                {
                    **asdict(result),
                    "before_scores": result.before.scores(),
                    "after_scores": result.after.scores(),
                },
                indent=2,
            )
        )
    else:
        print(markdown(result))
    return 0


def _squash(text: str) -> str:
    return " ".join(text.split())


if __name__ == "__main__":
    sys.exit(main())
