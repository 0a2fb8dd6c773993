"""File > Import…: a concept note is read, reviewed, corrected and only then saved."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from setup_modal import on_modal, raise_pending

from roundtable_desktop.exchange.demo import DEMO_TITLE
from roundtable_desktop.ui.setup.review_dialog import ImportReviewDialog

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "concept_notes"
SEED = FIXTURES / "cstd-2021-seed.txt"


@pytest.fixture(autouse=True)
def _dialog_actions_passed():
    yield
    raise_pending()


def _marker_texts(dialog: ImportReviewDialog) -> str:
    from PySide6.QtWidgets import QLabel

    return " ".join(label.text() for label in dialog.form.findChildren(QLabel))


def test_the_import_action_is_in_the_file_menu_with_ctrl_i(window):
    action = window.setup_actions.import_action
    assert action in window.file_menu.actions()
    assert action.shortcut().toString() == "Ctrl+I"
    assert "Ctrl+I" in action.toolTip()


def test_importing_the_seed_reviews_it_saves_the_correction_and_selects_the_new_meeting(qtbot, window):
    before = window.library.sessions.count()

    def review(dialog: ImportReviewDialog) -> None:
        assert "not found" in _marker_texts(dialog) and "found" in _marker_texts(dialog)
        assert dialog.form.title.text() == DEMO_TITLE
        assert dialog.programme.total.text() == "60 of 60 min"
        dialog.form.venue.setFocus()
        qtbot.keyClicks(dialog.form.venue, "Room XIX, Palais des Nations")
        qtbot.keyClick(dialog.form.venue, Qt.Key.Key_Return)  # Enter saves the meeting

    seen = on_modal(ImportReviewDialog, review)
    new_id = window.setup_actions.import_meeting(str(SEED))
    assert seen and new_id
    assert window.library.sessions.count() == before + 1
    assert window.session_id == new_id
    session = window.library.sessions.get(new_id)
    assert session.venue == "Room XIX, Palais des Nations"
    assert session.timezone == "Europe/Zurich"
    assert window.questions_panel.model.rowCount() == 3
    assert window.agenda_panel.model.rowCount() == 4


def test_cancelling_the_review_saves_nothing(qtbot, window):
    before = window.library.sessions.count()
    shown = window.session_id
    on_modal(ImportReviewDialog, lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    assert window.setup_actions.import_meeting(str(FIXTURES / "unea-2024-ocean-dialogue.md")) is None
    assert window.library.sessions.count() == before
    assert window.session_id == shown


def test_ctrl_i_asks_for_a_file_then_opens_the_review(qtbot, window, monkeypatch):
    monkeypatch.setattr(window.setup_actions.importer, "choose_file", lambda: str(SEED))
    seen = on_modal(ImportReviewDialog, lambda dialog: dialog.reject())
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(seen))


def test_corrections_in_every_tab_are_what_is_saved(qtbot, window):
    def review(dialog: ImportReviewDialog) -> None:
        dialog.tabs.setCurrentIndex(2)
        questions = dialog.questions.list
        questions.setCurrentRow(1)
        qtbot.keyClick(dialog.questions, Qt.Key.Key_Delete)
        assert questions.count() == 2
        questions.item(0).setText("  How can partnerships grow?  ")
        dialog.tabs.setCurrentIndex(3)
        programme = dialog.programme
        programme.table.setCurrentCell(3, 0)
        programme.remove()
        assert programme.total.text() == "40 of 60 min (20 min not planned)"
        programme.table.cellWidget(2, 2).setValue(50)
        assert programme.total.text() == "65 of 60 min (5 min too many)"
        dialog.form.end.setTime(dialog.form.end.time().addSecs(1800))
        assert programme.total.text() == "65 of 90 min (25 min not planned)"
        dialog.form.sdgs.boxes[5].setChecked(True)
        dialog.objectives.setPlainText("Only this.")
        dialog.accept()

    on_modal(ImportReviewDialog, review)
    new_id = window.setup_actions.import_meeting(str(SEED))
    meeting = window.library.load_meeting(new_id)
    assert [q.text for q in meeting.questions] == ["How can partnerships grow?", meeting.questions[1].text]
    assert [q.label for q in meeting.questions] == ["Q1", "Q2"]
    assert [i.planned_minutes for i in meeting.agenda] == [10, 5, 50]
    assert meeting.session.planned_minutes == 90
    assert 5 in meeting.session.focus_sdgs
    assert meeting.session.objectives == "Only this."


def test_an_empty_title_or_unknown_zone_keeps_the_review_open(qtbot, window):
    def review(dialog: ImportReviewDialog) -> None:
        dialog.form.title.clear()
        dialog.accept()
        assert dialog.isVisible() and "title" in dialog.message.text()
        dialog.form.title.setText("Fixed title")
        dialog.form.zone.setEditText("Mars/Olympus")
        dialog.accept()
        assert dialog.isVisible() and "time zone" in dialog.message.text()
        dialog.form.zone.setEditText("Asia/Tokyo")
        dialog.accept()

    on_modal(ImportReviewDialog, review)
    new_id = window.setup_actions.import_meeting(str(SEED))
    session = window.library.sessions.get(new_id)
    assert (session.title, session.timezone) == ("Fixed title", "Asia/Tokyo")


def test_a_refused_file_says_why_and_nothing_is_saved(qtbot, window, tmp_path):
    bad = tmp_path / "note.docx"
    bad.write_text("not a zip")
    before = window.library.sessions.count()
    messages = []

    def read(box: QMessageBox) -> None:
        messages.append(box.text())
        box.accept()

    on_modal(QMessageBox, read)
    assert window.setup_actions.import_meeting(str(bad)) is None
    assert "Nothing was imported" in messages[0] and "not a Word document" in messages[0]
    assert window.library.sessions.count() == before


def test_a_word_note_shows_its_speakers_and_unticked_ones_are_left_out(qtbot, window):
    def review(dialog: ImportReviewDialog) -> None:
        assert dialog.speakers.count() == 3
        dialog.speakers.item(0).setCheckState(Qt.CheckState.Unchecked)
        dialog.accept()

    on_modal(ImportReviewDialog, review)
    new_id = window.setup_actions.import_meeting(str(FIXTURES / "itu-2023-digital-panel.docx"))
    names = [p.name for p in window.library.participants.for_session(new_id)]
    assert sorted(names) == ["H.E. Ms. Paula Ingabire", "Mr. Jean Dupont"]


def test_a_session_file_comes_back_whole_with_speaker_list_and_syntheses(qtbot, window, tmp_path):
    import json

    from roundtable_desktop.domain.model import Note
    from roundtable_desktop.exchange.session_json import meeting_to_dict

    meeting = window.library.load_meeting(window.session_id)
    meeting.questions[0].synthesis = "Partnerships need money behind them."
    discussant = meeting.slots[2]
    meeting.notes.append(Note(session_id=meeting.session.id, text="Fund the labs.", slot_id=discussant.id,
                              participant_id=discussant.participant_id, question_id=meeting.questions[0].id))
    path = tmp_path / "meeting.json"
    path.write_text(json.dumps(meeting_to_dict(meeting)))

    def review(dialog: ImportReviewDialog) -> None:
        assert dialog.speakers.count() == len(meeting.participants)
        names = [dialog.speakers.item(i).text() for i in range(dialog.speakers.count())]
        dialog.speakers.item(names.index(next(n for n in names if n.startswith("Discussant 1")))) \
            .setCheckState(Qt.CheckState.Unchecked)
        dialog.programme.table.setCurrentCell(0, 0)
        dialog.programme.move(1)  # reordered, still the same items
        dialog.accept()

    on_modal(ImportReviewDialog, review)
    new_id = window.setup_actions.import_meeting(str(path))
    copy = window.library.load_meeting(new_id)
    assert new_id != meeting.session.id
    assert copy.questions[0].synthesis == "Partnerships need money behind them."
    assert len(copy.slots) == len(meeting.slots) - 1  # Discussant 1 was left out, with their place
    items = {item.id: item.title for item in copy.agenda}
    assert all(items[slot.agenda_item_id] for slot in copy.slots)
    assert [item.title for item in copy.agenda][:2] == [meeting.agenda[1].title, meeting.agenda[0].title]
    note = copy.notes[0]
    assert note.text == "Fund the labs." and note.question_id == copy.questions[0].id
    assert note.participant_id is None and note.slot_id is None


def test_a_concept_note_dropped_on_the_window_opens_the_review(qtbot, window):
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(SEED))])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    seen = on_modal(ImportReviewDialog, lambda dialog: dialog.accept())
    drop = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    before = window.library.sessions.count()
    QApplication.sendEvent(window, drop)
    qtbot.waitUntil(lambda: window.library.sessions.count() == before + 1)
    assert seen and window.session_id is not None
    assert window.library.sessions.get(window.session_id).title == DEMO_TITLE


def test_other_files_dragged_on_the_window_are_not_taken(window, tmp_path):
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDragEnterEvent
    from PySide6.QtWidgets import QApplication

    picture = tmp_path / "photo.png"
    picture.write_bytes(b"\x89PNG")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(picture))])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_a_new_kind_in_the_review_brings_its_speaking_times_unless_set_by_hand(qtbot):
    from PySide6.QtCore import QTime

    from roundtable_desktop.domain.enums import AgendaKind
    from roundtable_desktop.domain.model import AgendaItem
    from roundtable_desktop.ui.setup.list_editors import COL_KIND, COL_LIMIT, COL_TARGET, ProgrammeEditor

    items = [AgendaItem(session_id="s", title="Remarks", kind=AgendaKind.REMARKS, planned_minutes=5,
                        default_target_seconds=300, default_limit_seconds=300),
             AgendaItem(session_id="s", title="Statements", kind=AgendaKind.REMARKS, planned_minutes=20,
                        default_target_seconds=240, default_limit_seconds=240)]
    editor = ProgrammeEditor(items, lambda: 25)
    qtbot.addWidget(editor)
    interventions = list(AgendaKind).index(AgendaKind.INTERVENTIONS)
    for row in (0, 1):
        editor.table.cellWidget(row, COL_KIND).setCurrentIndex(interventions)
    assert editor.table.cellWidget(0, COL_LIMIT).time() == QTime(0, 7)  # the kind's 5:00 / 7:00
    assert editor.table.cellWidget(1, COL_TARGET).time() == QTime(0, 4)  # 4:00 set by hand, kept
    assert [(i.kind, i.default_target_seconds, i.default_limit_seconds) for i in editor.items("s")] == [
        (AgendaKind.INTERVENTIONS, 300, 420), (AgendaKind.INTERVENTIONS, 240, 240)]
    assert editor.total.text() == "25 of 25 min"


def test_importing_a_meeting_already_in_the_library_says_so_in_the_review(qtbot, window):
    summaries = []

    def review(dialog: ImportReviewDialog) -> None:
        summaries.append(dialog.summary.text())
        dialog.reject()

    on_modal(ImportReviewDialog, review)
    window.setup_actions.import_meeting(str(SEED))  # the demo meeting is the seed's
    assert "already holds a meeting with this title on this date" in summaries[0]
