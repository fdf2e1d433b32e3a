"""`transcheck eval align`: vecalign's strict/lax scores of our aligner on the de–fr dev gold."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

from transcheck.evaluate.data import ALIGN_DEFR, AlignDev
from transcheck.evaluate.metrics import score_alignment
from transcheck.evaluate.signature import eval_signature

AlignFn = Callable[..., Sequence[Any]]


def bead_lists(beads: Sequence[Any]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """Beads (model.Bead or [[src], [tgt]] pairs) as tuples of index tuples."""
    out = []
    for b in beads:
        src, tgt = (b.src, b.tgt) if hasattr(b, "src") else (b[0], b[1])
        out.append((tuple(int(i) for i in src), tuple(int(j) for j in tgt)))
    return out


def check_coverage(
    beads: Sequence[tuple[tuple[int, ...], tuple[int, ...]]], n_src: int, n_tgt: int
) -> list[str]:
    """Contract problems (DESIGN §3: every sentence of both sides exactly once)."""
    problems = []
    src = sorted(i for s, _ in beads for i in s)
    tgt = sorted(j for _, t in beads for j in t)
    if src != list(range(n_src)):
        problems.append(f"source indices not each used once ({len(src)} used of {n_src})")
    if tgt != list(range(n_tgt)):
        problems.append(f"target indices not each used once ({len(tgt)} used of {n_tgt})")
    return problems


Beads = Sequence[tuple[tuple[int, ...], tuple[int, ...]]]


def halves(gold: Beads, beads: Beads) -> dict[str, Any]:
    """Scores on each half of the document, split at the gold bead boundary nearest the middle.

    A change that helps only one half is fitting that half (docs/alignment.md). The boundary
    is the first gold bead whose source starts at or after the middle source sentence; a
    bead belongs to the first half when it starts before the boundary (by its source side,
    or its target side when it has no source).
    """
    n_src = 1 + max((i for s, _ in gold for i in s), default=-1)
    starts = [(s[0], t[0] if t else None) for s, t in gold if s and s[0] >= n_src // 2]
    if not starts:
        return {}
    i0, j0 = starts[0]
    if j0 is None:  # boundary bead without a target: the next target sentence after it
        j0 = 1 + max((j for s, t in gold for j in t if s and s[0] < i0), default=-1)

    def first(bead: tuple[tuple[int, ...], tuple[int, ...]]) -> bool:
        s, t = bead
        return s[0] < i0 if s else t[0] < j0

    out: dict[str, Any] = {"boundary": [i0, j0]}
    for name, keep in (("first", True), ("second", False)):
        part_gold = [b for b in gold if first(b) == keep]
        part_test = [b for b in beads if first(b) == keep]
        out[name] = score_alignment(part_gold, part_test).as_dict()
    return out


def evaluate_alignment(
    dev: AlignDev, condition: str, align: AlignFn, options: Any
) -> dict[str, Any]:
    """Align the dev pair under one MT condition and score it against the gold."""
    src_mt, tgt_mt = dev.mt_for(condition)
    started = time.perf_counter()
    beads = bead_lists(
        align(
            list(dev.src),
            list(dev.tgt),
            dev.src_lang,
            dev.tgt_lang,
            src_mt=list(src_mt) if src_mt else None,
            tgt_mt=list(tgt_mt) if tgt_mt else None,
            options=options,
        )
    )
    seconds = time.perf_counter() - started
    scores = score_alignment(dev.gold, beads)
    shapes: dict[str, int] = {}
    for s, t in beads:
        key = f"{len(s)}-{len(t)}"
        shapes[key] = shapes.get(key, 0) + 1
    sig = eval_signature(
        options,
        data=ALIGN_DEFR,
        mt=condition,
        src=f"{dev.src_lang}:{len(dev.src)}",
        tgt=f"{dev.tgt_lang}:{len(dev.tgt)}",
        gold_beads=len(dev.gold),
    )
    return {
        "condition": condition,
        "signature": sig,
        "scores": scores.as_dict(),
        "halves": halves(dev.gold, beads),
        "test_beads": len(beads),
        "shapes": dict(sorted(shapes.items())),
        "contract_problems": check_coverage(beads, len(dev.src), len(dev.tgt)),
        "seconds": round(seconds, 2),
    }
