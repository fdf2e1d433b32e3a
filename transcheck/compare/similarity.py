"""How alike a source span and a translation span are: the cost side of alignment.

A score blends four signals, each made comparable across documents by subtracting what a
random pair scores in *this* document (a margin, as LASER/vecalign do, because raw e5
cosines are compressed: unrelated ≈ 0.75, parallel ≈ 0.9):

* embedding cosine of the two spans (multilingual e5; spans of up to TEXT_SPAN sentences
  are embedded as one concatenated text, which beats summing sentence vectors by 0.02–0.05
  F1 on the dev gold; longer spans combine two such texts; punctuation spaced first,
  `features.spaced`, as running text otherwise loses 0.03 F1 to merged spans);
* MT lexical similarity both ways: character n-gram cosine of MT(src) vs tgt and of src vs
  MT(tgt) (a vectorised cousin of chrF), n-grams weighted by their inverse document
  frequency, and the signal weighted by how often MT agrees with the embeddings on the
  sentences the embeddings are unsure of, so a garbage model cannot override them;
* length agreement (a Gale–Church style prior on the log length ratio);
* anchor agreement: shared numbers raise the score, contradicting numbers lower it.

Beside the score, `Scorer.matches` counts the rare names and numbers two spans share
verbatim: the search adds it as bead-level evidence (see align.py), and `open_ends` marks
segments cut mid-clause.

Everything is vectorised by rows so the search can ask for one source span against a window
of translation spans at once. The per-sentence features live in features.py.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from transcheck.compare.features import (
    SpanRows,
    anchor_words,
    carried_on,
    content_weights,
    idf_weights,
    ngram_vector,
    number_vector,
    open_ends,
    scaled_rows,
    spaced,
    span_sums,
    span_texts,
)

MAX_SPAN = 5  # longest span on one side of a bead (1-5, 5-1)
TEXT_SPAN = 4  # spans up to this many sentences are embedded as one text
_SHARED_DIM = 1024
_RANDOM_SAMPLES = 256
_MIN_HARD = 10  # hard sentences needed to measure MT agreement on them alone


@dataclass(frozen=True)
class Weights:
    """Blend of the signals (fitted on German–French dev gold; see docs/alignment.md)."""

    emb: float = 1.0
    mt: float = 1.0
    length: float = 0.05
    numbers: float = 0.05
    emb_scale: float = 0.10  # margin of a typical true pair, embedding
    mt_scale: float = 0.25  # margin of a typical true pair, char n-grams


@dataclass
class SideFeatures:
    """What the scorer needs about one side of the alignment."""

    emb: dict[int, np.ndarray] = field(default_factory=dict)  # k → unit rows of span texts
    own: SpanRows | None = None  # char n-grams of the sentences
    mt: SpanRows | None = None  # char n-grams of their MT into the other language
    mt_ok: np.ndarray | None = None  # 1.0 where a sentence has MT
    length: np.ndarray | None = None  # characters per sentence
    numbers: SpanRows | None = None
    content: np.ndarray | None = None  # how much each sentence says, in [0, 1]
    open_end: np.ndarray | None = None  # 1.0 where a sentence ends in ; : , (clause goes on)
    carried: np.ndarray | None = None  # 1.0 where a sentence is cut and the next carries it on
    words: list[tuple[str, ...]] = field(default_factory=list)  # name/number-like tokens
    max_span: int = MAX_SPAN
    size: int = 0

    def span_length(self, js: np.ndarray, k: int) -> np.ndarray:
        assert self.length is not None
        return span_sums(self.length, js, k)

    def span_mt_ok(self, js: np.ndarray, k: int) -> np.ndarray:
        """1.0 where every sentence of the span has MT."""
        assert self.mt_ok is not None
        ok = np.ones(len(js), dtype=np.float32)
        for offset in range(k):
            idx = np.minimum(js + offset, self.size - 1)
            ok *= np.where(js + offset < self.size, self.mt_ok[idx], 1.0)
        return ok


def side_features(
    sentences: Sequence[str],
    lang: str,
    embed,
    mt: Sequence[str | None] | None = None,
    max_span: int = MAX_SPAN,
    text_span: int = TEXT_SPAN,
) -> SideFeatures:
    """Everything the scorer needs about one side; `embed` maps texts to unit vectors."""
    feats = SideFeatures(size=len(sentences), max_span=max_span)
    if not sentences:
        return feats
    feats.own = SpanRows(np.vstack([ngram_vector(s) for s in sentences]), max_span, True)
    feats.numbers = SpanRows(
        np.vstack([number_vector(s, lang) for s in sentences]), max_span, False
    )
    feats.length = np.array([len(s) for s in sentences], dtype=np.float32)
    feats.content = content_weights(sentences)
    feats.open_end = open_ends(sentences)
    feats.carried = carried_on(sentences)
    feats.words = [anchor_words(s) for s in sentences]
    if mt is not None and any(mt):
        feats.mt = SpanRows(np.vstack([ngram_vector(m or "") for m in mt]), max_span, True)
        feats.mt_ok = np.array([1.0 if m else 0.0 for m in mt], dtype=np.float32)
    for k in range(1, min(max_span, text_span) + 1):
        feats.emb[k] = embed([spaced(t) for t in span_texts(sentences, k)])
    for k in range(text_span + 1, max_span + 1):
        # longer spans: the embedded head plus the rest, so embedding cost stays bounded
        head = feats.emb[text_span]
        rest = np.zeros_like(head)
        if len(head) > text_span:
            rest[: len(head) - text_span] = feats.emb[k - text_span][text_span:]
        both = head + rest
        feats.emb[k] = both / np.maximum(np.linalg.norm(both, axis=1, keepdims=True), 1e-12)
    return feats


@dataclass
class SharedTokens:
    """Both sides' counts of the tokens they share verbatim (hashed), with rarity weights."""

    src: SpanRows
    tgt: SpanRows
    rarity: np.ndarray  # per hashed token: log(1 / document frequency) / log(sentences)

    def matches(self, a: int, iz: np.ndarray, b: int, jz: np.ndarray) -> np.ndarray:
        """Σ over shared tokens of rarity × min(count in source span, count in target span)."""
        cs = self.src.spans(iz, a)
        cols = np.flatnonzero(cs.any(axis=0))  # the few tokens these source spans hold
        cs, rarity = cs[:, cols], self.rarity[cols]
        ct = self.tgt.spans(jz, b)[:, cols]
        out = np.zeros((len(iz), len(jz)), dtype=np.float32)
        for k in (1.0, 2.0, 3.0):  # min(x, y) = Σ_k [x >= k][y >= k] for counts up to 3
            if cs.max(initial=0.0) < k or ct.max(initial=0.0) < k:
                break
            out += ((cs >= k) * rarity) @ (ct >= k).astype(np.float32).T
        return out


def shared_tokens(src: SideFeatures, tgt: SideFeatures) -> SharedTokens | None:
    """Count rows over the tokens (names, numbers) spelled the same on both sides.

    A token found in every sentence says nothing about which sentences go together, so each
    counts by its rarity: 1 for a token in a single sentence, 0 for one in all of them.
    """
    if not src.words or not tgt.words:
        return None
    df_s: dict[str, int] = {}
    df_t: dict[str, int] = {}
    for words, df in ((src.words, df_s), (tgt.words, df_t)):
        for ws in words:
            for w in set(ws):
                df[w] = df.get(w, 0) + 1
    vocab = [w for w in df_s if w in df_t]
    if not vocab:
        return None
    n_s, n_t = len(src.words), len(tgt.words)
    scale = float(np.log(max(n_s, n_t, 2)))
    # one column per token while they fit, hashed beyond: memory stays linear in sentences
    dim = min(len(vocab), _SHARED_DIM)
    if len(vocab) <= _SHARED_DIM:
        index = {w: k for k, w in enumerate(vocab)}
    else:
        index = {w: zlib.crc32(w.encode()) % _SHARED_DIM for w in vocab}
    rarity = np.zeros(dim, dtype=np.float32)
    for w in vocab:
        share = max(df_s[w] / n_s, df_t[w] / n_t)
        rarity[index[w]] = max(rarity[index[w]], float(np.log(1.0 / share)) / scale)
    rows = []
    for words in (src.words, tgt.words):
        mat = np.zeros((len(words), dim), dtype=np.float32)
        for r, ws in enumerate(words):
            for w in ws:
                if w in index:
                    mat[r, index[w]] += 1.0
        rows.append(SpanRows(mat, MAX_SPAN, False))
    return SharedTokens(rows[0], rows[1], rarity)


def _idf_weighted(
    src: SideFeatures, tgt: SideFeatures, fwd: bool, bwd: bool
) -> tuple[SideFeatures, SideFeatures]:
    """Both sides with their compared n-gram rows weighted by document IDF.

    Raw counts are dominated by the n-grams of function words (" le", "es "); weighted by how
    rare they are in this document, MT(src) vs tgt finds the gold 1-1 partner of a dev
    sentence 0.93 of the time with Google MT instead of 0.81 (0.62 vs 0.38 with europarllight).
    MT(src) is compared with tgt (one language), src with MT(tgt) (the other), so each pair
    gets the IDF of its own language.
    """
    if fwd:
        assert src.mt is not None and tgt.own is not None
        idf = idf_weights(src.mt, tgt.own)
        src = replace(src, mt=scaled_rows(src.mt, idf))
        tgt = replace(tgt, own=scaled_rows(tgt.own, idf))
    if bwd:
        assert tgt.mt is not None and src.own is not None
        idf = idf_weights(tgt.mt, src.own)
        tgt = replace(tgt, mt=scaled_rows(tgt.mt, idf))
        src = replace(src, own=scaled_rows(src.own, idf))
    return src, tgt


class Scorer:
    """Scores (source span, translation span) pairs; ≈ 1 for a typical true pair, ≈ 0 random."""

    def __init__(
        self,
        src: SideFeatures,
        tgt: SideFeatures,
        weights: Weights | None = None,
        seed: int = 0,
    ) -> None:
        self.w = weights or Weights()
        self.mt_fwd = src.mt is not None and tgt.size > 0
        self.mt_bwd = tgt.mt is not None and src.size > 0
        src, tgt = _idf_weighted(src, tgt, self.mt_fwd, self.mt_bwd)
        self.src, self.tgt = src, tgt
        self.mt_weight = 0.0
        self.length_ratio = 1.0
        self._base: dict[tuple[str, int], np.ndarray] = {}
        self._shared: SharedTokens | None = None
        self._mutual: list[tuple[int, int]] | None = None
        if src.size == 0 or tgt.size == 0:
            return
        rng = np.random.default_rng(seed)
        s_idx = np.sort(rng.choice(src.size, size=min(_RANDOM_SAMPLES, src.size), replace=False))
        t_idx = np.sort(rng.choice(tgt.size, size=min(_RANDOM_SAMPLES, tgt.size), replace=False))
        assert src.own is not None and tgt.own is not None
        own_s1 = src.own.rows[s_idx] / src.own.norms[1][s_idx, None]
        own_t1 = tgt.own.rows[t_idx] / tgt.own.norms[1][t_idx, None]
        for k in range(1, src.max_span + 1):
            self._base["emb_s", k] = (src.emb[k] @ tgt.emb[1][t_idx].T).mean(axis=1)
            if self.mt_bwd:
                assert tgt.mt is not None
                mt_t1 = tgt.mt.rows[t_idx] / tgt.mt.norms[1][t_idx, None]
                self._base["bwd_s", k] = src.own.mean_dot_with(mt_t1, k)
            if self.mt_fwd:
                assert src.mt is not None
                self._base["fwd_s", k] = src.mt.mean_dot_with(own_t1, k)
        for k in range(1, tgt.max_span + 1):
            self._base["emb_t", k] = (tgt.emb[k] @ src.emb[1][s_idx].T).mean(axis=1)
            if self.mt_fwd:
                assert src.mt is not None
                mt_s1 = src.mt.rows[s_idx] / src.mt.norms[1][s_idx, None]
                self._base["fwd_t", k] = tgt.own.mean_dot_with(mt_s1, k)
            if self.mt_bwd:
                assert tgt.mt is not None
                self._base["bwd_t", k] = tgt.mt.mean_dot_with(own_s1, k)
        assert src.length is not None and tgt.length is not None
        self.length_ratio = float(tgt.length.sum() or 1.0) / float(src.length.sum() or 1.0)
        if self.mt_fwd or self.mt_bwd:
            self.mt_weight = self._mt_agreement(s_idx)
        self._shared = shared_tokens(src, tgt)

    def matches(self, a: int, iz: np.ndarray, b: int, jz: np.ndarray) -> np.ndarray:
        """Rare names and numbers the spans share verbatim (rarity-weighted min counts).

        Kept out of block(): it counts evidence (more shared anchors, more evidence) rather
        than measuring similarity, and it is what tells a 2-2 bead from two 1-1 beads when
        a name or number crosses the sentence boundary on one side only.
        """
        if self._shared is None:
            return np.zeros((len(iz), len(jz)), dtype=np.float32)
        return self._shared.matches(a, iz, b, jz)

    def block(self, a: int, iz: np.ndarray, b: int, jz: np.ndarray) -> np.ndarray:
        """Scores of source spans (i, a), i in iz, against translation spans (j, b), j in jz.

        Returns a len(iz) × len(jz) matrix; ≈ 1 for a typical true pair, ≈ 0 for a random one.
        Indices must be valid span starts (the caller masks spans that run off the end).
        """
        c = self.components(a, iz, b, jz)
        w = self.w
        emb = c["emb"] / w.emb_scale
        if "mt" in c and self.mt_weight > 0:
            wm = w.mt * self.mt_weight * c["mt_mask"]
            blended = (w.emb * emb + wm * c["mt"] / w.mt_scale) / (w.emb + wm)
        else:
            blended = emb
        blended = blended - w.length * 10.0 * c["length"] ** 2
        return blended + w.numbers * 2.0 * c["numbers"]

    def components(self, a: int, iz: np.ndarray, b: int, jz: np.ndarray) -> dict[str, np.ndarray]:
        """Each signal as a len(iz) × len(jz) matrix (margins over random pairs)."""
        s, t = self.src, self.tgt
        cos = s.emb[a][iz] @ t.emb[b][jz].T
        base = 0.5 * (self._base["emb_s", a][iz][:, None] + self._base["emb_t", b][jz][None, :])
        out = {"cos": cos, "emb": cos - base}
        if self.mt_fwd or self.mt_bwd:
            out["mt"], out["mt_mask"] = self._lexical(a, iz, b, jz)
        ls = s.span_length(iz, a) * self.length_ratio
        out["length"] = np.log((t.span_length(jz, b)[None, :] + 10.0) / (ls[:, None] + 10.0))
        assert s.numbers is not None and t.numbers is not None
        ns = s.numbers.spans(iz, a)
        nt = t.numbers.spans(jz, b)
        dot = ns @ nt.T
        total = ns.sum(axis=1)[:, None] + nt.sum(axis=1)[None, :]
        out["numbers"] = np.where(total > 0, 4.0 * dot / np.maximum(total, 1.0) - 1.0, 0.0)
        return out

    def _lexical(
        self, a: int, iz: np.ndarray, b: int, jz: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        """MT lexical margins (mean of the directions available) and where MT exists."""
        s, t = self.src, self.tgt
        shape = (len(iz), len(jz))
        total = np.zeros(shape, dtype=np.float32)
        count = np.zeros(shape, dtype=np.float32)
        if self.mt_fwd:
            assert s.mt is not None and t.own is not None
            ok = s.span_mt_ok(iz, a)[:, None] * np.ones((1, len(jz)), dtype=np.float32)
            fwd = s.mt.unit_spans(iz, a) @ t.own.unit_spans(jz, b).T
            base = self._base["fwd_s", a][iz][:, None] + self._base["fwd_t", b][jz][None, :]
            total += ok * (fwd - 0.5 * base)
            count += ok
        if self.mt_bwd:
            assert t.mt is not None and s.own is not None
            ok = np.ones((len(iz), 1), dtype=np.float32) * t.span_mt_ok(jz, b)[None, :]
            bwd = s.own.unit_spans(iz, a) @ t.mt.unit_spans(jz, b).T
            base = self._base["bwd_s", a][iz][:, None] + self._base["bwd_t", b][jz][None, :]
            total += ok * (bwd - 0.5 * base)
            count += ok
        return total / np.maximum(count, 1.0), (count > 0).astype(np.float32)

    def _mt_agreement(self, s_idx: np.ndarray) -> float:
        """How often MT's best match for a hard source sentence is also the embeddings' best.

        Hard sentences are those without a mutual nearest neighbour by embedding: where the
        embedding is confident, any sensible MT agrees with it and the agreement says little
        about what MT adds (on the dev set, all rows: Google 0.83, europarllight 0.60; hard
        rows: 0.35 and 0.25). With fewer than _MIN_HARD hard sentences the random sample
        stands in. Rescaled so that chance agreement (1/m) is 0 and full agreement 1: a
        garbage model gets no say in the score.
        """
        confident = np.zeros(self.src.size, dtype=bool)
        confident[[i for i, _ in self.mutual_neighbours()]] = True
        hard = np.flatnonzero(~confident)
        if len(hard) >= _MIN_HARD:
            rows = hard[np.linspace(0, len(hard) - 1, min(len(hard), 128)).astype(np.int64)]
        else:
            rows = s_idx[:128]
        js = np.arange(self.tgt.size)
        emb = self.src.emb[1][rows] @ self.tgt.emb[1].T
        lex, mask = self._lexical(1, rows, 1, js)
        has = mask.sum(axis=1) > 0
        if not has.any():
            return 0.0
        lex = np.where(mask > 0, lex, -np.inf)
        rate = float(np.mean((np.argmax(emb, axis=1) == np.argmax(lex, axis=1))[has]))
        if self.tgt.size < 3:
            return 1.0 if rate >= 0.5 else 0.0
        chance = 1.0 / self.tgt.size
        return float(np.clip((rate - chance) / (1.0 - chance), 0.0, 1.0))

    def mutual_neighbours(self, chunk: int = 1024) -> list[tuple[int, int]]:
        """Pairs (i, j) that are each other's nearest neighbour by embedding (cached).

        Computed chunk by chunk, so memory stays linear; the banded search's anchor path
        and the MT weight both start from them.
        """
        if self._mutual is not None:
            return self._mutual
        src, tgt = self.src.emb.get(1), self.tgt.emb.get(1)
        if src is None or tgt is None or not len(src) or not len(tgt):
            self._mutual = []
            return self._mutual
        n, m = len(src), len(tgt)
        best_j = np.empty(n, dtype=np.int64)
        best_i_val = np.full(m, -np.inf)
        best_i = np.zeros(m, dtype=np.int64)
        for start in range(0, n, chunk):
            sims = src[start : start + chunk] @ tgt.T
            best_j[start : start + chunk] = np.argmax(sims, axis=1)
            col_max = sims.max(axis=0)
            col_arg = np.argmax(sims, axis=0) + start
            upd = col_max > best_i_val
            best_i_val[upd], best_i[upd] = col_max[upd], col_arg[upd]
        self._mutual = [(i, int(best_j[i])) for i in range(n) if best_i[best_j[i]] == i]
        return self._mutual

    def pair_scores(self) -> np.ndarray:
        """Full 1-1 score matrix (n × m), for findings on article-sized inputs."""
        if self.src.size == 0 or self.tgt.size == 0:
            return np.zeros((self.src.size, self.tgt.size), dtype=np.float32)
        return self.block(1, np.arange(self.src.size), 1, np.arange(self.tgt.size))
