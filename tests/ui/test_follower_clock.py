"""Two laptops whose clocks differ by seven minutes show the same countdown: the follower counts
the chair's clock readings against the chair's time, corrected by the offset it measured when
joining (fake time sources on both laptops; nothing depends on the machine's speed)."""

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QSettings

from roundtable_desktop.domain.enums import SlotState
from roundtable_desktop.link.follow import Follower
from roundtable_desktop.storage.library import Library
from roundtable_desktop.ui.main_window import MainWindow

WAIT = 60_000  # ms: generous, event-based
SEVEN_MINUTES = 7 * 60


class LaptopClock:
    """A laptop's two clocks, moved on only by the test."""

    def __init__(self, fast_by_seconds: float) -> None:
        self.seconds = 1000.0
        self.wall = datetime(2026, 12, 1, 15, 0, tzinfo=UTC) + timedelta(seconds=fast_by_seconds)

    def monotonic(self) -> float:
        return self.seconds

    def now(self) -> datetime:
        return self.wall

    def advance(self, seconds: float) -> None:
        self.seconds += seconds
        self.wall += timedelta(seconds=seconds)


def _on(window: MainWindow, clock: LaptopClock) -> None:
    controller = window.speakers_panel.controller
    controller.time_source, controller.wall_clock = clock.monotonic, clock.now
    controller.reload()


def test_two_laptops_whose_clocks_differ_show_the_same_countdown(qtbot, window, tmp_path):
    chair, chair_clock, rapporteur_clock = window, LaptopClock(0), LaptopClock(SEVEN_MINUTES)
    chair.live_link.listen_host, chair.live_link.announce = "127.0.0.1", False
    rapporteur_library = Library.open(tmp_path / "rapporteur.sqlite")
    settings = QSettings(str(tmp_path / "rapporteur.ini"), QSettings.Format.IniFormat)
    rapporteur = MainWindow(rapporteur_library, settings)
    qtbot.addWidget(rapporteur)
    rapporteur.show()
    _on(chair, chair_clock)
    _on(rapporteur, rapporteur_clock)
    chair.live_link.share()
    server = chair.live_link.adapter.server
    try:
        assert rapporteur.live_link.join(f"127.0.0.1:{server.port}", server.code)
        qtbot.waitUntil(lambda: rapporteur.session_id == chair.session_id, timeout=WAIT)
        follower = rapporteur.live_link.adapter.follower
        assert follower.clock_offset == -SEVEN_MINUTES  # frozen clocks: a round trip of 0 s

        chair.console_actions.start_pause.trigger()  # F5 at 15:00:00 on the chair's laptop
        followed = rapporteur.speakers_panel.controller
        qtbot.waitUntil(lambda: followed.speakers.current is not None
                        and followed.speakers.current.state is SlotState.SPEAKING, timeout=WAIT)
        for laptop in (chair_clock, rapporteur_clock):
            laptop.advance(42)
        chair.speakers_panel.controller.tick()
        followed.tick()
        assert followed.speakers.spoken_seconds(followed.speakers.current) == pytest.approx(42)
        assert rapporteur.speakers_panel.clock.shown_text == chair.speakers_panel.clock.shown_text
        assert rapporteur.speakers_panel.clock.look == chair.speakers_panel.clock.look
    finally:
        rapporteur.live_link.stop()
        chair.live_link.stop()
        rapporteur.close()
        rapporteur_library.close()
    # no longer following: the console counts by the laptop's own clock again
    assert rapporteur.speakers_panel.controller.wall_clock == rapporteur_clock.now


def test_the_offset_is_taken_at_the_middle_of_the_round_trip(tmp_path):
    follower = Follower("127.0.0.1:1", "123456", tmp_path / "lib.sqlite", lambda changes: None,
                        wall_time=lambda: 100.0)
    follower._measure_offset(400.1, asked_at=100.0, answered_at=100.2)
    assert follower.clock_offset == pytest.approx(300.0)
    assert follower.chair_time() == pytest.approx(400.0)
    for unusable in ("400", None, True, float("nan")):
        follower._measure_offset(unusable, asked_at=100.0, answered_at=100.2)
        assert follower.clock_offset == pytest.approx(300.0)  # kept: nothing new was measured
