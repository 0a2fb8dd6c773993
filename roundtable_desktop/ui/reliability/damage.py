"""Damage found while reading the library (a row that does not fit its record): said once in
plain words, with the restore from a backup offered at once."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def offer_restore_for_damage(parent: QWidget, text: str) -> bool:
    """True when the user chose to restore a backup."""
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("Reliability", "The library is damaged"), text,
                      parent=parent)
    restore = box.addButton(QCoreApplication.translate("Reliability", "&Restore from backup\u2026"),
                            QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Reliability", "Not now"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore
