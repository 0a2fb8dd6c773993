"""The explicit override of a closed list of speakers: the chair is asked, and only "Add anyway"
adds the speaker."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...domain.closed_list import ListClosedError


def add_anyway(parent: QWidget, closed: ListClosedError) -> bool:
    """True when the chair chose to add the speaker although the list is closed."""
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("ListClosingActions", "List of speakers closed"),
                      QCoreApplication.translate(
                          "ListClosingActions", "The list of speakers for “{item}” is closed: only a "
                          "point of order can still be added.").format(item=closed.item.title),
                      QMessageBox.StandardButton.Cancel, parent)
    anyway = box.addButton(QCoreApplication.translate("ListClosingActions", "Add anyway"),
                           QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is anyway
