from roundtable_desktop.exchange.demo import DEMO_QUESTIONS
from roundtable_desktop.storage.library import Library
from roundtable_desktop.ui import main_window
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


def test_new_duplicate_and_delete_meetings_from_the_file_menu(qtbot, window, library, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Budget panel\x07", True))
    window.new_action.trigger()
    assert window.session_bar.picker.count() == 2
    new = library.sessions.get(window.session_id)
    assert new.title == "Budget panel\ufffd"
    assert window.questions_panel.model.rowCount() == 0

    window.duplicate_action.trigger()
    assert library.sessions.get(window.session_id).title == f"{new.title} (copy)"
    assert window.session_bar.picker.count() == 3

    monkeypatch.setattr(main_window, "confirm", lambda *a: False)
    window.delete_action.trigger()
    assert library.sessions.count() == 3
    monkeypatch.setattr(main_window, "confirm", lambda *a: True)
    window.delete_action.trigger()
    assert library.sessions.count() == 2
    assert window.session_id is not None


def test_a_deleted_demo_comes_back_only_when_asked(qtbot, window, library, monkeypatch):
    monkeypatch.setattr(main_window, "confirm", lambda *a: True)
    window.delete_action.trigger()
    assert library.sessions.count() == 0
    assert "no meeting" in window.meeting_line.text()
    window.demo_action.trigger()
    assert library.sessions.count() == 1
    assert window.questions_panel.model.rowCount() == 3


def test_agenda_items_reorder_with_alt_arrows_and_persist(qtbot, window, library):
    from PySide6.QtCore import Qt

    panel = window.agenda_panel
    first = panel.model.record(0).id
    panel.view.setFocus()
    panel.select_row(0)
    qtbot.keyClick(panel.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    stored = library.agenda.for_session(window.session_id)
    assert stored[1].id == first
    assert panel.selected_row() == 1


def test_removing_a_question_renumbers_the_rest(qtbot, window, library):
    from PySide6.QtCore import Qt

    panel = window.questions_panel
    panel.view.setFocus()
    panel.select_row(0)
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    stored = library.questions.for_session(window.session_id)
    assert [q.label for q in stored] == ["Q1", "Q2"]
    assert stored[0].text.startswith("How can governments")


def test_editing_a_question_in_its_dialog(qtbot, window, library, monkeypatch):
    from roundtable_desktop.ui.questions_panel import QuestionDialog

    def accept_with_new_text(dialog):
        dialog.text.setPlainText("  What should the HLPF hear from us?\x00 ")
        dialog.accept()
        return 1

    monkeypatch.setattr(QuestionDialog, "exec", accept_with_new_text)
    window.questions_panel.select_row(2)
    window.questions_panel.edit_selected()
    assert library.questions.for_session(window.session_id)[2].text == (
        "What should the HLPF hear from us?\ufffd")


def test_window_geometry_and_the_last_meeting_are_remembered(qtbot, window, library, qsettings):
    from roundtable_desktop.ui import settings as prefs

    height = max(480, window.minimumSizeHint().height())  # a small window, as small as it goes
    window.resize(800, height)
    window.main_splitter.setSizes([300, 400, 400])
    window.close()
    assert prefs.LAST_SESSION.get(qsettings) == window.session_id
    again = MainWindow(library, qsettings)
    qtbot.addWidget(again)
    assert again.size().height() == height
    assert again.session_id == window.session_id
