"""Writing reports to files: atomically, and in the format the file name asks for."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

_BY_SUFFIX: dict[str, str] = {
    ".json": "json",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".txt": "rich",  # terminal view without colour
}


def format_for_path(path: Path) -> str | None:
    """The report format a file name implies, or None when the suffix says nothing."""
    return _BY_SUFFIX.get(Path(path).suffix.lower())


def _new_file_mode() -> int:
    """What a plain open() would give a new file: 0o666 less the umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomic(path: Path, text: str) -> None:
    """Write `text` (UTF-8) to `path` so readers see the old file or the new, never half.

    A temporary file in the same directory is written, fsynced and renamed over `path`;
    on any error it is removed and the old file is left as it was.
    """
    path = Path(path)
    data = text.encode("utf-8")
    try:
        mode = path.stat().st_mode & 0o7777
    except FileNotFoundError:
        mode = _new_file_mode()
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    _fsync_dir(path.parent)


def _fsync_dir(directory: Path) -> None:
    """Make the rename itself durable where the platform allows it."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
