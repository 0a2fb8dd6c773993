"""The chair's tools survive a kill: the real window in a child process uses each of them, is
killed with SIGKILL (no clean shutdown), and a new window on the same library shows each one
again: the message to the speaker, the end of a meeting on the presenter display, the closed
floor, the roll call, the sorted floor with the balance, the speaker's language and the region
filled in from the country."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from roundtable_desktop.domain.closed_list import ListClosedError
from roundtable_desktop.domain.enums import Region, SlotState
from roundtable_desktop.domain.speaker_request import SpeakerRequest
from roundtable_desktop.storage.library import Library
from roundtable_desktop.ui.main_window import MainWindow

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
STEPS = ("SESSION", "MESSAGE", "FLOOR", "SORTED", "PRESENT", "CLOSED", "ENDED", "DONE")
WAIT_MS = 60_000  # only a broken window takes this long; a loaded machine may take seconds


@pytest.fixture(scope="module")
def killed(tmp_path_factory):
    """The library the child left when it was killed, and what it reported done."""
    folder = tmp_path_factory.mktemp("chair-kill")
    path = folder / "library.sqlite"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, str(HERE / "chair_tools_child.py"), str(path),
                              str(folder / "child-settings.ini")],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env=environment, cwd=ROOT)
    reported: dict[str, list[str]] = {}
    try:
        assert child.stdout is not None
        for line in child.stdout:
            word, *rest = line.split()
            reported[word] = rest
            if word == "DONE":
                child.send_signal(signal.SIGKILL)
                break
    finally:
        child.kill()
        child.wait(timeout=60)
        error = child.stderr.read() if child.stderr else ""
    assert list(reported) == list(STEPS), error[-2000:]
    assert child.returncode == -signal.SIGKILL
    return path, reported


@pytest.fixture
def restored(killed, qtbot, tmp_path):
    """A new window on the killed library, on the meeting the chair was running."""
    path, reported = killed
    library = Library.open(path)
    window = MainWindow(library, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window, timeout=WAIT_MS)
    window.show_session(reported["SESSION"][0])
    yield window, reported
    window.close()
    library.close()


def the_floor_request(window, reported):
    controller = window.speakers_panel.controller
    return next(s for s in controller.speakers.queued() if s.participant_id == reported["FLOOR"][0])


def test_the_message_to_the_speaker_is_shown_again(restored, qtbot):
    window, reported = restored
    assert reported["MESSAGE"] == ["Please", "conclude"]
    panel = window.speakers_panel
    panel.toggle_presenter(True)
    qtbot.waitUntil(lambda: panel.presenter.message_text == "Please conclude", timeout=WAIT_MS)
    assert window.speaker_messages.shown_text() == "Please conclude"


def test_a_meeting_that_ended_shows_its_end_again(restored, qtbot):
    window, reported = restored
    window.show_session(reported["SESSION"][1])
    panel = window.speakers_panel
    panel.toggle_presenter(True)
    qtbot.waitUntil(lambda: panel.presenter.function.text() == "End of the meeting"
                    or "End of the meeting" in panel.presenter.name.text(), timeout=WAIT_MS)
    assert all(s.state is SlotState.DONE for s in panel.controller.speakers.slots)


def test_the_closed_floor_is_still_closed(restored, qtbot):
    window, _reported = restored
    controller = window.speakers_panel.controller
    qtbot.waitUntil(lambda: "floor closed" in window.speakers_panel.meeting_clock.text(),
                    timeout=WAIT_MS)
    floor = controller.speakers.interactive_item()
    with pytest.raises(ListClosedError):
        controller.add_request(SpeakerRequest("Ms. Late Comer, Delegate, Chile", agenda_item_id=floor.id))


def test_the_roll_call_is_still_there(restored):
    window, reported = restored
    person = window.speakers_panel.controller.people[reported["PRESENT"][0]]
    assert person.present
    assert window.speakers_panel.controller.taking_attendance()


def test_the_sorted_floor_keeps_its_order_and_the_balance_is_shown(restored, qtbot):
    window, reported = restored
    controller = window.speakers_panel.controller
    floor = controller.speakers.interactive_item()
    waiting = [s for s in controller.speakers.queued() if s.agenda_item_id == floor.id]
    new = the_floor_request(window, reported)
    assert waiting[0].id == new.id  # first: has not spoken yet; the one who spoke asks after
    assert len(waiting) == 2
    qtbot.waitUntil(lambda: "So far, % of time / of interventions: " in window.balance_line.label.text(),
                    timeout=WAIT_MS)
    model = window.speakers_panel.model
    assert new.id in model.not_yet_spoken


def test_the_speaker_s_language_is_shown_when_they_speak(restored, qtbot):
    window, reported = restored
    panel = window.speakers_panel
    panel.view.select_slot(the_floor_request(window, reported).id)
    panel.start_selected()
    qtbot.waitUntil(lambda: panel.clock.function.text().startswith("Speaks French"), timeout=WAIT_MS)


def test_the_region_from_the_country_is_kept(restored):
    window, reported = restored
    person = window.speakers_panel.controller.people[reported["FLOOR"][0]]
    assert person.region is Region.AFRICAN
    assert person.language == "fr"
