"""A larger meeting for the summary's tests: 12 speakers with real-looking names (one Arabic, one
Chinese), 80 notes under the three guiding questions and none, Arabic and Chinese notes, a very
long note, a withdrawn request, key messages some of which the rapporteur copied into her text
("Add the notes marked ★")."""

import random
from datetime import UTC, datetime, timedelta

from roundtable_desktop.domain.enums import Gender, NoteKind, Region, Role, SlotState
from roundtable_desktop.domain.model import Meeting, Note, Participant, SpeakerSlot
from roundtable_desktop.exchange.demo import demo_meeting

START = datetime(2021, 5, 17, 13, 0, tzinfo=UTC)
# (name, function, organisation, role, region)
SPEAKERS = (
    (
        "H.E. Ms. Ingrid Solberg",
        "Chair of the Commission",
        "Norway",
        Role.CHAIR,
        Region.WESTERN_EUROPEAN_OTHERS,
    ),
    (
        "Ms. Shamika Sirimanne",
        "Director, Division on Technology and Logistics",
        "UNCTAD",
        Role.SECRETARIAT,
        Region.UNSPECIFIED,
    ),
    (
        "H.E. Mr. Tomás Ortega",
        "Co-Chair of the STI Forum",
        "Mexico",
        Role.CO_CHAIR,
        Region.LATIN_AMERICAN_CARIBBEAN,
    ),
    ("H.E. Mr. Karim Haddad", "Minister of Digital Economy", "Jordan", Role.DISCUSSANT, Region.ASIA_PACIFIC),
    (
        "Dr. Wanjiru Kamau",
        "Deputy Minister of Science and Innovation",
        "Kenya",
        Role.DISCUSSANT,
        Region.AFRICAN,
    ),
    (
        "Mr. Piotr Nowak",
        "Vice-Minister for Digital Affairs",
        "Poland",
        Role.DISCUSSANT,
        Region.EASTERN_EUROPEAN,
    ),
    (
        "Ms. Ana Beatriz Lima",
        "Head of Delegation",
        "Brazil",
        Role.MEMBER_STATE,
        Region.LATIN_AMERICAN_CARIBBEAN,
    ),
    ("Mr. Jean-Luc Moreau", "", "France", Role.MEMBER_STATE, Region.WESTERN_EUROPEAN_OTHERS),
    ("كريم الحداد", "Ambassador", "Egypt", Role.MEMBER_STATE, Region.AFRICAN),
    ("王小明", "Director-General", "China", Role.MEMBER_STATE, Region.ASIA_PACIFIC),
    ("Ms. Aroha Ngata", "", "Pacific Youth Network", Role.CIVIL_SOCIETY, Region.UNSPECIFIED),
    ("Mr. Olu Adeyemi", "Professor of Engineering", "University of Lagos", Role.OBSERVER, Region.AFRICAN),
)
NAMES = tuple(s[0] for s in SPEAKERS)
ARABIC = "دعا المتحدث إلى شراكات جديدة في مجال التكنولوجيا من أجل التعافي المستدام وسد الفجوة الرقمية."
CHINESE = "发言者呼吁加强南南合作，推动技术转让，并为发展中国家的科技能力建设提供可持续的资金。"
LONG = " ".join(
    [
        "Participants stressed that science, technology and innovation are central to a "
        "sustainable and resilient recovery, and that the digital divide between and within "
        "countries must be closed through investment in connectivity, skills and institutions."
    ]
    * 12
)
WORDS = (
    "partnership",
    "technology",
    "capacity",
    "finance",
    "digital",
    "divide",
    "recovery",
    "resilience",
    "innovation",
    "research",
    "data",
    "inclusion",
    "women",
    "youth",
    "policy",
    "universities",
)


def large_meeting() -> Meeting:
    rng = random.Random(11)
    meeting = demo_meeting()
    session = meeting.session
    session.rapporteur_name = "Ms. Lucía Fernández"
    session.chair_name = NAMES[0]
    meeting.participants = [p for p in meeting.participants if False]
    meeting.slots = []
    for position, (name, function, organisation, role, region) in enumerate(SPEAKERS):
        person = Participant(
            session_id=session.id,
            name=name,
            function=function,
            organisation=organisation,
            role=role,
            region=region,
            gender=(Gender.WOMAN, Gender.MAN)[position % 2],
        )
        meeting.participants.append(person)
        item = meeting.agenda[min(position, 2) if position < 3 else 3]
        meeting.slots.append(
            SpeakerSlot(
                session_id=session.id,
                participant_id=person.id,
                agenda_item_id=item.id,
                position=position,
                target_seconds=300,
                limit_seconds=420,
                state=SlotState.DONE,
                spoken_seconds=float(200 + 20 * position),
                actual_start=START + timedelta(minutes=4 * position),
                actual_end=START + timedelta(minutes=4 * position, seconds=200 + 20 * position),
            )
        )
    meeting.slots.append(
        SpeakerSlot(
            session_id=session.id,
            participant_id=meeting.participants[7].id,
            agenda_item_id=meeting.agenda[3].id,
            position=len(meeting.slots),
            state=SlotState.WITHDRAWN,
        )
    )
    for item in meeting.agenda[:4]:
        held = [s for s in meeting.slots if s.agenda_item_id == item.id and s.actual_start]
        item.actual_start = min(s.actual_start for s in held)
        item.actual_end = max(s.actual_end for s in held)
    speakers = meeting.slots[1:12]
    for number in range(80):
        slot = speakers[number % len(speakers)]
        text = " ".join(rng.choices(WORDS, k=rng.randint(8, 22))).capitalize() + "."
        text = {7: ARABIC, 19: CHINESE, 33: LONG}.get(number, text)
        question = (meeting.questions + [None])[number % 4]
        meeting.notes.append(
            Note(
                session_id=session.id,
                text=text,
                kind=list(NoteKind)[number % len(NoteKind)],
                slot_id=slot.id,
                participant_id=slot.participant_id,
                agenda_item_id=slot.agenda_item_id,
                question_id=question.id if question else None,
                sdgs=(4, 9) if number % 5 == 0 else (),
                key_message=number % 9 == 0,
                meeting_offset_seconds=60 * number,
            )
        )
    marked = [n for n in meeting.notes if n.key_message]
    session.key_messages = "\n\n".join(n.text for n in marked[:3])  # copied with the ★ command
    for number, question in enumerate(meeting.questions):
        question.synthesis = f"Participants discussed the question at length ({number + 1})."
    return meeting


def typed_characters(meeting: Meeting) -> int:
    """What the rapporteur typed: notes, syntheses, key messages, the introduction."""
    return (
        sum(len(n.text) for n in meeting.notes)
        + sum(len(q.synthesis) for q in meeting.questions)
        + len(meeting.session.key_messages)
        + len(meeting.session.introduction)
    )
