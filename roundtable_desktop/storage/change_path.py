"""The one change path: every change to the library is an operation that writes only what the
action changed, in one transaction, refuses a stale write, and announces what it changed.

    applied = library.change_path.run("agenda item edit", session_id,
                                      lambda edit: edit.update(before, after))
    applied.changes  # OpChanges: kinds of record, ids, fields written

A refused write (disk full, read-only, locked, I/O) raises :class:`StorageWriteError`, and nothing
of the operation is stored or announced. A stale write raises :class:`StaleWriteError`.
Operations may nest (an undo step inside a save): the inner ones join the outer transaction and
everything is announced once, after the outer commit.
"""

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from ..domain.changes import LOCAL, Change, ChangeAction, OpChanges, RecordKind, merged
from ..domain.errors import LibraryError, NotFoundError, StaleWriteError
from ..domain.field_names import field_names
from ..domain.ids import utc_now_iso
from ..domain.model import AgendaItem, GuidingQuestion, Note, Participant, Session, SpeakerSlot
from ..domain.speaker_message import SpeakerMessage
from ..domain.translatable import QT_TRANSLATE_NOOP
from .change_feed import ChangeFeed
from .database import Database
from .mapping import field_types, from_row, to_column, to_row

T = TypeVar("T")
Record = Session | AgendaItem | GuidingQuestion | Participant | SpeakerSlot | Note | SpeakerMessage
R = TypeVar("R", bound=Record)

KIND_OF: dict[type, RecordKind] = {
    Session: RecordKind.MEETING, AgendaItem: RecordKind.AGENDA_ITEM,
    GuidingQuestion: RecordKind.QUESTION, Participant: RecordKind.PARTICIPANT,
    SpeakerSlot: RecordKind.SLOT, Note: RecordKind.NOTE,
    SpeakerMessage: RecordKind.SPEAKER_MESSAGE,
}
WORDS = {
    RecordKind.MEETING: QT_TRANSLATE_NOOP("Storage", "meeting"),
    RecordKind.AGENDA_ITEM: QT_TRANSLATE_NOOP("Storage", "agenda item"),
    RecordKind.QUESTION: QT_TRANSLATE_NOOP("Storage", "guiding question"),
    RecordKind.PARTICIPANT: QT_TRANSLATE_NOOP("Storage", "participant"),
    RecordKind.SLOT: QT_TRANSLATE_NOOP("Storage", "speaker's place"),
    RecordKind.NOTE: QT_TRANSLATE_NOOP("Storage", "note"),
    RecordKind.SPEAKER_MESSAGE: QT_TRANSLATE_NOOP("Storage", "message to the speaker"),
}
_STAMPS = frozenset({"id", "created_at", "updated_at"})
# what a removal does to the rows that refer to the record (the schema's ON DELETE rules)
_DEPENDENTS: dict[RecordKind, tuple[tuple[RecordKind, str, ChangeAction], ...]] = {
    RecordKind.PARTICIPANT: ((RecordKind.SLOT, "participant_id", ChangeAction.REMOVED),
                             (RecordKind.NOTE, "participant_id", ChangeAction.UPDATED)),
    RecordKind.AGENDA_ITEM: ((RecordKind.SLOT, "agenda_item_id", ChangeAction.UPDATED),
                             (RecordKind.NOTE, "agenda_item_id", ChangeAction.UPDATED)),
    RecordKind.QUESTION: ((RecordKind.SLOT, "question_id", ChangeAction.UPDATED),
                          (RecordKind.NOTE, "question_id", ChangeAction.UPDATED)),
    RecordKind.SLOT: ((RecordKind.NOTE, "slot_id", ChangeAction.UPDATED),
                      (RecordKind.SPEAKER_MESSAGE, "slot_id", ChangeAction.UPDATED)),
}


def kind_of(record_type: type) -> RecordKind:
    return KIND_OF[record_type]


@dataclass(frozen=True)
class Applied(Generic[T]):
    """What an operation returned, and what it changed (already announced)."""

    value: T
    changes: OpChanges


class Edit:
    """The writes of one operation, inside its transaction. Each records what it changed."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        self.now = utc_now_iso()
        self.parts: list[Change] = []

    def add(self, record: R) -> R:
        """Store a new record whole (its ``created_at`` and ``updated_at`` are set)."""
        record.created_at = record.created_at or self.now
        record.updated_at = self.now
        row = to_row(record)
        names = list(row)
        self._execute(f"INSERT INTO {kind_of(type(record)).value} ({', '.join(names)}) "
                      f"VALUES ({', '.join(':' + name for name in names)})", row)
        self._note(type(record), record.id, ChangeAction.ADDED, frozenset(names) - _STAMPS)
        return record

    def update(self, before: R, after: R) -> R:
        """Write the fields in which ``after`` differs from ``before`` (as the user found the
        record), nothing else. Refused with StaleWriteError when one of those fields was
        changed since ``before`` was read (its ``updated_at`` tells); a field changed by
        someone else that this edit does not touch is kept as it is."""
        old, new = to_row(before), to_row(after)
        changed = {name: value for name, value in new.items()
                   if name not in _STAMPS and old.get(name) != value}
        if not changed:
            return after
        stored = self._stored_row(type(after), after.id)
        if stored["updated_at"] != before.updated_at:
            clashes = [name for name in changed if stored[name] != old[name]]
            if clashes:
                raise StaleWriteError(_stale_message(kind_of(type(after)), clashes))
        self._write_fields(type(after), after.id, changed)
        after.updated_at = self.now
        return after

    def set_fields(self, record_type: type, record_id: str, **values: Any) -> None:
        """Write these fields of a record (values as the record holds them), no staleness
        check: for an action that sets a value whatever it was (a synthesis, a position)."""
        self._stored_row(record_type, record_id)
        columns = {name: _column(record_type, name, value) for name, value in values.items()}
        self._write_fields(record_type, record_id, columns)

    def remove(self, record_type: type, record_id: str) -> None:
        """Delete a record; what the schema removes or unlinks with it is announced too."""
        kind = kind_of(record_type)
        for dependent, column, action in _DEPENDENTS.get(kind, ()):
            rows = self.connection.execute(
                f"SELECT id FROM {dependent.value} WHERE {column} = ?", (record_id,)).fetchall()
            for row in rows:
                self.parts.append(Change(dependent, row[0], action,
                                         frozenset() if action is ChangeAction.REMOVED
                                         else frozenset({column})))
        self._execute(f"DELETE FROM {kind.value} WHERE id = ?", (record_id,))
        self._note(record_type, record_id, ChangeAction.REMOVED, frozenset())

    def reorder(self, record_type: type, ordered_ids: list[str]) -> None:
        """Positions 0…n-1 in this order; only the records whose position moved are written."""
        table = kind_of(record_type).value
        for position, record_id in enumerate(ordered_ids):
            cursor = self.connection.execute(
                f"UPDATE {table} SET position = ?, updated_at = ? WHERE id = ? AND position != ?",
                (position, self.now, record_id, position))
            if cursor.rowcount:
                self._note(record_type, record_id, ChangeAction.UPDATED, frozenset({"position"}))

    def stored(self, record_type: type[R], record_id: str) -> R:
        """The record as it is in the library now."""
        record: R = from_row(record_type, self._stored_row(record_type, record_id))
        return record

    def _stored_row(self, record_type: type, record_id: str) -> sqlite3.Row:
        kind = kind_of(record_type)
        row: sqlite3.Row | None = self.connection.execute(
            f"SELECT * FROM {kind.value} WHERE id = ?", (record_id,)).fetchone()
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "Storage", "The {thing} was removed meanwhile; the change was not saved.").format(
                thing=WORDS[kind]))
        return row

    def _write_fields(self, record_type: type, record_id: str, columns: dict[str, Any]) -> None:
        if not columns:
            return
        assignments = ", ".join(f"{name} = :{name}" for name in columns)
        self._execute(f"UPDATE {kind_of(record_type).value} SET {assignments}, updated_at = :_now "
                      "WHERE id = :_id", {**columns, "_now": self.now, "_id": record_id})
        self._note(record_type, record_id, ChangeAction.UPDATED, frozenset(columns))

    def _execute(self, sql: str, parameters: tuple[Any, ...] | dict[str, Any]) -> None:
        self.connection.execute(sql, parameters)

    def _note(self, record_type: type, record_id: str, action: ChangeAction,
              fields: frozenset[str]) -> None:
        self.parts.append(Change(kind_of(record_type), record_id, action, fields))


class ChangePath:
    """Runs operations against the library and announces each on ``feed`` once committed.
    One per open library: :meth:`of`."""

    def __init__(self, database: Database, feed: ChangeFeed | None = None) -> None:
        self.database = database
        self.feed = feed or ChangeFeed()
        self._open: Edit | None = None
        self.last = OpChanges("", None)  # what the latest operation changed

    @classmethod
    def of(cls, database: Database) -> "ChangePath":
        """The library's change path (made on first use), shared by all who write to it."""
        if database.change_path is None:
            database.change_path = cls(database)
        path: ChangePath = database.change_path
        return path

    def run(self, what: str, session_id: str | None, write: Callable[[Edit], T], *,
            origin: str = LOCAL, initiator: object | None = None) -> Applied[T]:
        """Do ``write`` in one transaction and announce what it changed. ``what`` names the
        action in the user's words; ``initiator`` is the area that asked. Inside another
        operation it joins that one, which announces it (its own ``changes`` are then empty)."""
        nested = self._open is not None
        with self.operation(what, session_id, origin=origin, initiator=initiator) as edit:
            value = write(edit)
        return Applied(value, OpChanges(what, session_id) if nested else self.last)

    @contextmanager
    def operation(self, what: str, session_id: str | None, *, origin: str = LOCAL,
                  initiator: object | None = None) -> Iterator[Edit]:
        """``with path.operation(...) as edit:`` the block's writes (also those of operations
        run inside it) are one transaction, announced once it is committed; :attr:`last` is
        then what it changed."""
        if self._open is not None:  # inside another operation: its transaction, its announcement
            yield self._open
            return
        with self._transaction() as edit:
            yield edit
        self.last = merged(what, session_id, edit.parts, origin, initiator)
        if not self.last.empty:
            self.feed.publish(self.last)

    @contextmanager
    def _transaction(self) -> Iterator[Edit]:
        connection = self.database.connection
        try:
            if connection.in_transaction:  # a transaction opened outside the path: joined
                self._open = Edit(connection)
                yield self._open
                return
            with self.database.transaction() as connection:
                self._open = Edit(connection)
                yield self._open
        except sqlite3.Error as error:  # not a refused write (those are StorageWriteError)
            raise LibraryError(QT_TRANSLATE_NOOP("Storage", "The change could not be saved in the library "
                                                 "({error}).").format(error=str(error))) from error
        finally:
            self._open = None


def _stale_message(kind: RecordKind, fields: list[str]) -> str:
    names = field_names(fields)
    return QT_TRANSLATE_NOOP("Storage", "This {thing} was changed meanwhile ({fields}), so your change was "
                             "not saved over it. The list now shows the newer version: make your change "
                             "again if it is still needed.").format(thing=WORDS[kind], fields=names)


def _column(record_type: type, name: str, value: Any) -> Any:
    """One field as its column stores it."""
    if name not in field_types(record_type) or name in _STAMPS:
        raise KeyError(f"{record_type.__name__} has no field {name} to set")
    return to_column(value)
