"""Is the library sound? ``quick_check`` at start, before the library is opened for writing.

A damaged library is moved aside (never deleted) and the newest good backup put in its place.
A missing ``-wal`` journal (deleted after a crash) is noticed from the ``-shm`` index it left.
"""

import sqlite3
import struct
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from ..domain.errors import InputError, LibraryError
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

    def message(self) -> str:
        """What happened, in plain words."""
        if self.health is Health.DAMAGED:
            detail = f" ({self.problems[0]})" if self.problems else ""
            return (f"The library {self.library} is damaged{detail}. The damaged file can be "
                    "moved aside (it is kept, never deleted) and the newest good backup put in "
                    "its place.")
        if self.health is Health.JOURNAL_MISSING:
            return (f"The journal of the library {self.library} (its -wal file) was removed after "
                    "the app stopped: the changes of the last minutes before that may be lost. "
                    "The library can be used as it is, or the newest good backup can take its place.")
        if self.health is Health.EMPTY:
            state = "is empty (0 bytes)" if self.library.exists() else "is missing"
            return (f"The library {self.library} {state}, but it has backups: the newest good "
                    "backup can take its place.")
        if self.health is Health.NEW:
            return f"There is no library at {self.library} yet."
        return f"The library {self.library} is in good order."


def check_library(library: Path) -> HealthReport:
    """Check the library without changing it. Call while holding its lock (or with it closed)."""
    library = Path(library)
    if not library.exists() or library.stat().st_size == 0:
        return HealthReport(library, Health.EMPTY if newest_good_backup(library) else Health.NEW)
    wal, shm = (library.with_name(library.name + s) for s in ("-wal", "-shm"))
    journal_missing = not wal.exists() and _journal_held_unsaved_changes(shm)
    problems = (["its -wal journal is missing"] if journal_missing else []) + _quick_check(library)
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


def _quick_check(library: Path) -> list[str]:
    if library.with_name(library.name + "-journal").exists():
        return _quick_check_after_rollback(library)
    try:
        connection = sqlite3.connect(f"{library.resolve().as_uri()}?mode=ro", uri=True)
        try:
            problems = integrity_problems(connection, quick=True)
            return problems or damaged_rows(connection)
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
        raise InputError(f"No library at {library}.")
    lock = LibraryLock(library).acquire() if fix else None
    try:
        settled = settle_interrupted_restore(library) if fix else None
        said = [settled.message()] if settled else []
        report = check_library(library)
        if not report.needs_attention:
            in_use = [] if lock is not None else _in_use_line(library)  # not this command itself
            return [*said, f"{report.message()} {_backups_line(library)}", *in_use]
        if not fix:
            raise LibraryError(f"{report.message()} Run `roundtable-desktop check --repair` "
                               "to do so.")
        return [*said, *_repair_lines(report, repair(report))]
    finally:
        if lock is not None:
            lock.release()


def _repair_lines(report: HealthReport, fixed: Repair) -> list[str]:
    lines = [report.message()]
    if fixed.kept_as is not None:
        lines.append(f"The library as it was is kept as {fixed.kept_as}.")
    if fixed.restored is not None:
        lines.append(f"Restored the backup of {fixed.restored.taken_at:%Y-%m-%d %H:%M} UTC "
                     f"({fixed.restored.meetings} meetings).")
    elif report.health is Health.JOURNAL_MISSING:
        lines.append("No backup to restore: the library is used as it is.")
    else:
        raise LibraryError(" ".join(lines + ["There is no good backup to restore: the next start "
                                             "begins with a new library."]))
    return lines


def _in_use_line(library: Path) -> list[str]:
    if not is_locked(library):
        return []
    holder = read_holder(lock_path(library))
    return [f"It is open in Roundtable Desktop ({holder.describe() if holder else 'another process'})."]


def _backups_line(library: Path) -> str:
    backups = list_backups(library)
    if not backups:
        return "It has no backup yet."
    return (f"{len(backups)} backups in {backups[0].path.parent}, the newest of "
            f"{backups[0].taken_at:%Y-%m-%d %H:%M} UTC.")
