"""The command line: parse options → pipeline → render. Errors become exit codes in cli_errors.

Exit codes (DESIGN.md §3): 0 done; 1 findings at or above --fail-on; 2 usage or input
error; 3 source not fetched; 4 no article text; 5 language/model problem made fatal;
70 internal error (a bug: rerun with --debug and report it); 130 interrupted;
141 stdout closed early (e.g. `| head`). Every failure is one line on stderr: docs/errors.md.
"""

from __future__ import annotations

import json
import os
import sys

# Our matrices are small and many: a multi-threaded BLAS spends more time synchronising
# than computing (20x slower on a busy 2-core machine). Set before numpy is imported.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from transcheck import __version__
from transcheck.cli_errors import (
    OneLineErrors,
    check_cache_dir,
    check_memories,
    check_output_path,
    guard,
    write_output,
)
from transcheck.errors import UsageError
from transcheck.model import SEVERITY_ORDER, Report
from transcheck.options import Options

KINDS = ("omission", "addition", "shift", "moved")


def _parse_fail_on(value: str | None) -> tuple[set[str], str | None]:
    """`--fail-on omission,shift` or `--fail-on high` or both: kinds and a minimum severity."""
    if not value:
        return set(), None
    kinds: set[str] = set()
    severity: str | None = None
    for item in (v.strip().lower() for v in value.split(",") if v.strip()):
        if item in KINDS:
            kinds.add(item)
        elif item in SEVERITY_ORDER:
            severity = item
        elif item == "any":
            kinds.update(KINDS)
        else:
            raise UsageError(
                f"--fail-on: unknown item {item!r}; use kinds ({', '.join(KINDS)}), "
                "a severity (low, medium, high) or 'any'"
            )
    if severity and not kinds:
        kinds.update(KINDS)
    return kinds, severity


def _fails(report: Report, kinds: set[str], severity: str | None) -> bool:
    floor = SEVERITY_ORDER[severity] if severity else 0
    return any(f.kind in kinds and SEVERITY_ORDER[f.severity] >= floor for f in report.findings)


def _thresholds(min_confidence: float | None) -> dict[str, float]:
    """The run's thresholds that differ from the calibrated defaults (findings.Thresholds)."""
    return {} if min_confidence is None else {"min_confidence": min_confidence}


def _progress_printer(enabled: bool) -> Callable[[str], None] | None:
    if not enabled:
        return None

    def say(message: str) -> None:
        click.echo(f"transcheck: {message}", err=True)

    return say


@click.group(cls=OneLineErrors, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="transcheck")
def main() -> None:
    """Check a published translation against its original: what was added, omitted or
    shifted in meaning."""


@main.command("check")
@click.argument("translation")
@click.option(
    "--source",
    "source",
    metavar="URL|PATH",
    help="The original (default: the URL in the translation's credit line).",
)
@click.option("--src-lang", metavar="L", help="Language of the original (default: detected).")
@click.option("--tgt-lang", metavar="L", help="Language of the translation (default: detected).")
@click.option(
    "--mt-memory",
    "mt_memory",
    multiple=True,
    type=click.Path(path_type=Path),
    metavar="FILE",
    help="JSONL translations you already have; used before any model.",
)
@click.option("--no-mt", is_flag=True, help="Do not use Argos models (memories still apply).")
@click.option("--require-mt", is_flag=True, help="Exit 5 when machine translation is missing.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["rich", "json", "md", "html"]),
    default=None,
    help="Report format (default: rich, or from the -o file extension).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write the report here (atomically).",
)
@click.option(
    "--fail-on",
    metavar="KINDS",
    help="Exit 1 when findings of these kinds/severity exist, e.g. omission,addition or high.",
)
@click.option(
    "--only-findings", is_flag=True, help="Show only finding rows and one line of context."
)
@click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    metavar="P",
    help="Report findings at least this likely (default 0.5); lower it to review "
    "borderline candidates, each shown with its confidence.",
)
@click.option("--width", type=click.IntRange(40, 400), help="Terminal width for the rich view.")
@click.option("--no-color", is_flag=True, help="No colours (NO_COLOR is honoured too).")
@click.option("--offline", is_flag=True, help="Answer fetches only from the HTTP cache.")
@click.option("--no-cache", is_flag=True, help="Bypass the HTTP, embedding and MT caches.")
@click.option(
    "--cache-dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="Cache directory (default: the user cache dir; or $TRANSCHECK_CACHE_DIR).",
)
@click.option(
    "--max-age",
    type=click.FloatRange(0),
    default=86400.0,
    show_default=True,
    help="HTTP cache lifetime in seconds.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(0.1),
    default=20.0,
    show_default=True,
    help="HTTP connect/read timeout in seconds.",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(1024),
    default=10 * 1024 * 1024,
    show_default=True,
    help="Largest page fetched.",
)
@click.option("--respect-robots", is_flag=True, help="Honour robots.txt of the source site.")
@click.option(
    "--allow-same-language", is_flag=True, help="Compare even when both texts are in one language."
)
@click.option("-q", "--quiet", is_flag=True, help="No progress messages on stderr.")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
@guard
def check_cmd(
    translation: str,
    source: str | None,
    fmt: str | None,
    output: Path | None,
    fail_on: str | None,
    only_findings: bool,
    width: int | None,
    no_color: bool,
    quiet: bool,
    debug: bool,
    **kw: Any,
) -> None:
    """Compare TRANSLATION (path, URL or -) with its original."""
    from transcheck import pipeline
    from transcheck.report import render
    from transcheck.report.output import format_for_path

    kinds, severity = _parse_fail_on(fail_on)
    if kw["offline"] and kw["no_cache"]:
        raise UsageError("--offline answers from the cache, so it cannot be used with --no-cache")
    if output is not None:
        check_output_path(output)
        fmt = fmt or format_for_path(output) or "rich"
    fmt = fmt or "rich"
    cache_dir = kw["cache_dir"] or (
        Path(os.environ["TRANSCHECK_CACHE_DIR"]) if os.environ.get("TRANSCHECK_CACHE_DIR") else None
    )
    options = Options(
        src_lang=kw["src_lang"],
        tgt_lang=kw["tgt_lang"],
        mt_memory=tuple(kw["mt_memory"]),
        use_argos=not kw["no_mt"],
        require_mt=kw["require_mt"],
        use_cache=not kw["no_cache"],
        offline=kw["offline"],
        max_age=kw["max_age"],
        timeout=kw["timeout"],
        max_bytes=kw["max_bytes"],
        respect_robots=kw["respect_robots"],
        allow_same_language=kw["allow_same_language"],
        cache_dir=cache_dir,
        thresholds=_thresholds(kw["min_confidence"]),
    )
    check_memories(options.mt_memory)
    if options.use_cache:
        check_cache_dir(options.cache_dir)
    say = _progress_printer(not quiet and sys.stderr.isatty())
    report = pipeline.check(translation, source, options, stdin=sys.stdin, progress=say)
    if report.translations.info.note and not quiet:
        click.echo(f"transcheck: note: {report.translations.info.note}", err=True)
    color = not (no_color or "NO_COLOR" in os.environ)
    if output is not None:
        text = render(report, fmt, width=width, color=False, only_findings=only_findings)
        write_output(output, text)
    elif fmt == "rich":
        _print_rich(report, width, color, only_findings)
    else:
        click.echo(
            render(report, fmt, width=width, color=color, only_findings=only_findings), nl=False
        )
    if _fails(report, kinds, severity):
        sys.exit(1)


def _print_rich(report: Report, width: int | None, color: bool, only_findings: bool) -> None:
    from rich.console import Console

    from transcheck.report.terminal import print_report

    console = Console(width=width, no_color=not color, highlight=False, emoji=False)
    if console.is_terminal and len(report.alignment) > console.size.height:
        with console.pager(styles=color):
            print_report(report, console, only_findings=only_findings)
    else:
        print_report(report, console, only_findings=only_findings)


def _read_lines(path: Path, what: str) -> list[str]:
    from transcheck.errors import InputError

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{what} {path}: cannot read ({exc.strerror}); check the path") from None
    if b"\x00" in data:
        raise InputError(
            f"{what} {path}: binary file; give a UTF-8 text file, one sentence per line"
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(
            f"{what} {path}: not UTF-8 text; convert it (e.g. iconv -t utf-8)"
        ) from None
    # "\n" only, as wc -l and gold files count: str.splitlines() would also cut at U+2028,
    # U+0085, \x0c … inside a sentence and shift every index after it.
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.removesuffix("\r") for line in lines]


@main.command("align")
@click.argument("src", type=click.Path(path_type=Path, dir_okay=False))
@click.argument("tgt", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--presegmented", is_flag=True, help="One sentence per line, kept as given.")
@click.option("--src-lang", metavar="L", help="Language of SRC (default: detected).")
@click.option("--tgt-lang", metavar="L", help="Language of TGT (default: detected).")
@click.option(
    "--src-mt",
    type=click.Path(path_type=Path, dir_okay=False),
    help="SRC machine-translated into TGT's language, line by line.",
)
@click.option(
    "--tgt-mt",
    type=click.Path(path_type=Path, dir_okay=False),
    help="TGT machine-translated into SRC's language, line by line.",
)
@click.option(
    "--format", "fmt", type=click.Choice(["json", "text"]), default="json", show_default=True
)
@click.option("--no-cache", is_flag=True, help="Do not cache embeddings.")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
@guard
def align_cmd(
    src: Path,
    tgt: Path,
    presegmented: bool,
    src_lang: str | None,
    tgt_lang: str | None,
    src_mt: Path | None,
    tgt_mt: Path | None,
    fmt: str,
    no_cache: bool,
    debug: bool,
) -> None:
    """Align the sentences of SRC and TGT (output: the gold format of DESIGN.md §3)."""
    from transcheck import pipeline
    from transcheck.errors import InputError
    from transcheck.text import lang, segment

    if not no_cache:
        check_cache_dir(None)
    src_lines = _read_lines(src, "SRC")
    tgt_lines = _read_lines(tgt, "TGT")
    s_lang = lang.resolve("\n".join(src_lines), src_lang, "--src-lang")
    t_lang = lang.resolve("\n".join(tgt_lines), tgt_lang, "--tgt-lang")
    if presegmented:
        src_sents, tgt_sents = src_lines, tgt_lines
    else:
        if src_mt or tgt_mt:
            raise UsageError("--src-mt/--tgt-mt are line by line: use them with --presegmented")
        src_sents = [s for _, s in segment.split([p for p in src_lines if p.strip()], s_lang)]
        tgt_sents = [s for _, s in segment.split([p for p in tgt_lines if p.strip()], t_lang)]
    fwd = _read_lines(src_mt, "--src-mt") if src_mt else None
    bwd = _read_lines(tgt_mt, "--tgt-mt") if tgt_mt else None
    if fwd is not None and len(fwd) != len(src_sents):
        raise InputError(
            f"--src-mt has {len(fwd)} lines but SRC has {len(src_sents)}: "
            "they must match line by line"
        )
    if bwd is not None and len(bwd) != len(tgt_sents):
        raise InputError(
            f"--tgt-mt has {len(bwd)} lines but TGT has {len(tgt_sents)}: "
            "they must match line by line"
        )
    beads = pipeline.align_texts(
        src_sents,
        tgt_sents,
        s_lang,
        t_lang,
        src_mt=fwd,
        tgt_mt=bwd,
        options=Options(use_cache=not no_cache),
    )
    if fmt == "json":
        payload = {
            "alignment": [[list(b.src), list(b.tgt)] for b in beads],
            "scores": [round(b.score, 4) for b in beads],
        }
        click.echo(json.dumps(payload, ensure_ascii=False))
    else:
        for b in beads:
            left = " ".join(src_sents[i] for i in b.src)
            right = " ".join(tgt_sents[j] for j in b.tgt)
            click.echo(f"{list(b.src)}:{list(b.tgt)}\t{b.score:.3f}\t{left}\t{right}")


def _register() -> None:
    from transcheck.cli_eval import eval_group
    from transcheck.cli_models import models

    main.add_command(models)
    main.add_command(eval_group)


_register()
