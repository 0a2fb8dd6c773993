"""Which laptop a library is, as the other laptops know it: its laptop id, renewed when a backup
is restored in place of the library.

A restored library goes back to an earlier change number and earlier row versions, while the
rapporteur's laptop holds what the chair's library had since. Counted under the same id, the
changes made after the restore would take numbers and versions that the other laptop already
holds for other changes: a follower would resume past them, and a record changed again would
carry the very version the other laptop holds with other content. Under a new id they are
changes of another laptop: a follower sees another library and receives the meeting whole, and
a record changed since on both sides is decided by the ownership rule. The ids a library had
before stay its own (``former_laptop``), so what it wrote under them is still sent as its own.
"""

import sqlite3
import uuid

from .database import Database
from .row_version_schema import FORMER_LAPTOPS

_NOW = "strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')"


def renew_laptop_id(connection: sqlite3.Connection) -> str | None:
    """Give the library on ``connection`` (a restored copy, before it is opened) a new laptop id,
    the old one kept as a former id; None for a library from before laptops had ids (opening it
    gives it one)."""
    found = connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'laptop'")
    if found.fetchone() is None:
        return None
    renewed = str(uuid.uuid4())
    connection.execute("BEGIN")
    try:
        connection.execute(FORMER_LAPTOPS)
        connection.execute(f"INSERT OR IGNORE INTO former_laptop (id, created_at, updated_at) "
                           f"SELECT id, {_NOW}, {_NOW} FROM laptop")
        connection.execute(f"UPDATE laptop SET id = ?, updated_at = {_NOW}", (renewed,))
        connection.execute("COMMIT")
    except sqlite3.Error:
        connection.execute("ROLLBACK")
        raise
    return renewed


def own_laptop_ids(database: Database) -> set[str]:
    """This library's laptop id and those it had before a restore."""
    ids = {str(row[0]) for row in database.query("SELECT id FROM laptop")}
    return ids | {str(row[0]) for row in database.query("SELECT id FROM former_laptop")}
