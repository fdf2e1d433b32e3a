"""`transcheck eval …` through click, with fake pipeline functions handed in via `obj`."""

from __future__ import annotations

import difflib
import json
from pathlib import Path

from click.testing import CliRunner
from evalfixtures import defr_pairs

from transcheck.cli_eval import eval_group
from transcheck.evaluate import data
from transcheck.model import Bead, Finding


def invoke(args: list[str], **fns):
    return CliRunner().invoke(eval_group, args, obj=fns, catch_exceptions=False)


def test_align_gold_aligner_scores_one_and_gets_the_mt_files(tiny_shared: Path):
    _, _, gold = defr_pairs()
    seen = {}

    def align(src, tgt, src_lang, tgt_lang, *, src_mt=None, tgt_mt=None, options=None):
        seen[(src_mt or [None])[0]] = (src_lang, tgt_lang, len(src), len(tgt), tgt_mt)
        return [Bead(tuple(s), tuple(t)) for s, t in gold]

    res = invoke(["align", "--data", str(tiny_shared), "--json"], align_texts=align)
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)["results"]
    assert [r["condition"] for r in out] == ["none", "google", "europarllight"]
    assert all(r["scores"]["strict"]["f1"] == 1.0 for r in out)
    assert seen[None][4] is None  # no MT in the "none" condition
    assert seen["google-fr 0"][:2] == ("de", "fr")
    assert seen["google-fr 0"][4][0] == "google-de 0"
    assert out[1]["signature"]["mt"] == "google"


def test_align_scores_a_split_bead_as_vecalign_would(tiny_shared: Path):
    _, _, gold = defr_pairs()
    # break the first 1-2 bead into a 1-1 and a 0-1 bead
    k = next(n for n, (s, t) in enumerate(gold) if len(s) == 1 and len(t) == 2)
    (i,), (j1, j2) = gold[k]
    test = [*gold[:k], [[i], [j1]], [[], [j2]], *gold[k + 1 :]]
    n_gold = len(gold)
    n_two = sum(1 for s, t in gold if s and t)

    def align(src, tgt, *a, **kw):
        return test

    res = invoke(["align", "--mt", "none", "--data", str(tiny_shared), "--json"], align_texts=align)
    scores = json.loads(res.output)["results"][0]["scores"]
    assert abs(scores["strict"]["precision"] - (n_gold - 1) / (n_gold + 1)) < 1e-9
    assert abs(scores["lax"]["precision"] - n_gold / (n_gold + 1)) < 1e-9
    assert abs(scores["strict"]["recall"] - (n_two - 1) / n_two) < 1e-9
    assert scores["lax"]["recall"] == 1.0


def test_align_table_prints_signature(tiny_shared: Path):
    _, _, gold = defr_pairs()
    res = invoke(
        ["align", "--mt", "google", "--data", str(tiny_shared)], align_texts=lambda *a, **k: gold
    )
    assert "google" in res.output and "signature: transcheck:" in res.output
    assert "data:align-defr-dev" in res.output


def test_missing_data_exits_2_with_one_line(tmp_path: Path):
    res = CliRunner().invoke(
        eval_group, ["ced", "--data", str(tmp_path / "none")], obj={"score_pairs": lambda *a: []}
    )
    assert res.exit_code == 2
    assert "not found" in res.output and len(res.output.strip().splitlines()) == 1


def _oracle(docs: list[data.ParallelDoc]):
    """A fake check_texts that diffs the translation against the original one."""
    original = {d.src: d.tgt for d in docs}

    def check(src, tgt, src_lang, tgt_lang, *, src_mt=None, tgt_mt=None, options=None):
        before = original[tuple(src)]
        found = []
        sm = difflib.SequenceMatcher(a=before, b=list(tgt), autojunk=False)
        for op, i1, i2, j1, j2 in sm.get_opcodes():
            pairs = list(zip(range(i1, i2), range(j1, j2), strict=False))
            if op == "replace" and i2 - i1 == j2 - j1:
                found += [Finding("shift", "high", 0.9, (i,), (j,), "", "") for i, j in pairs]
            elif op in ("delete", "replace", "insert"):
                if i2 > i1:
                    found.append(Finding("omission", "high", 0.9, tuple(range(i1, i2)), (), "", ""))
                if j2 > j1:
                    found.append(Finding("addition", "high", 0.9, (), tuple(range(j1, j2)), "", ""))

        class R:
            findings = tuple(found)

        return R()

    return check


def test_detect_with_an_oracle_finds_everything_and_no_false_alarm(tiny_shared: Path):
    docs = data.iwslt_documents(tiny_shared, seed=13)
    res = invoke(
        ["detect", "--corpus", "iwslt", "--docs", "7", "--data", str(tiny_shared), "--json"],
        check_texts=_oracle(docs),
    )
    assert res.exit_code == 0, res.output
    (r,) = json.loads(res.output)["results"]
    assert r["corpus"] == "iwslt-envi" and r["condition"] == "none"
    assert r["signature"]["generator"] == "3"  # tables of other generators do not compare
    table = r["pair"]["per_kind"]
    assert sum(row["planted"] for row in table.values()) == 21
    for kind, row in table.items():
        assert row["planted"] > 0, kind
        assert row["recall"] == 1.0, kind
    assert r["pair"]["false_alarms"]["untouched_docs_per_100"] == 0.0
    assert r["strict"]["per_kind"]["moved"]["recall"] == 0.0  # the oracle never says "moved"


def test_detect_backward_plants_every_kind_in_an_english_translation(tiny_shared: Path):
    docs = [data.reversed_doc(d) for d in data.iwslt_documents(tiny_shared, seed=13)]
    args = ["detect", "--corpus", "iwslt", "--docs", "7", "--data", str(tiny_shared), "--json"]
    res = invoke([*args, "--direction", "backward"], check_texts=_oracle(docs))
    (r,) = json.loads(res.output)["results"]
    assert r["corpus"] == "iwslt-vien"
    for kind, row in r["pair"]["per_kind"].items():
        assert row["planted"] > 0 and row["recall"] == 1.0, kind
    assert r["pair"]["false_alarms"]["untouched_docs_per_100"] == 0.0


def test_detect_passes_mt_only_in_the_google_condition(tiny_shared: Path):
    calls = []

    def check(src, tgt, src_lang, tgt_lang, *, src_mt=None, tgt_mt=None, options=None):
        calls.append((src_lang, tgt_lang, src_mt, tgt_mt, len(tgt)))

        class R:
            findings = ()

        return R()

    res = invoke(
        ["detect", "--corpus", "defr", "--docs", "2", "--data", str(tiny_shared), "--json"],
        check_texts=check,
    )
    results = json.loads(res.output)["results"]
    assert [r["condition"] for r in results] == ["none", "google"]
    none_calls = [c for c in calls if c[2] is None]
    mt_calls = [c for c in calls if c[2] is not None]
    assert none_calls and mt_calls and all(c[3] is not None for c in mt_calls)
    assert all(c[:2] == ("de", "fr") for c in calls)
    assert all(len(c[3]) == c[4] for c in mt_calls)  # one MT entry per translation sentence
    # a perturbed document has a rewritten sentence, so some MT entry is None
    assert any(None in c[3] for c in mt_calls)
    assert results[0]["pair"]["overall"]["recall"] == 0.0


def test_detect_backward_reads_the_translation_as_the_original(tiny_shared: Path):
    calls = []

    def check(src, tgt, src_lang, tgt_lang, *, src_mt=None, tgt_mt=None, options=None):
        calls.append((src_lang, tgt_lang))

        class R:
            findings = ()

        return R()

    args = ["detect", "--docs", "2", "--mt", "none", "--data", str(tiny_shared), "--json"]
    res = invoke([*args, "--direction", "backward"], check_texts=check)
    results = json.loads(res.output)["results"]
    assert [r["corpus"] for r in results] == ["iwslt-vien", "frde"]
    assert [r["signature"]["data"] for r in results] == ["iwslt-vien", "frde"]
    assert set(calls) == {("vi", "en"), ("fr", "de")}
    calls.clear()
    both = ["--direction", "forward", "--direction", "backward", "--corpus", "defr"]
    res = invoke([*args, *both], check_texts=check)
    assert [r["corpus"] for r in json.loads(res.output)["results"]] == ["defr", "frde"]
    assert set(calls) == {("de", "fr"), ("fr", "de")}


def test_ced_perfect_and_constant_scorers(tiny_shared: Path):
    ced = data.load_ced(tiny_shared)
    bad_src = {s for s, b in zip(ced.src, ced.bad, strict=True) if b}

    def perfect(src, mt, src_lang, tgt_lang, **kw):
        return [1.0 if s in bad_src else 0.0 for s in src]

    res = invoke(["ced", "--data", str(tiny_shared), "--json"], score_pairs=perfect)
    out = json.loads(res.output)
    assert out["pairs"] == 200 and out["bad"] == 20
    assert out["auc"] == 1.0 and out["recall_at_far"] == 1.0
    assert out["per_category"]["number"]["bad"] == 20  # the fixture's errors are figures

    res = invoke(
        ["ced", "--limit", "50", "--data", str(tiny_shared), "--json"],
        score_pairs=lambda src, mt, *a, **k: [0.5] * len(src),
    )
    out = json.loads(res.output)
    assert out["pairs"] == 50 and out["auc"] == 0.5 and out["recall_at_far"] == 0.0


def test_ced_table_output(tiny_shared: Path):
    res = invoke(
        ["ced", "--limit", "40", "--data", str(tiny_shared)],
        score_pairs=lambda src, mt, *a, **k: [len(m) / 100 for m in mt],
    )
    assert res.exit_code == 0
    assert "ROC-AUC" in res.output and "number" in res.output
    assert "data:wmt22-ced-ende-dev" in res.output


def test_ced_folds_below_two_is_a_usage_error(tiny_shared: Path):
    res = invoke(
        ["ced", "--folds", "1", "--data", str(tiny_shared)],
        score_pairs=lambda src, mt, *a, **k: [0.0] * len(src),
    )
    assert res.exit_code == 2 and "--folds" in res.output
