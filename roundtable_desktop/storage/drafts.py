"""Drafts: what is being typed and not yet saved, stored at once so that a crash or a kill
loses at most the last second of typing. One row per (meeting, target); ``target`` names the
editor (``capture``, ``note:<id>``…) and ``payload`` is whatever that editor needs, as JSON."""

import contextlib
import json
import sqlite3
from typing import Any

from ..domain.errors import LibraryError
from ..domain.ids import new_id, utc_now_iso
from .database import Database


class DraftStore:
    """Small on purpose: every editor that must not lose typing can reuse it."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def save(self, session_id: str, target: str, payload: dict[str, Any]) -> None:
        """Store (or replace) the draft, committed when this returns."""
        now = utc_now_iso()
        text = json.dumps(payload, ensure_ascii=False)
        try:
            with self.database.transaction() as connection:
                connection.execute(
                    "INSERT INTO draft (id, created_at, updated_at, session_id, target, payload) "
                    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (session_id, target) "
                    "DO UPDATE SET payload = excluded.payload, updated_at = excluded.updated_at",
                    (new_id(), now, now, session_id, target, text),
                )
        except sqlite3.Error as error:
            self._end_failed_transaction()
            raise LibraryError(f"The draft could not be stored in the library: {error}.") from error

    def load(self, session_id: str, target: str) -> dict[str, Any] | None:
        rows = self.database.query(
            "SELECT payload FROM draft WHERE session_id = ? AND target = ?", (session_id, target))
        return _decode(rows[0]["payload"]) if rows else None

    def for_session(self, session_id: str) -> dict[str, dict[str, Any]]:
        """Every draft of the meeting by target, oldest first."""
        rows = self.database.query(
            "SELECT target, payload FROM draft WHERE session_id = ? ORDER BY updated_at",
            (session_id,))
        drafts = {row["target"]: _decode(row["payload"]) for row in rows}
        return {target: payload for target, payload in drafts.items() if payload is not None}

    def discard(self, session_id: str, target: str) -> None:
        try:
            with self.database.transaction() as connection:
                connection.execute("DELETE FROM draft WHERE session_id = ? AND target = ?",
                                   (session_id, target))
        except sqlite3.Error as error:
            self._end_failed_transaction()
            raise LibraryError(f"The draft could not be removed from the library: {error}.") from error

    def _end_failed_transaction(self) -> None:
        """A failed COMMIT (disk full) leaves the transaction open: end it."""
        if self.database.connection.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self.database.connection.execute("ROLLBACK")


def _decode(text: str) -> dict[str, Any] | None:
    try:
        payload = json.loads(text)
    except ValueError:
        return None
    return payload if isinstance(payload, dict) else None
