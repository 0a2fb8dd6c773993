"""What an import found and did not find, field by field, in the order the review shows them."""

from dataclasses import dataclass, field

from ...domain.model import Meeting

# field key -> label shown to the user
FIELDS: dict[str, str] = {
    "title": "Title",
    "organiser": "Organiser",
    "session_line": "Session",
    "date": "Date",
    "times": "Start and end",
    "timezone": "Time zone",
    "venue": "Venue / format",
    "chair": "Chair",
    "rapporteur": "Rapporteur",
    "background": "Background",
    "objectives": "Objectives",
    "questions": "Guiding questions",
    "agenda": "Programme (agenda items)",
    "speaking_time": "Speaking time of interventions",
    "focus_sdgs": "Focus SDGs",
    "outcome": "Outcome feeds into",
    "participants": "Speakers named",
}


@dataclass(slots=True)
class ImportResult:
    """A meeting read from a file, not yet stored, and what was found in the file."""

    meeting: Meeting
    source: str  # "Word document", "Markdown file", "text file", "session file"
    found: dict[str, str] = field(default_factory=dict)  # field key -> what was found, in brief
    notes: list[str] = field(default_factory=list)  # things to check ("the date could be…")

    @property
    def missing(self) -> list[str]:
        return [key for key in FIELDS if key not in self.found]

    def is_found(self, key: str) -> bool:
        return key in self.found

    def summary_lines(self) -> list[str]:
        """Found: … / Not found: … / Check: …, for the command line."""
        lines = [f"  {FIELDS[key]}: {text}" for key, text in self.found.items()]
        if self.missing:
            lines.append("Not found: " + ", ".join(FIELDS[key].lower() for key in self.missing) + ".")
        lines.extend(f"Check: {note}" for note in self.notes)
        return lines
