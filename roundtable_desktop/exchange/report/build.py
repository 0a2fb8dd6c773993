"""The rapporteur's summary as a format-neutral Report, built from a whole Meeting.

The document type names it (Summary by the Rapporteur, Chair's summary, Rapporteur's report);
the masthead comes from the meeting's properties; then the chapters the options include, in the
order of a UN summary (I. Introduction, II. Summary of the discussion, III. Key messages, …) and
the annexes. A section with nothing in it says so in one line.
"""

from collections.abc import Callable

from ...domain.enums import DocumentType, Gender
from ...domain.honorifics import addressed_as_a_woman
from ...domain.model import Meeting
from . import annexes, sections
from .attribution import Attribution
from .context import ReportContext
from .introduction import introduction_paragraphs
from .masthead_words import distribution_word, original_language_name
from .model import CharacterStyle as Char
from .model import Paragraph, ParagraphStyle, Report, Run
from .options import ReportOptions, Section
from .texts import ENGLISH, ReportTexts
from .wording import line, planned_hours

REPORT_NAME = ENGLISH.title(DocumentType.RAPPORTEUR_SUMMARY)

_CHAPTERS: dict[Section, Callable[[Report, ReportContext, str], None]] = {
    Section.INTRODUCTION: lambda report, context, number: _introduction(report, context, number),
    Section.DISCUSSION: sections.discussion,
    Section.KEY_MESSAGES: sections.key_messages,
    Section.RECOMMENDATIONS: sections.recommendations,
    Section.SDGS: sections.sdgs,
}
_ANNEXES: dict[Section, Callable[[Report, ReportContext, str], None]] = {
    Section.PARTICIPANTS: annexes.participants,
    Section.PROGRAMME: annexes.programme,
    Section.SPEAKING_TIME: annexes.speaking_time,
    Section.NOTES: annexes.notes,
}
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


def build_report(meeting: Meeting, options: ReportOptions | None = None,
                 texts: ReportTexts | None = None) -> Report:
    context = ReportContext(meeting, options or ReportOptions(), texts)
    texts, meeting = context.texts, context.meeting  # the countries in the document's language
    kind = meeting.session.document_type
    title = line(meeting.session.title)
    author = line(meeting.session.rapporteur_name) if context.named else ""
    heading = texts.title(kind, held_by_a_woman(meeting, meeting.session.rapporteur_name))
    report = Report(title=f"{heading}: {title}" if title else heading,
                    author=author, subject=heading, language=texts.language_tag,
                    masthead=_masthead(context))
    _title_block(report, context)
    chapters = [s for s in Section if not s.is_annex and context.options.includes(s)]
    for number, section in enumerate(chapters):
        _CHAPTERS[section](report, context, _ROMAN[number])
    annex_sections = [s for s in Section if s.is_annex and context.options.includes(s)]
    for number, section in enumerate(annex_sections):
        _ANNEXES[section](report, context, _ROMAN[number])
    return report


def held_by_a_woman(meeting: Meeting, name: str) -> bool:
    """Whether the chair or rapporteur named is a woman (the title then agrees: Rapporteuse,
    Relatora, Presidenta): as a participant of that name is stated to be, else as a woman's title
    of address says ("Ms. Ana Pérez", "Mme", "Sra.")."""
    wanted = line(name).casefold()
    if not wanted:
        return False
    stated = [p.gender for p in meeting.participants
              if line(p.name).casefold() == wanted and p.gender is not Gender.UNSPECIFIED]
    return stated[0] is Gender.WOMAN if stated else addressed_as_a_woman(line(name))


def _masthead(context: ReportContext) -> tuple[Paragraph, ...]:
    """Symbol, distribution, date of issue, the version's language, original language: only for a
    meeting with a symbol."""
    session, texts = context.session, context.texts
    symbol = line(session.document_symbol)
    if not symbol:
        return ()
    # the Arabic, Chinese and Russian versions keep their masthead in English
    words = "en" if texts.masthead_in_english else texts.language_tag[:2]
    distribution = distribution_word(line(session.distribution), words) or texts.general
    lines: list[tuple[Run, ...]] = [(Run(symbol, Char.SYMBOL),),
                                    (Run(texts.distribution.format(value=distribution)),)]
    if session.issue_date is not None:
        dated = ENGLISH if texts.masthead_in_english else texts  # "17 May 2021" on an Arabic version
        lines.append((Run(dated.day_month_year(session.issue_date)),))
    if texts.version_language:
        lines.append((Run(texts.version_language),))
    original = original_language_name(line(session.original_language), words) or texts.original_language
    lines.append((Run(texts.original.format(value=original)),))
    return tuple(Paragraph(runs, ParagraphStyle.MASTHEAD) for runs in lines)


def _title_block(report: Report, context: ReportContext) -> None:
    session, texts = context.session, context.texts
    for text in (session.organiser, session.session_line):
        if line(text):
            report.paragraph(Run(line(text), Char.LABEL), style=ParagraphStyle.DETAIL)
    kind = session.document_type
    woman = held_by_a_woman(context.meeting, session.rapporteur_name)
    if context.options.concise:
        report.heading(texts.full_title(kind, texts.in_sentence(line(session.title)), woman), 0)
        return
    report.heading(texts.title(kind, woman), 0)
    report.paragraph(line(session.title) or texts.untitled, style=ParagraphStyle.SUBTITLE)
    details = [
        (texts.date_label, texts.long_date(session.date) if session.date else ""),
        (texts.time_label, planned_hours(session)),
        (texts.venue_label, line(session.venue)),
        (texts.outcome_label, line(session.outcome_destination)),
    ]
    if context.named:
        chair_title = texts.agreed(texts.chair_label, held_by_a_woman(context.meeting, session.chair_name))
        details[2:2] = [(chair_title, line(session.chair_name)),
                        (texts.agreed(texts.rapporteur_label, woman), line(session.rapporteur_name))]
    for label, value in details:
        if value:
            report.paragraph(Run(f"{label}: ", Char.LABEL), value, style=ParagraphStyle.DETAIL)


def _introduction(report: Report, context: ReportContext, number: str) -> None:
    report.heading(f"{number}. {context.texts.introduction}", 1)
    for text in introduction_paragraphs(context):
        report.numbered(text)


__all__ = ["REPORT_NAME", "Attribution", "ReportOptions", "build_report"]
