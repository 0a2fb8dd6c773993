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


@pytest.mark.parametrize("layer,forbidden", [
    ("domain", ("storage", "exchange", "ui", "app", "cli")),
    ("storage", ("exchange", "ui", "app", "cli")),
    ("exchange", ("storage", "ui", "app", "cli")),
    ("link", ("ui", "app", "cli")),
])
def test_imports_point_down_only(layer: str, forbidden: tuple[str, ...]):
    offenders = []
    for path in (PACKAGE / layer).rglob("*.py"):
        for name in imported_modules(path):
            parts = name.lstrip(".").split(".")
            if name.startswith("roundtable_desktop."):
                parts = parts[1:]
            if name.startswith(("..", "roundtable_desktop.")) and parts and parts[0] in forbidden:
                offenders.append(f"{path.name}: {name}")
    assert not offenders


def test_the_cli_never_imports_the_window():
    names = imported_modules(PACKAGE / "cli.py")
    assert not any(name.lstrip(".").split(".")[0] == "ui" or ".ui" in name for name in names)


def test_the_checker_sees_a_qt_import(tmp_path: Path):
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtCore import QTimer\n")
    assert "PySide6.QtCore" in imported_modules(sample)
