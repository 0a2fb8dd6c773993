"""Each of the chair's tools has its key in Help > Keyboard shortcuts, named in words under the
menu or area where it works: the message to the speaker, the presenter display's before and
after, the closed list, the roll call, the balance of the floor, the speaker's language and the
region from the country."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from roundtable_desktop.ui.console.shortcuts_dialog import shortcut_rows
from tests.ui.console_support import when_modal

KEYS = {
    "message to the speaker": [
        ("Message to the speaker", "Please conclude", "Ctrl+F9"),
        ("Message to the speaker", "One minute left", "Ctrl+F10"),
        ("Message to the speaker", "Time is up", "Ctrl+F11"),
        ("Message to the speaker", "Please speak closer to the microphone", "Ctrl+F12"),
        ("Message to the speaker", "Type a message", "F9"),
        ("Message to the speaker", "Clear the message", "Shift+F9")],
    "before and after, on the presenter display": [("View", "Presenter display", "F8")],
    "closing the list": [("Meeting", "Close or reopen the list of speakers", "Ctrl+Shift+L"),
                         ("Meeting", "Close or reopen floor requests", "Ctrl+Shift+O")],
    "attendance": [("Meeting", "Roll call (Space marks present)", "Ctrl+Shift+R"),
                   ("Meeting", "Participants", "Ctrl+Shift+P")],
    "balance in the queue": [("Meeting", "Sort the floor: not yet spoken first", "Ctrl+Shift+S")],
    "the speaker's language": [("Meeting", "Participants", "Ctrl+Shift+P"),
                               ("Meeting", "Floor request", "Ctrl+Shift+F"),
                               ("Speaker list", "Edit speaking time and language", "Return")],
    "region from the country": [("Meeting", "Participants", "Ctrl+Shift+P"),
                                ("Meeting", "Floor request", "Ctrl+Shift+F")],
}


@pytest.mark.parametrize("item", list(KEYS))
def test_the_item_s_keys_are_in_help_keyboard_shortcuts(window, item):
    rows = shortcut_rows(window)
    for row in KEYS[item]:
        assert row in rows, row


def test_no_two_window_keys_clash(window):
    from PySide6.QtGui import QAction

    keys: dict[str, str] = {}
    for action in window.findChildren(QAction):
        if action.shortcutContext().name != "WindowShortcut" or not action.isEnabled():
            continue
        for sequence in action.shortcuts():
            key = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            assert keys.setdefault(key, action.text()) == action.text(), key
    assert {"Ctrl+F9", "F8", "Ctrl+Shift+L", "Ctrl+Shift+R", "Ctrl+Shift+S", "Ctrl+Shift+F"} <= set(keys)


def test_f1_shows_them_to_the_chair(window, qtbot):
    seen: list[tuple[str, str, str]] = []

    def read(dialog) -> None:
        table = dialog.table
        seen.extend(tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount()))
        dialog.reject()

    when_modal(qtbot, read)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: bool(seen))
    for rows in KEYS.values():
        for row in rows:
            assert row in seen, row
