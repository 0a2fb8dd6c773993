"""The introduction: when, who held the meeting, who chaired, moderated and opened it, how many
took the floor. Generated from the facts; the rapporteur's edited text, when stored, replaces it.
Without attribution it names nobody."""

from ...domain.enums import AgendaKind, Role
from ...domain.model import Meeting, Participant
from .attribution import Attribution, article
from .context import ReportContext
from .options import ReportOptions
from .speaking_time import held_slots
from .texts import ReportTexts, joined, texts_for
from .typography import typeset
from .wording import line, paragraphs


def introduction_paragraphs(context: ReportContext) -> list[str]:
    stored = paragraphs(context.session.introduction)
    if stored:
        return [typeset(text) for text in stored]
    return [generated_introduction(context.meeting, context.options, context.texts)]


def generated_introduction(meeting: Meeting, options: ReportOptions | None = None,
                           texts: ReportTexts | None = None) -> str:
    """The introduction from the facts, as the export dialog offers it for editing."""
    options = options or ReportOptions()
    texts = texts or texts_for(options.language or meeting.session.summary_language or "en")
    named = options.attribution is Attribution.NAMED
    sentences = [_held(meeting, texts)]
    if named:
        sentences += _who_led(meeting, texts)
    sentences.append(_took_the_floor(meeting, options, texts, named))
    return typeset(" ".join(s for s in sentences if s))


def _held(meeting: Meeting, texts: ReportTexts) -> str:
    session = meeting.session
    day = texts.day_month_year(session.date) if session.date else ""
    title = line(session.title) or texts.untitled
    organiser = line(session.organiser)
    what = texts.meeting_in_sentence(title)
    if not organiser:
        sentence = texts.intro_held_passive.format(date=day, meeting=what)
    elif line(session.session_line):
        sentence = texts.intro_held_at.format(date=day, organiser=texts.organiser_in_sentence(organiser),
                                              meeting=what,
                                              session=_lower_first(line(session.session_line)))
    else:
        sentence = texts.intro_held.format(date=day, organiser=texts.organiser_in_sentence(organiser),
                                           meeting=what)
    if not day:
        sentence = sentence.replace("On , ", "").replace("On ,", "")
        sentence = sentence[:1].upper() + sentence[1:]
    return sentence


def _who_led(meeting: Meeting, texts: ReportTexts) -> list[str]:
    session = meeting.session
    chairs = [p for p in meeting.participants if p.role is Role.CHAIR]
    chair = in_running_text(line(session.chair_name), texts) if line(session.chair_name) else (
        _described(chairs[0], texts) if chairs else "")
    moderators = [_described(p, texts) for p in meeting.participants if p.role is Role.MODERATOR]
    sentences = [texts.intro_chaired.format(chair=chair) if chair else ""]
    if moderators:
        sentences.append(texts.intro_moderated.format(moderator=joined(moderators, texts)))
    opening = _opening_speakers(meeting, texts)
    if opening:
        sentences.append(texts.intro_opening.format(speakers=joined(opening, texts)))
    return sentences


def _opening_speakers(meeting: Meeting, texts: ReportTexts) -> list[str]:
    people = {p.id: p for p in meeting.participants}
    first = {item.id for item in meeting.agenda if item.kind in (AgendaKind.PRESENTATION, AgendaKind.REMARKS)}
    names: list[str] = []
    for slot in sorted(meeting.slots, key=lambda s: s.position):
        person = people.get(slot.participant_id)
        if slot.agenda_item_id in first and person is not None and _described(person, texts) not in names:
            names.append(_described(person, texts))
    return names


def _took_the_floor(meeting: Meeting, options: ReportOptions, texts: ReportTexts, named: bool) -> str:
    speakers: list[Participant] = []
    for held in held_slots(meeting, options.now):
        if held.participant is not None and held.participant not in speakers \
                and held.participant.role is not Role.CHAIR:
            speakers.append(held.participant)
    if not speakers:
        return texts.intro_no_one
    one, several = texts.intro_spoke_named if named else texts.intro_spoke
    template = one if len(speakers) == 1 else several
    names = joined([_described(p, texts) for p in speakers], texts)
    return template.format(count=texts.count(len(speakers)), names=names)


def _described(person: Participant, texts: ReportTexts) -> str:
    """``Ms. Amina Diallo (Director, Côte d'Ivoire)``: a name with what it needs, no more (its
    parts separated as the summary's language separates them: "، " in Arabic)."""
    parts = [line(person.name), line(person.function), line(person.organisation)]
    name, *rest = [p for p in parts if p] or [""]
    name = in_running_text(name, texts)
    separator = ", " if texts.separator == "\u3001" else texts.separator  # "（Director, 科特迪瓦）"
    return f"{name} ({separator.join(rest)})" if rest else name


def in_running_text(name: str, texts: ReportTexts) -> str:
    """A name that is an office ("Chair of the Commission", "Commission secretariat") takes
    "the" inside an English sentence; a person's name is kept as it is, and so is any name in
    a summary in another language (no English "the" in "faites par the Commission secretariat")."""
    if texts.code != "en":
        return name
    if article(name) == "The" or name.lower().endswith("secretariat"):
        return f"the {name}" if not name.lower().startswith("the ") else name
    return name


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[1:2].islower() else text
