"""Identifiers and timestamps shared by every record."""

import uuid
from datetime import UTC, datetime


def new_id() -> str:
    return str(uuid.uuid4())


def utc_now() -> datetime:
    return datetime.now(UTC)


def utc_now_iso() -> str:
    """UTC wall time in ISO 8601 with seconds precision and a ``Z``-free ``+00:00`` offset."""
    return utc_now().isoformat(timespec="milliseconds")


def parse_utc(text: str | None) -> datetime | None:
    if not text:
        return None
    value = datetime.fromisoformat(text)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC)
