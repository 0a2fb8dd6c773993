"""Helpers for the console's UI tests: clocks the test moves by hand."""

from datetime import UTC, datetime, timedelta


class FakeTimes:
    """A monotonic clock and a UTC wall clock moving together, as in a real meeting."""

    def __init__(self) -> None:
        self.now = 5000.0
        self.wall = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def monotonic(self) -> float:
        return self.now

    def utc(self) -> datetime:
        return self.wall

    def advance(self, seconds: float) -> None:
        self.now += seconds
        self.wall += timedelta(seconds=seconds)


def drive_with(window, times: FakeTimes):
    """Make the window's console read ``times`` and reload the meeting with it."""
    controller = window.speakers_panel.controller
    controller.time_source = times.monotonic
    controller.wall_clock = times.utc
    session_id = controller.session_id
    controller.set_session(None)
    controller.set_session(session_id)
    return controller


def when_modal(qtbot, action) -> None:
    """Run ``action(dialog)`` on the next modal dialog that opens, once it is the active window
    (so the keys typed go to it, as for a person at the keyboard)."""
    from PySide6.QtWidgets import QApplication
    from setup_modal import watch_for

    def attempt() -> bool:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return False
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        action(dialog)
        return True

    watch_for(attempt)
