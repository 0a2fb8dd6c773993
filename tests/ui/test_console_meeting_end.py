"""The end of a real meeting: Ctrl+Q mid-speech asks first, the restart banner goes with its
speaker, a slot's guiding question reaches its notes, the note just saved is in view, and an
export to a folder that is gone does not offer the root of the disk."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from roundtable_desktop.domain.note_links import NoteLinks, keeping_question
from roundtable_desktop.storage.library import Library
from roundtable_desktop.ui.export_dialog import another_name, nearest_folder
from roundtable_desktop.ui.main_window import MainWindow
from tests.ui.console_support import FakeTimes, drive_with, when_modal


@pytest.fixture
def times():
    return FakeTimes()


def _answer(qtbot, button_text: str, seen: list) -> None:
    def press(box) -> None:
        seen.append(box.text())
        button = next(b for b in box.buttons() if b.text().replace("&", "") == button_text)
        button.click()

    when_modal(qtbot, press)


def test_ctrl_q_while_someone_speaks_asks_first(window, qtbot, times):
    controller = drive_with(window, times)
    controller.toggle()
    seen = []
    _answer(qtbot, QMessageBox.tr("Cancel"), seen)
    window.quit_action.trigger()
    assert len(seen) == 1 and "Commission secretariat is speaking" in seen[0]
    assert window.isVisible()
    _answer(qtbot, "Quit", seen)
    window.quit_action.trigger()
    qtbot.waitUntil(lambda: not window.isVisible())


def test_ctrl_q_with_nobody_speaking_quits_at_once(window, qtbot):
    window.quit_action.trigger()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert QApplication.activeModalWidget() is None


def test_the_restart_banner_goes_when_its_speaker_has_finished(qtbot, window, library_path, qsettings,
                                                               times):
    controller = drive_with(window, times)
    controller.toggle()
    times.advance(60)
    window.close()
    window.library.close()
    reopened = Library.open(library_path)
    again = MainWindow(reopened, qsettings)
    qtbot.addWidget(again)
    again.show()
    again_controller = drive_with(again, times)
    bar = again.speakers_panel.restored_bar
    assert bar.isVisible()
    again_controller.end_current()
    assert not bar.isVisible()
    reopened.close()


def test_the_slot_question_reaches_the_note_and_ctrl_n_keeps_a_chosen_one(window, library, qtbot, demo):
    notes = window.notes_panel
    controller = window.speakers_panel.controller
    window.console_actions.start_pause.trigger()
    first = controller.speakers.current
    assert controller.change_request(first.id, first.target_seconds, first.limit_seconds,
                                     first.request_type, demo.questions[1].id)
    notes.new_note_action.trigger()
    assert notes.composer.links.question_id == demo.questions[1].id
    notes.composer.editor.set_text("")
    controller.change_request(first.id, first.target_seconds, first.limit_seconds, first.request_type,
                              None)
    notes.composer.links = NoteLinks(question_id=demo.questions[2].id)
    notes.new_note_action.trigger()
    assert notes.composer.links.question_id == demo.questions[2].id  # not cleared
    assert keeping_question(NoteLinks(question_id="q1"), "q2").question_id == "q1"


def test_by_question_counts_the_slots_tied_to_a_question(window, library, qtbot, times, demo):
    controller = drive_with(window, times)
    controller.toggle()
    first = controller.speakers.current
    controller.change_request(first.id, first.target_seconds, first.limit_seconds, first.request_type,
                              demo.questions[0].id)
    times.advance(120)
    controller.end_current()
    notes = window.notes_panel
    notes.tabs.setCurrentIndex(1)  # By question
    coverage = {row.question_id: row for row in notes.by_question.coverage.rows}
    assert library.slots.get(first.id).question_id == demo.questions[0].id
    assert coverage[demo.questions[0].id].speaking_seconds == 120
    assert coverage[demo.questions[0].id].speakers == 1


def test_the_note_just_saved_is_selected_and_in_view(window, qtbot):
    notes = window.notes_panel
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for number in range(40):
        notes.new_note_action.trigger()
        notes.composer.editor.set_text(f"Point number {number}")
        notes.save()
    table = notes.table
    selected = table.selected_note()
    assert selected is not None and selected.text == "Point number 39"
    row = table.notes_model.rows.index(selected)
    rect = table.visualRect(table.notes_model.index(row, 0))
    assert table.viewport().rect().intersects(rect)


def test_an_export_to_a_folder_that_is_gone_offers_the_nearest_one_not_the_root(tmp_path):
    kept = tmp_path / "reports"
    kept.mkdir()
    gone = kept / "2021" / "May" / "summary.docx"
    assert nearest_folder(gone) == kept
    assert another_name(gone).parent == kept
    nowhere = Path("/no-such-folder-roundtable/summary.docx")
    assert nearest_folder(nowhere) != Path("/")
