"""Drafts: what is being typed and not yet saved, stored at once so that a crash or a kill
loses at most the last second of typing. One row per (meeting, target); ``target`` names the
editor (``capture``, ``note:<id>``…) and ``payload`` is whatever that editor needs, as JSON."""

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from ..domain.errors import LibraryError
from ..domain.ids import new_id, utc_now_iso
from ..domain.translatable import QT_TRANSLATE_NOOP
from .database import Database


class DraftStore:
    """Small on purpose: every editor that must not lose typing can reuse it. Each call is
    committed when it returns, or joins the caller's open transaction."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def save(self, session_id: str, target: str, payload: dict[str, Any]) -> None:
        """Store (or replace) the draft."""
        now = utc_now_iso()
        text = json.dumps(payload, ensure_ascii=False)
        with self._writing("stored") as connection:
            connection.execute(
                "INSERT INTO draft (id, created_at, updated_at, session_id, target, payload) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (session_id, target) "
                "DO UPDATE SET payload = excluded.payload, updated_at = excluded.updated_at",
                (new_id(), now, now, session_id, target, text),
            )

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
        with self._writing("removed") as connection:
            connection.execute("DELETE FROM draft WHERE session_id = ? AND target = ?",
                               (session_id, target))

    @contextmanager
    def _writing(self, done: str) -> Iterator[sqlite3.Connection]:
        connection = self.database.connection
        try:
            if connection.in_transaction:
                yield connection
            else:
                with self.database.transaction() as joined:
                    yield joined
        except sqlite3.Error as error:
            said = QT_TRANSLATE_NOOP("Storage", "The draft could not be stored in the library: {error}.") \
                if done == "stored" else \
                QT_TRANSLATE_NOOP("Storage", "The draft could not be removed from the library: {error}.")
            raise LibraryError(said.format(error=str(error))) from error


def _decode(text: str) -> dict[str, Any] | None:
    try:
        payload = json.loads(text)
    except ValueError:
        return None
    return payload if isinstance(payload, dict) else None
