"""Throughput of the test package: batched vs one by one, and the cache's effect.

Run: .venv/bin/python tests/translate/measure_throughput.py [N]
Not a test (tests never check timing). The model is a random 2-layer toy that decodes to its
length cap, so the figures show the plumbing's overhead, not a real Argos model's speed.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path


def _rate(n: int, seconds: float) -> str:
    return f"{n / seconds:8.1f} sentences/s ({seconds:.2f} s for {n})"


def main(n: int = 200) -> None:
    work = Path(tempfile.mkdtemp(prefix="transcheck-bench-"))
    os.environ["ARGOS_PACKAGES_DIR"] = str(work / "packages")
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from argosmodel_builder import build_argosmodel, train_sentencepiece, training_lines

    from transcheck.model import Article, Sentence, Side
    from transcheck.options import Options
    from transcheck.translate import translate_both_ways
    from transcheck.translate.argos import DecodeSettings, get_model
    from transcheck.translate.packages import install_file, installed_packages

    sp_model = train_sentencepiece(work)
    for seed, (src, tgt) in enumerate([("vi", "en"), ("en", "de"), ("de", "en"), ("en", "vi")]):
        install_file(build_argosmodel(sp_model, work / "build", src, tgt, seed=seed))
    lines = [line for line in training_lines() if "đã" in line][:n]
    settings = DecodeSettings.from_env()
    print(f"cpus={os.cpu_count()} {settings}")
    print(f"load average before: {os.getloadavg()[0]:.1f}")
    package = next(p for p in installed_packages() if p.pair == ("vi", "en"))
    model = get_model(package, settings)
    model.translate(lines[:2])  # load outside the timings

    batched, single = [], []
    for _ in range(3):  # interleaved repeats, best of three: the machine may be shared
        start = time.perf_counter()
        model.translate(lines)
        batched.append(time.perf_counter() - start)
        start = time.perf_counter()
        for line in lines:
            model.translate([line])
        single.append(time.perf_counter() - start)
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    print(f"vi→en batched:    {_rate(len(lines), min(batched))}")
    print(f"vi→en one by one: {_rate(len(lines), min(single))}")
    print(f"batching speed-up x{min(single) / min(batched):.1f}")

    def side(role: str, lang: str, texts: list[str]) -> Side:
        article = Article(None, "-", None, None, None, tuple(texts))
        return Side(role, article, lang, tuple(Sentence(i, t, i) for i, t in enumerate(texts)))

    source = side("source", "vi", lines)
    target = side("translation", "de", [f"Satz {i} über den Haushalt." for i in range(n)])
    options = Options(cache_dir=work / "cache")
    for label in ("cold cache", "warm cache"):
        start = time.perf_counter()
        translate_both_ways(source, target, options)
        took = time.perf_counter() - start
        print(f"both ways, {len(lines)}+{n} sentences, 4 hops, {label}: {took:.2f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
