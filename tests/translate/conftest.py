"""Tiny real Argos packages, built once per session, and a sandboxed package directory."""

from __future__ import annotations

import functools
import json
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from transcheck.model import Article, Sentence, Side

from .argosmodel_builder import build_argosmodel, train_sentencepiece

PAIRS = {("vi", "en"): 1, ("en", "de"): 2, ("de", "en"): 3, ("en", "vi"): 4, ("fr", "en"): 5}


@pytest.fixture(scope="session")
def argosmodels(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    """One .argosmodel per pair (random weights, shared SentencePiece); fr→en needs a prefix."""
    work = tmp_path_factory.mktemp("argosmodels")
    sp_model = train_sentencepiece(work)
    built = {}
    for (src, tgt), seed in PAIRS.items():
        prefix = "▁B" if src == "fr" else ""  # a piece of the vocabulary, like Argos' __xx__
        built[(src, tgt)] = build_argosmodel(
            sp_model, work, src, tgt, seed=seed, target_prefix=prefix
        )
    built[("vi", "en", "2.0")] = build_argosmodel(
        sp_model, work / "v2", "vi", "en", version="2.0", seed=11
    )
    return built


@pytest.fixture(autouse=True)
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Packages, Argos config and caches in tmp; the index points at a closed local port."""
    packages = tmp_path / "argos-packages"
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(packages))
    monkeypatch.delenv("ARGOS_TRANSLATE_PACKAGE_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", "http://127.0.0.1:9/")  # never the internet
    return packages


@pytest.fixture
def install(argosmodels, sandbox):
    """Install the test packages for some pairs into the sandbox; returns the package dir."""
    from transcheck.translate.packages import install_file

    def _install(*pairs: tuple[str, str]) -> Path:
        for pair in pairs:
            install_file(argosmodels[pair])
        return sandbox

    return _install


def make_side(role: str, lang: str, texts: list[str]) -> Side:
    """A prepared side the way the pipeline hands it over."""
    article = Article(
        url=None, location="-", title=None, date=None, author=None, paragraphs=tuple(texts)
    )
    sentences = tuple(Sentence(index=i, text=t, paragraph=i) for i, t in enumerate(texts))
    return Side(role=role, article=article, lang=lang, sentences=sentences)  # type: ignore[arg-type]


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def index_server(tmp_path: Path, argosmodels, monkeypatch: pytest.MonkeyPatch):
    """An Argos-style index on 127.0.0.1 offering vi→en, en→de and fr→en (no vi→de)."""
    root = tmp_path / "www"
    root.mkdir()
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=root))
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    index = []
    for pair in [("vi", "en"), ("en", "de"), ("fr", "en")]:
        name = argosmodels[pair].name
        shutil.copy(argosmodels[pair], root / name)
        index.append(
            {
                "from_code": pair[0],
                "to_code": pair[1],
                "package_version": "1.0",
                "from_name": pair[0],
                "to_name": pair[1],
                "argos_version": "1.9",
                "links": [base + "missing.argosmodel", base + name],
            }
        )
    index.append({"type": "sbd", "code": "sbd-xx", "links": [base + "x"]})
    (root / "index.json").write_text(json.dumps(index))
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", base)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()
    server.server_close()
