"""Argos packages run directly with CTranslate2 + SentencePiece, batched, on our own sentences.

`argostranslate.translate` re-splits text with stanza/minisbd (which download models); we
already have sentences, so we load the package's `model/` and `sentencepiece.model` ourselves.
Models load lazily, once per process.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from transcheck.errors import ModelError
from transcheck.translate.base import Hop, normalize_text, plan_route
from transcheck.translate.cache import TranslationCache
from transcheck.translate.packages import InstalledPackage, installed_packages, version_key

Progress = Callable[[str, int, int], None]
# Process-wide counters for benchmarks: sentences through a model and seconds spent there.
STATS = {"model_texts": 0, "model_seconds": 0.0}
CHUNK = 64  # sentences per translate_batch call: the unit of progress reports


def _env_int(key: str, default: int) -> int:
    try:
        return int(os.environ.get(key, default))
    except ValueError:
        return default


@dataclass(frozen=True)
class DecodeSettings:
    """How CTranslate2 runs; Argos' own ARGOS_* variables override our defaults."""

    beam_size: int = 4
    max_batch_size: int = 32
    compute_type: str = "int8"
    device: str = "cpu"
    inter_threads: int = 1
    intra_threads: int = 0
    length_penalty: float = 0.2  # Argos' value

    @classmethod
    def from_env(cls) -> DecodeSettings:
        """Threads from the CPU count: a few parallel replicas, each with several cores."""
        cpus = os.cpu_count() or 1
        inter = max(1, min(4, cpus // 4))
        return cls(
            beam_size=max(1, _env_int("ARGOS_BEAM_SIZE", 4)),
            max_batch_size=max(1, _env_int("ARGOS_BATCH_SIZE", 32)),
            compute_type=os.environ.get("ARGOS_COMPUTE_TYPE", "int8"),
            device=os.environ.get("ARGOS_DEVICE_TYPE", "cpu"),
            inter_threads=max(1, _env_int("ARGOS_INTER_THREADS", inter)),
            intra_threads=max(0, _env_int("ARGOS_INTRA_THREADS", max(1, cpus // inter))),
        )

    @property
    def engine_key(self) -> str:
        """What besides the package changes the output: part of the cache key."""
        return f"argos/{self.compute_type}/beam{self.beam_size}"


class ArgosModel:
    """One installed package, loaded on first use: tokenise → translate_batch → detokenise."""

    def __init__(self, package: InstalledPackage, settings: DecodeSettings) -> None:
        self.package = package
        self.settings = settings
        self._translator: Any = None
        self._sp: Any = None

    def load(self) -> None:
        if self._translator is not None:
            return
        try:
            import ctranslate2
            import sentencepiece

            compute = self.settings.compute_type
            if compute != "auto" and compute not in ctranslate2.get_supported_compute_types(
                self.settings.device
            ):
                compute = "default"
            self._sp = sentencepiece.SentencePieceProcessor(
                model_file=str(self.package.path / "sentencepiece.model")
            )
            self._translator = ctranslate2.Translator(
                str(self.package.path / "model"),
                device=self.settings.device,
                compute_type=compute,
                inter_threads=self.settings.inter_threads,
                intra_threads=self.settings.intra_threads,
            )
        except (RuntimeError, OSError, ValueError) as exc:
            first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise ModelError(
                f"cannot load Argos package {self.package.from_code}→{self.package.to_code} at "
                f"{self.package.path} ({first}); reinstall it with `transcheck models install "
                f"{self.package.from_code} {self.package.to_code}`"
            ) from None

    def translate(self, texts: Sequence[str]) -> list[str]:
        """Translate sentences; CTranslate2 sub-batches each call by max_batch_size.

        Each sentence's decoding limit depends on its own length only, so a sentence gets the
        same translation alone or in any batch, and the cache stays consistent.
        """
        started = time.perf_counter()
        self.load()
        tokens = [self._sp.encode(t, out_type=str) for t in texts]
        out: list[str] = [""] * len(texts)
        groups: dict[int, list[int]] = {}
        for i, toks in enumerate(tokens):
            groups.setdefault(decoding_limit(len(toks)), []).append(i)
        for limit, members in groups.items():
            for i, text in zip(
                members, self._run([tokens[i] for i in members], limit), strict=True
            ):
                out[i] = text
        STATS["model_seconds"] += time.perf_counter() - started
        STATS["model_texts"] += len(texts)
        return out

    def _run(self, tokens: list[list[str]], limit: int) -> list[str]:
        prefix = self.package.target_prefix
        results = self._translator.translate_batch(
            tokens,
            target_prefix=[[prefix] for _ in tokens] if prefix else None,
            beam_size=self.settings.beam_size,
            max_batch_size=self.settings.max_batch_size,
            length_penalty=self.settings.length_penalty,
            replace_unknowns=True,
            max_decoding_length=limit,
        )
        out = []
        for result in results:
            pieces = list(result.hypotheses[0])
            if prefix and pieces and pieces[0] == prefix:
                pieces = pieces[1:]
            out.append(self._sp.decode_pieces(pieces).replace("▁", " ").strip())
        return out


def decoding_limit(source_tokens: int) -> int:
    """Most target tokens for a source sentence: 3× plus slack, in steps of 32, at most 512.

    No sentence needs more; the cap stops weak models that repeat themselves forever.
    """
    return min(512, -(-(3 * source_tokens + 16) // 32) * 32)


_LOADED: dict[tuple, ArgosModel] = {}


def get_model(package: InstalledPackage, settings: DecodeSettings) -> ArgosModel:
    """The process-wide model for this package (reloaded if the package was reinstalled)."""
    try:
        stamp = (package.path / "model" / "model.bin").stat().st_mtime_ns
    except OSError:
        stamp = 0
    key = (package.path, package.package_version, stamp, settings)
    if key not in _LOADED:
        _LOADED[key] = ArgosModel(package, settings)
    return _LOADED[key]


@dataclass
class ArgosTranslator:
    """The Translator over installed Argos packages, pivoting through English when needed."""

    packages: list[InstalledPackage] = field(default_factory=installed_packages)
    cache: TranslationCache | None = None
    settings: DecodeSettings = field(default_factory=DecodeSettings.from_env)
    progress: Progress | None = None
    name: str = "argos"
    used: set[str] = field(default_factory=set)  # labels of packages whose output we used
    model_sentences: int = 0  # sentences that went through a model (not the cache)

    def package_for(self, hop: Hop) -> InstalledPackage:
        matches = [p for p in self.packages if p.pair == tuple(hop)]
        return max(matches, key=lambda p: version_key(p.package_version))

    def route(self, src: str, tgt: str) -> list[Hop] | None:
        return plan_route(src, tgt, {p.pair for p in self.packages})

    def translate(self, texts: Sequence[str], src: str, tgt: str) -> list[str | None]:
        return self.translate_with_pivot(texts, src, tgt)[0]

    def translate_with_pivot(
        self, texts: Sequence[str], src: str, tgt: str
    ) -> tuple[list[str | None], list[str | None]]:
        """(translations, English pivot texts); all None when no route; pivots None if direct."""
        route = self.route(src, tgt)
        nothing: list[str | None] = [None] * len(texts)
        if route is None:
            return list(nothing), list(nothing)
        current = list(texts)
        middle: list[str | None] = list(nothing)
        for number, hop in enumerate(route):
            current = self.run_hop(hop, current)
            if number == 0 and len(route) > 1:
                middle = list(current)
        return list(current), middle

    def run_hop(self, hop: Hop, texts: Sequence[str]) -> list[str]:
        """One package over the texts: cache first, then the model on distinct misses."""
        package = self.package_for(hop)
        engine, version = (
            self.settings.engine_key,
            f"{package.from_code}-{package.to_code}@" + (package.package_version),
        )
        keys = [normalize_text(t) for t in texts]
        known = self.cache.get_many(engine, version, hop.src, hop.tgt, texts) if self.cache else {}
        known[""] = ""
        todo = [k for k in dict.fromkeys(keys) if k not in known]
        # similar lengths in one call waste less padding; order restored through `known`
        todo.sort(key=len)
        label = f"translating {hop}"
        if self.progress is not None:
            self.progress(label, 0, len(todo))
        model = get_model(package, self.settings) if todo else None
        for start in range(0, len(todo), CHUNK):
            chunk = todo[start : start + CHUNK]
            assert model is not None
            produced = model.translate(chunk)
            self.model_sentences += len(chunk)
            fresh = list(zip(chunk, produced, strict=True))
            known.update(fresh)
            if self.cache is not None:
                self.cache.put_many(engine, version, hop.src, hop.tgt, fresh)
            if self.progress is not None:
                self.progress(label, min(start + CHUNK, len(todo)), len(todo))
        self.used.add(package.label)
        return [known[k] for k in keys]
