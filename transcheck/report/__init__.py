"""Every output format, made from one Report: rich terminal text, JSON, Markdown, HTML.

`render(report, fmt)` is the one entry the CLI needs; `output.write_atomic` writes `-o` files.
This package reads `transcheck.model` only: it never computes findings.
"""

from __future__ import annotations

import io

from rich.console import Console

from transcheck.model import Report

FORMATS: tuple[str, ...] = ("rich", "json", "md", "html")


def render(
    report: Report,
    fmt: str,
    *,
    width: int | None = None,
    color: bool = True,
    only_findings: bool = False,
) -> str:
    """The report as text in `fmt`; "rich" is the terminal view (ANSI only when color)."""
    if fmt == "rich":
        from transcheck.report.terminal import print_report

        buffer = io.StringIO()
        console = Console(
            file=buffer,
            width=width or 120,
            color_system="truecolor" if color else None,
            force_terminal=color,
            no_color=not color,
            highlight=False,
            emoji=False,
            legacy_windows=False,
        )
        print_report(report, console, only_findings=only_findings)
        return buffer.getvalue()
    if fmt == "json":
        from transcheck.report.json import to_json

        return to_json(report)
    if fmt == "md":
        from transcheck.report.markdown import to_markdown

        return to_markdown(report, only_findings=only_findings)
    if fmt == "html":
        from transcheck.report.html import to_html

        return to_html(report, only_findings=only_findings)
    raise ValueError(f"unknown report format {fmt!r}; choose one of {', '.join(FORMATS)}")


__all__ = ["FORMATS", "render"]
