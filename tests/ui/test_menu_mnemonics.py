"""Alt and a letter reach one menu item only: in no menu of the window (nor its menu bar) do two
items share a mnemonic, in English and in each language the window speaks."""

import re

import pytest
from PySide6.QtWidgets import QApplication, QMenu

from roundtable_desktop.domain.languages import language
from roundtable_desktop.ui.language import LanguageSwitcher

MNEMONIC = re.compile(r"&(?!&)(.)")


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def clashes(titled: list[tuple[str, list[str]]]) -> list[str]:
    found = []
    for title, texts in titled:
        seen: dict[str, str] = {}
        for text in texts:
            letter = mnemonic(text)
            if letter is None or letter.isspace():
                continue
            if letter in seen:
                found.append(f"{title}: {seen[letter]!r} and {text!r} share {letter!r}")
            seen[letter] = text
    return found


def menus_of(window) -> list[tuple[str, list[str]]]:
    """The menu bar and every menu reachable from it, with the texts of their visible items."""
    bar = window.menuBar()
    titled = [("menu bar", [a.text() for a in bar.actions() if a.isVisible()])]
    waiting = [a.menu() for a in bar.actions() if a.menu() is not None]
    seen: set[int] = set()
    while waiting:
        menu = waiting.pop()
        if id(menu) in seen:
            continue
        seen.add(id(menu))
        menu.aboutToShow.emit()  # menus filled when they open (recent files, screens)
        texts = [a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()]
        titled.append((menu.title(), texts))
        waiting.extend(a.menu() for a in menu.actions() if isinstance(a.menu(), QMenu))
    return titled


def test_the_floor_request_and_closing_the_floor_have_their_own_letters(window):
    console = next(texts for title, texts in menus_of(window)
                   if any("Floor request" in t for t in texts))
    floor = next(t for t in console if "Floor request" in t)
    closing = next(t for t in console if "floor" in t.lower() and t != floor and "&" in t
                   and "clos" in t.lower())
    assert mnemonic(floor) != mnemonic(closing)


def test_no_menu_in_english_has_two_items_with_one_mnemonic(window):
    assert clashes(menus_of(window)) == []


@pytest.fixture
def switcher(qapp):
    switcher = LanguageSwitcher.of(qapp)
    yield switcher
    switcher.use(language("en"))
    QApplication.processEvents()


@pytest.mark.parametrize("code", ["fr", "es", "ru", "zh_CN", "ar"])
def test_no_menu_in_a_translation_has_two_items_with_one_mnemonic(window, switcher, code):
    switcher.use(language(code))
    QApplication.processEvents()
    titled = menus_of(window)
    assert any(mnemonic(t) for _, texts in titled for t in texts)  # the translation has letters
    assert clashes(titled) == []
