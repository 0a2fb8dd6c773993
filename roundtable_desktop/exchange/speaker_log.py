"""The speaker log as CSV: one row per slot of the speaker list, for the chair's office."""

import csv
import io
from datetime import datetime
from pathlib import Path

from ..domain.enums import SlotState
from ..domain.ids import utc_now
from ..domain.model import Meeting, SpeakerSlot
from ..domain.text import clean_line
from .atomic import write_text_atomically
from .report.speaking_time import spoken_seconds

COLUMNS = ("Position", "Name", "Function", "Role", "Organisation or country", "Gender",
           "Regional group", "Agenda item", "Request type", "State", "Target (s)", "Limit (s)",
           "Actual start", "Actual end", "Spoken (s)", "Over/under target (s)")
_FORMULA_START = ("=", "+", "-", "@", "\t")


def speaker_log_csv(meeting: Meeting, now: datetime | None = None) -> str:
    """The log as CSV text; times in the meeting's time zone, durations in whole seconds."""
    now = now or utc_now()
    zone = meeting.session.zone()
    people = {p.id: p for p in meeting.participants}
    items = {item.id: item.title for item in meeting.agenda}
    output = io.StringIO()
    writer = csv.writer(output, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for slot in sorted(meeting.slots, key=lambda s: s.position):
        person = people.get(slot.participant_id)
        spoken = spoken_seconds(slot, now)
        writer.writerow((
            slot.position + 1,
            _text(person.name if person else ""),
            _text(person.function if person else ""),
            person.role.label if person else "",
            _text(person.organisation if person else ""),
            person.gender.label if person else "",
            person.region.label if person else "",
            _text(items.get(slot.agenda_item_id or "", "")),
            slot.request_type.label,
            slot.state.value,
            slot.target_seconds,
            slot.limit_seconds,
            slot.actual_start.astimezone(zone).isoformat(timespec="seconds") if slot.actual_start else "",
            slot.actual_end.astimezone(zone).isoformat(timespec="seconds") if slot.actual_end else "",
            spoken,
            spoken - slot.target_seconds if _was_called(slot, spoken) else "",
        ))
    return output.getvalue()


def write_speaker_log(meeting: Meeting, path: Path | str) -> Path:
    """UTF-8 with a byte-order mark, so spreadsheet programs read names in any script."""
    return write_text_atomically(path, speaker_log_csv(meeting), encoding="utf-8-sig")


def _was_called(slot: SpeakerSlot, spoken: int) -> bool:
    return spoken > 0 or slot.state not in (SlotState.QUEUED, SlotState.WITHDRAWN)


def _text(value: str) -> str:
    """A cleaned cell; text that a spreadsheet would run as a formula is quoted with ``'``."""
    value = clean_line(value)
    return f"'{value}" if value.startswith(_FORMULA_START) else value
