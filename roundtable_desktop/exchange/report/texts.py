"""Every word the summary prints that the rapporteur did not type: headings, labels, the
introduction's sentences, dates and times. One catalogue per document language; the writer
and the sections read it and hold no wording of their own.

Only UN English (en-GB) is here today; a catalogue for another language is another
``ReportTexts`` value with the same fields, chosen by ``texts_for``.
"""

from dataclasses import dataclass, field
from datetime import date

from ...domain import calendar_words
from ...domain.enums import DocumentType, NoteKind, Role
from ...domain.languages import decimal_text
from ...domain.sdgs import SDG_NAMES


@dataclass(frozen=True, slots=True)
class ReportTexts:
    language_tag: str  # the document's language (w:lang, core properties)
    months: tuple[str, ...]
    weekdays: tuple[str, ...]
    document_types: dict[DocumentType, tuple[str, str]]  # (title, "… of the roundtable on") pairs
    untitled: str
    common_nouns: frozenset[str]
    numbers: tuple[str, ...]
    # the masthead
    distribution: str
    original: str
    general: str  # the distribution when none is given
    original_language: str  # the original language when none is given
    # the language of this version, on the line above "Original: …" ("Français", "Russian"; none
    # in English); the Arabic, Chinese and Russian versions write their masthead in English
    version_language: str
    masthead_in_english: bool
    # speakers by role: the role's own words, without a function; a regional group after them
    role_phrases: dict[Role, str]
    from_region: str
    # the title block
    date_label: str
    time_label: str
    venue_label: str
    chair_label: str
    rapporteur_label: str
    outcome_label: str
    # chapters and sections
    introduction: str
    discussion: str
    key_messages: str
    recommendations: str
    sdgs: str
    participants: str
    participants_present: str
    present_count: str
    programme: str
    speaking_time: str
    chronological: str
    annex: str
    other_points: str
    points_raised: str
    shares: str
    by_role: str
    by_gender: str
    by_region: str
    balance: str  # the shares of time and of interventions side by side, and the fairness figure
    balance_header: tuple[str, ...]
    fairness: str
    fairness_unmeasured: str
    # a section with nothing in it
    no_key_messages: str
    no_questions: str
    no_synthesis: str
    no_points: str
    no_recommendations: str
    no_sdgs: str
    no_focus_points: str
    no_agenda: str
    nobody_spoke: str
    no_notes: str
    no_participants: str
    nothing_in_discussion: str
    # tables
    programme_header: tuple[str, ...]
    speaking_header: tuple[str, ...]
    shares_header: tuple[str, ...]
    recommendations_header: tuple[str, ...]
    notes_header: tuple[str, ...]
    participants_header: tuple[str, ...]
    speaker: str
    total: str
    not_held: str
    unknown_speaker: str
    not_attributed: str
    key_message_mark: str
    times_in_zone: str
    planned_explained: str
    clock_explained: str
    focus_sdgs: str
    total_interventions: str
    total_with_points_of_order: str
    point_of_order_mark: str
    by_request: str
    against_plan: tuple[str, str, str]  # past the limit, past the target, under the target
    not_reached: tuple[str, str]  # one, several: "{n} request(s) to speak … not reached"
    withdrawn: tuple[str, str]
    # the introduction
    intro_held: str
    intro_held_passive: str
    intro_held_at: str
    intro_chaired: str
    intro_moderated: str
    intro_opening: str
    intro_spoke: tuple[str, str]  # one, several
    intro_spoke_named: tuple[str, str]
    intro_no_one: str
    # the other official languages (UN English needs none of these)
    code: str = "en"  # ar, zh, en, fr, ru, es: the dates' style
    conjunction: str = "and"
    separator: str = ", "
    meeting_phrase: str = ""  # the meeting inside a sentence: "la réunion intitulée « {title} »"
    kinds: dict[NoteKind, str] = field(default_factory=dict)
    terms: dict[str, str] = field(default_factory=dict)  # roles, genders, groups: English -> ours
    feminine: dict[str, str] = field(default_factory=dict)  # a title as a woman holds it
    sdg: str = "SDG"
    sdg_heading: str = "SDG {number}: {name}"
    sdg_names: tuple[str, ...] = ()  # the 17 goals' short names, in the official wording

    def sdg_label(self, number: int) -> str:
        name = self.sdg_names[number - 1] if self.sdg_names else SDG_NAMES[number]
        return self.sdg_heading.format(number=number, name=name)

    def long_date(self, day: date) -> str:
        """``Monday, 17 May 2021``: from the catalogue, never the machine's locale."""
        if self.code != "en":
            return calendar_words.long_date(day, self.code)
        return f"{self.weekdays[day.weekday()]}, {self.day_month_year(day)}"

    def day_month_year(self, day: date) -> str:
        if self.code != "en":
            return calendar_words.day_month_year(day, self.code)
        return f"{day.day}\u00a0{self.months[day.month - 1]} {day.year}"

    def kind(self, kind: NoteKind) -> str:
        return self.kinds.get(kind, kind.label)

    def term(self, english: str) -> str:
        """A role, a gender, a regional group or a kind of request in the document's language."""
        return self.terms.get(english, english)

    def agreed(self, text: str, woman: bool) -> str:
        """"Rapporteur" or "Rapporteuse", "Relator" or "Relatora": as the person holding it."""
        return self.feminine.get(text, text) if woman else text

    def meeting_in_sentence(self, title: str) -> str:
        if self.meeting_phrase:
            if "\u201c{title}\u201d" in self.meeting_phrase:  # quoted in “ ”: its own quotes nest as ‘ ’
                title = title.replace("\u201c", "\u2018").replace("\u201d", "\u2019")
            return self.meeting_phrase.format(title=title)
        return f"the {self.in_sentence(title)}"

    def organiser_in_sentence(self, organiser: str) -> str:
        if self.code != "en" or organiser.lower().startswith("the "):
            return organiser
        return f"the {organiser}"

    def in_sentence(self, title: str) -> str:
        """A meeting's title inside a sentence: its leading common nouns in lower case
        ("the high-level roundtable on “The role of …”")."""
        words = title.split(" ")
        lead = 0
        while lead < len(words) and words[lead].lower() in self.common_nouns:
            lead += 1
        return " ".join([w.lower() for w in words[:lead]] + words[lead:])

    def decimal(self, value: float, places: int = 2) -> str:
        """A decimal number as the UN writes it in the document's language (0,72 in French)."""
        return decimal_text(value, self.code, places)

    def count(self, number: int) -> str:
        """A number that begins a sentence, in words up to twenty."""
        return self.numbers[number] if number < len(self.numbers) else str(number)

    def title(self, document_type: DocumentType, woman: bool = False) -> str:
        return self.agreed(self.document_types[document_type][0], woman)

    def full_title(self, document_type: DocumentType, meeting_title: str, woman: bool = False) -> str:
        """``Summary by the Rapporteur of the High-level Roundtable on …``."""
        lead = self.agreed(self.document_types[document_type][1], woman)
        return f"{lead} {meeting_title}" if meeting_title else self.title(document_type, woman)


ENGLISH = ReportTexts(
    language_tag="en-GB",
    months=("January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December"),
    weekdays=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    document_types={
        DocumentType.RAPPORTEUR_SUMMARY: ("Summary by the Rapporteur", "Summary by the Rapporteur of the"),
        DocumentType.CHAIR_SUMMARY: ("Chair\u2019s summary", "Chair\u2019s summary of the"),
        DocumentType.RAPPORTEUR_REPORT: ("Rapporteur\u2019s report", "Rapporteur\u2019s report on the"),
    },
    untitled="Untitled meeting",
    common_nouns=frozenset({"high-level", "roundtable", "panel", "ministerial", "special", "expert",
                            "interactive", "discussion", "dialogue", "meeting", "segment", "event",
                            "thematic", "round", "table"}),
    numbers=("No", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven",
             "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen",
             "Twenty"),
    distribution="Distr.: {value}",
    original="Original: {value}",
    general="General",
    original_language="English",
    version_language="",
    masthead_in_english=True,
    role_phrases={
        Role.CHAIR: "The Chair",
        Role.CO_CHAIR: "The Co-Chair",
        Role.MODERATOR: "The moderator",
        Role.SECRETARIAT: "A representative of the secretariat",
        Role.DISCUSSANT: "A discussant",
        Role.MEMBER_STATE: "A delegate",
        Role.OBSERVER: "An observer",
        Role.CIVIL_SOCIETY: "A representative of civil society",
        Role.OTHER: "A participant",
    },
    from_region="{phrase} from the {region}",
    date_label="Date",
    time_label="Time",
    venue_label="Venue and format",
    chair_label="Chair",
    rapporteur_label="Rapporteur",
    outcome_label="Outcome to feed into",
    introduction="Introduction",
    discussion="Summary of the discussion",
    key_messages="Key messages",
    recommendations="Recommendations and commitments",
    sdgs="Contribution to the Sustainable Development Goals",
    participants="Participants",
    participants_present="Participants present",
    present_count="{present} of the {listed} participants listed were marked present at the roll call.",
    programme="Programme as held",
    speaking_time="Speakers and speaking time",
    chronological="Notes in chronological order",
    annex="Annex {number}",
    other_points="Other points raised",
    points_raised="Points raised",
    shares="Shares of speaking time",
    by_role="By role",
    by_gender="By gender",
    by_region="By regional group",
    balance="Balance of the floor",
    balance_header=("Group", "Share of speaking time", "Share of interventions"),
    fairness="Fairness: the Gini coefficient of speaking time among the {count} who asked for the "
             "floor is {gini} (0: everyone had the same time; nearer 1: a few had most of it).",
    fairness_unmeasured="Fairness was not measured: it needs at least two who asked for the floor "
                        "and some time spoken.",
    no_key_messages="No key messages were recorded.",
    no_questions="The meeting had no guiding questions.",
    no_synthesis="The rapporteur has not written a synthesis for this question.",
    no_points="No points were recorded under this question.",
    no_recommendations="No recommendations or commitments were recorded.",
    no_sdgs="No point was tagged with a Sustainable Development Goal.",
    no_focus_points="No point was tagged with {goals}.",
    no_agenda="The meeting had no agenda.",
    nobody_spoke="Nobody has spoken yet: the speaker list was not used.",
    no_notes="The rapporteur took no notes.",
    no_participants="No participants were listed.",
    nothing_in_discussion="Nothing was recorded under the guiding questions.",
    programme_header=("Agenda item", "Planned", "Start", "End", "Actual", "Difference"),
    speaking_header=("No.", "Speaker", "Role", "Agenda item", "Planned", "Limit", "Spoken",
                     "Against the plan"),
    shares_header=("Group", "Interventions", "Speaking time", "Share"),
    recommendations_header=("Kind", "Recommendation or commitment", "SDGs"),
    notes_header=("Time", "Kind", "Note", "SDGs"),
    participants_header=("Name", "Function", "Organization or country"),
    speaker="Speaker",
    total="Total",
    not_held="not held",
    unknown_speaker="Unknown speaker",
    not_attributed="Not attributed to a speaker",
    key_message_mark=", key message",
    times_in_zone="Times are in the meeting\u2019s time zone ({zone}); durations in minutes:seconds.",
    planned_explained="Planned is each speaker\u2019s target time; the last column compares the time "
                      "spoken with the limit first, then the target.",
    clock_explained="Times are on the meeting clock, in {zone}.",
    focus_sdgs="The meeting reports on {goals}; these come first.",
    total_interventions="Total: {count} interventions",
    total_with_points_of_order="Total: {count} interventions, points of order: {points}",
    point_of_order_mark="{speaker} (point of order)",
    by_request="By kind of request",
    against_plan=("{time} past the limit", "{time} past the target, within the limit",
                  "{time} under the target"),
    not_reached=("{count} request to speak was not reached.", "{count} requests to speak were not reached."),
    withdrawn=("{count} request to speak was withdrawn.", "{count} requests to speak were withdrawn."),
    intro_held="On {date}, {organiser} held {meeting}.",
    intro_held_passive="On {date}, {meeting} was held.",
    intro_held_at="On {date}, {organiser} held {meeting} at its {session}.",
    intro_chaired="The meeting was chaired by {chair}.",
    intro_moderated="It was moderated by {moderator}.",
    intro_opening="Opening remarks were made by {speakers}.",
    intro_spoke=("One speaker took the floor.", "{count} speakers took the floor."),
    intro_spoke_named=("One speaker took the floor: {names}.", "{count} speakers took the floor: {names}."),
    intro_no_one="No speaker has taken the floor yet.",
)


def texts_for(language: str = "en") -> ReportTexts:
    """The catalogue of a document language: ar, zh, en, fr, ru, es (English for any other)."""
    from .catalogues import CATALOGUES

    return CATALOGUES.get(language, ENGLISH)


def joined(items: list[str], texts: ReportTexts = ENGLISH, conjunction: str | None = None) -> str:
    """``a``, ``a and b``, ``a, b and c`` (UN English: no serial comma); "or" words as asked."""
    if len(items) <= 1:
        return "".join(items)
    word = texts.conjunction if conjunction is None else conjunction
    if texts.code == "zh":
        return f"{texts.separator.join(items[:-1])}{word}{items[-1]}"
    return f"{texts.separator.join(items[:-1])} {word} {items[-1]}"
