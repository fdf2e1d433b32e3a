"""The JSON report, schema transcheck/report@1 (docs/report.schema.json).

`to_dict` is the contract scripts rely on; `from_dict` reads one back (for re-rendering a
saved report in another format). Fields are only ever added within @1.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from typing import Any

from transcheck.model import (
    SCHEMA,
    Anchors,
    Article,
    Bead,
    Finding,
    MTInfo,
    Report,
    Sentence,
    Side,
    Summary,
    Translations,
)
from transcheck.report.view import severity_counts


def jsonable(value: Any) -> Any:
    """Plain JSON values: tuples become lists, NaN/inf become null, unknowns become str."""
    if value is None or isinstance(value, bool | str | int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, Sequence | set | frozenset):
        return [jsonable(v) for v in value]
    if hasattr(value, "item"):  # numpy scalars
        return jsonable(value.item())
    return str(value)


def _side(side: Side) -> dict[str, Any]:
    a = side.article
    return {
        "url": a.url,
        "location": a.location,
        "title": a.title,
        "date": a.date,
        "author": a.author,
        "lang": side.lang,
        "sentences": [s.text for s in side.sentences],
        "paragraphs": [s.paragraph for s in side.sentences],
        "boilerplate": list(a.boilerplate),
        "credit_url": a.credit_url,
    }


def _mt(t: Translations) -> dict[str, Any]:
    return {
        "engine": t.info.engine,
        "available": t.info.available,
        "packages": list(t.info.packages),
        "note": t.info.note,
        "src_to_tgt": list(t.src_to_tgt),
        "tgt_to_src": list(t.tgt_to_src),
        "pivots": {"src": list(t.src_pivot), "tgt": list(t.tgt_pivot)},
    }


def _finding(f: Finding) -> dict[str, Any]:
    return {
        "kind": f.kind,
        "severity": f.severity,
        "confidence": jsonable(float(f.confidence)),
        "src": list(f.src),
        "tgt": list(f.tgt),
        "src_text": f.src_text,
        "tgt_text": f.tgt_text,
        "reasons": list(f.reasons),
        "evidence": jsonable(f.evidence),
    }


def to_dict(report: Report) -> dict[str, Any]:
    """The report as plain JSON data, schema transcheck/report@1."""
    s = report.summary
    return {
        "schema": report.schema,
        "source": _side(report.source),
        "translation": _side(report.translation),
        "mt": _mt(report.translations),
        "alignment": [[list(b.src), list(b.tgt)] for b in report.alignment],
        "alignment_scores": [jsonable(float(b.score)) for b in report.alignment],
        "findings": [_finding(f) for f in report.findings],
        "summary": {
            "verdict": s.verdict,
            "coverage": jsonable(float(s.coverage)),
            "support": jsonable(float(s.support)),
            "counts": {k: int(v) for k, v in s.counts.items()},
            "severity": severity_counts(report),
        },
        "signature": {str(k): str(v) for k, v in report.signature.items()},
    }


def to_json(report: Report) -> str:
    """Indented UTF-8 JSON text (non-ASCII kept readable), ending in a newline."""
    return json.dumps(to_dict(report), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def _side_from(data: Mapping[str, Any], role: str) -> Side:
    texts = list(data.get("sentences", []))
    paragraphs = list(data.get("paragraphs") or [0] * len(texts))
    sentences = tuple(
        Sentence(index=i, text=t, paragraph=int(p), anchors=Anchors())
        for i, (t, p) in enumerate(zip(texts, paragraphs, strict=False))
    )
    article = Article(
        url=data.get("url"),
        location=data.get("location") or data.get("url") or "",
        title=data.get("title"),
        date=data.get("date"),
        author=data.get("author"),
        paragraphs=tuple(texts),
        boilerplate=tuple(data.get("boilerplate", ())),
        credit_url=data.get("credit_url"),
    )
    return Side(role=role, article=article, lang=data.get("lang", ""), sentences=sentences)  # type: ignore[arg-type]


def from_dict(data: Mapping[str, Any]) -> Report:
    """Rebuild a Report from `to_dict` output (anchors are not stored, so they come back empty)."""
    if data.get("schema") != SCHEMA:
        raise ValueError(f"not a {SCHEMA} report: schema is {data.get('schema')!r}")
    mt = data.get("mt", {})
    pivots = mt.get("pivots") or {}
    translations = Translations(
        src_to_tgt=tuple(mt.get("src_to_tgt") or ()),
        tgt_to_src=tuple(mt.get("tgt_to_src") or ()),
        src_pivot=tuple(pivots.get("src") or ()),
        tgt_pivot=tuple(pivots.get("tgt") or ()),
        info=MTInfo(
            engine=mt.get("engine", "none"),
            available=bool(mt.get("available", False)),
            packages=tuple(mt.get("packages") or ()),
            note=mt.get("note"),
        ),
    )
    scores = list(data.get("alignment_scores") or [])
    alignment = tuple(
        Bead(tuple(src), tuple(tgt), float(scores[i] or 0.0) if i < len(scores) else 0.0)
        for i, (src, tgt) in enumerate(data.get("alignment", []))
    )
    findings = tuple(
        Finding(
            kind=f["kind"],
            severity=f["severity"],
            confidence=float(f.get("confidence") or 0.0),
            src=tuple(f.get("src", ())),
            tgt=tuple(f.get("tgt", ())),
            src_text=f.get("src_text", ""),
            tgt_text=f.get("tgt_text", ""),
            reasons=tuple(f.get("reasons", ())),
            evidence=dict(f.get("evidence") or {}),
        )
        for f in data.get("findings", [])
    )
    s = data.get("summary", {})
    summary = Summary(
        verdict=s.get("verdict", ""),
        coverage=float(s.get("coverage") or 0.0),
        support=float(s.get("support") or 0.0),
        counts=dict(s.get("counts") or {}),
    )
    return Report(
        source=_side_from(data.get("source", {}), "source"),
        translation=_side_from(data.get("translation", {}), "translation"),
        translations=translations,
        alignment=alignment,
        findings=findings,
        summary=summary,
        signature=dict(data.get("signature") or {}),
    )
