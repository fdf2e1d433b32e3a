"""Bytes to text: charset detection, NFC, HTML sniffing and bounded decompression.

Pure functions shared by the fetcher and the file reader. The order of trust follows what
goes wrong on real news sites: a byte-order mark, then the declared charset (HTTP header,
then `<meta>`), then strict UTF-8, then charset-normalizer's guess. The result is always
NFC, because cp1258 (Vietnamese) and some Mac-made files use combining tone marks that
would otherwise never compare equal to the precomposed letters of the other side.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
import zlib
from collections.abc import Iterator

import charset_normalizer

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_HTML_START = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|div|p)\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAGS = re.compile(r"<(?:html|body|p|div|article|br)\b[^>]*>", re.IGNORECASE)


def bom_encoding(data: bytes) -> str | None:
    """The encoding announced by a byte-order mark, if the data starts with one."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def meta_charset(data: bytes) -> str | None:
    """The charset a `<meta charset>` or http-equiv tag declares in the first 4 KB."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "replace") if match else None


def known_codec(name: str | None) -> str | None:
    """The Python codec name for a declared charset, or None when Python has no such codec."""
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def decode_text(data: bytes, declared: str | None = None, *, html: bool = False) -> str | None:
    """Decode bytes to NFC text; None when no charset gives sensible text.

    `declared` is the charset from the HTTP header; `html` enables the `<meta>` look-up.
    """
    candidates = [bom_encoding(data), known_codec(declared)]
    if html:
        candidates.append(known_codec(meta_charset(data)))
    candidates.append("utf-8")
    for encoding in candidates:
        if encoding is None:
            continue
        try:
            return _nfc(data.decode(encoding))
        except (UnicodeDecodeError, LookupError):
            continue
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        return None
    return _nfc(str(best))


def looks_like_html(text: str) -> bool:
    """True when text is an HTML document rather than plain text (a saved page, say)."""
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    return len(_HTML_TAGS.findall(head)) >= 3


def looks_binary(data: bytes) -> bool:
    """True for NUL bytes in the first 8 KB, unless a UTF-16/32 byte-order mark explains them."""
    return bom_encoding(data) is None and b"\x00" in data[:8192]


def bounded_decompress(chunks: Iterator[bytes], encoding: str, limit: int) -> Iterator[bytes]:
    """Decode a gzip/deflate stream chunk by chunk, never producing more than `limit`+1 bytes.

    The cap works on the decoded size: a few kilobytes of gzip can expand to gigabytes,
    and zlib is told how much it may produce at most, so the bomb never reaches memory.
    """
    wbits = 16 + zlib.MAX_WBITS if encoding in ("gzip", "x-gzip") else zlib.MAX_WBITS
    decoder = zlib.decompressobj(wbits)
    produced = 0
    for chunk in chunks:
        data = chunk
        while data:
            room = limit + 1 - produced
            try:
                out = decoder.decompress(data, room)
            except zlib.error:
                if produced == 0 and wbits == zlib.MAX_WBITS:  # raw deflate without header
                    decoder = zlib.decompressobj(-zlib.MAX_WBITS)
                    wbits = -zlib.MAX_WBITS
                    continue
                raise
            produced += len(out)
            if out:
                yield out
            if produced > limit:
                return
            data = decoder.unconsumed_tail
    tail = decoder.flush()
    if tail:
        yield tail[: limit + 1 - produced]


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)
