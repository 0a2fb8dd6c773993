"""The names of a record's fields as a message shows them ("… was changed meanwhile (title,
start time)"), marked for translation: the window shows them in its own language."""

from .translatable import QT_TRANSLATE_NOOP, Wording

FIELD_NAMES: dict[str, Wording] = {
    "title": QT_TRANSLATE_NOOP("Field", "title"),
    "organiser": QT_TRANSLATE_NOOP("Field", "organiser"),
    "session_line": QT_TRANSLATE_NOOP("Field", "session"),
    "date": QT_TRANSLATE_NOOP("Field", "date"),
    "start_time": QT_TRANSLATE_NOOP("Field", "start time"),
    "end_time": QT_TRANSLATE_NOOP("Field", "end time"),
    "timezone": QT_TRANSLATE_NOOP("Field", "time zone"),
    "venue": QT_TRANSLATE_NOOP("Field", "venue"),
    "background": QT_TRANSLATE_NOOP("Field", "background"),
    "objectives": QT_TRANSLATE_NOOP("Field", "objectives"),
    "format_text": QT_TRANSLATE_NOOP("Field", "format"),
    "focus_sdgs": QT_TRANSLATE_NOOP("Field", "SDGs in focus"),
    "outcome_destination": QT_TRANSLATE_NOOP("Field", "outcome feeds into"),
    "chair_name": QT_TRANSLATE_NOOP("Field", "chair"),
    "rapporteur_name": QT_TRANSLATE_NOOP("Field", "rapporteur"),
    "key_messages": QT_TRANSLATE_NOOP("Field", "key messages"),
    "document_type": QT_TRANSLATE_NOOP("Field", "document type"),
    "document_symbol": QT_TRANSLATE_NOOP("Field", "document symbol"),
    "distribution": QT_TRANSLATE_NOOP("Field", "distribution"),
    "issue_date": QT_TRANSLATE_NOOP("Field", "date of issue"),
    "original_language": QT_TRANSLATE_NOOP("Field", "original language"),
    "introduction": QT_TRANSLATE_NOOP("Field", "introduction"),
    "summary_language": QT_TRANSLATE_NOOP("Field", "language of the summary"),
    "kind": QT_TRANSLATE_NOOP("Field", "kind"),
    "planned_minutes": QT_TRANSLATE_NOOP("Field", "planned minutes"),
    "position": QT_TRANSLATE_NOOP("Field", "place in the order"),
    "presenter": QT_TRANSLATE_NOOP("Field", "presenter"),
    "default_target_seconds": QT_TRANSLATE_NOOP("Field", "usual speaking time"),
    "default_limit_seconds": QT_TRANSLATE_NOOP("Field", "usual time limit"),
    "actual_start": QT_TRANSLATE_NOOP("Field", "actual start"),
    "actual_end": QT_TRANSLATE_NOOP("Field", "actual end"),
    "list_closed_at": QT_TRANSLATE_NOOP("Field", "list of speakers closed"),
    "text": QT_TRANSLATE_NOOP("Field", "text"),
    "label": QT_TRANSLATE_NOOP("Field", "label"),
    "synthesis": QT_TRANSLATE_NOOP("Field", "synthesis"),
    "name": QT_TRANSLATE_NOOP("Field", "name"),
    "function": QT_TRANSLATE_NOOP("Field", "function"),
    "organisation": QT_TRANSLATE_NOOP("Field", "organization"),
    "role": QT_TRANSLATE_NOOP("Field", "role"),
    "gender": QT_TRANSLATE_NOOP("Field", "gender"),
    "region": QT_TRANSLATE_NOOP("Field", "regional group"),
    "present": QT_TRANSLATE_NOOP("Field", "present"),
    "language": QT_TRANSLATE_NOOP("Field", "language"),
    "participant_id": QT_TRANSLATE_NOOP("Field", "speaker"),
    "agenda_item_id": QT_TRANSLATE_NOOP("Field", "agenda item"),
    "question_id": QT_TRANSLATE_NOOP("Field", "guiding question"),
    "slot_id": QT_TRANSLATE_NOOP("Field", "speaker's place"),
    "target_seconds": QT_TRANSLATE_NOOP("Field", "speaking time"),
    "limit_seconds": QT_TRANSLATE_NOOP("Field", "time limit"),
    "request_type": QT_TRANSLATE_NOOP("Field", "kind of request"),
    "state": QT_TRANSLATE_NOOP("Field", "state"),
    "spoken_seconds": QT_TRANSLATE_NOOP("Field", "time spoken"),
    "last_started_at": QT_TRANSLATE_NOOP("Field", "last start"),
    "sdgs": QT_TRANSLATE_NOOP("Field", "SDGs"),
    "key_message": QT_TRANSLATE_NOOP("Field", "key message"),
    "meeting_offset_seconds": QT_TRANSLATE_NOOP("Field", "meeting clock"),
    "sent_at": QT_TRANSLATE_NOOP("Field", "sent"),
    "usual": QT_TRANSLATE_NOOP("Field", "usual message"),
    "cleared_at": QT_TRANSLATE_NOOP("Field", "cleared"),
}


def field_name(field: str) -> str:
    """A field's name in words (marked), else its own name with spaces."""
    return FIELD_NAMES.get(field, field.replace("_", " "))


def field_names(fields: list[str] | tuple[str, ...] | frozenset[str]) -> tuple[str, ...]:
    """The names of several fields: a tuple, which the window joins as its language does
    ("title, start time", "titre et heure de début")."""
    return tuple(field_name(field) for field in fields)
