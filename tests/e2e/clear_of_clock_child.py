"""Run under a real X server with a window manager: open the floor-request and add-speaker
dialogs from the maximized window and print, as JSON, each dialog's frame (title bar included,
once the window manager has framed it) and the clock area's rectangle on the screen."""

import json
import sys
from pathlib import Path

from PySide6.QtCore import QRect, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from roundtable_desktop.exchange.demo import demo_meeting
from roundtable_desktop.storage.library import Library
from roundtable_desktop.ui.console.placement import global_rect
from roundtable_desktop.ui.main_window import MainWindow

# Polls 100 ms apart: the window manager's frame usually comes within a few; a loaded machine may
# take many seconds, and waiting costs nothing when it comes.
POLLS = 1200


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def main() -> int:
    app = QApplication(sys.argv)
    folder = Path(sys.argv[1])
    library = Library.in_memory()
    library.add_meeting(demo_meeting())
    window = MainWindow(library, QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window.showMaximized()
    panel = window.speakers_panel
    actions = [("floor request", window.console_actions.floor_request),
               ("add speaker", window.console_actions.add_speaker)]
    found: dict[str, object] = {"screen": rect(window.screen().geometry())}
    state = {"last": None, "steady": 0, "polls": 0}

    def settled_window() -> None:
        """Wait until the window manager has framed and maximized the window and it stops
        changing size, then open the first dialog."""
        frame = window.frameGeometry()
        maximized = (frame.height() > window.geometry().height()
                     and frame.width() >= window.screen().availableGeometry().width())
        geometry = rect(frame)
        state["steady"] = state["steady"] + 1 if maximized and geometry == state["last"] else 0
        state["last"] = geometry
        state["polls"] += 1
        if state["steady"] >= 5 or state["polls"] >= POLLS:
            state.update(last=None, steady=0, polls=0)
            open_next()
        else:
            QTimer.singleShot(100, settled_window)

    def open_next() -> None:
        if not actions:
            print(json.dumps(found), flush=True)
            app.quit()
            return
        name, action = actions.pop(0)
        QTimer.singleShot(0, lambda: watch(name))
        action.trigger()  # runs the dialog's own event loop until watch() closes it

    def watch(name: str) -> None:
        dialog = QApplication.activeModalWidget()
        state["polls"] += 1
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(100, lambda: watch(name))
            return
        framed = dialog.frameGeometry().height() > dialog.geometry().height()
        geometry = rect(dialog.frameGeometry())
        state["steady"] = state["steady"] + 1 if framed and geometry == state["last"] else 0
        state["last"] = geometry
        if state["steady"] < 5 and state["polls"] < POLLS:
            QTimer.singleShot(100, lambda: watch(name))
            return
        area = global_rect(panel.meeting_clock).united(global_rect(panel.clock))
        found[name] = {"frame": geometry, "inside": rect(dialog.geometry()), "framed": framed,
                       "clock": rect(global_rect(panel.clock)), "clock_area": rect(area)}
        state.update(last=None, steady=0, polls=0)
        dialog.reject()
        QTimer.singleShot(0, open_next)

    QTimer.singleShot(300, settled_window)
    QTimer.singleShot(540_000, app.quit)  # the test waits 600 s
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
