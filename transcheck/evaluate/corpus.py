"""Score `check` reports against the labelled pairs in corpora/ (gold.json).

A gold finding is found when a reported finding of the same kind covers its sentence
(segmentation may merge a neighbour, so containment counts); a reported finding that
matches no gold finding is a false alarm. Shifts match on both sentences.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from transcheck.model import Finding, Report


@dataclass
class PairScore:
    name: str
    gold: int = 0
    found: int = 0
    reported: int = 0
    correct: int = 0
    missed: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    flagged_junk: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.reported if self.reported else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0


def load_gold(pair_dir: Path) -> dict:
    return json.loads((pair_dir / "gold.json").read_text(encoding="utf-8"))


def _norm(text: str) -> str:
    return " ".join(text.split())


def _covers(reported: str, gold: str) -> bool:
    r, g = _norm(reported), _norm(gold)
    return bool(r) and bool(g) and (g in r or r in g)


def _matches(finding: Finding, gold: dict) -> bool:
    kind = gold["kind"]
    if kind == "omission":
        return finding.kind in ("omission", "moved") and _covers(finding.src_text, gold["src_text"])
    if kind == "addition":
        return finding.kind in ("addition", "moved") and _covers(finding.tgt_text, gold["tgt_text"])
    return (
        finding.kind == "shift"
        and _covers(finding.src_text, gold["src_text"])
        and _covers(finding.tgt_text, gold["tgt_text"])
    )


def score_report(name: str, report: Report, gold: dict) -> PairScore:
    """Compare one report with its gold findings."""
    score = PairScore(name=name, gold=len(gold["findings"]), reported=len(report.findings))
    for g in gold["findings"]:
        if any(_matches(f, g) for f in report.findings):
            score.found += 1
        else:
            score.missed.append(f"{g['kind']}: {g.get('src_text') or g.get('tgt_text')}")
    for f in report.findings:
        if any(_matches(f, g) for g in gold["findings"]):
            score.correct += 1
        else:
            score.false_alarms.append(
                f"{f.kind} {'/'.join(f.reasons)} {f.evidence.get('tokens', '')}: "
                f"{f.src_text or f.tgt_text}"
            )
    junk = {_norm(line) for line in gold.get("not_flagged", [])}
    for f in report.findings:
        if f.kind == "addition" and _norm(f.tgt_text) in junk:
            score.flagged_junk.append(f.tgt_text)
    return score


def pairs(root: Path) -> list[Path]:
    """Corpus pair directories (those with a gold.json), sorted by name."""
    return sorted(p.parent for p in root.glob("*/gold.json"))
