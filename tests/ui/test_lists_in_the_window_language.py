"""The items of a line of the window are separated as its language separates them: the Arabic
comma (،) in Arabic, the full-width comma (，) in Chinese, never a Latin comma inside their text."""

from PySide6.QtGui import QTextDocument

from roundtable_desktop.domain.model import Participant
from roundtable_desktop.ui.console.speaker_line import speaker_line
from roundtable_desktop.ui.setup.fields import participant_shown


def _plain(rich: str) -> str:
    document = QTextDocument()
    document.setHtml(rich)
    return document.toPlainText()


def test_the_meeting_line_separates_its_date_and_hours_in_the_window_s_language(window, in_language):
    expected = {"zh": "2021年5月17日星期一\uff0c15.00", "ar": "2021\u060c ", "fr": "17 mai 2021, 15.00",
                "en": "17 May 2021, 15.00"}
    for code, shown in expected.items():
        in_language(code)
        line = _plain(window.meeting_line.text())
        assert shown in line, (code, line)
        if code in ("zh", "ar"):
            assert ", " not in line, (code, line)


def test_an_organiser_with_angle_brackets_and_ampersands_shows_as_typed(qtbot, qsettings):
    from roundtable_desktop.exchange.demo import demo_meeting
    from roundtable_desktop.storage.library import Library
    from roundtable_desktop.ui.main_window import MainWindow

    meeting = demo_meeting()
    meeting.session.organiser = "R&D <Unit> of the Commission"
    library = Library.in_memory()
    library.add_meeting(meeting)
    window = MainWindow(library, qsettings)
    qtbot.addWidget(window)
    assert _plain(window.meeting_line.text()).startswith("R&D <Unit> of the Commission \u2014 ")


def test_a_speaker_s_function_and_country_are_separated_in_the_window_s_language(window, in_language):
    person = Participant(session_id="s", name="Mr. Karim Haddad", function="Minister of Digital Economy",
                         organisation="Jordan")
    in_language("ar")
    assert "Minister of Digital Economy\u060c الأردن" in speaker_line(person, "")
    assert participant_shown(person) == "Mr. Karim Haddad\u060c Minister of Digital Economy\u060c الأردن"
    in_language("zh")
    assert participant_shown(person) == "Mr. Karim Haddad\uff0cMinister of Digital Economy\uff0c约旦"
    in_language("en")
    assert participant_shown(person) == "Mr. Karim Haddad, Minister of Digital Economy, Jordan"
