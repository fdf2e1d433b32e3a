from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from transcheck.errors import InputError
from transcheck.translate.memory import load_memory


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _entry(src: str, tgt: str, text: str, translation: str) -> str:
    record = {"src_lang": src, "tgt_lang": tgt, "text": text, "translation": translation}
    return json.dumps(record, ensure_ascii=False)


def test_memory_matches_normalised_text_in_its_own_direction(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "mt.jsonl",
        [_entry("vi", "de", "Bộ trưởng đã hoãn  ngân sách.", "Der Minister verschob das Budget.")],
    )
    memory = load_memory([path])
    asked = unicodedata.normalize("NFD", "Bộ trưởng đã hoãn ngân sách.\n")
    assert memory.translate([asked, "khác"], "vi", "de") == [
        "Der Minister verschob das Budget.",
        None,
    ]
    assert memory.translate([asked], "de", "vi") == [None]


def test_later_entries_and_files_win(tmp_path: Path) -> None:
    first = _write(tmp_path / "a.jsonl", [_entry("en", "de", "Hello.", "Hallo.")])
    second = _write(tmp_path / "b.jsonl", ["", _entry("en", "de", "Hello.", "Guten Tag.")])
    assert load_memory([first, second]).translate(["Hello."], "en", "de") == ["Guten Tag."]


@pytest.mark.parametrize(
    "bad",
    [
        '{"src_lang": "vi", "tgt_lang": "de", "text": "x"',
        '["not", "an", "object"]',
        '{"src_lang": "vi", "tgt_lang": "de", "text": "x"}',
        '{"src_lang": "vi", "tgt_lang": "de", "text": "x", "translation": 3}',
    ],
)
def test_malformed_line_names_file_and_line(tmp_path: Path, bad: str) -> None:
    path = _write(tmp_path / "mt.jsonl", [_entry("vi", "de", "a", "b"), "", bad])
    with pytest.raises(InputError, match=r"mt\.jsonl:3: "):
        load_memory([path])


def test_missing_memory_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read --mt-memory file"):
        load_memory([tmp_path / "nope.jsonl"])
