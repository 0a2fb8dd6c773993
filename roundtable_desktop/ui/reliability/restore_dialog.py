"""File > Restore from backup…: the library's backups with their date and meeting count."""

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...storage.backups import Backup, backups_folder, kept_libraries, list_backups
from ...storage.restore import Losses


def local_moment_text(moment: datetime) -> str:
    """``Monday 17 May 2021, 15:04:05`` in local time, in the window's language."""
    local = moment.astimezone()
    shown = QDateTime(QDate(local.year, local.month, local.day),
                      QTime(local.hour, local.minute, local.second))
    return QLocale().toString(shown, "dddd d MMMM yyyy, HH:mm:ss")


def backup_caption(backup: Backup) -> str:
    """"Monday 17 May 2021, 15:04:05 — 2 meetings", the date in the window's language."""
    translate = QCoreApplication.translate
    when = local_moment_text(backup.taken_at)
    if backup.meetings is None:
        return translate("RestoreDialog", "{when} \u2014 damaged, cannot be restored").format(when=when)
    if backup.meetings == 1:
        return translate("RestoreDialog", "{when} \u2014 1 meeting").format(when=when)
    return translate("RestoreDialog", "{when} \u2014 {count} meetings").format(
        when=when, count=backup.meetings)


def kept_caption(kept: Backup) -> str:
    translate = QCoreApplication.translate
    when = local_moment_text(kept.taken_at)
    return translate("RestoreDialog", "The library as it was before a restore, last changed {when}"
                     " \u2014 {count} meeting(s)").format(when=when, count=kept.meetings or 0)


def losses_text(losses: Losses) -> str:
    translate = QCoreApplication.translate
    if losses.nothing:
        return translate("RestoreDialog", "Everything the library holds now is in this copy: "
                         "restoring it drops nothing.")
    parts = []
    if losses.notes:
        parts.append(translate("RestoreDialog", "{count} note(s) written since (in {meetings})")
                     .format(count=losses.notes, meetings="; ".join(losses.note_meetings)))
    if losses.meetings:
        parts.append(translate("RestoreDialog", "{count} meeting(s) added since").format(
            count=losses.meetings))
    return translate("RestoreDialog", "Restoring this copy drops what the library gained since: "
                     "{what}. A speaker still speaking in the copy comes back paused at the time "
                     "it holds. The library as it is now is kept as a file and listed here, to "
                     "come back to.").format(what="; ".join(parts))


class RestoreDialog(QDialog):
    """Pick a backup, or a library a restore replaced (to undo that restore); ``chosen()`` is
    the one to restore after ``exec()`` returns Accepted. What restoring it drops is said."""

    def __init__(self, library: Path, parent: QWidget | None = None,
                 losses: Callable[[Path], Losses] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.backups = list_backups(library)
        self.kept = kept_libraries(library)
        self.entries = [*self.backups, *self.kept]
        self.losses = losses
        intro = QLabel(self.tr(
            "Backups are taken at start and every 5 minutes while something changes; the last 20 "
            "are kept in {folder}.\nThe library as it is now is kept beside it, never deleted.")
            .format(folder=backups_folder(library)))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups and kept libraries"))
        for entry in self.entries:
            item = QListWidgetItem(backup_caption(entry) if entry in self.backups else kept_caption(entry))
            if not entry.readable:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        self.dropped = QLabel()
        self.dropped.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(self.tr("&Restore"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _: self.accept())
        self.list.currentRowChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if not self.entries:
            layout.addWidget(QLabel(self.tr("There is no backup yet.")))
        layout.addWidget(self.list)
        layout.addWidget(self.dropped)
        layout.addWidget(self.buttons)
        first = next((i for i, b in enumerate(self.entries) if b.readable), -1)
        self.list.setCurrentRow(first)
        self._update()
        self.resize(620, 420)

    def chosen(self) -> Backup | None:
        row = self.list.currentRow()
        if 0 <= row < len(self.entries) and self.entries[row].readable:
            return self.entries[row]
        return None

    def _update(self) -> None:
        chosen = self.chosen()
        self.restore_button.setEnabled(chosen is not None)
        self.dropped.setText(losses_text(self.losses(chosen.path))
                             if chosen is not None and self.losses is not None else "")
