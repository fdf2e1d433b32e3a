"""The reading order every format shares: one row per bead, labelled, with highlight spans.

Renderers (terminal, Markdown, HTML) draw these rows; they never look at findings logic.
Nothing here decides what is wrong: labels come from the report's findings, highlights
only point the eye at tokens that differ between the two columns.
"""

from __future__ import annotations

import difflib
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from transcheck.compare.coverage import INSERTED_MAX_ANY, PART_LENGTH_CAP
from transcheck.compare.findings import STANDOUT_RELATED, Thresholds
from transcheck.model import Finding, Report, Side
from transcheck.text.name_swap import foreign_word
from transcheck.text.names import CASE_LANGS, checkable, mentioned

# Which label wins when several findings touch one row.
KIND_ORDER: dict[str, int] = {"shift": 0, "moved": 1, "omission": 2, "addition": 3}
LABELS: dict[str, str] = {
    "omission": "OMITTED",
    "addition": "ADDED",
    "shift": "SHIFT",
    "moved": "MOVED",
    "boilerplate": "boilerplate",
}
KINDS: tuple[str, ...] = ("omission", "addition", "shift", "moved")
SEVERITIES: tuple[str, ...] = ("high", "medium", "low")

_TOKEN = re.compile(r"\w+(?:[.,:'’/-]\w+)*|[^\w\s]", re.UNICODE)
_NUMBER = re.compile(r"^[+-]?\d[\d.,:/'’\u00a0 -]*$")
_NUM_SEP = re.compile(r"[.,'’\u00a0 ]")


@dataclass(frozen=True)
class Span:
    """A highlighted character range of a text; level is "diff" (soft) or "strong"."""

    start: int
    end: int
    level: str


@dataclass(frozen=True)
class Cell:
    """One side of a row: the text shown, the original below it (when MT), highlights."""

    text: str
    spans: tuple[Span, ...] = ()
    original: str | None = None  # set when `text` is a machine translation
    original_spans: tuple[Span, ...] = ()
    lang: str = ""
    original_lang: str = ""


@dataclass(frozen=True)
class Row:
    """One bead (or one boilerplate line) as a reader sees it."""

    key: str  # stable anchor: "b3" for bead 3, "bp0" for boilerplate line 0
    src: tuple[int, ...]
    tgt: tuple[int, ...]
    kind: str | None  # None (aligned, nothing to say), a finding kind, or "boilerplate"
    left: Cell | None  # None for additions and boilerplate
    right: Cell | None  # None for omissions
    findings: tuple[int, ...] = ()  # indices into report.findings
    score: float | None = None

    @property
    def label(self) -> str:
        return LABELS.get(self.kind or "", "")


def finding_key(index: int) -> str:
    """Anchor id of finding `index` (0-based) in HTML; shown 1-based elsewhere."""
    return f"f{index + 1}"


def span_label(idx: Sequence[int]) -> str:
    """'3', '3–4' or '3,5' (1-based, as readers count) or '–' for none."""
    if not idx:
        return "–"
    shown = [i + 1 for i in idx]
    if len(shown) > 1 and shown == list(range(shown[0], shown[-1] + 1)):
        return f"{shown[0]}–{shown[-1]}"
    return ",".join(str(i) for i in shown)


def one_line(text: str) -> str:
    """Collapse whitespace runs (newlines included) to single spaces."""
    return " ".join(text.split())


def _fold(token: str) -> str:
    """Comparison key: numbers without separators, words casefolded without diacritics."""
    if _NUMBER.match(token):
        return _NUM_SEP.sub("", token)
    decomposed = unicodedata.normalize("NFKD", token.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("đ", "d")


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def _is_word(token: str) -> bool:
    return any(c.isalnum() for c in token)


def _is_number(token: str) -> bool:
    return bool(_NUMBER.match(token))


def _lower_in_place(text: str) -> str:
    """Lower case that keeps every character's position ("ß".casefold() is "ss", which
    would shift the spans of everything after it)."""
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _term_spans(text: str, terms: Iterable[str]) -> list[Span]:
    """Strong spans wherever an evidence term occurs (case-insensitive, whole tokens)."""
    spans: list[Span] = []
    lowered = _lower_in_place(text)
    for term in terms:
        term = str(term).strip()
        if not term:
            continue
        needle = _lower_in_place(term)
        start = lowered.find(needle)
        while start != -1:
            end = start + len(needle)
            # Whole tokens only, but a term that ends in punctuation bounds itself.
            before_ok = start == 0 or not (needle[0].isalnum() and lowered[start - 1].isalnum())
            after_ok = end == len(lowered) or not (needle[-1].isalnum() and lowered[end].isalnum())
            if before_ok and after_ok:
                spans.append(Span(start, end, "strong"))
            start = lowered.find(needle, end)
    return spans


def _merge(spans: Iterable[Span], text: str) -> tuple[Span, ...]:
    """Sorted, non-overlapping spans; "strong" wins overlaps; same-level spans separated
    only by spaces become one, so a changed phrase reads as one mark, not a word salad."""
    marks: dict[int, str] = {}
    for span in spans:
        for i in range(span.start, span.end):
            if marks.get(i) != "strong":
                marks[i] = span.level
    merged: list[Span] = []
    for i in sorted(marks):
        level = marks[i]
        if merged and merged[-1].level == level and not text[merged[-1].end : i].strip():
            merged[-1] = Span(merged[-1].start, i + 1, level)
        else:
            merged.append(Span(i, i + 1, level))
    return tuple(merged)


def diff_spans(
    left: str, right: str, *, same_language: bool, names: Iterable[str] = ()
) -> tuple[list[Span], list[Span]]:
    """Highlight tokens of `left` and `right` that have no counterpart on the other side.

    In the same language (MT vs translation) a word diff marks every differing word softly
    and numbers and known names strongly. Across languages a word diff is noise, so only
    numbers and names missing from the other side are marked.
    """
    lt, rt = _tokens(left), _tokens(right)
    name_keys = {_fold(n) for name in names for n in name.split()}
    lkeys, rkeys = [_fold(t) for *_, t in lt], [_fold(t) for *_, t in rt]

    def strong(token: str) -> bool:
        return _is_number(token) or _fold(token) in name_keys

    if same_language:
        lspans: list[Span] = []
        rspans: list[Span] = []
        matcher = difflib.SequenceMatcher(None, lkeys, rkeys, autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal":
                continue
            for toks, lo, hi, out in ((lt, i1, i2, lspans), (rt, j1, j2, rspans)):
                for start, end, tok in toks[lo:hi]:
                    if _is_word(tok):
                        out.append(Span(start, end, "strong" if strong(tok) else "diff"))
        return lspans, rspans

    lset, rset = set(lkeys), set(rkeys)
    lspans = [Span(s, e, "strong") for s, e, t in lt if strong(t) and _fold(t) not in rset]
    rspans = [Span(s, e, "strong") for s, e, t in rt if strong(t) and _fold(t) not in lset]
    return lspans, rspans


def _texts(side: Side, idx: Sequence[int]) -> list[str]:
    by_index = {s.index: s.text for s in side.sentences}
    return [one_line(by_index.get(i, "")) for i in idx]


def _names(side: Side, idx: Sequence[int]) -> list[str]:
    """Name phrases of a side's sentences. Where capitals do not mark names (German nouns)
    only those the spelling shows to be names count ("Trần Sỹ Thanh", not "Gipfels")."""
    by_index = {s.index: s for s in side.sentences}
    found = [n for i in idx if i in by_index for n in by_index[i].anchors.names]
    if side.lang in CASE_LANGS:
        return found
    return [n for n in found if all(foreign_word(w, side.lang) for w in n.split())]


def _unsaid(names: Iterable[str], other: str, lang: str) -> list[str]:
    """Names the other side does not mention, as the same entity or the same spelling
    ("Nga" is mentioned by "russischen", "Nhà Trắng" by "Weißen Hauses"), by the part
    that travels between languages ("Halden" of "Halden County" = "comté de Halden")."""
    return [n for n in names if (part := checkable(n, lang)) and not mentioned(part, other)]


def _evidence_terms(findings: Iterable[Finding], key: str) -> list[str]:
    terms: list[str] = []
    for finding in findings:
        tokens = finding.evidence.get("tokens") if isinstance(finding.evidence, dict) else None
        if isinstance(tokens, dict) and isinstance(tokens.get(key), list | tuple):
            terms.extend(str(t) for t in tokens[key])
    return terms


def _mt_for(report: Report, idx: Sequence[int]) -> list[str | None]:
    mt = report.translations.src_to_tgt
    return [one_line(mt[i]) if i < len(mt) and mt[i] else None for i in idx]


def _row_kind(report: Report, found: Sequence[int]) -> str | None:
    if not found:
        return None
    kinds = [report.findings[i].kind for i in found]
    return min(kinds, key=lambda k: KIND_ORDER.get(k, 9))


def _bead_findings(report: Report) -> dict[int, list[int]]:
    """Which findings touch which bead: a finding belongs to every bead sharing an index."""
    by_src: dict[int, int] = {}
    by_tgt: dict[int, int] = {}
    for b, bead in enumerate(report.alignment):
        by_src.update({i: b for i in bead.src})
        by_tgt.update({j: b for j in bead.tgt})
    touched: dict[int, list[int]] = {}
    for f, finding in enumerate(report.findings):
        beads = {by_src[i] for i in finding.src if i in by_src}
        beads |= {by_tgt[j] for j in finding.tgt if j in by_tgt}
        for b in sorted(beads):
            touched.setdefault(b, []).append(f)
    return touched


def build_rows(report: Report, *, include_boilerplate: bool = True) -> list[Row]:
    """One row per bead, in order, then the translation's boilerplate lines."""
    rows: list[Row] = []
    touched = _bead_findings(report)
    src_side, tgt_side = report.source, report.translation
    for b, bead in enumerate(report.alignment):
        found = tuple(touched.get(b, ()))
        kind = _row_kind(report, found)
        related = [report.findings[i] for i in found]
        src_texts = _texts(src_side, bead.src)
        mts = _mt_for(report, bead.src)
        original = " ".join(src_texts)
        shown = " ".join(m if m is not None else s for m, s in zip(mts, src_texts, strict=True))
        has_mt = any(m is not None for m in mts)
        right_text = " ".join(_texts(tgt_side, bead.tgt))
        names = _unsaid(_names(src_side, bead.src), right_text, src_side.lang) + _unsaid(
            _names(tgt_side, bead.tgt), original, tgt_side.lang
        )
        src_terms = _evidence_terms(related, "src")
        tgt_terms = _evidence_terms(related, "tgt")

        left = right = None
        if bead.src:
            lspans, rspans = ([], [])
            if bead.tgt:
                lspans, rspans = diff_spans(shown, right_text, same_language=has_mt, names=names)
            orig_spans: list[Span] = []
            if has_mt:
                orig_spans = _term_spans(original, src_terms)
                if bead.tgt:
                    orig_spans += diff_spans(original, right_text, same_language=False)[0]
            left = Cell(
                text=shown,
                spans=_merge(lspans + _term_spans(shown, src_terms + tgt_terms), shown),
                original=original if has_mt else None,
                original_spans=_merge(orig_spans, original),
                lang=tgt_side.lang if has_mt else src_side.lang,
                original_lang=src_side.lang,
            )
        if bead.tgt:
            rspans = rspans if bead.src else []
            right = Cell(
                text=right_text,
                spans=_merge(rspans + _term_spans(right_text, tgt_terms), right_text),
                lang=tgt_side.lang,
            )
        rows.append(Row(f"b{b}", bead.src, bead.tgt, kind, left, right, found, bead.score))
    if include_boilerplate:
        for k, line in enumerate(tgt_side.article.boilerplate):
            cell = Cell(text=one_line(line), lang=tgt_side.lang)
            rows.append(Row(f"bp{k}", (), (), "boilerplate", None, cell))
    return rows


def with_context(rows: Sequence[Row], context: int = 1) -> list[Row | int]:
    """Rows that carry a finding plus `context` rows each side; an int marks skipped rows."""
    keep = set()
    for i, row in enumerate(rows):
        if row.findings:
            keep.update(range(max(0, i - context), min(len(rows), i + context + 1)))
    out: list[Row | int] = []
    skipped = 0
    for i, row in enumerate(rows):
        if i in keep and row.kind != "boilerplate":
            if skipped:
                out.append(skipped)
                skipped = 0
            out.append(row)
        elif row.kind != "boilerplate":
            skipped += 1
    if skipped:
        out.append(skipped)
    return out


def severity_counts(report: Report) -> dict[str, dict[str, int]]:
    """Findings counted by kind, then severity: {"omission": {"high": 1, ...}, ...}."""
    counts: dict[str, Counter[str]] = {}
    for finding in report.findings:
        counts.setdefault(finding.kind, Counter())[finding.severity] += 1
    return {k: {s: c[s] for s in SEVERITIES if c[s]} for k, c in counts.items()}


def kinds_in_order(report: Report) -> list[str]:
    """Known kinds first, then any other kind the report's counts or findings name."""
    extra = {f.kind for f in report.findings} | set(report.summary.counts)
    return list(KINDS) + sorted(extra - set(KINDS))


def count_of(report: Report, kind: str) -> int:
    """Count of a kind: the summary's figure, else the findings list's."""
    if kind in report.summary.counts:
        return int(report.summary.counts[kind])
    return sum(1 for f in report.findings if f.kind == kind)


def where(src: Sequence[int], tgt: Sequence[int]) -> str:
    """Where a finding sits, in words a reader counts in (1-based sentence numbers)."""
    if src and not tgt:
        return f"original sentence {span_label(src)}"
    if tgt and not src:
        return f"translation sentence {span_label(tgt)}"
    return f"original {span_label(src)} ↔ translation {span_label(tgt)}"


def evidence_change(finding: Finding) -> str | None:
    """'3.000 → 30.000' from the finding's differing tokens, when it has them."""
    tokens = finding.evidence.get("tokens") if isinstance(finding.evidence, dict) else None
    if not isinstance(tokens, dict):
        return None
    src = ", ".join(str(t) for t in tokens.get("src") or ())
    tgt = ", ".join(str(t) for t in tokens.get("tgt") or ())
    if not src and not tgt:
        return None
    return f"{src or '∅'} → {tgt or '∅'}"


def _sides(record: dict) -> tuple[str, str]:
    """The side a record of the evidence names ("source" or "target"), and the other, as a
    reader calls them: the original and the translation."""
    side = "original" if record.get("side") == "source" else "translation"
    return side, "translation" if side == "original" else "original"


def negation_tested(finding: Finding) -> str | None:
    """How a negation found without MT was tested, in words: which side negates, how it
    reads without its negation, and how much closer that reading is to the other side."""
    test = finding.evidence.get("negation_test") if isinstance(finding.evidence, dict) else None
    if not isinstance(test, dict) or not test.get("without_cue"):
        return None
    side, other = _sides(test)
    numbers = _numbers(test, "closer_by")
    if numbers is None:
        return None
    (closer,) = numbers
    return (
        f"without its negation the {side} reads “{one_line(str(test['without_cue']))}”, "
        f"{closer:+.3f} cosine closer to the {other}"
    )


def modality_read(finding: Finding) -> str | None:
    """Which side tells a plan or a doubt that the other tells as done, in words."""
    read = finding.evidence.get("modality") if isinstance(finding.evidence, dict) else None
    if not isinstance(read, dict) or read.get("kind") not in ("plan", "doubt"):
        return None
    side, other = _sides(read)
    return (
        f"read for a plan or a doubt: the {side} tells a {read['kind']} "
        f"(“{one_line(str(read.get('marker', '')))}”), the {other} tells it as done "
        "and says no word of a plan or a doubt"
    )


_RANK_WORDS = {
    "deputy": "a deputy's rank",
    "former": "a former holder's rank",
    "acting": "an acting holder's rank",
    "treasurer": "a treasurer's office",
    "spokesperson": "a spokesperson's office",
}


def role_read(finding: Finding) -> str | None:
    """Which side gives a person a rank or an office that the other side's office lacks, in
    words."""
    read = finding.evidence.get("role") if isinstance(finding.evidence, dict) else None
    if not isinstance(read, dict) or read.get("rank") not in _RANK_WORDS:
        return None
    side, other = _sides(read)
    return (
        f"read for a rank or an office: the {side} says {_RANK_WORDS[read['rank']]} "
        f"(“{one_line(str(read.get('words', '')))}”), the {other} names an office "
        "without it"
    )


def name_tested(finding: Finding) -> str | None:
    """How a name only the translation states was tested, in words: the translation without
    it, and with the original's word in its place, and how much closer each is to the
    original."""
    test = finding.evidence.get("name_test") if isinstance(finding.evidence, dict) else None
    if not isinstance(test, dict) or not test.get("without_name"):
        return None
    try:
        closer = float(test.get("closer_by", 0.0))
    except (TypeError, ValueError):
        return None
    said = (
        f"without the name the translation reads “{one_line(str(test['without_name']))}”, "
        f"{closer:+.3f} cosine closer to the original"
    )
    if test.get("stated_elsewhere"):  # a name moved from a neighbour leaves as well
        said += " (not counted: the original states this name in another sentence)"
    if test.get("restored"):
        try:
            back = float(test.get("restored_closer_by", 0.0))
        except (TypeError, ValueError):
            return said
        said += f"; with “{one_line(str(test['restored']))}” in its place, {back:+.3f}"
        if test.get("restored_is_name"):  # German capitals mark nouns; this one is a name
            said += " (a name of the original: a name stands in another's place)"
        if test.get("not_in_dictionary"):  # German capitals mark nouns; this word is none
            said += " (the word it replaces is in no dictionary: a name, not a noun)"
        if test.get("spelled_as_name"):  # two capitals in a row the original never states
            said += " (what it replaces is spelled as a name the original never states)"
    return said


def _numbers(evidence: dict, *keys: str) -> list[float] | None:
    """The evidence's values under `keys` as numbers (0 where missing), or None where one
    is not a number (a hand-edited JSON report)."""
    try:
        return [float(evidence.get(k, 0.0)) for k in keys]
    except (TypeError, ValueError):
        return None


def _reading(finding: Finding, kind: str, feature: str, *keys: str) -> dict | None:
    """The evidence of a finding of `kind` that records `feature` and every one of `keys`."""
    evidence = finding.evidence if isinstance(finding.evidence, dict) else {}
    features = evidence.get("features")
    if finding.kind != kind or not isinstance(features, dict):
        return None
    if feature not in features or any(k not in evidence for k in keys):
        return None
    return evidence


def neighbours_tested(finding: Finding) -> str | None:
    """How a short added line was read against the original around it, in words: a
    translator's split of a neighbouring sentence stands out there, a line from elsewhere
    does not (compare/findings.py: _standouts)."""
    evidence = _reading(finding, "addition", "short_unrelated", "standout")
    numbers = _numbers(evidence, "standout") if evidence else None
    if numbers is None:
        return None
    (standout,) = numbers
    verdict = "does not explain" if standout < STANDOUT_RELATED else "may explain"
    return (
        f"a short line the original around it {verdict}: its best match in the original "
        f"nearby is {standout:.2f} standard deviations above its median match to the whole "
        f"original (a split of a neighbouring sentence scores "
        f"{STANDOUT_RELATED:g} or more)"
    )


def inserted_tested(finding: Finding) -> str | None:
    """How a sentence inside a bead was found to be added, in words: no sentence of the
    original says it, and its bead does not need it (compare/coverage.py: inserted)."""
    evidence = _reading(finding, "addition", "sentence_best_match", "best_match_anywhere")
    numbers = _numbers(evidence, "best_match_anywhere", "leave_out_gain") if evidence else None
    if numbers is None:
        return None
    best, gain = numbers
    return (
        f"a sentence no sentence of the original says: its best match anywhere in the "
        f"original is {best:.3f} (a translation reaches {INSERTED_MAX_ANY:g} or more), and "
        f"without it its bead comes {gain:+.3f} cosine closer to the original"
    )


def part_tested(finding: Finding) -> str | None:
    """How a clause or sentence missing inside a bead was read, in words: the translation
    covers it far less than the document's parts are usually covered, and, where recorded,
    leaving it out makes the bead's two lengths agree better (compare/coverage.py)."""
    keys = ("part_coverage", "document_median")
    evidence = _reading(finding, "omission", "part_deficit", *keys)
    if evidence is None or "part missing" not in finding.reasons:
        return None
    features = evidence["features"]
    numbers = _numbers({**evidence, **features}, *keys, "part_deficit", "part_length_gain")
    if numbers is None:
        return None
    coverage, median, deficit, lengths = numbers
    unit = "sentence" if evidence.get("part_unit") == "sentence" else "clause"
    said = (
        f"a {unit} the translation does not cover: its best match there is {coverage:.3f}, "
        f"{deficit:.1f} spreads below the document's usual {median:.3f}"
    )
    if "part_length_gain" not in features:
        return said
    if lengths >= 1:
        much = f"{PART_LENGTH_CAP:g} or more" if lengths >= PART_LENGTH_CAP else f"{lengths:.1f}"
        return (
            f"{said}; without it the two sides' lengths agree {much} spreads better "
            f"(the translation is as much shorter as the {unit} is long)"
        )
    return f"{said}; the translation's length does not show it missing ({lengths:+.1f} spreads)"


def absorbed_tested(finding: Finding) -> str | None:
    """How a whole sentence the aligner put with its neighbour's translation was found
    missing, in words: the translation is about as long as the rest of the bead alone, and
    leaving the sentence out does not cost the bead's cosine (compare/coverage.py:
    absorbed)."""
    evidence = _reading(finding, "omission", "sentence_length_gain")
    if evidence is None or "part missing" not in finding.reasons:
        return None
    readings = {**evidence, **evidence["features"]}
    numbers = _numbers(readings, "sentence_length_gain", "leave_out_gain")
    if numbers is None:
        return None
    gain, cosine = numbers
    return (
        f"a sentence its bead has no room for: without it the two sides' lengths fit the "
        f"document's usual ratio {math.exp(gain):.2f} times better, and the bead's cosine "
        f"moves {cosine:+.3f}"
    )


def unsaid_tested(finding: Finding) -> str | None:
    """How a whole sentence whose figures its bead's translation leaves out was found
    missing, in words (compare/coverage.py: figures_unsaid)."""
    evidence = _reading(
        finding, "omission", "sentence_figures_unsaid", "figures_unsaid", "leave_out_gain"
    )
    if evidence is None or "part missing" not in finding.reasons:
        return None
    figures, cosine = evidence["figures_unsaid"], _numbers(evidence, "leave_out_gain")
    if not isinstance(figures, list) or not figures or cosine is None:
        return None
    shown = ", ".join(f"“{f}”" for f in figures)
    return (
        f"a sentence whose figures ({shown}) the translation of its bead does not give, "
        f"while it gives its neighbour's; the bead's cosine moves {cosine[0]:+.3f} without it"
    )


def tested(finding: Finding) -> list[str]:
    """Every embedding test a finding records, in words (negation, name, neighbours, a
    sentence inside a bead, a part missing inside one, a sentence absorbed into one), and
    the modality and role readings that have no test of their own."""
    found = (
        negation_tested(finding),
        modality_read(finding),
        role_read(finding),
        name_tested(finding),
        neighbours_tested(finding),
        inserted_tested(finding),
        part_tested(finding),
        absorbed_tested(finding),
        unsaid_tested(finding),
    )
    return [t for t in found if t]


def threshold_note(report: Report) -> str | None:
    """The run's reporting threshold, in words, where it is not the calibrated default
    (`check --min-confidence`): a reader must know the list holds less likely findings, or
    leaves some out. Read from the signature, so a saved JSON report says it too."""
    default = Thresholds().min_confidence
    m = re.search(r"min_confidence=([0-9.]+)", report.signature.get("thresholds", ""))
    if not m:
        return None
    try:
        used = float(m.group(1))
    except ValueError:
        return None
    if used == default:
        return None
    more = "less likely findings included" if used < default else "less likely ones left out"
    return f"findings from confidence {used:.2f} (default {default:.2f}): {more}"


def excerpt(text: str, limit: int = 90) -> str:
    """The start of a sentence, cut at a word boundary."""
    text = one_line(text)
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut + "…"


def mt_label(report: Report) -> str:
    """'memory (argos:vi-en@1.1)' or 'none — no package for vi→de'."""
    info = report.translations.info
    text = info.engine if info.available else f"{info.engine} (unavailable)"
    if info.packages:
        text += f" [{', '.join(info.packages)}]"
    if info.note:
        text += f" — {info.note}"
    return text


def has_any_mt(report: Report) -> bool:
    return any(t for t in report.translations.src_to_tgt)
