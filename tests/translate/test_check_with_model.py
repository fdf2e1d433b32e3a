"""`check` with a real (tiny, random-weight, so garbage-producing) Argos model installed.

The model's output is noise; what must hold is the plumbing (MT used and reported both
ways) and that garbage MT cannot override the embeddings: the corpus' omissions and
additions are still found and nothing is invented.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from transcheck.cli import main
from transcheck.evaluate.corpus import load_gold, score_report
from transcheck.report.json import from_dict

PAIR = Path(__file__).resolve().parents[2] / "corpora" / "en-de-energy"


@pytest.mark.slow
def test_check_with_garbage_model_still_finds_the_gold(install, tmp_path):
    install(("en", "de"), ("de", "en"))
    runner = CliRunner()
    args = ["check", str(PAIR / "translation.txt"), "--source", str(PAIR / "original.html")]
    args += ["--format", "json", "-q", "--cache-dir", str(tmp_path / "cache")]
    result = runner.invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["mt"]["available"] is True
    assert data["mt"]["engine"] == "argos"
    assert any(p.startswith("argos:en-de") for p in data["mt"]["packages"])
    assert any(p.startswith("argos:de-en") for p in data["mt"]["packages"])
    assert all(t is not None for t in data["mt"]["src_to_tgt"])
    assert all(t is not None for t in data["mt"]["tgt_to_src"])

    gold = load_gold(PAIR)
    score = score_report(PAIR.name, from_dict(data), gold)
    assert [m for m in score.missed if not m.startswith("shift")] == []
    kinds = {f["kind"] for f in data["findings"]}
    assert kinds <= {"omission", "addition", "shift"}
    # garbage MT must not turn faithful sentence pairs into alarms
    assert len(score.false_alarms) <= 1, score.false_alarms


def test_require_mt_without_model_exits_5(tmp_path):
    runner = CliRunner()
    args = ["check", str(PAIR / "translation.txt"), "--source", str(PAIR / "original.html")]
    args += ["--require-mt", "-q", "--cache-dir", str(tmp_path / "cache")]
    result = runner.invoke(main, args)
    assert result.exit_code == 5
    assert "transcheck models install en de" in result.stderr
    assert "Traceback" not in result.stderr
