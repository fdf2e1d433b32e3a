"""Time per stage of `transcheck check`, cold and warm caches, and peak memory.

Run: .venv/bin/python bench/check_speed.py   (prints a Markdown table)

Pairs: corpora/vi-de-apec (about 40 sentences over both sides) and a 400-sentence
English→Vietnamese pair built from ../shared/data/iwslt15-envi-tst2012 (read in place;
skipped when absent). Each run is a fresh process (so "cold" includes model loading) with
the original served from a loopback HTTP server; "warm" repeats it with the caches kept.
Stages are timed between the pipeline's progress messages; the report is rendered as rich
text. "model" is time inside the embedding and MT model calls; "ours" is everything else.
"""

from __future__ import annotations

import argparse
import functools
import html
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TRANSCHECK_SHARED", ROOT.parent / "shared")) / "data"

STAGES = {
    "reading the translation": "read",
    "fetching the original": "fetch+extract",
    "preparing sentences": "language+segment",
    "translating both ways": "translate",
    "embedding sentences": "embed",
    "aligning": "align",
    "reading findings": "findings",
}


def child(translation: str, source: str, memory: str | None) -> None:
    """One check in this process; prints a JSON line of timings."""
    import resource

    from transcheck import pipeline
    from transcheck.compare import embed
    from transcheck.options import Options
    from transcheck.report import render
    from transcheck.translate import argos

    marks: list[tuple[str, float]] = []

    def say(message: str) -> None:
        for prefix, stage in STAGES.items():
            if message.startswith(prefix):
                marks.append((stage, time.perf_counter()))

    start = time.perf_counter()
    options = Options(mt_memory=(Path(memory),) if memory else (), politeness_delay=0.0)
    report = pipeline.check(translation, source, options, progress=say)
    marks.append(("report", time.perf_counter()))
    render(report, "rich", width=160, color=False)
    end = time.perf_counter()
    stages: dict[str, float] = {}
    for (name, t0), (_, t1) in zip(marks, [*marks[1:], ("end", end)], strict=True):
        stages[name] = stages.get(name, 0.0) + (t1 - t0)
    model = embed.STATS["model_seconds"] + argos.STATS["model_seconds"]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "stages": stages,
                "total": end - start,
                "model": model,
                "peak_mb": peak_mb,
                "sentences": [len(report.source.sentences), len(report.translation.sentences)],
            }
        )
    )


def _serve(directory: Path) -> tuple[ThreadingHTTPServer, str]:
    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=str(directory))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def _detok(line: str) -> str:
    text = html.unescape(line.strip())
    for a, b in ((" ,", ","), (" .", "."), (" ?", "?"), (" !", "!"), (" ;", ";"), (" :", ":")):
        text = text.replace(a, b)
    return text.replace(" 's", "'s").replace(" n't", "n't").replace("( ", "(").replace(" )", ")")


def _iwslt_pair(work: Path, n: int = 400) -> tuple[Path, Path] | None:
    data = SHARED / "iwslt15-envi-tst2012"
    if not (data / "tst2012.en.txt").exists():
        return None
    en = [_detok(x) for x in (data / "tst2012.en.txt").read_text(encoding="utf-8").splitlines()[:n]]
    vi = [_detok(x) for x in (data / "tst2012.vi.txt").read_text(encoding="utf-8").splitlines()[:n]]
    del vi[200]  # one omission, so there is something to find
    paragraphs = [
        "<p>" + html.escape(" ".join(en[i : i + 4])) + "</p>" for i in range(0, len(en), 4)
    ]
    page = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Talk</title></head>"
        f"<body><article><h1>Talk</h1>{''.join(paragraphs)}</article></body></html>"
    )
    (work / "big").mkdir()
    (work / "big" / "original.html").write_text(page, encoding="utf-8")
    translation = work / "big" / "translation.txt"
    translation.write_text(
        "\n".join(" ".join(vi[i : i + 4]) for i in range(0, len(vi), 4)), encoding="utf-8"
    )
    return translation, work / "big" / "original.html"


def _run(translation: Path, source_url: str, memory: Path | None, cache: Path) -> dict:
    env = {**os.environ, "TRANSCHECK_CACHE_DIR": str(cache)}
    cmd = [sys.executable, __file__, "--child", str(translation), source_url]
    if memory:
        cmd.append(str(memory))
    started = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise SystemExit(f"check failed: {done.stderr.strip().splitlines()[-1:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["process"] = time.perf_counter() - started
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], args.child[1], args.child[2] if len(args.child) > 2 else None)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        server, base = _serve(ROOT / "corpora")
        big_server = None
        apec = ROOT / "corpora" / "vi-de-apec"
        cases = [
            (
                "40-sentence vi→de (MT memory)",
                apec / "translation.txt",
                f"{base}/vi-de-apec/original.html",
                apec / "mt.jsonl",
            )
        ]
        big = _iwslt_pair(work)
        if big:
            big_server, big_base = _serve(big[1].parent)
            cases.append(("400-sentence en→vi (no MT)", big[0], f"{big_base}/original.html", None))
        else:
            print("skipping the 400-sentence pair: ../shared/data/iwslt15-envi-tst2012 absent")
        rows = []
        for name, translation, url, memory in cases:
            cache = work / f"cache-{len(rows)}"
            for state in ("cold", "warm"):
                rows.append((name, state, _run(translation, url, memory, cache)))
        server.shutdown()
        if big_server:
            big_server.shutdown()
    stage_names = list(dict.fromkeys([*STAGES.values(), "report"]))
    print(
        "| pair | cache | sentences | "
        + " | ".join(stage_names)
        + " | total in-process | process wall | model calls | outside model | peak RSS |"
    )
    print("|---|---|---|" + "---:|" * (len(stage_names) + 5))
    for name, state, r in rows:
        cells = " | ".join(f"{r['stages'].get(s, 0.0):.2f}" for s in stage_names)
        outside = 1 - r["model"] / r["total"] if r["total"] else 0.0
        print(
            f"| {name} | {state} | {r['sentences'][0]}+{r['sentences'][1]} | {cells} "
            f"| {r['total']:.2f} s | {r['process']:.2f} s | {r['model']:.2f} s "
            f"| {outside:.0%} | {r['peak_mb']:.0f} MB |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
