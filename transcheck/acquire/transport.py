"""The httpx transport stack: HTTP cache (hishel) over politeness over the network.

    CacheTransport (hishel, SQLite in the user cache dir, TTL = options.max_age)
      └─ PoliteTransport (per-host delay; only real network requests wait)
           └─ HTTPTransport          or  OfflineTransport (--offline: every miss fails)

Redirects are followed by the fetcher, hop by hop, so each hop is its own cache entry;
hishel (non-RFC mode) stores only 2xx responses, so the fetcher stores 3xx hops itself
with `store_redirect`, which lets `--offline` replay a URL that redirected when cached.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

import hishel
import httpx
from hishel.httpx import CacheTransport

from transcheck.errors import UsageError
from transcheck.options import Options, ensure_cache_dir
from transcheck.options import cache_dir as resolve_cache_dir

CACHE_FILE = "http-cache.sqlite"

# hishel logs storage failures with logger.exception; with no handler configured Python
# would print those tracebacks on stderr. A damaged cache is handled in open_storage.
_hishel_log = logging.getLogger("hishel")
if not _hishel_log.handlers:
    _hishel_log.addHandler(logging.NullHandler())
    _hishel_log.propagate = False

# Module-level on purpose: the delay must hold across fetches in one batch run.
_last_request: dict[str, float] = {}
_last_request_lock = threading.Lock()


class NotCachedError(httpx.TransportError):
    """Raised by the offline transport: the request would need the network."""


class OfflineTransport(httpx.BaseTransport):
    """Answers nothing: under the cache it turns every cache miss into NotCachedError."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        raise NotCachedError(f"{request.url} is not in the cache", request=request)


class PoliteTransport(httpx.BaseTransport):
    """Waits so that two network requests to the same host are at least `delay` s apart.

    "Host" is host and port: one server. Cache hits never reach this transport.
    """

    def __init__(
        self,
        inner: httpx.BaseTransport,
        delay: float,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.inner = inner
        self.delay = delay
        self.sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.delay > 0:
            host = request.url.netloc.decode("ascii")  # host:port, one server
            with _last_request_lock:
                last = _last_request.get(host)
            if last is not None:
                wait = self.delay - (time.monotonic() - last)
                if wait > 0:
                    self.sleep(wait)
            with _last_request_lock:
                _last_request[host] = time.monotonic()
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def reset_politeness() -> None:
    """Forget the last-request times (tests, or a new batch)."""
    with _last_request_lock:
        _last_request.clear()


def cache_dir(options: Options) -> Path:
    """Where the HTTP cache lives: the run's cache folder (see options.cache_dir)."""
    return resolve_cache_dir(options.cache_dir)


def cache_key(url: str) -> str:
    """One cache entry per URL (GET only); our own key so redirects can be stored too."""
    return hashlib.sha256(f"transcheck GET {url}".encode()).hexdigest()


def open_storage(options: Options) -> hishel.SqliteStorage:
    """The SQLite cache, created on first use; UsageError when its folder cannot be made."""
    database = ensure_cache_dir(options.cache_dir) / CACHE_FILE
    _set_aside_if_damaged(database)
    return hishel.SqliteStorage(
        database_path=database,
        default_ttl=options.max_age,
        max_stream_size=options.max_bytes,
    )


def _set_aside_if_damaged(database: Path) -> None:
    """Rename a cache file SQLite cannot read to *.damaged, so a fresh cache starts.

    A cache is only a copy of the web; a damaged one should cost a refetch, not a run.
    """
    if not database.exists():
        return
    try:
        with contextlib.closing(sqlite3.connect(database)) as connection:
            connection.execute("PRAGMA schema_version").fetchone()
    except sqlite3.DatabaseError:
        with contextlib.suppress(OSError):
            database.replace(database.with_suffix(".damaged"))


def build_transport(
    options: Options,
    *,
    politeness_delay: float,
    sleep: Callable[[float], None] = time.sleep,
) -> tuple[httpx.BaseTransport, hishel.SqliteStorage | None]:
    """The transport stack for these options, and the cache storage when there is one."""
    network: httpx.BaseTransport
    network = OfflineTransport() if options.offline else httpx.HTTPTransport()
    polite = PoliteTransport(network, politeness_delay, sleep)
    if not options.use_cache:
        if options.offline:
            raise UsageError(
                "--offline answers from the cache, so it cannot be used with --no-cache"
            )
        return polite, None
    storage = open_storage(options)
    return CacheTransport(next_transport=polite, storage=storage), storage


def store_redirect(
    storage: hishel.SqliteStorage, url: str, status: int, location: str, ttl: float
) -> None:
    """Remember a redirect hop so the cache (and --offline) can replay it."""
    entry = storage.create_entry(
        hishel.Request(method="GET", url=url),
        hishel.Response(
            status_code=status,
            headers=hishel.Headers({"location": location, "content-length": "0"}),
            stream=iter([b""]),
        ),
        cache_key(url),
        ttl=ttl,
    )
    for _ in entry.response.stream or ():  # the entry becomes visible once its body is read
        pass


def from_cache(response: httpx.Response) -> bool:
    """True when the cache answered this response (no network request was made)."""
    status = response.extensions.get("caching")
    return bool(status and status.get("from_cache"))
