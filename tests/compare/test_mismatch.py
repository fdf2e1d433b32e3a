"""Disagreements between the two sides of a bead: a repeated figure with one mention changed."""

from __future__ import annotations

from transcheck.compare.mismatch import number_mismatch
from transcheck.text.anchors import extract

SRC = (
    "If I show you 600 magazines in 10 categories, versus 400 magazines in 20 categories, "
    "you think I gave you more choice with the 400 than with the 600."
)


def test_one_of_two_mentions_changed_names_both_figures():
    tgt = (
        "Wenn ich Ihnen 700 Zeitschriften in 10 Kategorien zeige, statt 400 Zeitschriften in "
        "20 Kategorien, glauben Sie, ich hätte Ihnen mit den 400 mehr Auswahl gegeben als mit "
        "den 600."
    )
    assert number_mismatch(extract(SRC, "en"), extract(tgt, "de")) == (["600"], ["700"])


def test_a_repeated_figure_said_once_is_no_mismatch():
    tgt = (
        "Wenn ich Ihnen 600 Zeitschriften in 10 Kategorien zeige, statt 400 in 20 Kategorien, "
        "glauben Sie, ich hätte Ihnen so mehr Auswahl gegeben."
    )
    assert number_mismatch(extract(SRC, "en"), extract(tgt, "de")) == ([], [])


def test_a_new_small_number_does_not_pull_in_a_repeated_figure():
    tgt = (
        "Wenn ich Ihnen 600 Zeitschriften in 10 Kategorien zeige, statt 400 in 20 Kategorien, "
        "glauben Sie an 1 Sache: mehr Auswahl."
    )
    only_src, _ = number_mismatch(extract(SRC, "en"), extract(tgt, "de"))
    assert only_src == []
