"""The summary's chapters: the discussion by guiding question, key messages, recommendations and
commitments, and the contribution to the SDGs.

A concise report (For circulation) prints each note once, in numbered paragraphs: a key message
under Key messages, a recommendation or commitment under Recommendations, every other point
under its question, a speaker's points on one paragraph. The full record keeps the record's
layout: points by speaker with their kind, a table of recommendations, points per SDG.
"""

from collections.abc import Iterable

from ...domain.enums import NoteKind
from ...domain.model import GuidingQuestion, Note
from ...domain.sdgs import SDG_NAMES, ordered_sdgs
from .attribution import Attribution, short_name, speaker_heading
from .context import ReportContext
from .model import CharacterStyle as Char
from .model import ParagraphStyle, Report, Run, Table
from .options import Section
from .texts import ReportTexts, joined
from .typography import typeset
from .wording import line, paragraphs, sdg_list

_RECOMMENDING = (NoteKind.RECOMMENDATION, NoteKind.COMMITMENT)
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def discussion(report: Report, context: ReportContext, number: str) -> None:
    texts = context.texts
    report.heading(f"{number}. {texts.discussion}", 1)
    questions = sorted(context.meeting.questions, key=lambda q: q.position)
    if not questions and not context.notes:
        report.empty(texts.no_questions)
    for index, question in enumerate(questions):
        report.heading(_question_heading(question, index, context.options.concise), 2)
        _question(report, context, question)
    known = {q.id for q in questions}
    others = _owned_here(context, [n for n in context.notes if n.question_id not in known])
    if others:
        letter = _LETTERS[len(questions) % 26]
        report.heading(
            f"{letter}. {texts.other_points}" if context.options.concise else texts.other_points, 2
        )
        _points(report, context, others)


def _question_heading(question: GuidingQuestion, index: int, concise: bool) -> str:
    text = typeset(line(question.text))
    if concise:
        return f"{_LETTERS[index % 26]}. {text}"
    label = line(question.label)
    return f"{label}. {text}" if label else text


def _question(report: Report, context: ReportContext, question: GuidingQuestion) -> None:
    texts = context.texts
    synthesis = paragraphs(question.synthesis)
    for text in synthesis:
        report.paragraph(typeset(text), style=ParagraphStyle.NUMBERED)
    notes = _owned_here(context, [n for n in context.notes if n.question_id == question.id])
    if context.options.concise:
        if not synthesis and not notes:
            report.empty(texts.no_points)
        _points(report, context, notes)
        return
    if not synthesis:
        report.empty(texts.no_synthesis)
    report.heading(texts.points_raised, 3)
    if not notes:
        report.empty(texts.no_points)
    _points(report, context, notes)


def _owned_here(context: ReportContext, notes: list[Note]) -> list[Note]:
    """In a concise report, the notes a later chapter prints are left to it."""
    if not context.options.concise:
        return notes
    options = context.options
    return [
        n
        for n in notes
        if not (n.key_message and options.includes(Section.KEY_MESSAGES))
        and not (n.kind in _RECOMMENDING and options.includes(Section.RECOMMENDATIONS))
    ]


def _points(report: Report, context: ReportContext, notes: list[Note]) -> None:
    """Points grouped by speaker (in order of first word); without attribution, by kind."""
    context.mark_shown(notes)
    for (who, rest), group in _groups(context, notes):
        if context.options.concise:
            _concise_points(report, context, who, rest, group)
            continue
        if who:
            report.paragraph(Run(who, Char.SPEAKER), rest, style=ParagraphStyle.SPEAKER)
        for note in group:
            report.paragraph(
                Run(f"{context.texts.kind(note.kind)}: ", Char.KIND),
                context.text(note),
                *_sdg_runs(note, context.texts),
                style=ParagraphStyle.BULLET,
            )


def _concise_points(report: Report, context: ReportContext, who: str, rest: str, group: list[Note]) -> None:
    if not who:
        for note in group:
            report.numbered(context.text(note))
        return
    said = " ".join(_sentence(context.text(note)) for note in group)
    aside = f" ({rest.removeprefix(', ')})" if rest else ""
    report.numbered(Run(who, Char.SPEAKER), f"{aside}: {said}")


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if text[-1:] in ".!?\u2026\u201d\u2019)" else f"{text}."


def _groups(context: ReportContext, notes: list[Note]) -> Iterable[tuple[tuple[str, str], list[Note]]]:
    if context.attribution is Attribution.UNATTRIBUTED:
        for kind in NoteKind:
            group = [n for n in notes if n.kind is kind]
            if group:
                yield ("", ""), group
        return
    groups: dict[tuple[str, str], list[Note]] = {}
    for note in notes:
        heading = speaker_heading(context.speaker(note), context.attribution)
        if heading == ("", ""):
            heading = (context.texts.not_attributed, "")
        groups.setdefault(heading, []).append(note)
    yield from groups.items()


def _sdg_runs(note: Note, texts: ReportTexts) -> tuple[Run, ...]:
    if not note.sdgs:
        return ()
    return (Run(f" ({texts.sdg}\u00a0{sdg_list(note.sdgs)})", Char.SDGS),)


def key_messages(report: Report, context: ReportContext, number: str) -> None:
    texts = context.texts
    report.heading(f"{number}. {texts.key_messages}", 1)
    written = paragraphs(context.session.key_messages)
    for text in written:
        report.numbered(typeset(text))
    typed = " ".join(" ".join(written).split())
    # a marked note already copied into the rapporteur's text ("Add the notes marked ★") is not repeated
    marked = [
        n
        for n in context.unshown([n for n in context.notes if n.key_message])
        if " ".join(context.text(n).split()) not in typed and " ".join(n.text.split()) not in typed
    ]
    context.mark_shown(marked)
    for note in marked:
        style = ParagraphStyle.NUMBERED if context.options.concise else ParagraphStyle.BULLET
        report.paragraph(context.text(note), context.aside(note), style=style)
    if not written and not marked:
        report.empty(texts.no_key_messages)


def recommendations(report: Report, context: ReportContext, number: str) -> None:
    texts = context.texts
    report.heading(f"{number}. {texts.recommendations}", 1)
    notes = context.unshown([n for n in context.notes if n.kind in _RECOMMENDING])
    context.mark_shown(notes)
    if not notes:
        report.empty(texts.no_recommendations)
        return
    if context.options.concise:
        for note in notes:
            report.numbered(context.text(note), context.aside(note))
        return
    header = ((texts.speaker,) if context.named else ()) + texts.recommendations_header
    rows = []
    for note in notes:
        cells = (texts.kind(note.kind), context.text(note), sdg_list(note.sdgs))
        who = (short_name(context.speaker(note), context.attribution) or "\u2014",)
        rows.append((who if context.named else ()) + cells)
    widths = ((2.2,) if context.named else ()) + (1.9, 4.7, 0.8)
    report.table(Table(header, rows, widths))


def sdgs(report: Report, context: ReportContext, number: str) -> None:
    """Points by goal, the meeting's focus goals first; focus goals with no point in one line."""
    texts = context.texts
    report.heading(f"{number}. {texts.sdgs}", 1)
    focus = tuple(n for n in context.session.focus_sdgs if n in SDG_NAMES)
    tagged = context.unshown([n for n in context.notes if n.sdgs])
    if focus:
        report.paragraph(texts.focus_sdgs.format(
            goals=joined([f"{texts.sdg}\u00a0{n}" for n in sorted(focus)], texts)))
    if not tagged:
        report.empty(texts.no_sdgs)
        return
    empty_focus = [sdg for sdg in focus if not any(sdg in n.sdgs for n in tagged)]
    for sdg in ordered_sdgs(focus):
        notes = [n for n in tagged if sdg in n.sdgs]
        if not notes:
            continue
        report.heading(texts.sdg_label(sdg), 2)
        for note in notes:
            report.paragraph(
                Run(f"{texts.kind(note.kind)}: ", Char.KIND),
                context.text(note),
                context.aside(note),
                style=ParagraphStyle.BULLET,
            )
    if empty_focus:
        goals = joined([f"{texts.sdg}\u00a0{n}" for n in sorted(empty_focus)], texts,
                       texts.terms.get("or", "or"))
        report.empty(texts.no_focus_points.format(goals=goals))
