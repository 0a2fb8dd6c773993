"""The rapporteur's summary as a format-neutral Report, built from a whole Meeting.

Sections: title block, key messages, one section per guiding question, recommendations and
commitments, contribution to the SDGs, then the annexes (see annexes.py). A section with nothing
in it says so in one line.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from ...domain.enums import NoteKind
from ...domain.ids import utc_now
from ...domain.meeting_time import meeting_started_at
from ...domain.model import GuidingQuestion, Meeting, Note, Participant
from ...domain.sdgs import SDG_NAMES, ordered_sdgs, sdg_label
from . import annexes
from .attribution import Attribution, short_name, speaker_heading
from .model import ParagraphStyle, Report, Run, Table
from .wording import line, long_date, note_text, paragraphs, planned_hours, sdg_list

REPORT_NAME = "Rapporteur\u2019s summary"


@dataclass(slots=True)
class ReportOptions:
    attribution: Attribution = Attribution.NAMED
    now: datetime = field(default_factory=utc_now)


class _Context:
    """The meeting with its look-ups, so each section reads plainly."""

    def __init__(self, meeting: Meeting, options: ReportOptions) -> None:
        self.meeting = meeting
        self.session = meeting.session
        self.options = options
        self.attribution = options.attribution
        self.people = {p.id: p for p in meeting.participants}
        self.notes = sorted(meeting.notes, key=_chronological)
        self.zone = self.session.zone()
        self.started = meeting_started_at(meeting.agenda, meeting.slots) or self.session.planned_start()

    def speaker(self, note: Note) -> Participant | None:
        return self.people.get(note.participant_id) if note.participant_id else None

    def aside(self, note: Note) -> str:
        """`` (Name)`` after a point when points are attributed, else nothing."""
        name = short_name(self.speaker(note), self.attribution)
        return f" ({name})" if name else ""


def _chronological(note: Note) -> tuple:
    offset = note.meeting_offset_seconds
    return (offset is None, offset or 0, note.created_at)


def build_report(meeting: Meeting, options: ReportOptions | None = None) -> Report:
    context = _Context(meeting, options or ReportOptions())
    title = line(meeting.session.title)
    report = Report(title=f"{REPORT_NAME}: {title}" if title else REPORT_NAME,
                    author=line(meeting.session.rapporteur_name), subject=REPORT_NAME)
    _title_block(report, context)
    sections = (_key_messages, _guiding_questions, _recommendations, _sdgs)
    for number, section in enumerate(sections, start=1):
        section(report, context, _roman(number))
    annexes.add_annexes(report, context)
    return report


def _roman(number: int) -> str:
    return ("I", "II", "III", "IV", "V", "VI")[number - 1]


def _title_block(report: Report, context: _Context) -> None:
    session = context.session
    for text in (session.organiser, session.session_line):
        if line(text):
            report.paragraph(Run(line(text), bold=True), style=ParagraphStyle.DETAIL)
    report.heading(REPORT_NAME, 0)
    report.paragraph(line(session.title) or "Untitled meeting", style=ParagraphStyle.SUBTITLE)
    details = (
        ("Date", long_date(session.date) if session.date else ""),
        ("Time", planned_hours(session)),
        ("Venue and format", line(session.venue)),
        ("Chair", line(session.chair_name)),
        ("Rapporteur", line(session.rapporteur_name)),
        ("Outcome to feed into", line(session.outcome_destination)),
    )
    for label, value in details:
        if value:
            report.paragraph(Run(f"{label}: ", bold=True), value, style=ParagraphStyle.DETAIL)


def _key_messages(report: Report, context: _Context, number: str) -> None:
    report.heading(f"{number}. Key messages", 1)
    texts = paragraphs(context.session.key_messages)
    for text in texts:
        report.paragraph(text)
    marked = [n for n in context.notes if n.key_message]
    for note in marked:
        report.paragraph(note_text(note), context.aside(note), style=ParagraphStyle.BULLET)
    if not texts and not marked:
        report.empty("No key messages were recorded.")


def _guiding_questions(report: Report, context: _Context, number: str) -> None:
    report.heading(f"{number}. Discussion of the guiding questions", 1)
    questions = sorted(context.meeting.questions, key=lambda q: q.position)
    if not questions:
        report.empty("The meeting had no guiding questions.")
    for question in questions:
        report.heading(_question_heading(question), 2)
        synthesis = paragraphs(question.synthesis)
        for text in synthesis:
            report.paragraph(text)
        if not synthesis:
            report.empty("The rapporteur has not written a synthesis for this question.")
        notes = [n for n in context.notes if n.question_id == question.id]
        report.heading("Points raised", 3)
        _points(report, context, notes, "No points were recorded under this question.")
    known = {q.id for q in questions}
    others = [n for n in context.notes if n.question_id not in known]
    if others:
        report.heading("Other points raised", 2)
        _points(report, context, others, "")


def _question_heading(question: GuidingQuestion) -> str:
    text = line(question.text)
    label = line(question.label)
    return f"{label}. {text}" if label else text


def _points(report: Report, context: _Context, notes: list[Note], empty: str) -> None:
    """Points grouped by speaker (in order of first word), each with its kind; without
    attribution, grouped by kind instead."""
    if not notes:
        report.empty(empty)
        return
    for heading, group in _groups(context, notes):
        if heading:
            report.paragraph(*_speaker_runs(heading), style=ParagraphStyle.SPEAKER)
        for note in group:
            report.paragraph(Run(f"{note.kind.label}: ", italic=True), note_text(note),
                             *_sdg_runs(note), style=ParagraphStyle.BULLET)


def _groups(context: _Context, notes: list[Note]) -> Iterable[tuple[str, list[Note]]]:
    if context.attribution is Attribution.UNATTRIBUTED:
        for kind in NoteKind:
            group = [n for n in notes if n.kind is kind]
            if group:
                yield "", group
        return
    groups: dict[str, list[Note]] = {}
    for note in notes:
        groups.setdefault(speaker_heading(context.speaker(note), context.attribution), []).append(note)
    yield from groups.items()


def _speaker_runs(heading: str) -> tuple[Run, ...]:
    name, comma, rest = heading.partition(", ")
    return (Run(name, bold=True), Run(comma + rest)) if rest else (Run(heading, bold=True),)


def _sdg_runs(note: Note) -> tuple[Run, ...]:
    if not note.sdgs:
        return ()
    return (Run(f" (SDG\u00a0{sdg_list(note.sdgs)})", italic=True),)


def _recommendations(report: Report, context: _Context, number: str) -> None:
    report.heading(f"{number}. Recommendations and commitments", 1)
    kinds = (NoteKind.RECOMMENDATION, NoteKind.COMMITMENT)
    notes = [n for n in context.notes if n.kind in kinds]
    if not notes:
        report.empty("No recommendations or commitments were recorded.")
        return
    named = context.attribution is not Attribution.UNATTRIBUTED
    header = (("Speaker",) if named else ()) + ("Kind", "Recommendation or commitment", "SDGs")
    rows = []
    for note in notes:
        cells = (note.kind.label, note_text(note), sdg_list(note.sdgs))
        rows.append(((short_name(context.speaker(note), context.attribution) or "\u2014",)
                     if named else ()) + cells)
    widths = ((2.2,) if named else ()) + (1.9, 4.7, 0.8)
    report.table(Table(header, rows, widths))


def _sdgs(report: Report, context: _Context, number: str) -> None:
    report.heading(f"{number}. Contribution to the Sustainable Development Goals", 1)
    focus = tuple(n for n in context.session.focus_sdgs if n in SDG_NAMES)
    tagged = [n for n in context.notes if n.sdgs]
    if focus:
        report.paragraph("The meeting reports on " + ", ".join(f"SDG {n}" for n in sorted(focus))
                         + "; these come first.")
    if not tagged and not focus:
        report.empty("No point was tagged with a Sustainable Development Goal.")
        return
    for sdg in ordered_sdgs(focus):
        notes = [n for n in tagged if sdg in n.sdgs]
        if not notes and sdg not in focus:
            continue
        report.heading(sdg_label(sdg), 2)
        if not notes:
            report.empty("No point was tagged with this goal.")
        for note in notes:
            report.paragraph(Run(f"{note.kind.label}: ", italic=True), note_text(note), context.aside(note),
                             style=ParagraphStyle.BULLET)
