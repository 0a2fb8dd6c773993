"""The window as a screen reader sees it: under Xvfb, on a private D-Bus session with Qt's
accessibility on, Debian's pyatspi finds the console's clock, the speaker list and the note box
by name. Skipped where pyatspi, Xvfb or dbus-run-session is not installed."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SYSTEM_PYTHON = "/usr/bin/python3"
WANTED = ["Speaker's clock", "Speaker list", "Note text"]


def _pyatspi_python() -> str | None:
    """This interpreter if it can import pyatspi, else the system's (Debian packages it there)."""
    for python in (sys.executable, SYSTEM_PYTHON):
        if Path(python).exists() and subprocess.run(
                [python, "-c", "import pyatspi"], capture_output=True, timeout=300).returncode == 0:
            return python
    return None


def test_the_clock_the_speaker_list_and_the_note_box_are_found_by_name(tmp_path):
    probe_python = _pyatspi_python()
    if probe_python is None:
        pytest.skip("pyatspi is not installed (Debian: python3-pyatspi)")
    for tool in ("Xvfb", "dbus-run-session"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed")
    environment = dict(os.environ, TMPDIR_SESSION=str(tmp_path), PYTHONPATH=str(ROOT))
    environment.pop("DBUS_SESSION_BUS_ADDRESS", None)
    environment.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        ["dbus-run-session", "--", str(HERE / "atspi_session.sh"), sys.executable, probe_python,
         str(HERE / "atspi_probe.py"), *WANTED],
        capture_output=True, text=True, env=environment, cwd=ROOT, timeout=600)
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines, f"no answer from the probe: {result.stdout[-500:]} {result.stderr[-1500:]}"
    found = json.loads(lines[-1])
    assert sorted(found) == sorted(WANTED), (found, (tmp_path / "app.log").read_text()[-1500:])
    assert {entry["app"] for entry in found.values()} == {"Roundtable Desktop"}
    assert found["Note text"]["role"] == "text"
    assert found["Speaker list"]["role"] == "table"
