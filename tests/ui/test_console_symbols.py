"""Every symbol the window shows is in the font it is drawn with: no empty boxes where a font
lacks a glyph (the pause sign "⏸" was one with common fonts)."""

import ast
import unicodedata
from pathlib import Path

from PySide6.QtGui import QFont, QRawFont
from PySide6.QtWidgets import QApplication

from tests.conftest import ROOT

UI = ROOT / "roundtable_desktop" / "ui"


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) \
                and isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, str):
            found.add(id(body[0].value))
    return found


def shown_symbols() -> dict[str, set[str]]:
    """Characters beyond ASCII that are not letters or spaces, in the UI's strings."""
    symbols: dict[str, set[str]] = {}
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _docstrings(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
                for char in node.value:
                    if ord(char) > 127 and not unicodedata.category(char).startswith(("L", "M", "Z", "C")):
                        symbols.setdefault(char, set()).add(Path(path).name)
    return symbols


def test_the_ui_strings_hold_symbols_to_check():
    assert "\u2014" in shown_symbols()  # the scan finds what it should


def test_every_symbol_shown_is_in_the_window_font(qapp):
    fonts = [QApplication.font(), QFont(QApplication.font().family())]
    bold = QFont(QApplication.font())
    bold.setBold(True)
    fonts.append(bold)
    missing = {}
    for font in fonts:
        raw = QRawFont.fromFont(font)
        assert raw.isValid()
        for char, files in shown_symbols().items():
            if not raw.supportsCharacter(ord(char)):
                missing[f"{char} U+{ord(char):04X} {unicodedata.name(char, '')}"] = sorted(files)
    assert missing == {}, f"not in {QApplication.font().family()}: {missing}"
