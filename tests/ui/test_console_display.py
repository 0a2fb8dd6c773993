"""What the chair and the speakers see: the same time on the console and the presenter display,
amber from the target, red and counting up past the limit, and the clock back after a restart."""

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from roundtable_desktop.domain.enums import SlotState
from roundtable_desktop.domain.speaker_clock import Phase
from roundtable_desktop.storage.library import Library
from roundtable_desktop.ui import settings as prefs
from roundtable_desktop.ui.console.slot_list import SLOT_MIME
from roundtable_desktop.ui.main_window import MainWindow
from tests.ui.console_support import FakeTimes, drive_with, when_modal


@pytest.fixture
def times():
    return FakeTimes()


def test_the_presenter_display_shows_the_console_time_at_each_repaint(window, qtbot, times):
    controller = drive_with(window, times)
    panel = window.speakers_panel
    controller.toggle()
    panel.toggle_presenter(True)
    presenter = panel.presenter
    for seconds, text in ((0, "10:00"), (0.4, "10:00"), (359.5, "4:01"), (239.6, "0:01"),
                          (0.5, "+0:00"), (75, "+1:15")):
        times.advance(seconds)
        controller.tick()
        assert panel.clock.shown_text == presenter.shown_text == text
    assert presenter.digit_height() >= presenter.height() / 5
    presenter.resize(1600, 900)
    assert presenter.digit_height() >= 900 / 5


def test_phases_turn_amber_at_the_target_and_red_past_the_limit(window, qtbot, times, demo):
    controller = drive_with(window, times)
    panel = window.speakers_panel
    controller.toggle()
    controller.end_and_next()
    controller.end_and_next()  # the first discussant: target 5:00, limit 7:00
    times.advance(290)
    controller.tick()
    assert controller.last_frame.reading.phase is Phase.NORMAL
    assert panel.clock.look == "normal" and panel.clock.phase.text() == "Speaking"
    times.advance(15)
    controller.tick()
    assert controller.last_frame.reading.phase is Phase.WRAP_UP
    assert "#ffb300" in panel.clock.styleSheet() and panel.clock.phase.text() == "WRAP UP"
    times.advance(125.2)
    controller.tick()
    assert panel.clock.shown_text == "+0:10" and panel.clock.phase.text() == "OVER"
    styles = set()
    for _ in range(4):
        times.advance(0.25)
        controller.tick()
        styles.add(panel.clock.styleSheet())
    assert len(styles) == 2  # it flashes


def test_a_sound_cue_at_target_and_limit_only_when_switched_on(window, qtbot, times, monkeypatch):
    beeps = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    controller = drive_with(window, times)
    controller.toggle()
    times.advance(601)
    controller.tick()
    assert beeps == []
    window.console_actions.sound.trigger()
    assert prefs.SOUND_CUES.get(window.settings) is True
    controller.end_and_next()
    controller.tick()
    times.advance(301)
    controller.tick()
    assert beeps == [1]


def test_restarting_while_someone_speaks_resumes_their_clock(qtbot, window, library_path, qsettings,
                                                             times, demo):
    controller = drive_with(window, times)
    controller.toggle()
    times.advance(125)
    slot_id = controller.speakers.current.id
    window.close()
    window.library.close()
    times.advance(40)  # the laptop restarts: 40 s pass before the window is back

    reopened = Library.open(library_path)
    again = MainWindow(reopened, qsettings)
    qtbot.addWidget(again)
    again.show()
    again_controller = drive_with(again, times)
    assert again_controller.speakers.current.id == slot_id
    assert again_controller.last_frame.reading.spoken == pytest.approx(165, abs=0.01)
    assert again.speakers_panel.clock.shown_text == "7:15"
    bar = again.speakers_panel.restored_bar
    assert bar.isVisible() and "Commission secretariat" in bar.text and "2:45" in bar.text
    qtbot.mouseClick(bar.dismiss_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    times.advance(15)
    again_controller.end_and_next()
    assert reopened.slots.get(slot_id).spoken_seconds == pytest.approx(180, abs=0.01)
    reopened.close()


def test_dragging_a_waiting_speaker_reorders_and_stores_the_queue(window, library, demo):
    panel = window.speakers_panel
    model = panel.model
    last = model.slot(5)
    data = QMimeData()
    data.setData(SLOT_MIME, QByteArray(last.id.encode()))
    model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert [s.id for s in library.slots.for_session(demo.session.id)][1] == last.id
    assert model.slot(1).id == last.id


def test_adding_a_new_person_as_speaker_adds_the_participant(window, library, qtbot, demo):
    def fill(dialog) -> None:
        dialog.who.setText("Jin Park, Vice-Minister, South Korea")
        assert "New participant" in dialog.status.text()
        dialog.accept()

    when_modal(qtbot, fill)
    window.console_actions.add_speaker.trigger()
    people = {p.name: p for p in library.participants.for_session(demo.session.id)}
    assert people["Jin Park"].function == "Vice-Minister"
    assert people["Jin Park"].organisation == "Republic of Korea"
    slot = next(s for s in library.slots.for_session(demo.session.id)
                if s.participant_id == people["Jin Park"].id)
    assert slot.state is SlotState.QUEUED and slot.agenda_item_id == demo.agenda[0].id


def test_the_statistics_view_exports_csv(window, qtbot, times, tmp_path):
    from roundtable_desktop.ui.console.statistics_view import StatisticsDialog

    controller = drive_with(window, times)
    controller.toggle()
    times.advance(420)
    controller.end_and_next()
    times.advance(60)
    dialog = StatisticsDialog(controller, window)
    qtbot.addWidget(dialog)
    assert dialog.stats.interventions == 2 and dialog.stats.total_seconds == 480
    target = tmp_path / "figures.csv"
    assert dialog.export(target)
    assert "slot,Commission secretariat" in target.read_text(encoding="utf-8-sig")


def test_repainting_the_clock_does_not_wear_out_python(window, times):
    """PySide6 6.12.0 on Python 3.11 drops a reference to None at each call of a method that
    returns nothing; ten repaints a second brought the window down within minutes."""
    import sys

    controller = drive_with(window, times)
    controller.toggle()
    before = sys.getrefcount(None)
    for _ in range(100):
        times.advance(0.1)
        controller.tick()
    assert sys.getrefcount(None) - before > -50


def test_a_change_the_disk_refuses_is_not_shown_as_done(window, library, times, monkeypatch):
    from roundtable_desktop.domain.errors import StorageWriteError

    controller = drive_with(window, times)
    controller.toggle()
    times.advance(30)
    troubles = []
    controller.storage_trouble.connect(troubles.append)

    def refuse(*_args, **_kwargs):
        raise StorageWriteError("The library could not be saved: the disk is full.")

    monkeypatch.setattr(library.slots, "save_changes", refuse)
    assert controller.end_and_next() is False
    current = controller.speakers.current
    assert current.state is SlotState.SPEAKING and current.position == 0
    assert controller.last_frame.reading.spoken == pytest.approx(30, abs=0.01)
    assert "disk is full" in window.speakers_panel.message_bar.text
    assert len(troubles) == 1
