"""Restoring a backup in place of the library, atomically.

The library stays the library until the restored copy is in place and checked: the backup is
copied beside it (``library.sqlite.restoring``), checked, its running clocks paused at the time
the backup holds, given a new laptop id (``laptop_identity``), and flushed; a note of the
restore (``library.sqlite.restore.json``) is written; the library as it is gets a second name
(``library.before-restore-<time>.sqlite``, a hard link, or a copy where links are not possible)
and its journal goes with it; then one rename puts the copy in place. A start that finds the
note of an interrupted restore finishes it (the copy was in place) or undoes it (it was not), and
says which.
"""

import contextlib
import json
import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..domain.errors import LibraryError
from ..domain.ids import parse_utc
from ..domain.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

JOURNAL_FILES = ("-wal", "-shm")


class RestoreError(LibraryError):
    """A restore could not be done; the library is as it was."""


def partial_path(library: Path) -> Path:
    return library.with_name(library.name + ".restoring")


def marker_path(library: Path) -> Path:
    return library.with_name(library.name + ".restore.json")


def kept_path(library: Path, label: str, now: datetime | None = None) -> Path:
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    candidate = library.with_name(f"{library.stem}.{label}-{stamp}{library.suffix or '.sqlite'}")
    number, suffix = 2, library.suffix or ".sqlite"
    while candidate.exists():
        candidate = candidate.with_name(f"{library.stem}.{label}-{stamp}-{number}{suffix}")
        number += 1
    return candidate


def restore_atomically(source: Path, library: Path, as_of: datetime,
                       label: str = "before-restore") -> Path | None:
    """Put ``source`` (a backup, or a library kept aside) in place of the closed ``library``.
    Returns where the library as it was is kept (None when there was none)."""
    library, partial = Path(library), partial_path(Path(library))
    try:
        shutil.copyfile(source, partial)
        _prepare(partial, as_of)
        _flush(partial)
    except (OSError, sqlite3.Error, RestoreError) as error:
        partial.unlink(missing_ok=True)
        if isinstance(error, RestoreError):
            raise
        said = QT_TRANSLATE_NOOP("Storage", "The backup could not be copied beside {library}: {error}.")
        raise RestoreError(said.format(library=str(library), error=str(error))) from error
    kept = kept_path(library, label) if library.exists() else None
    _write_marker(library, source, kept)
    try:
        if kept is not None:
            _keep_as(library, kept)
        os.replace(partial, library)
    except OSError as error:
        undo(library)
        raise RestoreError(QT_TRANSLATE_NOOP("Storage", "The backup could not be put in place of {library}: "
                                             "{error}. The library is as it was.").format(
            library=str(library), error=str(error))) from error
    _finish(library)
    log.info("Restored %s from %s (the library as it was is kept as %s)", library, source, kept)
    return kept


def _finish(library: Path) -> None:
    """The copy is in place: the rename made durable, the note of the restore removed."""
    _flush_folder(library.parent)
    marker_path(library).unlink(missing_ok=True)


def _prepare(partial: Path, as_of: datetime) -> None:
    """Check the copy and pause its running clocks at the time the backup holds."""
    from .backups import integrity_problems
    from .laptop_identity import renew_laptop_id
    from .row_scan import damaged_rows

    connection = sqlite3.connect(partial, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode = DELETE")
        problems = integrity_problems(connection, quick=True) or damaged_rows(connection)
        if problems:
            raise RestoreError(QT_TRANSLATE_NOOP(
                "Storage", "The backup is damaged ({problem}) and cannot be restored.").format(
                problem=problems[0]))
        pause_running_clocks(connection, as_of)
        renew_laptop_id(connection)  # the changes made from now on are another laptop's
    finally:
        connection.close()


def pause_running_clocks(connection: sqlite3.Connection, as_of: datetime) -> int:
    """A speaker still speaking in the copy comes back paused with the time spoken up to
    ``as_of`` (when the copy was taken), not with the time since counted as spoken."""
    rows = connection.execute(
        "SELECT id, spoken_seconds, last_started_at FROM speaker_slot WHERE state = 'speaking'"
    ).fetchall()
    for slot_id, spoken, started in rows:
        start = parse_utc(started) if started else None
        running = max(0.0, (as_of - start).total_seconds()) if start else 0.0
        connection.execute("UPDATE speaker_slot SET state = 'paused', spoken_seconds = ?, "
                           "last_started_at = NULL WHERE id = ?", (float(spoken or 0) + running, slot_id))
    return len(rows)


def _keep_as(library: Path, kept: Path) -> None:
    """Give the library as it is a second name (it stays the library meanwhile); its journal
    and index move with it, so they are never read with the restored copy."""
    try:
        os.link(library, kept)
    except OSError:  # a file system without hard links (FAT): a copy, flushed
        shutil.copyfile(library, kept)
        _flush(kept)
    for suffix in JOURNAL_FILES:
        journal = library.with_name(library.name + suffix)
        if journal.exists():
            os.replace(journal, kept.with_name(kept.name + suffix))


def _write_marker(library: Path, source: Path, kept: Path | None) -> None:
    text = json.dumps({"source": str(source), "kept": str(kept) if kept else None,
                       "started_at": datetime.now(UTC).isoformat()})
    marker = marker_path(library)
    with open(marker, "w", encoding="utf-8") as stream:
        stream.write(text)
        stream.flush()
        os.fsync(stream.fileno())
    _flush_folder(library.parent)


@dataclass(frozen=True)
class Settled:
    finished: bool  # True: the restored copy was in place and stays; False: undone
    source: str
    kept: str | None

    def message(self) -> str:
        name = Path(self.source).name
        if self.finished and self.kept:
            return QT_TRANSLATE_NOOP("Storage", "A restore from {name} was interrupted after the backup was "
                                     "put in place; it was finished. The library as it was is kept as "
                                     "{kept}.").format(name=name, kept=self.kept)
        if self.finished:
            return QT_TRANSLATE_NOOP("Storage", "A restore from {name} was interrupted after the backup was "
                                     "put in place; it was finished.").format(name=name)
        return QT_TRANSLATE_NOOP("Storage", "A restore from {name} was interrupted before the backup was "
                                 "put in place; it was undone: the library is as it was before.").format(
            name=name)


def settle_interrupted_restore(library: Path) -> Settled | None:
    """Finish or undo a restore that a crash interrupted; None when there was none. Call while
    holding the library's lock, before the library is opened."""
    library = Path(library)
    marker = marker_path(library)
    if not marker.exists():
        partial_path(library).unlink(missing_ok=True)  # a copy begun, never in use
        return None
    try:
        noted = json.loads(marker.read_text(encoding="utf-8"))
        source, kept = str(noted.get("source", "")), noted.get("kept")
    except (OSError, ValueError, AttributeError):
        source, kept = "a backup", None
    partial = partial_path(library)
    if partial.exists() or not library.exists():
        undo(library, kept)
        return Settled(False, source, None)
    marker.unlink(missing_ok=True)
    return Settled(True, source, kept)


def undo(library: Path, kept: str | None = None) -> None:
    """The library as it was stays the library: the copy goes, the journal comes back."""
    partial = partial_path(library)
    if kept is None:
        with contextlib.suppress(OSError, ValueError, AttributeError):
            kept = json.loads(marker_path(library).read_text(encoding="utf-8")).get("kept")
    if kept:
        kept_file = Path(kept)
        if not library.exists() and kept_file.exists():
            os.replace(kept_file, library)
        for suffix in JOURNAL_FILES:
            moved = kept_file.with_name(kept_file.name + suffix)
            journal = library.with_name(library.name + suffix)
            if moved.exists() and not journal.exists():
                os.replace(moved, journal)
        if kept_file.exists() and _same_file(kept_file, library):
            kept_file.unlink()  # only a second name of the library
    partial.unlink(missing_ok=True)
    marker_path(library).unlink(missing_ok=True)


def _same_file(first: Path, second: Path) -> bool:
    try:
        return os.path.samefile(first, second)
    except OSError:
        return False


def _flush(path: Path) -> None:
    with open(path, "rb+") as stream:
        os.fsync(stream.fileno())


def _flush_folder(folder: Path) -> None:
    with contextlib.suppress(OSError, AttributeError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


@dataclass(frozen=True)
class Losses:
    """What the library holds that a copy does not: what restoring that copy drops."""

    notes: int
    meetings: int
    note_meetings: tuple[str, ...]  # titles of the meetings whose notes would go

    @property
    def nothing(self) -> bool:
        return not (self.notes or self.meetings)


def what_restore_drops(current: sqlite3.Connection, source: Path) -> Losses:
    """The notes and meetings in the open library (``current``) that ``source`` lacks."""
    copy = sqlite3.connect(f"{Path(source).resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        kept_notes = {row[0] for row in copy.execute("SELECT id FROM note")}
        kept_meetings = {row[0] for row in copy.execute("SELECT id FROM session")}
    except sqlite3.Error:
        kept_notes, kept_meetings = set(), set()
    finally:
        copy.close()
    titles = dict(current.execute("SELECT id, title FROM session").fetchall())
    lost_notes = [session for note, session in current.execute("SELECT id, session_id FROM note")
                  if note not in kept_notes]
    meetings = sorted({titles.get(session, "") for session in lost_notes})
    return Losses(len(lost_notes), len(set(titles) - kept_meetings), tuple(meetings))
