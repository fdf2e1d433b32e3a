"""Argos packages on disk and in the Argos index: find, install, remove, download.

We read Argos' own settings (ARGOS_PACKAGES_DIR, the legacy ARGOS_TRANSLATE_PACKAGE_DIR,
ARGOS_PACKAGE_INDEX, XDG dirs, ~/.config/argos-translate/settings.json) at call time instead of
importing `argostranslate.settings`: that module freezes them at import and creates folders in
the home directory, and `argostranslate.package.install_from_path` imports
`argostranslate.translate`, which pulls stanza/minisbd. The on-disk layout is Argos' own, so
packages installed here are seen by argospm and LibreTranslate, and the other way round.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from transcheck.errors import InputError, ModelError
from transcheck.translate.base import plan_route

DEFAULT_INDEX = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/"
BROWSE_URL = "https://www.argosopentech.com/argospm/index/"
FILE_HINT = "`transcheck models install PATH.argosmodel`"


@dataclass(frozen=True)
class InstalledPackage:
    """An unpacked Argos translation package: metadata.json, model/ and sentencepiece.model."""

    path: Path
    from_code: str
    to_code: str
    package_version: str = ""
    argos_version: str = ""
    from_name: str = ""
    to_name: str = ""
    target_prefix: str = ""

    @property
    def pair(self) -> tuple[str, str]:
        return (self.from_code, self.to_code)

    @property
    def label(self) -> str:
        """How reports name it: argos:vi-en@1.1."""
        return f"argos:{self.from_code}-{self.to_code}@{self.package_version or '?'}"


@dataclass(frozen=True)
class AvailablePackage:
    """A package the Argos index offers for download."""

    from_code: str
    to_code: str
    package_version: str
    links: tuple[str, ...]
    from_name: str = ""
    to_name: str = ""
    argos_version: str = ""

    @property
    def pair(self) -> tuple[str, str]:
        return (self.from_code, self.to_code)

    @property
    def filename(self) -> str:
        return f"translate-{self.from_code}_{self.to_code}.argosmodel"


def _home() -> Path:
    return Path(os.environ["SNAP_USER_DATA"]) if "SNAP" in os.environ else Path.home()


def _argos_setting(key: str) -> str | None:
    """An Argos setting: environment first, then Argos' settings.json (as Argos reads them)."""
    if os.environ.get(key):
        return os.environ[key]
    config = Path(os.environ.get("XDG_CONFIG_HOME") or _home() / ".config")
    try:
        value = json.loads((config / "argos-translate" / "settings.json").read_text()).get(key)
    except (OSError, ValueError, AttributeError):
        return None
    return value if isinstance(value, str) and value else None


def package_dir() -> Path:
    """Where Argos packages live: ARGOS_PACKAGES_DIR, ARGOS_TRANSLATE_PACKAGE_DIR, XDG default."""
    for key in ("ARGOS_PACKAGES_DIR", "ARGOS_TRANSLATE_PACKAGE_DIR"):
        value = _argos_setting(key)
        if value:
            return Path(value).expanduser()
    data = Path(os.environ.get("XDG_DATA_HOME") or _home() / ".local" / "share")
    return data / "argos-translate" / "packages"


def index_url() -> str:
    """The Argos package index (ARGOS_PACKAGE_INDEX is a base URL, as in Argos)."""
    base = _argos_setting("ARGOS_PACKAGE_INDEX") or DEFAULT_INDEX
    return base if base.endswith(".json") else base.rstrip("/") + "/index.json"


def _metadata_package(meta: dict, path: Path) -> InstalledPackage | None:
    if meta.get("type", "translate") != "translate":
        return None
    if not isinstance(meta.get("from_code"), str) or not isinstance(meta.get("to_code"), str):
        return None
    return InstalledPackage(
        path=path,
        from_code=meta["from_code"],
        to_code=meta["to_code"],
        package_version=str(meta.get("package_version", "")),
        argos_version=str(meta.get("argos_version", "")),
        from_name=str(meta.get("from_name", "")),
        to_name=str(meta.get("to_name", "")),
        target_prefix=str(meta.get("target_prefix", "") or ""),
    )


def read_package(path: Path) -> InstalledPackage | None:
    """The package unpacked at `path`, or None when it is not a translation package."""
    try:
        meta = json.loads((path / "metadata.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return _metadata_package(meta, path) if isinstance(meta, dict) else None


def installed_packages(directory: Path | None = None) -> list[InstalledPackage]:
    """Every translation package in the package directory, sorted by pair then version."""
    directory = directory or package_dir()
    if not directory.is_dir():
        return []
    try:
        children = sorted(directory.iterdir())
    except OSError:  # unreadable folder: behave as if nothing were installed
        return []
    found = []
    for child in children:
        if child.is_dir() and not child.name.startswith("."):
            package = read_package(child)
            if package is not None:
                found.append(package)
    return sorted(found, key=lambda p: (p.pair, version_key(p.package_version)))


def version_key(version: str) -> tuple:
    """Sortable version: numeric parts compare as numbers ("1.10" > "1.9")."""
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in version.split("."))


def _archive_root(names: list[str]) -> str:
    """The folder inside the zip that holds metadata.json ('' when it sits at the top)."""
    candidates = sorted(
        str(PurePosixPath(n).parent) for n in names if PurePosixPath(n).name == "metadata.json"
    )
    candidates = [c for c in candidates if c.count("/") == 0]
    if not candidates:
        raise InputError("not an Argos package: no metadata.json at the top of the archive")
    return "" if candidates[0] == "." else candidates[0]


def inspect_archive(path: Path) -> tuple[str, dict]:
    """Validate an .argosmodel file; returns (root folder, metadata). Raises InputError."""
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    if not zipfile.is_zipfile(path):
        raise InputError(f"{path}: not an Argos package (an .argosmodel is a zip archive)")
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        for name in names:
            parts = PurePosixPath(name).parts
            if name.startswith("/") or ".." in parts or ":" in name:
                raise InputError(f"{path}: refusing unsafe path in archive: {name}")
        root = _archive_root(names)
        prefix = f"{root}/" if root else ""
        try:
            meta = json.loads(archive.read(prefix + "metadata.json").decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            raise InputError(f"{path}: metadata.json is not valid JSON") from None
    if not isinstance(meta, dict) or _metadata_package(meta, Path()) is None:
        raise InputError(f"{path}: metadata.json lacks from_code/to_code of a translation")
    for required in ("model/model.bin", "sentencepiece.model"):
        if prefix + required not in names:
            hint = " (BPE packages are not supported)" if prefix + "bpe.model" in names else ""
            raise InputError(f"{path}: not a usable Argos package: no {required}{hint}")
    return root, meta


def install_file(path: Path, directory: Path | None = None) -> InstalledPackage:
    """Install an .argosmodel file, replacing any installed package for the same pair."""
    path = Path(path)
    root, meta = inspect_archive(path)
    directory = directory or package_dir()
    directory.mkdir(parents=True, exist_ok=True)
    name = root or f"translate-{meta['from_code']}_{meta['to_code']}"
    staging = Path(tempfile.mkdtemp(prefix=".installing-", dir=directory))
    try:
        with zipfile.ZipFile(path) as archive:
            archive.extractall(staging)
        unpacked = staging / root if root else staging
        for old in installed_packages(directory):
            if old.pair == (meta["from_code"], meta["to_code"]) or old.path.name == name:
                shutil.rmtree(old.path)
        target = directory / name
        if target.exists():
            shutil.rmtree(target)
        unpacked.rename(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    package = read_package(target)
    assert package is not None  # inspect_archive checked the metadata
    return package


def remove_packages(src: str, tgt: str, directory: Path | None = None) -> list[InstalledPackage]:
    """Delete every installed package for src→tgt; ModelError when there is none."""
    doomed = [p for p in installed_packages(directory) if p.pair == (src, tgt)]
    if not doomed:
        raise ModelError(
            f"no Argos package {src}→{tgt} is installed (`transcheck models list` shows them)"
        )
    for package in doomed:
        shutil.rmtree(package.path)
    return doomed


def parse_index(entries: object) -> list[AvailablePackage]:
    """The translation packages listed in an Argos index.json document."""
    if not isinstance(entries, list):
        raise ModelError("the Argos package index is not a list of packages")
    found = []
    for meta in entries:
        if not isinstance(meta, dict) or _metadata_package(meta, Path()) is None:
            continue
        links = tuple(x for x in meta.get("links", []) if isinstance(x, str))
        if links:
            found.append(
                AvailablePackage(
                    from_code=meta["from_code"],
                    to_code=meta["to_code"],
                    package_version=str(meta.get("package_version", "")),
                    links=links,
                    from_name=str(meta.get("from_name", "")),
                    to_name=str(meta.get("to_name", "")),
                    argos_version=str(meta.get("argos_version", "")),
                )
            )
    return found


def fetch_index(timeout: float = 15.0) -> list[AvailablePackage]:
    """Download and parse the Argos index; ModelError (one line) when it cannot be reached."""
    import httpx

    url = index_url()
    try:
        response = httpx.get(url, timeout=timeout, follow_redirects=True)
        response.raise_for_status()
        return parse_index(response.json())
    except (httpx.HTTPError, ValueError) as exc:
        reason = type(exc).__name__ if not str(exc) else str(exc).splitlines()[0]
        raise ModelError(f"cannot reach the Argos package index at {url} ({reason})") from None


def plan_install(
    src: str,
    tgt: str,
    available: Iterable[AvailablePackage],
    installed: Iterable[InstalledPackage] = (),
) -> list[AvailablePackage]:
    """Packages to download for src→tgt: the direct pair, else both hops through English.

    Hops already installed are skipped; [] means nothing is missing.
    """
    newest: dict[tuple[str, str], AvailablePackage] = {}
    for package in available:
        current = newest.get(package.pair)
        if current is None or version_key(package.package_version) > version_key(
            current.package_version
        ):
            newest[package.pair] = package
    have = {p.pair for p in installed}
    route = plan_route(src, tgt, have | set(newest))
    if route is None:
        offered = sorted(f"{a}→{b}" for a, b in newest if src in (a, b) or tgt in (a, b))
        listing = ", ".join(offered) if offered else "none"
        raise ModelError(
            f"the Argos index has no route {src}→{tgt}, direct or through English "
            f"(packages with {src} or {tgt}: {listing})"
        )
    return [newest[hop] for hop in route if hop not in have]


def download(
    package: AvailablePackage,
    dest_dir: Path,
    progress: Callable[[int, int | None], None] | None = None,
    timeout: float = 30.0,
) -> Path:
    """Stream the package to dest_dir (trying each mirror link); returns the file's path."""
    import httpx

    dest_dir.mkdir(parents=True, exist_ok=True)
    target = dest_dir / package.filename
    partial = target.with_suffix(".part")
    errors = []
    for link in package.links:
        try:
            with httpx.stream("GET", link, timeout=timeout, follow_redirects=True) as response:
                response.raise_for_status()
                total = int(response.headers.get("content-length", 0)) or None
                done = 0
                with partial.open("wb") as out:
                    for chunk in response.iter_bytes(1 << 16):
                        out.write(chunk)
                        done += len(chunk)
                        if progress is not None:
                            progress(done, total)
            partial.replace(target)
            return target
        except (httpx.HTTPError, OSError) as exc:
            errors.append(f"{link}: {exc}")
    partial.unlink(missing_ok=True)
    raise ModelError(
        f"download of {package.from_code}→{package.to_code} failed ({'; '.join(errors)}); "
        f"download it from {BROWSE_URL} and run {FILE_HINT}"
    )
