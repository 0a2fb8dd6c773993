"""What a start says when the library is damaged or in use, before the window opens."""

from PySide6.QtWidgets import QApplication, QMessageBox

from ...domain.errors import LibraryError
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
    elif report.health is Health.EMPTY:
        keep = box.addButton(_tr("Start a new library"), QMessageBox.ButtonRole.AcceptRole)
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
    if report.health is Health.EMPTY:
        return True
    return repair(report)


def offer_read_only(problem: LibraryError) -> bool:
    """The library is in use by a copy that could not be brought to the front, or its folder
    is read-only: open it read-only, or quit?"""
    if isinstance(problem, LibraryInUseError):
        title = _tr("The library is in use")
        text = _tr("{problem}\n\nIts window could not be brought to the front. You can open "
                   "the library read-only to look at it; changes would not be saved.")
    else:
        title = _tr("The library cannot be written to")
        text = _tr("{problem}\n\nYou can open the library read-only to look at it and export "
                   "from it; changes would not be saved. To change it, copy it to a folder you "
                   "can write to and open the copy (--db PATH).")
    box = QMessageBox(QMessageBox.Icon.Information, title, text.format(problem=problem))
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
