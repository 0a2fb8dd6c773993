"""Fixtures the window's tests share."""

import pytest
from PySide6.QtWidgets import QApplication

from roundtable_desktop.domain.languages import language
from roundtable_desktop.ui.language import LanguageSwitcher


@pytest.fixture
def in_language(qapp):
    """``in_language("fr")`` switches the running application's language; English again after."""
    switcher = LanguageSwitcher.of(qapp)

    def use(code: str) -> None:
        switcher.use(language(code))
        QApplication.processEvents()

    yield use
    use("en")
