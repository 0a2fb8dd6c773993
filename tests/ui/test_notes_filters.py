"""Finding notes: filters by speaker, kind, question, SDG and key message, and full-text search,
combined; the by-question view with coverage, syntheses and key messages."""

import pytest
from notes_helpers import press, start_speaking

from roundtable_desktop.domain.enums import NoteKind
from roundtable_desktop.domain.model import Note


@pytest.fixture
def panel(window, qtbot, library, demo):
    """The demo meeting with five notes from two speakers on the three questions."""
    sid = demo.session.id
    d1, d2 = (next(p.id for p in demo.participants if p.name == name)
              for name in ("Discussant 1", "Discussant 2"))
    q1, q2, q3 = (q.id for q in demo.questions)
    for offset, (who, question, kind, sdgs, key, text) in enumerate((
            (d1, q1, NoteKind.KEY_POINT, (17,), False, "Partnerships with developing countries"),
            (d1, q2, NoteKind.CHALLENGE, (10,), False, "The digital divide widened"),
            (d2, q2, NoteKind.RECOMMENDATION, (9, 10), True, "Invest in digital infrastructure"),
            (d2, q3, NoteKind.COMMITMENT, (17,), True, "Mobilize resources for technology"),
            (d2, None, NoteKind.QUOTE, (), False, "No one left behind"))):
        library.notes.add(Note(sid, text, kind=kind, participant_id=who, question_id=question,
                               sdgs=sdgs, key_message=key, meeting_offset_seconds=60 * offset))
    window.show_session(sid)
    return window.notes_panel


def shown(panel) -> list[str]:
    return [n.text for n in panel.table.notes_model.rows]


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def test_the_list_is_chronological_with_time_speaker_kind_question_sdgs_and_mark(panel):
    model = panel.table.notes_model
    assert model.rowCount() == 5
    cells = [model.index(2, column).data() for column in range(model.columnCount())]
    assert cells == ["2:00", "Discussant 2", "Recommendation", "Q2", "9,10", "*",
                     "Invest in digital infrastructure"]
    assert "5 notes" in panel.filters.count.text() or "5 note" in panel.filters.count.text()


def test_filters_combine(panel):
    filters = panel.filters
    choose(filters.speaker, "Discussant 2")
    assert shown(panel) == ["Invest in digital infrastructure", "Mobilize resources for technology",
                            "No one left behind"]
    choose(filters.sdg, "SDG 17: Partnerships for the goals")
    assert shown(panel) == ["Mobilize resources for technology"]
    filters.clear()
    choose(filters.question, "Q2")
    choose(filters.kind, "Challenge")
    assert shown(panel) == ["The digital divide widened"]
    filters.clear()
    filters.key_only.setChecked(True)
    assert shown(panel) == ["Invest in digital infrastructure", "Mobilize resources for technology"]
    assert "2 of 5" in filters.count.text()
    filters.clear()
    choose(filters.question, "No question")
    assert shown(panel) == ["No one left behind"]


def test_full_text_search_from_the_keyboard_combines_with_filters(qtbot, window, panel):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, window, "Ctrl+F")
    assert panel.filters.search.hasFocus()
    qtbot.keyClicks(panel.filters.search, "digit")
    qtbot.waitUntil(lambda: len(shown(panel)) == 2)
    assert shown(panel) == ["The digital divide widened", "Invest in digital infrastructure"]
    choose(panel.filters.speaker, "Discussant 1")
    assert shown(panel) == ["The digital divide widened"]


def test_a_saved_note_appears_under_its_filter_at_once(qtbot, window, panel, library, demo):
    start_speaking(library, demo, 3, question_index=2)
    choose(panel.filters.question, "Q3")
    panel.new_note()
    qtbot.keyClicks(panel.composer.editor, "Another commitment")
    panel.save()
    assert shown(panel) == ["Mobilize resources for technology", "Another commitment"]


def test_by_question_shows_coverage_and_notes_grouped_by_speaker(panel, library, demo):
    slots = library.slots.for_session(demo.session.id)
    slots[2].question_id, slots[2].spoken_seconds = demo.questions[1].id, 330
    library.slots.update(slots[2])
    panel.by_question_action.trigger()
    view = panel.by_question
    rows = [(c.label, c.notes, c.speaking_seconds) for c in view.coverage.rows]
    assert rows == [("Q1", 1, 0), ("Q2", 2, 330), ("Q3", 1, 0), ("", 1, 0)]
    assert view.coverage.index(1, 2).data() == "5:30"
    view.coverage_view.selectRow(1)
    groups = [view.tree.topLevelItem(i) for i in range(view.tree.topLevelItemCount())]
    assert [g.text(0) for g in groups] == ["Discussant 1 (1)", "Discussant 2 (1)"]
    assert "Invest in digital infrastructure" in groups[1].child(0).text(0)


def test_syntheses_and_key_messages_are_autosaved_with_the_meeting(qtbot, panel, library, demo, window):
    panel.by_question_action.trigger()
    view = panel.by_question
    view.coverage_view.selectRow(1)
    qtbot.keyClicks(view.synthesis, "Participants stressed infrastructure.")
    qtbot.waitUntil(lambda: library.questions.get(demo.questions[1].id).synthesis
                    == "Participants stressed infrastructure.")
    view.coverage_view.selectRow(0)
    assert view.synthesis.toPlainText() == ""
    view.coverage_view.selectRow(1)
    assert view.synthesis.toPlainText() == "Participants stressed infrastructure."
    view.gather_key_messages()
    assert library.sessions.get(demo.session.id).key_messages == (
        "\u2022 Invest in digital infrastructure\n\u2022 Mobilize resources for technology")
    qtbot.keyClicks(view.key_messages, "!")
    window.close()
    assert library.sessions.get(demo.session.id).key_messages.endswith("technology!")
    question = next(q for q in window.questions_panel.model.rows if q.id == demo.questions[1].id)
    assert question.synthesis == "Participants stressed infrastructure."


def test_double_click_in_by_question_opens_the_note_for_editing(panel):
    panel.by_question_action.trigger()
    view = panel.by_question
    view.coverage_view.selectRow(0)
    item = view.tree.topLevelItem(0).child(0)
    view.tree.itemActivated.emit(item, 0)
    assert panel.composer.editing is not None
    assert panel.composer.editor.toPlainText() == "Partnerships with developing countries"


def test_coverage_follows_the_running_speaker_without_losing_the_chosen_question(panel, library, demo):
    panel.by_question_action.trigger()
    assert panel.coverage_timer.isActive()
    view = panel.by_question
    view.coverage_view.selectRow(2)
    first_group = view.tree.topLevelItem(0)
    slots = library.slots.for_session(demo.session.id)
    slots[4].question_id, slots[4].spoken_seconds = demo.questions[2].id, 95
    library.slots.update(slots[4])
    panel.coverage_timer.timeout.emit()
    assert view.coverage.index(2, 2).data() == "1:35"
    assert view.question_id == demo.questions[2].id
    assert view.tree.topLevelItem(0) is first_group
    panel.tabs.setCurrentIndex(0)
    assert not panel.coverage_timer.isActive()


def test_the_export_gets_key_messages_typed_a_moment_ago(qtbot, window, panel, library, demo):
    panel.by_question_action.trigger()
    qtbot.keyClicks(panel.by_question.key_messages, "Fresh key message")
    window.export_summary()
    assert window.export_dialog.meeting.session.key_messages == "Fresh key message"
    window.export_dialog.close()


def test_a_window_shortcut_pressed_while_typing_a_synthesis_sees_it_stored(qtbot, window, panel,
                                                                           library, demo):
    from notes_helpers import press
    from PySide6.QtGui import QAction, QKeySequence

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    seen = []
    action = QAction("Meeting properties", window)
    action.setShortcut(QKeySequence("Ctrl+Alt+J"))
    action.triggered.connect(lambda: seen.append(library.questions.get(demo.questions[0].id).synthesis))
    window.addAction(action)
    panel.by_question_action.trigger()
    panel.by_question.coverage_view.selectRow(0)
    panel.by_question.synthesis.setFocus()
    qtbot.keyClicks(panel.by_question.synthesis, "Just typed")
    press(qtbot, panel.by_question.synthesis, "Ctrl+Alt+J")
    assert seen == ["Just typed"]
