"""The window's translation files: ``resources/translations/roundtable_<lang>.ts`` (Qt Linguist
sources) compiled to ``.qm`` with ``pyside6-lrelease``.

The build (``make translations``, the package build) compiles them beside the sources; an installed
wheel or a checkout without them compiles each one at its first use into the user's cache, with
the ``lrelease`` that ships with PySide6, under a name that carries the source's hash (so an
updated translation is compiled again).
"""

import importlib.util
import logging
import shutil
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QStandardPaths

from ..domain.languages import Language
from ..resources import resource_path

log = logging.getLogger(__name__)
PREFIX = "roundtable_"


def translations_dir() -> Path:
    return resource_path("translations")


def source_file(language: Language) -> Path:
    return translations_dir() / f"{PREFIX}{language.translation}.ts"


def cache_dir() -> Path:
    """Where translations compiled at first use are kept (the user's cache)."""
    cache = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation))
    return cache / "translations"


def lrelease_command() -> list[str] | None:
    """The ``lrelease`` shipped inside PySide6 (also when installed as a wheel), else on PATH."""
    spec = importlib.util.find_spec("PySide6")
    if spec and spec.origin:
        for name in ("lrelease", "lrelease.exe"):
            tool = Path(spec.origin).parent / name
            if tool.is_file():
                return [str(tool)]
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name)
        if found:
            return [found]
    return None


def compile_translation(source: Path, target: Path) -> bool:
    import subprocess  # only when a translation is compiled at its first use

    command = lrelease_command()
    if command is None:
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".qm.partial")
    result = subprocess.run([*command, "-silent", str(source), "-qm", str(partial)],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0 or not partial.is_file():
        log.warning("Cannot compile %s: %s", source.name, result.stderr.strip())
        partial.unlink(missing_ok=True)
        return False
    partial.replace(target)
    return True


def compiled_file(language: Language) -> Path | None:
    """The ``.qm`` of ``language``: the one built beside its source, else one compiled into the
    cache; None when there is none (the window then stays in English, and the log says why)."""
    source = source_file(language)
    built = source.with_suffix(".qm")
    if built.is_file() and (not source.is_file() or built.stat().st_mtime >= source.stat().st_mtime):
        return built
    if not source.is_file():
        log.warning("No translation for %s in %s", language.code, translations_dir())
        return None
    import hashlib  # only for a translation not built beside its source

    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    cached = cache_dir() / f"{PREFIX}{language.translation}-{digest}.qm"
    if cached.is_file() or compile_translation(source, cached):
        return cached
    return None


def qt_file(language: Language) -> Path | None:
    """Qt's own translation (``qtbase_fr.qm``: the buttons of its dialogs, its key names)."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    candidate = folder / f"qtbase_{language.translation}.qm"
    return candidate if candidate.is_file() else None
