"""Recovering CED error categories from the surface of source and MT."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from evalfixtures import write_ced

from transcheck.evaluate.ced import categories, evaluate_ced, figures, fold_ids, out_of_fold
from transcheck.evaluate.data import load_ced
from transcheck.evaluate.metrics import roc_auc
from transcheck.options import Options


def test_figures_ignore_locale_separators():
    assert figures("3,000 soldiers in 2002") == figures("3.000 Soldaten im Jahr 2002")
    assert figures("1.5 percent") == figures("1,5 Prozent")
    assert figures("nearly 200 countries") != figures("beinahe 90 Ländern")


def test_categories_find_numbers_names_and_length_outliers():
    base_src = "The council met in the capital on a quiet afternoon to discuss the budget."
    base_mt = "Der Rat traf sich an einem ruhigen Nachmittag in der Hauptstadt zum Haushalt."
    src = [base_src] * 20
    mt = [base_mt] * 20
    src += [
        "The loss of 3,000 soldiers shocked the nation and its leaders deeply.",
        "The talks in Beirut ended late on Sunday night without any agreement at all.",
        "The council met in the capital on a quiet afternoon to discuss the budget.",
    ]
    mt += [
        "Der Verlust von 2.000 Soldaten erschütterte die Nation und ihre Führer sehr.",
        "Die Gespräche in Kairo endeten spät am Sonntagabend ohne jede Einigung.",
        "Der Rat traf sich.",
    ]
    cats = categories(src, mt)
    assert cats[0] == {"other"}
    assert "number" in cats[20]
    assert "name" in cats[21]  # Beirut occurs once and is missing from the MT
    assert "shorter" in cats[22]


def test_fold_ids_spread_both_classes_over_every_fold():
    labels = [i % 10 == 0 for i in range(100)]
    ids = fold_ids(labels, 5, seed=3)
    for f in range(5):
        members = [labels[i] for i in range(100) if ids[i] == f]
        assert len(members) == 20 and sum(members) == 2


def test_out_of_fold_scores_rank_held_out_pairs_by_the_informative_feature():
    rng = np.random.default_rng(1)
    bad = rng.random(300) < 0.2
    x = np.column_stack([bad + rng.normal(0, 0.5, 300), rng.normal(0, 1, 300)])
    scores = out_of_fold(x, bad.tolist(), folds=5)
    assert roc_auc(bad.tolist(), scores.tolist()) > 0.9
    with pytest.raises(ValueError):
        out_of_fold(x, bad.tolist(), folds=1)


def test_evaluate_ced_out_of_fold_mode_scores_without_the_shipped_weights(tmp_path: Path):
    bad = write_ced(tmp_path, n=60)
    data = load_ced(tmp_path)
    options = Options(cache_dir=tmp_path / "cache", use_argos=False, offline=True)

    def never(*_a, **_k):
        raise AssertionError("out-of-fold mode must not call the shipped scorer")

    res = evaluate_ced(data, never, folds=3, options=options)
    assert res["pairs"] == 60 and res["bad"] == sum(bad)
    assert res["signature"]["scores"] == "out-of-fold:3"
    # every BAD pair has a changed figure: held-out models must still find them
    assert res["auc"] > 0.9
