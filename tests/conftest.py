"""Suite-wide options: `make test` checks a sample of the corpus end to end, and
`make test-corpus` (``--all-pairs``) checks every pair."""

from __future__ import annotations


def pytest_addoption(parser) -> None:
    parser.addoption(
        "--all-pairs",
        action="store_true",
        help="run the end-to-end check on every corpus pair, not the sample (about 95 min)",
    )
