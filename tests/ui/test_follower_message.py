"""The chair's message to the speaker on the rapporteur's laptop: its console shows it, read-only
(the message keys are off and send nothing); it goes when the chair clears it or gives the floor
to the next speaker."""

from PySide6.QtCore import QSettings

from roundtable_desktop.domain.speaker_message import UsualMessage
from roundtable_desktop.storage.library import Library
from roundtable_desktop.ui.main_window import MainWindow

WAIT = 60_000  # ms: generous, event-based


def _line(window: MainWindow) -> str:
    line = window.message_actions.line
    return line.text() if not line.isHidden() else ""


def test_the_followers_console_shows_the_chairs_message_read_only(qtbot, window, tmp_path):
    chair = window
    chair.live_link.listen_host, chair.live_link.announce = "127.0.0.1", False
    rapporteur_library = Library.open(tmp_path / "rapporteur.sqlite")
    settings = QSettings(str(tmp_path / "rapporteur.ini"), QSettings.Format.IniFormat)
    rapporteur = MainWindow(rapporteur_library, settings)
    qtbot.addWidget(rapporteur)
    rapporteur.show()
    chair.live_link.share()
    server = chair.live_link.adapter.server
    try:
        assert rapporteur.live_link.join(f"127.0.0.1:{server.port}", server.code)
        session_id = chair.session_id
        qtbot.waitUntil(lambda: rapporteur.session_id == session_id
                        and rapporteur.speakers_panel.controller.read_only, timeout=WAIT)
        chair.speakers_panel.toggle()  # F5: the first speaker has the floor
        chair.message_actions.usual[UsualMessage.CONCLUDE].trigger()
        assert chair.speaker_messages.shown_text() == "Please conclude"
        qtbot.waitUntil(lambda: _line(rapporteur) == "Shown to the speaker: Please conclude", timeout=WAIT)

        assert not any(action.isEnabled() for action in rapporteur.message_actions.all_actions)
        assert not rapporteur.speaker_messages.send("Typed on the rapporteur's laptop")
        assert not rapporteur.speaker_messages.clear()
        assert [m.text for m in rapporteur_library.speaker_messages.for_session(session_id)] \
            == ["Please conclude"]

        chair.message_actions.clear.trigger()  # Shift+F9 on the chair's laptop
        qtbot.waitUntil(lambda: _line(rapporteur) == "", timeout=WAIT)
        chair.message_actions.usual[UsualMessage.TIME_UP].trigger()
        qtbot.waitUntil(lambda: _line(rapporteur) == "Shown to the speaker: Time is up", timeout=WAIT)
        chair.speakers_panel.end_and_next()  # F6: the message went with its speaker
        qtbot.waitUntil(lambda: _line(rapporteur) == "" and rapporteur.speakers_panel.controller
                        .speakers.current is not None
                        and rapporteur.speakers_panel.controller.speakers.current.id
                        == chair.speakers_panel.controller.speakers.current.id, timeout=WAIT)
        assert len(chair.library.speaker_messages.for_session(session_id)) == 2
    finally:
        rapporteur.live_link.stop()
        chair.live_link.stop()
        rapporteur.close()
        rapporteur_library.close()
    # no longer following: the meeting received is still the chair's, its message keys stay off
    assert not any(action.isEnabled() for action in rapporteur.message_actions.all_actions)
