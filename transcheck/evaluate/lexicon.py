"""Per-language rewrites the perturbation generator uses: numbers, names, negation, clauses.

Each function returns the list of possible rewrites of one sentence (deterministic, maybe
empty); the generator picks among them with its seeded random source. The rules are small
and conservative on purpose: a rewrite must change the meaning, not just the wording.
"""

from __future__ import annotations

import random
import re
import zlib
from collections.abc import Sequence

# Number words by language, in two cycles (units, magnitudes). Ambiguous words are left out:
# vi "một" (also "a"), "năm" (also "year"), "ba" (also "dad"); fr "un"/"neuf" ("new");
# de "ein"; en "one".
NUMBER_WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve"),
        ("hundred", "thousand", "million"),
    ),
    "de": (
        ("zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "zwölf"),
        ("hundert", "tausend", "Millionen"),
    ),
    "fr": (
        ("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "dix", "douze", "vingt"),
        ("cent", "mille", "millions"),
    ),
    "vi": (("hai", "bốn", "sáu", "bảy", "tám", "mười"), ("trăm", "nghìn", "triệu")),
}

_DIGITS = re.compile(r"(?<![\w])\d+(?:[.,]\d+)*(?![\w])")
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")


def _replace_span(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def _match_case(word: str, model: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def _digits_only(s: str) -> str:
    return re.sub(r"\D", "", s)


def number_rewrites(text: str, lang: str, src_text: str | None = None) -> list[str]:
    """Change one number: the leading digit of a figure (1→2 … 9→1), or a number word.

    With `src_text`, only figures the source also carries are changed (real anchors, not
    list markers the translator added).
    """
    out = []
    src_figures = {_digits_only(m.group()) for m in _DIGITS.finditer(src_text or "")}
    for m in _DIGITS.finditer(text):
        s = m.group()
        if src_text is not None and _digits_only(s) not in src_figures:
            continue
        d = int(s[0])
        out.append(_replace_span(text, m.start(), m.start() + 1, str(d % 9 + 1)))
    for cycle in NUMBER_WORDS.get(lang, ((), ())):
        lowered = [w.lower() for w in cycle]
        for m in _WORD.finditer(text):
            w = m.group()
            if w.lower() in lowered:
                nxt = cycle[(lowered.index(w.lower()) + 1) % len(cycle)]
                out.append(_replace_span(text, m.start(), m.end(), _match_case(nxt, w)))
    return out


def names_in(text: str, src_text: str) -> list[str]:
    """Capitalised word runs, not sentence-initial, that also occur verbatim in the source.

    Occurring on both sides is what makes them names (anchors), not translated words.
    """
    words = list(_WORD.finditer(text))
    runs: list[list[re.Match[str]]] = []
    for k, m in enumerate(words):
        if not m.group()[0].isupper():
            continue
        if runs and runs[-1][-1] is words[k - 1] and text[words[k - 1].end() : m.start()] == " ":
            runs[-1].append(m)
        else:
            runs.append([m])
    first = words[0].start() if words else 0
    names = []
    for run in runs:
        name = text[run[0].start() : run[-1].end()]
        if run[0].start() == first and len(run) == 1:
            continue  # sentence-initial single word: capitalised by position
        if len(name) < 3 or (name.isupper() and len(name) < 4):
            continue
        if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", src_text):
            names.append(name)
    return names


def name_rewrites(text: str, src_text: str, pool: Sequence[str], limit: int = 8) -> list[str]:
    """Swap one name for another name of the corpus that neither side of this pair contains.

    The `limit` stand-ins are drawn from the whole pool, seeded by the sentence: the first
    `limit` of the sorted pool would plant only names that start with "A" ("AACZ",
    "Abalakow", "Abinger" …), a handful of names the benchmark would then keep testing.
    """
    rng = random.Random(zlib.crc32(text.encode("utf-8")))
    out = []
    for name in names_in(text, src_text):
        others = [p for p in pool if p != name and p not in src_text and p not in text]
        for other in rng.sample(others, min(limit, len(others))):
            out.append(re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", other, text, count=1))
    return out


# --- negation ----------------------------------------------------------------------------

_VI_ADD = (
    (r" có thể ", " không thể "),
    (r" là ", " không phải là "),
    (r" có ", " không có "),
    (r" đã ", " đã không "),
    (r" sẽ ", " sẽ không "),
    (r" được ", " không được "),
)
_VI_REMOVE = (
    (r" không phải là ", " là "),
    (r" không thể ", " có thể "),
    (r" chưa ", " đã "),
    (r" không (?!khí|gian|quân|bao giờ|chỉ|những)", " "),
)
_FR_VERBS = [
    "est",
    "sont",
    "était",
    "étaient",
    "a",
    "ont",
    "avait",
    "avaient",
    "peut",
    "peuvent",
    "pouvait",
    "doit",
    "doivent",
    "devait",
    "va",
    "vont",
    "fait",
    "font",
    "sera",
    "seront",
    "faut",
    "veut",
    "sait",
    "suis",
    "ai",
    "avons",
    "sommes",
    "semble",
    "reste",
    "permet",
]
_DE_VERBS = [
    "ist",
    "sind",
    "war",
    "waren",
    "hat",
    "haben",
    "hatte",
    "kann",
    "können",
    "konnte",
    "wird",
    "werden",
    "wurde",
    "wurden",
    "muss",
    "soll",
    "sollte",
]
_EN_ADD = (
    (r" is ", " is not "),
    (r" are ", " are not "),
    (r" was ", " was not "),
    (r" were ", " were not "),
    (r" can ", " cannot "),
    (r" will ", " will not "),
)
_EN_REMOVE = (
    (r"\bcan't\b|\bcannot\b", "can"),
    (r"\bwon't\b", "will"),
    (r"n't\b", ""),
    (r" not ", " "),
    (r" never ", " "),
)


def _first_sub(pattern: str, repl: str, text: str) -> str | None:
    new = re.sub(pattern, repl, text, count=1)
    return new if new != text else None


def negation_rewrites(text: str, lang: str) -> list[str]:
    """Flip polarity: remove a negation cue when there is one, else add one to a verb."""
    padded = f" {text} "
    removals: list[tuple[str, str]] = []
    additions: list[tuple[str, str]] = []
    if lang == "vi":
        removals, additions = list(_VI_REMOVE), list(_VI_ADD)
    elif lang == "en":
        removals, additions = list(_EN_REMOVE), list(_EN_ADD)
    elif lang == "fr":
        removals = [(r"(?<!\w)(?:ne |n['’] ?)((?:\S+ ){0,2}?\S+) (?:pas|plus|jamais)\b", r"\1")]
        for v in _FR_VERBS:
            neg = f"n'{v}" if v[0] in "aeéiouh" else f"ne {v}"
            additions.append((rf"(?<=\w) {v} ", f" {neg} pas "))
        additions.insert(0, (r" y a ", " n'y a pas "))
    elif lang == "de":
        removals = [(r" nicht\b", ""), (r"\bkein", "ein"), (r"\bKein", "Ein")]
        additions = [(rf" {v} ", f" {v} nicht ") for v in _DE_VERBS]
        additions.append((r" ein(e|en|em|er|es)? ", r" kein\1 "))
    for pattern, repl in removals:
        new = _first_sub(pattern, repl, padded)
        if new is not None:
            return [new.strip()]
    out = []
    for pattern, repl in additions:
        new = _first_sub(pattern, repl, padded)
        if new is not None:
            out.append(new.strip())
    return out


# --- dropping a clause -------------------------------------------------------------------

_CLAUSE_SEP = re.compile(r"\s?[,;:]\s|\s[–—-]{1,2}\s")
_FINAL = re.compile(r"[\s.?!…\"»”']*$")


def clause_drop_rewrites(text: str, min_words: int = 4, min_share: float = 0.2) -> list[str]:
    """Drop one non-initial clause (between separators) of >= `min_words` words.

    The clause must be at least `min_share` of the sentence and leave >= `min_words` words;
    the sentence keeps its final punctuation.
    """
    final = _FINAL.search(text)
    tail = final.group() if final else ""
    body = text[: len(text) - len(tail)]
    cuts = [0]
    for m in _CLAUSE_SEP.finditer(body):
        cuts.extend([m.start(), m.end()])
    cuts.append(len(body))
    total = len(body.split())
    out = []
    # segments are body[cuts[2k] : cuts[2k+1]]; separators between them
    n_seg = len(cuts) // 2
    for k in range(1, n_seg):
        seg = body[cuts[2 * k] : cuts[2 * k + 1]]
        n = len(seg.split())
        if n < min_words or total - n < min_words or n < min_share * total:
            continue
        if any(seg.count(a) != seg.count(b) for a, b in ("()", "[]", "{}", "«»")):
            continue  # a bracket opened or closed in the clause: dropping it breaks the text
        new = body[: cuts[2 * k - 1]] + body[cuts[2 * k + 1] :]
        out.append((new.rstrip() + tail).strip())
    return out
