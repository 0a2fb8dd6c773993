"""What goes into the summary: the attribution mode, the sections (from a preset, switchable one
by one) and the names of the template's own styles to use for ours."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from ...domain.errors import InputError
from ...domain.ids import utc_now
from .attribution import Attribution


class Section(StrEnum):
    """Sections in the order they appear; the last four are annexes."""

    INTRODUCTION = "introduction"
    DISCUSSION = "discussion"
    KEY_MESSAGES = "key_messages"
    RECOMMENDATIONS = "recommendations"
    SDGS = "sdgs"
    PARTICIPANTS = "participants"
    PROGRAMME = "programme"
    SPEAKING_TIME = "speaking_time"
    NOTES = "notes"

    @property
    def is_annex(self) -> bool:
        return self in ANNEXES

    @property
    def identifies_speakers(self) -> bool:
        """Sections that name or time speakers: never in an unattributed summary."""
        return self in (Section.PROGRAMME, Section.SPEAKING_TIME, Section.NOTES)


ANNEXES = frozenset({Section.PARTICIPANTS, Section.PROGRAMME, Section.SPEAKING_TIME, Section.NOTES})


class Preset(StrEnum):
    CIRCULATION = "circulation"  # what a secretariat circulates: no internal figures
    FULL = "full"  # everything, for the chair's office

    @property
    def sections(self) -> frozenset[Section]:
        if self is Preset.CIRCULATION:
            return frozenset(
                {Section.INTRODUCTION, Section.DISCUSSION, Section.KEY_MESSAGES, Section.RECOMMENDATIONS}
            )
        return frozenset(Section) - {Section.PARTICIPANTS}


@dataclass(slots=True)
class ReportOptions:
    attribution: Attribution = Attribution.NAMED
    preset: Preset = Preset.FULL
    sections: frozenset[Section] | None = None  # None: the preset's sections
    style_names: Mapping[str, str] = field(default_factory=dict)  # our style -> the template's
    now: datetime = field(default_factory=utc_now)
    language: str = ""  # the summary's language for this export; "": the meeting's, else English

    @property
    def chosen(self) -> frozenset[Section]:
        return self.preset.sections if self.sections is None else self.sections

    def includes(self, section: Section) -> bool:
        if self.attribution is Attribution.UNATTRIBUTED and section.identifies_speakers:
            return False
        return section in self.chosen

    @property
    def concise(self) -> bool:
        """Each note once: the circulated text, not the record."""
        return self.preset is Preset.CIRCULATION


def parse_sections(text: str) -> frozenset[Section]:
    """``introduction,discussion`` (the names of Section); one clear line for a wrong name."""
    names = [part.strip().lower().replace("-", "_") for part in text.split(",") if part.strip()]
    allowed = ", ".join(s.value for s in Section)
    if not names:
        raise InputError(f"No section given; choose among {allowed}.")
    chosen = set()
    for name in names:
        try:
            chosen.add(Section(name))
        except ValueError:
            raise InputError(f"Unknown section \u201c{name}\u201d; choose among {allowed}.") from None
    return frozenset(chosen)


def check_sections(sections: Iterable[Section], attribution: Attribution) -> None:
    """An unattributed summary cannot carry what identifies the speakers: say so, once."""
    if attribution is not Attribution.UNATTRIBUTED:
        return
    chosen = set(sections)
    refused = [s.value for s in Section if s in chosen and s.identifies_speakers]
    if refused:
        raise InputError(
            f"An unattributed summary leaves out {', '.join(refused)}: they name or time the speakers."
        )


def parse_style_names(text: str) -> dict[str, str]:
    """``Numbered Paragraph=SingleTxtG; Heading 1=HChG``: our style = the template's own."""
    mapping = {}
    for part in text.replace(";", ",").split(","):
        if not part.strip():
            continue
        ours, equals, theirs = part.partition("=")
        if not equals or not ours.strip() or not theirs.strip():
            raise InputError(
                f"A style mapping reads OUR STYLE=TEMPLATE STYLE, not \u201c{part.strip()}\u201d."
            )
        mapping[ours.strip()] = theirs.strip()
    return mapping
