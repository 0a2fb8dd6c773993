"""``roundtable-desktop --self-test``: check an installation headless, from the source or from a
frozen package, on a temporary library that is deleted afterwards (the user's library and
settings are not touched). Prints one line per check; exits 0, or 1 after the first failure,
saying what failed."""

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from . import __version__
from .domain.enums import NoteKind, SlotState
from .domain.ids import utc_now
from .domain.model import Meeting, Note
from .domain.speaker_clock import Phase, SpeakerClock
from .domain.text import clean_text
from .exchange.country_names import state_names
from .exchange.demo import DEMO_TITLE, demo_meeting
from .resources import resources_dir
from .startup import open_library_with_demo
from .storage.library import Library

NOTE_TEXT = "Self-test: participants stressed partnerships for SDG-related technologies \u2014 \u2713"


class SelfTestError(Exception):
    """A check found something wrong; the message says what."""


@dataclass
class Run:
    folder: Path
    library: Library | None = None
    meeting: Meeting | None = None

    @property
    def library_file(self) -> Path:
        return self.folder / "library.sqlite"

    def open(self) -> Library:
        if self.library is None:
            raise SelfTestError("no library is open (an earlier check failed)")
        return self.library


def check_resources(run: Run) -> str:
    folder = resources_dir()
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen and Path(frozen).resolve() not in folder.resolve().parents:
        raise SelfTestError(f"the frozen program uses resources outside its folder: {folder}")
    for part in (("demo", "cstd-2021-concept-note.txt"), ("icons", "roundtable-desktop.svg")):
        if not folder.joinpath(*part).is_file():
            raise SelfTestError(f"{'/'.join(part)} is missing from {folder}")
    return str(folder)


def check_country_names(run: Run) -> str:
    """The six-language names of the States are shipped and read (a frozen build that left the
    file out would show English names only)."""
    names = state_names()
    if len(names.states) != 195 or names.key_of("Allemagne") != "Germany":
        raise SelfTestError(f"the country names hold {len(names.states)} States, not 193 + 2")
    return f"{len(names.states)} States in 6 languages"


def check_time_zones(run: Run) -> str:
    zones = ("Europe/Zurich", "America/New_York", "Asia/Bangkok", "Africa/Nairobi")
    for name in zones:
        ZoneInfo(name)  # raises when the time-zone database (tzdata) is missing
    return f"{len(zones)} zones found"


def check_library(run: Run) -> str:
    run.library = open_library_with_demo(run.library_file)
    titles = [session.title for session in run.library.sessions.all()]
    if titles != [DEMO_TITLE]:
        raise SelfTestError(f"a new library should hold the demo meeting only, it holds {titles}")
    return f"new library {run.library_file.name} holds the demo meeting"


def check_demo_meeting(run: Run) -> str:
    library = run.open()
    created = library.add_meeting(demo_meeting())
    run.meeting = library.load_meeting(created.session.id)
    found = run.meeting
    if (found.session.title, len(found.agenda), len(found.questions), len(found.slots)) != (
            DEMO_TITLE, len(created.agenda), len(created.questions), len(created.slots)):
        raise SelfTestError("the demo meeting read back differs from the one created")
    return f"{len(found.agenda)} agenda items, {len(found.questions)} guiding questions, " \
           f"{len(found.slots)} speakers"


def check_speaker_clock(run: Run) -> str:
    """The first speaker speaks for a fifth of a second on the real clock, is paused, then
    runs over the limit on a simulated clock; what is stored is read back."""
    library, meeting = run.open(), run.meeting
    if meeting is None:
        raise SelfTestError("no demo meeting (an earlier check failed)")
    slot = meeting.slots[0]
    clock = SpeakerClock.from_slot(slot, time.monotonic, utc_now())
    clock.start()
    library.slots.update(clock.store_on(slot, utc_now()))
    time.sleep(0.2)
    clock.pause()
    spoken = clock.spoken()
    if not 0.15 <= spoken < 5 or clock.read().phase is not Phase.NORMAL:
        raise SelfTestError(f"0.2 s of speaking was counted as {spoken:.2f} s")
    simulated = [0.0]
    clock.time_source = lambda: simulated[0]
    clock.resume()
    simulated[0] = clock.limit + 5.0
    over = clock.read()
    clock.end()
    library.slots.update(clock.store_on(slot, utc_now()))
    stored = library.slots.get(slot.id)
    if over.phase is not Phase.OVER or not over.text.startswith("+0:05"):
        raise SelfTestError(f"a speaker 5 s over the limit shows {over.text} ({over.phase})")
    if stored.state is not SlotState.DONE or abs(stored.spoken_seconds - clock.accumulated) > 0.01:
        raise SelfTestError("the speaker's time read back from the library differs")
    return f"{spoken:.2f} s spoken, then {over.text} over the limit; stored and read back"


def check_note(run: Run) -> str:
    library, meeting = run.open(), run.meeting
    if meeting is None:
        raise SelfTestError("no demo meeting (an earlier check failed)")
    slot = meeting.slots[0]
    note = library.notes.add(Note(
        session_id=meeting.session.id, text=clean_text(NOTE_TEXT), kind=NoteKind.KEY_POINT,
        slot_id=slot.id, participant_id=slot.participant_id, agenda_item_id=slot.agenda_item_id,
        question_id=meeting.questions[0].id, sdgs=(9, 17)))
    library.close()  # what was written must be on disk: read it back from a fresh connection
    run.library = Library.open(run.library_file)
    stored = run.library.notes.get(note.id)
    if (stored.text, stored.sdgs, stored.participant_id) != (NOTE_TEXT, (9, 17), slot.participant_id):
        raise SelfTestError("the note read back from the library differs from the one written")
    return "written, and read back after reopening the library"


def check_word_summary(run: Run) -> str:
    """The rapporteur's summary of the demo meeting, reopened with python-docx."""
    import docx

    from .exchange.report import REPORT_NAME, write_docx

    library, meeting = run.open(), run.meeting
    if meeting is None:
        raise SelfTestError("no demo meeting (an earlier check failed)")
    folder = run.folder / "export"
    folder.mkdir()
    path = write_docx(library.load_meeting(meeting.session.id), folder / "summary.docx")
    document = docx.Document(str(path))
    text = "\n".join([p.text for p in document.paragraphs] + [
        cell.text for table in document.tables for row in table.rows for cell in row.cells])
    for expected, what in ((DEMO_TITLE, "the meeting's title"), (REPORT_NAME, "its heading"),
                           ("partnerships for SDG-related technologies", "the note")):
        if expected not in text:
            raise SelfTestError(f"the Word summary does not contain {what}")
    return f"{path.name} written ({path.stat().st_size // 1024} KB), reopened, title and note found"


def check_live_link(run: Run) -> str:
    """The live link's engines load (mDNS, websockets, SPAKE2 and NaCl secretbox), and a pairing
    made in memory with one code seals a note that opens on the other side."""
    import zeroconf

    from .link.pairing import CHAIR, FOLLOWER, KeyExchange, Sealer, answered
    from .link.share import ShareServer  # noqa: F401  (websockets' server)

    follower = KeyExchange("123456", FOLLOWER)
    mine, key = answered("123456", CHAIR, follower.message)
    chair, rapporteur = Sealer(key, CHAIR), Sealer(follower.finish(mine), FOLLOWER)
    sealed = chair.seal(NOTE_TEXT)
    if NOTE_TEXT.encode() in sealed or rapporteur.open(sealed) != NOTE_TEXT:
        raise SelfTestError("a note sealed on one side of the link did not open on the other")
    zeroconf.ServiceBrowser  # noqa: B018  (its browser loads)
    return f"zeroconf {zeroconf.__version__}, websockets, SPAKE2 pairing, a sealed note opened"


def check_window(run: Run) -> str:
    from .ui.selftest_window import show_main_window

    return show_main_window(run.open(), run.folder / "settings.ini")


CHECKS: tuple[tuple[str, Callable[[Run], str]], ...] = (
    ("resources", check_resources),
    ("country names", check_country_names),
    ("time zones", check_time_zones),
    ("library", check_library),
    ("demo meeting", check_demo_meeting),
    ("speaker clock", check_speaker_clock),
    ("note", check_note),
    ("Word summary", check_word_summary),
    ("live link", check_live_link),
    ("main window", check_window),
)


def describe(error: BaseException) -> str:
    if isinstance(error, SelfTestError):
        return str(error)
    where = traceback.extract_tb(error.__traceback__)[-1]
    return f"{type(error).__name__}: {error} ({Path(where.filename).name}, line {where.lineno})"


def installation_kind() -> str:
    """``frozen`` (a package), ``source`` (a checkout, also installed editable) or ``installed``
    (a wheel in an environment)."""
    if getattr(sys, "frozen", False):
        return "frozen"
    checkout = Path(__file__).resolve().parents[1]
    return "source" if (checkout / "pyproject.toml").is_file() else "installed"


def run_self_test() -> int:
    """Run every check in order; stop at the first failure. Returns the exit code."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    print(f"Roundtable Desktop {__version__} self-test ({installation_kind()}, "
          f"Python {sys.version.split()[0]})")
    with tempfile.TemporaryDirectory(prefix="roundtable-self-test-", ignore_cleanup_errors=True) as folder:
        run = Run(Path(folder))
        try:
            for name, check in CHECKS:
                try:
                    detail = check(run)
                except Exception as error:  # noqa: BLE001 — every failure is reported, none escapes
                    print(f"FAIL {name}: {describe(error)}", file=sys.stderr, flush=True)
                    print("Self-test failed.", flush=True)
                    return 1
                print(f"ok   {name}: {detail}", flush=True)
        finally:
            if run.library is not None:
                run.library.close()
    print("Self-test passed.")
    return 0
