"""Writing reports: atomic replacement and format from the file extension."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from transcheck.report import FORMATS, render
from transcheck.report.output import format_for_path, write_atomic


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("r.json", "json"),
        ("r.MD", "md"),
        ("r.markdown", "md"),
        ("out/r.html", "html"),
        ("r.htm", "html"),
        ("r.txt", "rich"),
        ("report", None),
        ("r.pdf", None),
    ],
)
def test_format_for_path(name, fmt):
    assert format_for_path(Path(name)) == fmt
    assert fmt is None or fmt in FORMATS


def test_writes_and_replaces(tmp_path, realistic):
    target = tmp_path / "report.html"
    write_atomic(target, "old")
    write_atomic(target, render(realistic, "html"))
    assert target.read_text("utf-8").startswith("<!DOCTYPE html>")
    assert os.listdir(tmp_path) == ["report.html"]


def test_keeps_the_mode_of_an_existing_file(tmp_path):
    target = tmp_path / "r.md"
    target.write_text("old")
    target.chmod(0o640)
    write_atomic(target, "new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_failure_mid_write_leaves_old_file_and_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "report.json"
    target.write_text('{"old": true}')

    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="No space left"):
        write_atomic(target, '{"new": true}')
    assert target.read_text() == '{"old": true}'
    assert os.listdir(tmp_path) == ["report.json"]


def test_failed_rename_leaves_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "report.md"

    def broken_replace(src, dst):
        raise PermissionError("read-only")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(PermissionError):
        write_atomic(target, "text")
    assert os.listdir(tmp_path) == []


def test_missing_directory_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        write_atomic(tmp_path / "nope" / "r.json", "{}")


def test_unknown_format_is_refused(realistic):
    with pytest.raises(ValueError, match="unknown report format"):
        render(realistic, "pdf")
