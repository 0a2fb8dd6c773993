"""SQLite write failures (disk full, read-only folder, a library locked by another program, an
I/O error) as a :class:`StorageWriteError` with a message a chair understands."""

import logging
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain import file_problems
from ..domain.errors import StorageWriteError
from ..domain.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from .database import Database

log = logging.getLogger(__name__)

_REASONS = {
    sqlite3.SQLITE_FULL: "disk_full",
    sqlite3.SQLITE_READONLY: "read_only",
    sqlite3.SQLITE_CANTOPEN: "read_only",
    sqlite3.SQLITE_PERM: "read_only",
    sqlite3.SQLITE_BUSY: "locked",
    sqlite3.SQLITE_LOCKED: "locked",
    sqlite3.SQLITE_IOERR: "io",
}

_MESSAGES = {
    "disk_full": QT_TRANSLATE_NOOP("Storage", "the disk holding the library is full ({folder})"),
    "read_only": QT_TRANSLATE_NOOP("Storage", "the library's folder cannot be written to ({folder})"),
    "locked": QT_TRANSLATE_NOOP("Storage", "another program holds the library locked ({path})"),
    "io": QT_TRANSLATE_NOOP("Storage", "the disk reported an error while writing ({path})"),
}


_SAID = {
    "disk_full": QT_TRANSLATE_NOOP("Storage", "the disk is full"),
    "read_only": QT_TRANSLATE_NOOP("Storage", "its folder cannot be written to"),
    "locked": QT_TRANSLATE_NOOP("Storage", "another program holds it locked"),
    "io": QT_TRANSLATE_NOOP("Storage", "the disk reported an error"),
}


def failure_words(error: sqlite3.Error | OSError) -> str:
    """Why SQLite or the system refused, in words of the window when it is a usual reason (the
    disk full, a read-only folder, a lock, a disk error), else SQLite's own words."""
    if isinstance(error, OSError):
        return file_problems.reason(error)
    if getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_NOTADB or "not a database" in str(error):
        return QT_TRANSLATE_NOOP("Storage", "it is not a library file")
    reason = write_failure_reason(error)
    return _SAID[reason] if reason else str(error)


def write_failure_reason(error: sqlite3.Error) -> str | None:
    """``disk_full``, ``read_only``, ``locked`` or ``io`` for a write failure, else None."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        return _reason_from_text(str(error))
    return _REASONS.get(code & 0xFF)


def _reason_from_text(text: str) -> str | None:
    text = text.lower()
    for words, reason in (("full", "disk_full"), ("readonly", "read_only"),
                          ("read-only", "read_only"), ("locked", "locked"),
                          ("disk i/o", "io")):
        if words in text:
            return reason
    return None


def as_write_error(error: sqlite3.Error, path: Path | None) -> StorageWriteError | None:
    reason = write_failure_reason(error)
    if reason is None:
        return None
    where = _MESSAGES[reason].format(folder=str(path.parent) if path else "memory", path=str(path))
    said = QT_TRANSLATE_NOOP("Storage", "The last change could not be saved: {where}.")
    return StorageWriteError(said.format(where=where), reason)


@contextmanager
def translated_write_errors(path: Path | None,
                            listeners: Iterable[Callable[[StorageWriteError], None]] = ()
                            ) -> Iterator[None]:
    """Raise a refused write as StorageWriteError, after telling each listener of it."""
    try:
        yield
    except sqlite3.Error as error:
        translated = as_write_error(error, path)
        if translated is None:
            raise
        tell_write_refused(translated, listeners)
        raise translated from error


def tell_write_refused(refused: StorageWriteError,
                       listeners: Iterable[Callable[[StorageWriteError], None]]) -> None:
    for listener in listeners:
        try:
            listener(refused)
        except Exception:  # a listener must never hide the error from the caller
            log.exception("A write-failure listener failed")


def probe_write(database: "Database") -> None:
    """A write that changes nothing (the schema version, rewritten as it is): raises
    StorageWriteError while the disk, the folder or another program still refuses writes."""
    with database.transaction() as connection:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        connection.execute(f"PRAGMA user_version = {int(version)}")
