from __future__ import annotations

import json
from pathlib import Path

import pytest

from transcheck.errors import InputError, ModelError
from transcheck.options import Options
from transcheck.translate import argos, translate_both_ways

from .conftest import make_side

VI = ["Bộ trưởng đã hoãn ngân sách mới.", "Một nông dân đã kỷ niệm vụ thu hoạch lúa."]
DE = ["Der Minister verschob den neuen Haushalt.", "Eine Bäuerin feierte die Ernte.", "Anzeige."]


def _memory(path: Path, rows: list[tuple[str, str, str, str]]) -> Path:
    lines = [
        json.dumps({"src_lang": a, "tgt_lang": b, "text": t, "translation": tr}, ensure_ascii=False)
        for a, b, t, tr in rows
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def sides():
    return make_side("source", "vi", VI), make_side("translation", "de", DE)


@pytest.fixture
def model_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = argos.ArgosModel.translate

    def spy(self, texts):
        calls.append(len(texts))
        return real(self, texts)

    monkeypatch.setattr(argos.ArgosModel, "translate", spy)
    return calls


def test_without_models_the_run_goes_on_with_one_notice(sides, tmp_path: Path) -> None:
    result = translate_both_ways(*sides, Options(cache_dir=tmp_path))
    assert result.src_to_tgt == (None, None) and result.tgt_to_src == (None, None, None)
    assert result.info.engine == "none" and not result.info.available
    note = result.info.note
    assert note is not None and "\n" not in note
    assert "no machine translation vi→de, de→vi" in note
    assert (
        "`transcheck models install vi de`" in note and "`transcheck models install de vi`" in note
    )
    assert "PATH.argosmodel" in note


def test_require_mt_makes_missing_mt_fatal(sides, tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="transcheck models install vi de") as caught:
        translate_both_ways(*sides, Options(cache_dir=tmp_path, require_mt=True))
    assert caught.value.exit_code == 5


def test_both_ways_through_english_keeps_pivots(install, sides, tmp_path: Path) -> None:
    install(("vi", "en"), ("en", "de"), ("de", "en"), ("en", "vi"))
    progress: list[tuple[str, int, int]] = []
    result = translate_both_ways(
        *sides, Options(cache_dir=tmp_path, require_mt=True), progress=lambda *a: progress.append(a)
    )
    assert all(result.src_to_tgt) and all(result.tgt_to_src)
    assert len(result.src_pivot) == len(VI) and all(result.src_pivot)
    assert len(result.tgt_pivot) == len(DE) and all(result.tgt_pivot)
    assert result.info.engine == "argos" and result.info.available and result.info.note is None
    assert result.info.packages == (
        "argos:de-en@1.0",
        "argos:en-de@1.0",
        "argos:en-vi@1.0",
        "argos:vi-en@1.0",
    )
    assert {label for label, _, _ in progress} == {
        "translating vi→en",
        "translating en→de",
        "translating de→en",
        "translating en→vi",
    }
    assert ("translating vi→en", len(VI), len(VI)) in progress


def test_memory_comes_before_models_per_sentence(
    install, sides, tmp_path: Path, model_calls
) -> None:
    install(("vi", "en"), ("en", "de"))
    memory = _memory(
        tmp_path / "mt.jsonl",
        [
            ("vi", "de", VI[0], "Der Minister hat das Budget verschoben."),
            ("de", "vi", DE[2], "Quảng cáo."),
        ],
    )
    result = translate_both_ways(*sides, Options(cache_dir=tmp_path, mt_memory=(memory,)))
    assert result.src_to_tgt[0] == "Der Minister hat das Budget verschoben."
    assert result.src_to_tgt[1] is not None and result.src_pivot[0] is None and result.src_pivot[1]
    assert model_calls == [1, 1]  # only the sentence the memory lacked, through both hops
    assert result.tgt_to_src == (None, None, "Quảng cáo.")  # no de→vi packages
    assert result.info.engine == "memory+argos" and result.info.available
    assert "de→vi for 2 of 3 sentences" in (result.info.note or "")
    with pytest.raises(ModelError):
        translate_both_ways(
            *sides, Options(cache_dir=tmp_path, mt_memory=(memory,), require_mt=True)
        )


def test_memory_alone_counts_as_available(sides, tmp_path: Path) -> None:
    rows = [("vi", "de", t, f"DE {i}") for i, t in enumerate(VI)]
    rows += [("de", "vi", t, f"VI {i}") for i, t in enumerate(DE)]
    memory = _memory(tmp_path / "mt.jsonl", rows)
    result = translate_both_ways(*sides, Options(mt_memory=(memory,), require_mt=True))
    assert result.src_to_tgt == ("DE 0", "DE 1") and result.tgt_to_src == ("VI 0", "VI 1", "VI 2")
    assert result.info.engine == "memory" and result.info.note is None
    assert result.src_pivot == ()


def test_second_run_uses_the_cache_and_no_cache_bypasses_it(
    install, sides, tmp_path: Path, model_calls
) -> None:
    install(("vi", "en"), ("en", "de"), ("de", "en"), ("en", "vi"))
    options = Options(cache_dir=tmp_path)
    first = translate_both_ways(*sides, options)
    assert sum(model_calls) == 2 * (len(VI) + len(DE))
    model_calls.clear()
    second = translate_both_ways(*sides, options)
    assert second == first and model_calls == []
    third = translate_both_ways(*sides, Options(cache_dir=tmp_path / "other", use_cache=False))
    assert third == first and sum(model_calls) == 2 * (len(VI) + len(DE))
    assert not (tmp_path / "other").exists()


def test_models_off_is_reported_as_such(install, sides, tmp_path: Path) -> None:
    install(("vi", "en"), ("en", "de"))
    result = translate_both_ways(*sides, Options(cache_dir=tmp_path, use_argos=False))
    assert result.src_to_tgt == (None, None)
    assert "turned off" in (result.info.note or "")


def test_malformed_memory_stops_the_run_with_file_and_line(sides, tmp_path: Path) -> None:
    path = tmp_path / "mt.jsonl"
    path.write_text(
        '{"src_lang": "vi", "tgt_lang": "de", "text": "a", "translation": "b"}\n{oops\n'
    )
    with pytest.raises(InputError, match=r"mt\.jsonl:2"):
        translate_both_ways(*sides, Options(mt_memory=(path,)))


def test_same_language_is_its_own_translation(tmp_path: Path) -> None:
    a, b = make_side("source", "de", DE[:2]), make_side("translation", "de", DE[1:])
    result = translate_both_ways(a, b, Options(cache_dir=tmp_path, require_mt=True))
    assert result.src_to_tgt == tuple(DE[:2]) and result.tgt_to_src == tuple(DE[1:])
    assert result.info.engine == "identity" and result.info.note is None
