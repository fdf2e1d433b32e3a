from __future__ import annotations

from pathlib import Path

from transcheck.translate.cache import TranslationCache


def test_cache_round_trip_is_keyed_by_engine_version_and_pair(tmp_path: Path) -> None:
    cache = TranslationCache.in_dir(tmp_path)
    cache.put_many("argos/int8/beam4", "vi-en@1.0", "vi", "en", [("Xin  chào.", "Hello.")])
    cache.close()

    again = TranslationCache.in_dir(tmp_path)  # a second run reads what the first stored
    assert again.get_many("argos/int8/beam4", "vi-en@1.0", "vi", "en", ["Xin chào."]) == {
        "Xin chào.": "Hello."
    }
    assert again.get_many("argos/int8/beam4", "vi-en@1.1", "vi", "en", ["Xin chào."]) == {}
    assert again.get_many("argos/int8/beam1", "vi-en@1.0", "vi", "en", ["Xin chào."]) == {}
    assert again.get_many("argos/int8/beam4", "vi-en@1.0", "vi", "de", ["Xin chào."]) == {}
    assert (again.hits, again.misses) == (1, 3)


def test_unusable_cache_location_degrades_to_no_cache(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    cache = TranslationCache.in_dir(blocker)
    assert not cache.usable
    cache.put_many("e", "v", "a", "b", [("x", "y")])
    assert cache.get_many("e", "v", "a", "b", ["x"]) == {}
