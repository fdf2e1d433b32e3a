"""Critical-error risk of 1-1 pairs: what a reader would call a wrong translation scores higher."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from transcheck.compare.embed import Embedder
from transcheck.compare.risk import fit_logistic, logistic, pair_risks
from transcheck.compare.risk_features import (
    FEATURES,
    figure_mismatch,
    figures,
    missing_names,
    pair_features,
)
from transcheck.options import Options

SRC = (
    "The city council approved the new budget on Monday, after a debate that lasted "
    "three hours, and the mayor thanked the opposition for its proposals."
)
GOOD = (
    "Der Stadtrat hat den neuen Haushalt am Montag nach einer dreistündigen Debatte "
    "beschlossen, und der Bürgermeister dankte der Opposition für ihre Vorschläge."
)
# the middle clause and the mayor's thanks are gone
DROPPED = "Der Stadtrat hat den neuen Haushalt am Montag beschlossen."
# a sentence nobody wrote
ADDED = GOOD + " Die Polizei nahm danach zwölf Demonstranten vor dem Rathaus fest."
FIG_SRC = "In 1992, more than 500 people lost their homes in the floods in Bangladesh."
FIG_GOOD = (
    "1992 verloren in Bangladesch mehr als 500 Menschen bei den Überschwemmungen ihr Zuhause."
)
FIG_BAD = (
    "2010 verloren in Bangladesch mehr als 1000 Menschen bei den Überschwemmungen ihr Zuhause."
)
NAME_BAD = "1992 verloren in Frankreich mehr als 500 Menschen bei den Überschwemmungen ihr Zuhause."
NEG_SRC = "The minister did not approve the agreement with the unions."
NEG_GOOD = "Der Minister hat das Abkommen mit den Gewerkschaften nicht gebilligt."
NEG_BAD = "Der Minister hat das Abkommen mit den Gewerkschaften gebilligt."


@pytest.fixture(scope="module")
def embedder(tmp_path_factory: pytest.TempPathFactory) -> Embedder:
    emb = Embedder(tmp_path_factory.mktemp("emb") / "embeddings.sqlite")
    yield emb
    emb.close()


def col(name: str) -> int:
    return FEATURES.index(name)


def test_figures_ignore_locale_separators_and_year_abbreviations():
    assert figures("3,000 soldiers in 2002") == figures("3.000 Soldaten im Jahr 2002")
    assert figure_mismatch("500 million people", "500 Millionen Menschen") == 0
    assert figure_mismatch("500 million people", "1000 Millionen Menschen") == 2
    assert figure_mismatch("throughout the 1990's", "während der 90er Jahre") == 0
    assert figure_mismatch("in the early 1980's", "in den frühen 1970er Jahren") == 2


def test_missing_names_skip_title_words_and_names_the_batch_translates():
    src = [
        "Officials in Rwanda met the Health Minister on Monday.",
        "The health of the economy worries investors.",
        "Growth in GDP slowed, said Lagarde.",
        "The GDP figures were revised, according to Eurostat.",
        "The GDP of Ghana rose sharply last year.",
    ]
    tgt = [
        "Beamte in Ruanda trafen sich am Montag mit dem Gesundheitsminister.",
        "Die Gesundheit der Wirtschaft beunruhigt die Anleger.",
        "Das BIP-Wachstum verlangsamte sich, sagte Lagarde.",
        "Die BIP-Zahlen wurden laut Eurostat revidiert.",
        "Das BIP von Kenia stieg im vergangenen Jahr stark an.",
    ]
    # Rwanda = Ruanda (close spelling), Health is a title word, GDP is always translated;
    # only Ghana, swapped for Kenya, is missing
    assert missing_names(src, tgt, "en") == [0, 0, 0, 0, 1]
    assert missing_names(tgt, src, "de") == [0] * 5  # German capitalises every noun


def test_features_see_dropped_clauses_additions_figures_names_and_negation(embedder):
    src = [SRC, SRC, SRC, FIG_SRC, FIG_SRC, FIG_SRC, NEG_SRC, NEG_SRC]
    tgt = [GOOD, DROPPED, ADDED, FIG_GOOD, FIG_BAD, NAME_BAD, NEG_GOOD, NEG_BAD]
    x = pair_features(src, tgt, "en", "de", embedder.embed)
    assert x.shape == (len(src), len(FEATURES))
    assert x[1, col("omit")] > x[0, col("omit")]
    assert x[1, col("short")] > x[0, col("short")]
    assert x[2, col("add")] > x[0, col("add")]
    assert x[2, col("long_words")] > x[0, col("long_words")]
    assert x[4, col("numbers")] > x[3, col("numbers")] == 0
    assert x[5, col("entities")] + x[5, col("names")] > x[3, col("entities")] + x[3, col("names")]
    assert x[7, col("negation")] > x[6, col("negation")] == 0


def test_risk_ranks_each_critical_error_above_the_faithful_translation(tmp_path: Path):
    options = Options(cache_dir=tmp_path)
    src = [SRC, SRC, SRC, FIG_SRC, FIG_SRC, FIG_SRC, NEG_SRC, NEG_SRC]
    tgt = [GOOD, DROPPED, ADDED, FIG_GOOD, FIG_BAD, NAME_BAD, NEG_GOOD, NEG_BAD]
    risk = pair_risks(src, tgt, "en", "de", options=options)
    assert all(0.0 <= r <= 1.0 for r in risk)
    assert risk[1] > risk[0] and risk[2] > risk[0]  # omission, addition
    assert risk[4] > risk[3] and risk[5] > risk[3]  # changed figures, swapped country
    assert risk[7] > risk[6]  # negation dropped
    assert max(risk[0], risk[3], risk[6]) < 0.5  # faithful pairs are not flagged


def test_pair_risks_checks_lengths_and_handles_empty_input():
    assert pair_risks([], [], "en", "de") == []
    with pytest.raises(ValueError):
        pair_risks(["a"], [], "en", "de")


def test_fit_logistic_recovers_the_informative_feature():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(400, 2)) * [1.0, 10.0]
    y = (x[:, 0] + 0.3 * rng.normal(size=400) > 0.5).astype(float)
    coef, bias = fit_logistic(x, y)
    assert coef[0] > 1.0 and abs(coef[1]) < 0.1 * coef[0]
    pred = 1.0 / (1.0 + np.exp(-(x @ coef + bias)))
    assert ((pred > 0.5) == (y > 0.5)).mean() > 0.9


def test_logistic_uses_the_shipped_weights_in_feature_order():
    x = np.zeros((2, len(FEATURES)))
    x[1, col("numbers")] = 2.0
    risk = logistic(x)
    assert risk[1] > risk[0]
