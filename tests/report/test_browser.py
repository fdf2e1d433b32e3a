"""Open the HTML report in headless Chromium and check that a page was really drawn."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from transcheck.report import render

CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
SIZE = (1280, 1600)


def read_png(path: Path) -> tuple[int, int, bytes]:
    """Width, height and decompressed IDAT bytes of a PNG (stdlib only)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width, height = 8, b"", 0, 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height = struct.unpack(">II", body[:8])
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    return width, height, zlib.decompress(idat)


@pytest.mark.skipif(
    not Path(CHROMIUM).exists(), reason="chromium not installed (apt-get install chromium)"
)
def test_html_report_renders_in_chromium(tmp_path, realistic):
    page = tmp_path / "report.html"
    page.write_text(render(realistic, "html"), "utf-8")
    png = tmp_path / "shot.png"
    subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}",
            f"--screenshot={png}",
            f"--window-size={SIZE[0]},{SIZE[1]}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    width, height, pixels = read_png(png)
    assert (width, height) == SIZE
    # Rows are filter byte + RGB(A) pixels; a drawn page has many distinct byte values
    # (text, highlights, borders), a blank one only the background's.
    assert len(set(pixels)) > 32, "screenshot looks blank"
    stride = len(pixels) // height
    distinct_rows = {pixels[i * stride + 1 : (i + 1) * stride] for i in range(height)}
    assert len(distinct_rows) > 100, "too few distinct pixel rows: page barely rendered"
