"""A loopback web server that misbehaves on request, for the acquisition tests.

Serves on 127.0.0.1 (port 0) from a thread; every route is one way real sites fail.
`server.hits[path]` counts requests per path (query included), so tests can tell a cache
hit from a network request and use a fresh query string to get a fresh counter.
"""

from __future__ import annotations

import contextlib
import gzip
import threading
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

ARTICLE_PARAGRAPHS = [
    "Die Regierung hat am Montag ein neues Gesetz zum Schutz der Küsten vorgestellt, "
    "das nach Angaben des Ministeriums bis zum Jahr 2030 umgesetzt werden soll.",
    "Nach Schätzungen des Umweltbundesamts sind rund 10.000 Hektar Marschland bedroht, "
    "vor allem an der Nordsee zwischen Cuxhaven und der dänischen Grenze.",
    "Kritiker bemängeln, dass die vorgesehenen Mittel von 2,5 Milliarden Euro nicht "
    "ausreichen würden, um alle gefährdeten Deiche rechtzeitig zu erhöhen.",
]
ARTICLE_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Neues Küstenschutzgesetz</title>
<meta name="author" content="Anna Beispiel"><meta name="date" content="2024-11-18">
</head><body>
<nav><ul><li><a href="/">Start</a></li><li><a href="/politik">Politik</a></li></ul></nav>
<article><h1>Neues Küstenschutzgesetz vorgestellt</h1>
<p>{}</p>
<p>Deich bei Cuxhaven im Oktober. (Quelle: dpa) |</p>
<p>{}</p>
<p>[Anzeige_2]</p>
<p>{}</p>
<p>Quelle: <a href="https://example.org/kuestenschutz-2030.html">Beispiel-Zeitung</a></p>
</article>
<footer><p>Impressum</p></footer></body></html>
""".format(*ARTICLE_PARAGRAPHS)

VI_PARAGRAPHS = [
    "Bộ trưởng Ngoại giao Việt Nam cho biết hôm nay rằng quan hệ hai nước đang phát triển "
    "tốt đẹp trong nhiều lĩnh vực.",
    "Người dân thành phố Hồ Chí Minh đã tham gia lễ hội đông đảo, theo báo Tuổi Trẻ.",
    "Giá xăng dầu trong nước dự kiến sẽ giảm nhẹ vào kỳ điều chỉnh tới, "
    "sau khi giá thế giới liên tục đi xuống trong tuần qua.",
]
VI_HTML = (
    "<html><head><title>Tin tức thế giới</title></head><body><article>"
    + "".join(f"<p>{p}</p>" for p in VI_PARAGRAPHS)
    + "</article></body></html>"
)
NAV_HTML = """<html><head><title>Übersicht Politik</title></head><body>
<nav><ul><li><a href="/a">Inland</a></li><li><a href="/b">Ausland</a></li>
<li><a href="/c">Wirtschaft</a></li><li><a href="/d">Sport</a></li></ul></nav>
<div class="cookie">Wir verwenden Cookies. <button>OK</button></div></body></html>"""
HOME_HTML = "<html><head><title>Startseite</title></head><body><p>Willkommen</p></body></html>"
ROBOTS_TXT = "User-agent: *\nDisallow: /private/\n"
BOMB_SIZE = 20 * 1024 * 1024

_TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text: str) -> bytes:
    """Encode as Windows-1258 does: base letters precomposed, tone marks combining."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            tones = "".join(c for c in parts if c in _TONES)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
            out += base.encode("cp1258") + tones.encode("cp1258")
    return bytes(out)


@dataclass
class Server:
    """The running test server: its base URL and request counters."""

    base: str
    hits: Counter = field(default_factory=Counter)
    _httpd: ThreadingHTTPServer | None = None

    def url(self, path: str) -> str:
        return self.base + path

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:
        state = self.server.state  # type: ignore[attr-defined]
        state.hits[self.path] += 1
        count = state.hits[self.path]
        route = urlsplit(self.path).path
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self._route(route, count)

    def _send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8", **headers):
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, status: int, location: str) -> None:
        self._send(status, b"", Location=location)

    def _route(self, route: str, count: int) -> None:
        if route in ("/article", "/private/article", "/counted"):
            self._send(200, ARTICLE_HTML.encode())
        elif route == "/":
            self._send(200, HOME_HTML.encode())
        elif route == "/text":
            self._send(200, "\n".join(ARTICLE_PARAGRAPHS).encode(), "text/plain; charset=utf-8")
        elif route == "/robots.txt":
            self._send(200, ROBOTS_TXT.encode(), "text/plain")
        elif route == "/missing":
            self._send(404, b"<html><body>Not here</body></html>")
        elif route == "/paywall":
            self._send(403, b"<html><body>Subscribe</body></html>")
        elif route == "/error":
            self._send(500, b"<html><body>Oops</body></html>")
        elif route == "/flaky":
            if count <= 2:
                self._send(503, b"busy")
            else:
                self._send(200, ARTICLE_HTML.encode())
        elif route == "/busy":
            if count == 1:
                self._send(429, b"slow down", Retry_After="1")
            else:
                self._send(200, ARTICLE_HTML.encode())
        elif route == "/rate-limited":
            self._send(429, b"slow down", Retry_After="3600")
        elif route == "/down":
            self._send(503, b"down")
        elif route == "/loop-a":
            self._redirect(302, "/loop-b")
        elif route == "/loop-b":
            self._redirect(302, "/loop-a")
        elif route.startswith("/chain/"):
            self._redirect(302, f"/chain/{int(route.rsplit('/', 1)[1]) + 1}")
        elif route == "/old":
            self._redirect(301, "/article")
        elif route == "/news/2024/deleted-story":
            self._redirect(301, "/")
        elif route == "/slow":
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            self.wfile.write(b"<html><body><p>Beginning")
            self.wfile.flush()
            time.sleep(3)
        elif route == "/endless":
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            chunk = b"<p>" + b"Endlos. " * 1000 + b"</p>\n"
            for _ in range(100_000):  # stops when the client hangs up
                self.wfile.write(chunk)
        elif route == "/pdf":
            self._send(200, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "application/pdf")
        elif route == "/mislabelled":
            self._send(200, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
        elif route == "/untyped":
            self._send(200, ARTICLE_HTML.encode(), "")
        elif route == "/vi":
            self._send(200, cp1258(VI_HTML), "text/html")
        elif route == "/nav":
            self._send(200, NAV_HTML.encode())
        elif route == "/gzipped":
            self._send(200, gzip.compress(ARTICLE_HTML.encode()), Content_Encoding="gzip")
        elif route == "/bomb":
            self._send(200, _bomb(), Content_Encoding="gzip")
        else:
            self._send(404, b"unknown route")


_BOMB: list[bytes] = []


def _bomb() -> bytes:
    """20 MB of HTML-ish bytes, gzipped to about 20 KB (made once)."""
    if not _BOMB:
        _BOMB.append(gzip.compress(b"<p>" + b"A" * BOMB_SIZE, compresslevel=9))
    return _BOMB[0]


def start_server() -> Server:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    state = Server(base=f"http://127.0.0.1:{httpd.server_address[1]}")
    state._httpd = httpd
    httpd.state = state  # type: ignore[attr-defined]
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return state


@dataclass
class SleepRecorder:
    """Stands in for time.sleep: records what the fetcher asked to wait, without waiting."""

    waits: list[float] = field(default_factory=list)

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
