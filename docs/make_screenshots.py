"""Regenerate docs/report-html.png and docs/terminal.svg.

    .venv/bin/python docs/make_screenshots.py [REPORT.json]

With a JSON report (`transcheck check ... --format json -o report.json`) the pictures show
that report; without one they show the hand-built Vietnamese/German sample used by the
tests (tests/report/report_samples.py). The PNG needs /usr/bin/chromium (or $CHROMIUM).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from rich.console import Console

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def load_report(path: str | None):
    """The report to picture: a saved JSON report, or the tests' realistic sample."""
    if path:
        from transcheck.report.json import from_dict

        return from_dict(json.loads(Path(path).read_text("utf-8")))
    sys.path.insert(0, str(ROOT / "tests" / "report"))
    from report_samples import realistic_report

    return realistic_report()


def chromium_binary() -> str | None:
    return (
        os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    )


def screenshot(html_text: str, png: Path, *, size: tuple[int, int] = (1280, 1600)) -> None:
    """Render `html_text` in headless Chromium (no network, throwaway profile) to `png`."""
    binary = chromium_binary()
    if not binary:
        raise RuntimeError("chromium not found: apt-get install chromium, or set $CHROMIUM")
    with tempfile.TemporaryDirectory(prefix="transcheck-shot-") as tmp:
        page = Path(tmp) / "report.html"
        page.write_text(html_text, "utf-8")
        subprocess.run(
            [
                binary,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                f"--user-data-dir={Path(tmp) / 'profile'}",
                f"--screenshot={png}",
                f"--window-size={size[0]},{size[1]}",
                page.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=60,
        )


def terminal_svg(report, svg: Path, *, width: int = 130) -> None:
    """The terminal view as an SVG, as rich's recording console draws it."""
    from transcheck.report.terminal import print_report

    console = Console(record=True, width=width, force_terminal=True, color_system="truecolor")
    with open(os.devnull, "w") as sink:
        console.file = sink
        print_report(report, console)
    svg.write_text(console.export_svg(title="transcheck check"), "utf-8")


def main(argv: list[str]) -> int:
    from transcheck.report.html import to_html

    report = load_report(argv[1] if len(argv) > 1 else None)
    terminal_svg(report, DOCS / "terminal.svg")
    screenshot(to_html(report), DOCS / "report-html.png")
    print(f"wrote {DOCS / 'terminal.svg'} and {DOCS / 'report-html.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
