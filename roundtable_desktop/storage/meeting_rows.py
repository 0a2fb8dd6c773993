"""A meeting's rows with their row versions, and the changes since a sequence number.

This is what travels between laptops: in a meeting file (all of it) and on the live link (what
changed since the other laptop's last reading). See ``row_version_schema`` for the versions.
"""

from typing import Any

from ..domain.meeting_changes import KINDS, RECORD_TYPES, MeetingChanges, Record, Tombstone
from ..domain.row_versions import Laptop, Row, RowValue, parse_version
from .database import Database
from .mapping import field_types, from_row, to_row


def columns_of(kind: str) -> list[str]:
    record_type: type = RECORD_TYPES[kind]
    return list(field_types(record_type))


def row_of(record: Record) -> Row:
    """The record as column values (what a merge compares and writes)."""
    row: Row = {}
    for name, value in to_row(record).items():
        cell: RowValue = value
        row[name] = cell
    return row


def laptop_id(database: Database) -> str:
    return str(database.query("SELECT id FROM laptop LIMIT 1")[0][0])


def change_seq(database: Database) -> int:
    return int(database.query("SELECT change_seq FROM laptop LIMIT 1")[0][0])


def laptop_role(database: Database, session_id: str) -> Laptop:
    """Whose laptop this library is for the meeting: the chair's unless it received the meeting."""
    rows = database.query("SELECT role FROM meeting_laptop WHERE id = ?", (session_id,))
    return Laptop(rows[0][0]) if rows and rows[0][0] in set(Laptop) else Laptop.CHAIR


def set_laptop_role(database: Database, session_id: str, role: Laptop) -> None:
    database.connection.execute(
        "INSERT INTO meeting_laptop (id, created_at, updated_at, role) VALUES (?, "
        "strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), ?) "
        "ON CONFLICT (id) DO UPDATE SET role = excluded.role, updated_at = excluded.updated_at",
        (session_id, role.value))


def _row(values: Any, columns: list[str]) -> Row:
    row: Row = {}
    for name in [*columns, "row_version"]:
        value: RowValue = values[name]
        row[name] = value
    return row


def changes_since(database: Database, session_id: str, after_seq: int = 0) -> MeetingChanges:
    """The meeting's records and tombstones changed after ``after_seq`` (0: all of it), read in
    one snapshot."""
    connection = database.connection
    own = not connection.in_transaction
    if own:
        connection.execute("BEGIN")
    try:
        return _read_changes(database, session_id, after_seq)
    finally:
        if own:
            connection.execute("COMMIT")


def _read_changes(database: Database, session_id: str, after_seq: int) -> MeetingChanges:
    last = change_seq(database)
    changes = MeetingChanges(session_id, laptop_id(database), laptop_role(database, session_id),
                             last_seq=last)
    for kind in KINDS:
        where = "id = ?" if kind == "session" else "session_id = ?"
        found = database.query(
            f"SELECT * FROM {kind} WHERE {where} AND row_seq > ? AND row_seq <= ? ORDER BY row_seq",
            (session_id, after_seq, last))
        changes.records[kind] = [from_row(RECORD_TYPES[kind], values) for values in found]
        changes.versions.update((str(v["id"]), parse_version(v["row_version"])) for v in found)
    changes.tombstones = [
        Tombstone(str(t["id"]), str(t["kind"]), str(t["session_id"]), str(t["created_at"]),
                  int(t["row_seq"]))
        for t in database.query(
            "SELECT * FROM tombstone WHERE session_id = ? AND row_seq > ? AND row_seq <= ? "
            "AND kind != 'session' ORDER BY row_seq", (session_id, after_seq, last))
    ]
    return changes


def is_deleted(database: Database, record_id: str) -> bool:
    return bool(database.query("SELECT 1 FROM tombstone WHERE id = ?", (record_id,)))


def local_row(database: Database, kind: str, record_id: str) -> Row | None:
    found = database.query(f"SELECT * FROM {kind} WHERE id = ?", (record_id,))
    return _row(found[0], columns_of(kind)) if found else None


def local_rows(database: Database, session_id: str) -> dict[str, dict[str, Row]]:
    """Every row of the meeting in this library, by kind and id (what a merge compares with)."""
    found: dict[str, dict[str, Row]] = {}
    for kind in KINDS:
        where = "id = ?" if kind == "session" else "session_id = ?"
        columns = columns_of(kind)
        found[kind] = {str(values["id"]): _row(values, columns)
                       for values in database.query(f"SELECT * FROM {kind} WHERE {where}", (session_id,))}
    return found


def deleted_ids(database: Database, session_id: str) -> set[str]:
    return {str(row[0]) for row in database.query("SELECT id FROM tombstone WHERE session_id = ?",
                                                   (session_id,))}
