"""The window during a meeting, for the README's pictures: the demo meeting with real-looking
speakers, the fourth speaker 5:20 into a 5:00/7:00 slot (wrap up), floor requests waiting, notes
taken, and the presenter display open. Prints READY once painted; quits after a minute.
Run by tools/screenshots.py under Xvfb with a window manager."""

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

SPEAKERS = [
    ("Ms. Shamika Sirimanne", "Director, Division on Technology and Logistics", "UNCTAD"),
    ("H.E. Mr. Peter Major", "Chair of the Commission on Science and Technology for Development", ""),
    ("H.E. Ms. Paula Ingabire", "Minister of ICT and Innovation", "Rwanda"),
    ("Mr. Ahmet Yılmaz", "Deputy Minister of Industry and Technology", "Türkiye"),
    ("Ms. Kim Ji-woo", "Ambassador, Permanent Representative", "Republic of Korea"),
    ("Dr. Ana María Rodríguez Ortiz", "Vice-Minister of Science, Technology and Innovation", "Colombia"),
]
NOTES = [
    "Participants stressed that STI policy must reach the furthest behind first.",
    "Recommended regional centres of excellence for frontier technologies.",
    "Rwanda's drone delivery of blood supplies cited as good practice.",
]


class Clock:
    def __init__(self, start: datetime) -> None:
        self.monotonic = 1000.0
        self.wall = start

    def now(self) -> float:
        return self.monotonic

    def utc(self) -> datetime:
        return self.wall

    def advance(self, seconds: float) -> None:
        self.monotonic += seconds
        self.wall += timedelta(seconds=seconds)


def main(folder: str) -> None:
    app = QApplication(sys.argv)
    app.setApplicationName("Roundtable Desktop")
    from roundtable_desktop.domain.enums import RequestType
    from roundtable_desktop.domain.speaker_request import SpeakerRequest
    from roundtable_desktop.exchange.demo import demo_meeting
    from roundtable_desktop.storage.library import Library
    from roundtable_desktop.ui.main_window import MainWindow

    meeting = demo_meeting()
    # the meeting runs now (the notes area reads the computer's clock): 25 minutes from its start
    started = datetime.now(UTC) - timedelta(seconds=1500)
    opening = (started - timedelta(minutes=2)).astimezone(meeting.session.zone())
    meeting.session.date, meeting.session.start_time = opening.date(), opening.time().replace(microsecond=0)
    meeting.session.end_time = (opening + timedelta(minutes=60)).time().replace(microsecond=0)
    for person, (name, function, organisation) in zip(meeting.participants, SPEAKERS, strict=False):
        person.name, person.function, person.organisation = name, function, organisation
    library = Library.open(Path(folder) / "library.sqlite")
    library.add_meeting(meeting)
    window = MainWindow(library, QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat))
    window.resize(1366, 740)
    window.move(0, 0)
    window.show()
    window.session_bar.reload(meeting.session.id)
    clock = Clock(started)
    controller = window.speakers_panel.controller
    controller.time_source, controller.wall_clock = clock.now, clock.utc
    controller.set_session(None)
    controller.set_session(meeting.session.id)
    for seconds in (560, 290, 330):
        controller.end_and_next()
        clock.advance(seconds)
    controller.end_and_next()  # the second discussant has the floor
    clock.advance(320)
    controller.add_request(SpeakerRequest("Ms. Amina Diallo, Delegate, Senegal",
                                          agenda_item_id=meeting.agenda[3].id))
    controller.add_request(SpeakerRequest("Mr. Jonas Berg, Counsellor, Sweden",
                                          agenda_item_id=meeting.agenda[3].id))
    controller.add_request(SpeakerRequest("Delegate of Chile", request_type=RequestType.POINT_OF_ORDER))
    notes = window.notes_panel
    for text in NOTES:
        notes.new_note_action.trigger()
        notes.composer.editor.set_text(text)
        notes.save()
    notes.new_note_action.trigger()
    notes.composer.editor.set_text("Korea will share its open-data platform with")
    window.console_actions.presenter.trigger()
    controller.tick()

    def ready() -> None:
        controller.tick()
        print("READY", flush=True)

    QTimer.singleShot(2500, ready)
    QTimer.singleShot(60000, app.quit)
    app.exec()
    library.close()


if __name__ == "__main__":
    main(sys.argv[1])
