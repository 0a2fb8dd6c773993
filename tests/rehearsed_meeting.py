"""The demo meeting after a rehearsal: speakers who spoke, notes of every kind, SDGs, key messages
and a synthesis per guiding question. Used by the export tests."""

from datetime import UTC, datetime, timedelta

from roundtable_desktop.domain.enums import Gender, NoteKind, Region, Role, SlotState
from roundtable_desktop.domain.model import Meeting, Note, Participant, SpeakerSlot
from roundtable_desktop.exchange.demo import demo_meeting

MEETING_START = datetime(2021, 5, 17, 13, 0, tzinfo=UTC)  # 15.00 in Geneva
ARABIC_NOTE = "دعا الوزير إلى شراكات جديدة في مجال التكنولوجيا من أجل التعافي المستدام."
FLOOR_NAME = "Ms. Amina Diallo"
SYNTHESES = (
    "Participants agreed that partnerships must build lasting productive capabilities.",
    "Participants called for policies that close the digital divide, starting with connectivity.",
    "",  # the third question has no synthesis yet: the report says so
)
KEY_MESSAGES = "Science, technology and innovation are central to a resilient recovery."

# (speaker index, question index or None, kind, text, sdgs, key message)
NOTES = (
    (0, None, NoteKind.DATA_POINT, "Frontier technologies are a USD 350 billion market.", (9,), False),
    (1, None, NoteKind.KEY_POINT, "The STI Forum will carry these messages to the HLPF.", (17,), False),
    (2, 0, NoteKind.RECOMMENDATION, "Create joint research centres with universities in the South.",
     (9, 17), True),
    (2, 0, NoteKind.GOOD_PRACTICE, "A regional vaccine production hub was set up in 2020.", (3,), False),
    (3, 1, NoteKind.CHALLENGE, "Half of the world's population is still offline.", (10,), False),
    (3, 1, NoteKind.COMMITMENT, "My government will connect every school by 2025.", (4, 9), False),
    (4, 2, NoteKind.PROPOSAL, "A technology facilitation fund for least developed countries.",
     (17, 1), False),
    (4, 2, NoteKind.KEY_POINT, ARABIC_NOTE, (17,), False),
    (6, 1, NoteKind.QUOTE, "No one is safe until everyone is connected.", (), True),
    (6, None, NoteKind.FOLLOW_UP, "The secretariat will circulate the report's data annex.", (), False),
)


def rehearsed_meeting() -> Meeting:
    meeting = demo_meeting()
    session = meeting.session
    session.rapporteur_name = "Mr. Jonas Berg"
    session.key_messages = KEY_MESSAGES
    for question, synthesis in zip(meeting.questions, SYNTHESES, strict=True):
        question.synthesis = synthesis
    speakers = [p for p in meeting.participants if p.role is not Role.CHAIR]
    profiles = [(Gender.MAN, Region.WESTERN_EUROPEAN_OTHERS), (Gender.WOMAN, Region.EASTERN_EUROPEAN),
                (Gender.WOMAN, Region.AFRICAN), (Gender.MAN, Region.LATIN_AMERICAN_CARIBBEAN),
                (Gender.MAN, Region.ASIA_PACIFIC), (Gender.MAN, Region.AFRICAN)]
    for participant, (gender, region) in zip(speakers, profiles, strict=True):
        participant.gender, participant.region = gender, region
    speakers[4].name, speakers[4].function = "H.E. Mr. Karim Haddad", "Minister of Digital Economy"
    speakers[4].organisation = "Jordan"
    floor = Participant(session_id=session.id, name=FLOOR_NAME, function="Director",
                        organisation="Côte d'Ivoire", role=Role.MEMBER_STATE, gender=Gender.WOMAN,
                        region=Region.AFRICAN)
    meeting.participants.append(floor)
    discussion = meeting.agenda[3]
    meeting.slots.append(SpeakerSlot(session_id=session.id, participant_id=floor.id,
                                     agenda_item_id=discussion.id, position=len(meeting.slots),
                                     target_seconds=180, limit_seconds=180))
    clock = MEETING_START
    spoken = (540, 310, 450, 400, 380, 470, 200)
    for slot, seconds in zip(meeting.slots, spoken, strict=True):
        slot.state, slot.spoken_seconds = SlotState.DONE, float(seconds)
        slot.actual_start, slot.actual_end = clock, clock + timedelta(seconds=seconds + 5)
        clock = slot.actual_end + timedelta(seconds=10)
    for item in meeting.agenda[:4]:
        starts = [s.actual_start for s in meeting.slots if s.agenda_item_id == item.id]
        ends = [s.actual_end for s in meeting.slots if s.agenda_item_id == item.id]
        item.actual_start, item.actual_end = min(starts), max(ends)
    slots = meeting.slots
    for number, (speaker, question, kind, text, sdgs, key) in enumerate(NOTES):
        slot = slots[speaker]
        offset = int((slot.actual_start - MEETING_START).total_seconds()) + 30 + number
        meeting.notes.append(Note(
            session_id=session.id, text=text, kind=kind, slot_id=slot.id,
            participant_id=slot.participant_id, agenda_item_id=slot.agenda_item_id,
            question_id=meeting.questions[question].id if question is not None else None,
            sdgs=sdgs, key_message=key, meeting_offset_seconds=offset))
    return meeting
