"""The HTML report: one self-contained page (inline CSS, no scripts, nothing fetched).

Every piece of article text goes through `html.escape`; links are written only for
http(s) URLs. The page reads without JavaScript and prints cleanly.
"""

from __future__ import annotations

import html
import re
from importlib import resources

from transcheck.model import Report, Side
from transcheck.report import view
from transcheck.report.view import Cell, Row, Span


def esc(text: object) -> str:
    """Escape text for element content and quoted attribute values."""
    return html.escape(str(text), quote=True)


def _css() -> str:
    return resources.files("transcheck.report").joinpath("report.css").read_text("utf-8")


def _safe_url(url: str | None) -> str | None:
    """The URL when it is plain http(s) with no spaces or control characters, else None."""
    if url and re.match(r"^https?://[^\s\x00-\x1f\x7f]+$", url, re.IGNORECASE):
        return url
    return None


def _link(url: str | None, fallback: str | None) -> str:
    safe = _safe_url(url)
    if safe:
        return f'<a href="{esc(safe)}" rel="noreferrer noopener">{esc(safe)}</a>'
    return esc(url or fallback or "—")


def _marked(text: str, spans: tuple[Span, ...]) -> str:
    out: list[str] = []
    pos = 0
    for span in spans:
        out.append(esc(text[pos : span.start]))
        out.append(f'<mark class="{span.level}">{esc(text[span.start : span.end])}</mark>')
        pos = span.end
    out.append(esc(text[pos:]))
    return "".join(out)


def _cell(cell: Cell | None, side: str, label: str, empty: str) -> str:
    if cell is None:
        return f'<td class="{side} empty" data-label="{esc(label)}">{esc(empty)}</td>'
    body = _marked(cell.text, cell.spans)
    if cell.original is not None:
        label = f"{label}, machine-translated"
        body += (
            f'<span class="original" lang="{esc(cell.original_lang)}">'
            f"{_marked(cell.original, cell.original_spans)}</span>"
        )
    return (
        f'<td class="{side}" lang="{esc(cell.lang)}" dir="auto" data-label="{esc(label)}">'
        f"{body}</td>"
    )


def _article(side: Side, heading: str) -> str:
    a = side.article
    meta = [("Language", esc(side.lang)), ("Sentences", str(len(side.sentences)))]
    if a.date:
        meta.append(("Date", esc(a.date)))
    if a.author:
        meta.append(("Author", esc(a.author)))
    if a.boilerplate:
        meta.append(("Boilerplate", f"{len(a.boilerplate)} lines set aside"))
    items = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in meta)
    return (
        f'<section class="article"><h3>{heading}</h3>'
        f'<p class="title" lang="{esc(side.lang)}" dir="auto">{esc(a.title or "untitled")}</p>'
        f'<div class="url">{_link(a.url, a.location)}</div><dl class="meta">{items}</dl></section>'
    )


def _summary(report: Report) -> str:
    s = report.summary
    by_sev = view.severity_counts(report)
    rows = []
    for kind in view.kinds_in_order(report):
        sev = by_sev.get(kind, {})
        cells = "".join(f"<td>{sev.get(level, 0)}</td>" for level in view.SEVERITIES)
        rows.append(f"<tr><td>{esc(kind)}</td><td>{view.count_of(report, kind)}</td>{cells}</tr>")
    head = "".join(f"<th>{h}</th>" for h in ("Finding", "Total", "High", "Medium", "Low"))
    said = view.threshold_note(report)
    note = f'<p class="threshold">Reported: {esc(said)}</p>' if said else ""
    return (
        '<section id="summary"><h2>Summary</h2><div class="summary"><div class="figures">'
        f'<div class="figure"><b>{s.coverage:.1%}</b>coverage<br>'
        '<span class="muted">original sentences with a counterpart</span></div>'
        f'<div class="figure"><b>{s.support:.1%}</b>support<br>'
        '<span class="muted">translation sentences backed</span></div></div>'
        f'<table class="counts"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>{note}</section>"
    )


def _findings(report: Report, rows: list[Row]) -> str:
    row_of: dict[int, str] = {}
    for row in rows:
        for f in row.findings:
            row_of.setdefault(f, row.key)
    items = []
    for i, f in enumerate(report.findings):
        label = esc(view.LABELS.get(f.kind, f.kind))
        tag = f'<span class="tag {esc(f.kind)}">{label}</span>'
        target = row_of.get(i)
        place = esc(view.where(f.src, f.tgt))
        link = f'<a href="#{target}">{place}</a>' if target else place
        details = [esc(r) for r in f.reasons]
        change = view.evidence_change(f)
        if change:
            details.append(f"<q>{esc(change)}</q>")
        details += [f"tested: {esc(tested)}" for tested in view.tested(f)]
        text = f.src_text if f.kind == "omission" or not f.tgt_text else f.tgt_text
        quote = f'<span class="excerpt" dir="auto">{esc(view.excerpt(text))}</span>' if text else ""
        items.append(
            f'<li id="{view.finding_key(i)}">{tag} <b>{esc(f.severity)}</b> '
            f'<span class="muted">({f.confidence:.2f})</span> {link}'
            + (f' <span class="reasons">— {"; ".join(details)}</span>' if details else "")
            + quote
            + "</li>"
        )
    body = f'<ol class="findings">{"".join(items)}</ol>' if items else "<p>No findings.</p>"
    return f'<section id="findings"><h2>Findings</h2>{body}</section>'


def _index_cell(report: Report, row: Row) -> str:
    parts = []
    if row.kind != "boilerplate":
        parts.append(f"{view.span_label(row.src)} → {view.span_label(row.tgt)}")
    if row.kind:
        first = row.findings[0] if row.findings else None
        tag = f'<span class="tag {esc(row.kind)}">{esc(row.label)}</span>'
        if first is not None:
            tag = f'<a href="#{view.finding_key(first)}" class="tag {esc(row.kind)}">' + (
                f"{esc(row.label)}</a>"
            )
        parts.append(tag)
    reasons: list[str] = []
    for f in row.findings:
        reasons += [r for r in report.findings[f].reasons if r not in reasons]
    if reasons:
        parts.append(f'<span class="why">{esc("; ".join(reasons))}</span>')
    changes = [c for f in row.findings if (c := view.evidence_change(report.findings[f]))]
    for change in dict.fromkeys(changes):
        parts.append(f'<span class="change">{esc(change)}</span>')
    return f'<td class="idx">{"".join(f"<div>{part}</div>" for part in parts)}</td>'


def _table(report: Report, items: list[Row | int]) -> str:
    src, tgt = report.source, report.translation
    left_head = f"Original ({src.lang})"
    if view.has_any_mt(report):
        left_head += f", machine-translated → {tgt.lang}"
    right_head = f"Translation ({tgt.lang})"
    body = []
    for item in items:
        if isinstance(item, int):
            body.append(
                f'<tr class="skipped"><td colspan="3">{item} aligned rows without findings '
                "not shown</td></tr>"
            )
            continue
        kind = f' class="{esc(item.kind)}"' if item.kind else ""
        empty_left = "not in the original" if item.kind != "boilerplate" else ""
        empty_right = "omitted in the translation" if item.kind == "omission" else ""
        body.append(
            f'<tr id="{item.key}"{kind}>{_index_cell(report, item)}'
            f"{_cell(item.left, 'left', 'Original', empty_left)}"
            f"{_cell(item.right, 'right', 'Translation', empty_right)}</tr>"
        )
    return (
        '<section id="comparison"><h2>Side by side</h2><table class="diff">'
        '<colgroup><col class="idx"><col><col></colgroup>'
        f"<thead><tr><th>#</th><th>{esc(left_head)}</th><th>{esc(right_head)}</th></tr></thead>"
        f"<tbody>{''.join(body)}</tbody></table></section>"
    )


def to_html(report: Report, *, only_findings: bool = False) -> str:
    """The whole report as one self-contained HTML5 page."""
    rows = view.build_rows(report, include_boilerplate=not only_findings)
    items: list[Row | int] = view.with_context(rows) if only_findings else list(rows)
    src, tgt = report.source, report.translation
    verdict = report.summary.verdict
    verdict_class = re.sub(r"[^a-z0-9]+", "-", verdict.lower()).strip("-")
    sig = " | ".join(f"{k}: {v}" for k, v in report.signature.items())
    title = tgt.article.title or src.article.title or "translation"
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{esc(tgt.lang)}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="generator" content="transcheck">'
        f"<title>transcheck: {esc(title)}</title><style>{_css()}</style></head><body>"
        f'<header><h1>Translation check <span class="verdict {esc(verdict_class)}">'
        f"{esc(verdict)}</span></h1>"
        f'<p class="muted">Machine translation: {esc(view.mt_label(report))}</p>'
        f'<div class="articles">{_article(src, "Original")}{_article(tgt, "Translation")}'
        "</div></header><main>"
        f"{_summary(report)}{_findings(report, rows)}{_table(report, items)}</main>"
        f"<footer>Signature: <code>{esc(sig)}</code></footer></body></html>\n"
    )
