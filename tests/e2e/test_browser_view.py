"""The browser view in a real browser: headless Chromium opens the shared address and shows the
speaker and the countdown, equal to the console's within a second, also after the chair's F6;
nothing of the notes reaches it."""

import os
import time

import pytest
from headless_browser import CHROMIUM, HeadlessBrowser

from roundtable_desktop.domain.ids import utc_now
from roundtable_desktop.domain.model import Note
from roundtable_desktop.domain.speaker_list import SpeakerList
from tests.link_support import Laptop, chair_library, share

pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="needs Debian's chromium")

REMAINING = "document.getElementById('countdown').dataset.remaining"


def _console_remaining(library, session_id) -> float:
    """What the chair's console shows now: the same reading the presenter display paints."""
    speakers = SpeakerList(library.slots.for_session(session_id), library.agenda.for_session(session_id),
                           time.monotonic, utc_now)
    return speakers.reading().remaining


def _store(library, session_id, changes) -> None:
    for slot in changes.slots:
        library.slots.update(slot)
    for item in changes.items:
        library.agenda.update(item)


def _speakers(library, session_id) -> SpeakerList:
    return SpeakerList(library.slots.for_session(session_id), library.agenda.for_session(session_id),
                       time.monotonic, utc_now)


def test_the_browser_shows_the_speaker_and_the_console_s_countdown(tmp_path):
    session_id = chair_library(tmp_path / "chair.sqlite")
    chair = Laptop(tmp_path / "chair.sqlite")
    library = chair.library
    library.notes.add(Note(session_id, "A confidential note of the rapporteur."))
    speakers = _speakers(library, session_id)
    _store(library, session_id, speakers.toggle())  # F5: the first speaker has the floor
    first = library.participants.get(speakers.current.participant_id).name
    server = share(chair, session_id)
    browser = HeadlessBrowser()
    try:
        browser.open(server.browser_url)
        browser.wait_for(f"document.getElementById('speaker').textContent === {first!r}")
        before = _console_remaining(library, session_id)
        shown = float(browser.wait_for(REMAINING))
        after = _console_remaining(library, session_id)
        assert after - 1 <= shown <= before + 1
        browser.screenshot(tmp_path / "browser-view.png")
        assert "confidential" not in str(browser.value("document.body.innerText"))

        speakers = _speakers(library, session_id)
        _store(library, session_id, speakers.end_and_next())  # F6: the next speaker
        second = library.participants.get(speakers.current.participant_id).name
        assert second != first
        browser.wait_for(f"document.getElementById('speaker').textContent === {second!r}")
        before = _console_remaining(library, session_id)
        shown = float(browser.value(REMAINING))
        after = _console_remaining(library, session_id)
        assert after - 1 <= shown <= before + 1
        assert (tmp_path / "browser-view.png").stat().st_size > 10_000
    finally:
        browser.close()
        server.stop()
        chair.close()
