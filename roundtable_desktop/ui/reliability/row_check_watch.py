"""The records' check of a library opened for the window (``storage.health.RowCheck``): started
once the window is shown, on a thread of its own; its end is told on the window's thread."""

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from ...storage.health import HealthReport, RowCheck

POLL_MS = 50  # how often the window looks whether the check has ended


class RowCheckWatch(QObject):
    def __init__(self, check: RowCheck, ended: Callable[[HealthReport], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.check, self.ended = check, ended
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._look)

    def start(self) -> None:
        self.check.start()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _look(self) -> None:
        if self.check.done:
            self.timer.stop()
            self.ended(self.check.report())
