"""Acting on the modal dialogs the set-up opens (they block in exec())."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

_PENDING: list[BaseException] = []


def on_modal(kind: type, action, tries: int = 250) -> list:
    """Run ``action(dialog)`` on the next modal dialog of type ``kind`` that opens. Returns a
    list that holds the dialog once it was seen, so a test can check that it opened.

    An exception must not cross Qt's event loop: when the action fails (a failed assert), the
    dialog is rejected and the error kept for :func:`raise_pending`, which each test module
    calls after every test (an autouse fixture)."""
    seen: list[QWidget] = []

    def attempt(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog not in seen:
            seen.append(dialog)
            try:
                action(dialog)
            except BaseException as error:
                _PENDING.append(error)
                dialog.reject()
        elif left:
            QTimer.singleShot(20, lambda: attempt(left - 1))

    QTimer.singleShot(0, lambda: attempt(tries))
    return seen


def raise_pending() -> None:
    if _PENDING:
        error = _PENDING[0]
        _PENDING.clear()
        raise error
