"""The rapporteur's laptop restarted on a meeting received from the chair's laptop: its console is
read-only and says the chair's laptop runs it, without the chair's offer of a clock restored after
a restart; it joins the chair's laptop again by itself, or, when the code is refused (the chair
took a new one), opens the Join dialog with the address kept and why. "Run this meeting on this
laptop" gives the clock keys back once confirmed."""

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from roundtable_desktop.domain.enums import SlotState
from roundtable_desktop.domain.row_versions import Laptop
from roundtable_desktop.storage.library import Library
from roundtable_desktop.ui import main_window
from roundtable_desktop.ui.link import live_actions
from roundtable_desktop.ui.link.join_dialog import JoinDialog
from roundtable_desktop.ui.main_window import MainWindow

WAIT = 60_000  # ms: generous, event-based


def _rapporteur(qtbot, tmp_path):
    """The rapporteur's window, started on its library (the same file and settings each time)."""
    library = Library.open(tmp_path / "rapporteur.sqlite")
    settings = QSettings(str(tmp_path / "rapporteur.ini"), QSettings.Format.IniFormat)
    window = MainWindow(library, settings)
    qtbot.addWidget(window)
    window.show()
    return window, library


def _closed(window, library) -> None:
    window.live_link.stop()
    window.close()
    library.close()


def _open_join_dialog():
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, JoinDialog) and w.isVisible()), None)


def _speaking(library, session_id):
    return next((s for s in library.slots.for_session(session_id) if s.state is SlotState.SPEAKING), None)


def _joined_then_closed(qtbot, chair, tmp_path):
    """The rapporteur joins the chair's share, sees the first speaker speak, and its app closes."""
    server = chair.live_link.adapter.server
    rapporteur, library = _rapporteur(qtbot, tmp_path)
    assert rapporteur.live_link.join(f"127.0.0.1:{server.port}", server.code)
    qtbot.waitUntil(lambda: rapporteur.session_id == chair.session_id, timeout=WAIT)
    qtbot.waitUntil(lambda: not rapporteur.live_link.set_up.line.isHidden(), timeout=WAIT)
    assert not any(action.isEnabled() for action in rapporteur.agenda_panel.edit_actions)
    assert not rapporteur.setup_actions.properties_action.isEnabled()  # the chair's set-up
    chair.console_actions.start_pause.trigger()  # F5 on the chair's laptop
    speaking = _speaking(chair.library, chair.session_id)
    qtbot.waitUntil(lambda: _speaking(library, chair.session_id) is not None
                    and _speaking(library, chair.session_id).id == speaking.id, timeout=WAIT)
    rapporteur.close()  # closed, or killed: what it keeps was stored when the meeting came
    rapporteur.live_link.adapter.stop()
    library.close()
    return f"127.0.0.1:{server.port}"


def test_a_restarted_rapporteur_follows_again_read_only_without_the_chairs_restore_offer(
        qtbot, window, tmp_path, monkeypatch):
    chair = window
    chair.live_link.listen_host, chair.live_link.announce = "127.0.0.1", False
    chair.live_link.share()
    _joined_then_closed(qtbot, chair, tmp_path)

    again, library = _rapporteur(qtbot, tmp_path)
    try:
        assert again.session_id == chair.session_id  # the meeting last shown, opened again
        panel = again.speakers_panel
        assert panel.controller.read_only
        assert not again.console_actions.start_pause.isEnabled()
        assert not again.console_actions.end_and_next.isEnabled()
        assert panel.restored_bar.isHidden()  # the chair's "was speaking when ... closed" offer
        assert not again.live_link.chair_runs.isHidden()
        assert again.live_link.chair_runs.text.startswith("The chair's laptop runs this meeting")
        qtbot.waitUntil(lambda: "Following the chair's laptop" in again.live_link.status.text(),
                        timeout=WAIT)
        chair.console_actions.end_and_next.trigger()  # F6: the next speaker, on the chair's laptop
        following = _speaking(chair.library, chair.session_id)
        qtbot.waitUntil(lambda: _speaking(library, chair.session_id) is not None
                        and _speaking(library, chair.session_id).id == following.id, timeout=WAIT)
        assert panel.restored_bar.isHidden() and panel.controller.read_only
        asked = []
        monkeypatch.setattr(main_window, "confirm", lambda *a: asked.append(a) or False)
        again.quit_asking()  # Ctrl+Q: the clock runs on the chair's laptop, nothing to ask
        assert asked == [] and not again.isVisible()
    finally:
        chair.live_link.stop()
        _closed(again, library)


def test_a_refused_code_on_restart_opens_the_join_dialog_with_the_address_and_why(
        qtbot, window, tmp_path):
    chair = window
    chair.live_link.listen_host, chair.live_link.announce = "127.0.0.1", False
    chair.live_link.share()
    address = _joined_then_closed(qtbot, chair, tmp_path)
    server = chair.live_link.adapter.server
    server.renew_code()  # the chair's laptop took a new code meanwhile

    again, library = _rapporteur(qtbot, tmp_path)
    try:
        qtbot.waitUntil(lambda: _open_join_dialog() is not None, timeout=WAIT)
        dialog = _open_join_dialog()
        assert dialog.address.text() == address
        assert dialog.problem.text().startswith("The code is not right: type the 6 digits")
        assert again.speakers_panel.controller.read_only  # still the chair's meeting
        assert library.laptop_links.last_join(chair.session_id).code == ""  # not tried again
        dialog.code.setText(server.code)
        dialog.join_button.click()
        qtbot.waitUntil(lambda: "Following the chair's laptop" in again.live_link.status.text(),
                        timeout=WAIT)
        qtbot.waitUntil(lambda: library.laptop_links.last_join(chair.session_id).code == server.code,
                        timeout=WAIT)
    finally:
        chair.live_link.stop()
        _closed(again, library)


def test_run_this_meeting_on_this_laptop_gives_the_clock_keys_back_once_confirmed(
        qtbot, window, tmp_path, monkeypatch):
    chair = window
    chair.live_link.listen_host, chair.live_link.announce = "127.0.0.1", False
    chair.live_link.share()
    _joined_then_closed(qtbot, chair, tmp_path)
    chair.live_link.stop()  # the chair's laptop is gone for good

    again, library = _rapporteur(qtbot, tmp_path)
    session_id = chair.session_id
    try:
        link = again.live_link
        assert link.run_here_action.isEnabled()
        monkeypatch.setattr(live_actions, "confirm", lambda *a: False)
        assert not link.run_here()
        assert again.speakers_panel.controller.read_only  # a "Cancel" changes nothing

        monkeypatch.setattr(live_actions, "confirm", lambda *a: True)
        link.run_here_action.trigger()
        assert not again.speakers_panel.controller.read_only
        assert again.console_actions.start_pause.isEnabled()
        assert link.chair_runs.isHidden() and not link.run_here_action.isEnabled()
        assert not link.adapter.following  # the retries of the gone laptop stopped
        assert library.laptop_links.role(session_id) is Laptop.CHAIR
        assert library.laptop_links.last_join(session_id) is None
        assert "from the chair's laptop" not in again.session_bar.picker.currentText()
        before = _speaking(library, session_id)
        again.console_actions.end_and_next.trigger()  # F6 here now moves the meeting on
        assert _speaking(library, session_id).id != before.id
    finally:
        _closed(again, library)


def test_the_rapporteur_s_lines_follow_the_window_s_language(qtbot, window):
    from roundtable_desktop.domain.languages import language
    from roundtable_desktop.link.discovery import SharedMeeting
    from roundtable_desktop.ui.language import LanguageSwitcher

    link = window.live_link
    link.new_share.offer(SharedMeeting("Panel", "192.168.1.5:41233", "Panel", "a-meeting"))
    switcher = LanguageSwitcher.of()
    switcher.use(language("fr"))
    try:
        qtbot.waitUntil(lambda: link.chair_runs.text.startswith("L’ordinateur du Président conduit"),
                        timeout=WAIT)
        qtbot.waitUntil(lambda: link.new_share.text == "L’ordinateur du Président partage de nouveau "
                        "cette réunion : rejoignez-la avec le nouveau code (à 192.168.1.5:41233).",
                        timeout=WAIT)
        assert link.run_here_action.text() == "Cond&uire cette réunion sur cet ordinateur…"
    finally:
        switcher.use(language("en"))
    qtbot.waitUntil(lambda: link.new_share.text.startswith("The chair's laptop shares this meeting again"),
                    timeout=WAIT)
