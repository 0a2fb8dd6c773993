"""Where a console dialog goes: clear of the clock area with its whole frame (title bar
included), on the screen, and a screen too small for both keeps the dialog on it."""

from PySide6.QtCore import QPoint, QRect, QSize

from roundtable_desktop.ui.console.placement import MARGIN, clear_position

SCREEN = QRect(0, 0, 1366, 768)
CLOCK_AREA = QRect(459, 137, 475, 201)  # the meeting clock and the speaker's clock, maximized


def test_below_the_clock_area_counting_the_title_bar(qapp):
    frame = QSize(637, 345)
    corner = clear_position(frame, CLOCK_AREA, SCREEN)
    assert corner == QPoint(CLOCK_AREA.left(), CLOCK_AREA.bottom() + 1 + MARGIN)
    assert not QRect(corner, frame).intersects(CLOCK_AREA)


def test_above_when_there_is_no_room_below(qapp):
    area = QRect(459, 500, 475, 200)
    corner = clear_position(QSize(600, 300), area, SCREEN)
    assert QRect(corner, QSize(600, 300)).bottom() < area.top()


def test_a_wide_dialog_slides_along_the_clock_to_stay_on_the_screen(qapp):
    area = QRect(900, 137, 400, 201)
    frame = QSize(637, 345)
    corner = clear_position(frame, area, SCREEN)
    placed = QRect(corner, frame)
    assert SCREEN.contains(placed) and not placed.intersects(area)


def test_a_screen_too_small_for_both_keeps_the_whole_dialog_on_it(qapp):
    frame = QSize(637, 500)
    corner = clear_position(frame, CLOCK_AREA, QRect(0, 0, 1280, 720))
    assert QRect(0, 0, 1280, 720).contains(QRect(corner, frame))
