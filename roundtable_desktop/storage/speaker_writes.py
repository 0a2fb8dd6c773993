"""The chair's actions on the speaker list, written through the change path: new records whole,
the others only in the fields the action changed."""

import copy
from collections.abc import Iterable

from ..domain.model import AgendaItem, Participant, SpeakerSlot
from ..domain.speaker_list import Changes
from .change_path import Edit

Record = SpeakerSlot | AgendaItem | Participant


def snapshot(records: Iterable[Record]) -> dict[str, Record]:
    """Copies of the records as read, by id: what an update compares with."""
    return {record.id: copy.copy(record) for record in records}


def write_speaker_changes(edit: Edit, changes: Changes, before: dict[str, Record]) -> None:
    """Participants first, for the slots that refer to them."""
    for record in (*changes.participants, *changes.slots, *changes.items):
        earlier = before.get(record.id)
        if earlier is None or not record.created_at:
            edit.add(record)
        elif type(earlier) is type(record):
            edit.update(earlier, record)  # type: ignore[type-var]
