from roundtable_desktop.exchange.demo import DEMO_QUESTIONS
from roundtable_desktop.storage.library import Library
from roundtable_desktop.ui.main_window import MainWindow


def test_window_opens_on_the_demo_with_its_three_questions(window):
    texts = [q.text for q in window.questions_panel.model.rows]
    assert texts == list(DEMO_QUESTIONS)
    assert window.agenda_panel.model.rowCount() == 5
    assert "60 of 60 min" in window.agenda_panel.summary_label.text()


def test_an_edited_agenda_item_survives_reopening_the_library(qtbot, window, library_path, qsettings):
    item = window.agenda_panel.model.record(0)
    item.title = "Presentation of the report, revised"
    window.agenda_panel.repository.update(item)
    window.close()
    window.library.close()

    reopened = Library.open(library_path)
    again = MainWindow(reopened, qsettings)
    qtbot.addWidget(again)
    assert again.agenda_panel.model.record(0).title == "Presentation of the report, revised"
    reopened.close()
