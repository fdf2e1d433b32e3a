"""Charset detection order, NFC, HTML sniffing and the bounded gzip decoder."""

from __future__ import annotations

import gzip
import unicodedata
import zlib

from acquire_server import VI_HTML, cp1258
from hypothesis import given, settings
from hypothesis import strategies as st

from transcheck.acquire.decode import (
    bounded_decompress,
    decode_text,
    looks_binary,
    looks_like_html,
    meta_charset,
)

GERMAN = "<p>Grüße aus Köln, sagte der Bürgermeister über die Straße.</p>"


def test_header_charset_wins() -> None:
    assert decode_text(GERMAN.encode("latin-1"), "iso-8859-1") == GERMAN


def test_meta_charset_is_used_when_the_header_has_none() -> None:
    page = f'<html><head><meta charset="windows-1252"></head><body>{GERMAN}</body></html>'
    assert meta_charset(page.encode("cp1252")) == "windows-1252"
    assert GERMAN in (decode_text(page.encode("cp1252"), None, html=True) or "")


def test_wrong_header_falls_back_to_detection() -> None:
    data = cp1258(VI_HTML)
    assert decode_text(data, "utf-8", html=True) == unicodedata.normalize("NFC", VI_HTML)


def test_cp1258_without_any_charset_is_detected_and_composed() -> None:
    text = decode_text(cp1258(VI_HTML), None, html=True)
    assert text == unicodedata.normalize("NFC", VI_HTML)
    assert "\u0323" not in (text or "")  # no combining dot below left over


def test_sniffing() -> None:
    assert looks_like_html("<!DOCTYPE html><html><body></body></html>")
    assert looks_like_html("  <!-- saved --> <html lang='de'>")
    assert not looks_like_html("Ein Satz mit <b> darin.\nNoch ein Satz.")
    assert looks_binary(b"abc\x00def")
    assert not looks_binary("Text".encode("utf-16"))


def test_bounded_gzip_stops_just_past_the_limit() -> None:
    bomb = gzip.compress(b"A" * 5_000_000)
    chunks = [bomb[i : i + 4096] for i in range(0, len(bomb), 4096)]
    produced = sum(len(c) for c in bounded_decompress(iter(chunks), "gzip", 100_000))
    assert produced == 100_001  # one byte over tells the caller the cap was hit


def test_bounded_deflate_small_body_is_whole() -> None:
    for data in (zlib.compress(GERMAN.encode()), zlib.compress(GERMAN.encode())[2:-4]):
        assert b"".join(bounded_decompress(iter([data]), "deflate", 10_000)) == GERMAN.encode()


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000), st.sampled_from([None, "utf-8", "latin-1", "bogus-charset"]))
def test_decode_never_raises_and_is_nfc(data: bytes, declared: str | None) -> None:
    text = decode_text(data, declared, html=True)
    assert text is None or text == unicodedata.normalize("NFC", text)
