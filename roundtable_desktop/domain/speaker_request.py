"""A request to speak as the chair's assistant types it (a speaker added, a floor request), and
the slot it becomes: who it is (a participant of the meeting, or a new one typed as
``Name, Function, Country``), which agenda item it joins and how long it may take."""

from collections.abc import Iterable
from dataclasses import dataclass

from .countries import official_country_name
from .enums import Gender, Region, RequestType, Role
from .errors import InputError
from .model import AgendaItem, Participant, SpeakerSlot
from .speaker_language import stored_language
from .speaker_list import SpeakerList
from .text import clean_line
from .translatable import QT_TRANSLATE_NOOP

POINT_OF_ORDER_TIMES = (90, 120)
"""A point of order is short: amber from 1:30, red from 2:00."""


@dataclass(frozen=True, slots=True)
class SpeakerRequest:
    """What was typed. ``who`` is a participant's description or name, else a new person as
    ``Name, Function, Organisation``; the other person fields apply to a new person only.
    Times left ``None`` come from the agenda item (or the point-of-order default)."""

    who: str
    function: str = ""
    organisation: str = ""
    role: Role = Role.OTHER
    gender: Gender = Gender.UNSPECIFIED
    region: Region = Region.UNSPECIFIED
    request_type: RequestType = RequestType.INTERVENTION
    agenda_item_id: str | None = None
    target_seconds: int | None = None
    limit_seconds: int | None = None
    question_id: str | None = None
    override_closed: bool = False  # the chair adds it although the item's list is closed
    language: str = ""  # a new person's language (speaker_language.stored_language); "": not stated


@dataclass(frozen=True, slots=True)
class PlannedRequest:
    slot: SpeakerSlot
    new_participant: Participant | None


def find_participant(text: str, people: Iterable[Participant]) -> Participant | None:
    """The participant ``text`` names: their full description, else their name alone."""
    wanted = clean_line(text).casefold()
    if not wanted:
        return None
    people = list(people)
    return (next((p for p in people if p.description.casefold() == wanted), None)
            or next((p for p in people if p.name.casefold() == wanted), None))


def default_item(speakers: SpeakerList, floor: bool) -> AgendaItem | None:
    """The agenda item a new request joins unless the chair picks another: a floor request the
    interactive discussion; a speaker the item under way, else the one the next speaker is
    waiting in, else the last item begun, else the first."""
    items = speakers.items
    if not items:
        return None
    if floor:
        return speakers.interactive_item() or items[-1]
    following = speakers.next_up
    begun = [i for i in items if i.actual_start is not None]
    return (speakers.current_item()
            or (speakers.item(following.agenda_item_id) if following else None)
            or (begun[-1] if begun else None)
            or items[0])


def default_times(request_type: RequestType, item: AgendaItem | None) -> tuple[int, int]:
    """Target and limit of a new slot: a point of order's own, else its agenda item's."""
    if request_type is RequestType.POINT_OF_ORDER:
        return POINT_OF_ORDER_TIMES
    if item is None:
        return (300, 420)
    return (item.default_target_seconds, item.default_limit_seconds)


def plan_request(request: SpeakerRequest, session_id: str, people: Iterable[Participant],
                 speakers: SpeakerList) -> PlannedRequest:
    """The slot ``request`` becomes, with the new participant to add in the same step (if any).
    A point of order joins the item under way, whatever item was chosen."""
    text = clean_line(request.who)
    if not text:
        raise InputError(QT_TRANSLATE_NOOP("Console", "Type the speaker's name first."))
    person = find_participant(text, people)
    new = None
    if person is None:
        new = person = _new_participant(request, text, session_id)
    item = speakers.item(request.agenda_item_id)
    if request.request_type is RequestType.POINT_OF_ORDER:
        item = speakers.current_item() or item
    target, limit = default_times(request.request_type, item)
    if request.target_seconds is not None:
        target = max(0, int(request.target_seconds))
    if request.limit_seconds is not None:
        limit = max(0, int(request.limit_seconds))
    slot = SpeakerSlot(session_id=session_id, participant_id=person.id,
                       agenda_item_id=item.id if item else None, target_seconds=target,
                       limit_seconds=limit, request_type=request.request_type,
                       question_id=request.question_id)
    return PlannedRequest(slot, new)


def _new_participant(request: SpeakerRequest, text: str, session_id: str) -> Participant:
    name, _, rest = text.partition(",")
    function, _, organisation = rest.partition(",")
    if not clean_line(name):
        raise InputError(QT_TRANSLATE_NOOP("Console", "Type the speaker's name first."))
    organisation = clean_line(request.organisation) or clean_line(organisation)
    return Participant(
        session_id=session_id, name=clean_line(name),
        function=clean_line(request.function) or clean_line(function),
        organisation=official_country_name(organisation) or organisation,
        role=request.role, gender=request.gender, region=request.region,
        language=stored_language(request.language))
