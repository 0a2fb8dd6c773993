"""With a projector plugged in, the presenter display opens frameless and full screen on it, or
on the screen the chair picked. Run in a child process: Qt's screens are fixed at start."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCREENS = {"synchronousWindowSystemEvents": True, "windowFrameMargins": False, "screens": [
    {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "dpr": 1},
    {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "dpr": 1},
]}

CHILD = """
import json, sys
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
app = QApplication([])
from roundtable_desktop.exchange.demo import demo_meeting
from roundtable_desktop.storage.library import Library
from roundtable_desktop.ui.main_window import MainWindow
from roundtable_desktop.ui.console.actions import screen_caption
library = Library.in_memory()
library.add_meeting(demo_meeting())
window = MainWindow(library, QSettings(sys.argv[1], QSettings.Format.IniFormat))
window.show()
panel = window.speakers_panel
if len(sys.argv) > 3 and sys.argv[3] == "window-on-projector":
    projector = next(s for s in app.screens() if s.name() == "projector")
    window.windowHandle().setScreen(projector)
    window.move(projector.geometry().topLeft())
    app.processEvents()
if len(sys.argv) > 2 and sys.argv[2]:
    panel.choose_screen(sys.argv[2])
panel.toggle()
panel.toggle_presenter(True)
app.processEvents()
presenter = panel.presenter
print(json.dumps({
    "screen": presenter.screen().name(), "geometry": presenter.geometry().getRect(),
    "frameless": bool(presenter.windowFlags() & Qt.WindowType.FramelessWindowHint),
    "full_screen": presenter.isFullScreen(), "digit_height": presenter.digit_height(),
    "same_text": presenter.shown_text == panel.clock.shown_text,
    "window_screen": window.screen().name(),
    "menu": [screen_caption(s, window.screen(), lambda t: t) for s in app.screens()],
}))
"""


def run_child(tmp_path: Path, *arguments: str) -> dict:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS))
    environment = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
                       PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "s.ini"), *arguments],
                            capture_output=True, text=True, env=environment, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_presenter_display_fills_the_second_screen(tmp_path):
    shown = run_child(tmp_path)
    assert shown["screen"] == "projector" and shown["frameless"] and shown["full_screen"]
    assert shown["geometry"] == [1366, 0, 1920, 1080]
    assert shown["digit_height"] >= 1080 / 5
    assert shown["same_text"]


def test_the_chair_can_put_it_on_another_screen(tmp_path):
    shown = run_child(tmp_path, "laptop")
    assert shown["screen"] == "laptop" and shown["full_screen"]
    assert shown["geometry"] == [0, 0, 1366, 768]


def test_with_the_window_on_the_projector_it_opens_on_the_other_screen(tmp_path):
    shown = run_child(tmp_path, "", "window-on-projector")
    assert shown["window_screen"] == "projector"
    assert shown["screen"] == "laptop" and shown["full_screen"]


def test_never_full_screen_on_the_chairs_own_screen_unless_chosen(tmp_path):
    shown = run_child(tmp_path, "", "window-on-projector")
    assert shown["screen"] != shown["window_screen"]
    chosen = run_child(tmp_path, "projector", "window-on-projector")
    assert chosen["screen"] == "projector" and chosen["full_screen"]


def test_the_screen_menu_names_each_screen_with_its_size_and_the_windows(tmp_path):
    shown = run_child(tmp_path)
    assert shown["menu"] == ["laptop \u2014 1366\u00d7768, the window's screen",
                             "projector \u2014 1920\u00d71080"]
