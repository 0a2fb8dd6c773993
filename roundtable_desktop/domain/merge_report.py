"""What a merge of a meeting did, in words a chair reads: added, updated, deleted, decided."""

from dataclasses import dataclass, field

from .row_versions import Row

KIND_NAMES: dict[str, tuple[str, str]] = {
    "session": ("meeting's details", "meeting's details"),
    "agenda_item": ("agenda item", "agenda items"),
    "guiding_question": ("guiding question", "guiding questions"),
    "participant": ("participant", "participants"),
    "speaker_slot": ("speaker slot", "speaker slots"),
    "note": ("note", "notes"),
    "speaker_message": ("message to the speaker", "messages to the speaker"),
}


def counted(number: int, kind: str) -> str:
    one, many = KIND_NAMES.get(kind, (kind, kind))
    return f"{number} {one if number == 1 else many}"


@dataclass(slots=True)
class Choice:
    """A record changed on both laptops with fields no laptop owns: the newer was kept."""

    kind: str
    record_id: str
    label: str
    columns: list[str]
    kept: Row
    other: Row


@dataclass(slots=True)
class MergeReport:
    session_id: str = ""
    title: str = ""
    new_meeting: bool = False
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    kept_deleted: dict[str, int] = field(default_factory=dict)
    by_rule: list[str] = field(default_factory=list)
    choices: list[Choice] = field(default_factory=list)

    def count(self, tally: dict[str, int], kind: str) -> None:
        tally[kind] = tally.get(kind, 0) + 1

    @property
    def changed_anything(self) -> bool:
        return bool(self.new_meeting or self.added or self.updated or self.deleted
                    or self.by_rule or self.choices)

    def lines(self) -> list[str]:
        """The report: one line per kind of change, then each decision."""
        if not self.changed_anything:
            return [f"Nothing to merge: this library already holds everything in the file for "
                    f"“{self.title}”."]
        head = "Added the meeting" if self.new_meeting else "Merged into the meeting"
        lines = [f"{head} “{self.title}” ({self.session_id})."]
        for words, tally in (("Added", self.added), ("Updated", self.updated),
                             ("Deleted", self.deleted)):
            if tally:
                lines.append(f"{words}: " + ", ".join(counted(n, k) for k, n in tally.items()) + ".")
        if self.kept_deleted:
            lines.append("Kept deleted here: " + ", ".join(
                counted(n, k) for k, n in self.kept_deleted.items()) + ".")
        lines.extend(self.by_rule)
        for choice in self.choices:
            lines.append(f"Changed on both laptops, to check: the {KIND_NAMES[choice.kind][0]} "
                         f"“{choice.label}” ({', '.join(choice.columns)}): the newer was kept; "
                         f"the older had " + "; ".join(
                             f"{c} “{choice.other.get(c)}”" for c in choice.columns) + ".")
        return lines
