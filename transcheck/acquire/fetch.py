"""Fetch a web page: redirects, retries, size cap, content type, charset, cache, robots.

Every failure becomes a FetchError (exit 3) or UsageError (exit 2) whose one-line message
says what went wrong and what to do; nothing here prints or exits.
"""

from __future__ import annotations

import email.utils
import random
import re
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import hishel
import httpx

from transcheck import __version__
from transcheck.acquire import transport
from transcheck.acquire.decode import bounded_decompress, decode_text, looks_binary, looks_like_html
from transcheck.acquire.robots import MAX_ROBOTS_BYTES, RobotsGate
from transcheck.errors import FetchError, UsageError
from transcheck.model import Page
from transcheck.options import Options

USER_AGENT = (
    f"transcheck/{__version__} (translation checker; +https://pypi.org/project/transcheck/)"
)
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain"})
ACCEPTED_TYPES = HTML_TYPES | TEXT_TYPES | {"application/octet-stream"}  # octet: sniffed
RETRY_STATUSES = frozenset({429, 502, 503, 504})
_HOME_PATH = re.compile(
    r"^/?(?:index\.(?:html?|php|aspx?|jsp))?$|^/[a-z]{2}(?:[-_][a-z]{2})?/?$", re.I
)


@dataclass(frozen=True)
class FetchSettings:
    """Knobs of the fetcher that Options does not (yet) carry; defaults suit real sites."""

    backoff_base: float = 0.5  # first retry waits about this long, then doubles
    backoff_max: float = 8.0
    retry_after_cap: float = 30.0  # a longer Retry-After makes us give up instead
    politeness_delay: float = 1.0  # between two network requests to the same host
    max_redirects: int = 10
    total_timeout: float | None = None  # whole body; None: max(60, 5 x options.timeout)
    sleep: Callable[[float], None] = field(default=time.sleep, compare=False)

    @classmethod
    def from_options(cls, options: Options) -> FetchSettings:
        """Defaults, overridden by same-named Options fields when Options grows them."""
        names = ("backoff_base", "retry_after_cap", "politeness_delay", "max_redirects")
        found = {n: getattr(options, n) for n in names if getattr(options, n, None) is not None}
        return cls(**found)


def check_url(url: str) -> None:
    """UsageError unless `url` is an absolute http(s) URL with a host."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise UsageError(
            f"only http:// and https:// addresses can be fetched, not {url!r}; "
            "download the page and pass the file instead"
        )
    if not parts.hostname:
        raise UsageError(
            f"{url!r} has no host name; give a full address such as https://example.com/article"
        )


def fetch(url: str, options: Options, *, settings: FetchSettings | None = None) -> Page:
    """Fetch `url` and return the decoded page (HTML or plain text), following redirects."""
    settings = settings or FetchSettings.from_options(options)
    check_url(url)
    stack, storage = transport.build_transport(
        options, politeness_delay=settings.politeness_delay, sleep=settings.sleep
    )
    timeout = httpx.Timeout(options.timeout)
    headers = {
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
        "Accept-Encoding": "gzip, deflate",
    }
    with httpx.Client(
        transport=stack, headers=headers, timeout=timeout, follow_redirects=False
    ) as client:
        session = _Session(client, options, settings, storage)
        final_url, response = session.follow(url)
        try:
            content_type, charset = _content_type(response)
            if content_type and content_type not in ACCEPTED_TYPES:
                raise FetchError(
                    f"{final_url} is {content_type}, not an HTML page or plain text; "
                    "give the address of the article's web page, or save its text to a file"
                )
            body = session.read_body(response, final_url)
        finally:
            response.close()
    declared = content_type or "no content type"
    if looks_binary(body) or body.startswith(b"%PDF"):
        raise FetchError(
            f"{final_url} sent binary data ({declared}), not an HTML page or plain text; "
            "give the address of the article's web page"
        )
    if not content_type or content_type == "application/octet-stream":
        content_type = _sniff(body)
    html = content_type in HTML_TYPES
    text = decode_text(body, charset, html=html)
    if text is None:
        raise FetchError(
            f"cannot tell the character set of {final_url}; "
            "save the page as UTF-8 and pass the file"
        )
    return Page(
        url=final_url, location=url, body=text, content_type="text/html" if html else "text/plain"
    )


class _Session:
    """One fetch: the client, its settings, and the robots gate."""

    def __init__(
        self,
        client: httpx.Client,
        options: Options,
        settings: FetchSettings,
        storage: hishel.SqliteStorage | None,
    ) -> None:
        self.client = client
        self.options = options
        self.settings = settings
        self.storage = storage
        self.robots = RobotsGate(self._read_robots) if options.respect_robots else None

    def follow(self, url: str) -> tuple[str, httpx.Response]:
        """Follow redirects hop by hop; return the final URL and its (unread) response."""
        chain = [url]
        current = url
        for _ in range(self.settings.max_redirects + 1):
            if self.robots is not None:
                self.robots.check(current)
            response = self.send(current)
            location = response.headers.get("location")
            if not (response.is_redirect and location):
                _check_status(response, current)
                return current, response
            response.close()
            target = urljoin(current, location.strip())
            if self.storage is not None and not transport.from_cache(response):
                transport.store_redirect(
                    self.storage, current, response.status_code, target, self.options.max_age
                )
            _check_redirect(url, chain, target)
            chain.append(target)
            current = target
        raise FetchError(
            f"more than {self.settings.max_redirects} redirects from {url}; "
            "open it in a browser and pass the address it ends at"
        )

    def send(self, url: str) -> httpx.Response:
        """One GET with retries: connect errors, 429 and 502/503/504, backoff with jitter."""
        host = urlsplit(url).netloc
        attempts = self.options.retries + 1
        for attempt in range(attempts):
            last = attempt == attempts - 1
            request = self.client.build_request(
                "GET", url, extensions={"caching": {"key": transport.cache_key(url)}}
            )
            try:
                response = self.client.send(request, stream=True)
            except transport.NotCachedError as exc:
                where = transport.cache_dir(self.options)
                raise FetchError(
                    f"offline: {url} is not in the cache ({where}) or is older than --max-age; "
                    "run once without --offline to fetch it"
                ) from exc
            except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
                _raise_if_permanent(exc, host)
                if last:
                    raise FetchError(
                        f"cannot connect to {host} ({_reason(exc)}) after {attempts} tries; "
                        "check the address and your connection, or use --offline for a cached copy"
                    ) from exc
                self.settings.sleep(self._backoff(attempt))
                continue
            except httpx.TimeoutException as exc:
                raise _timeout_error(url, self.options.timeout) from exc
            except httpx.HTTPError as exc:
                raise FetchError(
                    f"fetching {url} failed ({_reason(exc)}); try again later"
                ) from exc
            if response.status_code not in RETRY_STATUSES:
                return response
            response.close()
            wait = _retry_after(response)
            if wait is not None and wait > self.settings.retry_after_cap:
                raise FetchError(
                    f"HTTP {response.status_code} from {host}: it asks to wait {wait:.0f} s "
                    f"(more than {self.settings.retry_after_cap:.0f} s); try again later"
                )
            if last:
                raise FetchError(
                    f"HTTP {response.status_code} {response.reason_phrase} from {host} after "
                    f"{attempts} tries; the site is busy or down: try again later, "
                    "or save the page and pass the file"
                )
            self.settings.sleep(wait if wait is not None else self._backoff(attempt))
        raise AssertionError("unreachable")  # pragma: no cover

    def read_body(self, response: httpx.Response, url: str) -> bytes:
        """The decoded body, stopping at options.max_bytes and at the total deadline."""
        limit = self.options.max_bytes
        declared = response.headers.get("content-length", "")
        encoding = response.headers.get("content-encoding", "identity").strip().lower()
        if declared.isdigit() and encoding in ("", "identity") and int(declared) > limit:
            raise _too_big(url, limit)
        total = self.settings.total_timeout or max(60.0, 5 * self.options.timeout)
        deadline = time.monotonic() + total
        body = bytearray()
        try:
            for chunk in _decoded_chunks(response, encoding, limit):
                body += chunk
                if len(body) > limit:
                    raise _too_big(url, limit)
                if time.monotonic() > deadline:
                    raise FetchError(
                        f"{url} took longer than {total:.0f} s to download; "
                        "the server is trickling data: try again later"
                    )
        except httpx.TimeoutException as exc:
            raise _timeout_error(url, self.options.timeout) from exc
        except httpx.HTTPError as exc:
            raise FetchError(
                f"the connection broke off while reading {url} ({_reason(exc)}); try again"
            ) from exc
        except zlib.error as exc:
            raise FetchError(
                f"{url} sent a corrupt compressed body ({exc}); try again later"
            ) from exc
        return bytes(body)

    def _backoff(self, attempt: int) -> float:
        """Exponential backoff with 'equal jitter': half fixed, half random."""
        ceiling = min(self.settings.backoff_max, self.settings.backoff_base * 2**attempt)
        return ceiling / 2 + random.uniform(0, ceiling / 2)

    def _read_robots(self, url: str) -> str | None:
        try:
            response = self.send(url)
        except FetchError:
            return None
        try:
            if response.status_code != 200:
                return None
            encoding = response.headers.get("content-encoding", "identity").strip().lower()
            data = bytearray()
            for chunk in _decoded_chunks(response, encoding, MAX_ROBOTS_BYTES):
                data += chunk
                if len(data) > MAX_ROBOTS_BYTES:
                    break
        except (httpx.HTTPError, zlib.error):
            return None
        finally:
            response.close()
        return bytes(data[:MAX_ROBOTS_BYTES]).decode("utf-8", "replace")


def _decoded_chunks(response: httpx.Response, encoding: str, limit: int) -> Iterator[bytes]:
    """The body decoded, with gzip/deflate under our own cap (see bounded_decompress)."""
    if encoding in ("", "identity"):
        yield from response.iter_raw()
    elif encoding in ("gzip", "x-gzip", "deflate"):
        yield from bounded_decompress(response.iter_raw(), encoding, limit)
    else:  # an encoding we did not ask for (br, zstd): httpx decodes it, we still count
        yield from response.iter_bytes()


_DNS_FAILURE = (
    "name or service not known",
    "nodename nor servname",
    "getaddrinfo failed",
    "no address associated",
    "temporary failure in name resolution",
)


def _raise_if_permanent(exc: httpx.HTTPError, host: str) -> None:
    """Connect errors that a retry cannot fix: an unknown host name, a bad certificate."""
    text = str(exc).lower()
    if any(marker in text for marker in _DNS_FAILURE):
        raise FetchError(
            f"cannot find the host {host} ({_reason(exc)}); check the address for typos "
            "and that you are online"
        ) from exc
    if "certificate" in text or "ssl" in text:
        raise FetchError(
            f"the secure connection to {host} failed ({_reason(exc)}); the site's certificate "
            "is invalid or intercepted: open it in a browser to check, or save the page"
        ) from exc


def _check_status(response: httpx.Response, url: str) -> None:
    code = response.status_code
    if code < 400:
        return
    response.close()
    what = f"HTTP {code} {response.reason_phrase} for {url}"
    if code in (404, 410):
        fix = "the page does not exist (any more); check the address or pass the original as a file"
    elif code in (401, 402, 403, 451):
        fix = (
            "the site refuses automated access or needs a login; "
            "save the page in your browser and pass the file"
        )
    elif code >= 500:
        fix = "the site has a problem: try again later, or save the page and pass the file"
    else:
        fix = "check the address, or save the page and pass the file"
    raise FetchError(f"{what}: {fix}")


def _check_redirect(origin: str, chain: list[str], target: str) -> None:
    if urlsplit(target).scheme.lower() not in ("http", "https"):
        raise FetchError(
            f"{chain[-1]} redirects to {target!r}, which is not a web address; pass a file instead"
        )
    if target in chain:
        loop = " → ".join([*chain[chain.index(target) :], target])
        raise FetchError(
            f"redirect loop at {origin} ({loop}); the site is misconfigured: "
            "open it in a browser and pass the address it ends at, or a saved file"
        )
    asked, landed = urlsplit(origin), urlsplit(target)
    if _HOME_PATH.match(landed.path) and not landed.query and not _HOME_PATH.match(asked.path):
        raise FetchError(
            f"redirected to the home page {target} instead of {origin}: the article was "
            "probably moved or removed; find its current address"
        )


def _content_type(response: httpx.Response) -> tuple[str, str | None]:
    """(media type in lower case, charset or None) from the Content-Type header."""
    raw = response.headers.get("content-type", "")
    media, _, params = raw.partition(";")
    match = re.search(r"charset\s*=\s*[\"']?([^\"';\s]+)", params, re.I)
    return media.strip().lower(), match.group(1) if match else None


def _sniff(body: bytes) -> str:
    """HTML or plain text, for a page whose server did not say (or said octet-stream)."""
    text = decode_text(body[:8192], None, html=True) or ""
    return "text/html" if looks_like_html(text) else "text/plain"


def _retry_after(response: httpx.Response) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date), if any."""
    value = response.headers.get("retry-after", "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _too_big(url: str, limit: int) -> FetchError:
    return FetchError(
        f"{url} is larger than {limit / 1e6:g} MB, so reading stopped; this is not a normal "
        "article page (raise --max-bytes if it really is one)"
    )


def _timeout_error(url: str, timeout: float) -> FetchError:
    return FetchError(
        f"timed out after {timeout:g} s waiting for {url}; the server is slow or stalled: "
        "try again later or raise --timeout"
    )


def _reason(exc: Exception) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:160]
