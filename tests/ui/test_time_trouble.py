"""Time trouble in the console: a sleep or a clock that was set while a speaker's clock runs is
said in the console, and the chair keeps or corrects the time; a restart then shows the same."""

from datetime import timedelta

import pytest

from roundtable_desktop.domain.speaker_list import SpeakerList
from tests.ui.console_support import FakeTimes, drive_with


@pytest.fixture
def times():
    return FakeTimes()


@pytest.fixture
def speaking(window, times):
    """The first speaker has spoken 2 minutes; the console has ticked every second."""
    controller = drive_with(window, times)
    controller.tick()
    controller.toggle()
    for _ in range(120):
        times.advance(1.0)
        controller.tick()
    return controller


def sleep(times, seconds: float) -> None:
    """The lid is closed: the wall clock goes on, the monotonic clock does not."""
    times.now += 0.1
    times.wall += timedelta(seconds=seconds + 0.1)


def restored_spoken(library, controller, times) -> float:
    session_id = controller.session_id
    speakers = SpeakerList(library.slots.for_session(session_id),
                           library.agenda.for_session(session_id), times.monotonic, times.utc)
    return speakers.reading().spoken


def test_nothing_is_said_while_the_clocks_agree(window, speaking):
    assert not window.speakers_panel.time_trouble.isVisible()


def test_a_sleep_is_said_and_counted_when_the_chair_chooses_so(window, speaking, times, library):
    bar = window.speakers_panel.time_trouble
    sleep(times, 300)
    speaking.tick()
    assert bar.isVisible() and "asleep for 5:00" in bar.label.text()
    assert "Commission secretariat" in bar.label.text()
    bar.correct_button.click()
    assert not bar.isVisible()
    assert abs(speaking.speakers.clock.spoken() - 420.1) < 0.2
    assert abs(restored_spoken(library, speaking, times) - speaking.speakers.clock.spoken()) < 1


def test_a_sleep_kept_out_stays_out_after_a_restart(window, speaking, times, library):
    bar = window.speakers_panel.time_trouble
    sleep(times, 300)
    speaking.tick()
    bar.keep_button.click()
    assert abs(speaking.speakers.clock.spoken() - 120.1) < 0.2
    assert abs(restored_spoken(library, speaking, times) - 120.1) < 1


def test_a_clock_set_back_an_hour_does_not_change_the_speaker_time(window, speaking, times, library):
    bar = window.speakers_panel.time_trouble
    times.now += 0.1
    times.wall -= timedelta(hours=1)
    speaking.tick()
    assert bar.isVisible() and "set back by 60:00" in bar.label.text()
    bar.keep_button.click()
    assert abs(speaking.speakers.clock.spoken() - 120.1) < 0.2
    assert abs(restored_spoken(library, speaking, times) - 120.1) < 1


def test_nothing_is_asked_when_nobody_speaks(window, times):
    controller = drive_with(window, times)
    controller.tick()
    sleep(times, 600)
    controller.tick()
    assert not window.speakers_panel.time_trouble.isVisible()
