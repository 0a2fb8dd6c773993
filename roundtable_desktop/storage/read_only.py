"""A library opened read-only: for looking while another copy of the app writes to it."""

import sqlite3
from pathlib import Path

from ..domain.errors import LibraryError
from ..domain.translatable import QT_TRANSLATE_NOOP
from .database import BUSY_TIMEOUT_MS, Database
from .library import Library
from .write_errors import failure_words


def open_read_only(path: Path) -> Library:
    """Open ``path`` without writing to it; every write raises StorageWriteError (read_only)."""
    path = Path(path)
    try:
        connection = _connect(path, "mode=ro")
    except sqlite3.Error:
        try:  # a read-only folder: SQLite cannot add the journal's index beside the file
            connection = _connect(path, "mode=ro&immutable=1")
        except sqlite3.Error as error:
            raise LibraryError(QT_TRANSLATE_NOOP(
                "Storage", "The library {path} cannot be opened read-only: {error}.").format(
                path=str(path), error=failure_words(error))) from error
    connection.row_factory = sqlite3.Row
    return Library(Database(connection, path))


def _connect(path: Path, options: str) -> sqlite3.Connection:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?{options}", uri=True,
                                 isolation_level=None, check_same_thread=False)
    try:
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        connection.execute("SELECT COUNT(*) FROM session").fetchone()
    except sqlite3.Error:
        connection.close()
        raise
    return connection
