"""`transcheck eval align|detect|ced`: measure ourselves on the shared corpora.

Each command prints a table and a signature (or `--json`). The functions under test come
from `transcheck.pipeline`; tests hand in fakes through click's `obj` mapping
(`{"align_texts": fn, "check_texts": fn, "score_pairs": fn}`).
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Callable
from typing import Any

import click

from transcheck.errors import TranscheckError, UsageError
from transcheck.evaluate import data as datasets
from transcheck.evaluate.align_eval import evaluate_alignment
from transcheck.evaluate.ced import evaluate_ced
from transcheck.evaluate.detect import build_perturbed, evaluate_detection
from transcheck.evaluate.known_errors import known_for, read_backwards
from transcheck.evaluate.perturb import GENERATOR
from transcheck.evaluate.signature import eval_signature, format_signature
from transcheck.options import Options

DATA_HELP = "folder holding the shared corpora (default: $TRANSCHECK_SHARED or ../shared)"


def _function(ctx: click.Context, name: str) -> Callable[..., Any]:
    injected = (ctx.obj or {}).get(name) if isinstance(ctx.obj, dict) else None
    if injected is not None:
        return injected
    try:
        from transcheck import pipeline
    except ImportError as exc:
        raise UsageError(f"transcheck.pipeline cannot be imported: {exc}") from exc
    fn = getattr(pipeline, name, None)
    if fn is None:
        raise UsageError(f"transcheck.pipeline.{name} is not available in this build")
    return fn


def _fail(exc: TranscheckError) -> None:
    click.echo(f"transcheck eval: {exc}", err=True)
    sys.exit(exc.exit_code)


def _fmt(x: float) -> str:
    return "   n/a" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:6.3f}"


def _dump(obj: Any) -> str:
    def clean(v: Any) -> Any:
        if isinstance(v, float) and (math.isnan(v) or math.isinf(v)):
            return None
        if isinstance(v, dict):
            return {str(k): clean(x) for k, x in v.items()}
        if isinstance(v, list | tuple):
            return [clean(x) for x in v]
        return v

    return json.dumps(clean(obj), ensure_ascii=False, indent=2)


def _progress(enabled: bool) -> Callable[[str], None] | None:
    if not enabled:
        return None
    return lambda msg: click.echo(f"\r{msg}   ", err=True, nl=False)


@click.group("eval")
def eval_group() -> None:
    """Measure alignment, detection and critical-error ranking on the shared corpora."""


@eval_group.command("align")
@click.option(
    "--mt",
    "conditions",
    multiple=True,
    type=click.Choice(datasets.MT_CONDITIONS),
    help="MT condition(s); default: all three",
)
@click.option("--data", "data_path", type=click.Path(), default=None, help=DATA_HELP)
@click.option("--json", "as_json", is_flag=True, help="print JSON instead of a table")
@click.pass_context
def align_cmd(
    ctx: click.Context, conditions: tuple[str, ...], data_path: str | None, as_json: bool
) -> None:
    """Strict and lax P/R/F1 (vecalign's scorer) on align-defr-dev, per MT condition."""
    try:
        align = _function(ctx, "align_texts")
        dev = datasets.load_align_defr(data_path)
        results = []
        for cond in conditions or datasets.MT_CONDITIONS:
            options = Options(src_lang="de", tgt_lang="fr", use_argos=False, offline=True)
            results.append(evaluate_alignment(dev, cond, align, options))
    except TranscheckError as exc:
        _fail(exc)
        return
    if as_json:
        click.echo(_dump({"results": results}))
        return
    click.echo(
        f"align-defr-dev: de {len(dev.src)} / fr {len(dev.tgt)} sentences, "
        f"gold {len(dev.gold)} beads"
    )
    click.echo(
        f"{'MT':<14} {'P strict':>8} {'R strict':>8} {'F1 strict':>9}   "
        f"{'P lax':>6} {'R lax':>6} {'F1 lax':>6}  seconds"
    )
    for r in results:
        s, lx = r["scores"]["strict"], r["scores"]["lax"]
        click.echo(
            f"{r['condition']:<14} {_fmt(s['precision']):>8} {_fmt(s['recall']):>8} "
            f"{_fmt(s['f1']):>9}   {_fmt(lx['precision'])} {_fmt(lx['recall'])} {_fmt(lx['f1'])}"
            f"  {r['seconds']:7.1f}"
        )
        for p in r["contract_problems"]:
            click.echo(f"  warning: {p}", err=True)
    for r in results:
        click.echo(f"signature: {format_signature(r['signature'])}")


# each corpus read backwards (data.reversed_doc): its name then, as in the signature
_BACKWARDS = {"iwslt-envi": "iwslt-vien", "defr": "frde"}


def _detect_sets(
    data_path: str | None, corpora: tuple[str, ...], seed: int, directions: tuple[str, ...]
) -> dict[str, tuple[list[datasets.ParallelDoc], dict[int, Any]]]:
    """Documents and listed real errors (known_errors.py) per corpus and direction."""
    forward: dict[str, list[datasets.ParallelDoc]] = {}
    if "iwslt" in corpora:
        forward["iwslt-envi"] = datasets.iwslt_documents(data_path, seed=seed)
    if "defr" in corpora:
        defr = datasets.load_align_defr(data_path)
        forward["defr"] = datasets.split_by_beads(defr, "google", seed)
    sets: dict[str, tuple[list[datasets.ParallelDoc], dict[int, Any]]] = {}
    for name, docs in forward.items():
        if "forward" in directions:
            sets[name] = (docs, known_for(name))
        if "backward" in directions:
            back = [datasets.reversed_doc(d) for d in docs]
            sets[_BACKWARDS[name]] = (back, read_backwards(known_for(name), back))
    return sets


@eval_group.command("detect")
@click.option(
    "--docs", "n_docs", default=40, show_default=True, help="perturbed documents per corpus"
)
@click.option("--edits-per-doc", default=3, show_default=True, help="edits planted per document")
@click.option("--seed", default=13, show_default=True)
@click.option(
    "--corpus", "corpora", multiple=True, type=click.Choice(["iwslt", "defr"]), help="default: both"
)
@click.option(
    "--mt",
    "conditions",
    multiple=True,
    type=click.Choice(["none", "google"]),
    help="none, and google where the corpus has MT files (de-fr); default: both",
)
@click.option(
    "--direction",
    "directions",
    multiple=True,
    type=click.Choice(["forward", "backward"]),
    help="forward (en→vi, de→fr, the default) or backward: the published translation read "
    "as the original (vi→en, fr→de)",
)
@click.option("--data", "data_path", type=click.Path(), default=None, help=DATA_HELP)
@click.option("--json", "as_json", is_flag=True)
@click.option("--progress/--no-progress", default=False, help="progress on stderr")
@click.pass_context
def detect_cmd(
    ctx: click.Context,
    n_docs: int,
    edits_per_doc: int,
    seed: int,
    corpora: tuple[str, ...],
    conditions: tuple[str, ...],
    directions: tuple[str, ...],
    data_path: str | None,
    as_json: bool,
    progress: bool,
) -> None:
    """P/R/F1 per perturbation kind and false alarms per 100 untouched sentences.

    With MT ("google", de-fr only) a rewritten sentence has no MT: None is passed there.
    """
    try:
        check = _function(ctx, "check_texts")
        sets = _detect_sets(
            data_path, corpora or ("iwslt", "defr"), seed, directions or ("forward",)
        )
    except TranscheckError as exc:
        _fail(exc)
        return
    results = []
    for name, (docs, known) in sets.items():
        perturbed = build_perturbed(docs, n_docs, seed, edits_per_doc)
        clean = docs[: min(n_docs, len(docs))]
        has_mt = bool(docs) and docs[0].tgt_mt is not None
        for cond in conditions or ("none", "google"):
            if cond == "google" and not has_mt:
                continue
            d0 = docs[0] if docs else None
            options = Options(
                src_lang=d0.src_lang if d0 else None,
                tgt_lang=d0.tgt_lang if d0 else None,
                use_argos=False,
                offline=True,
            )
            pair, strict = evaluate_detection(
                clean,
                perturbed,
                check,
                use_mt=cond != "none",
                options=options,
                progress=_progress(progress),
                known=known,
            )
            sig = eval_signature(
                options,
                data=name,
                mt=cond,
                docs=len(perturbed),
                clean_docs=len(clean),
                edits_per_doc=edits_per_doc,
                seed=seed,
                generator=GENERATOR,
                known_errors=len(known),
            )
            results.append(
                {
                    "corpus": name,
                    "condition": cond,
                    "signature": sig,
                    "pair": pair,
                    "strict": strict,
                }
            )
    if progress:
        click.echo("", err=True)
    if as_json:
        click.echo(_dump({"results": results}))
        return
    for r in results:
        _print_detect(r)


def _print_detect(r: dict[str, Any]) -> None:
    pair, strict = r["pair"], r["strict"]
    click.echo(f"\n{r['corpus']} · MT {r['condition']}")
    click.echo(
        f"{'kind':<10} {'planted':>7} {'found':>6} {'recall':>7} {'prec':>7} {'F1':>7}  "
        f"{'F1 raw':>7}  reason-ok"
    )
    for kind, row in pair["per_kind"].items():
        click.echo(
            f"{kind:<10} {row['planted']:>7} {row['detected']:>6} {_fmt(row['recall']):>7} "
            f"{_fmt(row['precision']):>7} {_fmt(row['f1']):>7}  {_fmt(row['f1_raw']):>7}  "
            f"{row['reason_agrees']:>5}"
        )
    o = pair["overall"]
    click.echo(
        f"{'all':<10} {o['planted']:>7} {o['detected']:>6} {_fmt(o['recall']):>7} "
        f"{_fmt(o['precision']):>7} {_fmt(o['f1']):>7}  {_fmt(o['f1_raw']):>7}"
    )
    ms = strict["per_kind"]["moved"]
    click.echo(
        f"moved counted only as kind 'moved' (strict): recall {_fmt(ms['recall'])} "
        f"F1 {_fmt(ms['f1'])}"
    )
    fa = pair["false_alarms"]
    click.echo(
        f"false alarms per 100 untouched sentences: {_fmt(fa['untouched_docs_per_100'])} "
        "on untouched docs "
        f"({fa['untouched_docs_sentences']} sentences, {fa['untouched_docs_findings']}); "
        f"{_fmt(fa['perturbed_docs_per_100_untouched'])} in perturbed docs"
    )
    top = list(fa.get("untouched_docs_reasons", {}).items())[:5]
    if top:
        click.echo("  their reasons: " + ", ".join(f"{k} {v}" for k, v in top))
    ref = pair["reference_errors"]
    click.echo(
        f"  findings on listed real errors of the published text (known_errors.py): "
        f"{ref['found']}, {ref['on_untouched_docs']} of them on untouched docs; counted as "
        f"false: 'F1 raw' above, {_fmt(fa['untouched_docs_per_100_raw']).strip()} false "
        "alarms per 100"
    )
    cal = pair["calibration"]
    click.echo(f"confidence ECE (10 bins) over {cal['findings']} findings: {_fmt(cal['ece'])}")
    if pair["error_count"]:
        click.echo(f"errors in {pair['error_count']} documents, e.g. {pair['errors'][0]}", err=True)
    click.echo(f"signature: {format_signature(r['signature'])}")


@eval_group.command("ced")
@click.option("--limit", type=int, default=None, help="score a stratified sample of N pairs")
@click.option("--seed", default=13, show_default=True)
@click.option("--far", default=0.05, show_default=True, help="false-alarm rate for recall")
@click.option(
    "--folds",
    type=click.IntRange(min=2),
    default=None,
    help="honest scores: refit the risk model K-fold on the pairs, score each held out",
)
@click.option("--data", "data_path", type=click.Path(), default=None, help=DATA_HELP)
@click.option("--json", "as_json", is_flag=True)
@click.option("--progress/--no-progress", default=False, help="progress on stderr")
@click.pass_context
def ced_cmd(
    ctx: click.Context,
    limit: int | None,
    seed: int,
    far: float,
    folds: int | None,
    data_path: str | None,
    as_json: bool,
    progress: bool,
) -> None:
    """ROC-AUC and recall at a 5% false-alarm rate on WMT22 CED en-de dev."""
    try:
        score = _function(ctx, "score_pairs")
        data = datasets.load_ced(data_path)
    except TranscheckError as exc:
        _fail(exc)
        return
    options = Options(src_lang="en", tgt_lang="de", use_argos=False, offline=True)
    res = evaluate_ced(
        data,
        score,
        limit=limit,
        seed=seed,
        far=far,
        options=options,
        progress=_progress(progress),
        folds=folds,
    )
    if progress:
        click.echo("", err=True)
    if as_json:
        click.echo(_dump(res))
        return
    click.echo(
        f"wmt22-ced-ende-dev: {res['pairs']} pairs, {res['bad']} BAD; {res['seconds']} s "
        f"({res['pairs_per_second']} pairs/s)"
    )
    click.echo(
        f"ROC-AUC {_fmt(res['auc'])}   recall at {far:.0%} FAR {_fmt(res['recall_at_far'])} "
        f"(threshold {res['threshold']:.4f}, achieved FAR {res['achieved_far']:.3f})   "
        f"ECE {_fmt(res['ece'])}"
    )
    click.echo(f"{'category':<10} {'pairs':>6} {'BAD':>5} {'AUC':>7} {'recall':>7}")
    for c, row in res["per_category"].items():
        click.echo(
            f"{c:<10} {row['pairs']:>6} {row['bad']:>5} {_fmt(row['auc']):>7} "
            f"{_fmt(row['recall_at_far']):>7}"
        )
    click.echo(f"signature: {format_signature(res['signature'])}")


__all__ = ["eval_group"]
