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


def test_menus_and_actions_are_named_without_their_access_keys_in_chinese_and_arabic(window, in_language):
    """"文件(&F)" and "ملف(&F)" name the key after the word: the list reads "文件", not "文件(F)"."""
    import re

    for code, file_menu in (("zh", "文件"), ("ar", "ملف")):
        in_language(code)
        rows = shortcut_rows(window)
        marked = [row for row in rows if re.search(r"\([A-Z0-9]\)", row[0] + row[1])]
        assert not marked, (code, marked[:5])
        assert any(menu == file_menu for menu, _, _ in rows), (code, sorted({row[0] for row in rows}))


def test_the_speaker_dialog_s_fields_are_named_without_access_keys_in_chinese(qtbot, window, in_language):
    import re

    from PySide6.QtWidgets import QLineEdit

    from roundtable_desktop.ui.console.dialogs import SpeakerRequestDialog

    in_language("zh")
    dialog = SpeakerRequestDialog(window.speakers_panel.controller, False, window)
    qtbot.addWidget(dialog)
    names = [field.accessibleName() for field in dialog.findChildren(QLineEdit) if field.accessibleName()]
    assert names
    assert not [name for name in names if re.search(r"\([A-Z]\)|[:\uff1a]$", name)], names
