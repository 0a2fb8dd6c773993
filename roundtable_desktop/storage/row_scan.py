"""Every stored record read and checked: the damage ``quick_check`` does not see."""

import sqlite3

from ..domain.model import AgendaItem, GuidingQuestion, Note, Participant, Session, SpeakerSlot
from .mapping import from_row
from .row_check import DamagedRecordError

RECORD_TABLES = (("session", Session), ("agenda_item", AgendaItem),
                 ("guiding_question", GuidingQuestion), ("participant", Participant),
                 ("speaker_slot", SpeakerSlot), ("note", Note))


def damaged_rows(connection: sqlite3.Connection) -> list[str]:
    """The first stored row that does not fit its record (a value changed inside a sound
    page), in words; empty when every row fits."""
    factory = connection.row_factory
    connection.row_factory = sqlite3.Row
    try:
        for table, record_type in RECORD_TABLES:
            for row in connection.execute(f"SELECT * FROM {table}"):
                try:
                    from_row(record_type, row)
                except DamagedRecordError as damage:
                    return [damage.detail]
        return []
    finally:
        connection.row_factory = factory
