"""The meeting's vocabularies. Values are stored in the library and in exchange files: never rename one."""

from enum import StrEnum

from .translatable import QT_TRANSLATE_NOOP


class AgendaKind(StrEnum):
    PRESENTATION = "presentation"
    REMARKS = "remarks"
    INTERVENTIONS = "interventions"
    INTERACTIVE_DISCUSSION = "interactive_discussion"
    CLOSING = "closing"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _AGENDA_LABELS[self]

    @property
    def default_target_limit(self) -> tuple[int, int]:
        """Default (target, limit) in seconds for a speaker in an item of this kind."""
        return _AGENDA_DEFAULT_TIMES[self]


_AGENDA_LABELS = {
    AgendaKind.PRESENTATION: QT_TRANSLATE_NOOP("AgendaKind", "Presentation"),
    AgendaKind.REMARKS: QT_TRANSLATE_NOOP("AgendaKind", "Remarks"),
    AgendaKind.INTERVENTIONS: QT_TRANSLATE_NOOP("AgendaKind", "Interventions"),
    AgendaKind.INTERACTIVE_DISCUSSION: QT_TRANSLATE_NOOP("AgendaKind", "Interactive discussion"),
    AgendaKind.CLOSING: QT_TRANSLATE_NOOP("AgendaKind", "Closing"),
    AgendaKind.OTHER: QT_TRANSLATE_NOOP("AgendaKind", "Other"),
}

_AGENDA_DEFAULT_TIMES = {
    AgendaKind.PRESENTATION: (600, 600),
    AgendaKind.REMARKS: (300, 300),
    AgendaKind.INTERVENTIONS: (300, 420),
    AgendaKind.INTERACTIVE_DISCUSSION: (180, 180),
    AgendaKind.CLOSING: (300, 300),
    AgendaKind.OTHER: (300, 300),
}


class Role(StrEnum):
    CHAIR = "chair"
    CO_CHAIR = "co_chair"
    MODERATOR = "moderator"
    SECRETARIAT = "secretariat"
    DISCUSSANT = "discussant"
    MEMBER_STATE = "member_state"
    OBSERVER = "observer"
    CIVIL_SOCIETY = "civil_society"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _ROLE_LABELS[self]


_ROLE_LABELS = {
    Role.CHAIR: QT_TRANSLATE_NOOP("Role", "Chair"),
    Role.CO_CHAIR: QT_TRANSLATE_NOOP("Role", "Co-chair"),
    Role.MODERATOR: QT_TRANSLATE_NOOP("Role", "Moderator"),
    Role.SECRETARIAT: QT_TRANSLATE_NOOP("Role", "Secretariat"),
    Role.DISCUSSANT: QT_TRANSLATE_NOOP("Role", "Discussant"),
    Role.MEMBER_STATE: QT_TRANSLATE_NOOP("Role", "Member state"),
    Role.OBSERVER: QT_TRANSLATE_NOOP("Role", "Observer"),
    Role.CIVIL_SOCIETY: QT_TRANSLATE_NOOP("Role", "Civil society"),
    Role.OTHER: QT_TRANSLATE_NOOP("Role", "Other"),
}


class Gender(StrEnum):
    UNSPECIFIED = ""
    WOMAN = "woman"
    MAN = "man"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _GENDER_LABELS[self]


_GENDER_LABELS = {
    Gender.UNSPECIFIED: QT_TRANSLATE_NOOP("Gender", "Not stated"),
    Gender.WOMAN: QT_TRANSLATE_NOOP("Gender", "Woman"),
    Gender.MAN: QT_TRANSLATE_NOOP("Gender", "Man"),
    Gender.OTHER: QT_TRANSLATE_NOOP("Gender", "Other"),
}


class Region(StrEnum):
    """The UN regional groups."""

    UNSPECIFIED = ""
    AFRICAN = "african"
    ASIA_PACIFIC = "asia_pacific"
    EASTERN_EUROPEAN = "eastern_european"
    LATIN_AMERICAN_CARIBBEAN = "latin_american_caribbean"
    WESTERN_EUROPEAN_OTHERS = "western_european_others"

    @property
    def label(self) -> str:
        return _REGION_LABELS[self]


_REGION_LABELS = {
    Region.UNSPECIFIED: QT_TRANSLATE_NOOP("Region", "Not stated"),
    Region.AFRICAN: QT_TRANSLATE_NOOP("Region", "African States"),
    Region.ASIA_PACIFIC: QT_TRANSLATE_NOOP("Region", "Asia-Pacific States"),
    Region.EASTERN_EUROPEAN: QT_TRANSLATE_NOOP("Region", "Eastern European States"),
    Region.LATIN_AMERICAN_CARIBBEAN: QT_TRANSLATE_NOOP("Region", "Latin American and Caribbean States"),
    Region.WESTERN_EUROPEAN_OTHERS: QT_TRANSLATE_NOOP("Region", "Western European and other States"),
}


class RequestType(StrEnum):
    INTERVENTION = "intervention"
    REPLY = "reply"
    POINT_OF_ORDER = "point_of_order"

    @property
    def label(self) -> str:
        return _REQUEST_LABELS[self]


_REQUEST_LABELS = {
    RequestType.INTERVENTION: QT_TRANSLATE_NOOP("RequestType", "Intervention"),
    RequestType.REPLY: QT_TRANSLATE_NOOP("RequestType", "Reply"),
    RequestType.POINT_OF_ORDER: QT_TRANSLATE_NOOP("RequestType", "Point of order"),
}


class SlotState(StrEnum):
    QUEUED = "queued"
    SPEAKING = "speaking"
    PAUSED = "paused"
    DONE = "done"
    WITHDRAWN = "withdrawn"


class NoteKind(StrEnum):
    KEY_POINT = "key_point"
    RECOMMENDATION = "recommendation"
    COMMITMENT = "commitment"
    GOOD_PRACTICE = "good_practice"
    CHALLENGE = "challenge"
    PROPOSAL = "proposal"
    DATA_POINT = "data_point"
    QUOTE = "quote"
    FOLLOW_UP = "follow_up"

    @property
    def label(self) -> str:
        return _NOTE_KIND_LABELS[self]


_NOTE_KIND_LABELS = {
    NoteKind.KEY_POINT: QT_TRANSLATE_NOOP("NoteKind", "Key point"),
    NoteKind.RECOMMENDATION: QT_TRANSLATE_NOOP("NoteKind", "Recommendation"),
    NoteKind.COMMITMENT: QT_TRANSLATE_NOOP("NoteKind", "Commitment"),
    NoteKind.GOOD_PRACTICE: QT_TRANSLATE_NOOP("NoteKind", "Good practice"),
    NoteKind.CHALLENGE: QT_TRANSLATE_NOOP("NoteKind", "Challenge"),
    NoteKind.PROPOSAL: QT_TRANSLATE_NOOP("NoteKind", "Proposal"),
    NoteKind.DATA_POINT: QT_TRANSLATE_NOOP("NoteKind", "Data point"),
    NoteKind.QUOTE: QT_TRANSLATE_NOOP("NoteKind", "Quote"),
    NoteKind.FOLLOW_UP: QT_TRANSLATE_NOOP("NoteKind", "Follow-up action"),
}


class DocumentType(StrEnum):
    """What the summary is called: its title and wording follow."""

    RAPPORTEUR_SUMMARY = "rapporteur_summary"  # Summary by the Rapporteur
    CHAIR_SUMMARY = "chair_summary"  # Chair's summary
    RAPPORTEUR_REPORT = "rapporteur_report"  # Rapporteur's report
