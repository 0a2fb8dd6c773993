"""``roundtable-desktop --self-test`` from the source, as a user (or the frozen build) runs it."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_self_test_passes_headless_and_leaves_nothing_behind(tmp_path):
    environment = {k: v for k, v in os.environ.items()
                   if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "ROUNDTABLE_DB")}
    (tmp_path / "tmp").mkdir()
    environment.update(HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"),
                       XDG_CONFIG_HOME=str(tmp_path / "config"), TMPDIR=str(tmp_path / "tmp"))
    result = subprocess.run([sys.executable, "-m", "roundtable_desktop", "--self-test"], cwd=ROOT,
                            env=environment, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    for check in ("resources", "country names", "library", "demo meeting", "speaker clock", "note",
                  "Word summary", "live link", "main window"):
        assert f"ok   {check}:" in result.stdout
    assert result.stdout.rstrip().endswith("Self-test passed.")
    assert "self-test (source, Python" in result.stdout.splitlines()[0]
    assert not (tmp_path / "data").exists()  # no library created in the app-data folder
    assert not list((tmp_path / "tmp").iterdir())  # its temporary library and summary are gone
