"""How every failure reaches the user: one stderr line and an exit code, decided here only.

Exit codes (DESIGN.md §3, docs/errors.md): 2 usage/input/output error; 3 fetch; 4 no
article text; 5 fatal model problem; 70 internal error (a bug); 130 interrupted; 141 the
reader of stdout went away. `--debug` (or TRANSCHECK_DEBUG=1) lets the traceback through.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from transcheck.errors import OutputError, TranscheckError, UsageError

EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for `yes | head`


def one_line(text: str) -> str:
    """Messages are one stderr line, so scripts can log them and `grep` them reliably."""
    return " ".join(text.split())


def guard(func: Callable[..., Any]) -> Callable[..., Any]:
    """Map our errors to one stderr line and an exit code; --debug shows the traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        debug = bool(kwargs.get("debug")) or os.environ.get("TRANSCHECK_DEBUG") == "1"
        try:
            return func(*args, **kwargs)
        except TranscheckError as exc:
            if debug:
                raise
            click.echo(f"transcheck: error: {one_line(str(exc))}", err=True)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("transcheck: interrupted", err=True)
            sys.exit(EXIT_INTERRUPTED)
        except BrokenPipeError:
            _quiet_stdout()
            sys.exit(EXIT_BROKEN_PIPE)
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
        except Exception as exc:  # a bug: say so in one line, keep the traceback for --debug
            if debug:
                raise
            detail = one_line(f"{type(exc).__name__}: {exc}").rstrip(":")
            click.echo(
                f"transcheck: internal error ({detail}); "
                "rerun with --debug and report the traceback",
                err=True,
            )
            sys.exit(EXIT_INTERNAL)

    return wrapper


def _quiet_stdout() -> None:
    """The reader of stdout (head, less) went away: drop what is left, without a traceback."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no real file descriptor (tests)
        pass


def check_output_path(path: Path) -> None:
    """Fail before the (slow) run when -o cannot be written, not after it."""
    parent = path.parent
    if not parent.exists():
        raise OutputError(
            f"cannot write the report to {path}: the folder {parent} does not exist; "
            "create it first or choose another -o path"
        )
    if not parent.is_dir():
        raise OutputError(
            f"cannot write the report to {path}: {parent} is not a folder; choose another -o path"
        )
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError(
            f"cannot write the report to {path}: no permission to create files in {parent}; "
            "choose another -o path"
        )


def write_output(path: Path, text: str) -> None:
    """Atomic write; an OSError (disk full, permissions) becomes a one-line OutputError."""
    from transcheck.report.output import write_atomic

    existed = path.exists()
    try:
        write_atomic(path, text)
    except OSError as exc:
        kept = "the previous file is unchanged" if existed else "no file was written"
        raise OutputError(
            f"cannot write the report to {path} ({exc.strerror or exc}); {kept}: "
            "free some space or choose another -o path"
        ) from exc


def check_cache_dir(explicit: Path | None) -> None:
    """The cache folder (explicit > $TRANSCHECK_CACHE_DIR > user cache dir) must be makeable."""
    from transcheck.options import ensure_cache_dir

    ensure_cache_dir(explicit)


def check_memories(paths: tuple[Path, ...]) -> None:
    """Read every --mt-memory file up front, so a bad line fails before any fetching."""
    from transcheck.translate.memory import load_memory

    for path in paths:
        if not path.exists():
            raise UsageError(f"--mt-memory {path}: no such file; check the path")
        if not path.is_file():
            raise UsageError(f"--mt-memory {path} is a folder; give a JSONL file")
    load_memory(paths)


_NO_ARGS_IS_HELP = getattr(click.exceptions, "NoArgsIsHelpError", ())


class OneLineErrors(click.Group):
    """Click's option errors (bad choice, unknown option) as one stderr line, like ours."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.UsageError as exc:
            if isinstance(exc, _NO_ARGS_IS_HELP):  # `transcheck models`: show the help
                raise
            where = exc.ctx.command_path if exc.ctx is not None else ctx.command_path
            message = one_line(exc.format_message()).rstrip(".")
            click.echo(f"transcheck: error: {message}; see '{where} --help'", err=True)
            sys.exit(exc.exit_code)
