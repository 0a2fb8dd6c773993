"""The window's side of the change path: the announcement as a Qt signal, and one way for every
action to run an operation and handle a refused write.

``ChangeSignals.changed`` carries each :class:`OpChanges` once committed; areas refresh from it
(and never write back a copy of a row they hold). ``ActionRunner.run`` does an operation for an
area: when the library refuses the write, the area keeps the user's input where it was typed and
says it is not saved (``Attempt.problem``), the disk-trouble bar (when the window has one) keeps
the operation and retries it, and ``on_stored`` is called only once it is stored, now or later.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ..domain.errors import RoundtableError, StorageWriteError
from ..storage.change_feed import ChangeFeed
from ..storage.change_path import Applied, ChangePath, Edit
from .wording import error_text

T = TypeVar("T")


class ChangeSignals(QObject):
    """The feed's announcements as a signal (on the window's thread: the library is used there)."""

    changed = Signal(object)  # OpChanges

    def __init__(self, feed: ChangeFeed, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = feed.subscribe(self.changed.emit)
        self.destroyed.connect(lambda *_: self._stop())

    def close(self) -> None:
        self._stop()


class RetryKeeper(Protocol):
    """What keeps a refused operation and retries it (the disk-trouble bar's WriteGuard)."""

    def attempt(self, description: str, operation: Callable[[], object], text: str = "",
                key: str | None = None,
                gave_up: Callable[[RoundtableError], None] | None = None) -> bool: ...

    def forget(self, key: str) -> None: ...


@dataclass(frozen=True)
class Attempt:
    """How an action went: stored now, kept for a retry, or refused with a message."""

    stored: bool
    problem: str = ""  # what to show where the input was typed
    kept: bool = False  # the disk-trouble bar retries it; ``on_stored`` follows when it works
    error: RoundtableError | None = None  # why it was not stored


translate = QCoreApplication.translate


class ActionRunner(QObject):
    """Runs the window's operations; one refused-write handling for every area."""

    refused = Signal(str)  # an action was not stored: the message, for a status line

    def __init__(self, path: ChangePath, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.keeper: RetryKeeper | None = None

    def use_keeper(self, keeper: RetryKeeper | None) -> None:
        """The disk-trouble bar's guard: refused operations are kept and retried by it."""
        self.keeper = keeper

    def run(self, what: str, session_id: str | None, write: Callable[[Edit], Any], *,
            initiator: object | None = None, typed: str = "", key: str | None = None,
            on_stored: Callable[[Applied[Any]], None] | None = None,
            on_problem: Callable[[str], None] | None = None) -> Attempt:
        """Do ``write`` as one operation. ``typed`` is what the user typed, copied to the
        emergency file while it waits; ``key`` names the edit, so that saving the same dialog
        again replaces the kept operation rather than adding a second; ``on_problem`` hears of
        a kept operation that later could not be stored (a stale write) and why."""

        def operation() -> None:
            applied = self.path.run(what, session_id, write, initiator=initiator)
            if on_stored is not None:
                on_stored(applied)

        def gave_up(error: RoundtableError) -> None:
            self.refused.emit(error_text(error))
            if on_problem is not None:
                on_problem(error_text(error))

        try:
            if self.keeper is None:
                operation()
                return Attempt(True)
            if self.keeper.attempt(what, operation, typed, key, gave_up):
                return Attempt(True)
        except StorageWriteError as error:  # no bar to retry it: the input stays, not saved
            return self._refused(not_saved(error_text(error)), error)
        except RoundtableError as error:
            return self._refused(error_text(error), error)
        last = getattr(self.keeper, "last_error", None)
        return self._refused(not_saved_kept(), last if isinstance(last, RoundtableError) else None,
                             kept=True)

    def forget(self, key: str) -> None:
        """The user gave up on a kept edit (cancelled its dialog): it is not retried."""
        if self.keeper is not None:
            self.keeper.forget(key)

    def _refused(self, problem: str, error: RoundtableError | None, kept: bool = False) -> Attempt:
        self.refused.emit(problem)
        return Attempt(False, problem, kept, error)


def not_saved(reason: str) -> str:
    return translate("ActionRunner", "Not saved: {reason} What you entered is kept here; try again.").format(
        reason=reason)


def not_saved_kept() -> str:
    return translate("ActionRunner",
                     "Not saved yet: the library does not take writes now (the bar above says why). "
               "What you entered stays here and is saved as soon as it does.")
