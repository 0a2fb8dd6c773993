"""A rapporteur typing into the real notes area (offscreen Qt), run as a child process by
test_notes_kill.py, which kills it mid-sentence. Reports on stdout, one line each, after the
fact it reports is true: ``SESSION id``, ``SAVED text`` (the note is committed), ``TYPED
monotonic-seconds text-so-far``, ``DRAFT text`` (the notes area's draft is committed)."""

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from roundtable_desktop.exchange.demo import demo_meeting  # noqa: E402
from roundtable_desktop.storage.library import Library  # noqa: E402
from roundtable_desktop.storage.notes import NotesServices  # noqa: E402
from roundtable_desktop.ui.notes_panel import NotesPanel  # noqa: E402

SAVED_NOTES = [
    "The digital divide widened during the pandemic.",
    "Recommend partnerships on vaccine technology.",
    "Ten new innovation centres by 2025.",
]
LAST_NOTE = ("Participants stressed that science, technology and innovation must reach those "
             "furthest behind, and that open data, open science and shared infrastructure are "
             "the way to a sustainable and resilient recovery for every developing country. ") * 3
KEY_INTERVAL_MS = 25


def report(*parts: str) -> None:
    print("\t".join(parts), flush=True)


def reporting_drafts(services: NotesServices) -> NotesServices:
    """The notes area's services, saying each draft once it is committed."""
    store = services.drafts.save

    def save(session_id: str, target: str, payload: dict) -> None:
        store(session_id, target, payload)
        if not services.drafts.database.connection.in_transaction:
            report("DRAFT", json.dumps(payload.get("text", "")))

    services.drafts.save = save  # type: ignore[method-assign]
    return services


def main() -> int:
    application = QApplication(sys.argv[:1])
    library = Library.open(Path(sys.argv[1]))
    meeting = library.add_meeting(demo_meeting())
    panel = NotesPanel(reporting_drafts(NotesServices.of(library)))
    panel.set_session(meeting.session.id)
    panel.resize(460, 600)
    panel.show()
    panel.activateWindow()
    QTest.qWaitForWindowActive(panel, 60_000)  # a loaded machine may take seconds
    report("SESSION", meeting.session.id)
    script = [(text, True) for text in SAVED_NOTES] + [(LAST_NOTE, False)]
    state = {"note": 0, "char": 0}
    editor = panel.composer.editor

    def step() -> None:
        text, save = script[state["note"]]
        if state["char"] < len(text):
            QTest.keyClicks(editor, text[state["char"]])
            state["char"] += 1
            report("TYPED", f"{time.monotonic():.4f}", json.dumps(text[:state["char"]]))
            return
        if save:
            QTest.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            report("SAVED", json.dumps(text))
            state["note"] += 1
            state["char"] = 0
            return
        timer.stop()
        application.quit()

    panel.new_note()
    timer = QTimer()
    timer.timeout.connect(step)
    timer.start(KEY_INTERVAL_MS)
    return application.exec()


if __name__ == "__main__":
    sys.exit(main())
