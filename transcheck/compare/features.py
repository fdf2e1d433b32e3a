"""Per-sentence features the similarity is built from: hashed character n-grams, numbers,
content and clause-ending marks, and span sums over them.

Row features are additive over sentences, so a span's vector is the sum of its sentences'
rows and memory stays linear in the number of sentences whatever the bead shapes.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Sequence

import numpy as np

from transcheck.text.anchors import YEARS_AGO
from transcheck.text.anchors import extract as extract_anchors

# an embedding model: texts → one unit-length row each
Embed = Callable[[Sequence[str]], np.ndarray]

CONTENT_LETTERS = 10.0  # letters from which a sentence counts fully in a bead
_HASH_DIM = 2048
_NUM_DIM = 512
_KEEP_WHOLE = 4_000_000  # cells (sentences × hash dims) under which span rows are cached


_MARKS = '[,;:!?()\\[\\]«»"“”„]'
_BEFORE = re.compile(rf"(?<=\S)({_MARKS})")
_AFTER = re.compile(rf"({_MARKS})(?=\S)")
_FINAL_STOP = re.compile(r"(?<=\S)\.(\s*)$")
_ELISION = re.compile(r"\b([cdjlmnst]|qu|jusqu|lorsqu|puisqu)(['’])(?=\w)", re.IGNORECASE)


def spaced(text: str) -> str:
    """Punctuation set off by spaces, as tokenised corpora write it ("Makalu, 8481 m." →
    "Makalu , 8481 m ."; "l'arête" → "l' arête"); a decimal comma stays ("18,29").

    e5 scores a sentence and its translation higher when both are written so (1-1 cosine
    0.946 against 0.917 for the same German–French pair), and it sharpens the choice
    between one sentence and a merged span; text already spaced is returned unchanged.
    """
    out = _BEFORE.sub(r" \1", text)
    out = _AFTER.sub(r"\1 ", out)
    out = re.sub(r"(?<=\d) , (?=\d)", ",", out)
    out = _FINAL_STOP.sub(r" .\1", out)
    return _ELISION.sub(r"\1\2 ", out)


def span_texts(sentences: Sequence[str], k: int) -> list[str]:
    """Texts of all spans of k consecutive sentences (the last ones may be shorter)."""
    return [" ".join(sentences[i : i + k]) for i in range(len(sentences))]


def content_weights(sentences: Sequence[str]) -> np.ndarray:
    """How much of a sentence a bead should count: letters / CONTENT_LETTERS, capped at 1.

    OCR debris ("~ -", "...."), page numbers and stray initials carry no meaning, so
    merging them into a bead must not earn what a real sentence earns.
    """
    letters = np.array([sum(ch.isalpha() for ch in s) for s in sentences], dtype=np.float32)
    return np.minimum(letters / CONTENT_LETTERS, 1.0)


def open_ends(sentences: Sequence[str]) -> np.ndarray:
    """1.0 where a sentence ends in ; : or , so that its clause goes on in the next segment.

    Segmenters split at semicolons and colons, and a translator often punctuates a clause
    differently; a bead that closes one side mid-clause but not the other is suspect.
    """
    ends = [s.rstrip()[-1:] for s in sentences]
    return np.array([1.0 if e in (";", ":", ",") else 0.0 for e in ends], dtype=np.float32)


def carried_on(sentences: Sequence[str]) -> np.ndarray:
    """1.0 where a sentence stops mid-sentence and the next segment carries it on.

    A layout break (a page, a column, a line of a scan) cuts a sentence where no
    punctuation stands: "Grâce aux cordes fixes , l' arête" | "est atteinte rapidement .".
    The cut ends on a letter or a digit, and the next segment opens in lower case.
    """
    out = np.zeros(len(sentences), dtype=np.float32)
    for i in range(len(sentences) - 1):
        end = sentences[i].rstrip()[-1:]
        first = next((ch for ch in sentences[i + 1] if ch.isalpha()), "")
        if end.isalnum() and first.islower():
            out[i] = 1.0
    return out


_WORD = re.compile(r"\w+")


def small_number(value: str) -> bool:
    """A number of twelve or under: said in words, as ordinals or idioms, it proves little.
    A negative value ("-5", a temperature) is a figure like any other; "six years ago" is
    as small as its six."""
    try:
        return "-" not in value and float(value.removesuffix(YEARS_AGO)) <= 12
    except ValueError:
        return False


def anchor_words(text: str) -> tuple[str, ...]:
    """Tokens that can be identical across languages: long words (names) and numbers."""
    out = []
    for tok in _WORD.findall(text.lower()):
        if any(ch.isdigit() for ch in tok):
            if len(tok) >= 2:
                out.append(tok)
        elif len(tok) >= 4:
            out.append(tok)
    return tuple(out)


def ngram_vector(text: str) -> np.ndarray:
    """Hashed character 2–4-gram counts of a lowercased text (word-boundary padded)."""
    vec = np.zeros(_HASH_DIM, dtype=np.float32)
    norm = " " + re.sub(r"\s+", " ", text.lower()).strip() + " "
    for n in (2, 3, 4):
        for i in range(len(norm) - n + 1):
            vec[zlib.crc32(norm[i : i + n].encode()) % _HASH_DIM] += 1.0
    return vec


def number_vector(text: str, lang: str) -> np.ndarray:
    vec = np.zeros(_NUM_DIM, dtype=np.float32)
    anchors = extract_anchors(text, lang)
    for value in (*anchors.numbers, *anchors.dates):
        vec[zlib.crc32(value.encode()) % _NUM_DIM] += 1.0
    return vec


def spans_from_rows(rows: np.ndarray, k: int) -> np.ndarray:
    """Sum k consecutive rows (n-gram counts are additive across sentences)."""
    n = rows.shape[0]
    out = rows.copy()
    for offset in range(1, min(k, n)):
        out[: n - offset] += rows[offset:]
    return out


def span_sums(values: np.ndarray, js: np.ndarray, k: int) -> np.ndarray:
    """Sums of values[j : j + k] for each j in js (float32; rows past the end add nothing)."""
    out = np.zeros((len(js), *values.shape[1:]), dtype=np.float32)
    for offset in range(k):
        idx = js + offset
        ok = idx < len(values)
        out[ok] += values[idx[ok]]
    return out


class SpanRows:
    """Additive row features (n-gram or number counts) with cheap sums over spans.

    Only the single-sentence rows are stored; a span's vector is the sum of its rows, so
    memory stays linear in the number of sentences whatever the bead shapes.
    """

    def __init__(self, rows: np.ndarray, max_span: int, normalise: bool) -> None:
        self.rows = rows
        self.n = rows.shape[0]
        self.normalise = normalise
        self.norms: dict[int, np.ndarray] = {}
        self._whole: dict[int, np.ndarray] = {}
        if normalise:
            for k in range(1, max_span + 1):
                sums = spans_from_rows(rows, k)
                self.norms[k] = np.maximum(np.linalg.norm(sums, axis=1), 1e-9)

    def unit_spans(self, js: np.ndarray, k: int) -> np.ndarray:
        """Unit-length span vectors for spans (j, k), j in js (kept whole for short texts)."""
        if self.n * self.rows.shape[1] <= _KEEP_WHOLE:
            whole = self._whole.get(k)
            if whole is None:
                every = np.arange(self.n)
                whole = self._whole[k] = self.spans(every, k) / self.norms[k][:, None]
            return whole[js]
        return self.spans(js, k) / self.norms[k][js][:, None]

    def spans(self, js: np.ndarray, k: int) -> np.ndarray:
        """Span vectors (sums of k rows) for spans (j, k), j in js."""
        return span_sums(self.rows, js, k)

    def mean_dot_with(self, sample: np.ndarray, k: int) -> np.ndarray:
        """For every span (i, k): mean dot product with the unit rows of `sample`."""
        per_row = self.rows @ sample.T  # (n, s), linear in rows so spans sum
        sums = spans_from_rows(per_row, k).mean(axis=1)
        return sums / self.norms[k]


def idf_weights(a: SpanRows, b: SpanRows) -> np.ndarray:
    """Inverse document frequency of each hashed column over the sentences of both texts."""
    df = (a.rows > 0).sum(axis=0) + (b.rows > 0).sum(axis=0)
    return np.log((a.n + b.n + 1.0) / (df + 1.0)).astype(np.float32)


def scaled_rows(rows: SpanRows, weights: np.ndarray) -> SpanRows:
    """The same rows with every column multiplied by its weight (spans stay sums of rows)."""
    return SpanRows(rows.rows * weights, max(rows.norms, default=1), rows.normalise)
