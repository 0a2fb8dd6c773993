"""What a merge of a meeting did, in words a chair reads: added, updated, deleted, decided.

The lines are marked for translation (the window shows them in its language, the command line
in English)."""

from dataclasses import dataclass, field

from .row_versions import Row
from .translatable import QT_TRANSLATE_NOOP, Wording

KIND_NAMES: dict[str, tuple[Wording, Wording]] = {
    "session": (QT_TRANSLATE_NOOP("MergeReport", "meeting's details"),
               QT_TRANSLATE_NOOP("MergeReport", "meeting's details")),
    "agenda_item": (QT_TRANSLATE_NOOP("MergeReport", "agenda item"),
                   QT_TRANSLATE_NOOP("MergeReport", "agenda items")),
    "guiding_question": (QT_TRANSLATE_NOOP("MergeReport", "guiding question"),
                        QT_TRANSLATE_NOOP("MergeReport", "guiding questions")),
    "participant": (QT_TRANSLATE_NOOP("MergeReport", "participant"),
                   QT_TRANSLATE_NOOP("MergeReport", "participants")),
    "speaker_slot": (QT_TRANSLATE_NOOP("MergeReport", "speaker slot"),
                    QT_TRANSLATE_NOOP("MergeReport", "speaker slots")),
    "note": (QT_TRANSLATE_NOOP("MergeReport", "note"),
            QT_TRANSLATE_NOOP("MergeReport", "notes")),
    "speaker_message": (QT_TRANSLATE_NOOP("MergeReport", "message to the speaker"),
                        QT_TRANSLATE_NOOP("MergeReport", "messages to the speaker")),
}
# "2 notes": the number and the kind in one text, so that each language words its plural
COUNTED: dict[str, tuple[Wording, Wording]] = {
    "session": (QT_TRANSLATE_NOOP("MergeReport", "{n} meeting's details"),
               QT_TRANSLATE_NOOP("MergeReport", "{n} meeting's details")),
    "agenda_item": (QT_TRANSLATE_NOOP("MergeReport", "{n} agenda item"),
                   QT_TRANSLATE_NOOP("MergeReport", "{n} agenda items")),
    "guiding_question": (QT_TRANSLATE_NOOP("MergeReport", "{n} guiding question"),
                        QT_TRANSLATE_NOOP("MergeReport", "{n} guiding questions")),
    "participant": (QT_TRANSLATE_NOOP("MergeReport", "{n} participant"),
                   QT_TRANSLATE_NOOP("MergeReport", "{n} participants")),
    "speaker_slot": (QT_TRANSLATE_NOOP("MergeReport", "{n} speaker slot"),
                    QT_TRANSLATE_NOOP("MergeReport", "{n} speaker slots")),
    "note": (QT_TRANSLATE_NOOP("MergeReport", "{n} note"),
            QT_TRANSLATE_NOOP("MergeReport", "{n} notes")),
    "speaker_message": (QT_TRANSLATE_NOOP("MergeReport", "{n} message to the speaker"),
                        QT_TRANSLATE_NOOP("MergeReport", "{n} messages to the speaker")),
}


def kind_name(kind: str) -> str:
    return KIND_NAMES[kind][0] if kind in KIND_NAMES else kind


def counted(number: int, kind: str) -> str:
    if kind not in COUNTED:
        return f"{number} {kind}"
    one, many = COUNTED[kind]
    return (one if number == 1 else many).format(n=number)


def tallied(tally: dict[str, int]) -> tuple[str, ...]:
    """The counts of a tally, as the fields of a line ("2 notes", "1 agenda item")."""
    return tuple(counted(n, k) for k, n in tally.items())


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
            return [QT_TRANSLATE_NOOP("MergeReport", "Nothing to merge: this library already holds "
                                      "everything in the file for “{title}”.").format(title=self.title)]
        head = QT_TRANSLATE_NOOP("MergeReport", "Added the meeting “{title}” ({id}).") if self.new_meeting \
            else QT_TRANSLATE_NOOP("MergeReport", "Merged into the meeting “{title}” ({id}).")
        lines: list[str] = [head.format(title=self.title, id=self.session_id)]
        for words, tally in ((QT_TRANSLATE_NOOP("MergeReport", "Added: {items}."), self.added),
                             (QT_TRANSLATE_NOOP("MergeReport", "Updated: {items}."), self.updated),
                             (QT_TRANSLATE_NOOP("MergeReport", "Deleted: {items}."), self.deleted),
                             (QT_TRANSLATE_NOOP("MergeReport", "Kept deleted here: {items}."),
                              self.kept_deleted)):
            if tally:
                lines.append(words.format(items=tallied(tally)))
        lines.extend(self.by_rule)
        lines.extend(self.choice_line(choice) for choice in self.choices)
        return lines

    @staticmethod
    def choice_line(choice: Choice) -> str:
        older = "; ".join(f"{c} “{choice.other.get(c)}”" for c in choice.columns)
        return QT_TRANSLATE_NOOP("MergeReport", "Changed on both laptops, to check: the {what} “{label}” "
                                 "({fields}): the newer was kept; the older had {older}.").format(
            what=kind_name(choice.kind), label=choice.label, fields=", ".join(choice.columns), older=older)
