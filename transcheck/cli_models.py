"""`transcheck models`: list, install, remove and locate Argos translation packages.

Registered by cli.py with `main.add_command(models)`. Messages go to stderr, listings to stdout.
"""

from __future__ import annotations

import functools
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from transcheck.errors import ModelError, TranscheckError, UsageError
from transcheck.translate import packages as pkgs

_OFFLINE_INSTALL = (
    "cannot reach the Argos package index at {url}: on a machine with internet, download the "
    "packages from {browse} and install each with {hint}"
)


def _out() -> Console:
    return Console(highlight=False, soft_wrap=True)


def _err() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def _fail_in_one_line(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn our errors into one stderr line and their exit code (as cli.py does for check)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except TranscheckError as exc:
            click.echo(f"error: {exc}", err=True)
            raise click.exceptions.Exit(exc.exit_code) from None
        except OSError as exc:  # e.g. a package folder we may not write to
            click.echo(f"error: {exc.filename or ''}: {exc.strerror or exc}", err=True)
            raise click.exceptions.Exit(ModelError.exit_code) from None

    return wrapper


@click.group("models")
def models() -> None:
    """Manage the Argos Translate packages transcheck uses for machine translation."""


@models.command("path")
def path_cmd() -> None:
    """Print the package directory (ARGOS_PACKAGES_DIR / ARGOS_TRANSLATE_PACKAGE_DIR aware)."""
    click.echo(str(pkgs.package_dir()))


@models.command("list")
@click.option("--offline", is_flag=True, help="Do not contact the Argos index.")
@_fail_in_one_line
def list_cmd(offline: bool) -> None:
    """List installed packages and, when the index is reachable, the ones available."""
    installed = pkgs.installed_packages()
    out = _out()
    if installed:
        table = Table(title=f"Installed in {pkgs.package_dir()}", title_justify="left")
        for column in ("from", "to", "version", "folder"):
            table.add_column(column)
        for p in installed:
            table.add_row(p.from_code, p.to_code, p.package_version, p.path.name)
        out.print(table)
    else:
        out.print(f"No Argos packages installed in {pkgs.package_dir()}.")
    if offline:
        return
    try:
        available = pkgs.fetch_index()
    except ModelError as exc:
        _err().print(f"{exc}: showing installed packages only.")
        return
    have = {p.pair for p in installed}
    rest = sorted((a for a in available if a.pair not in have), key=lambda a: a.pair)
    table = Table(title="Available from the Argos index", title_justify="left")
    for column in ("from", "to", "version", "install with"):
        table.add_column(column)
    for a in rest:
        table.add_row(
            f"{a.from_code} ({a.from_name})",
            f"{a.to_code} ({a.to_name})",
            a.package_version,
            f"transcheck models install {a.from_code} {a.to_code}",
        )
    out.print(table)


def _install_from_index(src: str, tgt: str) -> list[pkgs.InstalledPackage]:
    """Download and install src→tgt (or both hops through English) with a progress bar."""
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        Progress,
        TextColumn,
        TransferSpeedColumn,
    )

    try:
        available = pkgs.fetch_index()
    except ModelError:
        raise ModelError(
            _OFFLINE_INSTALL.format(
                url=pkgs.index_url(), browse=pkgs.BROWSE_URL, hint=pkgs.FILE_HINT
            )
        ) from None
    plan = pkgs.plan_install(src, tgt, available, pkgs.installed_packages())
    done = []
    with (
        tempfile.TemporaryDirectory(prefix="transcheck-download-") as tmp,
        Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            DownloadColumn(),
            TransferSpeedColumn(),
            console=_err(),
            transient=True,
        ) as bar,
    ):
        for package in plan:
            task = bar.add_task(f"{package.from_code}→{package.to_code}", total=None)

            def advance(got: int, total: int | None, task: Any = task) -> None:
                bar.update(task, completed=got, total=total)

            archive = pkgs.download(package, Path(tmp), progress=advance)
            done.append(pkgs.install_file(archive))
    return done


@models.command("install")
@click.argument("what", nargs=-1, required=True)
@_fail_in_one_line
def install_cmd(what: tuple[str, ...]) -> None:
    """Install FROM TO from the Argos index (through English if needed), or a PATH.argosmodel."""
    if len(what) == 1:
        if not Path(what[0]).exists() and len(what[0]) <= 3:
            raise UsageError(
                f"give FROM and TO (e.g. `transcheck models install {what[0]} en`) "
                "or the path of an .argosmodel file"
            )
        installed = [pkgs.install_file(Path(what[0]))]
    elif len(what) == 2:
        src, tgt = (w.strip().lower() for w in what)
        installed = _install_from_index(src, tgt)
        if not installed:
            _err().print(f"Nothing to do: {src}→{tgt} is already covered by installed packages.")
            return
    else:
        raise UsageError("usage: transcheck models install FROM TO | PATH.argosmodel")
    for p in installed:
        _err().print(f"Installed {p.from_code}→{p.to_code} {p.package_version} in {p.path}")


@models.command("remove")
@click.argument("src")
@click.argument("tgt")
@_fail_in_one_line
def remove_cmd(src: str, tgt: str) -> None:
    """Remove the installed package(s) for FROM → TO."""
    for p in pkgs.remove_packages(src.lower(), tgt.lower()):
        _err().print(f"Removed {p.from_code}→{p.to_code} {p.package_version} ({p.path})")
