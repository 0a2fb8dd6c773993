"""The follower's speaker list is read-only: its own keys (Alt+Up/Down, Delete, Enter), drag and
drop and its menu change nothing on the rapporteur's laptop nor on the chair's; the same keys on
the chair's laptop do change the queue."""

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog

from roundtable_desktop.domain.enums import SlotState
from roundtable_desktop.storage.library import Library
from roundtable_desktop.ui.main_window import MainWindow

WAIT = 60_000  # ms: generous, event-based


def _queue(library: Library, session_id: str) -> list[tuple[str, int, SlotState, int]]:
    return sorted((s.id, s.position, s.state, s.target_seconds)
                  for s in library.slots.for_session(session_id))


def _waiting_rows(window: MainWindow) -> list[int]:
    model = window.speakers_panel.model
    return [row for row, slot in enumerate(model.rows) if slot.state is SlotState.QUEUED]


def test_the_followers_speaker_list_changes_nothing(qtbot, window, tmp_path, monkeypatch):
    chair = window
    chair.live_link.listen_host, chair.live_link.announce = "127.0.0.1", False
    opened: list[object] = []

    class NoDialog:
        def __init__(self, *args: object) -> None:
            opened.append(args)

        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Rejected

    monkeypatch.setattr("roundtable_desktop.ui.speakers_panel.SlotTimesDialog", NoDialog)
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
                        and len(_waiting_rows(rapporteur)) >= 2, timeout=WAIT)

        # the chair's own keys move the queue (so the keys reach the list in this test) ...
        chair_view = chair.speakers_panel.view
        chair_view.setFocus()
        chair_view.selectRow(_waiting_rows(chair)[0])
        before = _queue(chair.library, session_id)
        qtbot.keyClick(chair_view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
        assert _queue(chair.library, session_id) != before
        moved = _queue(chair.library, session_id)
        qtbot.waitUntil(lambda: _queue(rapporteur_library, session_id) == moved, timeout=WAIT)

        # ... the follower's change nothing: not by key, not by drag and drop, not by menu
        view = rapporteur.speakers_panel.view
        view.setFocus()
        row = _waiting_rows(rapporteur)[0]
        view.selectRow(row)
        assert view.selected_slot() is not None
        for key, modifier in ((Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier),
                              (Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier),
                              (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier),
                              (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
                              (Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier),
                              (Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier),
                              (Qt.Key.Key_Q, Qt.KeyboardModifier.NoModifier)):
            view.selectRow(row)
            qtbot.keyClick(view, key, modifier)
            assert _queue(rapporteur_library, session_id) == moved, key
        model = rapporteur.speakers_panel.model
        index = model.index(row, 0)
        assert not model.flags(index) & Qt.ItemFlag.ItemIsDragEnabled
        assert not view.dragEnabled() and not view.acceptDrops()
        assert not model.dropMimeData(model.mimeData([index]), Qt.DropAction.MoveAction,
                                      len(model.rows), 0, model.index(-1, -1))
        view.doubleClicked.emit(index)
        assert not any(action.isEnabled() for action in rapporteur.speakers_panel.list_actions)
        assert not rapporteur.console_actions.add_speaker.isEnabled()
        assert opened == []  # Enter and the double click opened no dialog
        assert _queue(rapporteur_library, session_id) == moved
        assert _queue(chair.library, session_id) == moved
    finally:
        rapporteur.live_link.stop()
        chair.live_link.stop()
        rapporteur.close()
        rapporteur_library.close()
    # no longer following: the meeting received stays the chair's to run, and says so
    assert rapporteur.speakers_panel.controller.read_only
    assert not rapporteur.live_link.chair_runs.isHidden()
