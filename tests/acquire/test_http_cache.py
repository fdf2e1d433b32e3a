"""The HTTP cache: a second fetch is answered from disk; --offline answers only from disk."""

from __future__ import annotations

import dataclasses

import pytest
from acquire_server import ARTICLE_PARAGRAPHS, Server

from transcheck.acquire.fetch import fetch
from transcheck.acquire.transport import CACHE_FILE
from transcheck.errors import FetchError, UsageError


def test_second_fetch_comes_from_the_cache(server: Server, options, settings) -> None:
    url = server.url("/counted?c1")
    first = fetch(url, options, settings=settings)
    second = fetch(url, options, settings=settings)
    assert second.body == first.body
    assert server.hits["/counted?c1"] == 1
    assert (options.cache_dir / CACHE_FILE).exists()


def test_cached_page_survives_the_server(own_server: Server, options, settings) -> None:
    url = own_server.url("/article")
    fetch(url, options, settings=settings)
    own_server.stop()
    page = fetch(url, options, settings=settings)
    assert ARTICLE_PARAGRAPHS[2] in page.body


def test_offline_answers_from_the_cache(server: Server, options, settings) -> None:
    url = server.url("/counted?c2")
    fetch(url, options, settings=settings)
    page = fetch(url, dataclasses.replace(options, offline=True), settings=settings)
    assert ARTICLE_PARAGRAPHS[0] in page.body
    assert server.hits["/counted?c2"] == 1


def test_offline_replays_a_cached_redirect(server: Server, options, settings) -> None:
    url = server.url("/old?c3")
    fetch(url, options, settings=settings)
    page = fetch(url, dataclasses.replace(options, offline=True), settings=settings)
    assert page.url == server.url("/article")
    assert server.hits["/old?c3"] == 1


def test_offline_miss_says_so(server: Server, options, settings) -> None:
    offline = dataclasses.replace(options, offline=True)
    with pytest.raises(FetchError) as caught:
        fetch(server.url("/counted?c4"), offline, settings=settings)
    message = str(caught.value)
    assert caught.value.exit_code == 3
    assert message.startswith("offline: ") and "is not in the cache" in message
    assert "run once without --offline" in message
    assert server.hits["/counted?c4"] == 0


def test_offline_without_a_cache_is_a_usage_error(server: Server, options, settings) -> None:
    both = dataclasses.replace(options, offline=True, use_cache=False)
    with pytest.raises(UsageError, match="--no-cache"):
        fetch(server.url("/counted?c5"), both, settings=settings)


def test_no_cache_always_fetches(server: Server, options, settings) -> None:
    no_cache = dataclasses.replace(options, use_cache=False)
    fetch(server.url("/counted?c6"), no_cache, settings=settings)
    fetch(server.url("/counted?c6"), no_cache, settings=settings)
    assert server.hits["/counted?c6"] == 2
    assert not (options.cache_dir / CACHE_FILE).exists()


def test_expired_entries_are_fetched_again(server: Server, options, settings) -> None:
    stale = dataclasses.replace(options, max_age=0.0)
    fetch(server.url("/counted?c7"), stale, settings=settings)
    fetch(server.url("/counted?c7"), stale, settings=settings)
    assert server.hits["/counted?c7"] == 2


def test_errors_are_not_cached(server: Server, options, settings) -> None:
    for _ in range(2):
        with pytest.raises(FetchError):
            fetch(server.url("/missing?c8"), options, settings=settings)
    assert server.hits["/missing?c8"] == 2


def test_a_page_cut_at_the_size_cap_is_not_cached(server: Server, options, settings) -> None:
    small = dataclasses.replace(options, max_bytes=200_000)
    for _ in range(2):
        with pytest.raises(FetchError, match="larger than"):
            fetch(server.url("/endless?c9"), small, settings=settings)
    assert server.hits["/endless?c9"] == 2


def test_cache_folder_that_cannot_be_made(server: Server, options, settings, tmp_path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(UsageError, match="cannot create the cache folder"):
        fetch(
            server.url("/article"),
            dataclasses.replace(options, cache_dir=blocker / "x"),
            settings=settings,
        )


def test_damaged_cache_file_is_set_aside(server: Server, options, settings) -> None:
    options.cache_dir.mkdir(parents=True)
    (options.cache_dir / CACHE_FILE).write_bytes(b"this is not an SQLite database" * 100)
    page = fetch(server.url("/counted?c10"), options, settings=settings)
    assert ARTICLE_PARAGRAPHS[0] in page.body
    assert (options.cache_dir / "http-cache.damaged").exists()
    fetch(server.url("/counted?c10"), options, settings=settings)
    assert server.hits["/counted?c10"] == 1  # the fresh cache works


def test_gzipped_page_is_decoded_fresh_and_from_the_cache(server: Server, options, settings):
    url = server.url("/gzipped?c11")
    fresh = fetch(url, options, settings=settings)
    cached = fetch(url, options, settings=settings)
    assert ARTICLE_PARAGRAPHS[1] in fresh.body
    assert cached.body == fresh.body
    assert server.hits["/gzipped?c11"] == 1
