"""Read findings off an alignment: omissions, additions, meaning shifts and moves.

Pure functions over the alignment, the sentences with their anchors, the scorer's
pair scores and the machine translations. Each finding carries its evidence (the MT text,
the differing tokens, the scores) and a confidence from `confidence.py`'s calibration.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from transcheck.compare.confidence import calibrate
from transcheck.model import Anchors, Bead, Finding, Sentence, Summary
from transcheck.text.names import checkable, mentioned, phrases, swap_evidence
from transcheck.text.negation import polarity_differs

# Languages where a capital letter inside a sentence marks a name (German capitalises nouns).
_NAME_CASE_LANGS = {"en", "fr", "vi", "es", "it", "pt", "nl"}


@dataclass(frozen=True)
class Thresholds:
    """Decision thresholds of `check` (see docs/benchmarks.md for how they were set)."""

    low_similarity: float = 0.25  # aligned pair scoring below this is a "low similarity" shift
    moved: float = 0.6  # an omission and an addition scoring above this are one moved sentence
    min_confidence: float = 0.5  # findings less likely than this are not reported

    def as_dict(self) -> dict[str, str]:
        return {k: f"{v:g}" for k, v in self.__dict__.items()}


def _joined(sentences: Sequence[Sentence], idx: Sequence[int]) -> str:
    return " ".join(sentences[i].text for i in idx)


def _merge_anchors(sentences: Sequence[Sentence], idx: Sequence[int]) -> Anchors:
    parts = [sentences[i].anchors for i in idx]
    return Anchors(
        numbers=tuple(n for a in parts for n in a.numbers),
        dates=tuple(d for a in parts for d in a.dates),
        names=tuple(n for a in parts for n in a.names),
        negations=sum(a.negations for a in parts),
    )


def _multiset_diff(a: Sequence[str], b: Sequence[str]) -> list[str]:
    rest = list(b)
    out = []
    for x in a:
        if x in rest:
            rest.remove(x)
        else:
            out.append(x)
    return out


def number_mismatch(src: Anchors, tgt: Anchors) -> tuple[list[str], list[str]]:
    """Numbers and dates present on one side only, after locale normalisation."""
    src_vals = sorted(set(src.numbers) | set(src.dates))
    tgt_vals = sorted(set(tgt.numbers) | set(tgt.dates))
    only_src = [v for v in src_vals if not _covered(v, tgt_vals)]
    only_tgt = [v for v in tgt_vals if not _covered(v, src_vals)]
    # Small numbers are often words, ordinals or idioms on one side ("hai nhà lãnh đạo" =
    # "die beiden Staatschefs", "thứ hai" = "second"): alone they prove nothing.
    if not only_tgt:
        only_src = [v for v in only_src if not _small(v)]
    if not only_src:
        only_tgt = [v for v in only_tgt if not _small(v)]
    return only_src, only_tgt


def _small(value: str) -> bool:
    try:
        return "-" not in value and float(value) <= 12
    except ValueError:
        return False


_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")


def _covered(value: str, others: Sequence[str]) -> bool:
    """Whether a value is stated on the other side, allowing a date with or without year.

    A currency stated on one side only is not a contradiction ("2000.- Rupies" against
    "2000 roupies", "5000" against "5000 INR"); two different currencies are.
    """
    for other in others:
        if value == other or (
            (" " in value) != (" " in other) and value.split()[0] == other.split()[0]
        ):
            return True
        if "-" in other and other.startswith(value) and len(value) == 4:  # year of a full date
            return True
        short, full = sorted((value, other), key=len)
        if len(short) == 2 and short.isdigit() and _YEAR.fullmatch(full) and full.endswith(short):
            return True  # "in '71" = "năm 1971"
        if "-" in value and "-" in other:
            short, full = sorted((value, other), key=len)
            if short.startswith("--") and full.endswith(short[1:]):  # day-month vs full date
                return True
            if len(short) == 4 and short.startswith("--") and short[1:] in full:  # month only
                return True
    return False


_MONTH_ABBR = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def display_value(value: str) -> str:
    """A normalised anchor as a reader expects it: "--11-16" → "16 Nov", "10000" → "10,000"."""
    parts = value.split("-")
    if value.startswith("--"):
        month = int(parts[2])
        return (
            f"{int(parts[3])} {_MONTH_ABBR[month - 1]}"
            if len(parts) > 3
            else _MONTH_ABBR[month - 1]
        )
    if "-" in value:
        year, month = parts[0], int(parts[1])
        day = f"{int(parts[2])} " if len(parts) > 2 else ""
        return f"{day}{_MONTH_ABBR[month - 1]} {year}"
    try:
        number = float(value)
    except ValueError:
        return value
    if number.is_integer() and abs(number) >= 10000 and not (1000 <= number <= 2100):
        return f"{int(number):,}"
    return value


def date_or_number(values: Sequence[str]) -> str:
    return "date" if any("-" in v for v in values) else "number"


def name_mismatch(
    src_text: str,
    tgt_text: str,
    src_lang: str,
    tgt_lang: str,
    src_mt: str | None,
    tgt_mt: str | None,
) -> tuple[list[str], list[str]]:
    """Names one side states that the other side does not mention.

    Only languages that mark names by case are trusted to say what a name is (German
    capitalises every noun), so a German side is read through its MT when there is one.
    A name counts as mentioned when the other text, or the MT of the other text into this
    side's language, mentions it. When the MT of this side exists and does not carry the
    name itself, the name was translated and cannot be checked.
    """
    missing_in_tgt: list[str] = []
    missing_in_src: list[str] = []
    if src_lang in _NAME_CASE_LANGS:
        for name in _checkable(src_text, src_lang):
            if mentioned(name, tgt_text) or (tgt_mt and mentioned(name, tgt_mt)):
                continue
            if src_mt and not mentioned(name, src_mt):
                continue
            missing_in_tgt.append(name)
    elif src_mt and tgt_lang in _NAME_CASE_LANGS:
        # the original's names, as its MT into the translation's language carries them
        for name in _checkable(src_mt, tgt_lang):
            if not mentioned(name, tgt_text) and not mentioned(name, src_text):
                missing_in_tgt.append(name)
    if tgt_lang in _NAME_CASE_LANGS:
        for name in _checkable(tgt_text, tgt_lang):
            if mentioned(name, src_text) or (src_mt and mentioned(name, src_mt)):
                continue
            if tgt_mt and not mentioned(name, tgt_mt):
                continue
            missing_in_src.append(name)
    return missing_in_tgt, missing_in_src


def _checkable(text: str, lang: str) -> list[str]:
    found = (checkable(p, lang) for p in phrases(text, lang))
    return list(dict.fromkeys(p for p in found if p))


def negation_mismatch(
    src_text: str, tgt_text: str, src_lang: str, tgt_lang: str, src_mt: str | None
) -> bool:
    """Whether exactly one side negates; compared within one language when MT allows.

    A side that negates only inside a word (unwilling, hoffnungslos) is not counted as
    positive against a cue on the other side (negation.polarity_differs).
    """
    if src_mt:
        return polarity_differs(src_mt, tgt_lang, tgt_text, tgt_lang)
    return polarity_differs(src_text, src_lang, tgt_text, tgt_lang)


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
) -> list[Finding]:
    """All findings for one aligned document pair, in reading order."""
    th = thresholds or Thresholds()
    findings: list[Finding] = []
    omitted = [b.src[0] for b in alignment if b.src and not b.tgt]
    added = [b.tgt[0] for b in alignment if b.tgt and not b.src]
    moved_pairs = _moves(omitted, added, pair_scores, th.moved)
    moved_src = {i for i, _ in moved_pairs}
    moved_tgt = {j for _, j in moved_pairs}
    docs = (" ".join(s.text for s in src), " ".join(t.text for t in tgt))
    run_chars = _run_lengths(alignment, src, tgt)
    for bead in alignment:
        if bead.src and not bead.tgt:
            i = bead.src[0]
            if i in moved_src:
                j = next(j for a, j in moved_pairs if a == i)
                findings.append(_moved(i, j, src, tgt, pair_scores))
            else:
                findings.append(_one_sided("omission", i, src, pair_scores, 1, run_chars[("s", i)]))
        elif bead.tgt and not bead.src:
            j = bead.tgt[0]
            if j not in moved_tgt:
                findings.append(_one_sided("addition", j, tgt, pair_scores, 0, run_chars[("t", j)]))
        else:
            shift = _shift(bead, src, tgt, src_lang, tgt_lang, src_mt, tgt_mt, th, docs)
            if shift is not None:
                findings.append(shift)
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


def _one_sided(
    kind: str,
    idx: int,
    sentences: Sequence[Sentence],
    scores: np.ndarray,
    axis: int,
    run_chars: int | None = None,
) -> Finding:
    """An omission (source sentence, axis=1) or addition (translation sentence, axis=0)."""
    best = float(scores.max(axis=axis)[idx]) if scores.size else 0.0
    text = sentences[idx].text
    length = len(text) if run_chars is None else run_chars
    features = {"best_match": best, "short": float(length < 40)}
    confidence = calibrate(kind, features)
    a = sentences[idx].anchors
    facts = bool(a.numbers or a.dates or a.names)
    severity = "high" if facts and len(text) > 60 else "medium"
    evidence = {"best_match_score": round(best, 3), "features": _rounded(features)}
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
) -> Finding | None:
    src_text, tgt_text = _joined(src, bead.src), _joined(tgt, bead.tgt)
    mt_of_src = _joined_mt(src_mt, bead.src)
    mt_of_tgt = _joined_mt(tgt_mt, bead.tgt)
    a_src, a_tgt = _merge_anchors(src, bead.src), _merge_anchors(tgt, bead.tgt)
    reasons: list[str] = []
    tokens_src: list[str] = []
    tokens_tgt: list[str] = []
    has_mt = bool(mt_of_src or mt_of_tgt)
    features: dict[str, float] = {"score": bead.score, "has_mt": float(has_mt)}
    only_src, only_tgt = number_mismatch(a_src, a_tgt)
    if only_src or only_tgt:
        kind = date_or_number(only_src + only_tgt)
        reasons.append(f"{kind} mismatch")
        tokens_src += [display_value(v) for v in only_src]
        tokens_tgt += [display_value(v) for v in only_tgt]
        features["number_both" if (only_src and only_tgt) else "number_one"] = 1.0
    miss_tgt, miss_src = name_mismatch(src_text, tgt_text, src_lang, tgt_lang, mt_of_src, mt_of_tgt)
    if not has_mt:
        # Without MT, a swap is judged against both documents (names.swap_evidence): a
        # name the translation keeps elsewhere is missing here, and a name the source
        # document never mentions stands in its place.
        lost, brought = swap_evidence(src_text, tgt_text, src_lang, tgt_lang, *docs)
        if lost and brought:
            miss_tgt, miss_src = lost, brought
            features["name_swap"] = 1.0
    if miss_tgt or miss_src:
        reasons.append("name mismatch")
        tokens_src += miss_tgt
        tokens_tgt += miss_src
        # One side alone is strong when MT confirms the name belongs there.
        if "name_swap" in features:
            pass
        elif miss_tgt and miss_src:
            features["name_both" if has_mt else "name_both_cross"] = 1.0
        elif has_mt:
            features["name_one_mt"] = 1.0
        elif miss_tgt:
            features["name_source_missing"] = 1.0
        else:
            features["name_translation_only"] = 1.0
    if negation_mismatch(src_text, tgt_text, src_lang, tgt_lang, mt_of_src):
        reasons.append("negation mismatch")
        features["negation_mt" if mt_of_src else "negation_cross"] = 1.0
    if bead.score < th.low_similarity:
        reasons.append("low similarity")
        features["low_similarity"] = 1.0
        features["similarity_gap"] = th.low_similarity - bead.score
    if not reasons:
        return None
    confidence = calibrate("shift", features)
    high = any(r.split()[0] in ("number", "date", "name", "negation") for r in reasons)
    evidence: dict = {
        "score": round(bead.score, 3),
        "tokens": {"src": tokens_src, "tgt": tokens_tgt},
        "features": _rounded(features),
    }
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
