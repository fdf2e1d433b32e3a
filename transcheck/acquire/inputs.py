"""Local input: a file path or stdin, read as bytes and checked before anything else.

Each problem becomes an InputError (exit 2) with a one-line message naming the problem
and the fix, because these are the errors a user meets first, usually in a script.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from transcheck.acquire.decode import decode_text, looks_binary, looks_like_html
from transcheck.errors import InputError
from transcheck.model import Page

STDIN = "-"


def read_file(path: str, max_bytes: int) -> Page:
    """Read a local HTML or text file; InputError when it is missing, binary or empty."""
    file = Path(path)
    try:
        size = file.stat().st_size
        if file.is_dir():
            raise InputError(
                f"{path} is a folder, not a file; give the article's text or HTML file"
            )
        if size > max_bytes:
            raise InputError(
                f"{path} is {size / 1e6:.3g} MB, more than the {max_bytes / 1e6:g} MB limit; "
                "give the article alone (or raise --max-bytes)"
            )
        data = file.read_bytes()
    except FileNotFoundError as exc:
        raise InputError(
            f"no such file: {path}; check the path (a web address must start with https://)"
        ) from exc
    except PermissionError as exc:
        raise InputError(
            f"cannot read {path}: permission denied; check the file's permissions"
        ) from exc
    except IsADirectoryError as exc:
        raise InputError(
            f"{path} is a folder, not a file; give the article's text or HTML file"
        ) from exc
    except OSError as exc:
        raise InputError(f"cannot read {path} ({exc.strerror or exc}); check the path") from exc
    return page_from_bytes(
        data, path, is_html_name=file.suffix.lower() in (".html", ".htm", ".xhtml")
    )


def read_stdin(stream: TextIO | None, max_bytes: int) -> Page:
    """Read all of stdin (or `stream`), as bytes when it has a binary buffer."""
    stream = stream if stream is not None else sys.stdin
    if stream is None:
        raise InputError("no standard input to read; pipe the article in or give a file path")
    buffer = getattr(stream, "buffer", None)
    try:
        if buffer is not None:
            data = buffer.read(max_bytes + 1)
        else:
            text = stream.read(max_bytes + 1)
            data = text.encode("utf-8", "surrogatepass")
    except UnicodeDecodeError as exc:
        raise InputError(
            "standard input is not text in the terminal's encoding; pipe in UTF-8 text or HTML"
        ) from exc
    except OSError as exc:
        raise InputError(
            f"cannot read standard input ({exc.strerror or exc}); pipe in the article"
        ) from exc
    if len(data) > max_bytes:
        raise InputError(
            f"standard input is more than the {max_bytes / 1e6:g} MB limit; "
            "pipe in the article alone (or raise --max-bytes)"
        )
    return page_from_bytes(data, "standard input", location=STDIN)


def page_from_bytes(
    data: bytes, name: str, *, location: str | None = None, is_html_name: bool = False
) -> Page:
    """Checks common to files and stdin: PDF, binary, undecodable, empty."""
    where = location if location is not None else name
    if data.lstrip().startswith(b"%PDF"):
        raise InputError(
            f"{name} is a PDF; save the article as text or HTML (or give its web address)"
        )
    if looks_binary(data):
        raise InputError(
            f"{name} is a binary file, not text (it contains NUL bytes); "
            "give a UTF-8 text or HTML file"
        )
    text = decode_text(data, None, html=True)
    if text is None:
        raise InputError(f"cannot decode {name} as text; save it as UTF-8 and try again")
    if not text.strip():
        raise InputError(f"{name} is empty; give a file (or input) with the article's text")
    html = is_html_name or looks_like_html(text)
    return Page(
        url=None, location=where, body=text, content_type="text/html" if html else "text/plain"
    )
