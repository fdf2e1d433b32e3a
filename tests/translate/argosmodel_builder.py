"""Build tiny, real .argosmodel packages for tests: SentencePiece + a random 2-layer Transformer.

The model translates garbage, on purpose: tests check the plumbing (install, routing, batching,
caching), never translation quality, which needs real Argos packages and a network.
"""

from __future__ import annotations

import itertools
import json
import random
import zipfile
from pathlib import Path

import numpy as np

SUBJECTS_EN = ["The minister", "A farmer", "The city council", "Our reporter", "The company"]
VERBS_EN = ["announced", "rejected", "postponed", "celebrated", "questioned"]
OBJECTS_EN = ["the new budget", "a flood warning", "the election result", "the rice harvest"]
SUBJECTS_DE = ["Der Minister", "Eine Bäuerin", "Der Stadtrat", "Unsere Reporterin", "Die Firma"]
VERBS_DE = ["kündigte", "lehnte", "verschob", "feierte", "bezweifelte"]
OBJECTS_DE = ["den neuen Haushalt", "eine Hochwasserwarnung", "das Wahlergebnis", "die Ernte"]
SUBJECTS_VI = ["Bộ trưởng", "Một nông dân", "Hội đồng thành phố", "Phóng viên", "Công ty"]
VERBS_VI = ["đã công bố", "đã bác bỏ", "đã hoãn", "đã kỷ niệm", "đã đặt câu hỏi về"]
OBJECTS_VI = ["ngân sách mới", "cảnh báo lũ", "kết quả bầu cử", "vụ thu hoạch lúa"]
PLACES = ["in Hanoi", "in Berlin", "tại Đà Nẵng", "am Montag", "on 16 November 2024"]


def training_lines() -> list[str]:
    """A few hundred varied lines in en/de/vi, generated from templates."""
    rng = random.Random(7)
    lines = []
    for subjects, verbs, objects in (
        (SUBJECTS_EN, VERBS_EN, OBJECTS_EN),
        (SUBJECTS_DE, VERBS_DE, OBJECTS_DE),
        (SUBJECTS_VI, VERBS_VI, OBJECTS_VI),
    ):
        for s, v, o in itertools.product(subjects, verbs, objects):
            number = rng.choice(["", f" {rng.randint(2, 99_000):,}", f" {rng.randint(1, 30)}%"])
            lines.append(f"{s} {v} {o}{number} {rng.choice(PLACES)}.")
    rng.shuffle(lines)
    return lines


def train_sentencepiece(workdir: Path, vocab_size: int = 300) -> Path:
    """Train a small unigram SentencePiece model; returns the .model path."""
    import sentencepiece as spm

    corpus = workdir / "corpus.txt"
    corpus.write_text("\n".join(training_lines()) + "\n", encoding="utf-8")
    prefix = workdir / "sp"
    spm.SentencePieceTrainer.train(
        input=str(corpus),
        model_prefix=str(prefix),
        vocab_size=vocab_size,
        model_type="unigram",
        hard_vocab_limit=False,
        character_coverage=1.0,
        minloglevel=2,
    )
    return prefix.with_suffix(".model")


def _random_spec(vocab: list[str], seed: int, d_model: int = 32, ffn: int = 64):
    """A 2-layer, 2-head Transformer spec with every weight set to small random numbers."""
    from ctranslate2.specs import model_spec, transformer_spec

    spec = transformer_spec.TransformerSpec.from_config(num_layers=2, num_heads=2)
    rng = np.random.default_rng(seed)
    shapes = {"vocab": len(vocab), "d": d_model, "ffn": ffn}

    def weight(*dims: int, scale: float = 0.3) -> np.ndarray:
        return (rng.standard_normal(dims) * scale).astype(np.float32)

    def fill(layer, name: str, value) -> None:
        if value is not None:
            return
        scope, attr = name.rsplit("/", 1)
        shape = _shape_for(scope, attr, shapes)
        if attr == "gamma":
            setattr(layer, attr, np.ones(shape, dtype=np.float32))
        elif attr == "beta":
            setattr(layer, attr, np.zeros(shape, dtype=np.float32))
        else:
            setattr(layer, attr, weight(*shape))

    model_spec.visit_spec(spec, fill)
    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(vocab)
    return spec


def _shape_for(scope: str, attr: str, s: dict[str, int]) -> tuple[int, ...]:
    """Weight shapes of the standard Transformer, read from where the weight sits."""
    d, ffn, vocab = s["d"], s["ffn"], s["vocab"]
    if attr in ("gamma", "beta"):
        return (d,)
    if "embeddings" in scope.rsplit("/", 1)[-1] or scope.endswith("projection"):
        return (vocab, d)
    if scope.endswith("ffn/linear_0"):
        return (ffn, d)
    if scope.endswith("ffn/linear_1"):
        return (d, ffn)
    if "self_attention/linear_0" in scope:
        return (3 * d, d)
    if "/attention/linear_1" in scope:
        return (2 * d, d)
    if "attention/linear_" in scope:
        return (d, d)
    raise ValueError(f"no shape rule for {scope}/{attr}")


def build_model_dir(sp_model: Path, output_dir: Path, seed: int) -> Path:
    """Write a CTranslate2 model directory for a random Transformer over the SP vocabulary."""
    import ctranslate2
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_file=str(sp_model))
    vocab = [sp.id_to_piece(i) for i in range(sp.get_piece_size())]
    spec = _random_spec(vocab, seed)

    class _SpecConverter(ctranslate2.converters.Converter):
        def _load(self):
            return spec

    _SpecConverter().convert(str(output_dir), force=True)
    return output_dir


def build_argosmodel(
    sp_model: Path,
    workdir: Path,
    from_code: str,
    to_code: str,
    *,
    version: str = "1.0",
    seed: int = 0,
    target_prefix: str = "",
) -> Path:
    """Zip a package the way Argos does: one root folder holding metadata.json, model/, SP."""
    names = {"en": "English", "de": "German", "vi": "Vietnamese", "fr": "French"}
    root = f"translate-{from_code}_{to_code}-{version.replace('.', '_')}"
    staging = workdir / root
    staging.mkdir(parents=True, exist_ok=True)
    build_model_dir(sp_model, staging / "model", seed)
    (staging / "sentencepiece.model").write_bytes(sp_model.read_bytes())
    metadata = {
        "package_version": version,
        "argos_version": "1.9",
        "from_code": from_code,
        "from_name": names.get(from_code, from_code),
        "to_code": to_code,
        "to_name": names.get(to_code, to_code),
    }
    if target_prefix:
        metadata["target_prefix"] = target_prefix
    (staging / "metadata.json").write_text(json.dumps(metadata, indent=2), encoding="utf-8")
    archive = workdir / f"{root}.argosmodel"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(staging.rglob("*")):
            zf.write(path, path.relative_to(workdir).as_posix())
    return archive
