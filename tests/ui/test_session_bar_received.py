"""A meeting received from the chair's laptop (joined or merged in) is named so in the meeting
picker: a rapporteur's new library also holds its own demo meeting, with the same date and
title, and the two lines must not read the same."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from roundtable_desktop.domain.languages import language
from roundtable_desktop.domain.row_versions import Laptop
from roundtable_desktop.exchange.demo import demo_meeting
from roundtable_desktop.storage.meeting_rows import set_laptop_role
from roundtable_desktop.ui.language import LanguageSwitcher


def _received_copy(library) -> str:
    received = library.add_meeting(demo_meeting())
    with library.database.transaction():
        set_laptop_role(library.database, received.session.id, Laptop.RAPPORTEUR)
    return received.session.id


def _captions(window) -> dict[str, str]:
    picker = window.session_bar.picker
    return {picker.itemData(index): picker.itemText(index) for index in range(picker.count())}


def test_the_meeting_from_the_chair_s_laptop_reads_differently_from_the_own_demo(window):
    own = window.session_id
    received = _received_copy(window.library)
    window.session_bar.reload(received)
    captions = _captions(window)
    assert captions[own] != captions[received]
    assert "from the chair's laptop" in captions[received]
    assert "from the chair's laptop" not in captions[own]
    assert window.library.sessions.received() == {received}


def test_the_mark_is_said_in_the_window_s_language(window):
    received = _received_copy(window.library)
    window.session_bar.reload(received)
    switcher = LanguageSwitcher.of()
    try:
        switcher.use(language("fr"))
        QApplication.processEvents()
        mark = QCoreApplication.translate("SessionBar", "{date}, from the chair's laptop")
        assert mark != "{date}, from the chair's laptop"
        assert mark.replace("{date}", "").strip(" ,") in _captions(window)[received]
    finally:
        switcher.use(language("en"))
        QApplication.processEvents()
