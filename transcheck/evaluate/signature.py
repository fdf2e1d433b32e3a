"""The signature printed beside every figure: two numbers compare only when these match."""

from __future__ import annotations

from collections.abc import Mapping

from transcheck import __version__
from transcheck.options import Options


def eval_signature(options: Options | None = None, **fields: object) -> dict[str, str]:
    """transcheck version, the pipeline's own settings signature (when it offers one), then
    the evaluation's fields (data set, MT condition, sizes, seed)."""
    sig: dict[str, str] = {"transcheck": __version__}
    try:
        from transcheck import pipeline

        sign = getattr(pipeline, "signature", None)
        if callable(sign):
            sig.update({str(k): str(v) for k, v in sign(options or Options()).items()})
    except Exception as exc:  # a broken signature must not hide the figures
        sig["pipeline_signature"] = f"unavailable ({type(exc).__name__})"
    sig.update({k: str(v) for k, v in fields.items()})
    return sig


def format_signature(sig: Mapping[str, str]) -> str:
    """sacrebleu style: `key:value|key:value`."""
    return "|".join(f"{k}:{v}" for k, v in sig.items())
