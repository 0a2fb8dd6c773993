"""What a new user sees first: the demo meeting of 17 May 2021 opened today shows its planned
times, nothing elapsed and nothing late, on the console and the presenter display; a meeting held
in 2021 and opened years later shows what was held; one dated next year shows its date."""

import re
from dataclasses import replace
from datetime import UTC, date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.ui.console_support import FakeTimes, drive_with

TODAY = datetime(2026, 12, 2, 0, 40, tzinfo=UTC)


def clock_text(window) -> str:
    return re.sub("<[^>]+>|[\u2066-\u2069\u200e\u200f]", "", window.findChild(QLabel, "meeting_clock").text())


def presenter(window, qtbot):
    window.speakers_panel.toggle_presenter(True)
    shown = window.speakers_panel.presenter
    qtbot.waitUntil(shown.isVisible)
    return shown


def no_absurd_figure(text: str) -> bool:
    """No count of hours or minutes beyond a day: the meeting's own times bound them."""
    hours = [int(h) for h in re.findall(r"(\d+):\d\d:\d\d", text)]
    minutes = [int(m) for m in re.findall(r"(\d+) min", text)]
    return all(h < 24 for h in hours) and all(m < 24 * 60 for m in minutes)


def test_the_demo_opened_today_shows_its_planned_times_and_nothing_late(window, qtbot):
    times = FakeTimes()
    times.wall = TODAY
    drive_with(window, times)
    qtbot.waitUntil(lambda: "planned" in clock_text(window))
    text = clock_text(window)
    assert "meeting not started" in text and "planned 2021-05-17 15:00\u201316:00" in text
    assert "late" not in text and "elapsed" not in text and no_absurd_figure(text)
    display = presenter(window, qtbot)
    qtbot.waitUntil(lambda: display.phase.text() == "Planned start: 2021-05-17 15:00")
    assert display.function.text() not in ("About to begin", "Starts in") and display.digits.text() == ""


def test_a_meeting_held_in_2021_opened_today_shows_what_was_held(window, qtbot):
    times = FakeTimes()
    times.wall = datetime(2021, 5, 17, 13, 0, tzinfo=UTC)  # 15.00 CEST, as planned
    drive_with(window, times)
    display = presenter(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    times.advance(300)
    qtbot.keyClick(window, Qt.Key.Key_F6)
    times.advance(60)
    qtbot.keyClick(window, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)  # the queue is left
    qtbot.waitUntil(lambda: "elapsed" in clock_text(window))
    times.advance((TODAY - times.wall).total_seconds())  # years later
    qtbot.waitUntil(lambda: "held" in clock_text(window))
    text = clock_text(window)
    assert "meeting held 6:00" in text and "ended 15:06, on time" in text
    assert "elapsed" not in text and "past the planned end" not in text and no_absurd_figure(text)
    qtbot.waitUntil(lambda: display.name.text() == "End of the meeting")
    assert display.phase.text() == "Ended at 15:06"


def test_a_meeting_dated_next_year_shows_its_date(window, library, qtbot):
    session = library.sessions.get(window.session_id)
    library.sessions.update(replace(session, date=date(2027, 5, 17)))
    times = FakeTimes()
    times.wall = TODAY
    drive_with(window, times)
    qtbot.waitUntil(lambda: "planned" in clock_text(window))
    text = clock_text(window)
    assert "planned 2027-05-17 15:00\u201316:00" in text and "late" not in text
    display = presenter(window, qtbot)
    qtbot.waitUntil(lambda: display.phase.text() == "Planned start: 2027-05-17 15:00")
    assert display.digits.text() == ""
