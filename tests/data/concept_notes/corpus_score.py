"""The corpus of concept notes against its ground truth (truth.json), field by field.

For each note and field the importer's value is *right* (equal to the truth, whether shown as
found or as "check"), *flagged* (wrong or unsure, shown as "check": the review asks), *missed*
(not found) or *wrong as found* (a wrong value shown as found: the one outcome never allowed).
A field the note does not state (no SDGs named) is right when nothing is found, wrong as found
when something is shown as found."""

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from roundtable_desktop.exchange.concept_note import ImportResult, import_file
from roundtable_desktop.exchange.concept_note.report import FieldStatus

CORPUS = Path(__file__).resolve().parent
MAIN_FIELDS = ("date", "start", "end", "timezone", "sdgs")
OTHER_FIELDS = ("several", "title", "organiser", "questions", "speakers", "speaking_time", "chair")
_STATUS_KEY = {"date": "date", "start": "times", "end": "times", "timezone": "timezone",
               "sdgs": "focus_sdgs", "questions": "questions", "speakers": "participants",
               "speaking_time": "speaking_time", "chair": "chair", "title": "title",
               "organiser": "organiser"}
_LEAD_ROOM = 60  # a title may keep the words that introduce it ("Side event: …")


@dataclass
class FieldScore:
    right: int = 0
    flagged: int = 0
    missed: int = 0
    wrong_as_found: list[str] = field(default_factory=list)
    stated: int = 0

    @property
    def right_share(self) -> float:
        return self.right / self.stated if self.stated else 1.0


def truth() -> dict[str, dict]:
    table = json.loads((CORPUS / "truth.json").read_text(encoding="utf-8"))
    return {name: fields for name, fields in table.items() if not name.startswith("_")}


def read_value(result: ImportResult, name: str) -> object:
    session = result.meeting.session
    if name == "date":
        return session.date.isoformat() if session.date else None
    if name in ("start", "end"):
        moment: dt.time | None = session.start_time if name == "start" else session.end_time
        return f"{moment:%H:%M}" if moment else None
    if name == "timezone":
        return session.timezone if result.status("timezone") is not FieldStatus.MISSING else None
    if name == "sdgs":
        return list(session.focus_sdgs)
    if name == "questions":
        return len(result.meeting.questions)
    if name == "speakers":
        return len(result.meeting.participants)
    if name == "speaking_time":
        return _speaking_time(result)
    if name == "chair":
        return session.chair_name or None
    if name == "several":
        return len(result.time_choices) > 1
    if name in ("title", "organiser"):
        value = session.title if name == "title" else session.organiser
        return value if result.status(name) is not FieldStatus.MISSING else None
    raise KeyError(name)


def _plain(text: str) -> str:
    text = text.casefold().strip(" .\"\u201c\u201d")
    for lead in ("organised by ", "organized by ", "co-organized by ", "co-organised by ", "the "):
        text = text.removeprefix(lead)
    return " ".join(text.replace("\u201c", "").replace("\u201d", "").replace('"', "").split())


def _same(name: str, value: object, expected: object) -> bool:
    if value == expected:
        return True
    if name == "title" and isinstance(value, str) and isinstance(expected, str):
        return _plain(expected) in _plain(value) and len(value) <= len(expected) + _LEAD_ROOM
    if name == "organiser" and isinstance(value, str) and isinstance(expected, str):
        return _plain(value) == _plain(expected)
    return False


def _speaking_time(result: ImportResult) -> list[int] | None:
    if result.status("speaking_time") is FieldStatus.MISSING:
        return None
    from roundtable_desktop.domain.enums import AgendaKind

    for item in result.meeting.agenda:
        if item.kind in (AgendaKind.INTERVENTIONS, AgendaKind.INTERACTIVE_DISCUSSION):
            return [item.default_target_seconds, item.default_limit_seconds]
    return None


def _status(result: ImportResult, name: str) -> FieldStatus:
    if name == "several":
        return FieldStatus.CHECK if result.time_choices else FieldStatus.MISSING
    return result.status(_STATUS_KEY[name])


def _empty(value: object) -> bool:
    return value in (None, [], 0, False, "")


def score(names: tuple[str, ...] = MAIN_FIELDS + OTHER_FIELDS) -> dict[str, FieldScore]:
    scores = {name: FieldScore() for name in names}
    for note, expected in truth().items():
        result = import_file(CORPUS / note)
        for name in names:
            if name not in expected:
                continue
            _score_one(scores[name], note, name, expected[name], result)
    return scores


def _score_one(tally: FieldScore, note: str, name: str, expected: object, result: ImportResult) -> None:
    value, status = read_value(result, name), _status(result, name)
    stated = not _empty(expected)
    tally.stated += stated
    if _same(name, value, expected) or (_empty(value) and _empty(expected)):
        tally.right += stated
        return
    if status is FieldStatus.FOUND and not _empty(value):
        tally.wrong_as_found.append(f"{note}: {name} {value!r}, not {expected!r}")
    elif status is FieldStatus.CHECK:
        tally.flagged += stated
    else:
        tally.missed += stated


def report(scores: dict[str, FieldScore]) -> list[str]:
    lines = [f"{'field':<14} {'right':>7} {'flagged':>8} {'missed':>7} {'wrong as found':>15}"]
    for name, tally in scores.items():
        lines.append(f"{name:<14} {tally.right:>3}/{tally.stated:<3} {tally.flagged:>8} {tally.missed:>7} "
                     f"{len(tally.wrong_as_found):>15}   {100 * tally.right_share:5.1f} % right")
    for tally in scores.values():
        lines.extend(f"  wrong as found: {line}" for line in tally.wrong_as_found)
    return lines
