"""A closed list of speakers: once the chair closes an agenda item's list, nobody more is added
to it but a point of order, unless the chair says so explicitly; the forecast then counts only
the speakers on the list."""

from .enums import RequestType
from .errors import InputError
from .model import AgendaItem
from .translatable import QT_TRANSLATE_NOOP


class ListClosedError(InputError):
    """A speaker refused because their agenda item's list is closed."""

    def __init__(self, item: AgendaItem) -> None:
        self.item = item
        super().__init__(QT_TRANSLATE_NOOP(
            "Console", "The list of speakers for “{item}” is closed: only a point of order can still be "
            "added. Add this speaker anyway only if you mean to.").format(item=item.title))


def is_closed(item: AgendaItem | None) -> bool:
    return item is not None and item.list_closed_at is not None


def check_open(item: AgendaItem | None, request_type: RequestType, override: bool = False) -> None:
    """Raise ListClosedError when ``item``'s list is closed, the request is no point of order and
    the chair did not explicitly override."""
    if is_closed(item) and request_type is not RequestType.POINT_OF_ORDER and not override:
        assert item is not None
        raise ListClosedError(item)
