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
