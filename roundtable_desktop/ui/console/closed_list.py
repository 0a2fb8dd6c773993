"""The explicit override of a closed list of speakers: the chair is asked, and only "Add anyway"
adds the speaker."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...domain.closed_list import ListClosedError


def add_anyway(parent: QWidget, closed: ListClosedError) -> bool:
    """True when the chair chose to add the speaker although the list is closed."""
    title = QCoreApplication.translate("ClosedList", "List of speakers closed")
    text = QCoreApplication.translate(
        "ClosedList", "The list of speakers for “{item}” is closed: only a point of order can still "
        "be added.").format(item=closed.item.title)
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel, parent)
    anyway = box.addButton(QCoreApplication.translate("ClosedList", "Add anyway"),
                           QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is anyway
