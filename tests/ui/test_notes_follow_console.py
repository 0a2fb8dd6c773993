"""A speaker the chair adds in the Speakers area is at once a choice in the Notes area."""

from tests.ui.console_support import when_modal


def _items(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_a_floor_request_appears_in_the_notes_speaker_choices_at_once(window, qtbot):
    def fill(dialog) -> None:
        dialog.who.setText("Amina Diallo")
        dialog.organisation.setText("senegal")
        dialog.accept()

    when_modal(qtbot, fill)
    window.console_actions.floor_request.trigger()
    panel = window.notes_panel
    assert "Amina Diallo" in _items(panel.composer.speaker)
    assert "Amina Diallo" in _items(panel.filters.speaker)


def test_a_quick_added_speaker_appears_in_the_notes_filters_at_once(window, qtbot):
    def fill(dialog) -> None:
        dialog.who.setText("Kenji Sato, Minister, Japan")
        dialog.accept()

    when_modal(qtbot, fill)
    window.console_actions.add_speaker.trigger()
    assert "Kenji Sato" in _items(window.notes_panel.filters.speaker)
    assert "Kenji Sato" in _items(window.notes_panel.composer.speaker)


def test_an_agenda_item_renamed_shows_its_new_title_in_the_note_box(window, library, demo, qtbot):
    item = library.agenda.for_session(demo.session.id)[0]
    item.title = "Presentation of the 2021 report"
    library.agenda.update(item)
    window.agenda_panel.changed.emit()  # what the Agenda area says after its edit dialog
    window.console_actions.start_pause.trigger()
    window.notes_panel.new_note_action.trigger()
    assert "Presentation of the 2021 report" in window.notes_panel.composer.where_label.text()
