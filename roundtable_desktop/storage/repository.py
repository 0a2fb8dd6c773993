"""The generic repository: one table of one dataclass, scoped to a meeting.

Reads return typed records. Its writes go through the change path like every change (committed,
announced): ``update`` makes the stored record the one given, so it suits the command line, an
import and tests; an area of the window holding a copy edits with ``edit.update(before, after)``
instead, which writes only what the user changed.
"""

from typing import Any, Generic, TypeVar

from ..domain.errors import NotFoundError
from .change_path import ChangePath, Edit, kind_of
from .database import Database
from .mapping import from_row

T = TypeVar("T", bound=Any)


class Repository(Generic[T]):
    """Read records of ``record_type`` in ``table``; add, update, delete and reorder them as
    operations of the change path (each its own transaction unless one is open)."""

    table: str
    record_type: type[T]
    order_by: str = "position, created_at"
    what: str = "record"

    def __init__(self, database: Database) -> None:
        self.database = database

    @property
    def path(self) -> ChangePath:
        return ChangePath.of(self.database)

    def get(self, record_id: str) -> T:
        rows = self.database.query(f"SELECT * FROM {self.table} WHERE id = ?", (record_id,))
        if not rows:
            raise NotFoundError(f"No {self.what} with id {record_id}.")
        return from_row(self.record_type, rows[0])

    def for_session(self, session_id: str) -> list[T]:
        rows = self.database.query(
            f"SELECT * FROM {self.table} WHERE session_id = ? ORDER BY {self.order_by}",
            (session_id,),
        )
        return [from_row(self.record_type, row) for row in rows]

    def add(self, record: T) -> T:
        result: T = self.path.run(f"new {self.what}", _session_of(record),
                                  lambda edit: edit.add(record)).value
        return result

    def update(self, record: T) -> T:
        """Store ``record`` as it is (the fields that differ from the stored ones are written)."""

        def write(edit: Edit) -> T:
            return edit.update(edit.stored(type(record), record.id), record)

        result: T = self.path.run(f"{self.what} edit", _session_of(record), write).value
        return result

    def delete(self, record_id: str) -> None:
        session_id = self._session_of_id(record_id)
        self.path.run(f"{self.what} removed", session_id,
                      lambda edit: edit.remove(self.record_type, record_id))

    def reorder(self, ordered_ids: list[str]) -> None:
        """Store ``position`` 0…n-1 in the given order, in one transaction."""
        session_id = self._session_of_id(ordered_ids[0]) if ordered_ids else None
        self.path.run(f"{self.what}s reordered", session_id,
                      lambda edit: edit.reorder(self.record_type, ordered_ids))

    def next_position(self, session_id: str) -> int:
        rows = self.database.query(
            f"SELECT COALESCE(MAX(position) + 1, 0) FROM {self.table} WHERE session_id = ?",
            (session_id,),
        )
        return int(rows[0][0])

    def _session_of_id(self, record_id: str) -> str | None:
        column = "id" if kind_of(self.record_type).value == "session" else "session_id"
        rows = self.database.query(f"SELECT {column} FROM {self.table} WHERE id = ?", (record_id,))
        return str(rows[0][0]) if rows else None


def _session_of(record: Any) -> str | None:
    """The meeting a record belongs to (a meeting is its own)."""
    session_id = getattr(record, "session_id", None)
    return str(session_id) if session_id is not None else str(record.id)
