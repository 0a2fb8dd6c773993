"""The floor-request and add-speaker dialogs open clear of the whole clock area (the meeting clock
and the speaker's clock down to its "Next:" line), measured with the real frame a window manager
draws (openbox under Xvfb), on a maximized window at 1366x768 and 1280x720. Skipped where Xvfb
or openbox is missing."""

import json
import os
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def _intersects(a: list[int], b: list[int]) -> bool:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    return ax < bx + bw and bx < ax + aw and ay < by + bh and by < ay + ah


def _start_x(tmp_path: Path, size: str) -> tuple[subprocess.Popen, str]:
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", f"{size}x24",
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as stream:
        number = stream.readline().strip()
    assert number, "Xvfb did not start"
    return server, f":{number}"


def _wait_for(path: Path, process: subprocess.Popen, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        assert process.poll() is None and time.monotonic() < deadline, "openbox did not start"
        time.sleep(0.05)


@pytest.mark.parametrize("size", ["1366x768", "1280x720"])
def test_the_request_dialogs_never_cover_the_clock_area(tmp_path, size):
    for tool in ("Xvfb", "openbox"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed")
    server, display = _start_x(tmp_path, size)
    environment = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT))
    managing = tmp_path / "openbox-started"  # openbox runs its --startup command once it manages the screen
    manager = subprocess.Popen(["openbox", "--startup", f"touch {shlex.quote(str(managing))}"],
                               env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_for(managing, manager)  # openbox takes the screen before the window maps (else no frame)
        result = subprocess.run([sys.executable, str(HERE / "clear_of_clock_child.py"), str(tmp_path)],
                                capture_output=True, text=True, env=environment, cwd=ROOT, timeout=600)
    finally:
        manager.terminate()
        server.terminate()
        manager.wait(10)
        server.wait(10)
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines, f"no answer from the window: {result.stdout[-500:]} {result.stderr[-1500:]}"
    found = json.loads(lines[-1])
    width, height = (int(n) for n in size.split("x"))
    assert found["screen"] == [0, 0, width, height]
    for name in ("floor request", "add speaker"):
        seen = found[name]
        assert seen["framed"], seen  # measured with the window manager's frame, title bar included
        assert seen["frame"][3] > seen["inside"][3]
        assert not _intersects(seen["frame"], seen["clock_area"]), (name, seen)
        assert not _intersects(seen["frame"], seen["clock"]), (name, seen)
        x, y, w, h = seen["frame"]
        assert x >= 0 and y >= 0 and x + w <= width and y + h <= height, (name, seen)  # buttons too
