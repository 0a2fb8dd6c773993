"""Two windows on two libraries, linked on loopback: the chair shares, the rapporteur joins; the
rapporteur's console follows the chair's speaker read-only, Ctrl+N ties the note to the chair's
speaker, and the note reaches the chair's library; a wrong code says so, in the window's
language, and the Join dialog opens again with the address kept."""

from PySide6.QtWidgets import QApplication

from roundtable_desktop.domain.enums import SlotState
from roundtable_desktop.storage.library import Library
from tests.ui.linked_windows import WAIT, linked_window


def test_the_rapporteur_follows_the_chair_and_ctrl_n_ties_to_the_chairs_speaker(qtbot, window, tmp_path):
    chair = window
    rapporteur_library = Library.open(tmp_path / "rapporteur.sqlite")
    rapporteur = linked_window(qtbot, rapporteur_library, tmp_path, "rapporteur")
    dialog = chair.live_link.share()
    server = chair.live_link.adapter.server
    assert dialog is not None and dialog.code.text().replace(" ", "") == server.code
    assert not dialog.qr.pixmap().isNull()
    try:
        assert rapporteur.live_link.join(f"127.0.0.1:{server.port}", server.code)
        qtbot.waitUntil(lambda: rapporteur.session_id == chair.session_id, timeout=WAIT)
        qtbot.waitUntil(lambda: "1 following" in chair.live_link.status.text(), timeout=WAIT)
        assert not rapporteur.console_actions.start_pause.isEnabled()  # read-only console

        chair.console_actions.start_pause.trigger()  # F5 on the chair's laptop
        chair_slot = next(s for s in chair.library.slots.for_session(chair.session_id)
                          if s.state is SlotState.SPEAKING)
        qtbot.waitUntil(lambda: rapporteur_library.slots.get(chair_slot.id).state is SlotState.SPEAKING,
                        timeout=WAIT)
        panel = rapporteur.notes_panel
        panel.new_note_action.trigger()  # Ctrl+N
        qtbot.keyClicks(panel.composer.editor, "Science diplomacy matters")
        panel.save()
        [note] = rapporteur_library.notes.for_session(chair.session_id)
        assert note.slot_id == chair_slot.id and note.participant_id == chair_slot.participant_id
        qtbot.waitUntil(lambda: [n.text for n in chair.library.notes.for_session(chair.session_id)]
                        == ["Science diplomacy matters"], timeout=WAIT)
        qtbot.waitUntil(lambda: chair.notes_panel.table.notes_model.rowCount() == 1, timeout=WAIT)
    finally:
        rapporteur.live_link.stop()
        chair.live_link.stop()
        rapporteur.close()
        rapporteur_library.close()
    assert chair.live_link.status.text() == ""


def _open_join_dialog():
    from roundtable_desktop.ui.link.join_dialog import JoinDialog
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, JoinDialog) and w.isVisible()), None)


def test_a_wrong_code_opens_the_join_dialog_again_with_the_address_and_the_reason(
        qtbot, window, tmp_path):
    window.live_link.listen_host, window.live_link.announce = "127.0.0.1", False
    window.live_link.share()
    server = window.live_link.adapter.server
    rapporteur_library = Library.open(tmp_path / "rapporteur.sqlite")
    rapporteur = linked_window(qtbot, rapporteur_library, tmp_path, "rapporteur")
    address = f"127.0.0.1:{server.port}"
    try:
        wrong = f"{(int(server.code) + 1) % 1_000_000:06d}"
        rapporteur.live_link.join(address, wrong)
        qtbot.waitUntil(lambda: _open_join_dialog() is not None, timeout=WAIT)
        dialog = _open_join_dialog()
        assert dialog.address.text() == address  # kept: only the code is typed again
        assert dialog.problem.text().startswith("The code is not right: type the 6 digits")
        assert rapporteur_library.sessions.count() == 0
        dialog.code.setText(server.code)  # the right code this time
        dialog.join_button.click()
        qtbot.waitUntil(lambda: rapporteur_library.sessions.count() == 1, timeout=WAIT)
    finally:
        rapporteur.live_link.stop()
        window.live_link.stop()
        rapporteur.close()
        rapporteur_library.close()


def test_the_refusal_and_the_link_s_line_are_in_the_window_s_language(qtbot, window, tmp_path):
    from roundtable_desktop.domain.languages import language
    from roundtable_desktop.link.follow import REFUSALS
    from roundtable_desktop.link.wire import LinkEvent
    from roundtable_desktop.ui.language import LanguageSwitcher
    from roundtable_desktop.ui.link.live_actions import refusal_words

    switcher = LanguageSwitcher.of()
    switcher.use(language("fr"))
    try:
        assert refusal_words(REFUSALS["wrong_code"]).startswith("Le code")
        window.live_link._told(LinkEvent.now("lost"))
        lost = window.live_link.status.text()
        assert lost.startswith("Liaison perdue depuis"), lost
        switcher.use(language("es"))  # the windows are told on the event loop
        qtbot.waitUntil(lambda: window.live_link.status.text().startswith("Enlace perdido desde"),
                        timeout=WAIT)
    finally:
        switcher.use(language("en"))
    qtbot.waitUntil(lambda: window.live_link.status.text().startswith("Link lost since"), timeout=WAIT)


def test_nothing_listens_until_the_user_shares(window):
    import os
    from pathlib import Path

    def listening_inodes() -> set[str]:
        found = set()
        for table in ("/proc/net/tcp", "/proc/net/tcp6"):
            if os.path.exists(table):
                for line in Path(table).read_text().splitlines()[1:]:
                    parts = line.split()
                    if parts[3] == "0A":  # LISTEN
                        found.add(parts[9])
        return found

    def own_sockets() -> set[str]:
        inodes = set()
        for fd in os.listdir("/proc/self/fd"):
            try:
                target = os.readlink(f"/proc/self/fd/{fd}")
            except OSError:
                continue
            if target.startswith("socket:["):
                inodes.add(target[8:-1])
        return inodes

    assert not listening_inodes() & own_sockets()
    window.live_link.listen_host, window.live_link.announce = "127.0.0.1", False
    window.live_link.share()
    try:
        assert listening_inodes() & own_sockets()
    finally:
        window.live_link.stop()
    assert not listening_inodes() & own_sockets()
