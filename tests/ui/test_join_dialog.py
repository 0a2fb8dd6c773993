"""File > Join a shared meeting… driven through its dialog: the chair's share is listed (mDNS on
loopback) or its address typed, the code typed, Join pressed; the meeting arrives. When the share
stops, the rapporteur's status bar says since when the link is lost."""

import re
import time

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from roundtable_desktop.link.addresses import parse_address
from roundtable_desktop.storage.library import Library
from roundtable_desktop.ui.link.join_dialog import KEY_ROLE, JoinDialog
from roundtable_desktop.ui.main_window import MainWindow

WAIT = 60_000  # ms: generous, event-based


def _open_dialog() -> JoinDialog | None:
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, JoinDialog) and w.isVisible()), None)


def _row_of(dialog: JoinDialog, session_id: str) -> int | None:
    """The row of the meeting with this id (mDNS may list other shares of this machine)."""
    for row in range(dialog.meetings.count()):
        if dialog.meetings.item(row).data(KEY_ROLE) == session_id:
            return row
    return None


def _minutes(start: float, end: float) -> set[str]:
    """Every minute of the clock from ``start`` to ``end`` (seconds since 1970), both included."""
    first_minute = int(start) // 60 * 60
    return {time.strftime("%H:%M", time.localtime(at)) for at in range(first_minute, int(end) + 1, 60)}


@pytest.mark.parametrize("way", ["listed", "typed"])
def test_joining_through_the_dialog_brings_the_meeting(qtbot, window, tmp_path, way):
    chair = window
    chair.live_link.listen_host, chair.live_link.announce = "127.0.0.1", way == "listed"
    rapporteur_library = Library.open(tmp_path / "rapporteur.sqlite")
    settings = QSettings(str(tmp_path / "rapporteur.ini"), QSettings.Format.IniFormat)
    rapporteur = MainWindow(rapporteur_library, settings)
    qtbot.addWidget(rapporteur)
    rapporteur.show()
    chair.live_link.share()
    server = chair.live_link.adapter.server
    steps: list[str] = []

    def fill_in() -> None:
        dialog = _open_dialog()
        if dialog is None:
            QTimer.singleShot(50, fill_in)  # the dialog is not shown yet
            return
        if way == "listed":
            row = _row_of(dialog, chair.session_id)
            if row is None:
                QTimer.singleShot(50, fill_in)  # mDNS has not answered yet
                return
            dialog.meetings.setCurrentRow(row)  # picking it fills in the address
            assert parse_address(dialog.address.text())[1] == server.port
            steps.append("picked")
        else:
            qtbot.keyClicks(dialog.address, f"127.0.0.1:{server.port}")
        qtbot.keyClicks(dialog.code, f"{server.code[:3]} {server.code[3:]}")
        qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
        steps.append("joined")

    QTimer.singleShot(0, fill_in)
    try:
        rapporteur.live_link.join_action.trigger()  # File > Join a shared meeting…
        assert steps[-1] == "joined" and ("picked" in steps) == (way == "listed")
        qtbot.waitUntil(lambda: rapporteur.session_id == chair.session_id, timeout=WAIT)
        qtbot.waitUntil(lambda: "Following the chair's laptop" in rapporteur.live_link.status.text(),
                        timeout=WAIT)
        assert rapporteur_library.sessions.get(chair.session_id).title \
            == chair.library.sessions.get(chair.session_id).title

        before = time.time()
        chair.live_link.stop()  # the chair stops sharing: the link is lost
        qtbot.waitUntil(lambda: "Link lost" in rapporteur.live_link.status.text(), timeout=WAIT)
        after = time.time()
        shown = re.fullmatch(r"Link lost since (\d\d:\d\d); trying again\u2026 \(shared again\? "
                             r"File > Join with the new code\)", rapporteur.live_link.status.text())
        assert shown is not None and shown.group(1) in _minutes(before, after)  # however long it took
    finally:
        rapporteur.live_link.stop()
        chair.live_link.stop()
        rapporteur.close()
        rapporteur_library.close()
