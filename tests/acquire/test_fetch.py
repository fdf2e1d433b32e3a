"""Fetching from a misbehaving loopback server: each failure is one class, code and message."""

from __future__ import annotations

import dataclasses
import unicodedata

import httpx
import pytest
from acquire_server import ARTICLE_PARAGRAPHS, VI_PARAGRAPHS, Server, SleepRecorder

from transcheck import __version__
from transcheck.acquire import load
from transcheck.acquire.fetch import USER_AGENT, FetchSettings, fetch
from transcheck.errors import ExtractionError, FetchError, TranscheckError, UsageError
from transcheck.options import Options


def fetch_error(url: str, options: Options, settings: FetchSettings) -> FetchError:
    with pytest.raises(FetchError) as caught:
        fetch(url, options, settings=settings)
    assert caught.value.exit_code == 3
    assert "\n" not in str(caught.value)  # one line, no traceback
    return caught.value


def test_fetches_a_normal_page(server: Server, options, settings) -> None:
    page = fetch(server.url("/article"), options, settings=settings)
    assert page.content_type == "text/html"
    assert page.url == server.url("/article")
    assert ARTICLE_PARAGRAPHS[1] in page.body


def test_user_agent_names_transcheck_and_version() -> None:
    assert USER_AGENT.startswith(f"transcheck/{__version__} ")


def test_plain_text_page_is_text(server: Server, options, settings) -> None:
    page = fetch(server.url("/text"), options, settings=settings)
    assert page.content_type == "text/plain"
    assert page.body.splitlines() == ARTICLE_PARAGRAPHS


@pytest.mark.parametrize("url", ["ftp://example.org/a.html", "file:///etc/passwd", "http://"])
def test_only_http_urls(url: str, options, settings) -> None:
    with pytest.raises(UsageError) as caught:
        fetch(url, options, settings=settings)
    assert caught.value.exit_code == 2
    assert "http" in str(caught.value)


def test_load_refuses_other_schemes(options) -> None:
    with pytest.raises(UsageError, match="only http:// and https://"):
        load("ftp://example.org/article.html", options)


def test_404_names_the_status_and_the_fix(server: Server, options, settings) -> None:
    error = fetch_error(server.url("/missing"), options, settings)
    assert "HTTP 404 Not Found" in str(error)
    assert "check the address" in str(error)


def test_403_suggests_saving_the_page(server: Server, options, settings) -> None:
    error = fetch_error(server.url("/paywall"), options, settings)
    assert "HTTP 403 Forbidden" in str(error) and "save the page in your browser" in str(error)


def test_500_is_not_retried(server: Server, options, settings) -> None:
    error = fetch_error(server.url("/error?once"), options, settings)
    assert "HTTP 500" in str(error) and "try again later" in str(error)
    assert server.hits["/error?once"] == 1


def test_503_then_200_is_retried(server: Server, options, settings, sleeps) -> None:
    page = fetch(server.url("/flaky?a"), options, settings=settings)
    assert ARTICLE_PARAGRAPHS[0] in page.body
    assert server.hits["/flaky?a"] == 3
    # exponential backoff with jitter: base 0.01 s, then 0.02 s, each between half and whole
    assert len(sleeps.waits) == 2
    assert 0.005 <= sleeps.waits[0] <= 0.01 <= sleeps.waits[1] <= 0.02


def test_503_gives_up_after_the_retries(server: Server, options, settings) -> None:
    error = fetch_error(server.url("/down?a"), options, settings)
    assert "HTTP 503" in str(error) and "after 3 tries" in str(error)
    assert server.hits["/down?a"] == options.retries + 1


def test_429_honours_retry_after(server: Server, options, settings, sleeps) -> None:
    page = fetch(server.url("/busy?a"), options, settings=settings)
    assert ARTICLE_PARAGRAPHS[0] in page.body
    assert sleeps.waits == [1.0]  # exactly what the server asked for


def test_429_with_a_long_retry_after_gives_up(server: Server, options, settings) -> None:
    error = fetch_error(server.url("/rate-limited?a"), options, settings)
    assert "asks to wait 3600 s" in str(error) and "try again later" in str(error)
    assert server.hits["/rate-limited?a"] == 1


def test_connection_refused_is_retried_then_reported(options, settings, sleeps) -> None:
    error = fetch_error("http://127.0.0.1:9/article", options, settings)  # port 9: nothing
    assert "cannot connect to 127.0.0.1:9" in str(error)
    assert len(sleeps.waits) == options.retries


def test_redirect_loop(server: Server, options, settings) -> None:
    error = fetch_error(server.url("/loop-a"), options, settings)
    assert "redirect loop" in str(error)
    assert "/loop-b" in str(error)


def test_too_many_redirects(server: Server, options, settings) -> None:
    error = fetch_error(server.url("/chain/0"), options, settings)
    assert "more than 10 redirects" in str(error)


def test_redirect_to_the_home_page(server: Server, options, settings) -> None:
    error = fetch_error(server.url("/news/2024/deleted-story"), options, settings)
    assert "redirected to the home page" in str(error)
    assert "moved or removed" in str(error)


def test_redirect_is_followed(server: Server, options, settings) -> None:
    page = fetch(server.url("/old?follow"), options, settings=settings)
    assert page.url == server.url("/article")
    assert page.location == server.url("/old?follow")


def test_slow_body_times_out(server: Server, options, settings) -> None:
    error = fetch_error(server.url("/slow"), dataclasses.replace(options, timeout=0.5), settings)
    assert "timed out after 0.5 s" in str(error) and "--timeout" in str(error)


def test_endless_body_stops_at_the_size_cap(server: Server, options, settings) -> None:
    small = dataclasses.replace(options, max_bytes=200_000)
    error = fetch_error(server.url("/endless"), small, settings)
    assert "larger than 0.2 MB" in str(error)


def test_gzip_bomb_stops_at_the_size_cap(server: Server, options, settings) -> None:
    small = dataclasses.replace(options, max_bytes=1_000_000)
    error = fetch_error(server.url("/bomb"), small, settings)
    assert "larger than 1 MB" in str(error)


def test_pdf_is_refused_by_content_type(server: Server, options, settings) -> None:
    error = fetch_error(server.url("/pdf"), options, settings)
    assert "application/pdf" in str(error)
    assert "not an HTML page or plain text" in str(error)


def test_binary_data_labelled_html_is_refused(server: Server, options, settings) -> None:
    error = fetch_error(server.url("/mislabelled"), options, settings)
    assert "sent binary data (text/html)" in str(error)


def test_page_without_content_type_is_sniffed(server: Server, options, settings) -> None:
    page = fetch(server.url("/untyped"), options, settings=settings)
    assert page.content_type == "text/html"


def test_cp1258_page_without_charset_decodes(server: Server, options, settings) -> None:
    page = fetch(server.url("/vi"), options, settings=settings)
    assert all(paragraph in page.body for paragraph in VI_PARAGRAPHS)
    assert page.body == unicodedata.normalize("NFC", page.body)


def test_cp1258_article_loads_with_its_title(server: Server, options) -> None:
    article = load(server.url("/vi"), options)
    assert article.title == "Tin tức thế giới"
    assert article.paragraphs == tuple(VI_PARAGRAPHS)


def test_navigation_page_is_an_extraction_error(server: Server, options) -> None:
    with pytest.raises(ExtractionError) as caught:
        load(server.url("/nav"), options)
    message = str(caught.value)
    assert caught.value.exit_code == 4
    assert "'Übersicht Politik'" in message
    assert "found" in message and "characters" in message


def test_loaded_article_is_clean_and_credited(server: Server, options) -> None:
    article = load(server.url("/article"), options)
    assert article.url == server.url("/article")
    assert article.title == "Neues Küstenschutzgesetz vorgestellt"  # the headline (h1)
    assert article.author == "Anna Beispiel"
    assert article.date == "2024-11-18"
    assert article.paragraphs[1:] == tuple(ARTICLE_PARAGRAPHS)  # [0] is the headline
    assert "[Anzeige_2]" in article.boilerplate
    assert "Deich bei Cuxhaven im Oktober. (Quelle: dpa) |" in article.boilerplate
    assert article.credit_url == "https://example.org/kuestenschutz-2030.html"


def test_politeness_delay_between_requests_to_one_host(
    server: Server, own_server: Server, options, sleeps: SleepRecorder
) -> None:
    polite = FetchSettings(politeness_delay=5.0, sleep=sleeps)
    no_cache = dataclasses.replace(options, use_cache=False)
    fetch(server.url("/article?p1"), no_cache, settings=polite)
    fetch(own_server.url("/article?p1"), no_cache, settings=polite)  # another host: no wait
    assert sleeps.waits == []
    fetch(server.url("/article?p2"), no_cache, settings=polite)
    assert len(sleeps.waits) == 1 and 0.0 < sleeps.waits[0] <= 5.0  # the rest of the 5 s


def test_every_error_is_a_transcheck_error(server: Server, options, settings) -> None:
    for path in ("/missing", "/loop-a", "/pdf"):
        with pytest.raises(TranscheckError):
            fetch(server.url(path), options, settings=settings)


@pytest.mark.parametrize(
    ("reason", "expected"),
    [
        ("[Errno -2] Name or service not known", "cannot find the host news.example"),
        ("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed", "secure connection"),
    ],
)
def test_permanent_connect_errors_are_not_retried(
    monkeypatch, options, settings, sleeps, reason: str, expected: str
) -> None:
    """DNS and certificate failures, simulated in the transport (no traffic leaves)."""
    calls = []

    def refuse(self, request):
        calls.append(request.url)
        raise httpx.ConnectError(reason, request=request)

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", refuse)
    error = fetch_error("https://news.example/article", options, settings)
    assert expected in str(error)
    assert len(calls) == 1 and sleeps.waits == []
