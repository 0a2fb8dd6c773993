"""Composition root: paths, logging, the library, the QApplication and the main window."""

import argparse
import gc
import logging
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QTimer

from . import APP_NAME, __version__
from .domain.errors import RoundtableError

ORGANISATION = "Roundtable Desktop"
LIBRARY_FILE = "library.sqlite"
DB_ENVIRONMENT = "ROUNDTABLE_DB"
EXIT_WHEN_SHOWN = "ROUNDTABLE_EXIT_WHEN_SHOWN"  # start-up benchmarks: print a marker and quit
log = logging.getLogger("roundtable_desktop")


def _name_application() -> None:
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)


def data_dir() -> Path:
    """The platform's app-data folder (``~/.local/share/Roundtable Desktop/Roundtable Desktop``
    on Linux), beside which backups and logs live."""
    _name_application()
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def library_path(cli_path: str | None = None) -> Path:
    """``--db PATH``, else ``$ROUNDTABLE_DB``, else the library in the app-data folder."""
    chosen = cli_path or os.environ.get(DB_ENVIRONMENT)
    return Path(chosen).expanduser() if chosen else data_dir() / LIBRARY_FILE


def log_dir(library: Path) -> Path:
    return library.parent / "logs"


def log_folders(library: Path) -> list[Path]:
    """Where the log may go, in order: beside the library, the app-data folder, the temporary
    folder (a library on a write-protected stick has no writable folder beside it)."""
    temporary = Path(tempfile.gettempdir()) / f"{ORGANISATION} logs"
    return [log_dir(library), data_dir() / "logs", temporary]


def log_file_in(folder: Path) -> Path:
    return folder / "roundtable.log"


class LogPlace:
    """The log file in use, once logging is set up (the unexpected-error dialog names it)."""

    def __init__(self, planned: Path) -> None:
        self.file: Path = planned

    def __call__(self) -> Path:
        return self.file


def setup_logging(folders: Path | list[Path], place: LogPlace | None = None) -> Path | None:
    """A rotating log file in the first of ``folders`` that can be written (set up once the
    window is shown: it costs start-up); None when none can (the log then goes nowhere)."""
    import logging.handlers

    for folder in [folders] if isinstance(folders, Path) else folders:
        log_file = log_file_in(folder)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            handler = logging.handlers.RotatingFileHandler(
                log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        except OSError:
            continue
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root = logging.getLogger()
        root.addHandler(handler)
        root.setLevel(logging.INFO)
        if place is not None:
            place.file = log_file
        return log_file
    return None


def no_display_message() -> str | None:
    """One line explaining how to run without a display, or None when a display is there."""
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return ("Roundtable Desktop needs a display and none was found (DISPLAY is not set): "
            "run it under `xvfb-run -a roundtable-desktop`, or use the command line "
            "(`roundtable-desktop --help`).")


def parse_window_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="roundtable-desktop")
    parser.add_argument("--db", metavar="PATH")
    arguments, _ = parser.parse_known_args(argv)
    return arguments


def main(argv: list[str] | None = None) -> int:
    arguments = parse_window_arguments(sys.argv[1:] if argv is None else argv)
    message = no_display_message()
    if message:
        print(message, file=sys.stderr)
        return 2
    path = library_path(arguments.db)
    log_file = LogPlace(log_file_in(log_dir(path)))

    from .ui.reliability.single_instance import claim_library

    claim = claim_library(path)  # one writer per library
    if claim is None:
        print("Roundtable Desktop is already running on this library: its window was brought "
              "to the front.", file=sys.stderr)
        return 0
    try:
        return _run_window(path, log_file, claim)
    finally:
        claim.release()


def _run_window(path: Path, log_file: LogPlace, claim) -> int:
    from PySide6.QtWidgets import QApplication

    from .ui.application import install_exception_dialog, show_library_error
    from .ui.main_window import MainWindow
    from .ui.reliability.guardian import Reliability, open_library_for_window
    from .ui.wording import error_text

    _name_application()
    application = QApplication(sys.argv[:1])
    application.setApplicationDisplayName(APP_NAME)
    _install_language()
    install_exception_dialog(log_file)
    try:
        library = open_library_for_window(path, claim)  # health check, repair, or read-only
    except RoundtableError as error:
        show_library_error(error_text(error))
        return 1
    if library is None:
        return 1
    window = MainWindow(library)
    reliability = Reliability(window, library, claim)  # disk-trouble bar, backups, restore
    window.show()
    _collect_garbage_again()
    QTimer.singleShot(0, lambda: setup_logging(log_folders(path), log_file))
    if os.environ.get(EXIT_WHEN_SHOWN):
        _quit_once_shown(application)
    code = application.exec()
    reliability.close()
    library.close()
    return code


def _collect_garbage_again() -> None:
    """Garbage collection back on once the window is shown (the launcher turns it off while
    the window is built). What start-up made and keeps is set apart first, so that no later
    collection walks it again: the clock repaints without those pauses."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _install_language() -> None:
    """The window's language: the one chosen in View > Language, else the system's."""
    from PySide6.QtCore import QSettings

    from .ui import settings as prefs
    from .ui.language import LanguageSwitcher, chosen_language

    LanguageSwitcher.of().use(chosen_language(prefs.LANGUAGE.get(QSettings())))


def _quit_once_shown(application) -> None:
    def done() -> None:
        print("window shown", flush=True)
        application.quit()

    QTimer.singleShot(0, done)
