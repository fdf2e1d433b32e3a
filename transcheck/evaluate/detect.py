"""`transcheck eval detect`: find the edits we planted in real parallel documents.

Per corpus and MT condition: perturbed documents (one edit of several kinds each, seeded)
and the same documents untouched. Findings are matched to the planted edits:

- omission: a finding of kind omission on a deleted source sentence;
- addition: kind addition on an inserted translation sentence;
- number / name / negation: kind shift on the edited pair (translation index, and the
  source index when the finding names one);
- partial (a clause dropped): kind shift or omission on the edited pair;
- moved: kind moved on the sentence ("strict"), or, in the default "pair" mode, also an
  omission of its source plus an addition of its new position (both needed to detect it).

Per kind: recall = detected edits / planted edits; precision = findings matched to edits of
that kind / (those + unmatched findings attributed to it: shift findings by their reason,
number/name/negation, and any other shift to "partial"). False alarms are counted per 100
translation sentences of untouched documents (every finding there is false), and per 100
untouched sentences of perturbed documents (findings touching no edit).

Except: a finding on a real error of the published translation (known_errors.py lists
them, adjudicated by hand) is counted apart as a reference error found, neither hit nor
false alarm; the raw figures, which count those as false, are reported beside.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from transcheck.evaluate.data import ParallelDoc
from transcheck.evaluate.known_errors import is_known_error
from transcheck.evaluate.metrics import (
    expected_calibration_error,
    fit_isotonic,
    prf,
    reliability_table,
)
from transcheck.evaluate.perturb import KINDS, Edit, PerturbedDoc, name_pool, perturb

CheckFn = Callable[..., Any]
SHIFT_KINDS = ("number", "name", "negation")


def _overlap(a: Sequence[int], b: Sequence[int]) -> bool:
    return bool(set(a) & set(b))


def compatible(finding: Any, edit: Edit, moved_pairs: bool = True) -> bool:
    """Whether `finding` reports `edit` (see the module docstring for the rules)."""
    k, src, tgt = finding.kind, tuple(finding.src), tuple(finding.tgt)
    if edit.kind == "omission":
        return k == "omission" and _overlap(src, edit.src)
    if edit.kind == "addition":
        return k == "addition" and _overlap(tgt, edit.tgt)
    if edit.kind in SHIFT_KINDS:
        return k == "shift" and _overlap(tgt, edit.tgt) and (not src or _overlap(src, edit.src))
    if edit.kind == "partial":
        return k in ("shift", "omission") and (_overlap(tgt, edit.tgt) or _overlap(src, edit.src))
    if edit.kind == "moved":
        if k == "moved":
            return _overlap(tgt, edit.tgt) or _overlap(src, edit.src)
        if moved_pairs:
            return (k == "omission" and _overlap(src, edit.src)) or (
                k == "addition" and _overlap(tgt, edit.tgt)
            )
    return False


def attribute(finding: Any) -> str:
    """The perturbation kind an unmatched finding would claim (for per-kind precision)."""
    if finding.kind != "shift":
        return finding.kind
    text = " ".join(finding.reasons).lower()
    for kind in SHIFT_KINDS:
        if kind in text:
            return kind
    return "partial"


@dataclass
class Tally:
    """Counts accumulated over documents; turned into tables at the end."""

    planted: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    detected: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    reason_ok: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    tp: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    fp: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    stray: int = 0  # findings on perturbed docs touching no edit
    untouched_in_perturbed: int = 0
    clean_findings: dict[str, int] = field(default_factory=dict)  # on untouched docs, by kind
    clean_sentences: int = 0
    clean_reasons: dict[str, int] = field(default_factory=dict)  # why those findings fired
    # findings on listed real errors of the published text (known_errors.py), by kind
    reference: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    clean_reference: int = 0  # of those, on untouched documents
    confidences: list[float] = field(default_factory=list)
    correct: list[bool] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _on_known(f: Any, doc: ParallelDoc, known: dict[int, Any] | None) -> bool:
    return is_known_error(attribute(f), f.src, doc.src_lines, known or {})


def score_perturbed(
    tally: Tally,
    pdoc: PerturbedDoc,
    findings: Sequence[Any],
    pairs: bool,
    known: dict[int, Any] | None = None,
) -> None:
    """Match one document's findings to its edits and add the counts to `tally`."""
    hits: dict[int, list[Any]] = {n: [] for n in range(len(pdoc.edits))}
    for f in findings:
        matched = [n for n, e in enumerate(pdoc.edits) if compatible(f, e, pairs)]
        untouched = not (_overlap(f.src, pdoc.touched_src) or _overlap(f.tgt, pdoc.touched_tgt))
        on_known = not matched and untouched and _on_known(f, pdoc.doc, known)
        if matched:
            hits[matched[0]].append(f)
            tally.tp[pdoc.edits[matched[0]].kind] += 1
        elif on_known:
            tally.reference[attribute(f)] += 1
        else:
            tally.fp[attribute(f)] += 1
            tally.stray += untouched
        tally.confidences.append(float(f.confidence))
        tally.correct.append(bool(matched) or on_known)
    for n, e in enumerate(pdoc.edits):
        tally.planted[e.kind] += 1
        got = hits[n]
        if e.kind == "moved" and not any(f.kind == "moved" for f in got):
            found = {f.kind for f in got} >= {"omission", "addition"}
        else:
            found = bool(got)
        if found:
            tally.detected[e.kind] += 1
            reasons = " ".join(r for f in got for r in f.reasons).lower()
            if e.kind not in SHIFT_KINDS or e.kind in reasons:
                tally.reason_ok[e.kind] += 1
    tally.untouched_in_perturbed += len(pdoc.tgt) - len(pdoc.touched_tgt)


def score_clean(
    tally: Tally, doc: ParallelDoc, findings: Sequence[Any], known: dict[int, Any] | None = None
) -> None:
    """On an untouched document every finding is a false alarm, unless it reports a listed
    real error of the published translation."""
    tally.clean_sentences += len(doc.tgt)
    for f in findings:
        on_known = _on_known(f, doc, known)
        tally.confidences.append(float(f.confidence))
        tally.correct.append(on_known)
        if on_known:
            tally.reference[attribute(f)] += 1
            tally.clean_reference += 1
            continue
        tally.clean_findings[f.kind] = tally.clean_findings.get(f.kind, 0) + 1
        for r in f.reasons or ("(no reason)",):
            tally.clean_reasons[r] = tally.clean_reasons.get(r, 0) + 1


def summarize(tally: Tally) -> dict[str, Any]:
    """Per-kind P/R/F1, overall, false alarms and calibration, as plain JSON-able data."""
    table = {}
    for k in KINDS:
        planted, found = tally.planted[k], tally.detected[k]
        p = prf(tally.tp[k], tally.fp[k], 0)
        r = found / planted if planted else math.nan
        f1 = _f1(p.precision, r) if planted else 0.0
        p_raw = prf(tally.tp[k], tally.fp[k] + tally.reference[k], 0).precision
        table[k] = {
            "planted": planted,
            "detected": found,
            "recall": r,
            "precision": p.precision if tally.tp[k] + tally.fp[k] else math.nan,
            "f1": f1,
            "findings_tp": tally.tp[k],
            "findings_fp": tally.fp[k],
            "reason_agrees": tally.reason_ok[k],
            "reference_errors_found": tally.reference[k],
            "f1_raw": _f1(p_raw, r) if planted else 0.0,
        }
    planted = sum(tally.planted.values())
    found = sum(tally.detected.values())
    overall = prf(sum(tally.tp.values()), sum(tally.fp.values()), 0)
    r_all = found / planted if planted else math.nan
    clean = sum(tally.clean_findings.values())
    overall_raw = prf(
        sum(tally.tp.values()), sum(tally.fp.values()) + sum(tally.reference.values()), 0
    )
    conf = tally.confidences
    return {
        "per_kind": table,
        "overall": {
            "planted": planted,
            "detected": found,
            "recall": r_all,
            "precision": overall.precision,
            "f1": _f1(overall.precision, r_all) if planted else 0.0,
            "f1_raw": _f1(overall_raw.precision, r_all) if planted else 0.0,
        },
        "false_alarms": {
            "untouched_docs_per_100": 100 * clean / tally.clean_sentences
            if tally.clean_sentences
            else math.nan,
            "untouched_docs_per_100_raw": 100
            * (clean + tally.clean_reference)
            / tally.clean_sentences
            if tally.clean_sentences
            else math.nan,
            "untouched_docs_findings": dict(tally.clean_findings),
            "untouched_docs_sentences": tally.clean_sentences,
            "untouched_docs_reasons": dict(
                sorted(tally.clean_reasons.items(), key=lambda kv: -kv[1])
            ),
            "perturbed_docs_per_100_untouched": 100 * tally.stray / tally.untouched_in_perturbed
            if tally.untouched_in_perturbed
            else math.nan,
        },
        "reference_errors": {
            "found": sum(tally.reference.values()),
            "on_untouched_docs": tally.clean_reference,
        },
        "calibration": {
            "findings": len(conf),
            "ece": expected_calibration_error(conf, tally.correct) if conf else math.nan,
            "bins": [b.__dict__ for b in reliability_table(conf, tally.correct)] if conf else [],
            # confidence -> observed share correct; a remap the pipeline could adopt
            "isotonic": _knots(conf, tally.correct),
        },
        "errors": tally.errors[:5],
        "error_count": len(tally.errors),
    }


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _knots(conf: Sequence[float], correct: Sequence[bool]) -> dict[str, list[float]]:
    if not conf:
        return {"x": [], "y": []}
    iso = fit_isotonic(conf, correct)
    return {"x": list(iso.knots_x), "y": list(iso.knots_y)}


def kinds_for(i: int, per_doc: int) -> list[str]:
    """Rotate through the kinds so that every kind gets about the same number of edits."""
    return [KINDS[(i * per_doc + x) % len(KINDS)] for x in range(min(per_doc, len(KINDS)))]


def build_perturbed(
    docs: Sequence[ParallelDoc], n: int, seed: int, per_doc: int = 3
) -> list[PerturbedDoc]:
    """`n` perturbed documents (cycling over `docs`), the same for the same arguments."""
    if not docs:
        return []
    pool = name_pool(docs)
    return [
        perturb(docs[i % len(docs)], kinds_for(i, per_doc), seed * 1_000_003 + i, docs, pool)
        for i in range(n)
    ]


def run_check(
    check: CheckFn,
    src: Sequence[str],
    tgt: Sequence[str],
    doc: ParallelDoc,
    tgt_mt: Any,
    *,
    use_mt: bool,
    options: Any,
) -> Any:
    """`check` on one (possibly perturbed) document, with its line-by-line MT when asked."""
    return check(
        list(src),
        list(tgt),
        doc.src_lang,
        doc.tgt_lang,
        src_mt=list(doc.src_mt) if use_mt and doc.src_mt else None,
        tgt_mt=list(tgt_mt) if use_mt and tgt_mt else None,
        options=options,
    )


def evaluate_detection(
    docs: Sequence[ParallelDoc],
    perturbed: Sequence[PerturbedDoc],
    check: CheckFn,
    *,
    use_mt: bool,
    options: Any,
    pairs: bool = True,
    progress: Callable[[str], None] | None = None,
    known: dict[int, Any] | None = None,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Run `check` on untouched and perturbed documents; summaries in pair and strict mode.

    `known`: the corpus's listed real errors of the published text (known_errors.py).

    `check` is called as check_texts(src, tgt, src_lang, tgt_lang, src_mt=, tgt_mt=,
    options=) and must return an object with `.findings`.
    """
    pair_tally, strict_tally = Tally(), Tally()

    def run(src: Sequence[str], tgt: Sequence[str], d: ParallelDoc, tgt_mt: Any) -> Any:
        return run_check(check, src, tgt, d, tgt_mt, use_mt=use_mt, options=options)

    for n, d in enumerate(docs):
        try:
            findings = run(d.src, d.tgt, d, d.tgt_mt).findings
        except Exception as exc:  # one failing document must not lose the whole run
            pair_tally.errors.append(f"{d.name}: {type(exc).__name__}: {exc}")
            continue
        score_clean(pair_tally, d, findings, known)
        score_clean(strict_tally, d, findings, known)
        if progress:
            progress(f"untouched {n + 1}/{len(docs)}")
    for n, p in enumerate(perturbed):
        try:
            findings = run(p.doc.src, p.tgt, p.doc, p.tgt_mt).findings
        except Exception as exc:
            pair_tally.errors.append(f"{p.doc.name}#{n}: {type(exc).__name__}: {exc}")
            continue
        score_perturbed(pair_tally, p, findings, pairs=True, known=known)
        score_perturbed(strict_tally, p, findings, pairs=False, known=known)
        if progress:
            progress(f"perturbed {n + 1}/{len(perturbed)}")
    strict_tally.errors = pair_tally.errors
    return summarize(pair_tally), summarize(strict_tally)
