"""Marks the labels defined below the window for translation, without importing Qt.

``pyside6-lupdate`` extracts every ``QT_TRANSLATE_NOOP(context, text)`` call by its name; the
function gives the English text back unchanged, and the window translates it in ``context``
(``QCoreApplication.translate(context, text)``).
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    return text
