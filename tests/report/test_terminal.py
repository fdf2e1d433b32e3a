"""The terminal view: golden text at fixed widths, labels, highlights, options."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest
from rich.console import Console

from transcheck.model import Report
from transcheck.report import render
from transcheck.report.terminal import print_report

GOLDEN = Path(__file__).parent / "golden"


def recorded(report: Report, width: int, **options: bool) -> str:
    with open(os.devnull, "w") as sink:
        console = Console(record=True, width=width, color_system=None, file=sink)
        print_report(report, console, **options)
    return console.export_text()


def check_golden(name: str, text: str, request: pytest.FixtureRequest) -> None:
    path = GOLDEN / name
    update = request.config.getoption("--update-golden") or os.environ.get(
        "TRANSCHECK_UPDATE_GOLDEN"
    )
    if update or not path.exists():
        path.write_text(text, "utf-8")
        if not update:
            pytest.fail(f"golden file {path.name} was missing and has been written; rerun")
    assert text == path.read_text("utf-8"), (
        f"rendering differs from {path}; if the change is intended, rerun with --update-golden"
    )


@pytest.mark.parametrize(
    ("width", "only_findings", "name"),
    [
        (120, False, "realistic-120.txt"),
        (80, False, "realistic-80.txt"),
        (120, True, "realistic-120-only-findings.txt"),
    ],
)
def test_golden_realistic(realistic, request, width, only_findings, name):
    check_golden(name, recorded(realistic, width, only_findings=only_findings), request)


def test_golden_hostile(hostile, request):
    check_golden("hostile-120.txt", recorded(hostile, 120), request)


def test_header_names_both_articles_engine_and_verdict(realistic):
    text = recorded(realistic, 160)
    head = text.split("╰")[0]
    for expected in (
        "Mưa lũ ở miền Trung làm 12 người chết",
        "Unwetter in Zentralvietnam: 12 Tote",
        "https://tin.example.vn/thoi-su/mua-lu-mien-trung-4812345.html",
        "https://nachrichten.example.de/asien/vietnam-unwetter-12-tote",
        "memory",
        "substantial differences",
    ):
        assert expected in head


def test_rows_follow_beads_with_labels(realistic):
    lines = recorded(realistic, 160).splitlines()
    idx = [line.split()[0] for line in lines if line.strip() and "→" in line.split()[0]]
    assert idx == ["1→1", "2→2", "3→3–4", "4→5", "5→–", "–→6", "6→7", "7→8"]
    text = "\n".join(lines)
    assert "OMITTED" in text and "ADDED" in text and "SHIFT" in text
    assert "number mismatch" in text and "3.000 → 30.000" in text
    assert text.count("boilerplate") >= 3  # one label per boilerplate line


def test_omission_row_is_one_sided(realistic):
    lines = recorded(realistic, 160).splitlines()
    start = next(i for i, line in enumerate(lines) if line.lstrip().startswith("5→–"))
    block = lines[start : start + 4]
    assert "Die lokalen Behörden" in block[0]
    # the translation column of the omission row is empty
    assert all(len(line.rstrip()) < 110 for line in block)


def test_mt_shown_with_original_below(realistic):
    text = recorded(realistic, 160)
    mt = text.index("Die lokalen Behörden haben jede Familie")
    original = text.index("Chính quyền địa phương")
    assert mt < original


def test_narrow_width_stacks_sides(realistic):
    text = recorded(realistic, 80)
    assert max(len(line) for line in text.splitlines()) <= 80
    lines = text.splitlines()
    mt_line = next(i for i, line in enumerate(lines) if "Laut dem Lenkungsausschuss" in line)
    tgt_line = next(i for i, line in enumerate(lines) if "Nach Angaben des" in line)
    assert tgt_line > mt_line  # below, not beside
    assert "Laut dem" not in lines[tgt_line]


def test_only_findings_keeps_one_row_of_context(realistic):
    text = recorded(realistic, 160, only_findings=True)
    assert "Laut dem Lenkungsausschuss" in text  # the shift
    assert "Drei Tage lang" in text  # context before it
    assert "Viele Straßen" in text  # context after it
    assert "Die Bevölkerung" not in text  # far from any finding
    assert "without findings not shown" in text
    assert "Kommentar (0)" not in text


def test_only_findings_without_findings_says_so(realistic):
    clean = dataclasses.replace(realistic, findings=())
    assert "No findings." in recorded(clean, 120, only_findings=True)


def test_article_text_is_never_markup(hostile):
    text = recorded(hostile, 160)
    assert "[bold" in text and "Markup[/bold" in text
    assert "<script>alert('src')</script>" in text


def test_color_adds_ansi_and_highlights_numbers(realistic):
    plain = render(realistic, "rich", width=120, color=False)
    colored = render(realistic, "rich", width=120, color=True)
    assert "\x1b[" not in plain
    assert "\x1b[" in colored
    # 30.000 is strongly highlighted: an escape sequence directly precedes it
    assert "m30.000" in colored
    assert "30.000" in plain


def test_render_width_is_respected(realistic):
    for width in (72, 100, 150):
        out = render(realistic, "rich", width=width, color=False)
        assert max(len(line) for line in out.splitlines()) <= width


def test_tests_of_findings_are_listed_under_their_numbers(realistic):
    """The label column has no room for how a finding was tested: a section says it."""
    assert "How findings were tested" not in recorded(realistic, 120)  # nothing tested
    test = {"without_name": "Die Expedition unter erreichte den Gipfel.", "closer_by": 0.0241}
    shift = dataclasses.replace(
        realistic.findings[0], evidence={**realistic.findings[0].evidence, "name_test": test}
    )
    report = dataclasses.replace(realistic, findings=(shift, *realistic.findings[1:]))
    out = recorded(report, 120)
    assert "How findings were tested" in out
    assert "#1 without the name the translation reads “Die Expedition unter" in out
    assert out.index("How findings were tested") < out.index("Summary")
