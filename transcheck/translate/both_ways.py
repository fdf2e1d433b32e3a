"""Translate each side into the other side's language: memory → cache → Argos, per sentence.

MT is evidence, never a requirement: when a direction has no route, its texts stay None, the
run goes on on embeddings and anchors, and MTInfo.note says in one line how to add MT.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from transcheck.errors import ModelError
from transcheck.model import MTInfo, Side, Translations
from transcheck.options import Options
from transcheck.translate.argos import ArgosTranslator, Progress
from transcheck.translate.cache import TranslationCache
from transcheck.translate.memory import TranslationMemory, load_memory
from transcheck.translate.packages import FILE_HINT, installed_packages


@dataclass
class Direction:
    """The outcome of one direction (e.g. vi→de) for one side's sentences."""

    src: str
    tgt: str
    texts: list[str | None]
    pivots: list[str | None]
    from_memory: int = 0
    from_model: int = 0
    identity: bool = False
    problem: str | None = None  # "no-route", "off", or a model error message
    packages: set[str] = field(default_factory=set)

    @property
    def missing(self) -> int:
        return sum(t is None for t in self.texts)

    @property
    def name(self) -> str:
        return f"{self.src}→{self.tgt}"


def translate_direction(
    texts: Sequence[str],
    src: str,
    tgt: str,
    memory: TranslationMemory,
    argos: ArgosTranslator | None,
) -> Direction:
    """Fill what the memory knows, then let Argos (through its cache) do the rest."""
    n = len(texts)
    out: list[str | None] = [None] * n
    pivots: list[str | None] = [None] * n
    if src == tgt:  # same language (allowed by the user): the text is its own translation
        return Direction(src, tgt, list(texts), pivots, identity=True)
    for i, found in enumerate(memory.translate(texts, src, tgt)):
        out[i] = found
    direction = Direction(src, tgt, out, pivots, from_memory=sum(x is not None for x in out))
    todo = [i for i in range(n) if out[i] is None]
    if not todo:
        return direction
    if argos is None:
        direction.problem = "off"
        return direction
    if argos.route(src, tgt) is None:
        direction.problem = "no-route"
        return direction
    try:
        final, middle = argos.translate_with_pivot([texts[i] for i in todo], src, tgt)
    except ModelError as exc:
        direction.problem = str(exc)
        return direction
    for i, text, pivot in zip(todo, final, middle, strict=True):
        out[i], pivots[i] = text, pivot
    direction.from_model = len(todo)
    direction.packages = {argos.package_for(hop).label for hop in argos.route(src, tgt) or []}
    return direction


def install_command(src: str, tgt: str) -> str:
    return f"`transcheck models install {src} {tgt}`"


def describe_missing(directions: Sequence[Direction]) -> str | None:
    """One line saying which directions lack MT and the command that adds it (None if none)."""
    lacking = [d for d in directions if d.missing]
    if not lacking:
        return None
    parts = []
    for d in lacking:
        share = "" if d.missing == len(d.texts) else f" for {d.missing} of {len(d.texts)} sentences"
        parts.append(f"{d.name}{share}")
    head = "no machine translation " + ", ".join(parts)
    if all(d.problem == "off" for d in lacking):
        return f"{head}: model translation is turned off for this run"
    errors = [d.problem for d in lacking if d.problem not in ("no-route", "off", None)]
    if errors:
        return f"{head}: {errors[0]}"
    commands = " and ".join(install_command(d.src, d.tgt) for d in lacking)
    model = "models" if len(lacking) > 1 else "a model"
    return f"{head}: install {model} with {commands} (or from a file: {FILE_HINT})"


def mt_info(directions: Sequence[Direction]) -> MTInfo:
    """available = some MT text exists; the note (when set) says what is missing."""
    sources = []
    if any(d.from_memory for d in directions):
        sources.append("memory")
    if any(d.from_model for d in directions):
        sources.append("argos")
    if not sources and any(d.identity for d in directions):
        sources.append("identity")
    packages = sorted(set().union(*(d.packages for d in directions)))
    available = any(t is not None for d in directions for t in d.texts)
    return MTInfo(
        engine="+".join(sources) or "none",
        available=available,
        packages=tuple(packages),
        note=describe_missing(directions),
    )


def translate_both_ways(
    source: Side,
    translation: Side,
    options: Options,
    *,
    progress: Progress | None = None,
) -> Translations:
    """MT of the source into the translation's language and of the translation back.

    Raises InputError for a malformed --mt-memory line, ModelError when `require_mt` is set
    and some sentence has no MT. Prints nothing: the CLI shows `info.note` once.
    """
    memory = load_memory(options.mt_memory)
    argos = None
    if options.use_argos:
        packages = installed_packages()
        cache = (
            TranslationCache.in_dir(options.cache_dir) if options.use_cache and packages else None
        )
        argos = ArgosTranslator(packages=packages, cache=cache, progress=progress)
    try:
        forward = translate_direction(source.texts, source.lang, translation.lang, memory, argos)
        backward = translate_direction(
            translation.texts, translation.lang, source.lang, memory, argos
        )
    finally:
        if argos is not None and argos.cache is not None:
            argos.cache.close()
    info = mt_info([forward, backward])
    if options.require_mt and info.note:
        raise ModelError(info.note)
    has_pivot = any(p is not None for p in forward.pivots + backward.pivots)
    return Translations(
        src_to_tgt=tuple(forward.texts),
        tgt_to_src=tuple(backward.texts),
        src_pivot=tuple(forward.pivots) if has_pivot else (),
        tgt_pivot=tuple(backward.pivots) if has_pivot else (),
        info=info,
    )
