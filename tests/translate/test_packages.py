from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from transcheck.errors import InputError, ModelError
from transcheck.translate import packages as pkgs


def test_install_from_file_unpacks_argos_layout(argosmodels, sandbox: Path) -> None:
    package = pkgs.install_file(argosmodels[("vi", "en")])
    assert package.path.parent == sandbox
    assert (package.path / "model" / "model.bin").is_file()
    assert (package.path / "sentencepiece.model").is_file()
    assert package.label == "argos:vi-en@1.0"
    assert [p.pair for p in pkgs.installed_packages()] == [("vi", "en")]
    assert not [p for p in sandbox.iterdir() if p.name.startswith(".")]  # no staging left


def test_reinstall_replaces_the_pair(argosmodels, sandbox: Path) -> None:
    pkgs.install_file(argosmodels[("vi", "en")])
    pkgs.install_file(argosmodels[("vi", "en", "2.0")])
    assert [(p.pair, p.package_version) for p in pkgs.installed_packages()] == [
        (("vi", "en"), "2.0")
    ]


def test_remove_deletes_the_pair_and_complains_when_absent(argosmodels, sandbox: Path) -> None:
    pkgs.install_file(argosmodels[("vi", "en")])
    pkgs.install_file(argosmodels[("en", "de")])
    removed = pkgs.remove_packages("vi", "en")
    assert [p.pair for p in removed] == [("vi", "en")]
    assert not removed[0].path.exists()
    assert [p.pair for p in pkgs.installed_packages()] == [("en", "de")]
    with pytest.raises(ModelError, match="no Argos package vi→en is installed"):
        pkgs.remove_packages("vi", "en")


def _zip(path: Path, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return path


def test_bad_archives_are_refused_with_a_reason(tmp_path: Path, sandbox: Path) -> None:
    text = tmp_path / "x.argosmodel"
    text.write_text("hello")
    with pytest.raises(InputError, match="zip archive"):
        pkgs.install_file(text)
    with pytest.raises(InputError, match=r"no metadata\.json"):
        pkgs.install_file(_zip(tmp_path / "a.argosmodel", {"p/readme.md": b"x"}))
    meta = json.dumps({"from_code": "vi", "to_code": "en"}).encode()
    with pytest.raises(InputError, match=r"no model/model\.bin"):
        pkgs.install_file(_zip(tmp_path / "b.argosmodel", {"p/metadata.json": meta}))
    evil = {"p/metadata.json": meta, "p/../../escape.txt": b"x"}
    with pytest.raises(InputError, match="unsafe path"):
        pkgs.install_file(_zip(tmp_path / "c.argosmodel", evil))
    assert not sandbox.exists() or not list(sandbox.iterdir())


def test_package_dir_follows_argos_variables(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "new"))
    monkeypatch.setenv("ARGOS_TRANSLATE_PACKAGE_DIR", str(tmp_path / "legacy"))
    assert pkgs.package_dir() == tmp_path / "new"
    monkeypatch.delenv("ARGOS_PACKAGES_DIR")
    assert pkgs.package_dir() == tmp_path / "legacy"
    monkeypatch.delenv("ARGOS_TRANSLATE_PACKAGE_DIR")
    assert pkgs.package_dir() == tmp_path / "data" / "argos-translate" / "packages"
    settings = tmp_path / "config" / "argos-translate" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_text(json.dumps({"ARGOS_PACKAGES_DIR": str(tmp_path / "from-settings")}))
    assert pkgs.package_dir() == tmp_path / "from-settings"


def test_argos_itself_sees_what_we_install(argosmodels, sandbox: Path, tmp_path: Path) -> None:
    """Same folder and layout as argostranslate (run in a child: its settings freeze at import)."""
    pytest.importorskip("argostranslate", reason="argos-translate-lt is not installed")
    pkgs.install_file(argosmodels[("vi", "en")])
    code = (
        "import json, argostranslate.settings as s, argostranslate.package as p;"
        "print(json.dumps([str(s.package_data_dir),"
        " [[x.from_code, x.to_code, x.package_version] for x in p.get_installed_packages()]]))"
    )
    env = dict(os.environ, HOME=str(tmp_path))
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stderr
    folder, seen = json.loads(run.stdout)
    assert Path(folder) == sandbox == pkgs.package_dir()
    assert seen == [["vi", "en", "1.0"]]


def test_plan_install_prefers_direct_then_english_pivot() -> None:
    def offer(a: str, b: str, v: str = "1.0") -> pkgs.AvailablePackage:
        return pkgs.AvailablePackage(a, b, v, links=("http://127.0.0.1:9/x",))

    index = [
        offer("vi", "en"),
        offer("en", "de"),
        offer("en", "de", "1.10"),
        offer("en", "de", "1.9"),
    ]
    plan = pkgs.plan_install("vi", "de", index)
    assert [(p.pair, p.package_version) for p in plan] == [
        (("vi", "en"), "1.0"),
        (("en", "de"), "1.10"),
    ]
    assert pkgs.plan_install("vi", "de", [*index, offer("vi", "de")])[0].pair == ("vi", "de")
    with pytest.raises(ModelError, match="no route de→vi"):
        pkgs.plan_install("de", "vi", index)


def test_offline_index_fails_in_one_line() -> None:
    with pytest.raises(ModelError) as caught:
        pkgs.fetch_index(timeout=2)
    assert "cannot reach the Argos package index at http://127.0.0.1:9/index.json" in str(
        caught.value
    )
    assert "\n" not in str(caught.value)


def test_download_from_index_tries_mirrors(index_server: str, tmp_path: Path) -> None:
    available = pkgs.fetch_index()
    assert sorted(p.pair for p in available) == [("en", "de"), ("fr", "en"), ("vi", "en")]
    seen: list[tuple[int, int | None]] = []
    vi_en = next(p for p in available if p.pair == ("vi", "en"))
    path = pkgs.download(
        vi_en, tmp_path / "dl", progress=lambda got, total: seen.append((got, total))
    )
    assert zipfile.is_zipfile(path)
    assert seen[-1][0] == seen[-1][1] == path.stat().st_size
    assert pkgs.install_file(path).pair == ("vi", "en")
