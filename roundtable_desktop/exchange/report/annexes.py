"""The report's annexes, each on a new page: a plain list of participants (those present, once
the roll call was taken), the programme as
held, speakers and speaking time, all notes in order. The last three name or time speakers and
are never in an unattributed summary (options.Section.identifies_speakers)."""

from datetime import datetime, tzinfo

from ...domain.balance import Balance, meeting_balance
from ...domain.durations import mmss
from ...domain.enums import RequestType, Role, SlotState
from ...domain.model import AgendaItem
from ...domain.statistics import Overrun, meeting_statistics, overrun
from .attribution import short_name
from .context import ReportContext
from .model import ParagraphStyle, Report, Table
from .speaking_time import HeldSlot, held_slots, spoken_seconds
from .wording import clock, line, meeting_time, sdg_list, signed, zone_name


def _heading(report: Report, context: ReportContext, number: str, title: str) -> None:
    report.heading(f"{context.texts.annex.format(number=number)}. {title}", 1, new_page=True)


def participants(report: Report, context: ReportContext, number: str) -> None:
    """Names, functions and organisations only: no times, no order of speaking. Once the roll
    call was taken (someone marked present), those present."""
    texts = context.texts
    listed = context.meeting.participants
    present = [p for p in listed if p.present]
    _heading(report, context, number, texts.participants_present if present else texts.participants)
    people = sorted(present or listed, key=lambda p: (p.role is not Role.CHAIR, line(p.name).lower()))
    if not people:
        report.empty(texts.no_participants)
        return
    if present:
        report.paragraph(texts.present_count.format(present=len(present), listed=len(listed)),
                         style=ParagraphStyle.EXPLANATION)
    rows: list[tuple[str, ...]] = [(line(p.name), line(p.function), line(p.organisation)) for p in people]
    report.table(Table(texts.participants_header, rows, (2.5, 2.5, 2.0)))


def programme(report: Report, context: ReportContext, number: str) -> None:
    texts = context.texts
    _heading(report, context, number, texts.programme)
    agenda = sorted(context.meeting.agenda, key=lambda item: item.position)
    if not agenda:
        report.empty(texts.no_agenda)
        return
    zone = context.zone
    rows: list[tuple[str, ...]] = []
    planned_total = held_planned = actual_total = 0
    held = False
    for item in agenda:
        actual = _duration(item)
        planned_total += item.planned_minutes * 60
        if actual is not None:
            held = True
            held_planned += item.planned_minutes * 60
            actual_total += actual
        rows.append(
            (
                line(item.title),
                mmss(item.planned_minutes * 60),
                _clock(item.actual_start, zone),
                _clock(item.actual_end, zone),
                mmss(actual) if actual is not None else texts.not_held,
                signed(actual - item.planned_minutes * 60) if actual is not None else "",
            )
        )
    # the difference compares the items held with their plan: a meeting not held is not "−60:00"
    rows.append(
        (
            texts.total,
            mmss(planned_total),
            "",
            "",
            mmss(actual_total) if held else texts.not_held,
            signed(actual_total - held_planned) if held else "",
        )
    )
    tz = zone_name(context.session, context.started)
    report.paragraph(texts.times_in_zone.format(zone=tz), style=ParagraphStyle.EXPLANATION)
    report.table(
        Table(
            texts.programme_header,
            rows,
            (4.4, 1.0, 0.9, 0.9, 1.0, 1.2),
            total_rows=1,
            numeric=frozenset({1, 2, 3, 4, 5}),
        )
    )


def _clock(moment: datetime | None, zone: tzinfo) -> str:
    return clock(moment, zone) if moment is not None else ""


def _duration(item: AgendaItem) -> int | None:
    if item.actual_start is None or item.actual_end is None:
        return None
    return max(0, int((item.actual_end - item.actual_start).total_seconds()))


def speaking_time(report: Report, context: ReportContext, number: str) -> None:
    texts = context.texts
    _heading(report, context, number, texts.speaking_time)
    held = held_slots(context.meeting, context.options.now)
    slots = context.meeting.slots
    not_reached = sum(1 for s in slots if s.state is SlotState.QUEUED)
    withdrawn = sum(1 for s in slots if s.state is SlotState.WITHDRAWN)
    if not held:
        report.empty(texts.nobody_spoke)
    else:
        _speaker_table(report, context, held)
    for count, (one, several) in ((not_reached, texts.not_reached), (withdrawn, texts.withdrawn)):
        if count and held:
            report.paragraph(
                (one if count == 1 else several).format(count=count), style=ParagraphStyle.EXPLANATION
            )
    if held:
        _shares(report, context)


def _speaker_table(report: Report, context: ReportContext, held: list[HeldSlot]) -> None:
    texts = context.texts
    titles = {item.id: line(item.title) for item in context.meeting.agenda}
    rows: list[tuple[str, ...]] = []
    for number, entry in enumerate(held, start=1):
        person = entry.participant
        rows.append(
            (
                str(number),
                _speaker_cell(context, entry),
                context.texts.term(person.role.label) if person else "",
                titles.get(entry.slot.agenda_item_id or "", ""),
                mmss(entry.slot.target_seconds),
                mmss(entry.slot.limit_seconds),
                mmss(entry.spoken),
                _against_plan(context, entry),
            )
        )
    planned = sum(h.slot.target_seconds for h in held)
    spoken = sum(h.spoken for h in held)
    rows.append(
        (
            "",
            _total_words(context, held),
            "",
            "",
            mmss(planned),
            "",
            mmss(spoken),
            signed(spoken - planned),
        )
    )
    report.paragraph(texts.planned_explained, style=ParagraphStyle.EXPLANATION)
    report.table(
        Table(
            texts.speaking_header,
            rows,
            (0.55, 2.3, 1.1, 1.9, 1.0, 0.9, 1.0, 1.6),
            total_rows=1,
            numeric=frozenset({0, 4, 5, 6, 7}),
        )
    )


def _speaker_cell(context: ReportContext, entry: HeldSlot) -> str:
    person = entry.participant
    text = line(person.description) if person else context.texts.unknown_speaker
    if entry.slot.request_type is RequestType.POINT_OF_ORDER:
        return context.texts.point_of_order_mark.format(speaker=text)
    return text


def _against_plan(context: ReportContext, entry: HeldSlot) -> str:
    """``0:22 past the limit``: the limit first, then the target (domain.statistics.overrun)."""
    kind, seconds = overrun(entry.spoken, entry.slot.target_seconds, entry.slot.limit_seconds)
    words = dict(zip(Overrun, context.texts.against_plan, strict=True))[kind]
    return words.format(time=mmss(seconds))


def _total_words(context: ReportContext, held: list[HeldSlot]) -> str:
    points = sum(1 for h in held if h.slot.request_type is RequestType.POINT_OF_ORDER)
    if not points:
        return context.texts.total_interventions.format(count=len(held))
    return context.texts.total_with_points_of_order.format(count=len(held) - points, points=points)


def _shares(report: Report, context: ReportContext) -> None:
    """Interventions, time and share by role, gender and regional group: the same figures as
    the chair's console (domain.statistics)."""
    texts = context.texts
    now = context.options.now
    meeting = context.meeting
    figures = meeting_statistics(
        meeting.agenda, meeting.slots, meeting.participants, lambda slot: spoken_seconds(slot, now), now
    )
    report.heading(texts.shares, 2)
    for title, groups in (
        (texts.by_role, figures.by_role),
        (texts.by_gender, figures.by_gender),
        (texts.by_region, figures.by_region),
        (texts.by_request, figures.by_request),
    ):
        report.heading(title, 3)
        rows: list[tuple[str, ...]] = [
            (texts.term(g.label), str(g.interventions), mmss(g.total_seconds),
             f"{g.share:.0%}".replace("%", "\u00a0%"))
            for g in groups
        ]
        rows.append((texts.total, str(figures.interventions), mmss(figures.total_seconds), "100\u00a0%"))
        report.table(
            Table(texts.shares_header, rows, (3.6, 1.3, 1.5, 1.0), total_rows=1, numeric=frozenset({1, 2, 3}))
        )
    _balance(report, context, meeting_balance(
        figures, meeting.slots, lambda slot: spoken_seconds(slot, now)))


def _percent(share: float) -> str:
    return f"{share:.0%}".replace("%", "\u00a0%")


def _balance(report: Report, context: ReportContext, balance: Balance) -> None:
    """The shares of time and of interventions by gender and regional group side by side, and
    the Gini coefficient of speaking time among those who asked (domain.balance)."""
    texts = context.texts
    report.heading(texts.balance, 3)
    rows: list[tuple[str, ...]] = [
        (texts.term(share.label), _percent(share.time_share), _percent(share.intervention_share))
        for share in (*balance.by_gender, *balance.by_region)]
    if rows:
        report.table(Table(texts.balance_header, rows, (3.6, 1.7, 1.7), numeric=frozenset({1, 2})))
    report.paragraph(texts.fairness_unmeasured if balance.gini is None else
                     texts.fairness.format(count=balance.askers, gini=texts.decimal(balance.gini)))


def notes(report: Report, context: ReportContext, number: str) -> None:
    texts = context.texts
    _heading(report, context, number, texts.chronological)
    chronological = context.notes
    if not chronological:
        report.empty(texts.no_notes)
        return
    tz = zone_name(context.session, context.started)
    named = context.named
    rows: list[tuple[str, ...]] = []
    for note in chronological:
        kind = texts.kind(note.kind) + (texts.key_message_mark if note.key_message else "")
        speaker = (short_name(context.speaker(note), context.attribution),) if named else ()
        rows.append(
            (
                meeting_time(note, context.started, context.zone),
                *speaker,
                kind,
                context.text(note),
                sdg_list(note.sdgs),
            )
        )
    header = texts.notes_header[:1] + ((texts.speaker,) if named else ()) + texts.notes_header[1:]
    widths = (0.8,) + ((1.8,) if named else ()) + (1.7, 4.4, 0.8)
    report.paragraph(texts.clock_explained.format(zone=tz), style=ParagraphStyle.EXPLANATION)
    report.table(Table(header, rows, widths))
