"""The meeting's vocabularies. Values are stored in the library and in exchange files: never rename one."""

from enum import StrEnum


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
    AgendaKind.PRESENTATION: "Presentation",
    AgendaKind.REMARKS: "Remarks",
    AgendaKind.INTERVENTIONS: "Interventions",
    AgendaKind.INTERACTIVE_DISCUSSION: "Interactive discussion",
    AgendaKind.CLOSING: "Closing",
    AgendaKind.OTHER: "Other",
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
        return self.value.replace("_", " ").capitalize().replace("Co chair", "Co-chair")


class Gender(StrEnum):
    UNSPECIFIED = ""
    WOMAN = "woman"
    MAN = "man"
    OTHER = "other"

    @property
    def label(self) -> str:
        return self.value.capitalize() if self.value else "Not stated"


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
    Region.UNSPECIFIED: "Not stated",
    Region.AFRICAN: "African States",
    Region.ASIA_PACIFIC: "Asia-Pacific States",
    Region.EASTERN_EUROPEAN: "Eastern European States",
    Region.LATIN_AMERICAN_CARIBBEAN: "Latin American and Caribbean States",
    Region.WESTERN_EUROPEAN_OTHERS: "Western European and other States",
}


class RequestType(StrEnum):
    INTERVENTION = "intervention"
    REPLY = "reply"
    POINT_OF_ORDER = "point_of_order"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


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
        return "Follow-up action" if self is NoteKind.FOLLOW_UP else self.value.replace("_", " ").capitalize()


class DocumentType(StrEnum):
    """What the summary is called: its title and wording follow."""

    RAPPORTEUR_SUMMARY = "rapporteur_summary"  # Summary by the Rapporteur
    CHAIR_SUMMARY = "chair_summary"  # Chair's summary
    RAPPORTEUR_REPORT = "rapporteur_report"  # Rapporteur's report
