"""The report's annexes: the programme as held, speakers and speaking time, all notes in order."""

from ...domain.durations import mmss
from ...domain.enums import RequestType
from ...domain.model import AgendaItem
from ...domain.statistics import meeting_statistics, overrun_words
from .attribution import Attribution, short_name
from .model import PageBreak, Report, Table
from .speaking_time import HeldSlot, held_slots, spoken_seconds
from .wording import clock, line, meeting_time, note_text, sdg_list, signed, zone_name


def add_annexes(report: Report, context) -> None:
    report.blocks.append(PageBreak())
    _programme(report, context)
    _speaking_time(report, context)
    _notes(report, context)


def _programme(report: Report, context) -> None:
    report.heading("Annex I. Programme as held", 1)
    agenda = sorted(context.meeting.agenda, key=lambda item: item.position)
    if not agenda:
        report.empty("The meeting had no agenda.")
        return
    zone = context.zone
    rows = []
    planned_total = actual_total = 0
    for item in agenda:
        actual = _duration(item)
        planned_total += item.planned_minutes * 60
        actual_total += actual or 0
        rows.append((
            line(item.title),
            mmss(item.planned_minutes * 60),
            clock(item.actual_start, zone) if item.actual_start else "",
            clock(item.actual_end, zone) if item.actual_end else "",
            mmss(actual) if actual is not None else "not held",
            signed(actual - item.planned_minutes * 60) if actual is not None else "",
        ))
    rows.append(("Total", mmss(planned_total), "", "", mmss(actual_total),
                 signed(actual_total - planned_total)))
    tz = zone_name(context.session, context.started)
    report.paragraph(f"Times are in the meeting\u2019s time zone ({tz}); durations in minutes:seconds.")
    report.table(Table(("Agenda item", "Planned", "Start", "End", "Actual", "Difference"), rows,
                       (4.4, 1.0, 0.9, 0.9, 1.0, 1.2), total_rows=1, numeric=frozenset({1, 2, 3, 4, 5})))


def _duration(item: AgendaItem) -> int | None:
    if item.actual_start is None or item.actual_end is None:
        return None
    return max(0, int((item.actual_end - item.actual_start).total_seconds()))


def _speaking_time(report: Report, context) -> None:
    report.heading("Annex II. Speakers and speaking time", 1)
    held = held_slots(context.meeting, context.options.now)
    not_reached = len(context.meeting.slots) - len(held)
    if not held:
        report.empty("Nobody has spoken yet: the speaker list was not used.")
        return
    titles = {item.id: line(item.title) for item in context.meeting.agenda}
    rows = []
    for number, entry in enumerate(held, start=1):
        person = entry.participant
        rows.append((
            str(number),
            _speaker_cell(entry),
            person.role.label if person else "",
            titles.get(entry.slot.agenda_item_id or "", ""),
            mmss(entry.slot.target_seconds), mmss(entry.slot.limit_seconds),
            mmss(entry.spoken), overrun_words(entry.spoken, entry.slot.target_seconds,
                                              entry.slot.limit_seconds),
        ))
    planned = sum(h.slot.target_seconds for h in held)
    spoken = sum(h.spoken for h in held)
    rows.append(("", _total_words(held), "", "", mmss(planned), "", mmss(spoken),
                 signed(spoken - planned)))
    report.paragraph("Planned is each speaker\u2019s target time; the last column compares the "
                     "time spoken with the limit first, then the target.")
    report.table(Table(("No.", "Speaker", "Role", "Agenda item", "Planned", "Limit", "Spoken",
                        "Against the plan"), rows, (0.55, 2.3, 1.1, 1.9, 1.0, 0.9, 1.0, 1.6), total_rows=1,
                       numeric=frozenset({0, 4, 5, 6, 7})))
    if not_reached:
        report.paragraph(f"{not_reached} request{'s' if not_reached != 1 else ''} to speak "
                         f"{'were' if not_reached != 1 else 'was'} not reached.")
    _shares(report, context, held)


def _shares(report: Report, context, held) -> None:
    """Interventions, time and share by role, gender and regional group: the same figures as
    the chair's console (domain.statistics)."""
    now = context.options.now
    figures = meeting_statistics(context.meeting.agenda, context.meeting.slots, context.meeting.participants,
                                 lambda slot: spoken_seconds(slot, now), now)
    report.heading("Shares of speaking time", 2)
    for title, groups in (("By role", figures.by_role), ("By gender", figures.by_gender),
                          ("By regional group", figures.by_region),
                          ("By kind of request", figures.by_request)):
        report.heading(title, 3)
        rows = [(g.label, str(g.interventions), mmss(g.total_seconds), f"{g.share:.0%}") for g in groups]
        rows.append(("Total", str(figures.interventions), mmss(figures.total_seconds), "100%"))
        report.table(Table(("Group", "Interventions", "Speaking time", "Share"), rows,
                           (3.6, 1.3, 1.5, 1.0), total_rows=1, numeric=frozenset({1, 2, 3})))


def _notes(report: Report, context) -> None:
    report.heading("Annex III. Notes in chronological order", 1)
    notes = context.notes
    if not notes:
        report.empty("The rapporteur took no notes.")
        return
    tz = zone_name(context.session, context.started)
    named = context.attribution is not Attribution.UNATTRIBUTED
    rows = []
    for note in notes:
        kind = note.kind.label + (", key message" if note.key_message else "")
        speaker = (short_name(context.speaker(note), context.attribution),) if named else ()
        rows.append((meeting_time(note, context.started, context.zone), *speaker, kind,
                     note_text(note), sdg_list(note.sdgs)))
    header = ("Time",) + (("Speaker",) if named else ()) + ("Kind", "Note", "SDGs")
    widths = (0.8,) + ((1.8,) if named else ()) + (1.7, 4.4, 0.8)
    report.paragraph(f"Times are on the meeting clock, in {tz}.")
    report.table(Table(header, rows, widths))


def _speaker_cell(entry: HeldSlot) -> str:
    person = entry.participant
    text = line(person.description) if person else "Unknown speaker"
    if entry.slot.request_type is RequestType.POINT_OF_ORDER:
        return f"{text} (point of order)"
    return text


def _total_words(held: list[HeldSlot]) -> str:
    points = sum(1 for h in held if h.slot.request_type is RequestType.POINT_OF_ORDER)
    count = len(held) - points
    words = f"{count} intervention{'s' if count != 1 else ''}"
    if points:
        words += f", {points} point{'s' if points != 1 else ''} of order"
    return f"Total: {words}"
