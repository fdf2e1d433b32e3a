"""Settings for one run, in one frozen dataclass passed down the stages."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Options:
    """Every knob of `check`/`align`; stages read only what they need."""

    src_lang: str | None = None
    tgt_lang: str | None = None
    mt_memory: tuple[Path, ...] = ()
    use_argos: bool = True
    require_mt: bool = False
    use_cache: bool = True
    offline: bool = False
    max_age: float = 86400.0  # HTTP cache TTL in seconds
    timeout: float = 20.0  # HTTP connect/read timeout in seconds
    max_bytes: int = 10 * 1024 * 1024
    retries: int = 3
    respect_robots: bool = False
    politeness_delay: float = 1.0  # seconds between requests to the same host
    backoff_base: float = 0.5  # first retry wait in seconds, doubled each time (+ jitter)
    retry_after_cap: float = 30.0  # longest Retry-After we honour, seconds
    allow_same_language: bool = False
    cache_dir: Path | None = None  # None: the user cache dir (platformdirs)
    thresholds: dict[str, float] = field(default_factory=dict)


def cache_dir(explicit: Path | None = None) -> Path:
    """Where every cache lives: explicit > $TRANSCHECK_CACHE_DIR > the user cache dir."""
    if explicit is not None:
        return Path(explicit)
    env = os.environ.get("TRANSCHECK_CACHE_DIR")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("transcheck"))


def ensure_cache_dir(explicit: Path | None = None) -> Path:
    """The cache folder, created if needed; UsageError (exit 2) when it cannot be."""
    from transcheck.errors import UsageError

    folder = cache_dir(explicit)
    if folder.exists() and not folder.is_dir():
        raise UsageError(
            f"the cache folder {folder} is a file; "
            "choose another with --cache-dir or run with --no-cache"
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(
            f"cannot create the cache folder {folder} ({exc.strerror}); "
            "choose another with --cache-dir or run with --no-cache"
        ) from exc
    return folder
