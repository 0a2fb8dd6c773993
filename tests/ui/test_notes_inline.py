"""Editing a note's text in place, in its row of the list (F2)."""

import pytest
from notes_helpers import press, start_speaking, type_note
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from roundtable_desktop.domain.errors import StorageWriteError
from roundtable_desktop.ui.notes.editor import PlainEditor


@pytest.fixture
def panel(window, qtbot, library, demo):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    start_speaking(library, demo, 2)
    type_note(qtbot, window, "Digital divde widened")
    table = window.notes_panel.table
    table.setFocus()
    table.selectRow(0)
    return window.notes_panel


def open_in_place(qtbot, panel) -> PlainEditor:
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, PlainEditor) and editor is not panel.composer.editor
    return editor


def stored_text(library, demo) -> str:
    return library.notes.for_session(demo.session.id)[0].text


def test_f2_edits_the_text_in_its_row_and_ctrl_return_stores_it(qtbot, panel, library, demo):
    editor = open_in_place(qtbot, panel)
    assert editor.toPlainText() == "Digital divde widened"
    editor.setPlainText("Digital divide widened")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.table.notes_model.record(0).text == "Digital divide widened")
    assert stored_text(library, demo) == "Digital divide widened"
    assert panel.services.drafts.for_session(demo.session.id) == {}
    panel.undo_action.trigger()
    assert stored_text(library, demo) == "Digital divde widened"


def test_escape_leaves_the_note_as_it_was(qtbot, panel, library, demo):
    editor = open_in_place(qtbot, panel)
    editor.setPlainText("Something else")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert stored_text(library, demo) == "Digital divde widened"
    assert panel.services.drafts.for_session(demo.session.id) == {}


def test_typing_in_place_is_kept_as_a_draft(qtbot, panel, library, demo):
    editor = open_in_place(qtbot, panel)
    qtbot.keyClicks(editor, " fast")
    note_id = panel.table.notes_model.record(0).id
    qtbot.waitUntil(lambda: (panel.services.drafts.load(demo.session.id, f"note:{note_id}") or {})
                    .get("text") == "Digital divde widened fast")


def test_an_edit_the_library_refuses_moves_to_the_box_with_the_typing(qtbot, panel, library, demo,
                                                                      monkeypatch):
    def refuse(before, after):
        raise StorageWriteError("The disk holding the library is full.", "disk_full")

    editor = open_in_place(qtbot, panel)
    editor.setPlainText("Digital divide widened, sharply")
    monkeypatch.setattr(panel.services.notes, "update", refuse)
    press(qtbot, editor, "Ctrl+Return")
    qtbot.waitUntil(lambda: panel.composer.editing is not None)
    assert panel.composer.editor.toPlainText() == "Digital divide widened, sharply"
    assert "full" in panel.message.text()
    monkeypatch.undo()
    qtbot.keyClick(panel.composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert stored_text(library, demo) == "Digital divide widened, sharply"
