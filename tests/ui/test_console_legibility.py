"""The console and the presenter display as a room sees them: nothing jumps, whole names, pause
unmistakable, phases told apart without colour and legible in every phase."""

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from roundtable_desktop.domain.model import Participant
from roundtable_desktop.ui.console.palette import (
    CONSOLE,
    NORMAL,
    OVER,
    OVER_DARK,
    PAUSED,
    PRESENTER,
    WRAP_UP,
    contrast,
)
from roundtable_desktop.ui.console.presenter import PresenterDisplay
from roundtable_desktop.ui.console.slot_list import COL_COUNTRY, COL_SPEAKER
from tests.ui.console_support import FakeTimes, drive_with

LONG_NAME = "H.E. Ms. Paula Ingabire Mukamana-Habimana de la Cruz y Fernández"
LONG_FUNCTION = ("Minister of Information Communication Technology and Innovation, Special Envoy "
                 "of the President for the Digital Transformation of Public Services, Rwanda")


@pytest.fixture
def times():
    return FakeTimes()


def _rename(controller, slot, name, function):
    person = controller.participant(slot)
    controller.people[person.id] = Participant(session_id=person.session_id, name=name,
                                               function=function, id=person.id)


def test_the_console_keeps_its_height_whatever_the_speaker(window, qtbot, times):
    controller = drive_with(window, times)
    panel = window.speakers_panel
    window.resize(1366, 740)
    controller.toggle()
    qtbot.waitUntil(lambda: panel.clock.height() > 0)
    buttons_y = panel.buttons.geometry().y()
    height = panel.clock.height()
    _rename(controller, controller.speakers.current, LONG_NAME, LONG_FUNCTION)
    controller.tick()
    QApplication.processEvents()
    assert panel.clock.height() == height and panel.buttons.geometry().y() == buttons_y
    assert panel.clock.name.toolTip() == LONG_NAME and panel.clock.function.toolTip() == LONG_FUNCTION
    assert panel.clock.function.is_elided()
    panel.message_bar.show_message("A long message " * 20)
    QApplication.processEvents()
    assert panel.buttons.geometry().y() == buttons_y  # news comes below the buttons


def test_pause_has_its_own_look_and_word(window, qtbot, times):
    controller = drive_with(window, times)
    panel = window.speakers_panel
    controller.toggle()
    times.advance(10)
    controller.toggle()
    assert panel.clock.look == PAUSED and panel.clock.phase.text() == "PAUSED"
    current = controller.speakers.current
    row = panel.model.rows.index(current)
    assert panel.model.index(row, 0).data() == "PAUSED"
    paused_background = panel.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole).color().name()
    controller.toggle()
    speaking_background = panel.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole).color().name()
    assert paused_background != speaking_background


@pytest.mark.parametrize("table", [CONSOLE, PRESENTER], ids=["console", "presenter"])
def test_the_digits_keep_a_contrast_of_4_5_in_every_phase(table):
    for key, look in table.items():
        assert contrast(look.background, look.text) >= 4.5, key


@pytest.mark.parametrize("table", [CONSOLE, PRESENTER], ids=["console", "presenter"])
def test_phases_differ_in_brightness_and_frame_not_only_in_colour(table):
    """Green and amber used to have the same brightness (1.02:1): one colour to a red-green
    colour-blind viewer. The backgrounds now differ by at least 1.4:1, and each phase has a
    frame of its own."""
    backgrounds = {key: table[key].background for key in (NORMAL, WRAP_UP, OVER, PAUSED)}
    for first in backgrounds:
        for second in backgrounds:
            if first < second and {first, second} != {NORMAL, PAUSED}:  # paused: word and frame
                assert contrast(backgrounds[first], backgrounds[second]) >= 1.4, (first, second)
    frames = {(table[k].frame_style, table[k].frame_width) for k in (NORMAL, WRAP_UP, OVER, PAUSED)}
    assert len(frames) == 4


def test_flashing_can_be_switched_off_and_flashes_the_background_only(window, qtbot, times):
    controller = drive_with(window, times)
    panel = window.speakers_panel
    controller.toggle()
    times.advance(601)
    looks = set()
    for _ in range(4):
        times.advance(0.25)
        controller.tick()
        looks.add(panel.clock.look)
    assert looks == {OVER, OVER_DARK}
    assert CONSOLE[OVER].text == CONSOLE[OVER_DARK].text  # the digits do not flash
    window.console_actions.flashing.trigger()
    looks = set()
    for _ in range(4):
        times.advance(0.25)
        controller.tick()
        looks.add(panel.clock.look)
    assert looks == {OVER}


def test_phase_changes_are_told_to_screen_readers(window, times):
    controller = drive_with(window, times)
    clock = window.speakers_panel.clock
    controller.toggle()
    times.advance(300)
    controller.end_and_next()  # the co-chair: 5:00 / 5:00, so wrap up from 4:00
    times.advance(245)
    controller.tick()
    assert "WRAP UP" in clock.last_announcement.upper() and "0:55" in clock.last_announcement
    assert clock.accessibleDescription() == clock.last_announcement
    controller.toggle()
    assert "PAUSED" in clock.last_announcement.upper()


def test_the_speaker_list_shows_whole_names_and_the_country(window, qtbot, times, demo):
    controller = drive_with(window, times)
    panel = window.speakers_panel
    window.resize(1366, 740)
    slot = controller.speakers.slots[2]
    person = controller.participant(slot)
    controller.people[person.id] = Participant(session_id=person.session_id, name=LONG_NAME,
                                               organisation="Rwanda", id=person.id)
    panel.model.refresh()
    view = panel.view
    row = panel.model.rows.index(slot)
    assert panel.model.index(row, COL_SPEAKER).data() == LONG_NAME
    assert panel.model.index(row, COL_COUNTRY).data() == "Rwanda"
    assert view.wordWrap() and view.textElideMode() == Qt.TextElideMode.ElideNone
    view.resizeRowsToContents()
    width = view.columnWidth(COL_SPEAKER)
    needed = QFontMetrics(view.font()).boundingRect(QRect(0, 0, width - 8, 10000),
                                                    int(Qt.TextFlag.TextWordWrap), LONG_NAME)
    assert view.rowHeight(row) >= needed.height()
    assert view.rowHeight(row) > view.rowHeight(0)


def test_a_long_name_on_the_presenter_display_wraps_and_shrinks_to_fit(window, qtbot, times):
    controller = drive_with(window, times)
    controller.toggle()
    _rename(controller, controller.speakers.current, f"{LONG_NAME} {LONG_NAME}", LONG_FUNCTION)
    presenter = PresenterDisplay()
    qtbot.addWidget(presenter)
    presenter.resize(960, 540)
    presenter.show()
    presenter.render(controller.frame())
    QApplication.processEvents()
    assert presenter.width() == 960
    for label in (presenter.name, presenter.function):
        flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter)
        needed = QFontMetrics(label.font()).boundingRect(QRect(0, 0, label.width(), 10000), flags,
                                                         label.text())
        assert needed.width() <= label.width() and needed.height() <= label.height(), label.text()
    short = PresenterDisplay()
    qtbot.addWidget(short)
    short.resize(960, 540)
    _rename(controller, controller.speakers.current, "Ms. Ana Ruiz", "Minister")
    short.render(controller.frame())
    assert short.name.font().pixelSize() > presenter.name.font().pixelSize()  # the largest that fits


def test_the_presenter_display_never_takes_the_keyboard(window, qtbot):
    editor = QPlainTextEdit()
    window.notes_panel.layout().addWidget(editor)
    editor.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClick(editor, Qt.Key.Key_F8)
    presenter = window.speakers_panel.presenter
    qtbot.waitUntil(presenter.isVisible)
    QApplication.processEvents()
    assert presenter.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert presenter.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert presenter.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert QApplication.activeWindow() is window and editor.hasFocus()
    qtbot.keyClicks(editor, "typed on")
    qtbot.keyClick(editor, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert "typed on" in editor.toPlainText()
    assert window.notes_panel.composer.editor.hasFocus()  # Ctrl+N reached the window
