"""The chair sends the speaker a message with one key: shown large on the presenter display with
the countdown still there, cleared with one key or when the speaker changes, kept after a kill."""

import pytest
from PySide6.QtCore import Qt

from roundtable_desktop.ui.console.shortcuts_dialog import shortcut_rows
from roundtable_desktop.ui.main_window import MainWindow
from tests.ui.console_support import FakeTimes, drive_with, when_modal


@pytest.fixture
def times():
    return FakeTimes()


def presenter_of(window, qtbot):
    window.speakers_panel.toggle_presenter(True)
    presenter = window.speakers_panel.presenter
    qtbot.waitUntil(presenter.isVisible)
    return presenter


def test_one_key_shows_please_conclude_with_the_countdown_still_visible(window, qtbot, times):
    drive_with(window, times)
    presenter = presenter_of(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.keyClick(window, Qt.Key.Key_F9, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: presenter.message_text == "Please conclude")
    assert presenter.message.isVisible() and presenter.digits.isVisible()
    assert presenter.digits.text()
    line = window.message_actions.line
    assert line.isVisible() and "Please conclude" in line.text()
    qtbot.keyClick(window, Qt.Key.Key_F9, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: presenter.message_text == "")
    assert not presenter.message.isVisible() and not line.isVisible()


def test_each_usual_message_has_its_key(window, qtbot, times):
    drive_with(window, times)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    for key, text in ((Qt.Key.Key_F10, "One minute left"), (Qt.Key.Key_F11, "Time is up"),
                      (Qt.Key.Key_F12, "Please speak closer to the microphone")):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda text=text: window.speaker_messages.shown_text() == text)


def test_the_message_goes_when_the_next_speaker_has_the_floor(window, qtbot, times):
    drive_with(window, times)
    presenter = presenter_of(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.keyClick(window, Qt.Key.Key_F9, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: presenter.message_text == "Please conclude")
    qtbot.keyClick(window, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: presenter.message_text == "")
    assert not window.message_actions.line.isVisible()


def test_a_typed_message_is_sent_and_stored_with_its_time(window, library, qtbot, times):
    controller = drive_with(window, times)
    qtbot.keyClick(window, Qt.Key.Key_F5)

    def type_message(dialog) -> None:
        dialog.setTextValue("  Please  answer the question on finance ")
        dialog.accept()

    when_modal(qtbot, type_message)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: window.speaker_messages.shown_text() == "Please answer the question on finance")
    [stored] = library.speaker_messages.for_session(controller.session_id)
    assert stored.sent_at == times.wall and stored.slot_id == controller.speakers.current.id


def test_the_message_is_shown_again_after_a_kill(window, library, qtbot, times, qsettings):
    drive_with(window, times)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.keyClick(window, Qt.Key.Key_F11, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.speaker_messages.shown_text() == "Time is up")
    again = MainWindow(library, qsettings)  # the stored record is all a new window has
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.speaker_messages.shown_text() == "Time is up")
    assert again.message_actions.line.text().endswith("Time is up")


def test_the_message_keys_are_listed_in_keyboard_shortcuts(window):
    rows = {(action, keys) for _menu, action, keys in shortcut_rows(window)}
    for action, keys in (("Please conclude", "Ctrl+F9"), ("One minute left", "Ctrl+F10"),
                         ("Time is up", "Ctrl+F11"),
                         ("Please speak closer to the microphone", "Ctrl+F12"),
                         ("Type a message", "F9"), ("Clear the message", "Shift+F9")):
        assert (action, keys) in rows
