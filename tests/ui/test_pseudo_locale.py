"""The pseudo-locale: every text replaced by an accented, 30 % longer form. The window, each menu
and each dialog opened from the menus must show no English word that did not go through
translation (the meeting's own data excepted)."""

import re
from dataclasses import fields

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTabWidget,
    QWidget,
)
from setup_modal import watch_for

from roundtable_desktop.domain.languages import LANGUAGES, language
from roundtable_desktop.ui.language import LanguageSwitcher
from tests.ui.event_queue import let_queued_events_run
from tests.ui.pseudo import PseudoTranslator, pseudo, untranslated_words

# Words that are names, not language: zones, units, formats, products, key names kept by Qt
ALLOWED = {"UTC", "GMT", "CEST", "CET", "SDG", "SDGs", "CSV", "JSON", "Markdown", "Word", "docx",
           "md", "csv", "json", "txt", "markdown", "dotx", "PDF", "Roundtable", "Desktop", "ID", "HLPF",
           "ECOSOC", "CSTD", "UNCTAD", "PM", "AM", "Europe", "Zurich", "America", "New_York"}
ALLOWED |= {word for lang in LANGUAGES for word in re.findall(r"[A-Za-z]{2,}", lang.native_name)}
KEY_NAMES = frozenset({"Ctrl", "Shift", "Alt", "Del", "Ins", "Return", "Up", "Down", "Enter", "Esc"})
PATH = re.compile(r"\w+://\S+|(/[\w.\-]+){2,}")  # an address, a file's path: names, not language
ZONE_ID = re.compile(r"[A-Za-z_]+(/[A-Za-z0-9_+\-]+)+")
# the window's dates come from its locale (French here), already in that language
_FRENCH = QLocale(QLocale.Language.French)
_SHORT = QLocale.FormatType.ShortFormat
ALLOWED |= {word for n in range(1, 13)
            for word in re.findall(r"[A-Za-z]{2,}", f"{_FRENCH.monthName(n)} {_FRENCH.monthName(n, _SHORT)}")}
ALLOWED |= {word for n in range(1, 8) for word in re.findall(r"[A-Za-z]{2,}", _FRENCH.dayName(n))}


@pytest.fixture
def pseudo_window(qtbot, library, demo, qsettings):
    from roundtable_desktop.ui.main_window import MainWindow

    switcher = LanguageSwitcher.of()
    switcher.use(language("fr"), [PseudoTranslator()])
    window = MainWindow(library, qsettings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    switcher.use(language("en"))
    QApplication.processEvents()


def library_words(library) -> set[str]:
    """Every word the library's meetings hold: titles, names, questions, notes."""
    return {word for session in library.sessions.all() for word in meeting_words(library, session.id)}


def meeting_words(library, session_id: str) -> set[str]:
    meeting = library.load_meeting(session_id)
    records = [meeting.session, *meeting.agenda, *meeting.questions, *meeting.participants, *meeting.notes]
    texts = [value for record in records for field in fields(record)
             if isinstance(value := getattr(record, field.name), str)]
    return {word for text in texts for word in re.findall(r"[A-Za-z]{2,}", text)}


def widget_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of everything a user reads in ``root`` and its visible children."""
    found: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, QFileDialog):
            continue
        name = type(widget).__name__
        found += [(f"{name} tooltip", widget.toolTip()), (f"{name} title", widget.windowTitle())]
        if isinstance(widget, QLabel | QAbstractButton):
            found.append((name, widget.text()))
        if isinstance(widget, QGroupBox):
            found.append((name, widget.title()))
        if isinstance(widget, QLineEdit):
            found.append((f"{name} placeholder", widget.placeholderText()))
        if isinstance(widget, QTabWidget):
            found += [(f"{name} tab", widget.tabText(i)) for i in range(widget.count())]
        if isinstance(widget, QComboBox):
            found += [(f"{name} item", widget.itemText(i)) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            found += model_texts(widget.model())
    return [(where, text) for where, text in found if text]


def model_texts(model) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a model of Qt's own whose count is private
        return found
    for column in range(columns):
        header = model.headerData(column, Qt.Orientation.Horizontal)
        if isinstance(header, str):
            found.append(("header", header))
        for row in range(min(model.rowCount(QModelIndex()), 30)):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(model.index(row, column), role)
                if isinstance(value, str):
                    found.append((f"cell {row},{column}", value))
    return found


def menu_texts(menu: QMenu, path: str = "") -> list[tuple[str, str]]:
    found = [(f"menu {path}", menu.title())]
    for action in menu.actions():
        if action.isSeparator():
            continue
        found += [(f"action {path}", action.text()), (f"tip {path}", action.toolTip())]
        if action.menu():
            found += menu_texts(action.menu(), f"{path}/{action.text()}")
    return found


def untranslated(texts: list[tuple[str, str]], data: set[str],
                 allowed: frozenset[str] = frozenset()) -> list[str]:
    problems = []
    for where, text in texts:
        if ZONE_ID.fullmatch(text):
            continue  # Europe/Zurich: the same in every language
        words = [w for w in untranslated_words(PATH.sub(" ", text))
                 if w not in ALLOWED and w not in allowed and not is_data(w, data)]
        if words:
            problems.append(f"{where}: {text!r} ({', '.join(words)})")
    return sorted(set(problems))


def is_data(word: str, data: set[str]) -> bool:
    """A word of the meeting's data, or the beginning of one (a long title cut with "…")."""
    return word in data or any(known.startswith(word) for known in data)


def all_actions(window) -> list:
    actions, menus = [], [m.menu() for m in window.menuBar().actions() if m.menu()]
    while menus:
        menu = menus.pop(0)
        for action in menu.actions():
            if action.menu():
                menus.append(action.menu())
            elif not action.isSeparator():
                actions.append(action)
    return actions


def test_the_window_and_its_menus_show_only_translated_text(pseudo_window, library):
    data = library_words(library)
    texts = widget_texts(pseudo_window)
    for action in pseudo_window.menuBar().actions():
        texts += menu_texts(action.menu(), action.text())
    problems = untranslated(texts, data)
    assert not problems, "\n".join(problems)


def test_every_dialog_opened_from_the_menus_shows_only_translated_text(qtbot, pseudo_window, library):
    problems: list[str] = []
    opened: list[str] = []

    def inspect_and_close() -> None:
        dialog = QApplication.activeModalWidget() or next(
            (w for w in QApplication.topLevelWidgets()
             if isinstance(w, QDialog | QMessageBox) and w.isVisible()), None)
        if dialog is None:
            return
        if isinstance(dialog, QFileDialog):
            dialog.reject()
            return
        opened.append(dialog.windowTitle())
        problems.extend(untranslated(widget_texts(dialog), library_words(library)))
        if isinstance(dialog, QDialog):
            dialog.reject()
        else:
            dialog.close()

    def closing_every_dialog() -> bool:
        inspect_and_close()
        return False  # looks on until the action is done

    for action in all_actions(pseudo_window):
        if action.text() == pseudo("&Quit") or not action.isEnabled():
            continue
        watch = watch_for(closing_every_dialog)  # inside a modal dialog's exec() too
        action.trigger()
        let_queued_events_run(qtbot)  # what the action put off has run: a dialog it opens is open
        inspect_and_close()
        watch.stop()
    # the dialogs of the menus, those added since the window's first translation among them
    expected = {pseudo(title) for title in ("Roll call", "Message to the speaker", "Share on this network",
                                            "Join a shared meeting", "Participants", "Floor request")}
    assert expected <= set(opened), opened
    problems = sorted(set(problems))
    assert not problems, "\n".join(problems)


def test_switching_language_at_run_time_leaves_no_english_behind(qtbot, window, library):
    """The window built in English, then switched: every area and menu takes the new texts."""
    switcher = LanguageSwitcher.of()
    try:
        switcher.use(language("fr"), [PseudoTranslator()])
        QApplication.processEvents()
        texts = widget_texts(window)
        for action in window.menuBar().actions():
            texts += menu_texts(action.menu(), action.text())
        # key names in a tooltip ("… (Ctrl+K)") keep the language the window started in
        problems = untranslated(texts, library_words(library), KEY_NAMES)
        assert not problems, "\n".join(problems)
    finally:
        switcher.use(language("en"))
        QApplication.processEvents()


def test_the_import_review_shows_only_translated_text(qtbot, pseudo_window, library):
    from roundtable_desktop.exchange.concept_note import import_file
    from roundtable_desktop.ui.setup.review_dialog import ImportReviewDialog
    from tests.conftest import ROOT

    result = import_file(ROOT / "resources" / "demo" / "cstd-2021-concept-note.txt")
    dialog = ImportReviewDialog(result, "cstd-2021-concept-note.txt", pseudo_window.runner, pseudo_window)
    qtbot.addWidget(dialog)
    dialog.show()
    # what the importer wrote (its findings and notes) is translated too: only the file's name
    # and the meeting's own data are not language
    data = library_words(library) | meeting_texts(result.meeting) | {"cstd", "concept", "note", "txt"}
    problems = []
    for tabs in dialog.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            problems += untranslated(widget_texts(dialog), data)
    problems = sorted(set(problems))
    assert not problems, "\n".join(problems)


def meeting_texts(meeting) -> set[str]:
    records = [meeting.session, *meeting.agenda, *meeting.questions, *meeting.participants, *meeting.notes]
    return {word for record in records for field in fields(record)
            if isinstance(value := getattr(record, field.name), str)
            for word in re.findall(r"[A-Za-z]{2,}", value)}
