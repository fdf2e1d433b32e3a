"""Deterministic perturbations of real parallel documents, with the gold of every change.

Only the translation side is changed (the source is the original). Edits are planned on the
document's gold beads, kept apart (no two edits on neighbouring beads), then the perturbed
translation is rebuilt in one pass, so every recorded index is exact.

MT follows the text: a sentence whose text is unchanged (kept, moved, inserted from another
document) keeps its machine translation; a sentence we rewrote gets None, because no MT of
the new wording exists.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field

from transcheck.evaluate import lexicon
from transcheck.evaluate.data import Beads, ParallelDoc

KINDS = ("omission", "addition", "number", "name", "negation", "partial", "moved")
# Bumped whenever the same seed plants different edits, so that a signature tells tables
# of different benchmarks apart (2: name stand-ins drawn from the whole pool; 3: IWSLT
# entities escaped twice, "&amp; amp ;", read as one character, which changes the name pool).
GENERATOR = 3
TEXT_KINDS = ("number", "name", "negation", "partial")


@dataclass(frozen=True)
class Edit:
    """One change and where it is: source indices concerned, perturbed-translation indices."""

    kind: str
    src: tuple[int, ...]  # source sentences whose rendering was removed/changed/moved
    tgt: tuple[int, ...]  # their indices in the perturbed translation (empty: omission)
    before: str = ""
    after: str = ""


@dataclass(frozen=True)
class PerturbedDoc:
    doc: ParallelDoc
    tgt: tuple[str, ...]
    tgt_mt: tuple[str | None, ...] | None
    edits: tuple[Edit, ...]
    beads: Beads  # gold alignment of the source with the perturbed translation
    seed: int

    @property
    def touched_tgt(self) -> set[int]:
        return {j for e in self.edits for j in e.tgt}

    @property
    def touched_src(self) -> set[int]:
        return {i for e in self.edits for i in e.src}


@dataclass
class _Plan:
    kind: str
    beads: tuple[int, ...]  # bead indices the edit acts on
    tgt_pos: int = -1  # for text edits: which target sentence (original index)
    new_text: str = ""
    at: int = -1  # for additions/moves: insert after this bead
    inserted: tuple[tuple[str, str | None], ...] = ()
    extra: dict = field(default_factory=dict)


def name_pool(docs: Sequence[ParallelDoc]) -> list[str]:
    """Every name (capitalised run found on both sides of a bead) in the corpus, sorted."""
    names: set[str] = set()
    for d in docs:
        for s, t in d.beads:
            src_text = " ".join(d.src[i] for i in s)
            for j in t:
                names.update(lexicon.names_in(d.tgt[j], src_text))
    return sorted(names)


class _Planner:
    def __init__(self, doc: ParallelDoc, rng: random.Random, gap: int = 1) -> None:
        self.doc, self.rng, self.gap = doc, rng, gap
        self.blocked: set[int] = set()
        self.two_sided = [k for k, (s, t) in enumerate(doc.beads) if s and t]

    def free(self, k: int) -> bool:
        return 0 <= k < len(self.doc.beads) and k not in self.blocked and k in self.two_sided

    def block(self, ks: Sequence[int]) -> None:
        for k in ks:
            self.blocked.update(range(k - self.gap, k + self.gap + 1))

    def omission(self) -> _Plan | None:
        n = self.rng.randint(1, 3)
        starts = [
            k
            for k in range(len(self.doc.beads))
            if all(self.free(k + x) for x in range(n))
            and sum(len(self.doc.beads[k + x][1]) for x in range(n)) <= 3
        ]
        if not starts:
            return None
        k = self.rng.choice(starts)
        ks = tuple(range(k, k + n))
        self.block(ks)
        return _Plan("omission", ks)

    def addition(self, donors: Sequence[ParallelDoc]) -> _Plan | None:
        others = [d for d in donors if d.name != self.doc.name and d.tgt]
        spots = [k for k in range(len(self.doc.beads) - 1) if self.free(k) and self.free(k + 1)]
        if not others or not spots:
            return None
        k = self.rng.choice(spots)
        donor = self.rng.choice(others)
        n = min(self.rng.randint(1, 2), len(donor.tgt))
        start = self.rng.randrange(len(donor.tgt) - n + 1)
        mt = donor.tgt_mt
        ins = tuple((donor.tgt[j], mt[j] if mt else None) for j in range(start, start + n))
        self.block((k, k + 1))
        return _Plan("addition", (), at=k, inserted=ins, extra={"donor": donor.name})

    def rewrite(self, kind: str, pool: Sequence[str]) -> _Plan | None:
        options: list[tuple[int, int, str]] = []
        for k in self.two_sided:
            if not self.free(k):
                continue
            s, t = self.doc.beads[k]
            src_text = " ".join(self.doc.src[i] for i in s)
            for j in t:
                for new in _rewrites(kind, self.doc.tgt[j], src_text, self.doc.tgt_lang, pool):
                    if new != self.doc.tgt[j]:
                        options.append((k, j, new))
        if not options:
            return None
        k, j, new = self.rng.choice(options)
        self.block((k,))
        return _Plan(kind, (k,), tgt_pos=j, new_text=new)

    def moved(self) -> _Plan | None:
        n = len(self.doc.beads)
        far = max(5, n // 3)
        ones = [k for k in self.two_sided if self.free(k) and self.doc.beads[k][1].__len__() == 1]
        pairs = [
            (k, d)
            for k in ones
            for d in range(n - 1)
            if abs(d - k) >= far and self.free(d) and self.free(d + 1)
        ]
        if not pairs:
            return None
        k, d = self.rng.choice(pairs)
        self.block((k, d, d + 1))
        return _Plan("moved", (k,), at=d)


def _rewrites(kind: str, text: str, src_text: str, lang: str, pool: Sequence[str]) -> list[str]:
    if kind == "number":
        return lexicon.number_rewrites(text, lang, src_text)
    if kind == "name":
        return lexicon.name_rewrites(text, src_text, pool)
    if kind == "negation":
        return lexicon.negation_rewrites(text, lang)
    if kind == "partial":
        return lexicon.clause_drop_rewrites(text)
    raise ValueError(f"not a rewrite kind: {kind}")


def perturb(
    doc: ParallelDoc,
    kinds: Sequence[str],
    seed: int,
    donors: Sequence[ParallelDoc] = (),
    pool: Sequence[str] = (),
) -> PerturbedDoc:
    """Apply one edit of each of `kinds` (those that fit) to the translation of `doc`.

    Same doc, kinds, seed, donors and pool → the same output. Kinds with no suitable place
    (no number in the text, no room to move a sentence far) are skipped; see `.edits`.
    """
    unknown = set(kinds) - set(KINDS)
    if unknown:
        raise ValueError(f"unknown perturbation kinds: {sorted(unknown)}")
    rng = random.Random(seed)
    planner = _Planner(doc, rng)
    plans: list[_Plan] = []
    for kind in kinds:
        if kind == "omission":
            plan = planner.omission()
        elif kind == "addition":
            plan = planner.addition(donors)
        elif kind == "moved":
            plan = planner.moved()
        else:
            plan = planner.rewrite(kind, pool)
        if plan is not None:
            plans.append(plan)
    return _build(doc, plans, seed)


def _build(doc: ParallelDoc, plans: Sequence[_Plan], seed: int) -> PerturbedDoc:
    """Emit the perturbed translation bead by bead and resolve every edit to final indices."""
    omitted = {k: p for p in plans if p.kind == "omission" for k in p.beads}
    rewritten = {p.tgt_pos: p for p in plans if p.kind in TEXT_KINDS}
    moved_from = {p.beads[0]: p for p in plans if p.kind == "moved"}
    after: dict[int, list[_Plan]] = {}
    for p in plans:
        if p.kind in ("addition", "moved"):
            after.setdefault(p.at, []).append(p)

    texts: list[str] = []
    mts: list[str | None] = []
    where: dict[tuple[int, int], int] = {}  # (id(plan) or bead, original j / insert no) -> pos
    bead_tgt: dict[int, list[int]] = {}

    def emit(text: str, mt: str | None) -> int:
        texts.append(text)
        mts.append(mt)
        return len(texts) - 1

    orig_mt = doc.tgt_mt
    for k, (_, t) in enumerate(doc.beads):
        if k not in omitted and k not in moved_from:
            for j in t:
                plan = rewritten.get(j)
                if plan is not None:
                    pos = emit(plan.new_text, None)
                    where[(id(plan), 0)] = pos
                else:
                    pos = emit(doc.tgt[j], orig_mt[j] if orig_mt else None)
                bead_tgt.setdefault(k, []).append(pos)
        for plan in after.get(k, []):
            if plan.kind == "addition":
                for n, (text, mt) in enumerate(plan.inserted):
                    where[(id(plan), n)] = emit(text, mt)
            else:
                j = doc.beads[plan.beads[0]][1][0]
                pos = emit(doc.tgt[j], orig_mt[j] if orig_mt else None)
                where[(id(plan), 0)] = pos
                bead_tgt[plan.beads[0]] = [pos]

    edits = []
    for p in plans:
        src = tuple(i for k in p.beads for i in doc.beads[k][0])
        if p.kind == "omission":
            gone = " ".join(doc.tgt[j] for k in p.beads for j in doc.beads[k][1])
            edits.append(Edit("omission", src, (), before=gone))
        elif p.kind == "addition":
            tgt = tuple(where[(id(p), n)] for n in range(len(p.inserted)))
            edits.append(Edit("addition", (), tgt, after=" ".join(x for x, _ in p.inserted)))
        elif p.kind == "moved":
            edits.append(Edit("moved", src, (where[(id(p), 0)],)))
        else:
            before = doc.tgt[p.tgt_pos]
            edits.append(Edit(p.kind, src, (where[(id(p), 0)],), before, p.new_text))

    beads: list[tuple[tuple[int, ...], tuple[int, ...]]] = []
    for k, (s, _) in enumerate(doc.beads):
        beads.append((s, tuple(sorted(bead_tgt.get(k, [])))))
    for e in edits:
        if e.kind == "addition":
            beads.extend(((), (j,)) for j in e.tgt)
    tgt_mt = tuple(mts) if orig_mt is not None else None
    ordered = tuple(sorted(edits, key=lambda e: (min(e.src + e.tgt, default=0), e.kind)))
    return PerturbedDoc(doc, tuple(texts), tgt_mt, ordered, tuple(beads), seed)
