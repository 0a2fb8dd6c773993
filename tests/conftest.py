"""Fixtures shared by every test: a library on disk with the demo meeting, isolated settings;
property tests without a deadline."""

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Property tests judge what the product does, never how fast: Hypothesis's default deadline
# (200 ms an example) and its too-slow health check fail on a loaded machine while the product
# is right, so neither applies to any property test.
settings.register_profile("any-machine", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("any-machine")

from roundtable_desktop.domain.model import Meeting  # noqa: E402
from roundtable_desktop.exchange.demo import demo_meeting  # noqa: E402
from roundtable_desktop.storage.library import Library  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    return tmp_path / "library.sqlite"


@pytest.fixture
def library(library_path: Path):
    library = Library.open(library_path)
    yield library
    library.close()


@pytest.fixture
def demo(library: Library) -> Meeting:
    """The demo meeting, stored in ``library``."""
    return library.add_meeting(demo_meeting())


@pytest.fixture
def qsettings(tmp_path: Path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, library: Library, demo: Meeting, qsettings):
    """The main window on a library holding the demo meeting."""
    from roundtable_desktop.ui.main_window import MainWindow

    main_window = MainWindow(library, qsettings)
    qtbot.addWidget(main_window)
    main_window.show()
    qtbot.waitExposed(main_window, timeout=60_000)  # a loaded machine may take seconds
    return main_window
