"""Taking notes with the keyboard: Ctrl+N ties the note to whoever speaks, Ctrl+Return saves."""

from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from notes_helpers import press, save_with_keyboard, start_speaking, type_note
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication

from roundtable_desktop.domain.enums import NoteKind
from roundtable_desktop.domain.errors import StorageWriteError
from roundtable_desktop.domain.text import clean_text
from roundtable_desktop.ui.notes.editor import PlainEditor


@pytest.fixture
def panel(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window.notes_panel


def test_ctrl_n_while_a_speaker_talks_ties_the_note_to_them_their_question_and_the_time(
        qtbot, window, panel, library, demo):
    slot = start_speaking(library, demo, 2, question_index=1)
    press(qtbot, window, "Ctrl+N")
    assert QApplication.focusWidget() is panel.composer.editor
    assert panel.composer.speaker.currentText() == "Discussant 1"
    assert panel.composer.question.currentText() == "Q2"
    qtbot.keyClicks(panel.composer.editor, "Technology gaps widened")
    save_with_keyboard(qtbot, panel)
    [note] = library.notes.for_session(demo.session.id)
    assert note.text == "Technology gaps widened"
    assert (note.participant_id, note.slot_id) == (slot.participant_id, slot.id)
    assert note.question_id == demo.questions[1].id
    assert note.agenda_item_id == slot.agenda_item_id
    assert note.meeting_offset_seconds is not None and note.meeting_offset_seconds >= 20 * 60
    assert panel.table.notes_model.rowCount() == 1


def test_with_nobody_speaking_the_note_goes_to_the_last_one_who_spoke(qtbot, window, panel, library, demo):
    slot = start_speaking(library, demo, 3)
    slot.state, slot.actual_end = type(slot.state).DONE, datetime.now(UTC)
    library.slots.update(slot)
    type_note(qtbot, window, "After the clock stopped")
    [note] = library.notes.for_session(demo.session.id)
    assert note.participant_id == slot.participant_id


def test_ctrl_return_leaves_an_empty_box_with_the_same_links(qtbot, window, panel, library, demo):
    start_speaking(library, demo, 2, question_index=0)
    type_note(qtbot, window, "First point")
    assert panel.composer.editor.toPlainText() == ""
    assert panel.composer.speaker.currentText() == "Discussant 1"
    assert panel.composer.question.currentText() == "Q1"
    qtbot.keyClicks(panel.composer.editor, "Second point")
    save_with_keyboard(qtbot, panel)
    notes = library.notes.for_session(demo.session.id)
    assert [n.text for n in notes] == ["First point", "Second point"]
    assert {n.participant_id for n in notes} == {notes[0].participant_id}


def test_typing_on_after_the_floor_moved_follows_the_new_speaker(qtbot, window, panel, library, demo):
    start_speaking(library, demo, 2, question_index=0)
    type_note(qtbot, window, "From the first discussant")
    start_speaking(library, demo, 3, question_index=1)  # F6: the next discussant has the floor
    qtbot.keyClicks(panel.composer.editor, "From the second discussant")
    save_with_keyboard(qtbot, panel)
    first, second = library.notes.for_session(demo.session.id)
    assert panel.names[first.participant_id] == "Discussant 1"
    assert panel.names[second.participant_id] == "Discussant 2"
    assert second.question_id == demo.questions[1].id


def test_a_speaker_picked_by_hand_stays_when_the_floor_moves(qtbot, window, panel, library, demo):
    start_speaking(library, demo, 2)
    press(qtbot, window, "Ctrl+N")
    panel.composer.speaker.setCurrentIndex(panel.composer.speaker.findText("Chair of the Commission"))
    qtbot.keyClicks(panel.composer.editor, "The chair summed up")
    save_with_keyboard(qtbot, panel)
    start_speaking(library, demo, 3)
    qtbot.keyClicks(panel.composer.editor, "And added")
    save_with_keyboard(qtbot, panel)
    assert {panel.names[n.participant_id] for n in library.notes.for_session(demo.session.id)} == {
        "Chair of the Commission"}


def test_kind_key_message_and_question_shortcuts(qtbot, window, panel, library, demo):
    start_speaking(library, demo, 2)
    press(qtbot, window, "Ctrl+N")
    editor = panel.composer.editor
    qtbot.keyClicks(editor, "Ten new centres by 2025")
    press(qtbot, editor, "Ctrl+3")
    press(qtbot, editor, "Ctrl+K")
    press(qtbot, editor, "Alt+3")
    assert panel.composer.kind.currentData() == NoteKind.COMMITMENT.value
    assert panel.composer.question.currentText() == "Q3"
    save_with_keyboard(qtbot, panel)
    [note] = library.notes.for_session(demo.session.id)
    assert (note.kind, note.key_message, note.question_id) == (
        NoteKind.COMMITMENT, True, demo.questions[2].id)
    assert note.text == "Ten new centres by 2025"
    press(qtbot, editor, "Ctrl+9")
    assert panel.composer.current_kind() is NoteKind.FOLLOW_UP
    qtbot.keyClicks(editor, "More")
    press(qtbot, editor, "Alt+9")  # no ninth question: nothing changes, nothing is typed
    assert panel.composer.question.currentText() == "Q3"
    assert editor.toPlainText() == "More"


def test_links_can_be_changed_with_the_mouse(qtbot, window, panel, library, demo):
    start_speaking(library, demo, 2)
    press(qtbot, window, "Ctrl+N")
    composer = panel.composer
    composer.speaker.setCurrentIndex(composer.speaker.findText("Discussant 3"))
    composer.question.setCurrentIndex(2)
    composer.kind.setCurrentIndex(list(NoteKind).index(NoteKind.QUOTE))
    composer.sdg_picker.actions_by_number[9].trigger()
    qtbot.keyClicks(composer.editor, "Quoted")
    save_with_keyboard(qtbot, panel)
    [note] = library.notes.for_session(demo.session.id)
    discussant_3 = next(p for p in demo.participants if p.name == "Discussant 3")
    slot_3 = next(s for s in demo.slots if s.participant_id == discussant_3.id)
    assert (note.participant_id, note.slot_id) == (discussant_3.id, slot_3.id)
    assert (note.question_id, note.kind, note.sdgs) == (demo.questions[1].id, NoteKind.QUOTE, (9,))


def test_the_sdg_picker_lists_all_17_goals_the_focus_ones_first(panel, demo):
    numbers = list(panel.composer.sdg_picker.actions_by_number)
    assert sorted(numbers) == list(range(1, 18))
    assert numbers[:len(demo.session.focus_sdgs)] == sorted(demo.session.focus_sdgs)
    assert panel.composer.sdg_picker.actions_by_number[13].text() == "SDG 13: Climate action"


def test_pasted_rich_text_keeps_the_words_and_drops_formatting_and_bad_characters(qtbot, panel):
    source = QMimeData()
    source.setHtml("<b>Bold</b> <i>claim</i>")
    source.setText("Bold claim\x00 — تكنولوجيا 科技 🚀")
    panel.composer.editor.insertFromMimeData(source)
    assert panel.composer.editor.toPlainText() == "Bold claim\ufffd — تكنولوجيا 科技 🚀"
    assert "<b>" not in panel.composer.editor.document().toHtml().split("<body")[1].split("Bold")[0]


def test_a_long_note_in_many_scripts_is_kept_as_typed(qtbot, panel, library, demo):
    text = ("Participants noted — تكنولوجيا 科技创新 🚀🌍 " * 400).strip()
    panel.composer.editor.setPlainText(text)
    panel.save()
    assert library.notes.for_session(demo.session.id)[0].text == text


def test_a_failed_save_keeps_the_text_in_the_box_and_says_why(qtbot, window, panel, library, demo,
                                                              monkeypatch):
    def full_disk(note):
        raise StorageWriteError("The last change could not be saved: the disk is full.", "disk_full")

    monkeypatch.setattr(panel.services.notes, "add", full_disk)
    press(qtbot, window, "Ctrl+N")
    qtbot.keyClicks(panel.composer.editor, "Precious sentence")
    with qtbot.waitSignal(panel.storage_trouble):  # for the window's disk-trouble bar
        save_with_keyboard(qtbot, panel)
    assert panel.composer.editor.toPlainText() == "Precious sentence"
    assert "disk is full" in panel.message.text() and panel.message.isVisibleTo(panel)
    assert library.notes.for_session(demo.session.id) == []
    assert panel.services.drafts.load(demo.session.id, "capture")["text"] == "Precious sentence"
    monkeypatch.undo()
    save_with_keyboard(qtbot, panel)
    assert [n.text for n in library.notes.for_session(demo.session.id)] == ["Precious sentence"]
    assert not panel.message.isVisibleTo(panel)


@pytest.mark.parametrize("name", ["start_pause", "end_and_next", "end_only", "more_time",
                                  "less_time", "presenter", "floor_request"])
def test_the_chairs_keys_still_work_while_typing_a_note(qtbot, window, panel, name):
    action = getattr(window.console_actions, name)
    action.triggered.disconnect()  # the console's own tests check what the keys do
    fired = []
    action.triggered.connect(lambda: fired.append(name))
    press(qtbot, window, "Ctrl+N")
    qtbot.keyClicks(panel.composer.editor, "typing")
    press(qtbot, panel.composer.editor, action.shortcut().toString())
    assert fired == [name]
    assert panel.composer.editor.toPlainText() == "typing"


def test_empty_box_is_not_saved(qtbot, window, panel, library, demo):
    press(qtbot, window, "Ctrl+N")
    save_with_keyboard(qtbot, panel)
    assert library.notes.for_session(demo.session.id) == []
    assert "Nothing to save" in panel.composer.status.text()
    assert Qt.Key.Key_Return  # the key exists on every platform


def test_every_notes_shortcut_is_in_the_menus_and_the_help_dialog(window, panel):
    from roundtable_desktop.ui.console.shortcuts_dialog import shortcut_rows

    rows = {(menu, key) for menu, _, key in shortcut_rows(window)}
    assert {("Notes", "Ctrl+N"), ("Notes", "Ctrl+F"), ("Notes", "Ctrl+K"), ("Edit", "Ctrl+Z"),
            ("Edit", "Ctrl+Shift+Z, Ctrl+Y"), ("Kind of note", "Ctrl+1"), ("Kind of note", "Ctrl+9"),
            ("Guiding question", "Alt+1"), ("Guiding question", "Alt+3")} <= rows
    assert not any(key == "Alt+4" for _, key in rows)  # the demo has three questions


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=200))
def test_whatever_is_pasted_arrives_cleaned_and_otherwise_as_it_was(qtbot, text):
    editor = PlainEditor()
    qtbot.addWidget(editor)
    source = QMimeData()
    source.setText(text)
    editor.insertFromMimeData(source)
    separators = {0x2028: "\n", 0x2029: "\n", 0xFDD0: "\n", 0xFDD1: "\n"}  # Qt's own marks
    assert editor.text() == clean_text(text.translate(separators))


def test_a_speaker_added_from_the_floor_is_known_to_the_note_at_once(qtbot, window, panel, library, demo):
    from roundtable_desktop.domain.enums import Role, SlotState
    from roundtable_desktop.domain.model import Participant, SpeakerSlot

    newcomer = library.participants.add(Participant(demo.session.id, "Türkiye", role=Role.MEMBER_STATE))
    library.slots.add(SpeakerSlot(demo.session.id, newcomer.id, position=9, state=SlotState.SPEAKING,
                                  last_started_at=datetime.now(UTC), actual_start=datetime.now(UTC)))
    type_note(qtbot, window, "A point from the floor")
    assert panel.composer.speaker.currentText() == "Türkiye"
    assert panel.table.notes_model.index(0, 1).data() == "Türkiye"
    assert panel.filters.speaker.findText("Türkiye") > 0


def test_a_guiding_question_added_during_the_meeting_gets_its_key(qtbot, window, panel, library, demo):
    from roundtable_desktop.domain.model import GuidingQuestion

    library.questions.add(GuidingQuestion(demo.session.id, "A fourth question?", 3, "Q4"))
    window.questions_panel.changed.emit()
    press(qtbot, window, "Ctrl+N")
    press(qtbot, panel.composer.editor, "Alt+4")
    assert panel.composer.question.currentText() == "Q4"
