"""Where the change path announces what each operation changed. No Qt: the window's adapter
(``ui/changes.py``) and the live link's change feed subscribe here alike."""

import logging
from collections.abc import Callable

from ..domain.changes import OpChanges

log = logging.getLogger(__name__)

Subscriber = Callable[[OpChanges], None]


class ChangeFeed:
    """Observers of committed changes, told in the order they subscribed."""

    def __init__(self) -> None:
        self._subscribers: list[Subscriber] = []

    def subscribe(self, subscriber: Subscriber) -> Callable[[], None]:
        """Hear every announcement from now on; returns the call that stops it."""
        self._subscribers.append(subscriber)
        return lambda: self.unsubscribe(subscriber)

    def unsubscribe(self, subscriber: Subscriber) -> None:
        if subscriber in self._subscribers:
            self._subscribers.remove(subscriber)

    def publish(self, changes: OpChanges) -> None:
        """Tell every subscriber. The change is already committed: a subscriber that fails is
        logged and the others are still told; the caller never sees the failure as its own."""
        for subscriber in list(self._subscribers):
            try:
                subscriber(changes)
            except Exception:
                log.exception("A subscriber to the change feed failed on %s", changes.what)
