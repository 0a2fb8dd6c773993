"""The command line, run as a user would: a subprocess."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from roundtable_desktop.exchange.demo import DEMO_QUESTIONS, DEMO_TITLE

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    inherited = {k: v for k, v in os.environ.items() if k != "ROUNDTABLE_DB"}
    environment = {**inherited, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run([sys.executable, "-m", "roundtable_desktop", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=300, env=environment)


@pytest.fixture
def home(tmp_path: Path) -> dict:
    """A private home, so the default library is created under tmp_path."""
    return {"HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"),
            "XDG_CONFIG_HOME": str(tmp_path / "config")}


def test_the_default_library_starts_with_the_demo_and_show_latest_prints_it(home, tmp_path):
    listing = run("sessions", env=home)
    assert listing.returncode == 0, listing.stderr
    assert DEMO_TITLE in listing.stdout
    assert "2021-05-17" in listing.stdout
    assert list((tmp_path / "data").rglob("library.sqlite"))
    shown = run("show", "latest", "--json", env=home)
    assert shown.returncode == 0, shown.stderr
    meeting = json.loads(shown.stdout)
    assert meeting["format"] == "roundtable-session" and meeting["version"] == 1
    assert meeting["session"]["title"] == DEMO_TITLE
    assert [q["text"] for q in meeting["guiding_questions"]] == list(DEMO_QUESTIONS)
    assert set(meeting) >= {"agenda", "participants", "speaker_slots", "notes", "speaker_messages"}


def test_show_counts_the_messages_to_the_speaker(home, tmp_path, library_path, library, demo):
    from datetime import UTC, datetime

    from roundtable_desktop.domain.speaker_message import UsualMessage

    library.speaker_messages.send(demo.session.id, "Please conclude", UsualMessage.CONCLUDE,
                                  demo.slots[0].id, datetime(2021, 5, 17, 13, 9, tzinfo=UTC))
    library.close()
    shown = run("show", demo.session.id, "--db", str(library_path), env=home)
    assert shown.returncode == 0, shown.stderr
    assert "0 notes, 1 message to the speaker" in shown.stdout


def test_db_option_and_environment_choose_the_library(home, tmp_path, library_path, library, demo):
    library.close()
    by_option = run("show", demo.session.id[:8], "--db", str(library_path), env=home)
    assert by_option.returncode == 0, by_option.stderr
    assert DEMO_TITLE in by_option.stdout
    by_environment = run("sessions", env={**home, "ROUNDTABLE_DB": str(library_path)})
    assert demo.session.id in by_environment.stdout


def test_an_unknown_meeting_is_one_line_and_exit_2(library_path, library, demo):
    library.close()
    result = run("show", "deadbeef", "--db", str(library_path))
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "No meeting with id deadbeef" in result.stderr


def test_bad_arguments_and_a_missing_library_write_nothing(tmp_path):
    missing = tmp_path / "nowhere.sqlite"
    result = run("show", "latest", "--db", str(missing))
    assert result.returncode == 2 and "No library at" in result.stderr
    assert not missing.exists()
    bad = run("frobnicate")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    assert bad.stderr.count("\n") == 1


def test_an_unreadable_library_is_one_line_not_a_traceback(tmp_path):
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"\x00garbage" * 512)
    result = run("sessions", "--db", str(junk))
    assert result.returncode in (1, 2)
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1


def test_without_a_display_the_window_explains_itself(tmp_path):
    environment = {k: v for k, v in os.environ.items()
                   if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "roundtable_desktop", "--db",
                             str(tmp_path / "lib.sqlite")], cwd=ROOT, capture_output=True,
                            text=True, timeout=300, env=environment)
    if sys.platform != "linux":
        pytest.skip("the display check is for Linux")
    assert result.returncode == 2
    assert "xvfb-run" in result.stderr and result.stderr.count("\n") == 1
