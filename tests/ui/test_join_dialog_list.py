"""File > Join a shared meeting… as the rapporteur sees it: each meeting on two lines (its title,
then its address, which is never cut, in every language); a share that no longer answers is not
listed as if it were there; a refresh keeps what the rapporteur picked and typed; the line under
the list says what is true; the dialog stops looking on the network whenever it goes."""

import socket

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QStyle

from roundtable_desktop.domain.languages import CODES, language
from roundtable_desktop.link.discovery import SharedMeeting
from roundtable_desktop.link.meeting_list import answers
from roundtable_desktop.ui.language import LanguageSwitcher
from roundtable_desktop.ui.link.join_dialog import ADDRESS_ROLE, KEY_ROLE, JoinDialog
from tests.ui.test_language_switch import switch, switcher  # noqa: F401 (the fixture)

WAIT = 60_000  # ms: generous, event-based
LONG_TITLE = ("Science, technology and innovation for sustainable, resilient and inclusive recovery "
              "from the pandemic and for the achievement of the 2030 Agenda")


class FakeBrowser:
    """Stands for the mDNS browser: what it lists is set by the test."""

    def __init__(self, meetings: list[SharedMeeting] | None = None, looking: bool = True) -> None:
        self.listed, self.looking_when_started, self.looking = list(meetings or []), looking, False
        self.stopped = 0

    def start(self) -> None:
        self.looking = self.looking_when_started

    def meetings(self) -> list[SharedMeeting]:
        return list(self.listed)

    def stop(self) -> None:
        self.stopped += 1
        self.looking = False


def _share(address: str, session_id: str, title: str = "Budget panel", started: float = 1.0) -> SharedMeeting:
    return SharedMeeting(title, address, f"{title} ({address})", session_id, started)


def _dialog(qtbot, meetings, answering=lambda address: True, looking=True):
    browser = FakeBrowser(meetings, looking)
    dialog = JoinDialog(browse=True, browser=lambda: browser, ask=answering)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, browser


def _plain(text: str) -> str:
    """The text without the marks that keep each part in its own direction (Arabic windows)."""
    return text.translate({mark: None for mark in range(0x2066, 0x206A)})


def _texts(dialog: JoinDialog) -> list[str]:
    return [_plain(dialog.meetings.item(row).text()) for row in range(dialog.meetings.count())]


def _wait_rows(qtbot, dialog: JoinDialog, count: int, checked: bool = True) -> None:
    qtbot.waitUntil(lambda: len(dialog.rows) == count
                    and (not checked or all(row.answering is not None for row in dialog.rows)), timeout=WAIT)


@pytest.mark.parametrize("code", CODES)
def test_each_meeting_shows_its_whole_address_under_its_title_in_every_language(qtbot, code):
    languages = LanguageSwitcher.of()
    try:
        languages.use(language(code))
        QApplication.processEvents()
        meetings = [_share("192.168.100.200:65000", "m1", LONG_TITLE),
                    _share("192.168.100.201:8765", "m2", "Short", started=2.0)]
        dialog, _ = _dialog(qtbot, meetings, answering=lambda address: address.endswith(":8765"))
        _wait_rows(qtbot, dialog, 2)
        dialog.resize(dialog.minimumSizeHint())  # as narrow as the dialog lets itself be
        QApplication.processEvents()
        view, style = dialog.meetings, dialog.meetings.style()
        text_margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        for row in range(view.count()):
            item = view.item(row)
            title, address_line = item.text().split("\n")
            title = _plain(title)
            assert item.data(ADDRESS_ROLE) in address_line
            needs = view.fontMetrics().horizontalAdvance(address_line) + text_margin
            shown = view.visualItemRect(item).intersected(view.viewport().rect())  # not cut off
            assert needs <= shown.width(), f"{code}: {address_line!r} needs {needs}, has {shown.width()}"
            assert view.visualItemRect(item).width() <= view.viewport().width()  # a title shortened
            assert view.visualItemRect(item).height() >= 2 * view.fontMetrics().height()  # two lines
            assert title in item.toolTip() and item.data(ADDRESS_ROLE) in item.toolTip()
        assert view.item(0).toolTip().startswith(LONG_TITLE)  # the whole title, however long
        assert dialog.layoutDirection() == (Qt.LayoutDirection.RightToLeft if code == "ar"
                                            else Qt.LayoutDirection.LeftToRight)
    finally:
        languages.use(language("en"))
        QApplication.processEvents()


def test_a_killed_share_is_not_listed_beside_the_new_share_of_the_same_meeting(qtbot):
    listener = socket.create_server(("127.0.0.1", 0))
    killed = socket.create_server(("127.0.0.1", 0))
    live_address = f"127.0.0.1:{listener.getsockname()[1]}"
    dead_address = f"127.0.0.1:{killed.getsockname()[1]}"
    killed.close()  # killed: no goodbye on mDNS, its announcement stays
    other_dead = socket.create_server(("127.0.0.1", 0))
    other_address = f"127.0.0.1:{other_dead.getsockname()[1]}"
    other_dead.close()
    try:
        dialog, _ = _dialog(qtbot, [_share(dead_address, "m1", started=9.0),  # announced "later"
                                    _share(live_address, "m1", started=1.0),
                                    _share(other_address, "m2", "Another panel")],
                            answering=answers)
        _wait_rows(qtbot, dialog, 2)
        texts = _texts(dialog)
        assert texts[1].startswith("Budget panel\n") and live_address in texts[1]
        assert not any(dead_address in text for text in texts)
        assert texts[0].startswith("Another panel\n") and "not answering" in texts[0]
    finally:
        listener.close()


def test_a_refresh_keeps_the_pick_and_what_is_typed(qtbot):
    meetings = [_share("10.0.0.5:1", "m1", "Budget panel"), _share("10.0.0.6:2", "m2", "Water panel")]
    dialog, browser = _dialog(qtbot, meetings)
    _wait_rows(qtbot, dialog, 2)
    dialog.meetings.setCurrentRow(1)  # the rapporteur picks the water panel
    assert dialog.address.text() == "10.0.0.6:2"
    qtbot.keyClicks(dialog.code, "123 456")
    browser.listed.append(_share("10.0.0.7:3", "m3", "Art panel"))  # listed first once sorted
    _wait_rows(qtbot, dialog, 3)
    assert dialog.meetings.currentItem().data(KEY_ROLE) == "m2"
    assert dialog.address.text() == "10.0.0.6:2" and dialog.code.text() == "123 456"
    browser.listed[1] = _share("10.0.0.6:9", "m2", "Water panel", started=5.0)  # shared again
    qtbot.waitUntil(lambda: dialog.address.text() == "10.0.0.6:9", timeout=WAIT)  # follows the pick
    assert dialog.meetings.currentItem().data(KEY_ROLE) == "m2" and dialog.code.text() == "123 456"
    dialog.address.setText("192.168.1.9:8765")  # typed by hand: another refresh leaves it
    browser.listed.pop()
    _wait_rows(qtbot, dialog, 2)
    assert dialog.address.text() == "192.168.1.9:8765"
    assert dialog.meetings.currentItem().data(KEY_ROLE) == "m2"


def test_the_line_under_the_list_says_what_is_true(qtbot):
    silent: set[str] = set()
    dialog, browser = _dialog(qtbot, [], answering=lambda address: address not in silent)
    assert "none found yet" in dialog.searching.text() and "type the address" in dialog.searching.text()
    browser.listed = [_share("10.0.0.5:1", "m1"), _share("10.0.0.6:2", "m2", "Water panel")]
    _wait_rows(qtbot, dialog, 2)
    assert dialog.searching.text().startswith("Meetings found: 2.")
    assert "Looking" not in dialog.searching.text()
    silent.add("10.0.0.6:2")  # one share stops answering: it is marked, and not counted
    qtbot.waitUntil(lambda: dialog.searching.text().startswith("Meetings found: 1."), timeout=WAIT)
    assert "not answering" in _texts(dialog)[1]
    quiet, _ = _dialog(qtbot, [], looking=False)  # no multicast on this network
    assert quiet.searching.text().startswith("Cannot look for meetings on this network.")
    assert "type the address" in quiet.searching.text()


@pytest.mark.parametrize("way", ["rejected", "accepted", "closed", "deleted"])
def test_the_dialog_stops_looking_whenever_it_goes(qtbot, way):
    browser = FakeBrowser([])
    dialog = JoinDialog(browse=True, browser=lambda: browser, ask=lambda address: True)
    dialog.show()
    watch = dialog.answers
    if way == "rejected":
        dialog.reject()
    elif way == "accepted":
        dialog.address.setText("10.0.0.5:8765")
        dialog.code.setText("123456")
        dialog.join_button.click()
    elif way == "closed":
        dialog.close()
    else:
        shiboken6.delete(dialog)
    assert browser.stopped >= 1
    watch._thread.join(60)
    assert not watch._thread.is_alive()
    if way != "deleted":
        shiboken6.delete(dialog)


def test_a_bad_address_is_said_in_the_windows_language(qtbot, switcher):  # noqa: F811
    dialog = JoinDialog(browse=False)
    qtbot.addWidget(dialog)
    dialog.show()
    switch(qtbot, switcher, "fr", pseudo_texts=True)
    dialog.address.setText("salle 4")
    dialog.code.setText("123456")
    dialog.join_button.click()
    said = dialog.problem.text()
    expected = QCoreApplication.translate(
        "LinkAddress", "“{typed}” is not an address like 192.168.1.5:8765.").format(typed="salle 4")
    assert said == expected and said.endswith("~") and "salle 4" in said
