"""The package's source holds no control characters: a regular expression written with
"\\b" in a plain string once held a backspace and matched nothing, silently."""

from __future__ import annotations

import re
from pathlib import Path

import transcheck

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def test_no_control_characters_in_the_source() -> None:
    root = Path(transcheck.__file__).parent
    bad = [
        f"{path.relative_to(root)}:{n}"
        for path in sorted(root.rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _CONTROL.search(line)
    ]
    assert bad == []
