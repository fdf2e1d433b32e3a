"""load(): plain-text and HTML files, stdin, and every bad-input message."""

from __future__ import annotations

import io
import os
import unicodedata
from pathlib import Path

import pytest
from acquire_server import (
    ARTICLE_HTML,
    ARTICLE_PARAGRAPHS,
    NAV_HTML,
    VI_HTML,
    VI_PARAGRAPHS,
    cp1258,
)

from transcheck.acquire import load
from transcheck.errors import ExtractionError, InputError
from transcheck.options import Options

TRANSLATION = """Erster Absatz der Übersetzung mit einem ganzen Satz.{trailing}
(Ảnh: TTXVN)

Zweiter Absatz: Die Regierung kündigte 10.000 neue Stellen an.
[Anzeige_2]
Quelle: https://baoquocte.vn/bai-294058.html
Kommentar (0)
""".format(trailing="   ")  # trailing spaces, as copied from a web page


def input_error(location: str, **kwargs) -> str:
    with pytest.raises(InputError) as caught:
        load(location, Options(), **kwargs)
    assert caught.value.exit_code == 2
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_plain_text_file(tmp_path: Path) -> None:
    path = tmp_path / "translation.txt"
    path.write_text(TRANSLATION, encoding="utf-8")
    article = load(str(path), Options())
    assert article.url is None and article.location == str(path)
    assert article.title is None
    assert article.paragraphs == (
        "Erster Absatz der Übersetzung mit einem ganzen Satz.",
        "Zweiter Absatz: Die Regierung kündigte 10.000 neue Stellen an.",
    )
    assert article.boilerplate == (
        "(Ảnh: TTXVN)",
        "[Anzeige_2]",
        "Quelle: https://baoquocte.vn/bai-294058.html",
        "Kommentar (0)",
    )
    assert article.credit_url == "https://baoquocte.vn/bai-294058.html"


def test_html_file_is_extracted(tmp_path: Path) -> None:
    path = tmp_path / "original.html"
    path.write_text(ARTICLE_HTML, encoding="utf-8")
    article = load(str(path), Options())
    assert article.url is None
    assert article.paragraphs[1:] == tuple(ARTICLE_PARAGRAPHS)
    assert "Impressum" not in article.paragraphs
    assert article.credit_url == "https://example.org/kuestenschutz-2030.html"


def test_html_is_sniffed_without_an_html_name(tmp_path: Path) -> None:
    path = tmp_path / "saved-page"
    path.write_text(ARTICLE_HTML, encoding="utf-8")
    assert load(str(path), Options()).paragraphs[1:] == tuple(ARTICLE_PARAGRAPHS)


def test_cp1258_html_file_without_charset(tmp_path: Path) -> None:
    path = tmp_path / "vi.html"
    path.write_bytes(cp1258(VI_HTML))
    article = load(str(path), Options())
    assert article.paragraphs == tuple(VI_PARAGRAPHS)
    assert all(p == unicodedata.normalize("NFC", p) for p in article.paragraphs)


def test_decomposed_text_becomes_nfc(tmp_path: Path) -> None:
    path = tmp_path / "nfd.txt"
    path.write_text(unicodedata.normalize("NFD", VI_PARAGRAPHS[0]), encoding="utf-8")
    assert load(str(path), Options()).paragraphs == (VI_PARAGRAPHS[0],)


def test_utf16_file_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes("Ein Satz auf Deutsch über Straßen.\n".encode("utf-16"))
    assert load(str(path), Options()).paragraphs == ("Ein Satz auf Deutsch über Straßen.",)


def test_stdin_text() -> None:
    article = load("-", Options(), stdin=io.StringIO(TRANSLATION))
    assert article.location == "-" and article.url is None
    assert len(article.paragraphs) == 2
    assert article.credit_url == "https://baoquocte.vn/bai-294058.html"


def test_stdin_bytes_buffer() -> None:
    stream = io.TextIOWrapper(io.BytesIO(cp1258(VI_HTML)), encoding="utf-8")
    assert load("-", Options(), stdin=stream).paragraphs == tuple(VI_PARAGRAPHS)


def test_missing_file() -> None:
    message = input_error("/nonexistent/translation.txt")
    assert message.startswith("no such file: /nonexistent/translation.txt")
    assert "https://" in message  # says how to pass a URL instead


def test_folder_instead_of_file(tmp_path: Path) -> None:
    assert "is a folder" in input_error(str(tmp_path))


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Text.")
    path.chmod(0)
    assert "permission denied" in input_error(str(path))


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    message = input_error(str(path))
    assert "binary file" in message and "UTF-8 text or HTML" in message


def test_pdf_file(tmp_path: Path) -> None:
    path = tmp_path / "article.pdf"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    assert "is a PDF" in input_error(str(path))


@pytest.mark.parametrize("content", ["", "  \n\n \t\n"])
def test_empty_file(tmp_path: Path, content: str) -> None:
    path = tmp_path / "empty.txt"
    path.write_text(content)
    assert message_names_empty(input_error(str(path)))


def test_empty_stdin() -> None:
    message = input_error("-", stdin=io.StringIO(""))
    assert message.startswith("standard input is empty")


def test_only_boilerplate(tmp_path: Path) -> None:
    path = tmp_path / "junk.txt"
    path.write_text("[Anzeige_2]\nKommentar (0)\n")
    assert "only boilerplate" in input_error(str(path))


def test_too_big_file(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("Ein Satz. " * 2000)
    with pytest.raises(InputError, match=r"more than the 0\.01 MB limit"):
        load(str(path), Options(max_bytes=10_000))


def test_navigation_only_html_file(tmp_path: Path) -> None:
    path = tmp_path / "nav.html"
    path.write_text(NAV_HTML)
    with pytest.raises(ExtractionError) as caught:
        load(str(path), Options())
    assert caught.value.exit_code == 4
    assert "'Übersicht Politik'" in str(caught.value)


def message_names_empty(message: str) -> bool:
    return "is empty" in message and "the article's text" in message
