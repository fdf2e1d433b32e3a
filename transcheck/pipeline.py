"""Wires the stages together: acquire → prepare → translate → compare → report object.

Nothing here computes anything itself; each step is one call into a stage.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from transcheck import __version__
from transcheck import compare as compare_stage
from transcheck.compare import AlignSettings, build_scorer
from transcheck.compare.align import SHAPES, align, pin_headlines
from transcheck.compare.embed import MODEL_NAME
from transcheck.compare.findings import Thresholds, find, headed, split_unrelated, summarise
from transcheck.errors import InputError, UsageError
from transcheck.model import (
    Article,
    Bead,
    MTInfo,
    Report,
    Role,
    Sentence,
    Side,
    Translations,
)
from transcheck.options import Options, cache_dir
from transcheck.text import anchors, lang, segment
from transcheck.text.lexicon import Lexicon

Progress = Callable[[str], None]

SIGNATURE_KEYS = ("transcheck", "embedding", "mt", "align", "thresholds")


def signature(options: Options, info: MTInfo | None = None) -> dict[str, str]:
    """Everything that produced a result, so two results are comparable only when equal."""
    cfg = AlignSettings()
    th = Thresholds.of(options.thresholds)
    mt = "none"
    if info is not None:
        mt = info.engine + (f"[{','.join(info.packages)}]" if info.packages else "")
    return {
        "transcheck": __version__,
        "embedding": MODEL_NAME,
        "mt": mt,
        "align": (
            f"threshold={cfg.threshold:g},gamma={cfg.gamma:g},band={cfg.band},"
            f"open_end={cfg.open_end:g},shared={cfg.shared:g},cut={cfg.cut:g},"
            f"fragment={cfg.fragment:g},"
            f"shapes={len(cfg.shapes or SHAPES)}"
        ),
        "thresholds": ",".join(f"{k}={v}" for k, v in th.as_dict().items()),
    }


def prepare(article: Article, role: Role, language: str) -> Side:
    """Split an article into sentences with anchors."""
    sentences = tuple(
        Sentence(index=i, text=text, paragraph=p, anchors=anchors.extract(text, language))
        for i, (p, text) in enumerate(segment.split(article.paragraphs, language))
    )
    return Side(role=role, article=article, lang=language, sentences=sentences)


def _text_side(texts: Sequence[str], role: Role, language: str) -> Side:
    """A Side from presegmented sentences (one per line, kept as given)."""
    article = Article(None, "-", None, None, None, tuple(texts))
    sentences = tuple(
        Sentence(index=i, text=t, paragraph=i, anchors=anchors.extract(t, language))
        for i, t in enumerate(texts)
    )
    return Side(role=role, article=article, lang=language, sentences=sentences)


def compare(
    source: Side,
    translation: Side,
    translations: Translations,
    options: Options,
    progress: Progress | None = None,
) -> Report:
    """Align two prepared sides and read the findings off the alignment."""
    say = progress or (lambda _msg: None)
    say("embedding sentences")
    src_mt = translations.src_to_tgt if any(translations.src_to_tgt) else None
    tgt_mt = translations.tgt_to_src if any(translations.tgt_to_src) else None
    thresholds = Thresholds.of(options.thresholds)
    # one embedder for sentences, spans and (in findings) the clauses inside beads
    embedder = compare_stage.make_embedder(options.use_cache, options.cache_dir)
    lexicon_dir = cache_dir(options.cache_dir) / "lexicon" if options.use_cache else None
    try:
        scorer = build_scorer(
            source.texts,
            translation.texts,
            source.lang,
            translation.lang,
            src_mt=src_mt,
            tgt_mt=tgt_mt,
            embed=embedder.embed,
        )
        say("aligning")
        pair_scores = scorer.pair_scores()
        beads = align(scorer)
        if all(headed(side.sentences, side.article.title) for side in (source, translation)):
            beads = pin_headlines(beads, scorer)
        beads = split_unrelated(
            beads,
            source.sentences,
            translation.sentences,
            source.lang,
            translation.lang,
            src_mt,
            tgt_mt,
            pair_scores,
        )
        say("reading findings")
        findings = find(
            beads,
            source.sentences,
            translation.sentences,
            source.lang,
            translation.lang,
            pair_scores,
            src_mt,
            tgt_mt,
            thresholds,
            embed=embedder.embed,
            lexicon=Lexicon(lexicon_dir),
            titles=(source.article.title, translation.article.title),
        )
    finally:
        embedder.close()
    summary = summarise(beads, findings, len(source.sentences), len(translation.sentences))
    return Report(
        source=source,
        translation=translation,
        translations=translations,
        alignment=tuple(beads),
        findings=tuple(findings),
        summary=summary,
        signature=signature(options, translations.info),
    )


def _memory_translations(source: Side, translation: Side, src_mt, tgt_mt) -> Translations:
    n, m = len(source.sentences), len(translation.sentences)
    fwd = tuple(src_mt) if src_mt is not None else (None,) * n
    bwd = tuple(tgt_mt) if tgt_mt is not None else (None,) * m
    if len(fwd) != n or len(bwd) != m:
        raise InputError("MT files must have one line per sentence of the file they translate")
    available = any(fwd) or any(bwd)
    info = MTInfo(engine="memory" if available else "none", available=available)
    return Translations(src_to_tgt=fwd, tgt_to_src=bwd, info=info)


def check_texts(
    src: Sequence[str],
    tgt: Sequence[str],
    src_lang: str,
    tgt_lang: str,
    *,
    src_mt: Sequence[str | None] | None = None,
    tgt_mt: Sequence[str | None] | None = None,
    options: Options | None = None,
) -> Report:
    """`check` on presegmented sentences with optional line-by-line MT (for evaluation)."""
    opts = options or Options()
    source = _text_side(src, "source", src_lang)
    translation = _text_side(tgt, "translation", tgt_lang)
    translations = _memory_translations(source, translation, src_mt, tgt_mt)
    return compare(source, translation, translations, opts)


def align_texts(
    src: Sequence[str],
    tgt: Sequence[str],
    src_lang: str,
    tgt_lang: str,
    *,
    src_mt: Sequence[str | None] | None = None,
    tgt_mt: Sequence[str | None] | None = None,
    options: Options | None = None,
) -> list[Bead]:
    """Align presegmented sentences; every sentence of both sides appears exactly once."""
    scorer = build_scorer(
        src,
        tgt,
        src_lang,
        tgt_lang,
        src_mt=src_mt,
        tgt_mt=tgt_mt,
        options=options,
    )
    return align(scorer)


def score_pairs(
    src: Sequence[str],
    tgt: Sequence[str],
    src_lang: str,
    tgt_lang: str,
    *,
    src_mt: Sequence[str | None] | None = None,
    options: Options | None = None,
) -> list[float]:
    """Risk in [0, 1] that each translation (1-1 with its source) has a critical error."""
    from transcheck.compare.risk import pair_risks

    opts = options or Options()
    return pair_risks(src, tgt, src_lang, tgt_lang, src_mt=src_mt, options=opts)


def check(
    translation_location: str,
    source_location: str | None,
    options: Options,
    *,
    stdin: TextIO | None = None,
    progress: Progress | None = None,
) -> Report:
    """The whole `transcheck check`: fetch, prepare, translate both ways, compare."""
    from transcheck.acquire import load
    from transcheck.translate import translate_both_ways

    say = progress or (lambda _msg: None)
    say("reading the translation")
    translation_article = load(translation_location, options, stdin=stdin or sys.stdin)
    source_location = source_location or translation_article.credit_url
    if not source_location:
        raise UsageError(
            "no source given and no credit line (Quelle:/Source:/Nguồn:/Original:) with a URL "
            "found in the translation: pass the original with --source URL|PATH"
        )
    say(f"fetching the original {source_location}")
    source_article = load(source_location, options)
    say("preparing sentences")
    tgt_lang = lang.resolve(
        "\n".join(translation_article.paragraphs), options.tgt_lang, "--tgt-lang"
    )
    src_lang = lang.resolve("\n".join(source_article.paragraphs), options.src_lang, "--src-lang")
    if src_lang == tgt_lang and not options.allow_same_language:
        raise UsageError(
            f"the original and the translation are both in {lang.NAMES.get(src_lang, src_lang)}: "
            "this is not a translation (pass --allow-same-language to compare anyway, or "
            "--src-lang/--tgt-lang if detection is wrong)"
        )
    source = prepare(source_article, "source", src_lang)
    translation = prepare(translation_article, "translation", tgt_lang)
    if len(translation.sentences) < 2:
        raise InputError(
            f"the translation has {len(translation.sentences)} sentence(s) after cleaning: "
            "transcheck needs at least two to align (is this the whole article?)"
        )
    say("translating both ways")
    translations = translate_both_ways(
        source,
        translation,
        options,
        progress=lambda label, done, total: say(f"{label} {done}/{total}"),
    )
    return compare(source, translation, translations, options, progress)
