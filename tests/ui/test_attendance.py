"""Attendance: the roll call in the participants editor (Space marks the selected participant
present and moves to the next), Meeting > Roll call… (Ctrl+Shift+R), the floor request from
someone not marked present that asks first, and the choice of offering only those present."""

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from setup_modal import raise_pending

from roundtable_desktop.ui.console.shortcuts_dialog import shortcut_rows
from roundtable_desktop.ui.settings import ONLY_PRESENT
from roundtable_desktop.ui.setup.participants_dialog import ParticipantsDialog
from tests.ui.console_support import FakeTimes, drive_with, when_modal


@pytest.fixture(autouse=True)
def _dialog_actions_passed():
    yield
    raise_pending()


def _dialog(qtbot, window) -> ParticipantsDialog:
    library = window.library
    dialog = ParticipantsDialog(library.participants, library.slots, window.session_id, window.settings,
                                window.runner, window.changes, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _present_in_file(library_path, session_id: str) -> set[str]:
    """What another process reading the library file sees (as after a kill and restart)."""
    connection = sqlite3.connect(library_path)
    try:
        rows = connection.execute("SELECT name FROM participant WHERE session_id = ? AND present = 1",
                                  (session_id,)).fetchall()
    finally:
        connection.close()
    return {name for (name,) in rows}


def test_space_marks_each_participant_present_and_moves_to_the_next(qtbot, window, library_path):
    dialog = _dialog(qtbot, window)
    dialog.start_roll_call()
    names = [p.name for p in dialog.model.rows]
    qtbot.keyClick(dialog.view, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Space)
    assert dialog.selected().name == names[2]
    assert _present_in_file(library_path, window.session_id) == {names[0], names[1]}
    present_column = dialog.model.columnCount() - 1
    assert [dialog.model.index(r, present_column).data() for r in range(3)] == ["present", "present", ""]
    assert "2 present" in dialog.count.text()
    dialog.view.selectRow(0)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Space)  # a mistake undone the same way
    assert _present_in_file(library_path, window.session_id) == {names[1]}


def test_the_roll_call_is_in_the_meeting_menu_and_the_shortcuts_list(qtbot, window):
    action = window.setup_actions.roll_call_action
    assert action in window.meeting_menu.actions() and action.isEnabled()
    assert action.shortcut().toString() == "Ctrl+Shift+R"
    assert any(keys == "Ctrl+Shift+R" and "Roll call" in text for _, text, keys in shortcut_rows(window))
    seen = {}

    def look(dialog) -> None:
        seen["title"] = dialog.windowTitle()
        seen["focus"] = QApplication.focusWidget() is dialog.view
        seen["selected"] = dialog.selected() is not None
        dialog.reject()

    when_modal(qtbot, look)
    action.trigger()
    assert seen == {"title": "Roll call", "focus": True, "selected": True}


def _mark_first_present(qtbot, window) -> str:
    dialog = _dialog(qtbot, window)
    dialog.start_roll_call()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Space)
    dialog.close()
    return dialog.model.rows[0].name


def _absent(window, present_name: str):
    return next(p for p in window.library.participants.for_session(window.session_id)
                if p.name != present_name and not p.present)


def _floor_request(qtbot, window, name: str, answer: str) -> dict:
    seen = {}

    def ask(dialog) -> None:
        dialog.who.setText(name)

        def answer_box(box: QMessageBox) -> None:
            seen["question"] = box.text()
            chosen = next(b for b in box.buttons() if b.text() == answer)
            chosen.click()

        when_modal(qtbot, answer_box)
        dialog.accept()
        seen["still_open"] = dialog.isVisible()
        if dialog.isVisible():
            dialog.reject()

    when_modal(qtbot, ask)
    window.console_actions.floor_request.trigger()
    return seen


def test_a_floor_request_from_someone_not_marked_present_asks_first(qtbot, window, library_path):
    drive_with(window, FakeTimes())
    present = _mark_first_present(qtbot, window)
    absent = _absent(window, present)
    slots_before = len(window.library.slots.for_session(window.session_id))
    seen = _floor_request(qtbot, window, absent.name, "Cancel")
    assert seen["question"] == f"{absent.name} is not marked present at the roll call."
    assert seen["still_open"] and len(window.library.slots.for_session(window.session_id)) == slots_before
    seen = _floor_request(qtbot, window, absent.name, "Mark present and add")
    assert not seen["still_open"]
    assert len(window.library.slots.for_session(window.session_id)) == slots_before + 1
    assert absent.name in _present_in_file(library_path, window.session_id)


def test_before_the_roll_call_a_floor_request_does_not_ask(qtbot, window):
    drive_with(window, FakeTimes())
    someone = window.library.participants.for_session(window.session_id)[0]
    slots_before = len(window.library.slots.for_session(window.session_id))

    def ask(dialog) -> None:
        dialog.who.setText(someone.name)
        dialog.accept()

    when_modal(qtbot, ask)
    window.console_actions.floor_request.trigger()
    assert len(window.library.slots.for_session(window.session_id)) == slots_before + 1


@pytest.mark.parametrize("only_present", [True, False])
def test_adding_a_speaker_can_offer_only_those_present(qtbot, window, only_present):
    drive_with(window, FakeTimes())
    present = _mark_first_present(qtbot, window)
    editor = _dialog(qtbot, window)
    editor.only_present.setChecked(only_present)
    editor.close()
    assert ONLY_PRESENT.get(window.settings) is only_present
    everyone = len(window.library.participants.for_session(window.session_id))
    seen = {}

    def look(dialog) -> None:
        seen["offered"] = sorted(person.name for person in dialog.people.values())
        dialog.reject()

    when_modal(qtbot, look)
    window.console_actions.add_speaker.trigger()
    if only_present:
        assert seen["offered"] == [present]
    else:
        assert len(seen["offered"]) == everyone
