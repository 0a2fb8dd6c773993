"""Texts made below the window (an importer's finding, a refused write, a line of the merge
report) in the window's language: marked there as :class:`~..domain.translatable.Wording`,
translated and filled in here."""

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication, QLocale

from ..domain.calendar_words import long_date
from ..domain.translatable import Wording
from .bidi import in_reading_order
from .language import window_language

log = logging.getLogger(__name__)


def shown(text: object) -> str:
    """``text`` in the window's language when it is a wording (its fields too), else as it is."""
    if not isinstance(text, Wording):
        return str(text)
    translated = QCoreApplication.translate(text.context, text.source)
    fields = {name: _field(value) for name, value in text.fields.items()}
    try:
        return translated.format(**fields) if fields else translated
    except (KeyError, IndexError, ValueError):  # a translation that lost a field: the English
        log.warning("The translation of %r does not fit its fields", text.source)
        return str.__str__(text)


def error_text(error: object) -> str:
    """The message of an error raised below the window, in the window's language; laid out in
    the window's direction, though it starts with a file's name ("note.pdf est chiffré", and in
    Arabic right to left: "note.pdf محمي بكلمة مرور")."""
    arguments = error.args if isinstance(error, BaseException) else ()
    message = arguments[0] if len(arguments) == 1 else None
    return in_reading_order(shown(message) if isinstance(message, Wording) else str(error))


def _field(value: object) -> object:
    if isinstance(value, tuple):
        return QLocale().createSeparatedList([str(_field(item)) for item in value])  # "a, b et c"
    if isinstance(value, Wording):
        return shown(value)
    if isinstance(value, dt.date):
        return long_date(value, window_language())
    return value
