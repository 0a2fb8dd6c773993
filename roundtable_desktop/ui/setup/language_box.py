"""The speaker's language: a box offering the six UN languages, in which another language can be
typed; and the words the console and the presenter display show for it."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from ...domain.speaker_language import UN_LANGUAGE_NAMES, is_un_language, language_name, stored_language


def shown_language(stored: str) -> str:
    """A stored language in the window's words: a UN language translated, another as written."""
    if is_un_language(stored):
        return QCoreApplication.translate("Language", language_name(stored))
    return stored


def speaks_words(stored: str) -> str:
    """``Speaks French`` for the console and the presenter display; ``""`` when not stated."""
    if not stored:
        return ""
    return QCoreApplication.translate("Console", "Speaks {language}").format(language=shown_language(stored))


class LanguageBox(QComboBox):
    """Empty, one of the six UN languages, or another typed in."""

    def __init__(self, stored: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.lineEdit()  # there is one: the box is editable
        if line is not None:
            line.setPlaceholderText(empty_text)
        self.addItem("", "")
        for code in UN_LANGUAGE_NAMES:
            self.addItem(shown_language(code), code)
        self.set_language(stored)

    def set_language(self, stored: str) -> None:
        index = self.findData(stored)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(stored)

    def language(self) -> str:
        """What to store: a UN language's code, another language as typed, or ``""``."""
        text = self.currentText()
        for index in range(self.count()):
            if self.itemText(index) == text:
                return str(self.itemData(index))
        return stored_language(text)
