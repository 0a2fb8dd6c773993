"""What an import found and did not find, field by field, in the order the review shows them."""

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from ...domain.model import Meeting
from ...domain.translatable import QT_TRANSLATE_NOOP

# field key -> label shown to the user
FIELDS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("ConceptNote", "Title"),
    "organiser": QT_TRANSLATE_NOOP("ConceptNote", "Organiser"),
    "session_line": QT_TRANSLATE_NOOP("ConceptNote", "Session"),
    "date": QT_TRANSLATE_NOOP("ConceptNote", "Date"),
    "times": QT_TRANSLATE_NOOP("ConceptNote", "Start and end"),
    "timezone": QT_TRANSLATE_NOOP("ConceptNote", "Time zone"),
    "venue": QT_TRANSLATE_NOOP("ConceptNote", "Venue / format"),
    "chair": QT_TRANSLATE_NOOP("ConceptNote", "Chair"),
    "rapporteur": QT_TRANSLATE_NOOP("ConceptNote", "Rapporteur"),
    "background": QT_TRANSLATE_NOOP("ConceptNote", "Background"),
    "objectives": QT_TRANSLATE_NOOP("ConceptNote", "Objectives"),
    "questions": QT_TRANSLATE_NOOP("ConceptNote", "Guiding questions"),
    "agenda": QT_TRANSLATE_NOOP("ConceptNote", "Programme (agenda items)"),
    "speaking_time": QT_TRANSLATE_NOOP("ConceptNote", "Speaking time of interventions"),
    "focus_sdgs": QT_TRANSLATE_NOOP("ConceptNote", "Focus SDGs"),
    "outcome": QT_TRANSLATE_NOOP("ConceptNote", "Outcome feeds into"),
    "participants": QT_TRANSLATE_NOOP("ConceptNote", "Speakers named"),
}


class FieldStatus(StrEnum):
    FOUND = "found"
    CHECK = "check"  # a value was read, but the reader is not sure of it: the reason says why
    MISSING = "missing"


@dataclass(frozen=True, slots=True)
class MeetingTimeChoice:
    """One of the days or sessions a note gives, when it gives several: the review asks which
    one is the meeting."""

    label: str  # as the note words it, in brief ("Session 2: Tuesday, 7 February 2023")
    date: dt.date | None
    start: dt.time | None
    end: dt.time | None


@dataclass(slots=True)
class ImportResult:
    """A meeting read from a file, not yet stored, and what was found in the file."""

    meeting: Meeting
    source: str  # "Word document", "Markdown file", "text file", "session file"
    found: dict[str, str] = field(default_factory=dict)  # field key -> what was found, in brief
    notes: list[str] = field(default_factory=list)  # things to check ("the date could be…")
    checks: dict[str, str] = field(default_factory=dict)  # field key -> why its value needs a look
    time_choices: list[MeetingTimeChoice] = field(default_factory=list)  # several days or sessions

    def check(self, key: str, reason: str) -> None:
        """Mark a field's value as not sure, with the reason the review and the CLI show."""
        if key not in self.checks:
            self.checks[key] = reason

    @property
    def missing(self) -> list[str]:
        return [key for key in FIELDS if key not in self.found and key not in self.checks]

    def is_found(self, key: str) -> bool:
        """Found and sure: a value to check is not "found"."""
        return key in self.found and key not in self.checks

    def status(self, key: str) -> FieldStatus:
        if key in self.checks:
            return FieldStatus.CHECK
        return FieldStatus.FOUND if key in self.found else FieldStatus.MISSING

    def summary_lines(self) -> list[str]:
        """Found: … / Not found: … / Check: …, for the command line."""
        lines = [f"  {FIELDS[key]}: {text}" for key, text in self.found.items() if key not in self.checks]
        lines.extend(f"Check: {FIELDS[key]}: {self.found[key]} \u2014 {reason}" if key in self.found
                     else f"Check: {FIELDS[key]}: {reason}" for key, reason in self.checks.items())
        if len(self.time_choices) > 1:
            lines.append("The note's days or sessions: " + "; ".join(
                f"{number}) {choice.label}" for number, choice in enumerate(self.time_choices, 1)) + ".")
        if self.missing:
            lines.append("Not found: " + ", ".join(FIELDS[key].lower() for key in self.missing) + ".")
        lines.extend(f"Check: {note}" for note in self.notes)
        return lines
