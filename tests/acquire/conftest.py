"""Fixtures for the acquisition tests: a loopback server, fast options, recorded sleeps."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from acquire_server import Server, SleepRecorder, start_server

from transcheck.acquire import transport
from transcheck.acquire.fetch import FetchSettings
from transcheck.options import Options


@pytest.fixture(scope="session")
def server() -> Iterator[Server]:
    """One loopback server for the whole session (use fresh query strings for counters)."""
    state = start_server()
    yield state
    state.stop()


@pytest.fixture
def own_server() -> Iterator[Server]:
    """A server of the test's own, which the test may stop."""
    state = start_server()
    yield state
    state.stop()


@pytest.fixture(autouse=True)
def _fresh_politeness() -> Iterator[None]:
    transport.reset_politeness()
    yield
    transport.reset_politeness()


@pytest.fixture
def options(tmp_path: Path) -> Options:
    """Fast options with a private cache folder (never the user's cache)."""
    return Options(cache_dir=tmp_path / "cache", timeout=2.0, retries=2)


@pytest.fixture
def sleeps() -> SleepRecorder:
    return SleepRecorder()


@pytest.fixture
def settings(sleeps: SleepRecorder) -> FetchSettings:
    """Fetch settings without real waiting: backoff and politeness are recorded instead."""
    return FetchSettings(backoff_base=0.01, politeness_delay=0.0, sleep=sleeps)
