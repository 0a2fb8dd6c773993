"""Undo and redo of notes with the keyboard; Ctrl+Z in the box undoes typing first."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from notes_helpers import press, start_speaking, type_note
from PySide6.QtCore import Qt

from roundtable_desktop.domain.enums import NoteKind


@pytest.fixture
def panel(window, qtbot, library, demo):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    start_speaking(library, demo, 2)
    return window.notes_panel


def texts(library, demo) -> list[str]:
    return [n.text for n in library.notes.for_session(demo.session.id)]


def test_ctrl_z_undoes_a_new_note_once_the_box_has_no_typing_to_undo(qtbot, window, panel, library, demo):
    type_note(qtbot, window, "Keep me")
    type_note(qtbot, window, "Undo me")
    editor = panel.composer.editor
    qtbot.keyClicks(editor, "abc")
    press(qtbot, editor, "Ctrl+Z")  # undoes the typing, not a note
    assert editor.toPlainText() == ""
    assert texts(library, demo) == ["Keep me", "Undo me"]
    press(qtbot, editor, "Ctrl+Z")  # nothing left to undo in the box: the last note goes
    assert texts(library, demo) == ["Keep me"]
    assert panel.table.notes_model.rowCount() == 1
    press(qtbot, editor, "Ctrl+Shift+Z")  # redo goes in the reverse order: the note first
    assert texts(library, demo) == ["Keep me", "Undo me"]
    assert editor.toPlainText() == ""
    press(qtbot, editor, "Ctrl+Shift+Z")  # then the typing
    assert editor.toPlainText() == "abc"
    assert texts(library, demo) == ["Keep me", "Undo me"]


def test_after_ctrl_return_undo_says_what_it_undid_and_one_redo_brings_the_note_back(
        qtbot, window, panel, library, demo):
    type_note(qtbot, window, "Finance for least developed countries")
    editor = panel.composer.editor
    qtbot.keyClicks(editor, "next")
    press(qtbot, editor, "Ctrl+Z")  # the typing of the next note
    press(qtbot, editor, "Ctrl+Z")  # the saved note: said, not silent
    assert texts(library, demo) == []
    said = window.statusBar().currentMessage()
    assert "Undone: new note" in said and "Finance for least developed countries" in said
    assert "Undone" in panel.composer.status.text()
    press(qtbot, editor, "Ctrl+Shift+Z")  # one key brings the note back
    assert texts(library, demo) == ["Finance for least developed countries"]
    assert "Redone" in window.statusBar().currentMessage()


def test_delete_in_the_list_asks_nothing_and_ctrl_z_brings_the_note_back(qtbot, window, panel, library, demo):
    type_note(qtbot, window, "First")
    type_note(qtbot, window, "Second")
    panel.table.setFocus()
    panel.table.selectRow(0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert texts(library, demo) == ["Second"]
    assert "Ctrl+Z" in panel.composer.status.text()
    press(qtbot, panel.table, "Ctrl+Z")
    assert texts(library, demo) == ["First", "Second"]
    assert panel.table.selected_note().text == "First"
    press(qtbot, panel.table, "Ctrl+Shift+Z")
    assert texts(library, demo) == ["Second"]


def test_an_edit_in_place_is_saved_and_can_be_undone(qtbot, window, panel, library, demo):
    type_note(qtbot, window, "Digital divde")
    type_note(qtbot, window, "Next point being typed")
    qtbot.keyClicks(panel.composer.editor, "half a thought")
    panel.table.setFocus()
    panel.table.selectRow(0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    composer = panel.composer
    assert composer.editing is not None and composer.editor.toPlainText() == "Digital divde"
    assert "Editing" in composer.mode_label.text()
    composer.editor.setPlainText("Digital divide")
    press(qtbot, composer.editor, "Ctrl+2")
    qtbot.keyClick(composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    stored = library.notes.for_session(demo.session.id)[0]
    assert (stored.text, stored.kind) == ("Digital divide", NoteKind.RECOMMENDATION)
    assert composer.editing is None
    assert composer.editor.toPlainText() == "half a thought"  # the note being typed is back
    window.notes_panel.undo_action.trigger()
    assert library.notes.for_session(demo.session.id)[0].text == "Digital divde"
    window.notes_panel.redo_action.trigger()
    assert library.notes.for_session(demo.session.id)[0].text == "Digital divide"


def test_escape_leaves_the_edited_note_as_it_was(qtbot, window, panel, library, demo):
    type_note(qtbot, window, "Original")
    panel.edit_note(panel.table.notes_model.record(0))
    panel.composer.editor.setPlainText("Changed my mind")
    qtbot.keyClick(panel.composer.editor, Qt.Key.Key_Escape)
    assert texts(library, demo) == ["Original"]
    assert panel.composer.editing is None
    assert panel.services.drafts.for_session(demo.session.id) == {}


def test_kind_and_key_message_keys_work_on_the_selected_note_in_the_list(qtbot, window, panel, library, demo):
    type_note(qtbot, window, "A challenge")
    panel.table.setFocus()
    panel.table.selectRow(0)
    press(qtbot, panel.table, "Ctrl+5")
    press(qtbot, panel.table, "Ctrl+K")
    note = library.notes.for_session(demo.session.id)[0]
    assert (note.kind, note.key_message) == (NoteKind.CHALLENGE, True)
    press(qtbot, panel.table, "Ctrl+Z")
    assert library.notes.for_session(demo.session.id)[0].key_message is False


def test_the_edit_menu_names_what_undo_will_undo(qtbot, window, panel):
    assert not panel.undo_action.isEnabled()
    type_note(qtbot, window, "Something")
    assert panel.undo_action.isEnabled()
    assert "new note" in panel.undo_action.text()
    assert panel.undo_action in window.edit_menu.actions()


def test_undoing_the_creation_of_the_note_open_in_the_box_returns_to_the_note_being_typed(
        qtbot, window, panel, library, demo):
    type_note(qtbot, window, "Soon undone")
    qtbot.keyClicks(panel.composer.editor, "being typed")
    panel.edit_note(panel.table.notes_model.record(0))
    panel.undo_action.trigger()
    assert texts(library, demo) == []
    assert panel.composer.editing is None
    assert panel.composer.editor.toPlainText() == "being typed"


def test_undoing_an_older_change_keeps_an_edit_in_progress(qtbot, window, panel, library, demo):
    type_note(qtbot, window, "Version one")
    panel.table.setFocus()
    panel.table.selectRow(0)
    press(qtbot, panel.table, "Ctrl+5")
    panel.edit_note(panel.table.notes_model.record(0))
    qtbot.keyClicks(panel.composer.editor, " and more")
    panel.undo_action.trigger()  # the kind change goes; the typing in the box stays
    assert library.notes.for_session(demo.session.id)[0].kind is NoteKind.KEY_POINT
    assert panel.composer.editing is not None
    assert panel.composer.editor.toPlainText() == "Version one and more"


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(st.sampled_from(["new", "edit", "delete", "undo", "redo"]),
                                st.integers(0, 20)), min_size=1, max_size=12))
def test_the_list_always_shows_what_the_library_holds(qtbot, window, panel, library, demo, steps):
    panel.set_session(demo.session.id)  # a fresh start for every example
    for note in library.notes.for_session(demo.session.id):
        library.notes.delete(note.id)
    panel.set_session(demo.session.id)
    for step, pick in steps:
        rows = panel.table.notes_model.rowCount()
        if step == "new":
            panel.composer.editor.setPlainText(f"note {pick}")
            panel.composer.links = panel.composer.links.with_time(pick * 10)
            panel.composer._time_stamped = True
            panel.save()
        elif step in ("edit", "delete") and rows:
            panel.table.selectRow(pick % rows)
            if step == "delete":
                panel.delete_selected()
            else:
                panel._change_selected(lambda note, pick=pick: setattr(note, "meeting_offset_seconds", pick))
        elif step == "undo":
            panel.undo()
        elif step == "redo":
            panel.redo()
        stored = [n.id for n in library.notes.for_session(demo.session.id)]
        assert [n.id for n in panel.table.notes_model.rows] == stored
