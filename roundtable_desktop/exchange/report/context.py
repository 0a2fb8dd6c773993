"""The meeting with its look-ups, so each section of the report reads plainly."""

import dataclasses
from datetime import datetime, tzinfo

from ...domain.meeting_time import meeting_started_at
from ...domain.model import Meeting, Note, Participant, Session
from ..country_names import state_names
from .attribution import Attribution, short_name
from .options import ReportOptions
from .texts import ReportTexts, texts_for
from .typography import typeset
from .wording import note_text


class ReportContext:
    def __init__(self, meeting: Meeting, options: ReportOptions, texts: ReportTexts | None = None) -> None:
        self.options = options
        self.texts = texts or texts_for(options.language or meeting.session.summary_language or "en")
        self.meeting = countries_in(meeting, self.texts.code)
        self.session: Session = meeting.session
        self.attribution = options.attribution
        self.people = {p.id: p for p in self.meeting.participants}
        self.notes = sorted(meeting.notes, key=_chronological)
        self.zone: tzinfo = self.session.zone()
        self.started: datetime | None = (meeting_started_at(meeting.agenda, meeting.slots)
                                         or self.session.planned_start())
        self.shown: set[str] = set()  # ids of the notes already in the report (concise: each once)

    @property
    def named(self) -> bool:
        return self.attribution is not Attribution.UNATTRIBUTED

    def speaker(self, note: Note) -> Participant | None:
        """Who said it; nobody for a note whose speaker is not sure (written while the link to
        the chair's laptop was lost, and not confirmed since): a guess is never printed as found."""
        if note.speaker_unsure or not note.participant_id:
            return None
        return self.people.get(note.participant_id)

    def aside(self, note: Note) -> str:
        """`` (Name)`` after a point when points are attributed, else nothing."""
        name = short_name(self.speaker(note), self.attribution)
        if self.attribution is Attribution.BY_ROLE and name.split(" ", 1)[0] in ("A", "An", "The"):
            name = name[:1].lower() + name[1:]  # "(a Director from the African States)"
        return f" ({name})" if name else ""

    def text(self, note: Note) -> str:
        """A note's text as printed: cleaned, typeset."""
        return typeset(note_text(note))

    def unshown(self, notes: list[Note]) -> list[Note]:
        """In a concise report, the notes not yet printed elsewhere; all of them otherwise."""
        if not self.options.concise:
            return notes
        return [n for n in notes if n.id not in self.shown]

    def mark_shown(self, notes: list[Note]) -> None:
        self.shown.update(n.id for n in notes)


def countries_in(meeting: Meeting, code: str) -> Meeting:
    """The meeting with each participant's country in the document's language ("Germany" in an
    English summary, "Allemagne" in a French one), whatever the window's language was."""
    names = state_names()
    people = [dataclasses.replace(p, organisation=names.shown(p.organisation, code))
              for p in meeting.participants]
    return dataclasses.replace(meeting, participants=people)


def _chronological(note: Note) -> tuple[bool, int, str]:
    offset = note.meeting_offset_seconds
    return (offset is None, offset or 0, note.created_at)
