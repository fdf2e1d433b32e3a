"""Every failure of the CLI: its exit code, one stderr line that says what to do, no traceback.

Each test is a row of docs/errors.md. Pipeline runs use the real en-de-energy corpus pair
with --no-mt and one session cache, so the pair is embedded once. Pages are served on
127.0.0.1; nothing here resolves or reaches another host.
"""

from __future__ import annotations

import errno
import functools
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from transcheck.acquire import transport
from transcheck.acquire.fetch import FetchSettings
from transcheck.cli import main
from transcheck.cli_errors import EXIT_INTERNAL
from transcheck.errors import InputError

PAIR = Path(__file__).resolve().parents[1] / "corpora" / "en-de-energy"
ORIGINAL = PAIR / "original.html"
TRANSLATION = PAIR / "translation.txt"
CONSOLE_SCRIPT = Path(sys.executable).parent / "transcheck"

NAV_PAGE = """<!doctype html><html><head><title>Übersicht Politik</title></head><body>
<nav><ul><li><a href="/a">Politik</a></li><li><a href="/b">Wirtschaft</a></li>
<li><a href="/c">Sport</a></li></ul></nav><footer>Impressum · Datenschutz</footer>
</body></html>"""


def undecodable_bytes(size: int = 2048) -> bytes:
    """Seeded random bytes without NUL: not binary by our test, but no charset decodes them."""
    rng = random.Random(6)
    return bytes(rng.randrange(1, 256) for _ in range(size))


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache for the file: the corpus pair is embedded once."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A loopback web server with the original article and a navigation-only page."""
    root = tmp_path_factory.mktemp("site")
    shutil.copy(ORIGINAL, root / "original.html")
    (root / "nav.html").write_text(NAV_PAGE, encoding="utf-8")
    (root / "garbled.html").write_bytes(undecodable_bytes())
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=root))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def no_credit(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The translation without its "Quelle:" line, so it names no source."""
    lines = TRANSLATION.read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if not line.startswith("Quelle:")]
    assert len(kept) < len(lines)
    path = tmp_path_factory.mktemp("nocredit") / "translation.txt"
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def _fresh_politeness() -> Iterator[None]:
    transport.reset_politeness()
    yield
    transport.reset_politeness()


@pytest.fixture
def closed_port() -> int:
    """A loopback port nobody listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def invoke(args: list[str], cache_dir: Path | None, *, stdin: str | None = None) -> Result:
    """Run `transcheck ARGS --cache-dir CACHE` in-process (align: --no-cache instead)."""
    cache = ["--cache-dir", str(cache_dir)] if cache_dir else ["--no-cache"]
    return CliRunner().invoke(main, [*args, *cache], input=stdin)


def check_args(translation: Path | str, source: Path | str = ORIGINAL, *more: str) -> list[str]:
    return ["check", str(translation), "--source", str(source), "--no-mt", "-q", *more]


def assert_error(result: Result, code: int, *phrases: str) -> str:
    """The exit code, one stderr line with the phrases, no traceback, no report on stdout."""
    assert result.exit_code == code, (result.exit_code, result.stderr, result.exception)
    assert isinstance(result.exception, SystemExit | None), result.exception
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("transcheck: error: "), lines[0]
    for phrase in phrases:
        assert phrase in lines[0], (phrase, lines[0])
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    return lines[0]


# --- the translation itself ---------------------------------------------------------------


def test_missing_translation_file(tmp_path, cache_dir):
    result = invoke(check_args(tmp_path / "nope.txt"), cache_dir)
    assert_error(result, 2, "no such file", "nope.txt", "check the path")


def test_folder_instead_of_translation(tmp_path, cache_dir):
    result = invoke(check_args(tmp_path), cache_dir)
    assert_error(result, 2, "is a folder, not a file")


def test_binary_translation(tmp_path, cache_dir):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    result = invoke(check_args(path), cache_dir)
    assert_error(result, 2, "binary file", "give a UTF-8 text or HTML file")


def test_empty_translation(tmp_path, cache_dir):
    path = tmp_path / "empty.txt"
    path.write_text("  \n\n", encoding="utf-8")
    result = invoke(check_args(path), cache_dir)
    assert_error(result, 2, "is empty")


def test_empty_stdin(cache_dir):
    result = invoke(check_args("-"), cache_dir, stdin="")
    assert_error(result, 2, "standard input is empty")


def test_undecodable_translation(tmp_path, cache_dir):
    path = tmp_path / "garbled.txt"
    path.write_bytes(undecodable_bytes())
    result = invoke(check_args(path), cache_dir)
    assert_error(result, 2, f"cannot decode {path} as text", "save it as UTF-8")


def test_translation_of_one_sentence(tmp_path, cache_dir):
    path = tmp_path / "one.txt"
    path.write_text(
        "Eine Batteriespeicheranlage, die rund 300.000 Haushalte zwei Stunden lang mit Strom "
        "versorgen kann, hat am Stadtrand von Blyth den Betrieb aufgenommen.\n",
        encoding="utf-8",
    )
    result = invoke(check_args(path), cache_dir)
    assert_error(result, 2, "1 sentence(s)", "at least two")


def test_translation_whose_language_cannot_be_detected(tmp_path, cache_dir):
    path = tmp_path / "numbers.txt"
    path.write_text("2024: 12 / 5 / 3.000.\n1.200 - 2 - 16/11.\n", encoding="utf-8")
    result = invoke(check_args(path), cache_dir)
    assert_error(result, 2, "could not detect the language", "pass --tgt-lang")


# --- options ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("flag", "code"), [("--src-lang", "xx"), ("--tgt-lang", "klingon")], ids=["src", "tgt"]
)
def test_unknown_language_code(flag, code, cache_dir):
    result = invoke(check_args(TRANSLATION, ORIGINAL, flag, code), cache_dir)
    assert_error(result, 2, f"unknown language code {code!r} for {flag}", "two-letter")


def test_malformed_mt_memory_line_fails_before_fetching(tmp_path, cache_dir, closed_port):
    memory = tmp_path / "mt.jsonl"
    good = {"src_lang": "en", "tgt_lang": "de", "text": "Hello.", "translation": "Hallo."}
    memory.write_text(
        json.dumps(good) + "\n\n" + '{"src_lang": "en", "text": "x"\n', encoding="utf-8"
    )
    source = f"http://127.0.0.1:{closed_port}/original.html"  # never fetched: exit 2, not 3
    result = invoke(check_args(TRANSLATION, source, "--mt-memory", str(memory)), cache_dir)
    assert_error(result, 2, f"{memory}:3:", "not a JSON object", "fix or delete that line")


def test_mt_memory_line_missing_fields(tmp_path, cache_dir):
    memory = tmp_path / "mt.jsonl"
    memory.write_text('{"src_lang": "en", "tgt_lang": "de", "text": "Hi."}\n', encoding="utf-8")
    result = invoke(check_args(TRANSLATION, ORIGINAL, "--mt-memory", str(memory)), cache_dir)
    assert_error(result, 2, f"{memory}:1:", "missing or non-string translation")


def test_mt_memory_not_utf8(tmp_path, cache_dir):
    memory = tmp_path / "mt.jsonl"
    memory.write_bytes('{"src_lang": "en", "tgt_lang": "de", "text": "Grüße"}\n'.encode("cp1252"))
    result = invoke(check_args(TRANSLATION, ORIGINAL, "--mt-memory", str(memory)), cache_dir)
    assert_error(result, 2, "--mt-memory files must be UTF-8 JSONL", "iconv")


def test_mt_memory_is_a_folder(tmp_path, cache_dir):
    result = invoke(check_args(TRANSLATION, ORIGINAL, "--mt-memory", str(tmp_path)), cache_dir)
    assert_error(result, 2, f"--mt-memory {tmp_path} is a folder", "JSONL file")


def test_mt_memory_file_missing(tmp_path, cache_dir):
    memory = tmp_path / "gone.jsonl"
    result = invoke(check_args(TRANSLATION, ORIGINAL, "--mt-memory", str(memory)), cache_dir)
    assert_error(result, 2, f"--mt-memory {memory}: no such file", "check the path")


def test_offline_with_no_cache_conflicts(cache_dir):
    result = invoke(check_args(TRANSLATION, ORIGINAL, "--offline", "--no-cache"), cache_dir)
    assert_error(result, 2, "--offline", "--no-cache")


def test_cache_folder_that_cannot_be_made(tmp_path, cache_dir):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    result = CliRunner().invoke(
        main, [*check_args(TRANSLATION, ORIGINAL), "--cache-dir", str(blocker / "cache")]
    )
    assert_error(result, 2, "cannot create the cache folder", "--no-cache")
    as_option = CliRunner().invoke(
        main, [*check_args(TRANSLATION, ORIGINAL), "--cache-dir", str(blocker)]
    )
    assert_error(as_option, 2, "Invalid value for '--cache-dir'", "is a file")
    env = {"TRANSCHECK_CACHE_DIR": str(blocker)}
    result = CliRunner().invoke(main, check_args(TRANSLATION, ORIGINAL), env=env)
    assert_error(result, 2, f"the cache folder {blocker} is a file", "--cache-dir")


def test_damaged_embedding_cache_is_not_fatal(align_files, tmp_path):
    """A cache file SQLite cannot read costs the cache, not the run (was exit 70)."""
    src, tgt = align_files
    folder = tmp_path / "cache"
    folder.mkdir()
    (folder / "embeddings.sqlite").write_bytes(undecodable_bytes(4096))
    result = CliRunner().invoke(
        main, align_args(src, tgt), env={"TRANSCHECK_CACHE_DIR": str(folder)}
    )
    assert result.exit_code == 0, result.stderr
    assert len(json.loads(result.stdout)["alignment"]) == 3


def test_fail_on_unknown_item(cache_dir):
    result = invoke(check_args(TRANSLATION, ORIGINAL, "--fail-on", "omission,typo"), cache_dir)
    assert_error(result, 2, "--fail-on: unknown item 'typo'", "omission, addition")


@pytest.mark.parametrize(
    ("args", "phrase"),
    [
        (["--format", "pdf"], "Invalid value for '--format': 'pdf' is not one of"),
        (["--width", "5"], "Invalid value for '--width'"),
        (["--min-confidence", "1.5"], "Invalid value for '--min-confidence'"),
        (["--frobnicate"], "No such option '--frobnicate'"),
        (["-o", "."], "Invalid value for '-o' / '--output': File '.' is a directory"),
    ],
    ids=["format", "width", "min-confidence", "unknown-option", "output-is-folder"],
)
def test_option_errors_from_click(args, phrase, cache_dir):
    """Click's own parse errors are one line too, pointing at --help."""
    result = invoke(check_args(TRANSLATION, ORIGINAL, *args), cache_dir)
    assert_error(result, 2, phrase, "check --help'")


def test_unknown_command(cache_dir):
    result = CliRunner().invoke(main, ["chek", str(TRANSLATION)])
    assert_error(result, 2, "No such command 'chek'", "--help'")


def test_group_without_a_command_still_shows_its_help():
    result = CliRunner().invoke(main, ["models"])
    assert "Usage: main models [OPTIONS] COMMAND" in result.output
    assert "transcheck: error" not in result.output and "Traceback" not in result.output


# --- the source ---------------------------------------------------------------------------


def test_no_credit_line_and_no_source(no_credit, cache_dir):
    result = invoke(["check", str(no_credit), "--no-mt", "-q"], cache_dir)
    assert_error(result, 2, "no credit line", "--source URL|PATH")


@pytest.mark.parametrize("url", ["ftp://example.org/a.html", "file:///etc/hostname"])
def test_source_with_another_scheme(url, cache_dir):
    result = invoke(check_args(TRANSLATION, url), cache_dir)
    assert_error(result, 2, "only http:// and https://", repr(url))


def test_source_that_cannot_be_fetched(cache_dir, closed_port, monkeypatch):
    def fast(cls, options):  # retry at once: the test is about the message, not the waiting
        return cls(backoff_base=0.0, politeness_delay=0.0)

    monkeypatch.setattr(FetchSettings, "from_options", classmethod(fast))
    url = f"http://127.0.0.1:{closed_port}/article.html"
    result = invoke(check_args(TRANSLATION, url, "--timeout", "1"), cache_dir)
    assert_error(result, 3, f"cannot connect to 127.0.0.1:{closed_port}", "Connection refused")


def test_source_page_without_article_text(site, cache_dir):
    result = invoke(check_args(TRANSLATION, f"{site}/nav.html"), cache_dir)
    assert_error(result, 4, "no article text in 'Übersicht Politik'", "characters")


def test_source_page_in_no_known_charset(site, cache_dir):
    result = invoke(check_args(TRANSLATION, f"{site}/garbled.html"), cache_dir)
    assert_error(result, 3, "cannot tell the character set of", "save the page as UTF-8")


def test_source_served_over_http_works(site, cache_dir):
    result = invoke(check_args(TRANSLATION, f"{site}/original.html", "--format", "json"), cache_dir)
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["source"]["url"] == f"{site}/original.html"
    assert report["source"]["lang"] == "en" and report["translation"]["lang"] == "de"


def test_same_language_needs_allow_same_language(no_credit, cache_dir):
    result = invoke(check_args(TRANSLATION, no_credit), cache_dir)
    assert_error(result, 2, "both in German", "--allow-same-language")
    allowed = invoke(check_args(TRANSLATION, no_credit, "--allow-same-language"), cache_dir)
    assert allowed.exit_code == 0, allowed.stderr
    assert "Traceback" not in allowed.stderr


def test_require_mt_without_a_model(cache_dir, monkeypatch):
    monkeypatch.setattr("transcheck.translate.both_ways.installed_packages", lambda: [])
    args = ["check", str(TRANSLATION), "--source", str(ORIGINAL), "-q", "--require-mt"]
    result = invoke(args, cache_dir)
    assert_error(result, 5, "no machine translation en→de", "transcheck models install en de")


# --- findings and output ------------------------------------------------------------------


def test_fail_on_omission_exits_1_with_the_report(cache_dir):
    plain = invoke(check_args(TRANSLATION, ORIGINAL, "--format", "json"), cache_dir)
    assert plain.exit_code == 0, plain.stderr
    failing = invoke(
        check_args(TRANSLATION, ORIGINAL, "--format", "json", "--fail-on", "omission"), cache_dir
    )
    assert failing.exit_code == 1, failing.stderr
    report = json.loads(failing.stdout)
    assert any(f["kind"] == "omission" for f in report["findings"])
    assert "Traceback" not in failing.stderr


def test_output_into_a_missing_folder(tmp_path, cache_dir):
    target = tmp_path / "reports" / "r.json"
    result = invoke(check_args(TRANSLATION, ORIGINAL, "-o", str(target)), cache_dir)
    assert_error(result, 2, "cannot write the report", "does not exist", "create it first")
    assert not target.parent.exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_output_into_a_read_only_folder(tmp_path, cache_dir):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    result = invoke(check_args(TRANSLATION, ORIGINAL, "-o", str(folder / "r.json")), cache_dir)
    folder.chmod(0o755)
    assert_error(result, 2, "no permission to create files in", "choose another -o path")


def test_output_is_written_whole(tmp_path, cache_dir):
    target = tmp_path / "r.json"
    target.write_text("old report", encoding="utf-8")
    result = invoke(check_args(TRANSLATION, ORIGINAL, "-o", str(target)), cache_dir)
    assert result.exit_code == 0, result.stderr
    assert json.loads(target.read_text(encoding="utf-8"))["schema"] == "transcheck/report@1"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.json"]


def test_output_survives_a_failure_while_rendering(tmp_path, cache_dir, monkeypatch):
    def broken_render(*args, **kwargs):
        raise RuntimeError("renderer exploded")

    monkeypatch.setattr("transcheck.report.render", broken_render)
    target = tmp_path / "r.html"
    target.write_text("previous report", encoding="utf-8")
    result = invoke(check_args(TRANSLATION, ORIGINAL, "-o", str(target)), cache_dir)
    assert result.exit_code == EXIT_INTERNAL
    assert "RuntimeError: renderer exploded" in result.stderr
    assert target.read_text(encoding="utf-8") == "previous report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.html"]


def test_output_survives_a_failure_while_writing(tmp_path, cache_dir, monkeypatch):
    def disk_full(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device")

    target = tmp_path / "r.md"
    target.write_text("previous report", encoding="utf-8")
    monkeypatch.setattr(os, "replace", disk_full)
    result = invoke(check_args(TRANSLATION, ORIGINAL, "-o", str(target)), cache_dir)
    monkeypatch.undo()
    assert_error(result, 2, "No space left on device", "the previous file is unchanged")
    assert target.read_text(encoding="utf-8") == "previous report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.md"]


# --- bugs and interruptions ---------------------------------------------------------------


def _raise(exc: BaseException):
    def stage(*args, **kwargs):
        raise exc

    return stage


def test_internal_error_is_one_line_and_exit_70(cache_dir, monkeypatch):
    monkeypatch.setattr("transcheck.pipeline.compare", _raise(RuntimeError("boom\nsecond line")))
    result = invoke(check_args(TRANSLATION, ORIGINAL), cache_dir)
    assert result.exit_code == EXIT_INTERNAL
    lines = result.stderr.strip().splitlines()
    assert lines == [
        "transcheck: internal error (RuntimeError: boom second line); "
        "rerun with --debug and report the traceback"
    ]


def test_debug_lets_the_exception_through(cache_dir, monkeypatch):
    monkeypatch.setattr("transcheck.pipeline.compare", _raise(RuntimeError("boom")))
    result = invoke(check_args(TRANSLATION, ORIGINAL, "--debug"), cache_dir)
    assert isinstance(result.exception, RuntimeError)
    missing = invoke(check_args("/nonexistent/t.txt", ORIGINAL, "--debug"), cache_dir)
    assert isinstance(missing.exception, InputError)


def test_interrupt_exits_130(cache_dir, monkeypatch):
    monkeypatch.setattr("transcheck.pipeline.compare", _raise(KeyboardInterrupt()))
    result = invoke(check_args(TRANSLATION, ORIGINAL), cache_dir)
    assert result.exit_code == 130
    assert result.stderr.strip() == "transcheck: interrupted"


# --- transcheck align ---------------------------------------------------------------------

SRC_LINES = "The plant stores power.\nConstruction began in March.\nIt cost 240 million pounds.\n"
TGT_LINES = "Die Anlage speichert Strom.\nDer Bau begann im März.\nSie kostete 240 Millionen.\n"


@pytest.fixture
def align_files(tmp_path: Path) -> tuple[Path, Path]:
    src, tgt = tmp_path / "src.txt", tmp_path / "tgt.txt"
    src.write_text(SRC_LINES, encoding="utf-8")
    tgt.write_text(TGT_LINES, encoding="utf-8")
    return src, tgt


def align_args(src: Path, tgt: Path, *more: str) -> list[str]:
    langs = ["--src-lang", "en", "--tgt-lang", "de"]
    return ["align", str(src), str(tgt), "--presegmented", *langs, *more]


def test_align_src_mt_with_other_line_count(align_files, tmp_path):
    src, tgt = align_files
    mt = tmp_path / "src.mt"
    mt.write_text("Die Anlage speichert Strom.\nDer Bau begann im März.\n", encoding="utf-8")
    result = invoke(align_args(src, tgt, "--src-mt", str(mt)), None)
    assert_error(result, 2, "--src-mt has 2 lines but SRC has 3", "must match line by line")


def test_align_counts_lines_by_newline_only(align_files, tmp_path):
    """U+2028, U+0085 or a form feed inside a sentence do not make it two lines (was a bug)."""
    src, tgt = align_files
    src.write_text(
        "The plant\u2028stores power.\r\nConstruction\x85began in March.\nIt cost\x0c240.\n",
        encoding="utf-8",
    )
    mt = tmp_path / "src.mt"
    mt.write_text(TGT_LINES, encoding="utf-8")
    result = invoke(align_args(src, tgt, "--src-mt", str(mt)), None)
    assert result.exit_code == 0, result.stderr
    alignment = json.loads(result.stdout)["alignment"]
    assert [i for pair in alignment for i in pair[0]] == [0, 1, 2]
    assert [j for pair in alignment for j in pair[1]] == [0, 1, 2]


def test_align_non_utf8_input(align_files):
    src, tgt = align_files
    tgt.write_bytes("Die Anlage speichert Strom für März.\n".encode("latin-1"))
    result = invoke(align_args(src, tgt), None)
    assert_error(result, 2, f"TGT {tgt}: not UTF-8 text", "iconv -t utf-8")


def test_align_missing_file(align_files, tmp_path):
    src, _ = align_files
    result = invoke(align_args(src, tmp_path / "gone.txt"), None)
    assert_error(result, 2, "gone.txt: cannot read", "check the path")


def test_align_mt_without_presegmented(align_files):
    src, tgt = align_files
    args = ["align", str(src), str(tgt), "--src-lang", "en", "--tgt-lang", "de"]
    result = invoke([*args, "--src-mt", str(src)], None)
    assert_error(result, 2, "use them with --presegmented")


# --- the real console script --------------------------------------------------------------

needs_script = pytest.mark.skipif(not CONSOLE_SCRIPT.exists(), reason="no console script")


def _script(*args: str, cache_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(CONSOLE_SCRIPT), *args, "--cache-dir", str(cache_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@needs_script
def test_script_binary_input_is_one_line(tmp_path, cache_dir):
    path = tmp_path / "b.txt"
    path.write_bytes(b"abc\x00def")
    proc = _script(*check_args(path), cache_dir=cache_dir)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "binary file" in proc.stderr
    assert "Traceback" not in proc.stderr and proc.stdout == ""


@needs_script
def test_script_same_language_is_one_line(no_credit, cache_dir):
    proc = _script(*check_args(TRANSLATION, no_credit), cache_dir=cache_dir)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.count("\n") == 1 and "--allow-same-language" in proc.stderr
    assert "Traceback" not in proc.stderr


@needs_script
def test_script_debug_shows_the_traceback(cache_dir):
    proc = _script(*check_args("/nonexistent/t.txt", ORIGINAL, "--debug"), cache_dir=cache_dir)
    assert proc.returncode != 0
    assert "Traceback" in proc.stderr and "InputError: no such file" in proc.stderr


@needs_script
def test_script_closed_stdout_is_quiet(tmp_path, cache_dir):
    """`transcheck check … | head -0`: the reader left; no traceback, exit 141."""
    errors = tmp_path / "stderr.txt"
    args = [*check_args(TRANSLATION, ORIGINAL, "--format", "json"), "--cache-dir", str(cache_dir)]
    with errors.open("w") as err:
        proc = subprocess.Popen([str(CONSOLE_SCRIPT), *args], stdout=subprocess.PIPE, stderr=err)
        assert proc.stdout is not None
        proc.stdout.close()
        code = proc.wait(timeout=120)
    text = errors.read_text()
    assert code == 141, text
    assert "Traceback" not in text and "Exception ignored" not in text
