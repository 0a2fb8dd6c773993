"""The chair's laptop stops sharing and shares the meeting again (a new port, a new code, announced
on mDNS on loopback): the rapporteur's laptop, whose link is lost, finds the new share of the same
meeting and offers it; its button opens the Join dialog with the new address filled in and the code
to type; joining it stops the retries of the old address."""

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from roundtable_desktop.link.addresses import parse_address
from roundtable_desktop.storage.library import Library
from roundtable_desktop.ui.link.join_dialog import JoinDialog
from roundtable_desktop.ui.main_window import MainWindow

WAIT = 60_000  # ms: generous, event-based


def _open_join_dialog():
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, JoinDialog) and w.isVisible()), None)


def test_a_new_share_of_the_meeting_is_offered_with_its_address(qtbot, window, tmp_path):
    chair = window
    chair.live_link.listen_host, chair.live_link.announce = "127.0.0.1", True
    library = Library.open(tmp_path / "rapporteur.sqlite")
    rapporteur = MainWindow(library, QSettings(str(tmp_path / "rapporteur.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(rapporteur)
    rapporteur.show()
    link = rapporteur.live_link
    try:
        chair.live_link.share()
        first = chair.live_link.adapter.server
        assert link.join(f"127.0.0.1:{first.port}", first.code)
        qtbot.waitUntil(lambda: "Following the chair's laptop" in link.status.text(), timeout=WAIT)
        assert not link.watch.looking  # mDNS is not looked at while the link holds
        old = link.adapter.follower

        chair.live_link.stop()
        qtbot.waitUntil(lambda: "Link lost" in link.status.text(), timeout=WAIT)
        assert link.new_share.isHidden()
        chair.live_link.share()  # shared again: another port, another code
        second = chair.live_link.adapter.server
        assert second.port != first.port
        qtbot.waitUntil(lambda: not link.new_share.isHidden(), timeout=WAIT)
        assert link.new_share.text.startswith("The chair's laptop shares this meeting again: join "
                                              "with the new code")
        assert parse_address(link.new_share.meeting.address)[1] == second.port
        assert link.adapter.follower is old  # nothing joined before the rapporteur says so

        link.new_share.join_button.click()
        dialog = _open_join_dialog()
        assert dialog is not None
        assert parse_address(dialog.address.text())[1] == second.port
        assert dialog.focusWidget() is dialog.code
        qtbot.keyClicks(dialog.code, second.code)
        dialog.join_button.click()
        qtbot.waitUntil(lambda: "Following the chair's laptop" in link.status.text(), timeout=WAIT)
        assert link.adapter.follower is not old and link.adapter.follower.port == second.port
        assert not old._thread.is_alive()  # the old address is not tried any more
        assert link.new_share.isHidden() and not link.watch.looking
        qtbot.waitUntil(lambda: library.laptop_links.last_join(chair.session_id).code == second.code,
                        timeout=WAIT)  # kept once the meeting arrives from the new share
    finally:
        link.stop()
        chair.live_link.stop()
        rapporteur.close()
        library.close()


def test_a_restarted_rapporteur_whose_chair_shared_again_is_offered_the_new_address(
        qtbot, window, tmp_path):
    chair = window
    chair.live_link.listen_host, chair.live_link.announce = "127.0.0.1", True
    settings = str(tmp_path / "rapporteur.ini")
    library = Library.open(tmp_path / "rapporteur.sqlite")
    rapporteur = MainWindow(library, QSettings(settings, QSettings.Format.IniFormat))
    qtbot.addWidget(rapporteur)
    chair.live_link.share()
    first = chair.live_link.adapter.server
    assert rapporteur.live_link.join(f"127.0.0.1:{first.port}", first.code)
    qtbot.waitUntil(lambda: library.laptop_links.last_join(chair.session_id) is not None, timeout=WAIT)
    rapporteur.close()
    library.close()
    chair.live_link.stop()
    chair.live_link.share()  # while the rapporteur's laptop was off
    second = chair.live_link.adapter.server

    library = Library.open(tmp_path / "rapporteur.sqlite")
    again = MainWindow(library, QSettings(settings, QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    link = again.live_link
    try:
        assert link.adapter.following  # trying the address it last joined
        qtbot.waitUntil(lambda: not link.new_share.isHidden(), timeout=WAIT)
        assert parse_address(link.new_share.meeting.address)[1] == second.port
    finally:
        link.stop()
        chair.live_link.stop()
        again.close()
        library.close()
