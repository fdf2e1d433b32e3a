"""Read findings off an alignment: omissions, additions, meaning shifts and moves.

Pure functions over the alignment, the sentences with their anchors, the scorer's
pair scores and the machine translations. Each finding carries its evidence (the MT text,
the differing tokens, the scores) and a confidence from `confidence.py`'s calibration.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from transcheck.compare.align import AlignSettings
from transcheck.compare.confidence import (
    NAME_GAIN_FLOOR,
    NAME_NAMED_FLOOR,
    NAME_RESTORE_FLOOR,
    SWAP_GAIN_FLOOR,
    SWAP_MARKED_FLOOR,
    SWAP_RISE_FLOOR,
    SWAP_RISE_NEEDS,
    SWAP_STRANGER_FLOOR,
    calibrate,
)
from transcheck.compare.coverage import bead_anchors, joined, part_findings
from transcheck.compare.features import Embed, spaced
from transcheck.compare.mismatch import (
    NameTest,
    anchor_values,
    complemented,
    date_or_number,
    day_dated,
    days_mismatch,
    display_value,
    limited,
    name_mismatch,
    name_restored,
    name_swapped_for,
    name_test,
    negation_mismatch,
    negation_test,
    number_mismatch,
    section_mismatch,
    shared_facts,
    unstated,
    zone_converted,
)
from transcheck.model import Bead, Finding, Sentence, Summary
from transcheck.text.anchors import extract
from transcheck.text.bounds import limits
from transcheck.text.dates import nights_into, relative_days, time_zones, weekdays
from transcheck.text.lexicon import Lexicon
from transcheck.text.modality import hedged, stated_as_fact
from transcheck.text.name_swap import (
    common_words,
    defined_in,
    described_around,
    double_name_swap,
    first_name_swap,
    glossed_in,
    head_swap,
    heads_bracketed_body,
    home_country,
    home_region,
    in_capitals,
    labels,
    marked_name,
    marked_strangers,
    named_together,
    other_part_of,
    placed_after,
    reader_clock,
    respelled_swap,
    slot_places,
    slot_swaps,
    spelled_alike,
    stand_in_words,
    strangers,
    surname_swap,
    swap_evidence,
    translated_heads,
    unknown_openers,
    unmentioned,
    whole_runs,
)
from transcheck.text.names import (
    CASE_LANGS,
    compounded,
    entities,
    entity_of,
    fold,
    loose,
    mentioned,
    without_titled,
)
from transcheck.text.negation import count_negations, negation_cues, opposite_words
from transcheck.text.roles import rank_changed, ranked
from transcheck.text.shares import cuts


@dataclass(frozen=True)
class Thresholds:
    """Decision thresholds of `check` (see docs/benchmarks.md for how they were set)."""

    low_similarity: float = 0.25  # aligned pair scoring below this is a "low similarity" shift
    moved: float = 0.6  # an omission and an addition scoring above this are one moved sentence
    min_confidence: float = 0.5  # findings less likely than this are not reported
    part_deficit: float = 1.5  # a clause this many spreads below the document's usual is a
    # candidate "part missing"/"part added" (coverage.uncovered); confidence decides

    def as_dict(self) -> dict[str, str]:
        return {k: f"{v:g}" for k, v in self.__dict__.items()}

    @classmethod
    def of(cls, values: Mapping[str, float]) -> Thresholds:
        """Thresholds from run options, ignoring keys that are not thresholds."""
        return cls(**{k: v for k, v in values.items() if k in cls.__dataclass_fields__})


def headed(sentences: Sequence[Sentence], title: str | None) -> bool:
    """Whether a side's first sentence is its article's headline (its title as written)."""
    return bool(title and sentences and sentences[0].text.strip() == title.strip())


@dataclass(frozen=True)
class Headlines:
    """Each side's headline, where its first sentence is the article's title, and what a
    headline is read against: the whole other document.

    Aggregators retitle what they republish. A headline sums the article up in words of
    its own, so its facts are checked against the other document as a whole (its title
    included where extraction kept the title apart): a rewritten headline that states
    nothing the other document lacks is no addition, omission or shift, and one that
    brings a new figure or name still is one.
    """

    index: tuple[int | None, int | None] = (None, None)
    docs: tuple[str, str] = ("", "")  # each side's text, title included
    mts: tuple[str | None, str | None] = (None, None)  # each side's whole MT
    values: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())

    @classmethod
    def of(
        cls,
        sides: tuple[Sequence[Sentence], Sequence[Sentence]],
        titles: tuple[str | None, str | None],
        langs: tuple[str, str],
        mts: tuple[Sequence[str | None] | None, Sequence[str | None] | None],
    ) -> Headlines:
        index = [
            0 if headed(sentences, title) else None
            for sentences, title in zip(sides, titles, strict=True)
        ]
        if index == [None, None]:
            return cls()  # no headline to read: the documents are not gathered
        docs: list[str] = []
        values: list[tuple[str, ...]] = []
        for sentences, title, lang, k in zip(sides, titles, langs, index, strict=True):
            extra = [] if k is not None or not title else [title]
            docs.append("\n".join([*extra, *(s.text for s in sentences)]))
            read = [*(extract(t, lang) for t in extra), *(s.anchors for s in sentences)]
            values.append(tuple(v for a in read for v in anchor_values(a)))
        whole = tuple("\n".join(m for m in mt if m) or None if mt else None for mt in mts)
        return cls((index[0], index[1]), (docs[0], docs[1]), whole, (values[0], values[1]))

    def has(self, bead: Bead) -> bool:
        """Whether a bead holds a headline."""
        src, tgt = self.index
        return (src is not None and src in bead.src) or (tgt is not None and tgt in bead.tgt)

    def mentions(self, side: int, name: str) -> bool:
        """Whether one side's whole document, or its MT, mentions a name."""
        mt = self.mts[side]
        return mentioned(name, self.docs[side]) or bool(mt and mentioned(name, mt))

    def rewritten(self, side: int, sentence: Sentence, langs: tuple[str, str]) -> bool:
        """Whether an unmatched headline states only what the other document states."""
        if self.index[side] != sentence.index:
            return False
        if unstated(anchor_values(sentence.anchors), self.values[1 - side]):
            return False
        if side == 0:
            lost, _ = name_mismatch(sentence.text, self.docs[1], *langs, None, self.mts[1])
            return not lost
        _, new = name_mismatch(self.docs[0], sentence.text, *langs, self.mts[0], None)
        return not new

    def rewritten_part(
        self,
        part: Finding,
        sides: tuple[Sequence[Sentence], Sequence[Sentence]],
        langs: tuple[str, str],
    ) -> bool:
        """Whether a part finding is a whole headline aligned with the first sentence
        ("Trạm cứu hộ nhím ở Anh quá tải …" beside the lead it sums up) that states only
        what the other document states: as `rewritten`, no addition or omission."""
        side = 0 if part.kind == "omission" else 1
        k = self.index[side]
        if k is None or part.evidence.get("part_unit") != "sentence":
            return False
        said = part.evidence.get("tokens", {}).get("src" if side == 0 else "tgt", [])
        text = sides[side][k].text.strip()
        whole = bool(said) and said[0] in text and len(said[0]) >= len(text) - 3
        return whole and self.rewritten(side, sides[side][k], langs)


def _nights_read(
    mine: frozenset[str], nights: Mapping[str, str], theirs: frozenset[str]
) -> frozenset[str]:
    """A side's days, its nights named by the days they lead into read as the evenings
    before, or as both days, where that is what the other side names ("in den Nächten auf
    Samstag und Sonntag" = "on Friday and Saturday nights", "in der Nacht auf Dienstag" =
    "dans la nuit de lundi à mardi"; against "overnight into Tuesday" it stays Tuesday)."""
    shifted = frozenset(nights.get(d, d) for d in mine)
    both = mine | shifted  # "in der Nacht auf Dienstag" = "dans la nuit de lundi à mardi"
    return next((read for read in (shifted, both) if read == theirs), mine)


OWNER_LINES = 2  # lines of the original that name the place a translation adds as owner


def _owner_added(name: str, tgt: str, src_doc: str) -> bool:
    """Whether an English translation names the article's own place as the owner of a body
    the original names alone: "Die Stadtverordnetenversammlung soll …" = "Kassel's city
    council is due …", where the original names Kassel in OWNER_LINES lines or more. Only
    where the original's sentence lost no name (the caller's): a name in another's place
    is lost too."""
    if not re.search(rf"(?<!\w){re.escape(name)}['’]s\s+[a-z]", tgt):
        return False
    return _mentions_in(name, src_doc) >= OWNER_LINES


def _gloss_of_place(
    name: str,
    lost: Sequence[str],
    src: str,
    tgt: str,
    src_lang: str,
    mt: str | None,
    tgt_doc: str,
    lexicon: Lexicon,
) -> bool:
    """Whether a name only the translation states says where a place both name lies
    (`placed_after`). Only where the original's capitals show that it lost no name, or
    none the translation does not state elsewhere (moved to its headline, say) and the
    gloss says where by a direction, distance or side: a planted swap keeps the lost name
    elsewhere too ("bis zum trotzigen Heinrich Roiss" for the Masherbrum). A German
    original's capitals mark nouns, so there its places and unknown words must all stand in
    the translated sentence ("bei Grevenmacher" → "près de Remich" lost one) and the gloss
    must say where ("Mainflingen, gần Frankfurt")."""
    if src_lang in CASE_LANGS:
        names = list(lost)
    elif src_lang == "de":
        # a German original's capitals mark nouns: its names are the places the gazetteer
        # knows and the words no dictionary knows ("Grevenmacher", "Riedlinger"), not the
        # nouns the slot test took for one ("Jahr Stillstand"). Each must stand in the
        # translated sentence itself: "die Central-Lahul-Expedition unter der Leitung von
        # Hamish McArthur" → "l'expédition Hamish McArthur dans le Baltis central" is a
        # planted swap whose lost name the translation states elsewhere (de–fr seed 29)
        names = [
            w
            for w in re.findall(r"(?<!\w)[A-ZÄÖÜ][\w-]+", src)
            if entity_of(w) is not None or lexicon.known(w, "de") is False
        ]
        # each unknown part of a compound too ("Lahul" of "Central-Lahul-Expedition",
        # which "Baltis central" mentions by its "Central")
        parts = [p for w in names for p in w.split("-") if len(p) >= 4]
        unknown = [p for p in parts if lexicon.known(p, "de") is False]
        if any(not _stands_in(n, tgt, lexicon) for n in [*names, *unknown]):
            return False
    else:
        return False
    if any(not _stands_in(n, tgt_doc, lexicon) for n in names):
        return False
    # out of German the gloss must say where, too: "Dyhrenfurth, Hampta" and "Larch et Arun"
    # were planted names (de–fr dev seeds 11 and 1)
    located = bool(lost) or src_lang not in CASE_LANGS
    return placed_after(name, tgt, f"{src} {mt or ''}", located=located)


def _stands_in(name: str, text: str, lexicon: Lexicon) -> bool:
    """Whether text mentions a German original's name, or the name's head where the rest
    is a German word ("Brennersteinschanze" = "the Brennerstein ski jump")."""
    if mentioned(name, text):
        return True
    return any(
        lexicon.known(name[k:].capitalize(), "de") is True and mentioned(name[:k], text)
        for k in range(4, len(name) - 3)
    )


# A one-to-one bead scoring under the aligner's own line for a pair and sharing no fact
# pairs a sentence left out with another put in its place
UNRELATED = AlignSettings.threshold


def split_unrelated(
    alignment: Sequence[Bead],
    src: Sequence[Sentence],
    tgt: Sequence[Sentence],
    src_lang: str,
    tgt_lang: str,
    src_mt: Sequence[str | None] | None = None,
    tgt_mt: Sequence[str | None] | None = None,
    pair_scores: np.ndarray | None = None,
) -> list[Bead]:
    """The alignment with each pair of unrelated sentences read as an omission beside an
    addition.

    The aligner pairs a sentence left out and another put in its place, as the cost of
    skipping both is higher than of pairing them: a blind pair's omitted ballot count and
    added sentence about Oregon's mail vote were one shift ("low similarity", score 0.04).
    Both sides must state facts and none of them be one both state: a poorly translated
    or scanned sentence keeps its figures or names. With the 1-1 `pair_scores`, a two-to-two
    bead is read so too where one sentence of each side is the other's rendering, scoring
    at least the bead's own score, and no other pair of its sentences scores UNRELATED: a
    sentence added just before one kept, and the next one left out (another blind pair's
    "52.000 Badegäste" beside "14,000 signatures").
    """

    def unrelated(i: int, j: int) -> bool:
        both, shared = shared_facts(
            src[i].anchors,
            tgt[j].anchors,
            (src[i].text, tgt[j].text),
            (src_lang, tgt_lang),
            (_joined_mt(src_mt, (i,)), _joined_mt(tgt_mt, (j,))),
        )
        return both and not shared

    out: list[Bead] = []
    for bead in alignment:
        if bead.shape == (1, 1) and bead.score < UNRELATED and unrelated(*bead.src, *bead.tgt):
            out += [Bead(bead.src, ()), Bead((), bead.tgt)]
            continue
        if bead.shape == (2, 2) and pair_scores is not None:
            crossed = _crossed(bead, pair_scores)
            if crossed is not None and unrelated(*crossed[1]):
                out += crossed[0]
                continue
        out.append(bead)
    return out


def _crossed(bead: Bead, scores: np.ndarray) -> tuple[list[Bead], tuple[int, int]] | None:
    """A two-to-two bead as one 1-1 pair across it (the first sentence of one side, the
    last of the other) with the two sentences left over apart, and those two; else None."""
    (s1, s2), (t1, t2) = bead.src, bead.tgt
    cells = {(s1, t1), (s1, t2), (s2, t1), (s2, t2)}
    for (i, j), rest in (((s1, t2), (s2, t1)), ((s2, t1), (s1, t2))):
        others = cells - {(i, j)}
        if scores[i, j] >= bead.score and all(scores[a, b] < UNRELATED for a, b in others):
            pair = Bead((i,), (j,), float(scores[i, j]))
            added, left_out = Bead((), (rest[1],)), Bead((rest[0],), ())
            # in reading order: what one side has first comes first
            return ([added, pair, left_out] if i == s1 else [left_out, pair, added]), rest
    return None


def find(
    alignment: Sequence[Bead],
    src: Sequence[Sentence],
    tgt: Sequence[Sentence],
    src_lang: str,
    tgt_lang: str,
    pair_scores: np.ndarray,
    src_mt: Sequence[str | None] | None = None,
    tgt_mt: Sequence[str | None] | None = None,
    thresholds: Thresholds | None = None,
    embed: Embed | None = None,
    lexicon: Lexicon | None = None,
    titles: tuple[str | None, str | None] = (None, None),
) -> list[Finding]:
    """All findings for one aligned document pair, in reading order.

    `titles` are the two articles' titles: a headline is read against the whole other
    document (`Headlines`).

    With `embed` (texts → unit vectors, cached), the clauses of aligned beads are compared
    too (coverage.py): a clause the other side does not cover is a part missing or added.
    `lexicon` tells a translation's nouns from its names where capitals do not (German);
    without one, dictionaries are loaded without a cache folder.
    """
    th = thresholds or Thresholds()
    lexicon = lexicon or Lexicon()
    findings: list[Finding] = []
    omitted = [b.src[0] for b in alignment if b.src and not b.tgt]
    added = [b.tgt[0] for b in alignment if b.tgt and not b.src]
    moved_pairs = _moves(omitted, added, pair_scores, th.moved)
    # a sentence said a few places on inside its paragraph is said in another order, not
    # moved: no finding (nor the omission and addition it would otherwise be)
    swapped = _swaps(alignment, src, tgt, pair_scores)
    moved_pairs = [p for p in moved_pairs if p not in swapped]
    swapped_src, swapped_tgt = {i for i, _ in swapped}, {j for _, j in swapped}
    omitted = [i for i in omitted if i not in swapped_src]
    added = [j for j in added if j not in swapped_tgt]
    moved_src = {i for i, _ in moved_pairs}
    moved_tgt = {j for _, j in moved_pairs}
    # one sentence a line: a headline has no full stop, and "Drôme Two nights" read as one
    # would make the next sentence's first word a capital inside a sentence (a name)
    docs = ("\n".join(s.text for s in src), "\n".join(t.text for t in tgt))
    sections = ([s.anchors.section for s in src], [t.anchors.section for t in tgt])
    run_chars = _run_lengths(alignment, src, tgt)
    stand = _standouts(alignment, src, tgt, embed) if (omitted or added) and embed else {}
    langs = (src_lang, tgt_lang)
    heads = Headlines.of((src, tgt), titles, langs, (src_mt, tgt_mt))
    parts: dict[int, list[Finding]] = {}
    if embed is not None:
        parts = part_findings(
            alignment, src, tgt, src_lang, tgt_lang, embed, th.part_deficit, th.min_confidence
        )
    for b, bead in enumerate(alignment):
        if bead.src and not bead.tgt:
            i = bead.src[0]
            if i in swapped_src:
                continue  # said in another order inside its paragraph (_swaps)
            if i in moved_src:
                j = next(j for a, j in moved_pairs if a == i)
                findings.append(_moved(i, j, src, tgt, pair_scores))
            elif _says_something(src[i].text) and not heads.rewritten(0, src[i], langs):
                run = run_chars[("s", i)]
                findings.append(
                    _one_sided("omission", i, src, pair_scores, 1, run, stand.get(("s", i)))
                )
        elif bead.tgt and not bead.src:
            j = bead.tgt[0]
            if (
                j not in swapped_tgt
                and j not in moved_tgt
                and _says_something(tgt[j].text)
                and not heads.rewritten(1, tgt[j], langs)
            ):
                run = run_chars[("t", j)]
                findings.append(
                    _one_sided("addition", j, tgt, pair_scores, 0, run, stand.get(("t", j)))
                )
        else:
            shift = _shift(
                bead,
                src,
                tgt,
                src_lang,
                tgt_lang,
                src_mt,
                tgt_mt,
                th,
                docs,
                embed,
                lexicon=lexicon,
                sections=sections,
                heads=heads if heads.has(bead) else None,
            )
            if shift is not None:
                findings.append(shift)
            findings += [
                p for p in parts.get(b, []) if not heads.rewritten_part(p, (src, tgt), langs)
            ]
    return [f for f in findings if f.confidence >= th.min_confidence]


def _moves(
    omitted: list[int], added: list[int], scores: np.ndarray, threshold: float
) -> list[tuple[int, int]]:
    """Greedy one-to-one matching of omitted and added sentences that translate each other."""
    pairs = []
    used: set[int] = set()
    cands = sorted(
        ((float(scores[i, j]), i, j) for i in omitted for j in added if scores.size),
        reverse=True,
    )
    taken_src: set[int] = set()
    for score, i, j in cands:
        if score < threshold or i in taken_src or j in used:
            continue
        pairs.append((i, j))
        taken_src.add(i)
        used.add(j)
    return pairs


SWAP_SCORE = 0.5  # an omission and an addition near each other, translating each other
REORDER_SPAN = 3  # matched beads a sentence may pass inside its paragraph, said in another order


def _swaps(
    alignment: Sequence[Bead], src: Sequence[Sentence], tgt: Sequence[Sentence], scores: np.ndarray
) -> set[tuple[int, int]]:
    """(source, translation) sentences said in another order inside one paragraph: "A. B."
    translated "B'. A'." aligns B with B' and leaves A and A' over, with up to REORDER_SPAN
    matched beads between them, all in one paragraph on each side. Nearby, in the same
    paragraph, a translation is far likelier than the moved threshold asks of a sentence
    found anywhere in the document; and a fact-checker loses nothing by the new order.
    A one-sided bead of another paragraph may sit between them (the last sentence of the
    paragraph before, left out: the aligner has no order for two empty sides)."""
    out: set[tuple[int, int]] = set()
    if not scores.size:
        return out
    for k, first in enumerate(alignment):
        if bool(first.src) == bool(first.tgt):
            continue  # not one-sided
        matched = 0
        for n, last in enumerate(alignment[k + 1 :], start=k + 1):
            if last.src and last.tgt:
                matched += 1
                if matched > REORDER_SPAN:
                    break
                continue
            one, other = (first, last) if first.src else (last, first)
            if not (matched and one.src and not one.tgt and other.tgt and not other.src):
                continue  # another one-sided bead: judged below once the pair is known
            i, j = one.src[0], other.tgt[0]
            para_src, para_tgt = src[i].paragraph, tgt[j].paragraph
            between = alignment[k + 1 : n]
            inside = all(
                all(src[m].paragraph == para_src for m in b.src)
                and all(tgt[m].paragraph == para_tgt for m in b.tgt)
                if b.src and b.tgt
                else not any(src[m].paragraph == para_src for m in b.src)
                and not any(tgt[m].paragraph == para_tgt for m in b.tgt)
                for b in between
            )
            if inside and float(scores[i, j]) >= SWAP_SCORE:
                out.add((i, j))
            break
    return out


def _run_lengths(
    alignment: Sequence[Bead], src: Sequence[Sentence], tgt: Sequence[Sentence]
) -> dict[tuple[str, int], int]:
    """Characters in the run of consecutive unmatched sentences each one belongs to.

    Two short sentences left out together ("I can't use a fork. I can't talk about wine.")
    are a passage, not a stray fragment: shortness is judged on the run.
    """
    out: dict[tuple[str, int], int] = {}
    run: list[tuple[str, int]] = []
    side = ""

    def close() -> None:
        total = sum(len((src if s == "s" else tgt)[k].text) + 1 for s, k in run)
        out.update(dict.fromkeys(run, total - 1))
        run.clear()

    for bead in alignment:
        this = "s" if bead.src and not bead.tgt else "t" if bead.tgt and not bead.src else ""
        if this != side and run:
            close()
        side = this
        if this:
            run.extend((this, k) for k in (bead.src if this == "s" else bead.tgt))
    if run:
        close()
    return out


def _says_something(text: str) -> bool:
    """Whether a sentence has a letter or a digit: a scan's stray ", ." is no omission."""
    return any(ch.isalnum() for ch in text)


STANDOUT_BEADS = 2  # beads of the other side read on each side of an unmatched sentence
STANDOUT_MIN_SENTENCES = 10  # fewer on the other side: nothing to stand out against
STANDOUT_RELATED = 1.25  # a short line standing out less than this is unrelated (docstring)
_MIN_STANDOUT_SPREAD = 0.01  # floor of a sentence's spread of cosines (cosine units)


def _standouts(
    alignment: Sequence[Bead], src: Sequence[Sentence], tgt: Sequence[Sentence], embed: Embed
) -> dict[tuple[str, int], float]:
    """How far an unmatched sentence's best cosine to the other side of the beads around it
    stands above its cosines to the whole other side, in spreads.

    A subtitle or translator's split leaves a short line unmatched whose words are in the
    neighbouring source sentence ("Bà rất cứng rắn" beside "My grandmother was a tough
    woman …"): that sentence stands out. A line inserted from elsewhere ("Boston không chỉ
    có một tổng đài.") is no nearer its neighbours than the rest of the document.
    """
    vec_s = embed([spaced(s.text) for s in src])
    vec_t = embed([spaced(t.text) for t in tgt])
    out: dict[tuple[str, int], float] = {}
    for b, bead in enumerate(alignment):
        if bool(bead.src) == bool(bead.tgt):
            continue
        side, own, other = ("s", vec_s, vec_t) if bead.src else ("t", vec_t, vec_s)
        near = _nearby(alignment, b, "tgt" if bead.src else "src")
        if not near or len(other) < STANDOUT_MIN_SENTENCES:
            continue  # the beads around would be most of the document
        for k in bead.src or bead.tgt:
            cos = other @ own[k]
            spread = max(float(cos.std()), _MIN_STANDOUT_SPREAD)
            out[(side, k)] = (float(cos[near].max()) - float(np.median(cos))) / spread
    return out


def _nearby(alignment: Sequence[Bead], b: int, side: str) -> list[int]:
    """The `side` sentences of the STANDOUT_BEADS beads before and after bead b that have
    that side. An unmatched one counts: the aligner may leave both halves of a split
    unmatched ("Bà rất cứng rắn" and "She was tough, she was strong …")."""
    near: list[int] = []
    for step in (-1, 1):
        seen, k = 0, b + step
        while 0 <= k < len(alignment) and seen < STANDOUT_BEADS:
            here = getattr(alignment[k], side)
            near.extend(here)
            seen += bool(here)
            k += step
    return near


def _one_sided(
    kind: str,
    idx: int,
    sentences: Sequence[Sentence],
    scores: np.ndarray,
    axis: int,
    run_chars: int | None = None,
    standout: float | None = None,
) -> Finding:
    """An omission (source sentence, axis=1) or addition (translation sentence, axis=0).

    A short line is as often a split of its neighbour's translation as it is new, so it
    is read against the beads around it (`standout`, see `_standouts`) where the
    embeddings were at hand: the less it stands out below STANDOUT_RELATED spreads, the
    likelier it is missing or added (confidence.py).
    """
    best = float(scores.max(axis=axis)[idx]) if scores.size else 0.0
    text = sentences[idx].text
    length = len(text) if run_chars is None else run_chars
    short = length < 40
    features = {"best_match": best, "short": float(short)}
    if standout is not None and short:
        features["short_unrelated"] = max(0.0, STANDOUT_RELATED - standout)
    confidence = calibrate(kind, features)
    a = sentences[idx].anchors
    facts = bool(a.numbers or a.dates or a.names)
    severity = "high" if facts and len(text) > 60 else "medium"
    evidence = {"best_match_score": round(best, 3), "features": _rounded(features)}
    if standout is not None:
        evidence["standout"] = round(standout, 2)
    if kind == "omission":
        return Finding(
            "omission", severity, round(confidence, 3), (idx,), (), text, "", (), evidence
        )
    return Finding("addition", severity, round(confidence, 3), (), (idx,), "", text, (), evidence)


def _moved(
    i: int, j: int, src: Sequence[Sentence], tgt: Sequence[Sentence], scores: np.ndarray
) -> Finding:
    score = float(scores[i, j])
    features = {"score": score}
    return Finding(
        "moved",
        "low",
        round(calibrate("moved", features), 3),
        (i,),
        (j,),
        src[i].text,
        tgt[j].text,
        ("sentence moved",),
        {"score": round(score, 3), "features": _rounded(features)},
    )


def _name_evidence(missing_in_tgt: bool, missing_in_src: bool, has_mt: bool) -> str:
    """Which name feature a mismatch is: one side alone is strong when MT confirms the name
    belongs there (a swap without MT is name_swap, set by the caller)."""
    if missing_in_tgt and missing_in_src:
        return "name_both" if has_mt else "name_both_cross"
    if has_mt:
        return "name_one_mt"
    return "name_source_missing" if missing_in_tgt else "name_translation_only"


MOVED_NEARBY = 4  # sentences either side a clause with a name may be moved to (three, and a split)


def _moved_nearby(name: str, bead: Bead, src: Sequence[Sentence], tgt: Sequence[Sentence]) -> bool:
    """Whether a name the translated sentence leaves out, with nothing in its place, stands
    in a translated sentence a few places away whose originals around do not state it: the
    clause was moved ("Rhodri Pritchard, of the Swansea firm Morlan Engineering, said …"
    → "Ông Pritchard, người của công ty Morlan Engineering ở thành phố Swansea, cho biết
    …" two sentences on; blind round 44)."""
    said = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")

    def around(sentences: Sequence[Sentence], own: tuple[int, ...]) -> list[str]:
        if not own:
            return []
        lo, hi = max(0, min(own) - MOVED_NEARBY), min(len(sentences), max(own) + MOVED_NEARBY + 1)
        return [sentences[k].text for k in range(lo, hi) if k not in own]

    return any(said.search(t) for t in around(tgt, bead.tgt)) and not any(
        said.search(t) for t in around(src, bead.src)
    )


def _shift(
    bead: Bead,
    src: Sequence[Sentence],
    tgt: Sequence[Sentence],
    src_lang: str,
    tgt_lang: str,
    src_mt: Sequence[str | None] | None,
    tgt_mt: Sequence[str | None] | None,
    th: Thresholds,
    docs: tuple[str, str] = ("", ""),
    embed: Embed | None = None,
    *,
    lexicon: Lexicon,
    sections: tuple[Sequence[int | None], Sequence[int | None]],
    heads: Headlines | None = None,
) -> Finding | None:
    """A meaning shift inside an aligned bead, or None; `heads` where it holds a headline."""
    src_text, tgt_text = joined(src, bead.src), joined(tgt, bead.tgt)
    mt_of_src = _joined_mt(src_mt, bead.src)
    mt_of_tgt = _joined_mt(tgt_mt, bead.tgt)
    a_src, a_tgt = bead_anchors(src, bead.src, src_lang), bead_anchors(tgt, bead.tgt, tgt_lang)
    reasons: list[str] = []
    tokens_src: list[str] = []
    tokens_tgt: list[str] = []
    has_mt = bool(mt_of_src or mt_of_tgt)
    features: dict[str, float] = {"score": bead.score, "has_mt": float(has_mt)}
    negation_evidence: dict[str, str | float] | None = None
    modality_evidence: dict[str, str] | None = None
    role_evidence: dict[str, str] | None = None
    name_evidence: dict[str, str | float] | None = None
    only_src, only_tgt = number_mismatch(a_src, a_tgt)
    by_section = section_mismatch(bead.src, bead.tgt, *sections)  # "4." against "5."
    only_src, only_tgt = only_src + by_section[0], only_tgt + by_section[1]
    days = weekdays(src_text, src_lang), weekdays(tgt_text, tgt_lang)
    nights = nights_into(src_text, src_lang), nights_into(tgt_text, tgt_lang)
    days = _nights_read(days[0], nights[0], days[1]), _nights_read(days[1], nights[1], days[0])
    only_src, only_tgt = day_dated(only_src, only_tgt, *days)
    said = relative_days(src_text, src_lang), relative_days(tgt_text, tgt_lang)
    only_src, only_tgt = day_dated(only_src, only_tgt, *said)  # "le lendemain" = "hôm sau (29/5)"
    zones = time_zones(src_text, src_lang), time_zones(tgt_text, tgt_lang)
    zoned = set(zones[0]), set(zones[1])
    only_src, only_tgt = zone_converted(only_src, only_tgt, *zoned)
    only_src, only_tgt = complemented(
        only_src, only_tgt, cuts(src_text, src_lang), cuts(tgt_text, tgt_lang)
    )
    only_src, only_tgt = limited(
        only_src, only_tgt, limits(src_text, src_lang), limits(tgt_text, tgt_lang)
    )
    by_day = days_mismatch(*days)
    only_src, only_tgt = only_src + by_day[0], only_tgt + by_day[1]
    if heads is not None:  # a headline's figures are the other document's (Headlines)
        only_src, only_tgt = (
            unstated(only_src, heads.values[1]),
            unstated(only_tgt, heads.values[0]),
        )
    if only_src or only_tgt:
        kind = date_or_number(only_src + only_tgt)
        reasons.append(f"{kind} mismatch")
        tokens_src += [display_value(v) for v in only_src]
        tokens_tgt += [display_value(v) for v in only_tgt]
        features["number_both" if (only_src and only_tgt) else "number_one"] = 1.0
    miss_tgt, miss_src = name_mismatch(src_text, tgt_text, src_lang, tgt_lang, mt_of_src, mt_of_tgt)
    if zoned[0] != zoned[1]:  # "10pm UK time" = "23 Uhr deutscher Zeit"
        miss_tgt = [n for n in miss_tgt if n not in zones[0].values()]
        miss_src = [n for n in miss_src if n not in zones[1].values()]
    # A swap is judged against both documents (name_swap.swap_evidence): a name the
    # translation keeps elsewhere is missing here, and a name the source document never
    # mentions stands in its place. Through MT too: the MT of a German original carries
    # its names only where it spells them, and a name it spells is not read off the MT.
    lost, brought = swap_evidence(src_text, tgt_text, src_lang, tgt_lang, *docs)
    brought = [b for b in brought if not labels(b, tgt_text)]
    if lost and brought:  # "nach Angaben der Molkerei" = "Theo Weidegold" (Molkerei Weidegold)
        kinds = [n for n in lost if any(named_together(n, b, docs[0]) for b in brought)]
        lost = [n for n in lost if n not in kinds]
        brought = [b for b in brought if not any(named_together(n, b, docs[0]) for n in kinds)]
    if not lost and src_lang not in CASE_LANGS and tgt_lang in CASE_LANGS:
        # a German original shows no lost name by its capitals; its place may, also for a
        # new name the translation's position hides ("1956 - Gyalzen , …")
        new = strangers(brought, docs[0])
        new += unknown_openers(tgt_text, src_text, tgt_lang, docs[0], lexicon)
        lost = slot_swaps(src_text, tgt_text, new, src_lang, lexicon)
        brought = list(dict.fromkeys([*brought, *new])) if lost else brought
        units = [] if lost else unmentioned(src_text, tgt_text, src_lang, docs[0])
        swap = surname_swap(units, tgt_text)
        if swap is not None and swap[1] in brought:
            # "Martin Unterweger" → "Martin Unterberger", from its first name: no title
            given = swap[1].split()[0]
            lost, brought = [swap[0][swap[0].index(given) :]], [swap[1]]
    elif not brought and src_lang in CASE_LANGS and tgt_lang not in CASE_LANGS:
        # nor does a German translation show a new name: what sits in a lost one's place
        lost, brought = _stand_ins(src_text, tgt_text, src_lang, tgt_lang, docs, lexicon)
    stood_in = None  # the word a lost name's test finds in its place (a German noun, often)
    respelled = respelled_swap(miss_tgt, tgt_text) if not (lost and brought) else None
    if respelled is None and not (lost and brought):
        respelled = double_name_swap(miss_tgt, tgt_text)  # "Le Guen-" → "Le Gall-Marchetti"
    if respelled is None and not (lost and brought):
        respelled = surname_swap(miss_tgt, tgt_text)  # "Ellen Whitcombe" → "Ellen Whitmore"
    if respelled is None and not (lost and brought):
        respelled = first_name_swap(miss_tgt, tgt_text)  # "Alun Jenkins" → "Aled Jenkins"
    if respelled is None and not (lost and brought):  # "Hexham … Club" → "Tynedale … Club"
        respelled = head_swap(miss_tgt, tgt_text, docs[0], tgt_lang, lexicon)
    if respelled is not None:  # "Lưu Thị Kim Ngân" for "Luong Thi Kim Ngan"
        lost, brought = [respelled[0]], [respelled[1]]
    if lost and brought:
        miss_tgt, miss_src = lost, brought
        features["name_swap"] = 1.0
    elif brought and not has_mt and embed is not None and src_lang not in CASE_LANGS:
        tested = _tested_new_name(
            src_text, tgt_text, (src_lang, tgt_lang), brought, docs, embed, lexicon
        )
        if tested is not None:
            test, test_features, name_evidence = tested
            features.update(test_features)
            restored = _put_back(test_features)
            counted = test_features["name_closer"] > 0 or restored
            # once: "Hoffmann" is not listed again beside "Ulrike Hoffmann"
            if counted and not any(set(test.name.split()) <= set(m.split()) for m in miss_src):
                miss_src = [*miss_src, test.name]
            if restored:  # "Burgweinting → Wutzlhofen"
                tokens_src.append(test.restored)
    elif (
        not brought
        and embed is not None
        and tgt_lang not in CASE_LANGS
        and (not has_mt or (miss_tgt and not miss_src))
    ):
        test, stand_in = _test_lost_name(
            src_text, tgt_text, src_lang, tgt_lang, docs, embed, lexicon
        )
        stranger = bool(stand_in)
        if stranger:
            # the lost name's best place is a word the dictionary does not know, or a
            # name spelled as one: a name for a name (confidence.py)
            features["name_swap_stranger"] = 1.0
            features["name_swap_stranger_rise"] = 100.0 * test.restored_gain
        if has_mt:
            # MT says the original's name is missing from a German translation; a name
            # dropped or rendered ("Kantch", "Victoire" for "Pobeda") is no swap, so the
            # same test decides (confidence.py, "lost through MT")
            features["name_lost_mt"] = 1.0
            if test is not None:  # only gains count, in cosine hundredths
                features["name_lost_mt_rise"] = max(0.0, 100.0 * test.restored_gain)
                features["name_lost_mt_gain"] = max(0.0, 100.0 * test.gain)
                name_evidence = _name_evidence_of(test, stand_in)
                if test.restored_gain > 0 and test.gain > 0:  # "Kulti → Urdokas"
                    miss_tgt = [test.restored, *(n for n in miss_tgt if n != test.restored)]
                    miss_src = [*miss_src, test.name]
                    stood_in = test.name
        elif test is not None:
            # as above, only gains count (confidence.py); cosine hundredths. Adding the
            # lost name anywhere brings the translation closer, so its rise counts
            # only where the word it replaces is better gone ("Der US-Präsident" for
            # "President Joe Biden" is a title kept, not a name swapped).
            rise = max(0.0, 100.0 * test.restored_gain - SWAP_RISE_FLOOR)
            rise = rise if 100.0 * test.gain > SWAP_RISE_NEEDS else 0.0
            gone = max(0.0, 100.0 * test.gain - SWAP_GAIN_FLOOR)
            features["name_swap_tested"] = 1.0
            features["name_swap_rise"] = rise
            features["name_swap_gain"] = gone
            name_evidence = _name_evidence_of(test, stand_in)
            if rise > 0 or gone > 0 or stranger:  # the report shows "Joe Biden → Donald Trump"
                miss_tgt = [test.restored, *(n for n in miss_tgt if n != test.restored)]
                miss_src = [*miss_src, test.name]
                stood_in = test.name
    if miss_tgt or miss_src:
        # an acronym for words the other document writes out ("DB" for "Deutsche Bahn",
        # "BCWS" for "BC Wildfire Service"), and those words against it, name one body, as
        # does one a document defines in brackets itself; a country bracketed after a place
        # ("Perth (Australia)") says where it lies, and the original's home country named
        # for readers abroad is no new name, nor the translation's left out at home a lost one
        translated = translated_heads(
            miss_tgt, miss_src, (src_text, tgt_text), (src_lang, tgt_lang), lexicon
        )  # "Les Amis de la Bourrelière" = "The Friends of La Bourrelière"
        kept = [
            n
            for n in miss_tgt
            if n not in translated
            and not glossed_in(n, src_text, tgt_text, docs[1])
            and not defined_in(n, docs[0])
            and not home_country(n, src_text, tgt_text, tgt_lang)
            and not home_region(n, src_text, tgt_text, tgt_lang)
            and not other_part_of(n, tgt_text, docs[0])
            # (where the translation brings no stranger: "Yosemite Mountain Bear" →
            # "Tariq Al-Daour (con gấu ở núi Yosemite", a planted swap, IWSLT seed 1)
            and not (
                described_around(n, tgt_text, src_lang, lexicon)
                and all(entity_of(re.sub(r"^[dl]['’]\s*", "", m)) is not None for m in miss_src)
            )
            and not (not miss_src and _moved_nearby(n, bead, src, tgt))
        ]
        new = [
            n
            for n in miss_src
            if n not in translated
            and not glossed_in(n, tgt_text, src_text, docs[0])
            and not defined_in(n, docs[1])
            and not heads_bracketed_body(n, tgt_text)
            and not home_country(n, tgt_text, src_text, src_lang, docs[0])
            and not home_region(n, tgt_text, src_text, src_lang)
            and not reader_clock(n, tgt_text, tgt_lang)
            and not compounded(n, src_text)  # "Lake Constance district" = "Bodenseekreis"
            and not (not kept and _owner_added(n, tgt_text, docs[0]))
            and not _gloss_of_place(
                n, kept, src_text, tgt_text, src_lang, mt_of_src, docs[1], lexicon
            )
        ]
        if heads is not None:  # a headline's names are the other document's (Headlines)
            kept = [n for n in kept if not heads.mentions(1, n)]
            new = [n for n in new if not heads.mentions(0, n)]
        if not new and tgt_lang in CASE_LANGS:
            # a name the article keeps coming back to, left to the reader here; where the
            # translation's capitals mark no names (German), one put in its place is unseen
            kept = [n for n in kept if not _topic_name(n, docs)]
        emptied = (miss_tgt and not kept) or (miss_src and not new)
        if emptied and any(k.startswith("name_") for k in features):
            # the test or swap read on a side's names now excused no longer holds; the half
            # of a swap that only lost a word (a German noun) is no name of its own
            if not new:
                kept = []
            if miss_tgt and not kept:  # nor is the word the test put in its place
                new = [n for n in new if n != stood_in]
            features = {k: v for k, v in features.items() if not k.startswith("name_")}
            name_evidence = None
        miss_tgt, miss_src = kept, new
    if miss_tgt or miss_src:
        reasons.append("name mismatch")
        tokens_src += miss_tgt
        tokens_tgt += miss_src
        if "name_swap" not in features and "name_lost_mt" not in features:
            features[_name_evidence(bool(miss_tgt), bool(miss_src), has_mt)] = 1.0
        if has_mt and miss_src and not miss_tgt and not strangers(miss_src, docs[0]):
            # the source document states the name elsewhere (or it is a country the
            # gazetteer knows): moved between sentences far more often than swapped
            features["name_one_mt_stated"] = 1.0
        lone_mt = bool(has_mt and miss_src and not miss_tgt)
        if lone_mt and embed is not None and src_lang not in CASE_LANGS:
            # MT says the name is not the original's; whether it stands in another's place
            # or renders one ("Kantch" for "Kangchendzönga") the same test tells as
            # without MT (confidence.py)
            tested = _tested_new_name(
                src_text, tgt_text, (src_lang, tgt_lang), miss_src, docs, embed, lexicon
            )
            if tested is not None:
                test, test_features, name_evidence = tested
                features.update(test_features)
                features["name_mt_tested"] = 1.0
                features["name_mt_restored"] = test_features["name_restored"]
                if _put_back(test_features):
                    tokens_src.append(test.restored)
    # Across the languages as written, and through MT where it exists: on the de–fr dev
    # seeds a polarity difference only the MT shows was right a third of the time, so it
    # is tested like one without MT (confidence.py)
    cross = negation_mismatch(src_text, tgt_text, src_lang, tgt_lang, None)
    via_mt = bool(mt_of_src) and negation_mismatch(
        src_text, tgt_text, src_lang, tgt_lang, mt_of_src
    )
    if cross or via_mt:
        reasons.append("negation mismatch")
        features["negation_cross" if cross else "negation_mt"] = 1.0
        cues = negation_cues(src_text, src_lang), negation_cues(tgt_text, tgt_lang)
        if not (cues[0] and cues[1]):  # the cue words of the one side that negates
            tokens_src += cues[0]
            tokens_tgt += cues[1]
        supported = cross or _one_side_negates(src_text, tgt_text, src_lang, tgt_lang)
        if not supported:
            features["negation_mt_unsupported"] = 1.0
        if embed is not None and supported:
            test = negation_test(src_text, tgt_text, src_lang, tgt_lang, embed)
            if test is not None:
                features["negation_tested"] = 1.0
                features["negation_gain"] = 100.0 * test.gain  # cosine hundredths
                negation_evidence = {
                    "side": test.side,
                    "without_cue": test.without_cue,
                    "closer_by": round(test.gain, 4),
                }
    if not (cross or via_mt):
        # a claim turned round by an opposite word: "rejected" → "chấp thuận" (approved),
        # "cao hơn" → "niedriger als", "a relevé" → "cut"
        verbs = opposite_words(src_text, src_lang, tgt_text, tgt_lang)
        if verbs is None and mt_of_src:
            verbs = opposite_words(mt_of_src, tgt_lang, tgt_text, tgt_lang)
        if verbs is not None:
            reasons.append("negation mismatch")
            features["negation_antonym"] = 1.0
            tokens_src.append(verbs[0])
            tokens_tgt.append(verbs[1])
        else:
            # a plan or a doubt told as done: "dự kiến sẽ được trải nhựa" (is expected to
            # be asphalted) → "has been fully asphalted"; or a fact told as a plan or doubt.
            # Where MT exists it must agree, hedged where the original is and plain where
            # the translation hedges: one sentence's clauses are not matched, so a marker
            # in one clause may face a past in another ("hat … vorgestellt, die 399 Dollar
            # kosten soll" = "unveiled …, priced at $399")
            fact = stated_as_fact(src_text, src_lang, tgt_text, tgt_lang)
            if fact and mt_of_src and hedged(mt_of_src, tgt_lang) != (fact[1] == "a"):
                fact = None
            if fact is not None:
                kind, side, marker = fact
                reasons.append("modality mismatch")
                features["modality_dropped"] = 1.0
                (tokens_src if side == "a" else tokens_tgt).append(marker)
                modality_evidence = {
                    "kind": kind,
                    "side": "source" if side == "a" else "target",
                    "marker": marker,
                }
    # a rank or an office changed, the name kept: "Phó Giám đốc Sở" (deputy director) →
    # "Direktor", "Kassier" → "Chủ tịch hội" (chairman). Where MT exists it must agree, as
    # for modality: the rank said in the MT of an original that says it, and not in one
    # that does not (the rank may belong to another person in the sentence)
    role = rank_changed(src_text, src_lang, tgt_text, tgt_lang)
    if role and mt_of_src and ranked(mt_of_src, tgt_lang, role[0]) != (role[1] == "a"):
        role = None
    if role is not None:
        rank, side, words = role
        reasons.append("role mismatch")
        features["role_changed"] = 1.0
        (tokens_src if side == "a" else tokens_tgt).append(words)
        role_evidence = {
            "rank": rank,
            "side": "source" if side == "a" else "target",
            "words": words,
        }
    if bead.score < th.low_similarity:
        reasons.append("low similarity")
        features["low_similarity"] = 1.0
        features["similarity_gap"] = th.low_similarity - bead.score
    if not reasons:
        return None
    confidence = calibrate("shift", features)
    high = any(
        r.split()[0] in ("number", "date", "name", "negation", "modality", "role") for r in reasons
    )
    evidence: dict = {
        "score": round(bead.score, 3),
        "tokens": {"src": tokens_src, "tgt": tokens_tgt},
        "features": _rounded(features),
    }
    if negation_evidence is not None:
        evidence["negation_test"] = negation_evidence
    if modality_evidence is not None:
        evidence["modality"] = modality_evidence
    if role_evidence is not None:
        evidence["role"] = role_evidence
    if name_evidence is not None:
        evidence["name_test"] = name_evidence
    if mt_of_src:
        evidence["mt_of_source"] = mt_of_src
    if mt_of_tgt:
        evidence["mt_of_translation"] = mt_of_tgt
    return Finding(
        "shift",
        "high" if high else "medium",
        round(confidence, 3),
        bead.src,
        bead.tgt,
        src_text,
        tgt_text,
        tuple(reasons),
        evidence,
    )


def _stand_ins(
    src_text: str,
    tgt_text: str,
    src_lang: str,
    tgt_lang: str,
    docs: tuple[str, str],
    lexicon: Lexicon,
) -> tuple[list[str], list[str]]:
    """Names of the original that the whole German translation never mentions, and the
    names no German dictionary knows that sit in their places (name_swap.slot_places).
    A name the sentence writes with one syllable changed ("Nguyen Huu Thanh Tuan" for
    Nguyễn Hữu Thanh Tùng) is another person, even where the translation says "Tung"
    elsewhere."""
    lost = _unmentioned(src_text, tgt_text, src_lang, tgt_lang, docs[0])
    swap = respelled_swap(lost, tgt_text)
    if swap is not None:
        return [swap[0]], [swap[1]]
    # a name the translation mentions in another sentence moved there; it was not replaced
    names = [n for n in lost if not mentioned(n, docs[1])]
    places = slot_places(tgt_text, src_text, names, tgt_lang, lexicon)
    return list(places), list(dict.fromkeys(w for words in places.values() for w in words))


def _unmentioned(
    src_text: str, tgt_text: str, src_lang: str, tgt_lang: str, src_doc: str
) -> list[str]:
    """`name_swap.unmentioned`, less a person called by a title and one syllable where the
    translation brings no name of its own (a role or a pronoun in the place: "erzählte der
    Schulleiter" for "ông Khiêm kể"; mismatch.name_mismatch reads them so too)."""
    lost = unmentioned(src_text, tgt_text, src_lang, src_doc)
    return without_titled(lost, src_text, src_lang, tgt_text, tgt_lang)


TOPIC_MENTIONS = 3  # sentences of the original that name what the article is about


def _topic_name(name: str, docs: tuple[str, str]) -> bool:
    """Whether a name the translated sentence leaves out is one the original names in
    TOPIC_MENTIONS sentences or more and the translation names elsewhere: the province or
    company the article is about, which a translator leaves to the reader once it is
    known ("the provincial health department" for "Sở Y tế Quảng Ngãi", "La plateforme"
    for "Sạp Xanh"). A name swapped in is caught by the name it brings; this is a name
    lost with nothing in its place, in a translation whose capitals would show one."""
    entity = entity_of(name)
    if entity is not None:
        if not any(entity in found for found in _line_entities(docs[1])):
            return False
    elif not mentioned(name, docs[1]):
        return False
    return _mentions_in(name, docs[0]) >= TOPIC_MENTIONS


@lru_cache(maxsize=256)
def _mentions_in(name: str, doc: str) -> int:
    """How many lines of a document mention a name; a line that does not hold the first
    letters of its last word is not read (cached: a topic name recurs)."""
    entity = entity_of(name)
    if entity is not None:
        return sum(entity in found for found in _line_entities(doc))
    key = loose(fold(name)).split()[-1][:4]
    return sum(mentioned(name, line) for line in doc.split("\n") if key in loose(fold(line)))


@lru_cache(maxsize=4)
def _line_entities(doc: str) -> tuple[frozenset[str], ...]:
    return tuple(entities(line) for line in doc.split("\n"))


def _one_side_negates(src_text: str, tgt_text: str, src_lang: str, tgt_lang: str) -> bool:
    """Whether exactly one of the two texts, as written, has a negation cue.

    Through MT a polarity difference can be the MT's: both originals negate (one clause
    each, "nicht … vermelden" / "rien de nouveau"), or neither does and the MT put a
    "pas" in ("ein schöner, aber unschwieriger Berg"). A flipped claim takes the cue
    from one side or gives one to a side without (confidence.py has the counts).
    """
    return (count_negations(src_text, src_lang) > 0) != (count_negations(tgt_text, tgt_lang) > 0)


def _put_back(features: dict[str, float]) -> bool:
    """Whether a new name's test found the original's word it stands for (a rise when put
    back, or a name for a name): the report then shows that word as what was replaced."""
    return features["name_restored"] > 0 or features["name_for_name"] > 0


def _tested_new_name(
    src_text: str,
    tgt_text: str,
    langs: tuple[str, str],
    brought: list[str],
    docs: tuple[str, str],
    embed: Embed,
    lexicon: Lexicon,
) -> tuple[NameTest, dict[str, float], dict[str, str | float]] | None:
    """A new name's test (`_test_new_name`) as features and the evidence reports show.

    Only gains count for the name; a loss says nothing against a finding's other reasons
    (confidence.py). Cosine hundredths. Leaving out a name the source document states
    elsewhere (moved from a neighbouring sentence) says nothing; only putting the
    original's word back does.
    """
    src_lang = langs[0]
    tested = _test_new_name(src_text, tgt_text, src_lang, brought, docs[0], embed)
    if tested is None:
        return None
    test, stated, lost_words = tested
    rise = test.restored_gain  # of the original's word that fits best, noun or name
    if test.restored and named_together(test.restored, test.name, docs[0]):
        rise = 0.0  # "Molkerei" put back for "Weidegold": the source writes "Molkerei Weidegold"
    # the word put back is itself a name ("Nawa Ram" → "Herrligkoffer"): a name for a name,
    # unless the new one is common words capitalised ("Zweckverbands
    # Bodensee-Wasserversorgung" → "Water Supply", a name translated)
    named = bool(test.restored) and marked_name(test.restored, src_lang)
    if not named and not stated:
        by_name = _named_put_back(src_text, tgt_text, langs, test, lost_words, embed, lexicon)
        if by_name is not None:
            test, named = by_name, True
    named = named and not common_words(test.name, docs[1])
    features = {
        "name_tested": 1.0,
        "name_closer": 0.0 if stated else max(0.0, 100.0 * test.gain - NAME_GAIN_FLOOR),
        "name_restored": max(0.0, 100.0 * rise - NAME_RESTORE_FLOOR),
        "name_for_name": float(
            named and not stated and 100.0 * test.restored_gain >= NAME_NAMED_FLOOR
        ),
    }
    evidence = _name_evidence_of(test)
    if stated:
        features["name_stated"] = 1.0
        evidence["stated_elsewhere"] = 1.0
    if features["name_for_name"]:
        evidence["restored_is_name"] = 1.0
    return test, features, evidence


def _test_new_name(
    src_text: str, tgt_text: str, src_lang: str, brought: list[str], src_doc: str, embed: Embed
) -> tuple[NameTest, bool, list[str]] | None:
    """A source whose capitals do not mark names (German) shows no name lost, so a new name
    is tested for standing in another's place: left out, then with each of the source's
    unmentioned capitalised words put back (mismatch.py). Names the source document never
    states are tested first; failing those, names it states in another sentence (then
    True: their leave-out gain says nothing, confidence.py). Not in a heading written in
    capitals, where capitals mark nothing. Also returns the words tried."""
    if in_capitals(tgt_text):
        return None
    runs = whole_runs(brought, tgt_text)
    names = strangers(runs, src_doc)
    stated = not names
    test = name_test(src_text, tgt_text, runs if stated else names, embed)
    if test is None:
        return None
    lost_words = unmentioned(src_text, tgt_text, src_lang, src_doc)
    return name_restored(src_text, tgt_text, test, lost_words, embed), stated, lost_words


# a new name no dictionary knows is one of four letters or more: "Vs" is a scan's "1/8"
_STRANGER_LETTERS = 4


def _named_put_back(
    src_text: str,
    tgt_text: str,
    langs: tuple[str, str],
    test: NameTest,
    lost_words: list[str],
    embed: Embed,
    lexicon: Lexicon,
) -> NameTest | None:
    """A new name's test with only the original's lost words that are names put back: a
    name for a name where the best-fitting word was a noun.

    Where a French translation names two porters "Jayal" and "Gerikhan" and the German
    original "Aminula" and "Gerikhan", the German noun "Schnee" of the same sentence fits
    the place of "Jayal" best, but "Aminula", a word no German dictionary knows, fits
    too: the mirror of `_stranger`. Counted where leaving the new name out brings the
    translation closer at all, or the new name is no word of the translation's language
    either ("Tumeltsham" → "Aurolzmünster"; not "Sortieranlage" → "Notre" opening a
    quotation, nor a scan's "Vs" for "1/8") and the two begin with other letters; the
    name does not begin as the new one does ("Kantch" for "Kangchendzönga-Gruppe": the
    same name spelled another way), and it rises by NAME_NAMED_FLOOR (confidence.py has
    the counts); else None.
    """
    src_lang, tgt_lang = langs
    stranger = len(test.name) >= _STRANGER_LETTERS and lexicon.known(test.name, tgt_lang) is False
    if test.gain <= 0 and not stranger:
        return None
    names = [
        word
        for word in lost_words
        if not spelled_alike(word, test.name)
        and (marked_name(word, src_lang) or lexicon.known(word, src_lang) is False)
        # with nothing from the leave-out test, the spelling alone must show two names:
        # "Arim-Fluss" (a scan) is "Arun"
        and (test.gain > 0 or fold(word)[:1] != fold(test.name)[:1])
    ]
    if not names:
        return None
    named = name_restored(src_text, tgt_text, test, names, embed)
    return named if 100.0 * named.restored_gain >= NAME_NAMED_FLOOR else None


def _test_lost_name(
    src_text: str,
    tgt_text: str,
    src_lang: str,
    tgt_lang: str,
    docs: tuple[str, str],
    embed: Embed,
    lexicon: Lexicon,
) -> tuple[NameTest | None, str]:
    """A translation whose capitals do not mark names (German) brings in no name one can
    see, so a name of the original it does not mention is tried in the place of each of
    its capitalised words the original does not mention, one opening the sentence, a
    quotation, a bracket or a dash included (name_swap.stand_in_words;
    mismatch.name_swapped_for).

    Also says what took the lost name's place, where that shows a name for a name:
    "stranger", a word no dictionary knows (`_stranger`), or "marked", a name spelled as
    one that the original never states, where the best place was a noun
    (`_marked_stand_in`); else "".
    """
    lost = _unmentioned(src_text, tgt_text, src_lang, tgt_lang, docs[0])
    if not lost or in_capitals(tgt_text):
        return None, ""
    words = stand_in_words(tgt_text, src_text, tgt_lang, docs[1])
    test = name_swapped_for(src_text, tgt_text, lost, words, embed)
    if test is not None and _stranger(test, src_lang, tgt_lang, lexicon):
        return test, "stranger"
    marked = _marked_stand_in(src_text, tgt_text, tgt_lang, lost, docs, embed)
    return (marked, "marked") if marked is not None else (test, "")


def _marked_stand_in(
    src_text: str,
    tgt_text: str,
    tgt_lang: str,
    lost: list[str],
    docs: tuple[str, str],
    embed: Embed,
) -> NameTest | None:
    """A name the translation spells as one ("Hidden Peak", two capitals in a row) and the
    original document never states, where a `lost` name of the original fits: the test of
    `_test_new_name` (left out, then each lost name in its place). It counts, as a name
    for a name, where leaving it out brings the translation closer at all and a lost name
    put back raises the cosine by SWAP_MARKED_FLOOR (confidence.py has the counts); else
    None."""
    names = marked_strangers(tgt_text, tgt_lang, docs[0], docs[1])
    test = name_test(src_text, tgt_text, names, embed) if names else None
    if test is None or test.gain <= 0:
        return None
    test = name_restored(src_text, tgt_text, test, lost, embed)
    return test if 100.0 * test.restored_gain >= SWAP_MARKED_FLOOR else None


def _stranger(test: NameTest, src_lang: str, tgt_lang: str, lexicon: Lexicon) -> bool:
    """Whether a lost name's best place (`_test_lost_name`) is a word the translation's
    dictionary does not know ("Baltis" for "Lahul", not "Variante"), where the
    translation's capitals do not mark names (text/lexicon.py): a name for a name.

    The lost name must not be common words of the original's language ("Tour", "Mont
    Blanc": rendered, not swapped; "Solo Khumbu" is a name, as one word of it is no common
    word) nor begin as the word does ("Kantch" for "Kangchendzönga": the
    same name shortened or spelled another way); putting it back must raise the cosine by
    SWAP_STRANGER_FLOOR and leaving the word out must bring the translation closer
    (confidence.py has the counts). The dictionaries are read only then.
    """
    if 100.0 * test.restored_gain < SWAP_STRANGER_FLOOR or test.gain <= 0:
        return False
    if spelled_alike(test.name, test.restored):
        return False
    if lexicon.known(test.name, tgt_lang) is not False:
        return False
    return not all(lexicon.known(w, src_lang) for w in test.restored.split())


# what took a lost name's place (`_test_lost_name`) → the evidence key the report reads
_STAND_IN_EVIDENCE = {"stranger": "not_in_dictionary", "marked": "spelled_as_name"}


def _name_evidence_of(test: NameTest, stand_in: str = "") -> dict[str, str | float]:
    """What a name test shows the reader (report/view.py: name_tested); `stand_in`: what
    took a lost name's place, where that shows a name for a name (`_test_lost_name`)."""
    evidence: dict[str, str | float] = {
        "without_name": test.without_name,
        "closer_by": round(test.gain, 4),
    }
    if test.restored:
        evidence["restored"] = test.restored
        evidence["restored_closer_by"] = round(test.restored_gain, 4)
    if stand_in:
        evidence[_STAND_IN_EVIDENCE[stand_in]] = 1.0
    return evidence


def _rounded(features: dict[str, float]) -> dict[str, float]:
    return {k: round(v, 4) for k, v in features.items()}


def _joined_mt(mt: Sequence[str | None] | None, idx: Sequence[int]) -> str | None:
    if not mt:
        return None
    parts = [mt[i] for i in idx]
    if any(p is None for p in parts):
        return None
    return " ".join(p for p in parts if p)


def summarise(
    alignment: Sequence[Bead], findings: Sequence[Finding], n_src: int, n_tgt: int
) -> Summary:
    """Coverage, support, counts and a one-phrase verdict."""
    covered = sum(len(b.src) for b in alignment if b.src and b.tgt)
    supported = sum(len(b.tgt) for b in alignment if b.src and b.tgt)
    coverage = covered / n_src if n_src else 0.0
    support = supported / n_tgt if n_tgt else 0.0
    counts: dict[str, int] = {k: 0 for k in ("omission", "addition", "shift", "moved")}
    for f in findings:
        counts[f.kind] = counts.get(f.kind, 0) + 1
    serious = [f for f in findings if f.severity in ("medium", "high") and f.kind != "moved"]
    if n_src and n_tgt and coverage < 0.3 and support < 0.3:
        verdict = "not a translation of this source"
    elif not serious:
        verdict = "faithful" if not findings else "minor differences"
    elif coverage < 0.8 or support < 0.8 or len(serious) > max(3, 0.15 * n_src):
        verdict = "substantial differences"
    else:
        verdict = "some differences"
    return Summary(verdict, round(coverage, 3), round(support, 3), counts)
