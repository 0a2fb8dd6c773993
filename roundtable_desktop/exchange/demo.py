"""The built-in demo meeting: the CSTD high-level roundtable of 17 May 2021 (its concept note is
``resources/demo/cstd-2021-concept-note.txt``)."""

from datetime import date, time

from ..domain.enums import AgendaKind, Role
from ..domain.model import AgendaItem, GuidingQuestion, Meeting, Participant, Session, SpeakerSlot

DEMO_TITLE = (
    "High-level Roundtable on \u201cThe role of science, technology, and innovation in a "
    "sustainable and resilient recovery from the COVID-19 pandemic\u201d"
)

DEMO_QUESTIONS = (
    "How can the international community foster partnerships with developing countries to "
    "promote science and technology collaborations, particularly to enhance their technical and "
    "productive capabilities in SDG-related technologies?",
    "How can governments formulate transformative policy shifts to ensure that the technological "
    "divide and digital inequalities can be reduced to not leave anyone behind?",
    "How can the international community secure firm commitments to mobilize substantial "
    "resources to increase the technological capabilities of developing countries, to enable "
    "their sustainable and resilient recovery?",
)

_BACKGROUND = (
    "The Commission on Science and Technology for Development (CSTD) provides a unique platform "
    "for countries to share experiences and advance an international agenda to harness science, "
    "technology and innovation (STI) to address longstanding and emerging development challenges."
)

_OBJECTIVES = (
    "The roundtable will provide an opportunity for high-level policymakers to exchange "
    "experiences, lessons learned and good practices, and to discuss challenges faced at "
    "national, regional, and international levels as well as possible solutions to address them."
)

_FORMAT = (
    "The Commission secretariat will make a short presentation on the findings of the recent "
    "UNCTAD publication \u2013 Technology and Innovation Report 2021. This will be followed by "
    "the remarks of the Co-Chair of the STI Forum. After which, the high-level discussants will "
    "make their initial interventions (5-7 mins), before the Chair will initiate an interactive "
    "discussion between the participants, including those from the floor."
)

# (kind, title, planned minutes, presenter)
_AGENDA = (
    (AgendaKind.PRESENTATION,
     "Presentation of the Technology and Innovation Report 2021", 10, "Commission secretariat"),
    (AgendaKind.REMARKS, "Remarks by the Co-Chair of the STI Forum", 5, "Co-Chair of the STI Forum"),
    (AgendaKind.INTERVENTIONS, "Initial interventions by high-level discussants", 25, ""),
    (AgendaKind.INTERACTIVE_DISCUSSION, "Interactive discussion, including the floor", 15, "Chair"),
    (AgendaKind.CLOSING, "Closing by the Chair", 5, "Chair"),
)


def demo_meeting() -> Meeting:
    """A fresh copy of the demo meeting, with new ids."""
    session = Session(
        title=DEMO_TITLE,
        organiser="United Nations Commission on Science and Technology for Development (CSTD)",
        session_line="Twenty-fourth annual session",
        date=date(2021, 5, 17),
        start_time=time(15, 0),
        end_time=time(16, 0),
        timezone="Europe/Zurich",
        venue="High-level roundtable with an interactive discussion including the floor",
        background=_BACKGROUND,
        objectives=_OBJECTIVES,
        format_text=_FORMAT,
        focus_sdgs=(1, 2, 3, 8, 10, 12, 13, 16, 17),
        outcome_destination=(
            "High-level political forum on sustainable development (HLPF), 6\u201315 July 2021"
        ),
        chair_name="Chair of the Commission",
    )
    meeting = Meeting(session=session)
    for position, (kind, title, minutes, presenter) in enumerate(_AGENDA):
        target, limit = kind.default_target_limit
        meeting.agenda.append(AgendaItem(
            session_id=session.id, title=title, kind=kind, planned_minutes=minutes,
            position=position, presenter=presenter,
            default_target_seconds=target, default_limit_seconds=limit,
        ))
    for position, text in enumerate(DEMO_QUESTIONS):
        meeting.questions.append(GuidingQuestion(
            session_id=session.id, text=text, position=position, label=f"Q{position + 1}"))
    speakers = [
        ("Commission secretariat", "UNCTAD", Role.SECRETARIAT, 0),
        ("Co-Chair of the STI Forum", "", Role.CO_CHAIR, 1),
        *[(f"Discussant {n}", "", Role.DISCUSSANT, 2) for n in range(1, 5)],
    ]
    for position, (name, organisation, role, agenda_index) in enumerate(speakers):
        participant = Participant(
            session_id=session.id, name=name, organisation=organisation, role=role,
            function="High-level discussant" if role is Role.DISCUSSANT else "",
        )
        meeting.participants.append(participant)
        item = meeting.agenda[agenda_index]
        meeting.slots.append(SpeakerSlot(
            session_id=session.id, participant_id=participant.id, agenda_item_id=item.id,
            position=position, target_seconds=item.default_target_seconds,
            limit_seconds=item.default_limit_seconds,
        ))
    meeting.participants.append(
        Participant(session_id=session.id, name="Chair of the Commission", role=Role.CHAIR))
    return meeting
