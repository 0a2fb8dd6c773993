"""Marks the texts made below the window for translation, without importing Qt.

``pyside6-lupdate`` extracts every ``QT_TRANSLATE_NOOP(context, text)`` call by its name. The
function gives back the English text as a :class:`Wording`: a ``str`` (the command line and the
log print it as it is) that remembers its context and source, so the window can show it in its
own language (``ui/wording.py``). A text with named fields is marked, then filled in::

    QT_TRANSLATE_NOOP("ConceptNote", "{zone} was taken from the city named.").format(zone=zone)

gives "Europe/Zurich was taken from the city named." here, and in a French window the French
sentence filled in with the same fields (fields that are wordings themselves are translated too;
a date is written in the window's language: "Monday 17 May 2021", "lundi 17 mai 2021").
"""

import datetime as dt
from collections.abc import Mapping

from .calendar_words import MONTHS, WEEKDAYS


class Wording(str):
    """An English text marked for translation, with its named fields filled in."""

    context: str
    source: str
    fields: Mapping[str, object]

    def __new__(cls, context: str, source: str, fields: Mapping[str, object] | None = None) -> "Wording":
        filled = source.format(**{name: english(value) for name, value in fields.items()}) if fields \
            else source
        wording = super().__new__(cls, filled)
        wording.context, wording.source, wording.fields = context, source, dict(fields or {})
        return wording

    def format(self, *args: object, **fields: object) -> "Wording":
        """The marked text with its named fields (positional fields are not used: a translation
        may put them in another order)."""
        if args:
            raise TypeError("a marked text takes named fields only")
        return Wording(self.context, self.source, fields)

    def __reduce__(self) -> tuple[type, tuple[str, str, dict[str, object]]]:
        return Wording, (self.context, self.source, dict(self.fields))


def english(value: object) -> object:
    """A field as the English text shows it: a date as "Monday 17 May 2021", a list of texts
    joined with commas."""
    if isinstance(value, tuple):
        return ", ".join(str(english(item)) for item in value)
    if isinstance(value, dt.date):
        return f"{WEEKDAYS['en'][value.weekday()]} {value.day} {MONTHS['en'][value.month - 1]} {value.year}"
    return value


def dated(day: dt.date) -> Wording:
    """A date alone, written in the language it is shown in."""
    return Wording("Calendar", "{date}", {"date": day})


def QT_TRANSLATE_NOOP(context: str, text: str) -> Wording:  # noqa: N802 (the name lupdate knows)
    return Wording(context, text)

