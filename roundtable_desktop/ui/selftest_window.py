"""The self-test's window check: the Qt part of ``roundtable-desktop --self-test``."""

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from .. import APP_NAME
from ..storage.library import Library
from .application import app_icon
from .main_window import MainWindow


def show_main_window(library: Library, settings_file: Path) -> str:
    """Show the main window on ``library`` (offscreen) with throw-away settings; raise when it
    does not show, has no meeting, or the SVG icon cannot be drawn (Qt's SVG plugin missing)."""
    qInstallMessageHandler(_quiet_offscreen)
    application = QApplication.instance() or QApplication(sys.argv[:1])
    if app_icon().pixmap(32, 32).isNull():
        raise RuntimeError("the app icon cannot be drawn: Qt's SVG support is missing")
    window = MainWindow(library, QSettings(str(settings_file), QSettings.Format.IniFormat))
    try:
        window.show()
        application.processEvents()
        if not window.isVisible() or window.windowTitle() != APP_NAME:
            raise RuntimeError("the main window did not show")
        if window.session_id is None:
            raise RuntimeError("the main window shows no meeting")
        platform = QGuiApplication.platformName()
    finally:
        window.close()
        window.deleteLater()
        application.processEvents()
    return f"shown on the {platform} platform with a meeting open"


def _quiet_offscreen(kind, context, message: str) -> None:
    """Qt's messages on stderr, but the offscreen platform's note that it has no window manager."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)
