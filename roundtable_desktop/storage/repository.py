"""The generic repository: one table of one dataclass, scoped to a meeting."""

from typing import Generic, TypeVar

from ..domain.errors import NotFoundError
from ..domain.ids import utc_now_iso
from .database import Database
from .mapping import field_types, from_row, to_row

T = TypeVar("T")


class Repository(Generic[T]):
    """Insert, update, delete and read records of ``record_type`` in ``table``.

    Every write is its own committed transaction unless the caller already holds one
    (``database.transaction()``), so a user action is durable when the call returns.
    """

    table: str
    record_type: type
    order_by: str = "position, created_at"
    what: str = "record"

    def __init__(self, database: Database) -> None:
        self.database = database
        self._columns = list(field_types(self.record_type))

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
        now = utc_now_iso()
        record.created_at = record.created_at or now
        record.updated_at = record.updated_at or now
        row = to_row(record)
        placeholders = ", ".join(f":{name}" for name in self._columns)
        sql = f"INSERT INTO {self.table} ({', '.join(self._columns)}) VALUES ({placeholders})"
        self._write(sql, row)
        return record

    def update(self, record: T) -> T:
        record.updated_at = utc_now_iso()
        row = to_row(record)
        assignments = ", ".join(f"{name} = :{name}" for name in self._columns if name != "id")
        self._write(f"UPDATE {self.table} SET {assignments} WHERE id = :id", row)
        return record

    def delete(self, record_id: str) -> None:
        self._write(f"DELETE FROM {self.table} WHERE id = ?", (record_id,))

    def reorder(self, ordered_ids: list[str]) -> None:
        """Store ``position`` 0…n-1 in the given order, in one transaction."""
        now = utc_now_iso()
        with self._transaction() as connection:
            for position, record_id in enumerate(ordered_ids):
                connection.execute(
                    f"UPDATE {self.table} SET position = ?, updated_at = ? WHERE id = ?",
                    (position, now, record_id),
                )

    def next_position(self, session_id: str) -> int:
        rows = self.database.query(
            f"SELECT COALESCE(MAX(position) + 1, 0) FROM {self.table} WHERE session_id = ?",
            (session_id,),
        )
        return rows[0][0]

    def _write(self, sql: str, parameters: tuple | dict) -> None:
        with self._transaction() as connection:
            connection.execute(sql, parameters)

    def _transaction(self):
        if self.database.connection.in_transaction:
            return _Joined(self.database.connection)
        return self.database.transaction()


class _Joined:
    """Context manager that joins the caller's open transaction."""

    def __init__(self, connection) -> None:
        self.connection = connection

    def __enter__(self):
        return self.connection

    def __exit__(self, *exc) -> bool:
        return False
