"""The JSON report: schema-valid, complete, lossless enough to re-render."""

from __future__ import annotations

import json

import jsonschema
import pytest

from transcheck.model import SCHEMA
from transcheck.report import render
from transcheck.report.json import from_dict, to_dict


def test_every_report_validates(any_report, report_schema):
    jsonschema.Draft202012Validator.check_schema(report_schema)
    data = json.loads(render(any_report, "json"))
    jsonschema.validate(data, report_schema, cls=jsonschema.Draft202012Validator)
    assert data["schema"] == SCHEMA


def test_contract_fields(realistic):
    data = to_dict(realistic)
    assert data["source"]["lang"] == "vi" and data["translation"]["lang"] == "de"
    assert data["source"]["sentences"][4].startswith("Chính quyền")
    assert data["translation"]["boilerplate"][1] == "[Anzeige_2]"
    assert data["alignment"][2] == [[2], [2, 3]]
    assert data["alignment"][4] == [[4], []]
    assert len(data["alignment_scores"]) == len(data["alignment"])
    assert data["mt"]["src_to_tgt"][2] is None
    assert data["mt"]["engine"] == "memory" and data["mt"]["available"] is True
    shift = data["findings"][0]
    assert shift["kind"] == "shift"
    assert shift["evidence"]["tokens"] == {"src": ["3.000"], "tgt": ["30.000"]}
    assert data["summary"]["severity"]["shift"] == {"high": 1}
    assert data["signature"]["embed"] == "multilingual-e5-small"


def test_nan_in_evidence_becomes_null(hostile, report_schema):
    text = render(hostile, "json")
    assert "NaN" not in text
    assert json.loads(text)["findings"][2]["evidence"]["nan"] is None


def test_round_trip_renders_the_same(realistic):
    again = from_dict(json.loads(render(realistic, "json")))
    assert to_dict(again) == to_dict(realistic)
    assert render(again, "md") == render(realistic, "md")


def test_wrong_schema_is_refused():
    with pytest.raises(ValueError, match="not a transcheck/report@1"):
        from_dict({"schema": "other@9"})


def test_schema_rejects_a_broken_report(realistic, report_schema):
    data = to_dict(realistic)
    data["findings"][0]["severity"] = "catastrophic"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, report_schema, cls=jsonschema.Draft202012Validator)
