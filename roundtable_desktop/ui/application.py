"""Application-wide UI: the icon, the dialog for unexpected errors, library errors."""

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from ..resources import resource_path

log = logging.getLogger(__name__)


def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "roundtable-desktop.svg")))


def install_exception_dialog(log_file: Path | Callable[[], Path]) -> None:
    """Unexpected exceptions go to the log and to a dialog that says where the log is
    (``log_file`` may be a function: the log's folder is chosen once the window is shown)."""

    def hook(kind, value, tb) -> None:
        log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        QMessageBox.critical(
            QApplication.activeWindow(),
            QApplication.translate("Application", "Unexpected error"),
            QApplication.translate(
                "Application",
                "Something went wrong: {error}\n\nWhat you saved is safe. The details are in the "
                "log file:\n{log}",
            ).format(error=value, log=log_file() if callable(log_file) else log_file),
        )

    sys.excepthook = hook


def show_library_error(message: str) -> None:
    QMessageBox.critical(
        None, QApplication.translate("Application", "The library cannot be opened"), message)


def confirm(parent, title: str, text: str, action: str) -> bool:
    """Ask before something that cannot be undone; the safe answer is the default."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel, parent)
    go = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is go
