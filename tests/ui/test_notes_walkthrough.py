"""A rapporteur takes notes through the whole demo meeting with the keyboard while the chair's
assistant moves the floor with F5/F6 on the same laptop; every note ends up under its speaker
and question, and the by-question view and a restart show them all."""

from notes_helpers import press, save_with_keyboard

from roundtable_desktop.ui.main_window import MainWindow

# (speaker, Alt+n question or None, Ctrl+n kind or None, key message, note)
MEETING = [
    ("Commission secretariat", None, "Ctrl+7", False, "Half of the world is offline"),
    ("Co-Chair of the STI Forum", 1, "Ctrl+2", True, "Build partnerships with developing countries"),
    ("Discussant 1", 2, "Ctrl+5", False, "The digital divide widened"),
    ("Discussant 1", 2, "Ctrl+6", False, "Proposal: a global broadband fund"),
    ("Discussant 2", 3, "Ctrl+3", True, "We commit 10 million to capacity building"),
    ("Discussant 3", 1, None, False, "Open science helps everyone"),
    ("Discussant 4", 3, "Ctrl+9", False, "Secretariat to circulate the report"),
]


def test_a_whole_meeting_of_notes_taken_with_the_keyboard(qtbot, window, library, demo, qsettings):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    panel = window.notes_panel
    editor = panel.composer.editor
    speaking = None
    for speaker, question, kind, key, text in MEETING:
        if speaker != speaking:
            press(qtbot, window, "F5" if speaking is None else "F6")  # the floor moves
            speaking = speaker
        press(qtbot, window, "Ctrl+N")
        assert panel.composer.speaker.currentText() == speaker
        qtbot.keyClicks(editor, text)
        if question:
            press(qtbot, editor, f"Alt+{question}")
        if kind:
            press(qtbot, editor, kind)
        if key:
            press(qtbot, editor, "Ctrl+K")
        save_with_keyboard(qtbot, panel)

    stored = library.notes.for_session(demo.session.id)
    names = {p.id: p.name for p in demo.participants}
    questions = {q.id: position + 1 for position, q in enumerate(demo.questions)}
    assert [(names[n.participant_id], questions.get(n.question_id), n.key_message, n.text)
            for n in stored] == [(s, q, k, t) for s, q, _, k, t in MEETING]
    times = [n.meeting_offset_seconds for n in stored]
    assert None not in times and times == sorted(times)

    panel.by_question_action.trigger()
    rows = {c.label: c.notes for c in panel.by_question.coverage.rows}
    assert rows == {"Q1": 2, "Q2": 2, "Q3": 2, "": 1}

    window.close()
    again = MainWindow(library, qsettings)
    qtbot.addWidget(again)
    assert again.notes_panel.table.notes_model.rowCount() == len(MEETING)
    assert again.notes_panel.composer.editor.toPlainText() == ""
