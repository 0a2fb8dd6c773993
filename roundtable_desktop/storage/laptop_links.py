"""What this laptop alone knows of a meeting: whose laptop it is for the meeting
(``meeting_laptop``), where it last joined the chair's share of a meeting it received
(``meeting_join``), to join it again when the meeting is opened, and how far it has received it
(``meeting_received``), so a restarted follower catches up from there rather than from nothing.

None of these tables ever travels: not in a meeting file, a session JSON or on the live link. The
pairing code kept is worth nothing once the chair's share stops or takes a new code.
"""

import sqlite3
from dataclasses import dataclass

from ..domain.meeting_changes import LinkReading
from ..domain.row_versions import Laptop
from .database import Database
from .meeting_rows import laptop_role, set_laptop_role

_NOW = "strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')"


@dataclass(frozen=True)
class LastJoin:
    """The address and code this laptop last joined a meeting with (code "": join by hand)."""

    address: str
    code: str


class LaptopLinks:
    def __init__(self, database: Database) -> None:
        self.database = database

    def role(self, session_id: str) -> Laptop:
        return laptop_role(self.database, session_id)

    def received(self, session_id: str) -> bool:
        """Whether the meeting came from the chair's laptop, which runs it."""
        return self.role(session_id) is Laptop.RAPPORTEUR

    def last_join(self, session_id: str) -> LastJoin | None:
        if not self.received(session_id):
            return None
        try:
            rows = self.database.query("SELECT address, code FROM meeting_join WHERE id = ?", (session_id,))
        except sqlite3.OperationalError:  # a library of an older schema, opened read-only
            return None
        return LastJoin(str(rows[0][0]), str(rows[0][1])) if rows else None

    def remember_join(self, session_id: str, address: str, code: str) -> None:
        """A meeting received was joined at ``address`` with ``code`` (a StorageWriteError when
        the disk refuses it); nothing for a meeting of this laptop's own."""
        if not self.received(session_id):
            return
        with self.database.transaction() as connection:
            connection.execute(
                f"INSERT INTO meeting_join (id, created_at, updated_at, address, code) "
                f"VALUES (?, {_NOW}, {_NOW}, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                "address = excluded.address, code = excluded.code, updated_at = excluded.updated_at",
                (session_id, address, code))

    def forget_code(self, session_id: str) -> None:
        """Not joined again by itself (the code was refused, or following was stopped); the
        address stays, offered in the Join dialog."""
        with self.database.transaction() as connection:
            connection.execute(f"UPDATE meeting_join SET code = '', updated_at = {_NOW} WHERE id = ?",
                               (session_id,))

    def reading(self, session_id: str) -> LinkReading | None:
        """How far this laptop had received the meeting when it last followed it."""
        try:
            rows = self.database.query(
                "SELECT chair_laptop, chair_seq, confirmed_seq FROM meeting_received WHERE id = ?",
                (session_id,))
        except sqlite3.OperationalError:  # a library of an older schema, opened read-only
            return None
        return LinkReading(str(rows[0][0]), int(rows[0][1]), int(rows[0][2])) if rows else None

    def run_here(self, session_id: str) -> None:
        """This laptop becomes the chair's laptop for the meeting (the other one is gone for
        good): it runs the clock and the speaker list, and joins nobody for it."""
        with self.database.transaction() as connection:
            set_laptop_role(self.database, session_id, Laptop.CHAIR)
            connection.execute("DELETE FROM meeting_join WHERE id = ?", (session_id,))
            connection.execute("DELETE FROM meeting_received WHERE id = ?", (session_id,))


def keep_reading(database: Database, session_id: str, reading: LinkReading) -> None:
    """Inside the transaction that stores the batch ``reading`` describes: never ahead of what
    is stored, and lost with the batch if the batch is."""
    database.connection.execute(
        f"INSERT INTO meeting_received (id, created_at, updated_at, chair_laptop, chair_seq, "
        f"confirmed_seq) VALUES (?, {_NOW}, {_NOW}, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
        "chair_laptop = excluded.chair_laptop, chair_seq = excluded.chair_seq, "
        "confirmed_seq = excluded.confirmed_seq, updated_at = excluded.updated_at",
        (session_id, reading.chair_laptop, reading.chair_seq, reading.confirmed_seq))
