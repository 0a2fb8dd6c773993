"""The library's write-ahead journal (``library.sqlite-wal``) folded back into the library.

Every commit goes first into the journal; SQLite copies it into the library itself (a
checkpoint) only once the journal reaches its auto-checkpoint size. Until then a copy of
``library.sqlite`` alone lacks the day, and a journal deleted by hand loses it at the next kill.
So the window checkpoints at least once a minute while something changed and before each
backup, the journal is kept small (``journal_size_limit``), and a journal that vanished while
the library is open is noticed: its content, still held open by the connection, is folded into
the library at once and a fresh journal begun.
"""

import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .database import Database

log = logging.getLogger(__name__)

CHECKPOINT_SECONDS = 60


@dataclass(frozen=True)
class Checkpoint:
    complete: bool  # every frame of the journal is in the library
    frames: int  # frames in the journal
    copied: int  # of which copied into the library


def checkpoint(database: Database) -> Checkpoint:
    """Copy the journal into the library without waiting for anyone (``PASSIVE``): the window
    never waits on the disk. Incomplete only while another connection reads an older state."""
    if database.path is None:
        return Checkpoint(True, 0, 0)
    busy, frames, copied = database.connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    result = Checkpoint(not busy and frames == copied, max(frames, 0), max(copied, 0))
    if not result.complete:
        log.info("Checkpoint incomplete: %s of %s frames copied", copied, frames)
    return result


def journal_path(database: Database) -> Path | None:
    return None if database.path is None else database.path.with_name(database.path.name + "-wal")


def journal_identity(database: Database) -> tuple[int, int] | None:
    path = journal_path(database)
    try:
        status = os.stat(path) if path is not None else None
    except OSError:
        return None
    return None if status is None else (status.st_dev, status.st_ino)


class JournalKeeper:
    """Watches one open library's journal: checkpoints when something changed and notices a
    journal that vanished or was replaced while the library is open."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.identity = journal_identity(database)
        self._checkpointed_at: tuple[int, int] | None = None

    def _fingerprint(self) -> tuple[int, int]:
        version = self.database.connection.execute("PRAGMA data_version").fetchone()[0]
        return version, self.database.connection.total_changes

    def checkpoint_if_changed(self) -> Checkpoint | None:
        """A checkpoint when something was written since the last one; None otherwise."""
        fingerprint = self._fingerprint()
        if fingerprint == self._checkpointed_at:
            return None
        result = checkpoint(self.database)
        if result.complete:
            self._checkpointed_at = fingerprint
        return result

    def journal_vanished(self) -> bool:
        """True when the journal this connection writes to is no longer the file beside the
        library (deleted, or replaced by another file)."""
        if self.database.path is None or self.identity is None:
            return False
        return journal_identity(self.database) != self.identity

    def recover_vanished_journal(self) -> None:
        """Fold what the vanished journal holds into the library, then reopen the library so
        that its writes go to a journal on disk again."""
        checkpoint(self.database)
        reopen(self.database)
        self.identity = journal_identity(self.database)
        self._checkpointed_at = None
        log.warning("The library's journal vanished while the library was open; its changes "
                    "were folded into %s and a new journal begun", self.database.path)


def reopen(database: Database) -> None:
    """Close the library's connection and open a new one on the same file (same settings)."""
    assert database.path is not None
    database.connection.close()
    database.connection = sqlite3.connect(database.path, isolation_level=None,
                                          check_same_thread=False)
    database.configure()
