"""File > Restore from backup…: the library's backups with their date and meeting count."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...storage.backups import Backup, backups_folder, list_backups


def backup_caption(backup: Backup) -> str:
    """"Monday 17 May 2021, 15:04:05 — 2 meetings", the date in the window's language."""
    translate = QCoreApplication.translate
    when = QLocale().toString(backup.taken_at.astimezone(), "dddd d MMMM yyyy, HH:mm:ss")
    if backup.meetings is None:
        return translate("RestoreDialog", "{when} \u2014 damaged, cannot be restored").format(when=when)
    if backup.meetings == 1:
        return translate("RestoreDialog", "{when} \u2014 1 meeting").format(when=when)
    return translate("RestoreDialog", "{when} \u2014 {count} meetings").format(
        when=when, count=backup.meetings)


class RestoreDialog(QDialog):
    """Pick a backup; ``chosen()`` is the one to restore after ``exec()`` returns Accepted."""

    def __init__(self, library: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.backups = list_backups(library)
        intro = QLabel(self.tr(
            "Backups are taken at start and every 5 minutes while something changes; the last 20 "
            "are kept in {folder}.\nThe library as it is now is kept beside it, never deleted.")
            .format(folder=backups_folder(library)))
        intro.setWordWrap(True)
        self.list = QListWidget()
        for backup in self.backups:
            item = QListWidgetItem(backup_caption(backup))
            if not backup.readable:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(self.tr("&Restore"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _: self.accept())
        self.list.currentRowChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if not self.backups:
            layout.addWidget(QLabel(self.tr("There is no backup yet.")))
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        first = next((i for i, b in enumerate(self.backups) if b.readable), -1)
        self.list.setCurrentRow(first)
        self._update()
        self.resize(560, 380)

    def chosen(self) -> Backup | None:
        row = self.list.currentRow()
        if 0 <= row < len(self.backups) and self.backups[row].readable:
            return self.backups[row]
        return None

    def _update(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)
