"""Features for the 1-1 critical-error risk: what a dropped clause, an added sentence, a
changed figure, a swapped name or a flipped negation leaves behind, without an MT model.

Each feature is a number per (source, translation) pair, larger = more suspicious (except
the cosine). risk.py combines them with a logistic regression fitted by bench/fit_risk.py.
Features that were tried and dropped because they added nothing out of fold on CED dev:
a batch margin of the cosine, clause coverage relative to the clause's own sentence,
the share of clause length left uncovered, sentence-count, parenthesis, dash and quote
mismatches (docs/benchmarks.md §4).

Why clauses: a whole-sentence embedding barely moves when one clause of a long sentence
is dropped or a short clause is added, but the dropped clause itself then has no close
counterpart among the other side's clauses (or the whole other sentence).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import numpy as np
from rapidfuzz import fuzz, process

from transcheck.compare.coverage import best_cover
from transcheck.compare.features import Embed
from transcheck.compare.mismatch import number_mismatch
from transcheck.text.anchors import extract
from transcheck.text.clauses import clauses
from transcheck.text.names import CASE_LANGS, entities, entity_of, fold
from transcheck.text.negation import count_negations

FEATURES = (
    "cos",  # cosine of the two sentences (e5)
    "omit",  # 1 - worst source clause's best cosine to a translation clause or the sentence
    "add",  # the same, translation clauses against the source
    "short",  # translation shorter than usual (log character ratio below the batch median)
    "long",  # translation longer than usual
    "short_words",  # the same in words
    "long_words",
    "numbers",  # figures (digits, number words, dates) stated on one side only
    "names",  # 1 when a source name the translation should keep is missing from it
    "entities",  # gazetteer entities (countries, cities, bodies) on one side only
    "new_entities",  # gazetteer entities only the translation mentions
    "negation",  # |negation cues in source - in translation|
)

_SMALL_BATCH = 30  # below this the batch is too small for median length ratios
# typical log length ratios (characters, words) when the batch is too small to tell:
# en→de on CED dev; 0 (no expectation) for other pairs
_TYPICAL_RATIO = {("en", "de"): (0.17, 0.0)}
_NAME_TOKEN = re.compile(r"\w[\w\-’']*")
_POSSESSIVE = re.compile(r"[’']s?$")
_OPENS = re.compile(r"[.!?:;\"“”«»„—–…(]")
_WORD = re.compile(r"\w+")
# capitalised in English but translated, not names (dates are checked as anchors)
_NOT_NAMES = set(
    "I Mr Mrs Ms Dr Monday Tuesday Wednesday Thursday Friday Saturday Sunday January "
    "February March April May June July August September October November December".split()
)
_NAME_SIMILARITY = 75  # rapidfuzz ratio of folded spellings that still name the same
_FIGURE = re.compile(r"\d+(?:[.,\s\u00a0\u202f]\d{3})*(?:[.,]\d+)?")


def figures(text: str) -> Counter[str]:
    """Digit runs with group and decimal separators removed (1,000 = 1.000 = 1000)."""
    out: Counter[str] = Counter()
    for m in _FIGURE.finditer(text):
        digits = re.sub(r"\D", "", m.group()).lstrip("0") or "0"
        out[digits] += 1
    return out


def figure_mismatch(src: str, tgt: str) -> int:
    """Figures stated on one side only; a 2-digit figure matches a year ending in it
    (the 1990's = die 90er Jahre, 1994-95)."""
    fs, ft = figures(src), figures(tgt)
    only_s, only_t = fs - ft, ft - fs
    for big, small in ((only_s, only_t), (only_t, only_s)):
        for short in list(small):
            for year in list(big):
                if len(short) <= 2 and len(year) == 4 and year.endswith(short.zfill(2)):
                    while big[year] > 0 and small[short] > 0:
                        big[year] -= 1
                        small[short] -= 1
    return sum((+only_s).values()) + sum((+only_t).values())


def source_names(text: str) -> list[str]:
    """Capitalised words that do not open a sentence or clause, possessive 's removed."""
    out = []
    end = 0
    for k, m in enumerate(_NAME_TOKEN.finditer(text)):
        gap, end = text[end : m.start()], m.end()
        word = _POSSESSIVE.sub("", m.group())
        if k == 0 or _OPENS.search(gap) or len(word) < 2 or not word[0].isupper():
            continue
        if word not in _NOT_NAMES:
            out.append(word)
    return out


def _kept(name: str, folded: str, tokens: list[str]) -> bool:
    """Whether a folded translation mentions the name: same gazetteer entity, the same
    first four letters, or a close spelling (Sweden = Schweden, October = Oktober)."""
    entity = entity_of(name)
    if entity is not None and entity in entities(folded):
        return True
    f = fold(name)
    if len(f) <= 3:
        return re.search(rf"(?<!\w){re.escape(f)}", folded) is not None
    if f[:4] in folded:
        return True
    best = process.extractOne(f, tokens, scorer=fuzz.ratio)
    return best is not None and best[1] >= _NAME_SIMILARITY


def missing_names(src: Sequence[str], tgt: Sequence[str], src_lang: str) -> list[int]:
    """Per pair, how many source names the translation drops, among names it should keep.

    Batch statistics decide what counts as a name: a capitalised word the batch also
    uses in lower case is a title word (Health, Security); a name the other translations
    of the batch usually drop is translated (GDP = BIP); a name seen once counts.
    Only for source languages that capitalise names only (not German nouns).
    """
    if src_lang not in CASE_LANGS:
        return [0] * len(src)
    lower = Counter(w for s in src for w in _WORD.findall(s) if w.islower())
    seen: Counter[str] = Counter()
    kept: Counter[str] = Counter()
    missing: list[set[str]] = []
    for s, t in zip(src, tgt, strict=True):
        folded = fold(t)
        tokens = list(set(_WORD.findall(folded)))
        miss = set()
        for name in set(source_names(s)):
            if lower[name.lower()]:
                continue
            seen[name] += 1
            if _kept(name, folded, tokens):
                kept[name] += 1
            else:
                miss.add(name)
        missing.append(miss)
    return [
        sum(1 for w in miss if seen[w] == 1 or kept[w] / (seen[w] - 1) >= 0.5) for miss in missing
    ]


def _coverage(
    own: list[np.ndarray], other_sentence: np.ndarray, other_clauses: list[np.ndarray]
) -> np.ndarray:
    """Per pair, the worst clause's best cosine to the other side (1.0 with no clauses)."""
    out = np.ones(len(own))
    for i, rows in enumerate(own):
        if len(rows):
            out[i] = float(best_cover(rows, other_sentence[i], other_clauses[i]).min())
    return out


def _embed_groups(groups: list[list[str]], embed: Embed) -> list[np.ndarray]:
    flat = [c for g in groups for c in g]
    rows = embed(flat) if flat else np.zeros((0, 1))
    out, k = [], 0
    for g in groups:
        out.append(rows[k : k + len(g)])
        k += len(g)
    return out


def pair_features(
    src: Sequence[str],
    tgt: Sequence[str],
    src_lang: str,
    tgt_lang: str,
    embed: Embed,
    *,
    src_mt: Sequence[str | None] | None = None,
) -> np.ndarray:
    """len(src) × len(FEATURES) matrix; `embed` maps texts to unit row vectors.

    With `src_mt` (the source translated into tgt_lang), negation cues are compared
    within one language, as `check`'s findings do.
    """
    n = len(src)
    x = np.zeros((n, len(FEATURES)))
    if n == 0:
        return x
    s_emb, t_emb = embed(list(src)), embed(list(tgt))
    cos = np.einsum("ij,ij->i", s_emb, t_emb)
    s_cl = _embed_groups([clauses(s, src_lang) for s in src], embed)
    t_cl = _embed_groups([clauses(t, tgt_lang) for t in tgt], embed)
    pairs = list(zip(src, tgt, strict=True))
    chars = np.log([(len(t) + 10.0) / (len(s) + 10.0) for s, t in pairs])
    words = np.log([(len(t.split()) + 3.0) / (len(s.split()) + 3.0) for s, t in pairs])
    typical = _TYPICAL_RATIO.get((src_lang, tgt_lang), (0.0, 0.0))
    chars -= float(np.median(chars)) if n >= _SMALL_BATCH else typical[0]
    words -= float(np.median(words)) if n >= _SMALL_BATCH else typical[1]
    col = {name: k for k, name in enumerate(FEATURES)}
    x[:, col["cos"]] = cos
    x[:, col["omit"]] = 1.0 - _coverage(s_cl, t_emb, t_cl)
    x[:, col["add"]] = 1.0 - _coverage(t_cl, s_emb, s_cl)
    x[:, col["short"]] = np.maximum(0.0, -chars)
    x[:, col["long"]] = np.maximum(0.0, chars)
    x[:, col["short_words"]] = np.maximum(0.0, -words)
    x[:, col["long_words"]] = np.maximum(0.0, words)
    x[:, col["names"]] = np.minimum(1, missing_names(src, tgt, src_lang))
    for i, (s, t) in enumerate(zip(src, tgt, strict=True)):
        only_s, only_t = number_mismatch(extract(s, src_lang), extract(t, tgt_lang))
        # both readings must agree: digits alone miss number words, anchors alone
        # miss year abbreviations
        x[i, col["numbers"]] = min(3, len(only_s) + len(only_t), figure_mismatch(s, t))
        mt = src_mt[i] if src_mt else None
        ent_s, ent_t = entities(s), entities(t)
        x[i, col["entities"]] = min(3, len(ent_s ^ ent_t))
        x[i, col["new_entities"]] = min(3, len(ent_t - ent_s))
        neg_s = count_negations(mt, tgt_lang) if mt else count_negations(s, src_lang)
        neg = abs(neg_s - count_negations(t, tgt_lang))
        x[i, col["negation"]] = min(2, neg)
    return x
