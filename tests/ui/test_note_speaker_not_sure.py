"""A note whose speaker is not sure: the list and the note box say so, the rapporteur confirms
or changes the speaker (which clears the mark, and Ctrl+Z brings it back), and the summary is
not exported before the rapporteur is told and offered to review them."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from roundtable_desktop.ui.notes.unsure_speaker import review_before_export

WAIT = 30_000


def _unsure_note(qtbot, window):
    panel = window.notes_panel
    panel.link_lost = lambda: True  # as while following, with the link to the chair's laptop lost
    window.console_actions.start_pause.trigger()  # F5: a speaker has the floor
    panel.new_note_action.trigger()
    qtbot.keyClicks(panel.composer.editor, "Who said this?")
    panel.save()
    panel.link_lost = lambda: False
    [note] = window.library.notes.for_session(window.session_id)
    assert note.speaker_unsure and note.participant_id
    return note


def test_the_list_and_the_box_show_the_speaker_as_not_sure(qtbot, window):
    note = _unsure_note(qtbot, window)
    panel = window.notes_panel
    cell = panel.table.notes_model.index(0, 1)
    assert cell.data().endswith("(not sure)")
    assert "written while the link was lost" in panel.table.notes_model.data(cell, 3)  # tooltip
    panel.edit_note(note)
    line = panel.composer.unsure_line
    assert line.isVisibleTo(panel.composer)
    assert line.label.text() == "Speaker not sure: written while the link was lost"


def test_confirming_the_speaker_clears_the_mark_and_undo_brings_it_back(qtbot, window):
    note = _unsure_note(qtbot, window)
    panel = window.notes_panel
    panel.edit_note(note)
    panel.composer.unsure_line.button.click()
    assert not panel.composer.unsure_line.isVisibleTo(panel.composer)
    panel.save()
    confirmed = window.library.notes.get(note.id)
    assert (confirmed.participant_id, confirmed.speaker_unsure) == (note.participant_id, False)
    assert not panel.table.notes_model.index(0, 1).data().endswith("(not sure)")
    panel.undo_action.trigger()
    assert window.library.notes.get(note.id).speaker_unsure is True


def test_changing_the_speaker_clears_the_mark(qtbot, window):
    note = _unsure_note(qtbot, window)
    panel = window.notes_panel
    panel.edit_note(note)
    combo = panel.composer.speaker
    other = next(i for i in range(1, combo.count()) if combo.itemData(i) != note.participant_id)
    combo.setCurrentIndex(other)
    panel.save()
    changed = window.library.notes.get(note.id)
    assert (changed.participant_id, changed.speaker_unsure) == (combo.itemData(other), False)


def _answer(button_text: str, said: list[str]) -> None:
    def click() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        said.append(box.text())
        next(b for b in box.buttons() if b.text() == button_text).click()

    QTimer.singleShot(0, click)


def test_the_export_says_how_many_speakers_are_not_sure_and_offers_to_review_them(qtbot, window):
    note = _unsure_note(qtbot, window)
    notes = window.library.notes.for_session(window.session_id)
    reviewed = []
    said: list[str] = []
    _answer("Review them first", said)
    assert review_before_export(window, notes, reviewed.append) is False
    assert [n.id for n in reviewed] == [note.id]
    assert said[0].startswith("Notes with a speaker not sure: 1.")
    _answer("Export anyway", said)
    assert review_before_export(window, notes, reviewed.append) is True
    assert review_before_export(window, [], reviewed.append) is True  # nothing to ask


def test_a_note_begun_while_the_chairs_laptop_cannot_be_reached_is_marked(qtbot, window):
    """Rejoining after a restart, the chair's laptop not there yet: the speaker is only the last
    one this library saw, so the note is marked; following again without it, it is not."""
    from types import SimpleNamespace

    from roundtable_desktop.link.wire import LinkEvent

    unsure = window.live_link.unsure_speakers
    adapter = window.live_link.adapter
    adapter.follower = SimpleNamespace(session_id=window.session_id, connected=False)
    try:
        unsure._told(LinkEvent.now("unreachable"))
        assert window.notes_panel.link_lost()
        window.console_actions.start_pause.trigger()
        window.notes_panel.new_note_action.trigger()
        qtbot.keyClicks(window.notes_panel.composer.editor, "Before the chair's laptop answered")
        window.notes_panel.save()
        [note] = window.library.notes.for_session(window.session_id)
        assert note.speaker_unsure
    finally:
        adapter.follower = None
    assert not window.notes_panel.link_lost()


def test_the_by_question_view_says_the_speaker_is_not_sure(qtbot, window):
    _unsure_note(qtbot, window)
    panel = window.notes_panel
    panel.show_by_question()
    view = panel.by_question
    view.question_id = None  # the note is tied to no guiding question
    view._fill_tree()
    lines = [view.tree.topLevelItem(i).child(j).text(0) for i in range(view.tree.topLevelItemCount())
             for j in range(view.tree.topLevelItem(i).childCount())]
    assert any("(speaker not sure: written while the link was lost) Who said this?" in line
               for line in lines), lines
