"""A write the library refuses (here: another program holds it locked), for each area's edit:
the input stays where it was typed, nothing says it is saved, the disk-trouble bar says so once,
and its retry stores the edit as soon as the library takes writes again."""

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from setup_modal import on_modal, raise_pending

from roundtable_desktop.domain.enums import SlotState
from roundtable_desktop.domain.errors import StorageWriteError
from roundtable_desktop.storage.lock import LibraryLock
from roundtable_desktop.ui.agenda_panel import AgendaItemDialog
from roundtable_desktop.ui.questions_panel import QuestionDialog
from roundtable_desktop.ui.reliability import write_guard
from roundtable_desktop.ui.reliability.guardian import Reliability
from roundtable_desktop.ui.reliability.single_instance import Claim
from roundtable_desktop.ui.reliability.write_guard import WriteGuard
from roundtable_desktop.ui.setup.participant_dialog import ParticipantDialog
from roundtable_desktop.ui.setup.participants_dialog import ParticipantsDialog
from roundtable_desktop.ui.setup.properties_dialog import MeetingPropertiesDialog
from roundtable_desktop.ui.setup.review_dialog import ImportReviewDialog

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "concept_notes" / "cstd-2021-seed.txt"


@pytest.fixture(autouse=True)
def _dialog_actions_passed():
    yield
    raise_pending()


@pytest.fixture
def guarded(window, library_path, monkeypatch):
    monkeypatch.setattr(write_guard, "RETRY_MS", 100)
    claim = Claim(library_path, LibraryLock(library_path).acquire())
    reliability = Reliability(window, window.library, claim)
    reliability.guard.timer.setInterval(100)
    troubles: list[str] = []
    reliability.guard.trouble.connect(troubles.append)
    reliability.troubles = troubles
    yield reliability
    reliability.close()
    claim.release()


@pytest.fixture
def locked(library_path, guarded):
    guarded.library.database.connection.execute("PRAGMA busy_timeout = 20")
    other = sqlite3.connect(library_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    yield other
    if other.in_transaction:
        other.execute("ROLLBACK")
    other.close()


def refused_then_retried(qtbot, guarded, locked, dialog, field_text: str, field) -> None:
    """In the dialog after OK: kept open with the input, said not saved, the bar says why; the
    library is let go and the bar's retry stores it, which closes the dialog."""
    assert dialog.isVisible()
    assert field_text in field()
    assert dialog.not_saved.isVisible() and "Not saved" in dialog.not_saved.text()
    assert guarded.bar.isVisible() and "another program" in guarded.bar.message.text()
    assert len(guarded.troubles) == 1  # said once
    locked.execute("ROLLBACK")
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_a_refused_agenda_edit_is_kept_in_its_dialog_and_stored_by_the_retry(
        qtbot, window, guarded, locked, library, demo):
    panel = window.agenda_panel
    item = panel.model.record(1)
    panel.select_id(item.id)

    def edit(dialog: AgendaItemDialog) -> None:
        dialog.title.setText("Remarks by the co-chair, revised")
        dialog.accept()
        assert library.agenda.get(item.id).title == item.title  # not stored, not said stored
        refused_then_retried(qtbot, guarded, locked, dialog, "revised", dialog.title.text)

    seen = on_modal(AgendaItemDialog, edit)
    panel.edit_selected()
    assert seen
    assert library.agenda.get(item.id).title == "Remarks by the co-chair, revised"
    assert panel.model.record(1).title == "Remarks by the co-chair, revised"
    assert "every change kept for a retry is stored" in guarded.bar.message.text()


def test_a_refused_question_edit_is_kept_in_its_dialog_and_stored_by_the_retry(
        qtbot, window, guarded, locked, library, demo):
    panel = window.questions_panel
    question = panel.model.record(0)
    panel.select_id(question.id)

    def edit(dialog: QuestionDialog) -> None:
        dialog.text.setPlainText("How can STI serve the least developed countries first?")
        dialog.accept()
        refused_then_retried(qtbot, guarded, locked, dialog, "least developed",
                             dialog.text.toPlainText)

    on_modal(QuestionDialog, edit)
    panel.edit_selected()
    assert library.questions.get(question.id).text.startswith("How can STI serve")
    assert "How can STI serve" in window.notes_panel.by_question.questions[0].text


def test_refused_meeting_properties_are_kept_in_the_dialog_and_stored_by_the_retry(
        qtbot, window, guarded, locked, library, demo):
    def edit(dialog: MeetingPropertiesDialog) -> None:
        dialog.form.venue.setText("Room XVIII, Palais des Nations")
        dialog.accept()
        refused_then_retried(qtbot, guarded, locked, dialog, "Room XVIII", dialog.form.venue.text)

    on_modal(MeetingPropertiesDialog, edit)
    window.setup_actions.edit_properties()
    assert library.sessions.get(demo.session.id).venue == "Room XVIII, Palais des Nations"


def test_a_refused_new_participant_is_kept_in_its_dialog_and_stored_by_the_retry(
        qtbot, window, guarded, locked, library, demo):
    def add_one(editor: ParticipantDialog) -> None:
        editor.name.setText("Ms. Ana Lima")
        editor.accept()
        refused_then_retried(qtbot, guarded, locked, editor, "Ana Lima", editor.name.text)

    def in_the_list(dialog: ParticipantsDialog) -> None:
        on_modal(ParticipantDialog, add_one)
        dialog.add()
        assert "Ms. Ana Lima" in [p.name for p in dialog.model.rows]
        dialog.reject()

    on_modal(ParticipantsDialog, in_the_list)
    window.setup_actions.edit_participants()
    assert "Ms. Ana Lima" in [p.name for p in library.participants.for_session(demo.session.id)]


def test_a_refused_import_keeps_every_correction_in_the_review_and_the_retry_stores_it(
        qtbot, window, guarded, locked, library):
    before = library.sessions.count()

    def review(dialog: ImportReviewDialog) -> None:
        dialog.form.venue.setText("Room XIX")
        dialog.accept()
        assert library.sessions.count() == before
        refused_then_retried(qtbot, guarded, locked, dialog, "Room XIX", dialog.form.venue.text)

    on_modal(ImportReviewDialog, review)
    new_id = window.setup_actions.import_meeting(str(SEED))
    assert new_id and library.sessions.get(new_id).venue == "Room XIX"
    assert window.session_id == new_id


def test_a_programme_row_added_in_the_import_review_is_saved(qtbot, window, library):
    def review(dialog: ImportReviewDialog) -> None:
        dialog.tabs.setCurrentIndex(3)
        dialog.programme.add()
        dialog.programme.table.item(dialog.programme.table.rowCount() - 1, 0).setText("Q&A")
        qtbot.keyClick(dialog.form.title, Qt.Key.Key_Return)

    on_modal(ImportReviewDialog, review)
    new_id = window.setup_actions.import_meeting(str(SEED))
    assert new_id, "the review's Save meeting stored nothing"
    titles = [item.title for item in library.agenda.for_session(new_id)]
    assert titles[-1] == "Q&A" and len(titles) == 5


def test_a_refused_f5_reaches_the_disk_trouble_bar_once(qtbot, window, guarded, locked, library,
                                                        demo):
    controller = window.speakers_panel.controller
    assert controller.toggle()  # the clock runs in memory while the disk refuses
    assert guarded.guard.failures == 1 and len(guarded.troubles) == 1
    speaker = controller.speakers.current
    assert speaker is not None
    locked.execute("ROLLBACK")
    qtbot.waitUntil(lambda: library.slots.get(speaker.id).state is SlotState.SPEAKING)
    assert len(guarded.troubles) == 1


def test_a_refused_note_save_reaches_the_disk_trouble_bar_once(qtbot, window, guarded, locked):
    panel = window.notes_panel
    panel.new_note()
    panel.composer.editor.insertPlainText("A commitment on finance")
    qtbot.keyClick(panel.composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(guarded.troubles) == 1  # the draft's refusals too are the same trouble, said once
    assert panel.composer.editor.text() == "A commitment on finance"
    assert "Not saved yet" in panel.composer.status.text()


def test_one_refusal_heard_from_two_places_counts_once(qtbot, tmp_path):
    guard = WriteGuard(tmp_path / "library.sqlite")
    heard: list[str] = []
    guard.trouble.connect(heard.append)
    refusal = StorageWriteError("The last change could not be saved: the disk is full.", "disk_full")
    guard.report(refusal)  # from the library
    guard.report(refusal)  # and from the area that made the change
    assert guard.failures == 1 and len(heard) == 1
    guard.timer.stop()


def test_a_refused_synthesis_stays_in_its_box_and_the_retry_stores_it(
        qtbot, window, guarded, locked, library, demo):
    panel = window.notes_panel
    panel.by_question_action.trigger()
    view = panel.by_question
    view.coverage_view.selectRow(0)
    question_id = view.question_id
    view.synthesis.insertPlainText("Partnerships need finance and skills.")
    view.flush()
    assert view.synthesis.toPlainText() == "Partnerships need finance and skills."
    assert guarded.bar.isVisible() and len(guarded.troubles) == 1
    assert library.questions.get(question_id).synthesis == ""
    locked.execute("ROLLBACK")
    qtbot.waitUntil(lambda: library.questions.get(question_id).synthesis
                    == "Partnerships need finance and skills.")
    qtbot.waitUntil(lambda: not guarded.guard.in_trouble)
