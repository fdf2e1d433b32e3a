"""The Translator protocol, the text key every backend matches on, and pivot route planning."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import NamedTuple, Protocol, runtime_checkable

PIVOT = "en"
_SPACE = re.compile(r"\s+")


@runtime_checkable
class Translator(Protocol):
    """Anything that turns sentences of one language into another, sentence by sentence."""

    name: str

    def translate(self, texts: Sequence[str], src: str, tgt: str) -> list[str | None]:
        """One result per text, in order; None where this backend has no translation."""
        ...


def normalize_text(text: str) -> str:
    """The key two texts share when only Unicode form or spacing differs.

    Memories and caches are matched on it: NFC (a cp1258 page yields decomposed Vietnamese)
    and collapsed whitespace (extraction and copy-paste reflow lines).
    """
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


class Hop(NamedTuple):
    """One model application on the way from the source language to the target language."""

    src: str
    tgt: str

    def __str__(self) -> str:
        return f"{self.src}→{self.tgt}"


def plan_route(
    src: str, tgt: str, installed_pairs: Iterable[tuple[str, str]], pivot: str = PIVOT
) -> list[Hop] | None:
    """The hops that translate src into tgt with these pairs: direct first, else via `pivot`.

    Returns [] when src == tgt (nothing to do) and None when no route exists. Argos ships
    almost every language paired with English only, so one pivot is all that is ever needed.
    """
    if src == tgt:
        return []
    pairs = set(installed_pairs)
    if (src, tgt) in pairs:
        return [Hop(src, tgt)]
    if pivot not in (src, tgt) and (src, pivot) in pairs and (pivot, tgt) in pairs:
        return [Hop(src, pivot), Hop(pivot, tgt)]
    return None
