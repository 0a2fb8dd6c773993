"""Help > Keyboard shortcuts names the area and the action of every key, in words."""

from roundtable_desktop.ui.console.shortcuts_dialog import shortcut_rows


def test_the_agenda_and_questions_keys_are_listed_under_their_area_in_words(window):
    rows = shortcut_rows(window)
    assert ("Agenda", "Move up", "Alt+Up") in rows
    assert ("Agenda", "Add", "Ins") in rows
    assert ("Guiding questions", "Remove the selected row", "Del") in rows
    assert ("Guiding questions", "Move down", "Alt+Down") in rows
    assert all(menu for menu, _, _ in rows)  # every key says where it works
    assert all(text not in ("\u2191", "\u2193") for _, text, _ in rows)


def test_the_note_box_keys_are_listed(window):
    rows = shortcut_rows(window)
    assert ("Note box", "Save the note", "Ctrl+Return, Ctrl+Enter") in rows
    assert ("Note box", "Leave the note being edited as it was", "Esc") in rows
