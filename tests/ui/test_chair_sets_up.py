"""A meeting the chair's laptop runs (received from it, opened again on the rapporteur's laptop):
its set-up is the chair's. The Agenda and Guiding questions lists, Meeting > Properties,
Participants, Roll call, the closed lists, Add speaker and Floor request change nothing here,
and a line above the Agenda says the chair's laptop runs the meeting; the notes, the syntheses
and the key messages stay the rapporteur's to write. "Run this meeting on this laptop" gives the
set-up back."""

from notes_helpers import type_note
from PySide6.QtWidgets import QDialog

from roundtable_desktop.domain.row_versions import Laptop
from roundtable_desktop.storage.meeting_rows import set_laptop_role
from roundtable_desktop.ui.link import live_actions
from roundtable_desktop.ui.main_window import MainWindow


class _Opened:
    """Stands for a dialog: says it was opened, and is cancelled."""

    opened: list[object] = []

    def __init__(self, *args: object, **kwargs: object) -> None:
        _Opened.opened.append(args)

    def exec(self) -> QDialog.DialogCode:
        return QDialog.DialogCode.Rejected

    def start_roll_call(self) -> None:
        pass


def _received_window(qtbot, library, demo, qsettings, monkeypatch) -> MainWindow:
    with library.database.transaction():
        set_laptop_role(library.database, demo.session.id, Laptop.RAPPORTEUR)
    _Opened.opened = []
    for name in ("roundtable_desktop.ui.agenda_panel.AgendaItemDialog",
                 "roundtable_desktop.ui.questions_panel.QuestionDialog",
                 "roundtable_desktop.ui.setup.properties_dialog.MeetingPropertiesDialog",
                 "roundtable_desktop.ui.setup.participants_dialog.ParticipantsDialog"):
        monkeypatch.setattr(name, _Opened)
    window = MainWindow(library, qsettings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _set_up(library, session_id):
    meeting = library.load_meeting(session_id)
    return ([(i.id, i.title, i.position, i.list_closed_at) for i in meeting.agenda],
            [(q.id, q.text, q.label, q.position) for q in meeting.questions],
            [(p.id, p.name) for p in meeting.participants],
            sorted((s.id, s.position, s.state) for s in meeting.slots))


def _try_every_set_up_change(window) -> None:
    for panel in (window.agenda_panel, window.questions_panel):
        panel.select_row(1)
        for action in panel.edit_actions:  # Ins, Return, Del, Alt+Up, Alt+Down
            action.trigger()
        for button in panel.edit_buttons:
            button.click()
        panel.view.doubleClicked.emit(panel.model.index(1, 1))
        panel.add()
        panel.edit_selected()
        panel.remove_selected()
        panel.move_selected(1)
    setup = window.setup_actions
    for action in (setup.properties_action, setup.participants_action, setup.roll_call_action):
        action.trigger()  # Ctrl+Shift+M, Ctrl+Shift+P, Ctrl+Shift+R
    setup.edit_properties()
    setup.edit_participants()
    for action in (window.list_closing.item_action, window.list_closing.floor_action,
                   window.balance_line.sort_action):  # Ctrl+Shift+L, Ctrl+Shift+O, Ctrl+Shift+S
        action.trigger()
    window.balance_line.sort_floor()
    window.list_closing.toggle(floor=False)
    window.list_closing.toggle(floor=True)
    console = window.console_actions
    for action in (console.add_speaker, console.floor_request):  # Ctrl+Shift+A, Ctrl+Shift+F
        action.trigger()


def test_the_set_up_of_a_meeting_the_chair_runs_changes_nothing_here(
        qtbot, library, demo, qsettings, monkeypatch):
    window = _received_window(qtbot, library, demo, qsettings, monkeypatch)
    session_id = demo.session.id
    before = _set_up(library, session_id)
    _try_every_set_up_change(window)
    assert _Opened.opened == []
    assert _set_up(library, session_id) == before

    line = window.live_link.set_up.line
    assert not line.isHidden()
    assert line.text.startswith("The chair's laptop runs this meeting")
    for panel in (window.agenda_panel, window.questions_panel):
        assert not any(action.isEnabled() for action in panel.edit_actions)
        assert not any(button.isEnabled() for button in panel.edit_buttons)
    setup = window.setup_actions
    assert not any(a.isEnabled() for a in (setup.properties_action, setup.participants_action,
                                           setup.roll_call_action))
    assert not window.list_closing.item_action.isEnabled()
    assert not window.list_closing.floor_action.isEnabled()
    assert not window.balance_line.sort_action.isEnabled()
    assert not window.live_link.share_action.isEnabled()  # only the chair's laptop shares it
    assert window.live_link.share() is None and window.live_link.adapter.server is None
    assert window.setup_actions.import_action.isEnabled()  # a new meeting is this laptop's own
    assert window.duplicate_action.isEnabled()

    panel = window.notes_panel  # the rapporteur's own work stays editable
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    type_note(qtbot, window, "Participants stressed the digital divide.")
    assert [n.text for n in library.notes.for_session(session_id)] == [
        "Participants stressed the digital divide."]
    by_question = panel.by_question
    assert not by_question.synthesis.isReadOnly() and not by_question.key_messages.isReadOnly()
    by_question.key_messages.setPlainText("Close the digital divide.")
    by_question.flush()
    assert library.sessions.get(session_id).key_messages == "Close the digital divide."


def test_running_the_meeting_here_gives_the_set_up_back(qtbot, library, demo, qsettings, monkeypatch):
    window = _received_window(qtbot, library, demo, qsettings, monkeypatch)
    monkeypatch.setattr(live_actions, "confirm", lambda *a: True)
    window.live_link.run_here_action.trigger()
    assert window.live_link.set_up.line.isHidden()
    assert window.live_link.share_action.isEnabled()
    setup = window.setup_actions
    assert all(a.isEnabled() for a in (setup.properties_action, setup.participants_action,
                                       setup.roll_call_action))
    assert window.list_closing.item_action.isEnabled() and window.balance_line.sort_action.isEnabled()
    panel = window.agenda_panel
    assert all(action.isEnabled() for action in panel.edit_actions)
    panel.select_row(0)
    panel.edit_selected()
    setup.properties_action.trigger()
    assert len(_Opened.opened) == 2  # the agenda item's dialog, then the properties
    before = [i.id for i in library.agenda.for_session(demo.session.id)]
    panel.move_selected(1)
    assert [i.id for i in library.agenda.for_session(demo.session.id)] == [before[1], before[0], *before[2:]]
