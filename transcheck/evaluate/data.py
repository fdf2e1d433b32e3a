"""Loaders for the evaluation corpora in `../shared/data`, read in place (never copied).

The shared folder is found, in order, from an explicit path, the TRANSCHECK_SHARED
environment variable, the checkout (`<repo>/../shared`) and the working directory
(`../shared`). A missing corpus raises `DataUnavailable` with a one-line message.
"""

from __future__ import annotations

import html
import json
import os
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from transcheck.errors import InputError

ENV_VAR = "TRANSCHECK_SHARED"
ALIGN_DEFR = "align-defr-dev"
IWSLT_ENVI = "iwslt15-envi-tst2012"
CED_ENDE = "wmt22-ced-ende-dev"
MT_CONDITIONS = ("none", "google", "europarllight")

Beads = tuple[tuple[tuple[int, ...], tuple[int, ...]], ...]


class DataUnavailable(InputError):
    """Raised when an evaluation corpus is not where the shared folder should hold it."""


def _candidates(override: str | Path | None) -> list[Path]:
    if override is not None:
        return [Path(override)]
    found = []
    if os.environ.get(ENV_VAR):
        found.append(Path(os.environ[ENV_VAR]))
    found.append(Path(__file__).resolve().parents[2] / ".." / "shared")
    found.append(Path.cwd() / ".." / "shared")
    return found


def data_dir(override: str | Path | None = None) -> Path:
    """The folder holding the corpora: `<shared>/data`, or `<shared>` itself if it holds them."""
    for root in _candidates(override):
        if (root / "data").is_dir():
            return (root / "data").resolve()
        if root.is_dir() and any((root / n).is_dir() for n in (ALIGN_DEFR, IWSLT_ENVI, CED_ENDE)):
            return root.resolve()
    where = _candidates(override)[0]
    raise DataUnavailable(f"shared data not found under {where} (set {ENV_VAR} or pass --data)")


def corpus_dir(name: str, override: str | Path | None = None) -> Path:
    """The folder of one corpus; `DataUnavailable` when it is absent."""
    path = data_dir(override) / name
    if not path.is_dir():
        raise DataUnavailable(f"corpus {name} not found at {path}")
    return path


def _lines(path: Path) -> tuple[str, ...]:
    if not path.is_file():
        raise DataUnavailable(f"missing file {path}")
    text = path.read_text(encoding="utf-8")
    # Only the final newline goes; empty lines inside are sentences too (line-aligned files).
    return tuple(line.rstrip("\r") for line in text.rstrip("\n").split("\n")) if text else ()


# --- German–French alignment dev (Text+Berg, Bleualign) -----------------------------------


@dataclass(frozen=True)
class AlignDev:
    """eval1957 dev: German source, French translation, gold beads and MT both ways."""

    src: tuple[str, ...]
    tgt: tuple[str, ...]
    gold: Beads
    # condition -> (src_mt: German→French per source line, tgt_mt: French→German per target line)
    mt: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]
    src_lang: str = "de"
    tgt_lang: str = "fr"

    def mt_for(self, condition: str) -> tuple[tuple[str, ...] | None, tuple[str, ...] | None]:
        if condition == "none":
            return None, None
        if condition not in self.mt:
            raise DataUnavailable(f"no MT files for condition {condition!r}")
        return self.mt[condition]


def parse_gold(obj: object) -> Beads:
    """Gold beads from golddev.json: `{"goldalign": [[[src...], [tgt...]], ...]}` or a bare list."""
    beads = obj.get("goldalign") if isinstance(obj, dict) else obj
    if not isinstance(beads, list):
        raise InputError("gold alignment: expected a list of [[src...], [tgt...]] beads")
    out = []
    for bead in beads:
        if not (isinstance(bead, list) and len(bead) == 2):
            raise InputError(f"gold alignment: malformed bead {bead!r}")
        out.append((tuple(int(i) for i in bead[0]), tuple(int(j) for j in bead[1])))
    return tuple(out)


def load_align_defr(override: str | Path | None = None) -> AlignDev:
    """Read eval1957.{de,fr}, the gold and both MT conditions; check the files line up."""
    d = corpus_dir(ALIGN_DEFR, override)
    # Read as tokenised ("Nov .  1956", "l' expédition"). Detokenised, strict F1 fell from
    # 0.928 to 0.890 without MT and from 0.929 to 0.901 with Google MT (docs/alignment.md).
    src, tgt = _lines(d / "eval1957.de"), _lines(d / "eval1957.fr")
    gold = parse_gold(json.loads((d / "golddev.json").read_text(encoding="utf-8")))
    mt = {}
    for cond in MT_CONDITIONS[1:]:
        # eval1957.<cond>.fr is the German translated to French (line by line with .de).
        src_mt, tgt_mt = _lines(d / f"eval1957.{cond}.fr"), _lines(d / f"eval1957.{cond}.de")
        if len(src_mt) != len(src) or len(tgt_mt) != len(tgt):
            raise InputError(f"{cond} MT files do not line up with eval1957.de/.fr")
        mt[cond] = (src_mt, tgt_mt)
    return AlignDev(src=src, tgt=tgt, gold=gold, mt=mt)


# --- IWSLT'15 English–Vietnamese ---------------------------------------------------------

_ATTACH_LEFT = {",", ".", "?", "!", ":", ";", "%", ")", "]", "}", "...", "n't"}
_CLITICS = {"'s", "'re", "'ve", "'ll", "'d", "'m", "'"}
_ATTACH_RIGHT = {"(", "[", "{", "$", "#"}


_TWICE_ESCAPED = re.compile(r"&\s?(amp|quot|apos|lt|gt|#\d+)\s?;")


def _entity(match: re.Match[str]) -> str:
    return html.unescape(f"&{match.group(1)};")


def detokenize(line: str) -> str:
    """Undo the Moses-style tokenisation and HTML escaping of the IWSLT files.

    `it &apos;s` → `it's`, `do n&apos;t` → `don't`, `&quot; a &quot;` → `"a"`, `( x )` → `(x)`.
    An entity escaped twice and then tokenised (`Proctor &amp; amp ; Gamble`) is one
    character too.
    """
    tokens = _TWICE_ESCAPED.sub(_entity, html.unescape(line)).split()
    out = ""
    glue_next = False
    quote_open = False
    for tok in tokens:
        if tok == '"':
            if quote_open:
                out += tok
            else:
                out += (" " if out else "") + tok
                glue_next = True
            quote_open = not quote_open
            continue
        left = tok in _ATTACH_LEFT or tok.lower() in _CLITICS or tok.lower() == "n't"
        out += tok if (left or glue_next or not out) else " " + tok
        # French elision: "l' expédition" → "l'expédition", "jusqu' à" → "jusqu'à"
        glue_next = tok in _ATTACH_RIGHT or (len(tok) > 1 and tok[-1] in "'’" and tok[-2].isalpha())
    return out


@dataclass(frozen=True)
class ParallelDoc:
    """A document pair with its gold alignment (and line-aligned MT where it exists)."""

    name: str
    src_lang: str
    tgt_lang: str
    src: tuple[str, ...]
    tgt: tuple[str, ...]
    beads: Beads
    src_mt: tuple[str | None, ...] | None = None
    tgt_mt: tuple[str | None, ...] | None = None
    # 1-based line of each source / translation sentence in the corpus files
    # (known_errors.py lists real errors by line)
    src_lines: tuple[int, ...] | None = None
    tgt_lines: tuple[int, ...] | None = None


def load_iwslt_envi(override: str | Path | None = None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """English and Vietnamese lines, unescaped and detokenised, line-aligned."""
    d = corpus_dir(IWSLT_ENVI, override)
    en, vi = _lines(d / "tst2012.en.txt"), _lines(d / "tst2012.vi.txt")
    if len(en) != len(vi):
        raise InputError("iwslt: tst2012.en.txt and tst2012.vi.txt differ in length")
    return tuple(detokenize(x) for x in en), tuple(detokenize(x) for x in vi)


def chunk_sizes(total: int, seed: int, low: int = 20, high: int = 40) -> list[int]:
    """Deterministic document lengths in [low, high] covering `total` (the rest is dropped)."""
    rng = random.Random(seed)
    sizes, used = [], 0
    while total - used >= low:
        n = min(rng.randint(low, high), total - used)
        sizes.append(n)
        used += n
    return sizes


def iwslt_documents(
    override: str | Path | None = None, seed: int = 0, low: int = 20, high: int = 40
) -> list[ParallelDoc]:
    """Consecutive runs of 20–40 line pairs; empty lines are skipped (they carry nothing)."""
    en, vi = load_iwslt_envi(override)
    pairs = [(e, v, n + 1) for n, (e, v) in enumerate(zip(en, vi, strict=True))]
    pairs = [p for p in pairs if p[0].strip() and p[1].strip()]
    docs, start = [], 0
    for k, n in enumerate(chunk_sizes(len(pairs), seed, low, high)):
        part = pairs[start : start + n]
        start += n
        beads = tuple(((i,), (i,)) for i in range(n))
        docs.append(
            ParallelDoc(
                f"iwslt-{k:02d}",
                "en",
                "vi",
                tuple(p[0] for p in part),
                tuple(p[1] for p in part),
                beads,
                src_lines=tuple(p[2] for p in part),
                tgt_lines=tuple(p[2] for p in part),
            )
        )
    return docs


def split_by_beads(
    dev: AlignDev, condition: str = "google", seed: int = 0, low: int = 20, high: int = 40
) -> list[ParallelDoc]:
    """Cut the de–fr dev into documents of ~20–40 source sentences at gold bead boundaries.

    Sentences the gold leaves unaligned (0-1, 1-0 beads) are dropped, so that an untouched
    document is a faithful translation and every finding on it is a false alarm. The MT
    lines of the kept sentences travel with them (`condition` "none" gives no MT).
    """
    src_mt, tgt_mt = dev.mt_for(condition)
    two_sided = [b for b in dev.gold if b[0] and b[1]]
    docs: list[ParallelDoc] = []
    rng = random.Random(seed)
    pos = 0
    while pos < len(two_sided):
        want = rng.randint(low, high)
        take: list[tuple[tuple[int, ...], tuple[int, ...]]] = []
        while pos < len(two_sided) and sum(len(b[0]) for b in take) < want:
            take.append(two_sided[pos])
            pos += 1
        if sum(len(b[0]) for b in take) < low:
            break
        s_idx = [i for b in take for i in b[0]]
        t_idx = [j for b in take for j in b[1]]
        s_map = {i: k for k, i in enumerate(s_idx)}
        t_map = {j: k for k, j in enumerate(t_idx)}
        beads = tuple((tuple(s_map[i] for i in s), tuple(t_map[j] for j in t)) for s, t in take)
        docs.append(
            ParallelDoc(
                f"defr-{len(docs):02d}",
                dev.src_lang,
                dev.tgt_lang,
                tuple(dev.src[i] for i in s_idx),
                tuple(dev.tgt[j] for j in t_idx),
                beads,
                tuple(src_mt[i] for i in s_idx) if src_mt else None,
                tuple(tgt_mt[j] for j in t_idx) if tgt_mt else None,
                tuple(i + 1 for i in s_idx),
                tuple(j + 1 for j in t_idx),
            )
        )
    return docs


def reversed_doc(doc: ParallelDoc) -> ParallelDoc:
    """The same pair read the other way: the published translation as the original.

    The corpora come in one direction each (en→vi, de→fr), but a checked translation may
    be in any language, our seed's is German. Read backwards, the Vietnamese subtitles are
    the original of an English translation and the French yearbook that of a German one, so
    the detectors meet English and German translations with the same gold."""
    return replace(
        doc,
        name=f"{doc.name}-rev",
        src_lang=doc.tgt_lang,
        tgt_lang=doc.src_lang,
        src=doc.tgt,
        tgt=doc.src,
        beads=tuple((t, s) for s, t in doc.beads),
        src_mt=doc.tgt_mt,
        tgt_mt=doc.src_mt,
        src_lines=doc.tgt_lines,
        tgt_lines=doc.src_lines,
    )


# --- WMT22 critical-error detection, en→de dev -------------------------------------------


@dataclass(frozen=True)
class CedData:
    src: tuple[str, ...]
    mt: tuple[str, ...]
    bad: tuple[bool, ...]  # True = BAD (a critical error), False = OK


def load_ced(override: str | Path | None = None) -> CedData:
    """dev.src / dev.mt / dev.label under en-de-dev/ (labels OK/BAD, one per line)."""
    d = corpus_dir(CED_ENDE, override)
    sub = d / "en-de-dev" if (d / "en-de-dev").is_dir() else d
    src, mt, labels = _lines(sub / "dev.src"), _lines(sub / "dev.mt"), _lines(sub / "dev.label")
    if not len(src) == len(mt) == len(labels):
        raise InputError("ced: dev.src, dev.mt and dev.label differ in length")
    unknown = {x.strip() for x in labels} - {"OK", "BAD"}
    if unknown:
        raise InputError(f"ced: unexpected labels {sorted(unknown)[:3]}")
    return CedData(src, mt, tuple(x.strip() == "BAD" for x in labels))


def stratified_sample(bad: Sequence[bool], limit: int | None, seed: int = 0) -> list[int]:
    """Sorted indices of a deterministic sample keeping the BAD share (all when no limit)."""
    n = len(bad)
    if limit is None or limit >= n:
        return list(range(n))
    rng = random.Random(seed)
    pos = [i for i in range(n) if bad[i]]
    neg = [i for i in range(n) if not bad[i]]
    k_pos = min(len(pos), max(1 if pos else 0, round(limit * len(pos) / n)))
    k_neg = min(len(neg), limit - k_pos)
    return sorted(rng.sample(pos, k_pos) + rng.sample(neg, k_neg))
