from __future__ import annotations

from pathlib import Path

import pytest

from transcheck.translate import argos
from transcheck.translate.argos import ArgosTranslator, DecodeSettings, get_model
from transcheck.translate.base import Hop, Translator
from transcheck.translate.cache import TranslationCache
from transcheck.translate.packages import installed_packages

VI = [
    "Bộ trưởng đã hoãn ngân sách mới tại Đà Nẵng.",
    "Một nông dân đã kỷ niệm vụ thu hoạch lúa.",
    "Hội đồng thành phố đã bác bỏ cảnh báo lũ 12%.",
    "Phóng viên đã đặt câu hỏi về kết quả bầu cử.",
    "Công ty đã công bố ngân sách mới 4,500.",
]


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Sizes of the batches that reached a model (anything served by a cache is not here)."""
    calls: list[int] = []
    real = argos.ArgosModel.translate

    def spy(self, texts):
        calls.append(len(texts))
        return real(self, texts)

    monkeypatch.setattr(argos.ArgosModel, "translate", spy)
    return calls


def test_argos_translator_is_a_translator(install) -> None:
    install(("vi", "en"))
    translator = ArgosTranslator()
    assert isinstance(translator, Translator)
    out = translator.translate(VI, "vi", "en")
    assert len(out) == len(VI) and all(isinstance(t, str) for t in out)
    assert translator.translate(VI, "vi", "fr") == [None] * len(VI)


def test_batch_output_equals_one_by_one(install) -> None:
    install(("vi", "en"))
    package = installed_packages()[0]
    model = get_model(package, DecodeSettings.from_env())
    batched = model.translate(VI)
    single = [model.translate([text])[0] for text in VI]
    assert batched == single


def test_model_loads_once_per_process(install) -> None:
    install(("vi", "en"))
    package = installed_packages()[0]
    settings = DecodeSettings.from_env()
    first = get_model(package, settings)
    first.translate(VI[:1])
    assert get_model(package, settings) is first
    assert first._translator is not None


def test_pivot_keeps_english_and_composes_hops(install) -> None:
    install(("vi", "en"), ("en", "de"))
    translator = ArgosTranslator()
    assert translator.route("vi", "de") == [Hop("vi", "en"), Hop("en", "de")]
    final, pivot = translator.translate_with_pivot(VI, "vi", "de")
    assert pivot == translator.translate(VI, "vi", "en")
    assert final == translator.translate([p or "" for p in pivot], "en", "de")
    assert translator.used == {"argos:vi-en@1.0", "argos:en-de@1.0"}


def test_direct_translation_has_no_pivot(install) -> None:
    install(("vi", "en"))
    final, pivot = ArgosTranslator().translate_with_pivot(VI, "vi", "en")
    assert all(final) and pivot == [None] * len(VI)


def test_cache_means_no_model_work_the_second_time(install, tmp_path: Path, counted) -> None:
    install(("vi", "en"), ("en", "de"))
    first = ArgosTranslator(cache=TranslationCache.in_dir(tmp_path))
    out = first.translate([*VI, VI[0]], "vi", "de")  # a repeated sentence is translated once
    assert first.model_sentences == 2 * len(VI)
    calls_before = list(counted)

    second = ArgosTranslator(cache=TranslationCache.in_dir(tmp_path))
    assert second.translate([*VI, VI[0]], "vi", "de") == out
    assert second.model_sentences == 0 and counted == calls_before
    assert second.cache is not None and second.cache.misses == 0


def test_target_prefix_is_forced_and_stripped(install) -> None:
    install(("fr", "en"))
    package = installed_packages()[0]
    assert package.target_prefix == "▁B"
    model = get_model(package, DecodeSettings(beam_size=1))
    model.load()
    seen = {}

    class Spy:
        def __init__(self, real):
            self.real = real

        def translate_batch(self, tokens, **kwargs):
            seen.update(kwargs)
            results = self.real.translate_batch(tokens, **kwargs)
            seen["raw"] = [r.hypotheses[0] for r in results]
            return results

    model._translator = Spy(model._translator)
    out = model.translate(["Le ministre a annoncé le budget."])
    assert seen["target_prefix"] == [["▁B"]]
    assert seen["raw"][0][0] == "▁B"
    assert out[0] == model._sp.decode_pieces(seen["raw"][0][1:]).strip()


def test_broken_package_is_a_model_error(install) -> None:
    from transcheck.errors import ModelError

    path = install(("vi", "en"))
    package = installed_packages()[0]
    (package.path / "model" / "model.bin").write_bytes(b"broken")
    with pytest.raises(ModelError, match="transcheck models install vi en"):
        ArgosTranslator().translate(VI, "vi", "en")
    assert path.exists()
