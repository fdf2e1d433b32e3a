"""Language: detected once per document, reproducibly; flags override; bad codes explain."""

from __future__ import annotations

import pytest

from transcheck.errors import UsageError
from transcheck.text.lang import NAMES, SUPPORTED, detect, resolve, validate_code

DOCUMENTS = {
    "de": "Die Stadt Regensburg plant eine neue Straßenbahn. Der Stadtrat hat am Dienstag "
    "mit großer Mehrheit zugestimmt, die erste Strecke soll im Jahr 2030 fertig sein.",
    "en": "The city of Regensburg is planning a new tram line. The council approved the "
    "project on Tuesday by a large majority, and the first line should open in 2030.",
    "fr": "La ville de Ratisbonne prévoit une nouvelle ligne de tramway. Le conseil municipal "
    "a approuvé le projet mardi à une large majorité, la première ligne ouvrira en 2030.",
    "vi": "Thành phố Regensburg dự kiến xây dựng tuyến xe điện mới. Hội đồng thành phố đã "
    "thông qua dự án hôm thứ Ba với đa số phiếu, tuyến đầu tiên sẽ hoàn thành năm 2030.",
}


@pytest.mark.parametrize("code", SUPPORTED)
def test_detects_each_supported_language(code: str) -> None:
    assert detect(DOCUMENTS[code]) == code
    assert code in NAMES


def test_detection_is_reproducible() -> None:
    # A short mixed text is where unseeded langdetect flips between runs.
    text = "Hanoi Regensburg Tram Linie Projekt Stadt city ville thành phố 2030 neue"
    assert len({detect(text) for _ in range(10)}) == 1


@pytest.mark.parametrize("text", ["", "   ", "OK", "Quelle: VnExpress", "12 345 678 - 2024"])
def test_too_little_text_is_not_guessed(text: str) -> None:
    assert detect(text) is None


def test_flag_overrides_detection() -> None:
    assert resolve(DOCUMENTS["de"], "vi", "--src-lang") == "vi"
    assert resolve(DOCUMENTS["de"], None, "--src-lang") == "de"


def test_undetectable_text_asks_for_the_flag() -> None:
    with pytest.raises(UsageError, match="--tgt-lang"):
        resolve("Quelle: VnExpress", None, "--tgt-lang")


@pytest.mark.parametrize(("given", "code"), [("DE", "de"), ("en-GB", "en"), ("pt_BR", "pt")])
def test_codes_are_normalised(given: str, code: str) -> None:
    assert validate_code(given, "--src-lang") == code


def test_unknown_code_names_the_flag_and_the_fix() -> None:
    with pytest.raises(UsageError) as err:
        validate_code("german", "--src-lang")
    message = str(err.value)
    assert "--src-lang de" in message
    assert "two-letter" in message
    with pytest.raises(UsageError, match=r"--tgt-lang.*two-letter"):
        validate_code("xx", "--tgt-lang")


def test_the_lazily_filled_table_gives_langdetect_s_own_probabilities(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from langdetect import DetectorFactory, detect_langs

    from transcheck.text.lang import _factory

    monkeypatch.setattr(DetectorFactory, "seed", 0)
    spanish = "La ciudad de Ratisbona planea una nueva línea de tranvía para el año 2030."
    mixed = "Hanoi Regensburg Tram Linie Projekt Stadt city ville thành phố 2030 neue"
    for text in [*DOCUMENTS.values(), spanish, mixed]:
        detector = _factory().create()
        detector.append(text)
        ours = {x.lang: x.prob for x in detector.get_probabilities()}
        theirs = {x.lang: x.prob for x in detect_langs(text)}
        assert ours.keys() == theirs.keys()
        assert all(abs(ours[k] - theirs[k]) < 1e-9 for k in ours)
