"""--mt-memory: translations the user already has (DeepL, Google, a human), used before models.

One JSONL line per sentence: {"src_lang": "vi", "tgt_lang": "de", "text": "...",
"translation": "..."}. A memory for vi→de serves the vi→de direction only.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from transcheck.errors import InputError
from transcheck.translate.base import normalize_text

_FIELDS = ("src_lang", "tgt_lang", "text", "translation")
_FIX = "fix or delete that line (each line: one JSON object with " + ", ".join(_FIELDS) + ")"


@dataclass
class TranslationMemory:
    """Exact-match memory keyed by language pair and normalised text. Name: "memory"."""

    entries: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)
    name: str = "memory"

    def add(self, src: str, tgt: str, text: str, translation: str) -> None:
        """Later entries win, so a user can append corrections to a memory file."""
        self.entries.setdefault((src.lower(), tgt.lower()), {})[normalize_text(text)] = translation

    def __len__(self) -> int:
        return sum(len(v) for v in self.entries.values())

    def pairs(self) -> set[tuple[str, str]]:
        return set(self.entries)

    def translate(self, texts: Sequence[str], src: str, tgt: str) -> list[str | None]:
        table = self.entries.get((src.lower(), tgt.lower()), {})
        return [table.get(normalize_text(t)) for t in texts]


def parse_memory_line(line: str, where: str) -> tuple[str, str, str, str] | None:
    """One JSONL line → (src_lang, tgt_lang, text, translation); None for a blank line."""
    if not line.strip():
        return None
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: not a JSON object ({exc.msg}); {_FIX}") from None
    if not isinstance(obj, dict):
        raise InputError(f"{where}: not a JSON object; {_FIX}")
    missing = [k for k in _FIELDS if not isinstance(obj.get(k), str)]
    if missing:
        raise InputError(f"{where}: missing or non-string {', '.join(missing)}; {_FIX}")
    if not obj["src_lang"].strip() or not obj["tgt_lang"].strip():
        raise InputError(f"{where}: empty src_lang or tgt_lang; {_FIX}")
    return obj["src_lang"].strip(), obj["tgt_lang"].strip(), obj["text"], obj["translation"]


def load_memory(paths: Iterable[Path | str]) -> TranslationMemory:
    """Read every memory file; a malformed line raises InputError naming file and line."""
    memory = TranslationMemory()
    for path in paths:
        path = Path(path)
        try:
            with path.open(encoding="utf-8-sig") as handle:
                for number, line in enumerate(handle, start=1):
                    entry = parse_memory_line(line, f"{path}:{number}")
                    if entry is not None:
                        memory.add(*entry)
        except UnicodeDecodeError:
            raise InputError(
                f"{path}: --mt-memory files must be UTF-8 JSONL; convert it (e.g. iconv -t utf-8)"
            ) from None
        except OSError as exc:
            raise InputError(
                f"cannot read --mt-memory file {path}: {exc.strerror}; check the path"
            ) from None
    return memory
