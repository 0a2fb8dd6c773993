"""Arabic lays the window out right to left (Qt's own arrows of menus, lists and boxes turn with
it: seen on screen, they are Qt's to draw); the console's one-line labels align on the reader's
side, the lines that begin with a Latin name or a time are still laid out right to left, while
the clock's digits and every time or range of times read left to right ("00:41–01:41", never
"01:41–00:41")."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel

from roundtable_desktop.domain.languages import language
from roundtable_desktop.ui.bidi import LEFT_TO_RIGHT_EMBEDDING, POP_DIRECTIONAL_FORMATTING, RIGHT_TO_LEFT_MARK
from roundtable_desktop.ui.console.elided import ElidedLabel
from roundtable_desktop.ui.language import LanguageSwitcher


@pytest.fixture
def arabic(window):
    switcher = LanguageSwitcher.of()
    switcher.use(language("ar"))
    QApplication.processEvents()
    yield window
    switcher.use(language("en"))
    QApplication.processEvents()


def test_the_clock_reads_left_to_right_in_the_right_to_left_window(arabic):
    digits = arabic.findChild(QLabel, "console_digits")
    assert arabic.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert digits.layoutDirection() == Qt.LayoutDirection.LeftToRight
    arabic.speakers_panel.controller.toggle()  # the first speaker has the floor: digits shown
    QApplication.processEvents()
    assert any(ch.isdigit() for ch in digits.text()) and ":" in digits.text()


def test_the_meetings_times_read_left_to_right_inside_an_arabic_line(arabic, demo):
    session = demo.session
    caption = arabic.meeting_line.text()
    start, end = f"{session.start_time:%H.%M}", f"{session.end_time:%H.%M}"
    assert caption.startswith(RIGHT_TO_LEFT_MARK)  # laid out right to left, though it starts in Latin
    assert f"{LEFT_TO_RIGHT_EMBEDDING}{start}\u2013{end}" in caption
    assert caption.index(POP_DIRECTIONAL_FORMATTING) > caption.index(end)



def test_the_meeting_clock_line_is_laid_out_right_to_left_with_its_times_left_to_right(qtbot, arabic):
    clock = arabic.findChild(QLabel, "meeting_clock")
    arabic.speakers_panel.controller.tick()
    qtbot.waitUntil(lambda: bool(clock.text()))
    assert clock.text().startswith(RIGHT_TO_LEFT_MARK)
    assert LEFT_TO_RIGHT_EMBEDDING in clock.text()


def test_in_english_nothing_is_added_to_the_lines(window):
    assert RIGHT_TO_LEFT_MARK not in window.meeting_line.text()
    assert LEFT_TO_RIGHT_EMBEDDING not in window.meeting_line.text()


def _ink_columns(label: QLabel) -> list[int]:
    image = label.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    background = QColor(image.pixel(0, 0))
    return [x for x in range(image.width()) for y in range(image.height())
            if QColor(image.pixel(x, y)) != background]


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def test_a_one_line_console_label_starts_on_the_readers_side(qtbot, direction):
    label = ElidedLabel()
    qtbot.addWidget(label)
    label.setLayoutDirection(direction)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft)
    label.setText("Next")
    label.resize(400, label.sizeHint().height() + 4)
    label.show()
    qtbot.waitExposed(label)
    ink = _ink_columns(label)
    assert ink
    if direction == Qt.LayoutDirection.RightToLeft:
        assert min(ink) > 200  # mirrored: at the right, where Arabic begins
    else:
        assert max(ink) < 200


def test_a_refused_file_s_message_is_laid_out_right_to_left_though_it_starts_with_its_name(
        qtbot, arabic, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from roundtable_desktop.ui.setup.import_flow import MeetingImporter

    (tmp_path / "note.docx").write_bytes(b"this is no zip archive")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: said.append(text)
                        or QMessageBox.StandardButton.Ok)
    MeetingImporter(arabic.library, arabic.settings, arabic.runner, arabic).run(str(tmp_path / "note.docx"))
    reason = said[0].split("\n\n")[-1]
    assert reason.startswith(f"{RIGHT_TO_LEFT_MARK}note.docx ليس مستند Word")


def test_in_english_a_refused_file_s_message_is_as_it_is(window, tmp_path):
    from roundtable_desktop.domain.errors import InputError
    from roundtable_desktop.exchange.concept_note import import_file
    from roundtable_desktop.ui.wording import error_text

    (tmp_path / "note.docx").write_bytes(b"")
    with pytest.raises(InputError) as caught:
        import_file(tmp_path / "note.docx")
    assert error_text(caught.value) == "note.docx is empty."
