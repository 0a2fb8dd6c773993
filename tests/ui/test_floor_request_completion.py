"""The floor request's fields complete as the chair's assistant types: a participant by part of
their name or function, a country by part of its name."""

from roundtable_desktop.ui.console.dialogs import SpeakerRequestDialog


def _completions(line_edit, typed: str) -> list[str]:
    completer = line_edit.completer()
    completer.setCompletionPrefix(typed)
    model = completer.completionModel()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_the_country_and_the_participant_are_offered_from_a_few_letters(window, qtbot):
    dialog = SpeakerRequestDialog(window.speakers_panel.controller, True, window)
    qtbot.addWidget(dialog)
    assert _completions(dialog.organisation, "sene") == ["Senegal"]
    assert "Côte d'Ivoire" in _completions(dialog.organisation, "ivoire")
    offered = _completions(dialog.who, "secretariat")
    assert len(offered) == 1 and offered[0].startswith("Commission secretariat")
