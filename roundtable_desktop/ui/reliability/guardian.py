"""The window's reliability: the disk-trouble bar, backups at start and every 5 minutes while
something changed, File > Restore from backup…, and a second start bringing the window forward."""

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QBoxLayout, QDialog, QMainWindow, QMessageBox, QWidget

from ...domain.changes import Change, ChangeAction, OpChanges, RecordKind
from ...domain.errors import LibraryError, StorageWriteError
from ...exchange.demo import demo_meeting
from ...startup import open_library_with_demo
from ...storage.backups import (
    INTERVAL_SECONDS,
    BackupError,
    BackupSchedule,
    changed_since,
    list_backups,
    restore_backup,
    take_backup,
)
from ...storage.database import Database, schema_is_current
from ...storage.health import HealthReport, Repair, RowCheck, check_library
from ...storage.library import Library
from ...storage.read_only import open_read_only
from ...storage.restore import Losses, settle_interrupted_restore, what_restore_drops
from ...storage.row_check import DamagedRecordError
from ...storage.write_errors import probe_write
from ..wording import error_text, shown
from .damage import offer_restore_for_damage
from .journal_watch import JournalWatch
from .restore_dialog import RestoreDialog, backup_caption
from .row_check_watch import RowCheckWatch
from .single_instance import Claim
from .start_dialogs import offer_read_only, settle_health, tell_repaired, tell_restore_settled
from .trouble_bar import TroubleBar
from .write_guard import WriteGuard

if TYPE_CHECKING:
    from ..main_window import MainWindow

log = logging.getLogger(__name__)

RESTORE_ORIGIN = "restore"
WINDOW_BUSY_TIMEOUT_MS = 100  # another program's lock: refused after this, kept and retried
START_BACKUP_DELAY_MS = 1500  # after the window is shown, so start-up stays quick


def open_library_for_window(path: Path, claim: Claim) -> Library | None:
    """The library for the window: checked (and repaired if the user agrees) when this start
    holds the lock, read-only if the user accepts that; None when the user chose to quit."""
    if claim.read_only:
        return open_read_only(path) if claim.in_use is not None and offer_read_only(claim.in_use) \
            else None
    settled = settle_interrupted_restore(path)  # finished or undone, and said
    if settled is not None:
        tell_restore_settled(shown(settled.message()))
    records_later = schema_is_current(path)  # no migration writes before the records' check
    report = check_library(path, rows=not records_later)
    if report.needs_attention:
        log.warning("Library needs attention: %s %s", report.health, report.problems)
        outcome = settle_health(report)
        if outcome is False:
            return None
        if isinstance(outcome, Repair):
            tell_repaired(outcome)
    library = open_library_with_demo(path)
    library.database.wait_at_most(WINDOW_BUSY_TIMEOUT_MS)
    if records_later:  # read once the window is shown; nothing is written until they are sound
        library.row_check = RowCheck(path)
        library.database.before_write = library.row_check.hold_write
    return library


def bring_to_front(window: QMainWindow) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


class Reliability(QObject):
    def __init__(self, window: "MainWindow", library: Library, claim: Claim) -> None:
        super().__init__(window)
        self.window, self.library, self.claim = window, library, claim
        if library.path is None:
            raise LibraryError("A library kept in memory has no folder for backups.")
        self.path = Path(library.path)
        self.guard = WriteGuard(self.path, lambda: probe_write(library.database), self)
        self.bar = TroubleBar(self.guard)
        cast(QBoxLayout, cast(QWidget, window.centralWidget()).layout()).insertWidget(0, self.bar)
        library.database.write_failed.append(self._write_refused)  # every refusal, once
        runner = getattr(window, "runner", None)
        if runner is not None and not claim.read_only:
            runner.use_keeper(self.guard)  # refused actions are kept and retried by the bar
        console = getattr(getattr(window, "speakers_panel", None), "controller", None)
        if console is not None and not claim.read_only:
            console.keeper = self.guard  # the chair's clock goes on while the disk refuses
        self._watch_note_editor()
        self._telling_damage = False
        window.damage_found.connect(self.tell_damage)
        if window.damage:  # found while the window was built
            QTimer.singleShot(0, lambda: self.tell_damage(window.damage or ""))
        self._previous_hook = sys.excepthook
        sys.excepthook = self._hook
        self.schedule = BackupSchedule(library.database)
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(INTERVAL_SECONDS * 1000)
        self.backup_timer.timeout.connect(self.backup_if_changed)
        self.start_backup = QTimer(self)
        self.start_backup.setSingleShot(True)
        self.start_backup.setInterval(START_BACKUP_DELAY_MS)
        self.start_backup.timeout.connect(self.backup_at_start)
        self.restore_action = self._add_restore_action()
        self.journal = JournalWatch(library.database, self.bar.show_message, self)
        row_check: RowCheck | None = getattr(library, "row_check", None)
        self.row_watch = RowCheckWatch(row_check, self._records_checked, self) if row_check else None
        if claim.read_only:
            self.bar.show_read_only(self._holder())
            window.setWindowTitle(self.tr("{title} (read-only)").format(title=window.windowTitle()))
            self.restore_action.setEnabled(False)
        else:
            # once the window is shown (second starts retry until then): QtNetwork costs start-up
            QTimer.singleShot(0, lambda: self._answer_second_starts(claim))
            if self.row_watch is not None:
                QTimer.singleShot(0, self.row_watch.start)
            self.start_backup.start()
            self.backup_timer.start()
            self.journal.start()

    def _answer_second_starts(self, claim: Claim) -> None:
        claim.listen()
        if claim.show_requests is not None:
            claim.show_requests.show_requested.connect(lambda: bring_to_front(self.window))

    def _add_restore_action(self) -> QAction:
        action = QAction(self.tr("&Restore from backup\u2026"), self.window)
        action.triggered.connect(self.restore_from_backup)
        menu = self.window.file_menu
        separators = [a for a in menu.actions() if a.isSeparator()]
        if separators:
            menu.insertAction(separators[-1], action)
        else:
            menu.addAction(action)
        return action

    def _watch_note_editor(self) -> None:
        """The rapporteur's capture box: copied to the emergency file when writes fail, and its
        draft stored again on each retry."""
        notes = getattr(self.window, "notes_panel", None)
        if notes is not None and hasattr(notes, "composer"):
            self.guard.watch(self.tr("Note"), notes.composer.editor.text, notes.flush)

    def _write_refused(self, error: StorageWriteError) -> None:
        """Told by the library of every refused write, whoever made it: the bar shows at once."""
        log.warning("Write refused: %s", error)
        if self.claim.read_only:  # expected: say again why, nothing to retry
            self.bar.show_read_only(self._holder())
        else:  # at once, also while the window closes: the typing goes to the emergency file
            self.guard.report(error)

    def _holder(self) -> str:
        """Why this window only reads, in words for the bar."""
        problem = self.claim.in_use
        holder = getattr(problem, "holder", None)
        if holder is not None:
            return self.tr("another copy of Roundtable Desktop ({who}) writes to this "
                                  "library").format(who=shown(holder.describe()))
        return error_text(problem) if problem else self.tr("the library cannot be written to")

    def _hook(self, kind, value, traceback) -> None:
        """A refused write that reached no handler: already in the bar, never a crash dialog.
        Damage found while reading: said once, with the restore offered."""
        if isinstance(value, StorageWriteError):
            return
        if isinstance(value, DamagedRecordError) or (
                isinstance(value, LibraryError) and "is damaged" in str(value)):
            self.tell_damage(str(value))
            return
        self._previous_hook(kind, value, traceback)

    def tell_damage(self, text: str) -> None:
        self.bar.show_message(text)
        if self._telling_damage:
            return
        self._telling_damage = True
        try:
            if offer_restore_for_damage(self.window, text):
                self.restore_from_backup()
        finally:
            self._telling_damage = False

    # backups ------------------------------------------------------------------------------------

    def backup_at_start(self) -> None:
        backups = list_backups(self.path)
        if changed_since(self.path, backups[0] if backups else None):
            self._backup(lambda: take_backup(self.library.database))
        self.schedule.mark_taken()

    def backup_if_changed(self) -> None:
        self._backup(self.schedule.run)

    def _backup(self, take: Callable[[], object]) -> None:
        try:
            take()
        except BackupError as error:
            log.error("Backup failed: %s", error)
            if not self.guard.in_trouble:  # the disk trouble said first stays in the bar
                self.bar.show_message(error_text(error))

    def restore_from_backup(self) -> None:
        """The dialog says what the restore drops and lists the library a restore replaced, so
        that a restore can be undone from the same place; it is the only question asked."""
        dialog = RestoreDialog(self.path, self.window, self._losses)
        chosen = dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
        if chosen is None:
            return
        caption = backup_caption(chosen) if chosen in dialog.backups else chosen.path.name
        try:
            kept = self.restore(chosen.path)
        except BackupError as error:
            QMessageBox.warning(self.window, self.tr("Restore from backup"), error_text(error))
            return
        QMessageBox.information(
            self.window, self.tr("Restore from backup"),
            self.tr("The copy of {when} is now the library. The library as it was is kept as "
                    "{path}; File > Restore from backup… lists it to come back to.").format(
                when=caption, path=kept))

    def _losses(self, source: Path) -> Losses:
        return what_restore_drops(self.library.database.connection, source)

    def restore(self, backup: Path) -> Path | None:
        """Put ``backup`` in place of the open library and reopen it; the window shows it."""
        self.library.database.close()
        try:
            kept = restore_backup(backup, self.path)
        finally:
            self._reopen()
        self._show_replaced_library()
        return kept

    def _reopen(self) -> None:
        """The library's file opened again after it was replaced: what the user chose to put in
        its place is written to from now on."""
        database = self.library.database
        database.connection = Database.open(self.path).connection
        database.wait_at_most(database.busy_timeout_ms)
        database.before_write = None
        if self.row_watch is not None:
            self.row_watch.stop()  # what it found was of the library replaced now
        self.schedule = BackupSchedule(database)
        self.schedule.mark_taken()
        self.journal.restart()

    def _show_replaced_library(self) -> None:
        self._announce_restore()
        session_bar = getattr(self.window, "session_bar", None)
        if session_bar is not None:
            session_bar.reload()

    def _records_checked(self, report: HealthReport) -> None:
        """The records' check is over: writes go through, or the damage is said with the choices
        a start offers (the newest good backup, or a new library; the damaged file kept aside)."""
        if not report.needs_attention:
            self.library.database.before_write = None
            return
        if self._telling_damage and self.row_watch is not None:
            self.row_watch.timer.start()  # one question at a time: asked once that one is answered
            return
        log.warning("Library needs attention: %s %s", report.health, report.problems)
        self.bar.show_message(shown(report.message()))
        outcome = settle_health(report, before_repair=self.library.database.close)
        if not isinstance(outcome, Repair):
            self.window.close()  # Quit: nothing was written to the damaged library
            return
        is_new = not self.path.exists() or self.path.stat().st_size == 0
        self._reopen()
        if is_new and self.library.sessions.count() == 0:
            self.library.add_meeting(demo_meeting())  # as a first start does
        self._show_replaced_library()
        if not self.guard.in_trouble:  # writes kept meanwhile stay said until they are stored
            self.bar.hide()
        tell_repaired(outcome)

    def _announce_restore(self) -> None:
        """On the change path's feed, like every change: each meeting of the restored library
        changed (``origin`` restore: the live link does not send a library replaced here)."""
        feed = getattr(self.library, "feed", None)
        if feed is None:
            return
        meetings = tuple(Change(RecordKind.MEETING, session.id, ChangeAction.UPDATED)
                         for session in self.library.sessions.all())
        feed.publish(OpChanges("restore from backup", None, meetings, origin=RESTORE_ORIGIN))

    def close(self) -> None:
        runner = getattr(self.window, "runner", None)
        if runner is not None and runner.keeper is self.guard:
            runner.use_keeper(None)
        console = getattr(getattr(self.window, "speakers_panel", None), "controller", None)
        if console is not None and console.keeper is self.guard:
            console.keeper = None
        self.backup_timer.stop()
        self.start_backup.stop()
        if self.row_watch is not None:
            self.row_watch.stop()
        self.guard.timer.stop()
        self.journal.stop()
        if self._write_refused in self.library.database.write_failed:
            self.library.database.write_failed.remove(self._write_refused)
        if sys.excepthook == self._hook:
            sys.excepthook = self._previous_hook
