"""Before the meeting the presenter display counts down to its start with the title; after the
last speaker it shows the end, not the last speaker."""

from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import Qt

from tests.ui.console_support import FakeTimes, drive_with


def planned_in(library, window, times: FakeTimes, ahead: timedelta) -> None:
    """The demo meeting planned to start ``ahead`` of the fake clock."""
    session = library.sessions.get(window.session_id)
    start = (times.wall + ahead).astimezone(session.zone())
    library.sessions.update(replace(session, date=start.date(), start_time=start.time().replace(second=0)))


def presenter(window, qtbot):
    window.speakers_panel.toggle_presenter(True)
    shown = window.speakers_panel.presenter
    qtbot.waitUntil(shown.isVisible)
    return shown


def test_before_the_meeting_it_counts_down_to_the_start_with_the_title(window, library, qtbot):
    times = FakeTimes()
    planned_in(library, window, times, timedelta(minutes=5))
    drive_with(window, times)
    times.advance(48)  # the start is 4:12 away
    display = presenter(window, qtbot)
    title = library.sessions.get(window.session_id).title
    qtbot.waitUntil(lambda: display.digits.text() == "4:12")
    assert display.function.text() == "Starts in" and display.name.text() == title
    assert display.next_line.text().startswith("First: ")
    times.advance(60)
    qtbot.waitUntil(lambda: display.digits.text() == "3:12")
    qtbot.keyClick(window, Qt.Key.Key_F5)  # the first speaker: the speaker is shown
    qtbot.waitUntil(lambda: display.function.text() != "Starts in" and display.name.text() != title)


def test_after_the_last_speaker_it_shows_the_end_not_the_last_speaker(window, library, qtbot):
    times = FakeTimes()
    controller = drive_with(window, times)
    display = presenter(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    while controller.speakers.next_up is not None:
        times.advance(30)
        qtbot.keyClick(window, Qt.Key.Key_F6)
    last = controller.participant(controller.speakers.current).name
    qtbot.waitUntil(lambda: display.name.text() == last)
    times.advance(30)
    qtbot.keyClick(window, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)  # the last one ends
    qtbot.waitUntil(lambda: display.name.text() == "End of the meeting")
    assert last not in (display.function.text(), display.next_line.text())
    assert display.digits.text() == "" and display.phase.text().startswith("Ended at ")
