"""The embedder sends each text of a run to the model once, with or without its disk cache."""

from __future__ import annotations

import numpy as np

from transcheck.compare.embed import Embedder


def test_without_the_disk_cache_a_run_embeds_each_text_once():
    embedder = Embedder(None)  # --no-cache
    first = embedder.embed(["Der Sturm erreichte die Küste.", "The storm reached the coast."])
    assert embedder.model_calls == 2
    again = embedder.embed(["The storm reached the coast.", "Eine neue Zeile."])
    assert embedder.model_calls == 3  # only the new line went to the model
    assert np.allclose(again[0], first[1])
    assert np.isclose(float(np.linalg.norm(again[1])), 1.0)


def test_the_disk_cache_serves_a_second_embedder(tmp_path):
    path = tmp_path / "embeddings.sqlite"
    first = Embedder(path)
    vec = first.embed(["Der Sturm erreichte die Küste."])
    first.close()
    second = Embedder(path)
    assert np.allclose(second.embed(["Der Sturm erreichte die Küste."]), vec)
    assert second.model_calls == 0
    second.close()
