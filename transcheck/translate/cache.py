"""SQLite cache of model translations, so a second check of the same pair does no model work.

Keyed by engine (with its decoding settings), package version, language pair and normalised
sentence. A cache that cannot be opened or written is skipped, never fatal: it only saves time.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path

from transcheck.options import cache_dir
from transcheck.translate.base import normalize_text

FILENAME = "translations.sqlite3"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS mt (
    engine TEXT NOT NULL, version TEXT NOT NULL, src TEXT NOT NULL, tgt TEXT NOT NULL,
    text TEXT NOT NULL, translation TEXT NOT NULL, created REAL NOT NULL,
    PRIMARY KEY (engine, version, src, tgt, text)
)
"""
_CHUNK = 500  # stay well under SQLite's host-parameter limit


def default_cache_dir() -> Path:
    """transcheck's cache folder, shared with the other stages' caches."""
    return cache_dir()


class TranslationCache:
    """Lookups and inserts of whole batches; `hits`/`misses` count for reports and tests."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.hits = 0
        self.misses = 0
        self._db: sqlite3.Connection | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, timeout=10)
            self._db.execute(_SCHEMA)
            self._db.commit()
        except (sqlite3.Error, OSError):
            self._db = None  # unusable cache: translate without it

    @classmethod
    def in_dir(cls, directory: Path | None) -> TranslationCache:
        return cls((directory or default_cache_dir()) / FILENAME)

    @property
    def usable(self) -> bool:
        return self._db is not None

    def get_many(
        self, engine: str, version: str, src: str, tgt: str, texts: Sequence[str]
    ) -> dict[str, str]:
        """Cached translations of these texts, keyed by normalised text."""
        keys = list(dict.fromkeys(normalize_text(t) for t in texts))
        found: dict[str, str] = {}
        if self._db is not None:
            try:
                for start in range(0, len(keys), _CHUNK):
                    chunk = keys[start : start + _CHUNK]
                    marks = ",".join("?" * len(chunk))
                    rows = self._db.execute(
                        "SELECT text, translation FROM mt WHERE engine=? AND version=? "
                        f"AND src=? AND tgt=? AND text IN ({marks})",
                        (engine, version, src, tgt, *chunk),
                    )
                    found.update(rows.fetchall())
            except sqlite3.Error:
                found = {}
        self.hits += len(found)
        self.misses += len(keys) - len(found)
        return found

    def put_many(
        self, engine: str, version: str, src: str, tgt: str, pairs: Sequence[tuple[str, str]]
    ) -> None:
        """Store (text, translation) pairs; failures are ignored (the cache is an optimisation)."""
        if self._db is None or not pairs:
            return
        now = time.time()
        rows = [(engine, version, src, tgt, normalize_text(t), tr, now) for t, tr in pairs]
        try:
            with self._db:
                self._db.executemany("INSERT OR REPLACE INTO mt VALUES (?,?,?,?,?,?,?)", rows)
        except sqlite3.Error:
            pass

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
