"""Loaders: detokenising, gold parsing, document cutting, locating the shared folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from evalfixtures import defr_pairs, real_shared

from transcheck.errors import InputError
from transcheck.evaluate import data
from transcheck.evaluate.data import DataUnavailable, detokenize


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        (
            "Imagine the first piece : a man &apos;s work .",
            "Imagine the first piece: a man's work.",
        ),
        ("We do n&apos;t know , really ?", "We don't know, really?"),
        ("He said &quot; stop &quot; twice .", 'He said "stop" twice.'),
        ("Mount Everest ( 8848 m ) is high .", "Mount Everest (8848 m) is high."),
        ("It costs $ 5 &amp; more !", "It costs $5 & more!"),
        # escaped twice, then tokenised (IWSLT'15 tst2012)
        ("Proctor &amp; amp ; Gamble went", "Proctor & Gamble went"),
        ("Câu chuyện này chưa kết thúc .", "Câu chuyện này chưa kết thúc."),
        ("Jusqu' à l' arête , 7150 m .", "Jusqu'à l'arête, 7150 m."),
        ("the students ' books", "the students' books"),
    ],
)
def test_detokenize(raw: str, clean: str) -> None:
    assert detokenize(raw) == clean


def test_parse_gold_accepts_the_json_shapes_and_rejects_junk():
    beads = data.parse_gold({"goldalign": [[[0], [0, 1]], [[], [2]], [[1], []]]})
    assert beads == (((0,), (0, 1)), ((), (2,)), ((1,), ()))
    assert data.parse_gold([[[0], [0]]]) == (((0,), (0,)),)
    with pytest.raises(InputError):
        data.parse_gold({"goldalign": [[0, 1, 2]]})


def test_chunk_sizes_are_deterministic_and_in_range():
    a = data.chunk_sizes(500, seed=3)
    assert a == data.chunk_sizes(500, seed=3)
    assert a != data.chunk_sizes(500, seed=4)
    assert all(20 <= n <= 40 for n in a)
    assert 500 - sum(a) < 20


def test_data_dir_from_env_and_missing_folder(tiny_shared: Path, monkeypatch, tmp_path: Path):
    monkeypatch.setenv(data.ENV_VAR, str(tiny_shared))
    assert data.data_dir() == (tiny_shared / "data").resolve()
    assert data.data_dir(tiny_shared / "data") == (tiny_shared / "data").resolve()
    with pytest.raises(DataUnavailable, match="not found"):
        data.data_dir(tmp_path / "nowhere")
    with pytest.raises(DataUnavailable):
        data.load_ced(tmp_path / "nowhere")


def test_load_align_defr_reads_gold_and_mt_in_place(tiny_shared: Path):
    dev = data.load_align_defr(tiny_shared)
    de, fr, gold = defr_pairs()
    assert dev.src == tuple(de) and dev.tgt == tuple(fr)
    assert len(dev.gold) == len(gold)
    src_mt, tgt_mt = dev.mt_for("google")
    assert src_mt[2] == "google-fr 2" and len(tgt_mt) == len(fr)
    assert dev.mt_for("none") == (None, None)


def test_split_by_beads_drops_unaligned_sentences_and_carries_mt(tiny_shared: Path):
    dev = data.load_align_defr(tiny_shared)
    docs = data.split_by_beads(dev, "google", seed=0)
    assert docs and all(20 <= len(d.src) <= 40 for d in docs)
    assert all("Note du traducteur ." not in d.tgt for d in docs)
    for d in docs:
        used_tgt = sorted(j for _, t in d.beads for j in t)
        assert used_tgt == list(range(len(d.tgt)))
        assert len(d.tgt_mt) == len(d.tgt) and len(d.src_mt) == len(d.src)
    # the MT line travels with its sentence
    first = docs[0]
    k = dev.tgt.index(first.tgt[0])
    assert first.tgt_mt[0] == f"google-de {k}"


def test_iwslt_documents_are_detokenised_runs(tiny_shared: Path):
    docs = data.iwslt_documents(tiny_shared, seed=1)
    assert docs and all(20 <= len(d.src) <= 40 for d in docs)
    assert all(len(d.src) == len(d.tgt) == len(d.beads) for d in docs)
    assert not any("&quot;" in s or " ." in s for d in docs for s in d.src + d.tgt)
    assert docs == data.iwslt_documents(tiny_shared, seed=1)


def test_stratified_sample_keeps_bad_share(tiny_shared: Path):
    ced = data.load_ced(tiny_shared)
    idx = data.stratified_sample(ced.bad, 50, seed=0)
    assert len(idx) == 50 and idx == sorted(idx)
    assert sum(ced.bad[i] for i in idx) == 5  # 10% BAD in the fixture
    assert idx == data.stratified_sample(ced.bad, 50, seed=0)
    assert data.stratified_sample(ced.bad, None) == list(range(len(ced.bad)))


@pytest.mark.skipif(real_shared() is None, reason="../shared/data is not available")
def test_real_corpora_load_with_the_documented_sizes():
    root = real_shared()
    dev = data.load_align_defr(root)
    assert (len(dev.src), len(dev.tgt)) == (468, 554)
    assert all(len(s) or len(t) for s, t in dev.gold)
    en, vi = data.load_iwslt_envi(root)
    assert len(en) == len(vi) == 1553
    assert not any("&apos;" in x or "&quot;" in x for x in en + vi)
    ced = data.load_ced(root)
    assert len(ced.src) == 17280 and sum(ced.bad) == 951


def test_a_reversed_document_swaps_sides_beads_mt_and_lines(tiny_shared: Path):
    (doc, *_) = data.split_by_beads(data.load_align_defr(tiny_shared), "google", seed=0)
    back = data.reversed_doc(doc)
    assert (back.src_lang, back.tgt_lang) == ("fr", "de")
    assert (back.src, back.tgt) == (doc.tgt, doc.src)
    assert back.beads == tuple((t, s) for s, t in doc.beads)
    assert (back.src_mt, back.tgt_mt) == (doc.tgt_mt, doc.src_mt)
    assert (back.src_lines, back.tgt_lines) == (doc.tgt_lines, doc.src_lines)
    assert back.name == f"{doc.name}-rev" and data.reversed_doc(back).src == doc.src
    # lines are 1-based lines of the corpus files
    dev = data.load_align_defr(tiny_shared)
    assert all(dev.tgt[n - 1] == t for n, t in zip(doc.tgt_lines, doc.tgt, strict=True))
