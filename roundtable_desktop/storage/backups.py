"""Online backups of the library into ``backups/`` beside it: taken with the SQLite backup API
(consistent while the library is in use), verified with ``integrity_check``, the last 20 kept."""

import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..domain import file_problems
from ..domain.errors import LibraryError
from ..domain.protected_files import clash
from ..domain.translatable import QT_TRANSLATE_NOOP
from .database import Database
from .journal import checkpoint
from .library_files import BACKUP_FOLDER
from .row_scan import damaged_rows

log = logging.getLogger(__name__)

KEEP = 20
INTERVAL_SECONDS = 5 * 60
_STAMP = "%Y%m%dT%H%M%S%fZ"


class BackupError(LibraryError):
    """A backup could not be written, verified or restored."""


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime  # UTC
    meetings: int | None  # None when the copy cannot be read

    @property
    def readable(self) -> bool:
        return self.meetings is not None


def backups_folder(library: Path) -> Path:
    return Path(library).parent / BACKUP_FOLDER


def _backup_name(library: Path, when: datetime) -> str:
    return f"{library.stem}-{when.astimezone(UTC).strftime(_STAMP)}.sqlite"


def take_backup(database: Database, now: datetime | None = None) -> Backup:
    """Copy the open library into its backups folder, verify the copy, keep the newest 20."""
    if database.path is None:
        raise BackupError("A library kept in memory has no backups folder.")
    when = now or datetime.now(UTC)
    folder = backups_folder(database.path)
    target = folder / _backup_name(database.path, when)
    partial = target.with_name(target.name + ".part")
    if clash(target) is not None or clash(partial) is not None:
        raise BackupError(QT_TRANSLATE_NOOP(
            "Storage", "The backup {name} would be written over one of the library's own files; nothing "
            "was written.").format(name=target.name))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        checkpoint(database)  # the library's own file holds what the backup holds
        partial.unlink(missing_ok=True)
        destination = sqlite3.connect(partial)
        try:
            database.connection.backup(destination)
            destination.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            problems = integrity_problems(destination) or damaged_rows(destination)
        finally:
            destination.close()
        if problems:  # a damaged library: the good backups are kept, none is pushed out
            partial.unlink(missing_ok=True)
            raise BackupError(QT_TRANSLATE_NOOP(
                "Storage", "The library {name} is damaged ({detail}), so no backup was taken and the good "
                "ones are kept. Restore one (File > Restore from backup…).").format(
                name=database.path.name, detail=problems[0]))
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as error:
        partial.unlink(missing_ok=True)
        raise BackupError(QT_TRANSLATE_NOOP(
            "Storage", "The backup of the library could not be written to {folder}: {reason}.").format(
            folder=str(folder), reason=_why(error))) from error
    prune(database.path)
    log.info("Backup written: %s", target)
    return Backup(target, when, _meeting_count(target))


def integrity_problems(connection: sqlite3.Connection, quick: bool = False) -> list[str]:
    """The lines ``integrity_check`` (or ``quick_check``) reports; empty when the file is sound."""
    pragma = "quick_check" if quick else "integrity_check"
    connection.text_factory = _lenient_text  # a damaged file may hold broken UTF-8
    rows = connection.execute(f"PRAGMA {pragma}").fetchall()
    lines = [str(row[0]) for row in rows]
    return [] if lines == ["ok"] else lines


def list_backups(library: Path) -> list[Backup]:
    """The library's backups, newest first, each with its date and how many meetings it holds."""
    folder = backups_folder(library)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{Path(library).stem}-*.sqlite"):
        when = _taken_at(path, Path(library).stem)
        if when is not None:
            found.append(Backup(path, when, _meeting_count(path)))
    return sorted(found, key=lambda backup: backup.taken_at, reverse=True)


def kept_libraries(library: Path, label: str = "before-restore") -> list[Backup]:
    """The libraries a restore replaced (kept beside the library), newest first: a restore
    can be undone by restoring one of them."""
    library = Path(library)
    found = []
    for path in library.parent.glob(f"{library.stem}.{label}-*{library.suffix or '.sqlite'}"):
        when = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        found.append(Backup(path, when, _meeting_count(path)))
    return sorted(found, key=lambda kept: kept.taken_at, reverse=True)


def newest_good_backup(library: Path) -> Backup | None:
    for backup in list_backups(library):
        if backup.readable and is_sound(backup.path):
            return backup
    return None


def prune(library: Path, keep: int = KEEP) -> None:
    for old in list_backups(library)[keep:]:
        old.path.unlink(missing_ok=True)


def is_sound(path: Path) -> bool:
    try:
        connection = _read_only(path)
        try:
            return not (integrity_problems(connection, quick=True) or damaged_rows(connection))
        finally:
            connection.close()
    except sqlite3.Error:
        return False


def restore_backup(backup: Path, library: Path, label: str = "before-restore") -> Path | None:
    """Put ``backup`` in place of the (closed) library, atomically (see :mod:`.restore`). The
    library it replaces is kept, never deleted; its new path is returned (None when there was
    no library). A speaker still speaking in the backup comes back paused."""
    from .restore import RestoreError, restore_atomically

    if not is_sound(backup):
        raise BackupError(QT_TRANSLATE_NOOP(
            "Storage", "The backup {name} is damaged and cannot be restored.").format(name=backup.name))
    try:
        return restore_atomically(backup, Path(library), taken_when(backup, Path(library)), label)
    except RestoreError as error:
        raise BackupError(*error.args) from error


def taken_when(backup: Path, library: Path) -> datetime:
    """When a backup (by its name) or a kept library (by its last change) was taken."""
    named = _taken_at(backup, library.stem)
    return named or datetime.fromtimestamp(backup.stat().st_mtime, UTC)


def move_aside(library: Path, label: str) -> Path:
    """Rename the library (with its ``-wal`` and ``-shm``) to ``<name>.<label>-<time>.sqlite``."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = library.with_name(f"{library.stem}.{label}-{stamp}{library.suffix or '.sqlite'}")
    try:
        for suffix in ("-wal", "-shm", ""):
            source = library.with_name(library.name + suffix)
            if source.exists():
                os.replace(source, target.with_name(target.name + suffix))
    except OSError as error:
        raise BackupError(QT_TRANSLATE_NOOP(
            "Storage", "The library {library} could not be moved aside: {reason}.").format(
            library=str(library), reason=_why(error))) from error
    return target


def _why(error: OSError | sqlite3.Error) -> str:
    if isinstance(error, OSError):
        return file_problems.reason(error)
    if isinstance(error, sqlite3.OperationalError) and "full" in str(error):
        return QT_TRANSLATE_NOOP("Storage", "the disk is full")
    return str(error)


def changed_since(library: Path, backup: Backup | None) -> bool:
    """True when the library's files were written after ``backup`` was taken."""
    if backup is None:
        return True
    times = [p.stat().st_mtime for p in (library, library.with_name(library.name + "-wal"))
             if p.exists()]
    return not times or max(times) > backup.path.stat().st_mtime


class BackupSchedule:
    """Decides when the periodic backup is due: only when something changed since the last one
    (``PRAGMA data_version`` sees other connections' commits, ``total_changes`` this one's)."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self._taken_at: tuple[int, int] | None = None

    def _fingerprint(self) -> tuple[int, int]:
        version = self.database.connection.execute("PRAGMA data_version").fetchone()[0]
        return version, self.database.connection.total_changes

    def mark_taken(self) -> None:
        self._taken_at = self._fingerprint()

    def due(self) -> bool:
        return self._taken_at != self._fingerprint()

    def run(self) -> Backup | None:
        """Take a backup when due; returns it, or None when nothing changed."""
        if not self.due():
            return None
        fingerprint = self._fingerprint()
        backup = take_backup(self.database)
        self._taken_at = fingerprint
        return backup


def _lenient_text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def _taken_at(path: Path, stem: str) -> datetime | None:
    try:
        return datetime.strptime(path.stem[len(stem) + 1:], _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro&immutable=1", uri=True)


def _meeting_count(path: Path) -> int | None:
    try:
        connection = _read_only(path)
        try:
            return int(connection.execute("SELECT COUNT(*) FROM session").fetchone()[0])
        finally:
            connection.close()
    except (sqlite3.Error, ValueError):
        return None
