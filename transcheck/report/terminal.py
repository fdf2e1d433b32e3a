"""The terminal view: a rich side-by-side diff of original (or its MT) and translation.

Article text always goes in as `Text` objects, never as markup strings: a sentence that
contains "[bold]" must print as written. Below 100 columns the two sides are stacked.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich import box
from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.style import Style
from rich.table import Table
from rich.text import Text

from transcheck.model import Finding, Report, Side
from transcheck.report import view
from transcheck.report.view import Cell, Row, Span

NARROW = 100  # below this many columns the sides are stacked

STYLES: dict[str, Style] = {
    "strong": Style(bold=True, underline=True, color="bright_white", bgcolor="red3"),
    "diff": Style(underline=True, color="black", bgcolor="khaki1"),
    "omission": Style(bold=True, color="red"),
    "addition": Style(bold=True, color="magenta"),
    "shift": Style(bold=True, color="yellow"),
    "moved": Style(bold=True, color="cyan"),
    "boilerplate": Style(dim=True, italic=True),
    "original": Style(dim=True, italic=True),
    "muted": Style(dim=True),
    "label": Style(bold=True),
}
VERDICT_STYLES: dict[str, str] = {
    "faithful": "bold green",
    "minor differences": "bold yellow",
    "substantial differences": "bold red",
    "not a translation": "bold reverse red",
}


def _styled(text: str, spans: Sequence[Span], base: Style | None = None) -> Text:
    out = Text(text, style=base or "")
    for span in spans:
        style = STYLES[span.level]
        out.stylize(base + style if base else style, span.start, span.end)
    return out


def _cell_text(cell: Cell | None, *, dim: bool = False) -> Text:
    """The shown text, and the original dimmed below it when the text is an MT."""
    if cell is None:
        return Text("")
    base = STYLES["boilerplate"] if dim else None
    out = _styled(cell.text, cell.spans, base)
    if cell.original is not None:
        out.append(f"\n{cell.original_lang}: ", STYLES["muted"])
        out.append_text(_styled(cell.original, cell.original_spans, STYLES["original"]))
    return out


def _finding_lines(report: Report, row: Row) -> Text:
    """Label, severity/confidence and reasons of the findings on a row."""
    out = Text()
    if row.kind:
        out.append(row.label, STYLES.get(row.kind, STYLES["label"]))
    seen: set[str] = set()
    for f in row.findings:
        finding: Finding = report.findings[f]
        out.append(f"\n#{f + 1} {finding.severity} {finding.confidence:.2f}", STYLES["muted"])
        for reason in finding.reasons:
            if reason not in seen:
                seen.add(reason)
                out.append(f"\n{reason}")
        change = view.evidence_change(finding)
        if change:
            out.append(f"\n{change}", STYLES["label"])
        if finding.kind != row.kind:
            out.append(f"\n{view.LABELS.get(finding.kind, finding.kind)}", STYLES[finding.kind])
    return out


def _index_text(row: Row) -> Text:
    if row.kind == "boilerplate":
        return Text("", STYLES["muted"])
    return Text(f"{view.span_label(row.src)}→{view.span_label(row.tgt)}", STYLES["muted"])


def _side_title(side: Side, what: str) -> str:
    return f"{what} ({side.lang})"


def _left_header(report: Report) -> str:
    if view.has_any_mt(report):
        return f"Original ({report.source.lang}), machine-translated → {report.translation.lang}"
    return _side_title(report.source, "Original")


def header(report: Report) -> Panel:
    """Both articles' titles, URLs and languages, the MT engine and the verdict."""
    grid = Table.grid(padding=(0, 2), expand=True)
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(ratio=1, overflow="fold")
    grid.add_column(ratio=1, overflow="fold")
    src, tgt = report.source, report.translation
    grid.add_row("", Text("Original", "bold"), Text("Translation", "bold"))
    grid.add_row("Title", Text(src.article.title or "—"), Text(tgt.article.title or "—"))
    grid.add_row(
        "URL",
        Text(src.article.url or src.article.location or "—", "underline"),
        Text(tgt.article.url or tgt.article.location or "—", "underline"),
    )
    grid.add_row("Language", Text(src.lang), Text(tgt.lang))
    grid.add_row(
        "Sentences",
        Text(f"{len(src.sentences)}"),
        Text(f"{len(tgt.sentences)} (+{len(tgt.article.boilerplate)} boilerplate lines)"),
    )
    grid.add_row("MT", Text(view.mt_label(report)), "")
    verdict = report.summary.verdict
    grid.add_row("Verdict", Text(verdict, VERDICT_STYLES.get(verdict, "bold")), "")
    return Panel(grid, title=Text("transcheck", "bold"), title_align="left", box=box.ROUNDED)


def _wide_table(report: Report, items: Sequence[Row | int]) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_lines=True, expand=True, pad_edge=False)
    table.add_column("", width=16, overflow="fold")
    table.add_column(Text(_left_header(report)), ratio=1, overflow="fold")
    table.add_column(Text(_side_title(report.translation, "Translation")), ratio=1, overflow="fold")
    for item in items:
        if isinstance(item, int):
            table.add_row(Text("⋯", STYLES["muted"]), Text(_skipped(item), STYLES["muted"]), "")
            continue
        first = _index_text(item)
        if item.kind:
            if first.plain:
                first.append("\n")
            first.append_text(_finding_lines(report, item))
        dim = item.kind == "boilerplate"
        table.add_row(first, _cell_text(item.left), _cell_text(item.right, dim=dim))
    return table


def _stacked_table(report: Report, items: Sequence[Row | int]) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_header=False, expand=True, pad_edge=False)
    table.add_column("", width=6, no_wrap=True)
    table.add_column("", ratio=1, overflow="fold")
    src_lang, tgt_lang = report.source.lang, report.translation.lang
    for item in items:
        if isinstance(item, int):
            table.add_row(Text("⋯", STYLES["muted"]), Text(_skipped(item), STYLES["muted"]))
            table.rows[-1].end_section = True
            continue
        lines: list[tuple[Text, Text]] = []
        if item.kind == "boilerplate":
            tag = Text(item.label, STYLES["boilerplate"])
            lines.append((Text("tgt", STYLES["muted"]), tag))
        else:
            head = _index_text(item)
            if item.kind:
                head = Text.assemble(head, "  ", _one_line(_finding_lines(report, item)))
            lines.append((Text("§", STYLES["muted"]), head))
        if item.left is not None:
            tag = "MT" if item.left.original is not None else src_lang
            lines.append((Text(tag, STYLES["muted"]), _styled(item.left.text, item.left.spans)))
            if item.left.original is not None:
                original = _styled(item.left.original, item.left.original_spans, STYLES["original"])
                lines.append((Text(src_lang, STYLES["muted"]), original))
        if item.right is not None:
            dim = item.kind == "boilerplate"
            lines.append((Text(tgt_lang, STYLES["muted"]), _cell_text(item.right, dim=dim)))
        for i, (tag, text) in enumerate(lines):
            table.add_row(tag, text, end_section=i == len(lines) - 1)
    return table


def _one_line(text: Text) -> Text:
    """Join a multi-line Text into one line, separating former lines with ' · '."""
    parts = text.split("\n")
    out = Text()
    for i, part in enumerate(parts):
        if i:
            out.append(" · ", STYLES["muted"])
        out.append_text(part)
    return out


def _skipped(n: int) -> str:
    return f"{n} aligned row{'s' if n != 1 else ''} without findings not shown"


def comparison(report: Report, *, width: int, only_findings: bool = False) -> RenderableType:
    """The side-by-side (or, when narrow, stacked) table of beads."""
    rows = view.build_rows(report, include_boilerplate=not only_findings)
    items: Sequence[Row | int] = view.with_context(rows) if only_findings else rows
    if only_findings and not report.findings:
        return Text("No findings.", STYLES["label"])
    if width < NARROW:
        return _stacked_table(report, items)
    return _wide_table(report, items)


def summary(report: Report) -> Panel:
    """Verdict, coverage, support and the counts of findings by kind and severity."""
    s = report.summary
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column()
    grid.add_row("Verdict", Text(s.verdict, VERDICT_STYLES.get(s.verdict, "bold")))
    grid.add_row("Coverage", Text(f"{s.coverage:.1%} of original sentences have a counterpart"))
    grid.add_row("Support", Text(f"{s.support:.1%} of translation sentences are backed"))
    note = view.threshold_note(report)
    if note:
        grid.add_row("Reported", Text(note, "bold"))
    counts = Table(box=box.SIMPLE, pad_edge=False, show_edge=False)
    counts.add_column("finding")
    for name in ("total", *view.SEVERITIES):
        counts.add_column(name, justify="right")
    by_sev = view.severity_counts(report)
    for kind in view.kinds_in_order(report):
        sev = by_sev.get(kind, {})
        total = view.count_of(report, kind)
        style = STYLES.get(kind, STYLES["label"]) if total else STYLES["muted"]
        cells = [str(sev.get(level, 0) or "") for level in view.SEVERITIES]
        counts.add_row(Text(kind, style), str(total), *cells)
    bp = len(report.translation.article.boilerplate)
    note = Text(
        f"{bp} boilerplate line{'s' if bp != 1 else ''} set aside (not additions)",
        STYLES["muted"],
    )
    return Panel(
        Group(grid, Text(""), counts, note),
        title=Text("Summary", "bold"),
        title_align="left",
        box=box.ROUNDED,
    )


def tests(report: Report) -> Text | None:
    """How the findings found without MT were tested (view.tested), one line each, under
    the finding's number: the table's narrow label column has no room for them."""
    lines = [
        (index, said)
        for index, finding in enumerate(report.findings)
        for said in view.tested(finding)
    ]
    if not lines:
        return None
    out = Text("How findings were tested", "bold")
    for index, said in lines:
        out.append(f"\n#{index + 1} ", STYLES["muted"])
        out.append(said)
    return out


def signature_line(report: Report) -> Text:
    """The sacrebleu-style signature: two runs compare only when these match."""
    sig = "|".join(f"{k}:{v}" for k, v in report.signature.items())
    return Text(f"signature: {sig}", STYLES["muted"], overflow="fold")


def print_report(report: Report, console: Console, *, only_findings: bool = False) -> None:
    """Print the whole report to any rich Console (a pager is the caller's business)."""
    console.print(header(report))
    console.print(comparison(report, width=console.width, only_findings=only_findings))
    tested = tests(report)
    if tested is not None:
        console.print(tested)
    console.print(summary(report))
    console.print(signature_line(report))
