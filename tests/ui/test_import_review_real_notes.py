"""Importing real concept notes in the window: pasted text (File > Import from clipboard), a
read off the window's thread, and a review that says "check" where the reader is not sure."""

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QTime, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QMessageBox, QProgressDialog
from setup_modal import on_modal, raise_pending

from roundtable_desktop.exchange.concept_note.importer import import_bytes
from roundtable_desktop.ui.changes import ActionRunner
from roundtable_desktop.ui.setup import import_flow
from roundtable_desktop.ui.setup.review_dialog import ImportReviewDialog

CORPUS = Path(__file__).resolve().parents[1] / "data" / "concept_notes"
PASTED = """Side event
Water cooperation for peace
Tuesday, 22 March 2022
13:15 - 14:30 (New York time)
Conference Room 6, United Nations Headquarters
Moderator: Ms. Retno Marsudi, Minister for Foreign Affairs of Indonesia
Background
Transboundary basins cover half of the land surface of the Earth and are home to 40 per cent of
the world's population. Cooperation over shared waters remains the exception, not the rule, and
SDG 6.5 asks all countries to put it in place by 2030.
Guiding questions
How can water cooperation prevent conflict?
What can the UN system do to support basin organisations?
"""


@pytest.fixture(autouse=True)
def _dialog_actions_passed():
    yield
    raise_pending()


@pytest.fixture
def review(qtbot, library):
    """A review dialog of a note, closed and deleted after the test."""
    runner = ActionRunner(library.change_path)

    def made(note: bytes | str, suffix: str = ".txt") -> ImportReviewDialog:
        raw = note.encode() if isinstance(note, str) else note
        dialog = ImportReviewDialog(import_bytes(raw, f"note{suffix}", suffix), f"note{suffix}", runner)
        made_dialogs.append(dialog)
        return dialog

    made_dialogs: list[ImportReviewDialog] = []
    yield made
    for dialog in made_dialogs:  # deleted now, not left for other tests' events
        dialog.close()
        dialog.deleteLater()
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_import_from_clipboard_reads_the_pasted_note_and_saves_it_after_review(qtbot, window):
    QGuiApplication.clipboard().setText(PASTED)
    before = window.library.sessions.count()
    action = window.setup_actions.paste_action
    assert action.shortcut().toString() == "Ctrl+Shift+V"
    assert action in window.file_menu.actions()

    def review(dialog: ImportReviewDialog) -> None:
        assert dialog.form.title.text() == "Water cooperation for peace"
        assert dialog.questions.list.count() == 2
        dialog.accept()

    seen = on_modal(ImportReviewDialog, review)
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_V, keys)
    qtbot.waitUntil(lambda: window.library.sessions.count() == before + 1)
    assert seen
    session = window.library.sessions.get(window.session_id)
    assert (session.date, session.start_time, session.timezone) == (
        QDate(2022, 3, 22).toPython(), QTime(13, 15).toPython(), "America/New_York")


def test_an_empty_clipboard_says_so_and_imports_nothing(qtbot, window):
    QGuiApplication.clipboard().setText("   ")
    before = window.library.sessions.count()
    texts = []
    on_modal(QMessageBox, lambda box: texts.append(box.text()) or box.accept())
    assert window.setup_actions.import_pasted() is None
    assert texts and "no text" in texts[0]
    assert window.library.sessions.count() == before


def test_the_window_goes_on_while_a_note_is_read(qtbot, window, monkeypatch):
    """A slow read runs on a worker thread: the window's timers keep firing (the chair's clock
    repaints from one), a progress dialog names the file, and the review comes when it ends."""
    release = threading.Event()
    real_import = import_flow.import_file

    def slow_import(path):
        release.wait(120)  # let go by the test once it saw the window go on (it waits a minute)
        return real_import(path)

    monkeypatch.setattr(import_flow, "import_file", slow_import)
    ticks = []
    timer = QTimer(interval=20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    labels = []
    progress = on_modal(QProgressDialog, lambda dialog: labels.append(dialog.labelText()))
    reviewed = on_modal(ImportReviewDialog, lambda dialog: dialog.reject())
    QTimer.singleShot(0, lambda: qtbot.waitUntil(lambda: len(ticks) >= 25 and bool(progress))
                      or release.set())
    window.setup_actions.import_meeting(str(CORPUS / "hrc46-intersessional-2021.txt"))
    timer.stop()
    assert release.is_set() and len(ticks) >= 25
    assert "hrc46-intersessional-2021.txt" in labels[0]
    assert reviewed


def test_a_value_the_reader_is_not_sure_of_says_check_with_the_reason(review):
    dialog = review("Concept note\n\nPanel on water\n\nGeneva, 3 March 2022\n\n"
                     "Date: 1 March 2022, 10:00-11:00 CET\n\nVenue: Room XIX, Palais des Nations\n")
    marker = dialog.form.markers["date"]
    assert "check" in marker.text() and "found" not in marker.text()
    assert "3 March 2022" in marker.toolTip() and "1 March 2022" in marker.toolTip()
    assert "Check date:" in dialog.summary.text()
    assert dialog.form.markers["venue"].text() == "found"


def test_the_date_box_shows_the_whole_date_and_typing_a_day_changes_it(qtbot, review):
    dialog = review("Panel on water\n\nMonday, 17 May 2021, 15:00-16:00 CEST, Geneva\n")
    dialog.show()
    qtbot.waitExposed(dialog)
    date = dialog.form.date
    assert date.text() == QLocale().toString(QDate(2021, 5, 17), "d MMMM yyyy")
    assert dialog.form.weekday.text() == QLocale().toString(QDate(2021, 5, 17), "dddd")
    date.setFocus()
    date.setSelectedSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClicks(date, "24")
    assert date.date() == QDate(2021, 5, 24)
    assert dialog.form.weekday.text() == QLocale().toString(QDate(2021, 5, 24), "dddd")


def test_typing_a_day_in_an_empty_date_box_starts_a_date(qtbot, review):
    dialog = review("Panel on water\n\nSome text without any date at all.\n")
    dialog.show()
    date = dialog.form.date
    assert date.text() == "not set"
    date.setFocus()
    qtbot.keyClicks(date, "9")
    assert date.date().day() == 9 and date.text() != "not set"


def test_the_speakers_tab_is_there_even_when_none_were_found_and_says_so(review):
    dialog = review("Panel on water\n\nMonday, 17 May 2021, 15:00-16:00 CEST, Geneva\n")
    index = dialog.speakers_tab
    assert dialog.tabs.tabText(index) == "&Speakers (0)"
    assert "not found in the note" in dialog.tabs.widget(index).findChild(type(dialog.summary)).text()


def test_the_tab_counts_follow_add_and_remove(review):
    dialog = review((CORPUS / "hrc46-intersessional-2021.txt").read_bytes())
    questions, programme = dialog.questions_tab, dialog.programme_tab
    assert dialog.tabs.tabText(questions) == "Guiding &questions (3)"
    dialog.questions.add()
    assert dialog.tabs.tabText(questions) == "Guiding &questions (4)"
    dialog.questions.list.setCurrentRow(0)
    dialog.questions.remove()
    dialog.questions.list.setCurrentRow(0)
    dialog.questions.remove()
    assert dialog.tabs.tabText(questions) == "Guiding &questions (2)"
    items = dialog.programme.table.rowCount()
    dialog.programme.add()
    assert dialog.tabs.tabText(programme) == f"&Programme ({items + 1})"
    dialog.programme.table.setCurrentCell(0, 0)
    dialog.programme.remove()
    assert dialog.tabs.tabText(programme) == f"&Programme ({items})"


def test_a_note_with_two_sessions_asks_which_one_is_the_meeting(review):
    dialog = review((CORPUS / "csocd61-2023-two-sessions.md").read_bytes(), ".md")
    box = dialog.choice_box
    assert box.count() == 2 and "check" in dialog.form.markers["date"].text()
    box.setCurrentIndex(1)
    assert dialog.form.date.date() == QDate(2023, 2, 7)
    assert (dialog.form.start.time(), dialog.form.end.time()) == (QTime(15, 0), QTime(18, 0))
