"""Is the library sound? ``quick_check`` at start, before the library is opened for writing.

A damaged library is moved aside (never deleted) and the newest good backup put in its place.
A missing ``-wal`` journal (deleted after a crash) is noticed from the ``-shm`` index it left.
"""

import sqlite3
import struct
import threading
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from ..domain.errors import InputError, LibraryError, StorageWriteError
from ..domain.translatable import QT_TRANSLATE_NOOP, Wording
from .backups import (
    Backup,
    integrity_problems,
    list_backups,
    move_aside,
    newest_good_backup,
    restore_backup,
)
from .lock import LibraryLock, is_locked, lock_path, read_holder
from .restore import settle_interrupted_restore
from .row_scan import damaged_rows


class Health(StrEnum):
    SOUND = "sound"
    NEW = "new"  # no library yet: it will be created
    EMPTY = "empty"  # the file is gone or empty (0 bytes), but backups of it exist
    JOURNAL_MISSING = "journal_missing"
    DAMAGED = "damaged"


@dataclass
class HealthReport:
    library: Path
    health: Health
    problems: list[str] = field(default_factory=list)

    @property
    def needs_attention(self) -> bool:
        return self.health in (Health.JOURNAL_MISSING, Health.DAMAGED, Health.EMPTY)

    def message(self) -> Wording:
        """What happened, in plain words (marked for the window's language). The detail of a
        damage is SQLite's own, or the record that does not fit."""
        library = str(self.library)
        if self.health is Health.DAMAGED:
            if not self.problems:
                return QT_TRANSLATE_NOOP("Storage", "The library {library} is damaged. The damaged file can "
                                         "be moved aside (it is kept, never deleted) and the newest good "
                                         "backup put in its place.").format(library=library)
            return QT_TRANSLATE_NOOP("Storage", "The library {library} is damaged ({detail}). The damaged "
                                     "file can be moved aside (it is kept, never deleted) and the newest "
                                     "good backup put in its place.").format(library=library,
                                                                             detail=self.problems[0])
        if self.health is Health.JOURNAL_MISSING:
            return QT_TRANSLATE_NOOP("Storage", "The journal of the library {library} (its -wal file) was "
                                     "removed after the app stopped: the changes of the last minutes before "
                                     "that may be lost. The library can be used as it is, or the newest "
                                     "good backup can take its place.").format(library=library)
        if self.health is Health.EMPTY:
            if self.library.exists():
                return QT_TRANSLATE_NOOP("Storage", "The library {library} is empty (0 bytes), but it has "
                                         "backups: the newest good backup can take its place.").format(
                    library=library)
            return QT_TRANSLATE_NOOP("Storage", "The library {library} is missing, but it has backups: the "
                                     "newest good backup can take its place.").format(library=library)
        if self.health is Health.NEW:
            return QT_TRANSLATE_NOOP("Storage", "There is no library at {library} yet.").format(
                library=library)
        return QT_TRANSLATE_NOOP("Storage", "The library {library} is in good order.").format(library=library)


def check_library(library: Path, rows: bool = True) -> HealthReport:
    """Check the library without changing it. Call while holding its lock (or with it closed).
    With ``rows=False`` the stored records are not read one by one (see :class:`RowCheck`)."""
    library = Path(library)
    if not library.exists() or library.stat().st_size == 0:
        return HealthReport(library, Health.EMPTY if newest_good_backup(library) else Health.NEW)
    wal, shm = (library.with_name(library.name + s) for s in ("-wal", "-shm"))
    journal_missing = not wal.exists() and _journal_held_unsaved_changes(shm)
    problems = ([QT_TRANSLATE_NOOP("Storage", "its -wal journal is missing")] if journal_missing else []) \
        + _quick_check(library, rows)
    if len(problems) > journal_missing:
        return HealthReport(library, Health.DAMAGED, problems)
    if journal_missing:
        return HealthReport(library, Health.JOURNAL_MISSING, problems)
    return HealthReport(library, Health.SOUND)


def _journal_held_unsaved_changes(shm: Path) -> bool:
    """Whether the journal's index (``-shm``) says its journal held changes not yet copied into
    the library. A journal whose every change was copied (a crash just after a checkpoint, or
    while SQLite tidied up after the last close) was no loss."""
    try:
        header = shm.read_bytes()[:136]
    except OSError:
        return False
    if len(header) < 100:
        return False
    if header[:48] != header[48:96]:  # the index was being written: it cannot be trusted
        return True
    frames: int = struct.unpack_from("=I", header, 16)[0]
    copied: int = struct.unpack_from("=I", header, 96)[0]
    return frames > copied


def _quick_check(library: Path, rows: bool = True) -> list[str]:
    if library.with_name(library.name + "-journal").exists():
        return _quick_check_after_rollback(library)
    try:
        connection = sqlite3.connect(f"{library.resolve().as_uri()}?mode=ro", uri=True)
        try:
            problems = integrity_problems(connection, quick=True)
            return problems or (damaged_rows(connection) if rows else [])
        finally:
            connection.close()
    except (sqlite3.Error, ValueError) as error:
        return [str(error)]


def _quick_check_after_rollback(library: Path) -> list[str]:
    """An unfinished transaction's rollback journal (``-journal``) left by a crash is not
    damage: SQLite rolls it back when the library is opened for writing, then it is checked."""
    try:
        connection = sqlite3.connect(library, isolation_level=None)
        try:
            connection.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
            problems = integrity_problems(connection, quick=True)
            return problems or damaged_rows(connection)
        finally:
            connection.close()
    except (sqlite3.Error, ValueError) as error:
        return [str(error)]


def _row_problems(library: Path) -> list[str]:
    try:
        connection = sqlite3.connect(f"{library.resolve().as_uri()}?mode=ro", uri=True,
                                     check_same_thread=False)
        try:
            return damaged_rows(connection)
        finally:
            connection.close()
    except (sqlite3.Error, ValueError) as error:
        return [str(error)]


class RowCheck:
    """The records of a library read one by one (:func:`damaged_rows`), on a thread of its own,
    while the library is already open: its pages were checked before (``quick_check``), and
    reading every record of a large library takes a while (a quarter of a second for 300
    meetings). Until the check has found every record sound, nothing is written:
    :meth:`hold_write` (the library's ``before_write``) waits for the end of the check, and a
    damaged library refuses the write as a full disk does (what was typed is kept)."""

    def __init__(self, library: Path) -> None:
        self.library = Path(library)
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._problems: list[str] | None = None

    def start(self) -> None:
        with self._lock:
            if self._thread is None and self._problems is None:
                self._thread = threading.Thread(target=self._run, name="row check", daemon=True)
                self._thread.start()

    def _run(self) -> None:
        self._problems = _row_problems(self.library)

    @property
    def done(self) -> bool:
        return self._problems is not None

    def report(self) -> HealthReport:
        """What the check found; waits for its end (and runs it here when it was not started)."""
        with self._lock:
            thread = self._thread
            if thread is None and self._problems is None:
                self._problems = _row_problems(self.library)
        if thread is not None:
            thread.join()
        problems = self._problems or []
        return HealthReport(self.library, Health.DAMAGED if problems else Health.SOUND, problems)

    def hold_write(self) -> None:
        """Before each write: none goes through until the check has found the records sound."""
        report = self.report()
        if report.needs_attention:
            raise StorageWriteError(report.message(), "damaged")


@dataclass
class Repair:
    kept_as: Path | None  # where the damaged library now is
    restored: Backup | None  # the backup put in its place, None when there was none


def repair(report: HealthReport, backup: Backup | None = None) -> Repair:
    """Move the library aside (kept, never deleted) and put ``backup`` (default: the newest
    good one) in its place. A library whose journal is missing and that has no backup is kept
    in use as it is."""
    library = report.library
    chosen = backup or newest_good_backup(library)
    label = {Health.DAMAGED: "damaged", Health.EMPTY: "empty"}.get(report.health, "before-restore")
    if chosen is not None:
        return Repair(restore_backup(chosen.path, library, label), chosen)
    if report.health is Health.EMPTY:
        return Repair(None, None)
    if report.health is Health.JOURNAL_MISSING:
        accept_as_is(report)
        return Repair(None, None)
    return Repair(move_aside(library, label), None)


def accept_as_is(report: HealthReport) -> None:
    """Go on with a library whose journal is missing: forget the stale ``-shm`` index, so the
    next start does not ask again. Nothing else changes."""
    shm = report.library.with_name(report.library.name + "-shm")
    shm.unlink(missing_ok=True)


def check_command(library: Path, fix: bool) -> list[str]:
    """``roundtable-desktop check [--repair]``: the lines to print, or a LibraryError whose
    message says what is wrong (and how to repair it)."""
    library = Path(library)
    if not library.exists():
        raise InputError(QT_TRANSLATE_NOOP("Storage", "No library at {library}.").format(
            library=str(library)))
    lock = LibraryLock(library).acquire() if fix else None
    try:
        settled = settle_interrupted_restore(library) if fix else None
        said = [settled.message()] if settled else []
        report = check_library(library)
        if not report.needs_attention:
            in_use = [] if lock is not None else _in_use_line(library)  # not this command itself
            return [*said, f"{report.message()} {_backups_line(library)}", *in_use]
        if not fix:
            raise LibraryError(QT_TRANSLATE_NOOP("Storage", "{report} Run `roundtable-desktop check "
                                                 "--repair` to do so.").format(report=report.message()))
        return [*said, *_repair_lines(report, repair(report))]
    finally:
        if lock is not None:
            lock.release()


def _repair_lines(report: HealthReport, fixed: Repair) -> list[str]:
    lines: list[str] = [report.message()]
    if fixed.kept_as is not None:
        lines.append(QT_TRANSLATE_NOOP("Storage", "The library as it was is kept as {path}.").format(
            path=str(fixed.kept_as)))
    if fixed.restored is not None:
        lines.append(QT_TRANSLATE_NOOP("Storage", "Restored the backup of {when} UTC ({count} meetings).")
                     .format(when=f"{fixed.restored.taken_at:%Y-%m-%d %H:%M}", count=fixed.restored.meetings))
    elif report.health is Health.JOURNAL_MISSING:
        lines.append(QT_TRANSLATE_NOOP("Storage", "No backup to restore: the library is used as it is."))
    else:
        raise LibraryError(QT_TRANSLATE_NOOP("Storage", "{report} There is no good backup to restore: the "
                                             "next start begins with a new library.").format(
            report=" ".join(lines)))
    return lines


def _in_use_line(library: Path) -> list[str]:
    if not is_locked(library):
        return []
    holder = read_holder(lock_path(library))
    who = holder.describe() if holder else QT_TRANSLATE_NOOP("Storage", "another program")
    return [QT_TRANSLATE_NOOP("Storage", "It is open in Roundtable Desktop ({who}).").format(who=who)]


def _backups_line(library: Path) -> str:
    backups = list_backups(library)
    if not backups:
        return QT_TRANSLATE_NOOP("Storage", "It has no backup yet.")
    return QT_TRANSLATE_NOOP("Storage", "{count} backups in {folder}, the newest of {when} UTC.").format(
        count=len(backups), folder=str(backups[0].path.parent), when=f"{backups[0].taken_at:%Y-%m-%d %H:%M}")
