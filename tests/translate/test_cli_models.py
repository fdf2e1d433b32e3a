from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from transcheck.cli_models import models


def _run(*args: str):
    return CliRunner().invoke(models, list(args))


def test_path_prints_the_package_directory(sandbox: Path) -> None:
    result = _run("path")
    assert result.exit_code == 0 and result.stdout.strip() == str(sandbox)


def test_install_file_then_list_then_remove(argosmodels, sandbox: Path) -> None:
    result = _run("install", str(argosmodels[("vi", "en")]))
    assert result.exit_code == 0, result.stderr
    assert "Installed vi→en 1.0" in result.stderr

    listed = _run("list")  # the index is unreachable in tests: one line, still exit 0
    assert listed.exit_code == 0
    assert "vi" in listed.stdout and "translate-vi_en-1_0" in listed.stdout
    assert listed.stderr.count("\n") == 1
    assert "cannot reach the Argos package index" in listed.stderr
    assert "installed packages only" in listed.stderr

    removed = _run("remove", "vi", "en")
    assert removed.exit_code == 0 and "Removed vi→en" in removed.stderr
    assert "No Argos packages installed" in _run("list", "--offline").stdout


def test_offline_install_by_pair_fails_in_one_line_pointing_to_files(sandbox: Path) -> None:
    result = _run("install", "vi", "de")
    assert result.exit_code == 5
    assert result.stderr.count("\n") == 1
    assert "cannot reach the Argos package index" in result.stderr
    assert "transcheck models install PATH.argosmodel" in result.stderr


def test_install_pair_downloads_both_hops_through_english(index_server, sandbox: Path) -> None:
    result = _run("install", "vi", "de")
    assert result.exit_code == 0, result.stderr
    assert "Installed vi→en" in result.stderr and "Installed en→de" in result.stderr
    assert sorted(p.name for p in sandbox.iterdir()) == [
        "translate-en_de-1_0",
        "translate-vi_en-1_0",
    ]

    again = _run("install", "vi", "de")
    assert again.exit_code == 0 and "already covered" in again.stderr

    listed = _run("list")
    assert "Available from the Argos index" in listed.stdout
    assert "transcheck models install fr en" in listed.stdout


def test_install_pair_without_route_and_bad_usage(index_server, tmp_path: Path) -> None:
    no_route = _run("install", "de", "vi")
    assert no_route.exit_code == 5 and "no route de→vi" in no_route.stderr
    assert _run("install", "vi").exit_code == 2
    not_zip = tmp_path / "x.argosmodel"
    not_zip.write_text("nope")
    bad = _run("install", str(not_zip))
    assert bad.exit_code == 2 and "zip archive" in bad.stderr
    missing = _run("remove", "vi", "en")
    assert missing.exit_code == 5 and "transcheck models list" in missing.stderr
