"""The chair at the real window (offscreen Qt), run as a child process by
test_chair_tools_kill.py, which kills it with SIGKILL once it has used each of the chair's tools.
Each line on stdout is printed after what it reports is committed:

    SESSION <id> <ended id>  the meeting run, and a second one that has ended
    MESSAGE <text>           Ctrl+F9: the message shown to the speaker
    FLOOR <participant id>   Ctrl+Shift+F: a new participant from Ghana speaking French asks
    SORTED                   Ctrl+Shift+S: the floor sorted, who has not spoken first
    PRESENT <participant id> Ctrl+Shift+R, Space: the first participant marked present
    CLOSED                   Ctrl+Shift+O: the floor closed
    ENDED                    the second meeting's only speaker heard and the meeting over
    DONE                     all of it: the parent kills now

Usage: chair_tools_child.py LIBRARY SETTINGS
"""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from roundtable_desktop.domain.model import Participant, Session, SpeakerSlot  # noqa: E402
from roundtable_desktop.domain.speaker_request import SpeakerRequest  # noqa: E402
from roundtable_desktop.exchange.demo import demo_meeting  # noqa: E402
from roundtable_desktop.storage.library import Library  # noqa: E402
from roundtable_desktop.ui.main_window import MainWindow  # noqa: E402
from roundtable_desktop.ui.setup.participants_dialog import ParticipantsDialog  # noqa: E402

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
WAIT_MS = 60_000  # for the window to be shown or active: a loaded machine may take seconds


def report(*parts: str) -> None:
    print(" ".join(parts), flush=True)


def check(done: bool, what: str) -> None:
    """A step that did not happen ends the run: the parent then says which."""
    if not done:
        report("FAILED", what)
        sys.exit(1)


def ended_meeting(library: Library) -> str:
    session = library.sessions.add(Session(title="A short briefing"))
    speaker = library.participants.add(Participant(session_id=session.id, name="Ms. Briefer"))
    library.slots.add(SpeakerSlot(session_id=session.id, participant_id=speaker.id))
    return session.id


def fill_floor_request(dialog) -> None:
    QTest.keyClicks(dialog.who, "Mr. Kwame Mensah")
    QTest.keyClicks(dialog.organisation, "Ghana")
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    QTest.keyClick(dialog.who, Qt.Key.Key_Return)


def on_next_modal(action) -> None:
    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, attempt)
            return
        action(dialog)

    QTimer.singleShot(0, attempt)


def main() -> int:
    application = QApplication(sys.argv[:1])
    library = Library.open(Path(sys.argv[1]))
    meeting = library.add_meeting(demo_meeting())
    briefing = ended_meeting(library)
    window = MainWindow(library, QSettings(sys.argv[2], QSettings.Format.IniFormat))
    window.show()
    window.show_session(meeting.session.id)
    window.activateWindow()
    QTest.qWaitForWindowExposed(window, WAIT_MS)
    report("SESSION", meeting.session.id, briefing)
    controller = window.speakers_panel.controller
    QTest.keyClick(window, Qt.Key.Key_F5)
    QTest.keyClick(window, Qt.Key.Key_F9, Qt.KeyboardModifier.ControlModifier)
    check(window.speaker_messages.shown_text() == "Please conclude", "no message shown")
    report("MESSAGE", window.speaker_messages.shown_text())
    speaking = controller.participant(controller.speakers.current)
    floor = controller.speakers.interactive_item()
    controller.add_request(SpeakerRequest(speaking.description, agenda_item_id=floor.id))  # again
    on_next_modal(fill_floor_request)
    window.console_actions.floor_request.trigger()
    people = library.participants.for_session(meeting.session.id)
    [ghana] = [p for p in people if p.name == "Mr. Kwame Mensah"]
    report("FLOOR", ghana.id)
    window.activateWindow()
    QTest.qWaitForWindowActive(window, WAIT_MS)
    QTest.keyClick(window, Qt.Key.Key_S, CTRL_SHIFT)
    stored = sorted(library.slots.for_session(meeting.session.id), key=lambda slot: slot.position)
    on_floor = [slot.participant_id for slot in stored if slot.agenda_item_id == floor.id]
    check(on_floor == [ghana.id, speaking.id], "the floor was not sorted")
    report("SORTED")
    roll_call = ParticipantsDialog(library.participants, library.slots, window.session_id, window.settings,
                                   window.runner, window.changes, window)
    roll_call.show()
    roll_call.start_roll_call()
    first = roll_call.selected()
    QTest.keyClick(roll_call.view, Qt.Key.Key_Space)
    roll_call.close()
    check(library.participants.get(first.id).present, "the roll call did not mark present")
    report("PRESENT", first.id)
    window.activateWindow()
    QTest.qWaitForWindowActive(window, WAIT_MS)
    QTest.keyClick(window, Qt.Key.Key_O, CTRL_SHIFT)
    check(library.agenda.get(floor.id).list_closed_at is not None, "the floor was not closed")
    report("CLOSED")
    window.show_session(briefing)
    QTest.keyClick(window, Qt.Key.Key_F5)
    QTest.keyClick(window, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    check(all(s.state.value == "done" for s in library.slots.for_session(briefing)),
          "the briefing's speaker was not heard")
    report("ENDED")
    window.show_session(meeting.session.id)
    report("DONE")
    return application.exec()  # until the parent kills it


if __name__ == "__main__":
    sys.exit(main())
