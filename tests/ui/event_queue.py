"""Waiting for the window's event queue, not for a length of time: what is queued now is
delivered before a marker posted after it, however slow the machine is."""

from PySide6.QtCore import QObject, Qt, Signal

GENEROUS_MS = 60_000  # delivering what is queued takes milliseconds; only a hung window takes this long


class QueueMarker(QObject):
    """Posted to the window's thread behind whatever is queued there already (a batch the link's
    thread handed over, a call an action put off): once the marker is delivered, all of that was."""

    passed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.delivered = False
        self.passed.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def _deliver(self) -> None:
        self.delivered = True


def let_queued_events_run(qtbot) -> None:
    """Deliver every event queued for the window so far: a check that something did not happen
    afterwards is decided by events, not by a pause of some length."""
    marker = QueueMarker()
    marker.passed.emit()
    qtbot.waitUntil(lambda: marker.delivered, timeout=GENEROUS_MS)
