"""Acting on the modal dialogs the set-up opens (they block in exec())."""

import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

_PENDING: list[BaseException] = []
_WATCHES: list[QTimer] = []
GENEROUS_SECONDS = 60.0  # a dialog opens in milliseconds; only a broken window takes this long
LOOK_EVERY_MS = 20


def watch_for(found: Callable[[], bool], seconds: float = GENEROUS_SECONDS) -> QTimer:
    """Call ``found()`` every few milliseconds while the event loop runs (a modal dialog's exec()
    among them) until it returns True, for at most ``seconds`` by the clock (not a count of
    looks: a loaded machine looks less often) and never beyond the test (:func:`stop_watching`)."""
    deadline = time.monotonic() + seconds
    timer = QTimer()
    timer.setInterval(LOOK_EVERY_MS)

    def look() -> None:
        timer.stop()  # not looked again while ``found`` runs (it may wait, or fail)
        if not found() and time.monotonic() <= deadline:
            timer.start()

    timer.timeout.connect(look)
    _WATCHES.append(timer)
    timer.start()
    return timer


def stop_watching() -> None:
    """End every watch (the shared fixtures call this after each test)."""
    for timer in _WATCHES:
        timer.stop()
        timer.deleteLater()
    _WATCHES.clear()


def on_modal(kind: type, action, seconds: float = GENEROUS_SECONDS) -> list:
    """Run ``action(dialog)`` on the next modal dialog of type ``kind`` that opens. Returns a
    list that holds the dialog once it was seen, so a test can check that it opened.

    An exception must not cross Qt's event loop: when the action fails (a failed assert), the
    dialog is rejected and the error kept for :func:`raise_pending`, which each test module
    calls after every test (an autouse fixture)."""
    seen: list[QWidget] = []

    def attempt() -> bool:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or dialog in seen:
            return False
        seen.append(dialog)
        try:
            action(dialog)
        except BaseException as error:
            _PENDING.append(error)
            dialog.reject()
        return True

    watch_for(attempt, seconds)
    return seen


def raise_pending() -> None:
    if _PENDING:
        error = _PENDING[0]
        _PENDING.clear()
        raise error
