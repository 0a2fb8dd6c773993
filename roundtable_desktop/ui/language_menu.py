"""View > Language: the system's language or one of the six, switched at once and remembered."""

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from ..domain.languages import LANGUAGES
from . import settings as prefs
from .language import LanguageSwitcher, chosen_language


class LanguageMenu(QMenu):
    def __init__(self, switcher: LanguageSwitcher, settings: QSettings, parent: QWidget) -> None:
        super().__init__(self.tr("&Language"), parent)
        self.setObjectName("language_menu")
        self.switcher = switcher
        self.settings = settings
        self.group = QActionGroup(self)
        self.system_action = self._choice(self.tr("System language"), "")
        self.addSeparator()
        self.choices = {language.code: self._choice(language.native_name, language.code)
                        for language in LANGUAGES}
        current = prefs.LANGUAGE.get(settings)
        (self.choices.get(current) or self.system_action).setChecked(True)

    def _choice(self, text: str, code: str) -> QAction:
        action = QAction(text, self)
        action.setCheckable(True)
        action.setData(code)
        action.triggered.connect(lambda _=False, c=code: self.choose(c))
        self.group.addAction(action)
        self.addAction(action)
        return action

    def choose(self, code: str) -> None:
        """Switch the window to ``code`` ("" = the system's language) and remember it."""
        prefs.LANGUAGE.set(self.settings, code)
        (self.choices.get(code) or self.system_action).setChecked(True)
        self.switcher.use(chosen_language(code))
