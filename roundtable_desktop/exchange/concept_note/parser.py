"""A concept note's Document -> a Meeting, and a report of what was found and not found."""

from ...domain.durations import mmss
from ...domain.enums import AgendaKind
from ...domain.model import AgendaItem, GuidingQuestion, Meeting, Session
from ...domain.text import clean_line, clean_text
from ...domain.translatable import QT_TRANSLATE_NOOP
from .dates import spoken
from .document import Block, BlockKind, Document
from .goals import find_outcome_destination, find_sdgs, sdg_names
from .header import find_chair, find_organiser_and_session, find_rapporteur, find_title, find_venue
from .meeting_when import meeting_when
from .people import find_speakers
from .programme import PlannedItem, plan_from_format, planned_minutes, speaking_time
from .report import ImportResult
from .sections import Section, SectionKind, find_questions, first_section, prose, split_sections
from .when import TimeRange, find_date, resolve_zone
from .zones import cities_in, offset_mismatch, venue_text

FIRST_BLOCKS = 40  # labelled lines ("Venue: …") are looked for in the note's first blocks


def parse_document(document: Document, fallback_title: str) -> ImportResult:
    sections = split_sections(document)
    header = sections[0].blocks[:FIRST_BLOCKS]
    first_blocks = document.blocks[:FIRST_BLOCKS]
    session = Session(title="")
    result = ImportResult(Meeting(session), document.source)
    _header_fields(result, header, first_blocks, fallback_title)
    _when(result, document)
    _texts(result, sections)
    _programme(result, sections, document)
    _goals(result, sections, document)
    speakers = find_speakers(sections, session.id)
    if speakers:
        result.meeting.participants = speakers
        result.found["participants"] = f"{len(speakers)}"
    return result


def _header_fields(result: ImportResult, header: list[Block], first_blocks: list[Block],
                   fallback_title: str) -> None:
    session = result.meeting.session
    title = clean_line(find_title(header, first_blocks))
    session.title = title or clean_line(fallback_title) or "Imported meeting"
    if title:
        result.found["title"] = title
    organiser, session_line = find_organiser_and_session(header, first_blocks, title)
    for key, value in (("organiser", organiser), ("session_line", session_line),
                       ("venue", find_venue(header, first_blocks)), ("chair", find_chair(first_blocks)),
                       ("rapporteur", find_rapporteur(first_blocks))):
        value = clean_line(value)
        if value:
            setattr(session, {"chair": "chair_name", "rapporteur": "rapporteur_name"}.get(key, key), value)
            result.found[key] = value


def _when(result: ImportResult, document: Document) -> None:
    session = result.meeting.session
    when = meeting_when(document.blocks)
    result.notes.extend(when.notes)
    result.time_choices = when.choices
    if when.day is not None:
        session.date = when.day
        result.found["date"] = spoken(when.day)
        if when.date_check:
            result.check("date", when.date_check)
    else:
        ambiguous = _ambiguous_date(document)
        if ambiguous:
            result.notes.append(ambiguous)
    times = when.times
    if times is None:
        return
    session.start_time, session.end_time = times.start, times.end
    result.found["times"] = f"{times.start:%H:%M}\u2013{times.end:%H:%M}" if times.end else \
        QT_TRANSLATE_NOOP("ConceptNote", "{start} (no end time)").format(start=f"{times.start:%H:%M}")
    if when.times_check:
        result.check("times", when.times_check)
    _zone(result, times, document)


def _zone(result: ImportResult, times: TimeRange, document: Document) -> None:
    session = result.meeting.session
    day = session.date
    places = venue_text(result.meeting.session.venue, document)
    zone = resolve_zone(times.zone_text, day, times.start, places)
    if zone is None:
        cities = cities_in(places)
        zone = cities[0] if cities else None
        if zone:
            result.notes.append(QT_TRANSLATE_NOOP(
                "ConceptNote", "No time zone is written; {zone} was taken from the city named.").format(
                zone=zone))
    if zone:
        mismatch = offset_mismatch(times.zone_text, zone, day, times.start)
        if mismatch:
            result.check("timezone", mismatch)
        session.timezone = zone
        result.found["timezone"] = QT_TRANSLATE_NOOP("ConceptNote", "{zone} (written {written})").format(
            zone=zone, written=times.zone_text) if times.zone_text and times.zone_text != zone else zone


def _ambiguous_date(document: Document) -> str:
    for block in document.blocks[:FIRST_BLOCKS]:
        note = find_date(block.text)[1]
        if note:
            return note
    return ""


def _texts(result: ImportResult, sections: list[Section]) -> None:
    session = result.meeting.session
    questions, question_blocks = find_questions(sections)
    for key, kind in (("background", SectionKind.BACKGROUND), ("objectives", SectionKind.OBJECTIVES)):
        text = clean_text(prose(first_section(sections, kind), question_blocks)).strip()
        if text:
            setattr(session, key, text)
            result.found[key] = _brief(text)
    for position, text in enumerate(clean_line(q) for q in questions if clean_line(q)):
        result.meeting.questions.append(GuidingQuestion(
            session_id=session.id, text=text, position=position, label=f"Q{position + 1}"))
    if result.meeting.questions:
        result.found["questions"] = f"{len(result.meeting.questions)}"


def _programme(result: ImportResult, sections: list[Section], document: Document) -> None:
    session = result.meeting.session
    formats = [section for section in sections if section.kind is SectionKind.FORMAT]
    format_section = formats[0] if formats else None
    session.format_text = clean_text(format_section.text if format_section else "").strip()
    # a programme table or list wins over a "Format" paragraph written before it
    plans = [plan_from_format(section.blocks) for section in formats]
    plan = next((p for p, s in zip(plans, formats, strict=True) if _is_listed(s) and len(p) >= 2), None) \
        or next((p for p in plans if p), [])
    default = next((item.speaking for item in plan if item.speaking and
                    item.kind is AgendaKind.INTERVENTIONS), None) or \
        next((item.speaking for item in plan if item.speaking), None) or \
        speaking_time(session.format_text)
    if default is None:
        default = _speaking_time_anywhere(document)
    speaking_kinds = (AgendaKind.INTERVENTIONS, AgendaKind.INTERACTIVE_DISCUSSION)
    if default and not any(item.kind in speaking_kinds for item in plan):
        # the stated speaking time needs an item to hold it: before the closing, if there is one
        at = len(plan) - 1 if plan and plan[-1].kind is AgendaKind.CLOSING else len(plan)
        plan.insert(at, PlannedItem(AgendaKind.INTERVENTIONS, "Interventions", speaking=default))
    minutes, estimated = planned_minutes(plan, session.planned_minutes)
    # a speaking time the note states is the interventions' one, else the floor's
    stated_for = {AgendaKind.INTERVENTIONS} if any(i.kind is AgendaKind.INTERVENTIONS for i in plan) \
        else {AgendaKind.INTERACTIVE_DISCUSSION}
    for position, (item, planned) in enumerate(zip(plan, minutes, strict=True)):
        target, limit = item.speaking or (default if item.kind in stated_for and default
                                          else item.kind.default_target_limit)
        result.meeting.agenda.append(AgendaItem(
            session_id=session.id, title=clean_line(item.title), kind=item.kind,
            planned_minutes=planned, position=position, presenter=clean_line(item.presenter),
            default_target_seconds=target, default_limit_seconds=max(target, limit)))
    if plan:
        total = sum(minutes)
        result.found["agenda"] = QT_TRANSLATE_NOOP("ConceptNote", "{n} items, {total} min").format(
            n=len(plan), total=total)
        if estimated:
            result.notes.append(QT_TRANSLATE_NOOP(
                "ConceptNote", "The note gives no minutes for some agenda items; they were shared out of "
                "the meeting's length. Check the programme."))
    if default:
        result.found["speaking_time"] = QT_TRANSLATE_NOOP(
            "ConceptNote", "{target} target, {limit} limit").format(target=mmss(default[0]),
                                                                    limit=mmss(default[1]))


def _is_listed(section: Section) -> bool:
    return sum(1 for b in section.blocks if b.kind in (BlockKind.LIST_ITEM, BlockKind.TABLE_ROW)) >= 2


def _speaking_time_anywhere(document: Document) -> tuple[int, int] | None:
    for block in document.blocks:
        lowered = block.text.lower()
        if any(word in lowered for word in ("intervention", "statement", "speaker", "discussant")):
            found = speaking_time(block.text)
            if found:
                return found
    return None


def _goals(result: ImportResult, sections: list[Section], document: Document) -> None:
    session = result.meeting.session
    text = document.all_text
    session.focus_sdgs = find_sdgs(text)
    if session.focus_sdgs:
        result.found["focus_sdgs"] = sdg_names(session.focus_sdgs)
    outcome_section = first_section(sections, SectionKind.OUTCOME)
    preferred = (outcome_section.text + "\n") if outcome_section else ""
    destination = clean_line(find_outcome_destination(preferred + text))
    if destination:
        session.outcome_destination = destination
        result.found["outcome"] = destination


def _brief(text: str, length: int = 90) -> str:
    line = " ".join(text.split())
    return line if len(line) <= length else line[:length - 1].rstrip() + "\u2026"
