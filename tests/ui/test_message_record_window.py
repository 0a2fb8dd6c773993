"""A message sent from the window is in the meeting's record: in the session file exported from
it, and not in a meeting duplicated from it (the copy starts as a fresh set-up)."""

from PySide6.QtCore import Qt

from roundtable_desktop.exchange.session_json import meeting_to_dict
from tests.ui.console_support import FakeTimes, drive_with


def send_please_conclude(window, qtbot) -> str:
    drive_with(window, FakeTimes())
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.keyClick(window, Qt.Key.Key_F9, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.speaker_messages.shown_text() == "Please conclude")
    return window.session_id


def test_the_exported_meeting_holds_the_message_sent(window, library, qtbot):
    session_id = send_please_conclude(window, qtbot)
    exported = meeting_to_dict(library.load_meeting(session_id))
    [message] = exported["speaker_messages"]
    assert message["text"] == "Please conclude" and message["usual"] == "conclude"
    assert message["slot_id"] == window.speakers_panel.controller.speakers.current.id


def test_duplicate_meeting_leaves_the_messages_with_the_meeting_as_held(window, library, qtbot):
    original = send_please_conclude(window, qtbot)
    window.duplicate_action.trigger()
    qtbot.waitUntil(lambda: window.session_id != original)
    assert library.speaker_messages.for_session(window.session_id) == []
    assert window.speaker_messages.shown_text() == ""
    assert [m.text for m in library.speaker_messages.for_session(original)] == ["Please conclude"]
