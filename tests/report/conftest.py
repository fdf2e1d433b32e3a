"""Fixtures for the renderer tests: hand-built Reports (see report_samples.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from report_samples import hostile_report, realistic_report

from transcheck.model import Report

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "docs" / "report.schema.json"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite tests/report/golden/* from the current rendering "
        "(or set TRANSCHECK_UPDATE_GOLDEN=1)",
    )


@pytest.fixture
def realistic() -> Report:
    return realistic_report()


@pytest.fixture
def hostile() -> Report:
    return hostile_report()


@pytest.fixture(params=["realistic", "hostile"])
def any_report(request: pytest.FixtureRequest) -> Report:
    return realistic_report() if request.param == "realistic" else hostile_report()


@pytest.fixture(scope="session")
def report_schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text("utf-8"))
