"""Taking facts out of a sentence: what a pattern's reader reads is blanked.

Dates, quarters, shares, durations and times are read one kind after another, and each
must not be read again as something else ("1/4 số" is a share, not 1 April; "2:07:41" a
race time, not a time of day and a number). `take` runs the readers in order and blanks
every match a reader accepts, so the later patterns, and the plain numbers read last,
see only what is left.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")


def take(
    text: str, readers: Sequence[tuple[re.Pattern[str], Callable[[re.Match[str]], T | None]]]
) -> tuple[str, list[T]]:
    """The values each reader gives for its pattern's matches, pattern by pattern, and the
    text with what they read blanked (a reader's None leaves the match as it was)."""
    found: list[T] = []
    for pattern, read in readers:
        chars = list(text)
        for m in pattern.finditer(text):
            value = read(m)
            if value is None:
                continue
            found.append(value)
            chars[m.start() : m.end()] = " " * (m.end() - m.start())
        text = "".join(chars)
    return text, found
