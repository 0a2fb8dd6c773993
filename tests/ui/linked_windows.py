"""What the tests of two windows linked on loopback share: a second window on its own library
and settings, listening on loopback only, and a wall clock that moves only when the test says."""

from contextlib import contextmanager
from datetime import datetime, timedelta

from PySide6.QtCore import QSettings

from roundtable_desktop.domain.enums import SlotState
from roundtable_desktop.storage.library import Library
from roundtable_desktop.ui.main_window import MainWindow
from tests.link_support import Cable

WAIT = 60_000  # ms: generous, event-based


class FakeClock:
    """A laptop's wall clock that moves only when the test says."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def linked_window(qtbot, library, tmp_path, name: str) -> MainWindow:
    """A window on ``library`` with its own settings file, sharing on loopback, not announced."""
    settings = QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(library, settings)
    qtbot.addWidget(window)
    window.live_link.listen_host, window.live_link.announce = "127.0.0.1", False
    window.show()
    return window


def on_clock(window, clock: FakeClock) -> None:
    """The window's speaker list reads ``clock`` from now on."""
    controller = window.speakers_panel.controller
    controller.wall_clock = clock
    controller.reload()


def speaking(library, session_id):
    return next(s for s in library.slots.for_session(session_id) if s.state is SlotState.SPEAKING)


def write_note(qtbot, window, text: str) -> None:
    """Ctrl+N, the text typed, the note saved."""
    panel = window.notes_panel
    panel.new_note_action.trigger()  # Ctrl+N
    qtbot.keyClicks(panel.composer.editor, text)
    panel.save()


@contextmanager
def joined_over_a_cable(qtbot, chair: MainWindow, tmp_path, clock: FakeClock | None = None):
    """The chair shares; a rapporteur's window on its own library (on ``clock`` if given) joins
    through a cable the test can cut and mend. Yields (rapporteur, its library, the cable); at
    the end both stop, the cable is cut and the rapporteur's window and library are closed."""
    library = Library.open(tmp_path / "rapporteur.sqlite")
    rapporteur = linked_window(qtbot, library, tmp_path, "rapporteur")
    if clock is not None:
        on_clock(rapporteur, clock)
    chair.live_link.share()
    server = chair.live_link.adapter.server
    cable = Cable(server.port)
    try:
        assert rapporteur.live_link.join(f"127.0.0.1:{cable.port}", server.code)
        qtbot.waitUntil(lambda: rapporteur.session_id == chair.session_id, timeout=WAIT)
        yield rapporteur, library, cable
    finally:
        rapporteur.live_link.stop()
        chair.live_link.stop()
        cable.cut()
        rapporteur.close()
        library.close()
