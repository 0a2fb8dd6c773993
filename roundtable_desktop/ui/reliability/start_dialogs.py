"""What a start says when the library is damaged or in use, before the window opens."""

from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QMessageBox

from ...domain.errors import LibraryError
from ...storage.backups import newest_good_backup
from ...storage.health import Health, HealthReport, Repair, accept_as_is, repair
from ...storage.lock import LibraryInUseError
from ..bidi import in_reading_order
from ..wording import error_text, shown
from .restore_dialog import backup_caption

translate = QApplication.translate


def settle_health(report: HealthReport, before_repair: Callable[[], None] = lambda: None
                  ) -> Repair | None | bool:
    """Tell the user about a damaged library (or a missing journal) and do what they choose
    (``before_repair`` is called once they have chosen, before the library's file is touched).

    Returns the Repair done, True to go on with the library as it is, False to quit."""
    backup = newest_good_backup(report.library)
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Reliability", "The library needs attention"),
                      in_reading_order(shown(report.message())))
    restore = None
    if backup is not None:
        restore = box.addButton(translate("Reliability", "Restore the backup of {when}").format(
            when=backup_caption(backup)), QMessageBox.ButtonRole.AcceptRole)
    keep = None
    if report.health is Health.JOURNAL_MISSING:
        keep = box.addButton(translate("Reliability", "Use the library as it is"),
                             QMessageBox.ButtonRole.AcceptRole)
    elif report.health is Health.EMPTY:
        keep = box.addButton(translate("Reliability", "Start a new library"),
                             QMessageBox.ButtonRole.AcceptRole)
    elif backup is None:
        keep = box.addButton(translate("Reliability", "Start a new library (the damaged one is kept aside)"),
                             QMessageBox.ButtonRole.AcceptRole)
    quit_button = box.addButton(translate("Reliability", "Quit"), QMessageBox.ButtonRole.RejectRole)
    default = restore or keep
    if default is not None:
        box.setDefaultButton(default)
    box.exec()
    clicked = box.clickedButton()
    if clicked is quit_button or clicked is None:
        return False
    before_repair()
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
        title = translate("Reliability", "The library is in use")
        text = translate("Reliability",
                         "{problem}\n\nIts window could not be brought to the front. You can open "
                   "the library read-only to look at it; changes would not be saved.")
    else:
        title = translate("Reliability", "The library cannot be written to")
        text = translate("Reliability",
                         "{problem}\n\nYou can open the library read-only to look at it and export "
                   "from it; changes would not be saved. To change it, copy it to a folder you "
                   "can write to and open the copy (--db PATH).")
    box = QMessageBox(QMessageBox.Icon.Information, title, text.format(problem=error_text(problem)))
    read_only = box.addButton(translate("Reliability", "Open &read-only"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Reliability", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(read_only)
    box.exec()
    return box.clickedButton() is read_only


def tell_repaired(fixed: Repair) -> None:
    lines = []
    if fixed.kept_as is not None:
        lines.append(translate("Reliability", "The library as it was is kept as {path}.").format(
            path=fixed.kept_as))
    if fixed.restored is not None:
        lines.append(translate("Reliability", "The backup of {when} is now the library.").format(
            when=backup_caption(fixed.restored)))
    if lines:
        QMessageBox.information(None, translate("Reliability", "Library restored"), "\n".join(lines))


def tell_restore_settled(text: str) -> None:
    QMessageBox.information(None, translate("Reliability", "Restore from backup"), text)
