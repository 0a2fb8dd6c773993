"""The library file: one SQLite database, its pragmas, migrations and online backups."""

import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain import protected_files
from ..domain.errors import LibraryError, StorageWriteError
from ..domain.translatable import QT_TRANSLATE_NOOP
from .library_files import library_files
from .schema import LATEST_VERSION, MIGRATIONS
from .write_errors import failure_words, tell_write_refused, translated_write_errors

if TYPE_CHECKING:
    from .change_path import ChangePath

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
JOURNAL_SIZE_LIMIT = 1024 * 1024  # bytes the journal keeps on disk after a checkpoint
AUTOCHECKPOINT_PAGES = 256  # about 1 MB of 4 KB pages (SQLite's default: 1,000)


class Database:
    """An open library. All writes go through :meth:`transaction`, committed before it returns."""

    def __init__(self, connection: sqlite3.Connection, path: Path | None) -> None:
        self.connection = connection
        self.path = path
        self.write_failed: list[Callable[[StorageWriteError], None]] = []  # told of each refusal
        self.before_write: Callable[[], None] | None = None  # may refuse (StorageWriteError)
        self.change_path: ChangePath | None = None  # every change goes through it (ChangePath.of)
        self._protection: Callable[[], list[Path]] | None = None
        self.busy_timeout_ms = BUSY_TIMEOUT_MS
        if path is not None:
            self._protection = lambda: library_files(path)
            protected_files.protect(self._protection)

    @classmethod
    def open(cls, path: Path | str) -> "Database":
        """Open (creating if needed) and migrate the library at ``path``."""
        path = Path(path)
        if path.exists() and path.is_dir():
            raise LibraryError(QT_TRANSLATE_NOOP(
                "Storage", "The library path {path} is a folder, not a file.").format(path=str(path)))
        existing_version = _peek_version(path) if path.exists() and path.stat().st_size else 0
        if existing_version > LATEST_VERSION:
            raise LibraryError(QT_TRANSLATE_NOOP(
                "Storage", "The library {path} was written by a newer version of Roundtable Desktop "
                "(schema {found}, this version knows {known}). It was not changed; open it with the newer "
                "version.").format(path=str(path), found=existing_version, known=LATEST_VERSION)
            )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        except (OSError, sqlite3.Error) as error:
            raise LibraryError(QT_TRANSLATE_NOOP(
                "Storage", "The library {path} cannot be opened: {error}.").format(
                path=str(path), error=failure_words(error))) from error
        database = cls(connection, path)
        database.configure()
        if existing_version < LATEST_VERSION:
            if existing_version > 0:
                database.backup_to(_pre_migration_backup_path(path, existing_version))
            database._migrate(existing_version)
        return database

    @classmethod
    def in_memory(cls) -> "Database":
        database = cls(sqlite3.connect(":memory:", isolation_level=None), None)
        database.configure()
        database._migrate(0)
        return database

    def configure(self) -> None:
        try:
            self.connection.execute(f"PRAGMA busy_timeout = {self.busy_timeout_ms}")
            self.connection.execute("PRAGMA journal_mode = WAL")
            self.connection.execute("PRAGMA synchronous = FULL")
            self.connection.execute("PRAGMA foreign_keys = ON")
            if self.path is not None:  # the journal folded back often, and kept small
                self.connection.execute(f"PRAGMA journal_size_limit = {JOURNAL_SIZE_LIMIT}")
                self.connection.execute(f"PRAGMA wal_autocheckpoint = {AUTOCHECKPOINT_PAGES}")
        except sqlite3.DatabaseError as error:
            self.connection.close()
            raise LibraryError(QT_TRANSLATE_NOOP(
                "Storage", "The library {path} cannot be used: {error}.").format(
                path=str(self.path), error=failure_words(error))) from error
        self.connection.row_factory = sqlite3.Row

    def _migrate(self, from_version: int) -> None:
        for version, script in MIGRATIONS:
            if version <= from_version:
                continue
            log.info("Migrating library to schema %s", version)
            with self.transaction() as connection:
                for statement in _statements(script):
                    connection.execute(statement)
                connection.execute(f"PRAGMA user_version = {version}")

    @property
    def version(self) -> int:
        return int(self.connection.execute("PRAGMA user_version").fetchone()[0])

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` … ``COMMIT``; rolled back if the block or the commit fails.
        A write the disk refuses raises :class:`StorageWriteError`, and so does one that
        ``before_write`` refuses (the library's records are not known to be sound yet)."""
        if self.before_write is not None:
            try:
                self.before_write()
            except StorageWriteError as refused:
                tell_write_refused(refused, self.write_failed)
                raise
        with translated_write_errors(self.path, self.write_failed):
            self.connection.execute("BEGIN IMMEDIATE")
            try:
                yield self.connection
                self.connection.execute("COMMIT")
            except BaseException:
                self._roll_back()
                raise

    def _roll_back(self) -> None:
        if self.connection.in_transaction:
            try:
                self.connection.execute("ROLLBACK")
            except sqlite3.Error:
                log.exception("Rollback failed")

    def query(self, sql: str, parameters: tuple[Any, ...] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        """Rows of a read; a damaged page or undecodable text is a LibraryError in words."""
        try:
            return self.connection.execute(sql, parameters).fetchall()
        except sqlite3.DatabaseError as error:
            if not _is_damage(error):
                raise
            raise LibraryError(QT_TRANSLATE_NOOP(
                "Storage", "The library {path} is damaged ({error}). Restore a backup (File > Restore from "
                "backup…, or `roundtable-desktop check --repair`); the library as it is is kept "
                "aside.").format(path=str(self.path), error=str(error))) from error

    def backup_to(self, target: Path) -> Path:
        """An online copy with the SQLite backup API (consistent even while in use)."""
        refuse_protected(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        destination = sqlite3.connect(target)
        try:
            self.connection.backup(destination)
        finally:
            destination.close()
        return target

    def wait_at_most(self, milliseconds: int) -> None:
        """How long a write waits for another program's lock before it is refused (the window
        waits a moment only: a refused write is kept and retried, the window goes on)."""
        self.busy_timeout_ms = milliseconds
        self.connection.execute(f"PRAGMA busy_timeout = {int(milliseconds)}")

    def close(self) -> None:
        self.connection.close()
        if self._protection is not None:
            protected_files.release(self._protection)


def _is_damage(error: sqlite3.DatabaseError) -> bool:
    code = getattr(error, "sqlite_errorcode", 0) & 0xFF
    return code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) or "decode" in str(error)


def refuse_protected(target: Path) -> None:
    """A copy is never written over the library, its journal, its lock or a backup."""
    same = protected_files.clash(target)
    if same is not None:
        raise LibraryError(QT_TRANSLATE_NOOP(
            "Storage", "{target} is one of the library's own files ({name}); nothing was written over "
            "it.").format(target=str(target), name=same.name))


def schema_is_current(path: Path) -> bool:
    """Whether the library at ``path`` exists at this version's schema: no migration to run."""
    try:
        return path.is_file() and path.stat().st_size > 0 and _peek_version(path) == LATEST_VERSION
    except (LibraryError, OSError):
        return False


def _peek_version(path: Path) -> int:
    """Read ``user_version`` without writing to the file."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return int(connection.execute("PRAGMA user_version").fetchone()[0])
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise LibraryError(QT_TRANSLATE_NOOP(
            "Storage", "{path} is not a Roundtable Desktop library or is damaged ({error}).").format(
            path=str(path), error=failure_words(error))) from error


def _pre_migration_backup_path(path: Path, version: int) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return path.with_name(f"{path.stem}.schema{version}-{stamp}.backup{path.suffix or '.sqlite'}")


def _statements(script: str) -> list[str]:
    """Split a migration script into complete statements (trigger bodies stay whole)."""
    statements, buffer = [], ""
    for piece in script.split(";"):
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            if buffer.strip(" \n;"):
                statements.append(buffer.strip())
            buffer = ""
    return statements
