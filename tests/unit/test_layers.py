"""The layers of DESIGN.md: no Qt below ui/, the CLI never imports the window."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "roundtable_desktop"
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            prefix = "." * node.level
            names.add(prefix + (node.module or ""))
    return names


def qt_free_files() -> list[Path]:
    files = [PACKAGE / "cli.py", PACKAGE / "startup.py"]
    for layer in ("domain", "storage", "exchange", "link"):
        files.extend(sorted((PACKAGE / layer).rglob("*.py")))
    return files


@pytest.mark.parametrize("path", qt_free_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_qt_below_the_ui(path: Path):
    qt = [name for name in imported_modules(path) if name.split(".")[0] in QT_MODULES]
    assert not qt, f"{path.name} imports Qt: {qt}"


# What each layer may import of ours, besides itself (DESIGN.md, docs/architecture.md).
ALLOWED = {
    "domain": set(),
    "storage": {"domain"},
    "exchange": {"domain", "resources"},  # resources: the one helper that finds resources/
    "link": {"storage", "exchange", "domain"},
}
# link/ reads and writes the meeting-file format, and nothing else of exchange/: the live link
# carries the same changes the file holds, in the same words.
LINK_MAY_USE_OF_EXCHANGE = {"exchange.meeting_file"}


def our_imports(path: Path, root: Path = PACKAGE) -> set[str]:
    """The modules of ours a file imports, as dotted paths from the package root
    (``from ..exchange.meeting_file import X`` in link/wire.py is ``exchange.meeting_file``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = list(path.relative_to(root).parent.parts)
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".", 1)[1] for alias in node.names
                         if alias.name.startswith("roundtable_desktop."))
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level == 0:
                if module.startswith("roundtable_desktop."):
                    found.add(module.split(".", 1)[1])
                continue
            base = package[:len(package) - (node.level - 1)] if node.level - 1 <= len(package) else []
            tail = [module] if module else [alias.name for alias in node.names]
            found.update(".".join([*base, name]) for name in tail)
    return found


def layer_offenders(layer: str, root: Path = PACKAGE) -> list[str]:
    offenders = []
    for path in sorted((root / layer).rglob("*.py")):
        for name in our_imports(path, root):
            top = name.split(".")[0]
            if top != layer and top not in ALLOWED[layer]:
                offenders.append(f"{path.relative_to(root)}: {name}")
            if layer == "link" and top == "exchange" and name not in LINK_MAY_USE_OF_EXCHANGE:
                offenders.append(f"{path.relative_to(root)}: {name} (only the meeting-file format)")
    return offenders


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_imports_point_down_only(layer: str):
    assert layer_offenders(layer) == []


def test_the_layer_checker_sees_an_import_pointing_up(tmp_path: Path):
    for layer, text in (("link", "from ..ui.main_window import MainWindow\n"),
                        ("link", "from ..exchange.concept_note import read\n"),
                        ("storage", "from ..link import share\n"),
                        ("exchange", "from roundtable_desktop.storage.library import Library\n"),
                        ("domain", "from .. import cli\n")):
        (tmp_path / layer / "deep").mkdir(parents=True, exist_ok=True)
        (tmp_path / layer / "deep" / "sample.py").write_text("from . import sibling\n")
        (tmp_path / layer / "sample.py").write_text(text)
        assert len(layer_offenders(layer, tmp_path)) == 1, (layer, text)


def test_the_cli_never_imports_the_window():
    names = imported_modules(PACKAGE / "cli.py")
    assert not any(name.lstrip(".").split(".")[0] == "ui" or ".ui" in name for name in names)


def test_the_checker_sees_a_qt_import(tmp_path: Path):
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtCore import QTimer\n")
    assert "PySide6.QtCore" in imported_modules(sample)
