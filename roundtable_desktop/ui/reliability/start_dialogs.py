"""What a start says when the library is damaged or in use, before the window opens."""

from PySide6.QtWidgets import QApplication, QMessageBox

from ...storage.backups import newest_good_backup
from ...storage.health import Health, HealthReport, Repair, accept_as_is, repair
from ...storage.lock import LibraryInUseError
from .restore_dialog import backup_caption


def _tr(text: str) -> str:
    return QApplication.translate("Reliability", text)


def settle_health(report: HealthReport) -> Repair | None | bool:
    """Tell the user about a damaged library (or a missing journal) and do what they choose.

    Returns the Repair done, True to go on with the library as it is, False to quit."""
    backup = newest_good_backup(report.library)
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("The library needs attention"),
                      report.message())
    restore = None
    if backup is not None:
        restore = box.addButton(_tr("Restore the backup of {when}").format(
            when=backup_caption(backup, _tr)), QMessageBox.ButtonRole.AcceptRole)
    keep = None
    if report.health is Health.JOURNAL_MISSING:
        keep = box.addButton(_tr("Use the library as it is"), QMessageBox.ButtonRole.AcceptRole)
    elif backup is None:
        keep = box.addButton(_tr("Start a new library (the damaged one is kept aside)"),
                             QMessageBox.ButtonRole.AcceptRole)
    quit_button = box.addButton(_tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore or keep)
    box.exec()
    clicked = box.clickedButton()
    if clicked is quit_button or clicked is None:
        return False
    if clicked is restore:
        return repair(report, backup)
    if report.health is Health.JOURNAL_MISSING:
        accept_as_is(report)
        return True
    return repair(report)


def offer_read_only(in_use: LibraryInUseError) -> bool:
    """The other copy could not be brought to the front: open read-only, or quit?"""
    box = QMessageBox(QMessageBox.Icon.Information, _tr("The library is in use"),
                      _tr("{problem}\n\nIts window could not be brought to the front. You can open "
                          "the library read-only to look at it; changes would not be saved.")
                      .format(problem=in_use))
    read_only = box.addButton(_tr("Open &read-only"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(read_only)
    box.exec()
    return box.clickedButton() is read_only


def tell_repaired(fixed: Repair) -> None:
    lines = []
    if fixed.kept_as is not None:
        lines.append(_tr("The library as it was is kept as {path}.").format(path=fixed.kept_as))
    if fixed.restored is not None:
        lines.append(_tr("The backup of {when} is now the library.").format(
            when=backup_caption(fixed.restored, _tr)))
    if lines:
        QMessageBox.information(None, _tr("Library restored"), "\n".join(lines))
