"""Fixtures for the evaluation harness (helpers live in evalfixtures.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from evalfixtures import write_ced, write_defr, write_iwslt


@pytest.fixture
def tiny_shared(tmp_path: Path) -> Path:
    """A shared/ folder with tiny versions of the three corpora."""
    write_iwslt(tmp_path)
    write_defr(tmp_path)
    write_ced(tmp_path)
    return tmp_path
