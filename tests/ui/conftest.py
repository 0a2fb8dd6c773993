"""Fixtures the window's tests share."""

import functools

import pytest
import setup_modal  # as the tests import it: one watch list
from PySide6.QtWidgets import QApplication

from roundtable_desktop.domain.languages import language
from roundtable_desktop.ui.language import LanguageSwitcher

GENEROUS_MS = 60_000  # what a test waits for comes in milliseconds; only a broken window takes this long
WAITS = ("waitUntil", "wait_until", "waitSignal", "wait_signal", "waitSignals", "wait_signals",
         "waitCallback", "wait_callback", "waitActive", "wait_active", "waitExposed", "wait_exposed")


def _generous(wait):
    @functools.wraps(wait)
    def generous_wait(*args, timeout: int = GENEROUS_MS, **kwargs):
        return wait(*args, timeout=timeout, **kwargs)
    return generous_wait


@pytest.fixture
def qtbot(qtbot):
    """pytest-qt's qtbot, whose waits give up after a minute unless a test says otherwise: its
    own default of 5 s is a margin on how fast the machine is, and a loaded machine exceeds it.
    Waiting longer costs nothing when the awaited event comes."""
    for name in WAITS:
        setattr(qtbot, name, _generous(getattr(qtbot, name)))
    return qtbot


@pytest.fixture(autouse=True)
def _no_dialog_watch_outlives_its_test():
    """A watch for a modal dialog that never opened stops with its test: it must not act on a
    dialog of the next one."""
    yield
    setup_modal.stop_watching()


@pytest.fixture
def in_language(qapp):
    """``in_language("fr")`` switches the running application's language; English again after."""
    switcher = LanguageSwitcher.of(qapp)

    def use(code: str) -> None:
        switcher.use(language(code))
        QApplication.processEvents()

    yield use
    use("en")
