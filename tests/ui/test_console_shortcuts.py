"""The chair drives the console with the keyboard, also while the focus is in a note editor."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPlainTextEdit

from roundtable_desktop.domain.enums import RequestType, SlotState
from roundtable_desktop.ui.console.shortcuts_dialog import ShortcutsDialog, shortcut_rows
from tests.ui.console_support import FakeTimes, drive_with, when_modal


@pytest.fixture
def times():
    return FakeTimes()


@pytest.fixture
def note_editor(window, qtbot):
    """A text editor in the Notes area holding the keyboard focus, as while typing a note."""
    editor = QPlainTextEdit()
    window.notes_panel.layout().addWidget(editor)
    editor.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    return editor


def stored(library, slot):
    return library.slots.get(slot.id)


def test_function_keys_run_the_clock_from_a_note_editor(window, library, qtbot, times, note_editor):
    controller = drive_with(window, times)
    qtbot.keyClicks(note_editor, "The secretariat said")
    qtbot.keyClick(note_editor, Qt.Key.Key_F5)
    first = controller.speakers.current
    assert first is not None and stored(library, first).state is SlotState.SPEAKING
    assert stored(library, first).last_started_at == times.wall
    times.advance(100)
    qtbot.keyClick(note_editor, Qt.Key.Key_F5)
    assert stored(library, first).state is SlotState.PAUSED
    assert stored(library, first).spoken_seconds == 100
    times.advance(50)
    qtbot.keyClick(note_editor, Qt.Key.Key_F5)
    qtbot.keyClick(note_editor, Qt.Key.Key_F7)
    assert stored(library, first).limit_seconds == 630
    qtbot.keyClick(note_editor, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(note_editor, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert stored(library, first).limit_seconds == 570
    times.advance(20)
    qtbot.keyClick(note_editor, Qt.Key.Key_F6)
    ended = stored(library, first)
    assert ended.state is SlotState.DONE and ended.spoken_seconds == 120
    assert ended.actual_end == times.wall
    second = controller.speakers.current
    assert second is not first and stored(library, second).state is SlotState.SPEAKING
    assert note_editor.toPlainText() == "The secretariat said"
    assert note_editor.hasFocus()


def test_f8_shows_and_hides_the_presenter_display(window, qtbot, note_editor):
    qtbot.keyClick(note_editor, Qt.Key.Key_F8)
    presenter = window.speakers_panel.presenter
    assert presenter is not None and presenter.isVisible()
    assert window.console_actions.presenter.isChecked()
    window.activateWindow()
    note_editor.setFocus()
    qtbot.keyClick(note_editor, Qt.Key.Key_F8)
    assert not presenter.isVisible()


def test_ctrl_shift_f_adds_a_floor_request_to_the_interactive_discussion(window, library, qtbot,
                                                                           note_editor, demo):
    def fill(dialog) -> None:
        dialog.who.setText("Amina Diallo")
        dialog.organisation.setText("senegal")
        dialog.accept()

    when_modal(qtbot, fill)
    qtbot.keyClick(note_editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    slots = library.slots.for_session(demo.session.id)
    floor = slots[-1]
    person = library.participants.get(floor.participant_id)
    assert (person.name, person.organisation) == ("Amina Diallo", "Senegal")  # the official name
    interactive = next(i for i in demo.agenda if i.kind.value == "interactive_discussion")
    assert floor.agenda_item_id == interactive.id
    assert (floor.target_seconds, floor.limit_seconds) == (180, 180)


def test_a_point_of_order_from_the_floor_goes_to_the_head_of_the_queue(window, library, qtbot,
                                                                        times, demo):
    controller = drive_with(window, times)
    controller.toggle()

    def fill(dialog) -> None:
        dialog.who.setText("Chair of the Commission")
        dialog.request.setCurrentIndex(dialog.request.findData(RequestType.POINT_OF_ORDER.value))
        dialog.accept()

    when_modal(qtbot, fill)
    window.console_actions.floor_request.trigger()
    head = controller.speakers.next_up
    assert head.request_type is RequestType.POINT_OF_ORDER
    assert library.participants.get(head.participant_id).name == "Chair of the Commission"
    assert [s.id for s in library.slots.for_session(demo.session.id)][1] == head.id


def test_every_shortcut_of_the_window_is_in_the_help_dialog_and_in_tooltips(window, qtbot):
    extra = QAction("Something another part added", window)
    extra.setShortcut(QKeySequence("Ctrl+Alt+J"))
    window.addAction(extra)
    rows = shortcut_rows(window)
    keys = {row[2] for row in rows}
    assert {"F5", "F6", "F7", "Shift+F7", "F8", "Ctrl+Shift+F", "F1", "Ctrl+Alt+J"} <= keys
    assert ("Window", "Something another part added", "Ctrl+Alt+J") in [
        (menu or "Window", text, key) for menu, text, key in rows]
    for action in window.findChildren(QAction):
        if action.shortcuts() and action in window.console_actions.clock_actions:
            assert action.shortcut().toString() in action.toolTip()
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(rows)


def test_alt_arrows_reorder_the_queue_and_delete_withdraws(window, library, qtbot, demo):
    panel = window.speakers_panel
    view = panel.view
    view.setFocus()
    view.selectRow(3)
    moved = view.selected_slot()
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [s.id for s in library.slots.for_session(demo.session.id)].index(moved.id) == 2
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [s.id for s in library.slots.for_session(demo.session.id)].index(moved.id) == 4
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert library.slots.get(moved.id).state is SlotState.WITHDRAWN
    assert "Withdrew" in panel.model.status(library.slots.get(moved.id)) or \
        panel.model.status(panel.controller.speakers.slot(moved.id)) == "Withdrew"


def test_the_clock_keys_work_while_the_rapporteur_types_in_the_notes_box(window, library, qtbot, times):
    controller = drive_with(window, times)
    editor = window.notes_panel.composer.editor
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClicks(editor, "Participants stressed")
    qtbot.keyClick(editor, Qt.Key.Key_F5)
    times.advance(42)
    qtbot.keyClick(editor, Qt.Key.Key_F7)
    first = controller.speakers.current
    qtbot.keyClick(editor, Qt.Key.Key_F6)
    assert stored(library, first).spoken_seconds == 42 and stored(library, first).limit_seconds == 630
    assert controller.speakers.current is not first
    assert editor.toPlainText() == "Participants stressed" and editor.hasFocus()


def test_insert_puts_a_withdrawn_or_finished_speaker_back_in_the_queue(window, library, qtbot, times, demo):
    controller = drive_with(window, times)
    controller.toggle()
    times.advance(60)
    controller.end_and_next()
    view = window.speakers_panel.view
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.setFocus()
    view.selectRow(3)
    withdrawn = view.selected_slot()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    assert library.slots.get(withdrawn.id).state is SlotState.QUEUED
    view.selectRow(0)
    spoke = view.selected_slot()
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    slots = library.slots.for_session(demo.session.id)
    again = [s for s in slots if s.participant_id == spoke.participant_id]
    assert [s.state for s in again] == [SlotState.DONE, SlotState.QUEUED]
