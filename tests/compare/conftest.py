"""Shared fixtures of the compare tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

import numpy as np
import pytest

from transcheck.compare.embed import Embedder


@pytest.fixture(scope="module")
def embed(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Callable[[Sequence[str]], np.ndarray]]:
    """Real multilingual-e5-small embeddings, cached in a store of the test module's own."""
    embedder = Embedder(tmp_path_factory.mktemp("emb") / "embeddings.sqlite")
    yield embedder.embed
    embedder.close()
