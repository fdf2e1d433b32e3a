"""The Markdown report: a summary table and one section per finding.

Article text is untrusted: every Markdown- or HTML-active character is backslash-escaped
and whitespace collapsed, so a sentence can neither break a table nor inject markup.
"""

from __future__ import annotations

import re

from transcheck.model import Finding, Report, Side
from transcheck.report import view

# CommonMark lets any ASCII punctuation be backslash-escaped; these act anywhere in a line
# (emphasis, code, links, HTML, entities, GFM tables and strikethrough, math in some viewers).
_ACTIVE = re.compile(r"([\\`*_\[\]<>|~&!$])")
# An ordered-list marker ("1. ", "2) ") acts only at the start of a line.
_ORDERED = re.compile(r"^(\d{1,9})([.)])(?=\s|$)")


def _guard_line_start(text: str) -> str:
    """Escape what would start a list, heading, quote or setext underline."""
    if text[:1] in "-+#>=":
        return "\\" + text
    return _ORDERED.sub(r"\1\\\2", text)


def _escape_inline(text: str) -> str:
    return _ACTIVE.sub(r"\\\1", text)


def escape(text: str | None) -> str:
    """Text safe inside a Markdown paragraph, list item or table cell: one line, inert."""
    return _guard_line_start(_escape_inline(view.one_line(text or "")))


def _highlighted(text: str, spans: tuple[view.Span, ...]) -> str:
    """Escaped text with the strongly differing tokens in bold."""
    out: list[str] = []
    pos = 0
    for span in spans:
        piece = text[span.start : span.end]
        # "**" only works as emphasis when it touches word characters on its inside.
        if span.level != "strong" or not (piece[0].isalnum() and piece[-1].isalnum()):
            continue
        out.append(_escape_inline(text[pos : span.start]))
        out.append(f"**{_escape_inline(piece)}**")
        pos = span.end
    out.append(_escape_inline(text[pos:]))
    return _guard_line_start("".join(out))


def _link(url: str | None, fallback: str | None) -> str:
    if url and url.startswith(("http://", "https://")) and not re.search(r"[\s<>]", url):
        return f"<{url}>"
    return escape(url or fallback or "—")


def _side_cells(side: Side) -> list[str]:
    a = side.article
    return [
        escape(a.title or "—"),
        _link(a.url, a.location),
        escape(side.lang),
        escape(a.date or "—"),
        str(len(side.sentences)),
    ]


def _header(report: Report) -> list[str]:
    src, tgt = _side_cells(report.source), _side_cells(report.translation)
    names = ["Title", "URL", "Language", "Date", "Sentences"]
    lines = [
        f"# Translation check: {escape(report.translation.article.title or 'untitled')}",
        "",
        "| | Original | Translation |",
        "|---|---|---|",
    ]
    lines += [f"| {n} | {s} | {t} |" for n, s, t in zip(names, src, tgt, strict=True)]
    return [*lines, ""]


def _summary(report: Report) -> list[str]:
    s = report.summary
    by_sev = view.severity_counts(report)
    lines = [
        "## Summary",
        "",
        "| | |",
        "|---|---|",
        f"| Verdict | **{escape(s.verdict)}** |",
        f"| Coverage | {s.coverage:.1%} of original sentences have a counterpart |",
        f"| Support | {s.support:.1%} of translation sentences are backed by the original |",
        f"| Machine translation | {escape(view.mt_label(report))} |",
        f"| Boilerplate set aside | {len(report.translation.article.boilerplate)} lines |",
    ]
    note = view.threshold_note(report)
    if note:
        lines.append(f"| Reported | {escape(note)} |")
    lines += [
        "",
        "| Finding | Total | High | Medium | Low |",
        "|---|--:|--:|--:|--:|",
    ]
    for kind in view.kinds_in_order(report):
        sev = by_sev.get(kind, {})
        cells = " | ".join(str(sev.get(level, 0)) for level in view.SEVERITIES)
        lines.append(f"| {escape(kind)} | {view.count_of(report, kind)} | {cells} |")
    return [*lines, ""]


def _finding_section(report: Report, index: int, rows: dict[int, view.Row]) -> list[str]:
    f: Finding = report.findings[index]
    where = view.where(f.src, f.tgt)
    lines = [
        f"### {index + 1}. {escape(view.LABELS.get(f.kind, f.kind))}: "
        f"{escape(f.severity)}, confidence {f.confidence:.2f}",
        "",
        f"*{escape(where)}*",
        "",
    ]
    if f.reasons:
        lines += [f"Reasons: {'; '.join(escape(r) for r in f.reasons)}", ""]
    change = view.evidence_change(f)
    if change:
        lines += [f"Changed: **{escape(change)}**", ""]
    for tested in view.tested(f):
        lines += [f"Tested: {escape(tested)}", ""]
    row = rows.get(index)
    if f.src:
        left = row.left if row and row.left and set(row.src) == set(f.src) else None
        if left and left.original is not None:
            lines += [f"> **Original:** {_highlighted(left.original, left.original_spans)}", ">"]
            lines += [f"> **MT of the original:** {_highlighted(left.text, left.spans)}", ""]
        elif left:
            lines += [f"> **Original:** {_highlighted(left.text, left.spans)}", ""]
        else:
            lines += [f"> **Original:** {escape(f.src_text)}", ""]
    if f.tgt:
        right = row.right if row and row.right and set(row.tgt) == set(f.tgt) else None
        text = _highlighted(right.text, right.spans) if right else escape(f.tgt_text)
        lines += [f"> **Translation:** {text}", ""]
    mt_back = f.evidence.get("mt") if not f.src and isinstance(f.evidence, dict) else None
    if isinstance(mt_back, str) and mt_back:
        lines += [f"> **MT of the translation:** {escape(mt_back)}", ""]
    return lines


def to_markdown(report: Report, *, only_findings: bool = False) -> str:
    """The whole report as GitHub-flavoured Markdown (findings are the report's point,
    so `only_findings` changes nothing here; it is accepted for a uniform API)."""
    del only_findings
    rows: dict[int, view.Row] = {}
    for row in view.build_rows(report, include_boilerplate=False):
        for f in row.findings:
            rows.setdefault(f, row)
    lines = _header(report) + _summary(report)
    lines += ["## Findings", ""]
    if not report.findings:
        lines += ["No findings.", ""]
    for i in range(len(report.findings)):
        lines += _finding_section(report, i, rows)
    boilerplate = report.translation.article.boilerplate
    if boilerplate:
        lines += ["## Set aside as boilerplate (not additions)", ""]
        lines += [f"- {escape(line)}" for line in boilerplate] + [""]
    sig = "\\|".join(f"{escape(k)}:{escape(v)}" for k, v in report.signature.items())
    lines += ["---", "", f"Signature: {sig}", ""]
    return "\n".join(lines)
