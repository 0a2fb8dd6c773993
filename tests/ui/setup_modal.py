"""Acting on the modal dialogs the set-up opens (they block in exec())."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def on_modal(kind: type, action, tries: int = 250) -> list:
    """Run ``action(dialog)`` on the next modal dialog of type ``kind`` that opens. Returns a
    list that holds the dialog once it was seen, so a test can check that it opened."""
    seen: list[QWidget] = []

    def attempt(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog not in seen:
            seen.append(dialog)
            try:
                action(dialog)
            except BaseException:
                dialog.reject()  # never leave a test hanging in exec(); pytest-qt reports the error
                raise
        elif left:
            QTimer.singleShot(20, lambda: attempt(left - 1))

    QTimer.singleShot(0, lambda: attempt(tries))
    return seen
