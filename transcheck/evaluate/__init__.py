"""Measuring transcheck: metrics, corpus loaders, perturbations and the `eval` runners.

The runners take the function under test as a parameter (the pipeline's by default in the
CLI), so they can be exercised with fakes.
"""

from transcheck.evaluate.align_eval import evaluate_alignment
from transcheck.evaluate.ced import evaluate_ced
from transcheck.evaluate.detect import build_perturbed, evaluate_detection
from transcheck.evaluate.metrics import (
    expected_calibration_error,
    fit_isotonic,
    fit_platt,
    recall_at_far,
    reliability_table,
    roc_auc,
    score_alignment,
    score_alignments,
)
from transcheck.evaluate.perturb import KINDS, Edit, PerturbedDoc, perturb

__all__ = [
    "KINDS",
    "Edit",
    "PerturbedDoc",
    "build_perturbed",
    "evaluate_alignment",
    "evaluate_ced",
    "evaluate_detection",
    "expected_calibration_error",
    "fit_isotonic",
    "fit_platt",
    "perturb",
    "recall_at_far",
    "reliability_table",
    "roc_auc",
    "score_alignment",
    "score_alignments",
]
