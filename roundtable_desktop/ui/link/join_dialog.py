"""File > Join a shared meeting…: the meetings shared on the network (mDNS), or a typed address,
and the code the chair's laptop shows.

Nothing of zeroconf's thread reaches this dialog: a timer on the window's thread reads what the
browser found and whether each address answers, and the browser stops whenever the dialog goes
(accepted, rejected, closed or deleted)."""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ...link.addresses import parse_address
from ...link.discovery import MeetingBrowser
from ...link.meeting_list import AnswerWatch, ListedMeeting, answers, listed
from ...link.pairing import CODE_DIGITS, normal_code
from ..wording import error_text

ADDRESS_ROLE = Qt.ItemDataRole.UserRole  # the row's host:port
KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the meeting's id (else its mDNS name)
REFRESH_MS = 500
LEFT_TO_RIGHT = "\u2066{}\u2069"  # an address reads left to right in an Arabic line too
OWN_DIRECTION = "\u2068{}\u2069"  # a title in the direction of its own first letters


class JoinDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, browse: bool = True,
                 browser: Callable[[], MeetingBrowser] = MeetingBrowser,
                 ask: Callable[[str], bool] = answers) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Join a shared meeting"))
        layout = QVBoxLayout(self)
        self.list_label = QLabel(self.tr("Meetings shared on this network:"))
        layout.addWidget(self.list_label)
        self.meetings = QListWidget()
        self.meetings.setAccessibleName(self.tr("Meetings shared on this network"))
        self.meetings.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a long title: its two ends
        self.meetings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.meetings.setResizeMode(QListView.ResizeMode.Adjust)
        self.meetings.setItemDelegate(_WithinTheList(self.meetings))
        self.meetings.setSpacing(2)  # meetings apart from each other
        self.meetings.currentItemChanged.connect(self._picked)
        layout.addWidget(self.meetings)
        self.searching = QLabel()
        self.searching.setWordWrap(True)
        layout.addWidget(self.searching)
        form = QFormLayout()
        self.address = QLineEdit()
        self.address.setPlaceholderText("192.168.1.5:8765")
        self.code = QLineEdit()
        self.code.setPlaceholderText("123 456")
        form.addRow(self.tr("&Address:"), self.address)
        form.addRow(self.tr("&Code:"), self.code)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.join_button = buttons.addButton(self.tr("&Join"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._join)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.rows: list[ListedMeeting] = []
        self.browser: MeetingBrowser | None = None
        self.answers: AnswerWatch | None = None
        self._refilling = False
        self._show_rows([])
        if browse:
            self._start_looking(browser(), ask)

    # looking on the network ------------------------------------------------------------------

    def _start_looking(self, browser: MeetingBrowser, ask: Callable[[str], bool]) -> None:
        self.browser = browser
        watch = self.answers = AnswerWatch(lambda: [m.address for m in browser.meetings()], ask)
        browser.start()
        watch.start()
        stop = _stopper(browser, watch)  # holds no reference to the dialog
        self.finished.connect(lambda *_: stop())
        self.destroyed.connect(lambda *_: stop())
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh)
        self.timer.start(REFRESH_MS)
        self.searching.setText(self._looking_words())

    def refresh(self) -> None:
        """Read what the browser found and what answers, and show it if it changed."""
        if self.browser is None or self.answers is None:
            return
        found = self.browser.meetings()
        if {m.address for m in found} - set(self.answers.answering()):
            self.answers.ask_now()
        rows = listed(found, self.answers.answering())
        if rows != self.rows:
            self._show_rows(rows)
        self.searching.setText(self._looking_words())  # whether it looks may change too

    def stop_looking(self) -> None:
        if self.browser is not None and self.answers is not None:
            _stopper(self.browser, self.answers)()
            self.timer.stop()

    def done(self, result: int) -> None:  # accepted, rejected or closed: the browser stops
        self.stop_looking()
        super().done(result)

    # the list --------------------------------------------------------------------------------

    def show_meetings(self, rows: list[ListedMeeting]) -> None:
        """Show these rows (the timer does it from what is found; tests may call it)."""
        self._show_rows(rows)

    def _show_rows(self, rows: list[ListedMeeting]) -> None:
        """Fill the list again, keeping the rapporteur's pick (and whatever is typed)."""
        self.rows = list(rows)
        picked = self.meetings.currentItem()
        picked_key = picked.data(KEY_ROLE) if picked is not None else None
        picked_address = picked.data(ADDRESS_ROLE) if picked is not None else None
        self._refilling = True
        try:
            self.meetings.clear()
            for row in rows:
                self.meetings.addItem(self._item(row))
                if row.key == picked_key:
                    self.meetings.setCurrentRow(self.meetings.count() - 1)
                    self._follow_new_share(picked_address, row.meeting.address)
        finally:
            self._refilling = False
        self._fit_addresses()
        self.searching.setText(self._looking_words())

    def _follow_new_share(self, picked_address: str | None, address: str) -> None:
        """The meeting picked is now shared at another address (shared again): the address
        field follows it, unless the rapporteur typed another address since."""
        if picked_address != address and self.address.text().strip() == picked_address:
            self.address.setText(address)

    def _item(self, row: ListedMeeting) -> QListWidgetItem:
        item = QListWidgetItem(f"{OWN_DIRECTION.format(row.meeting.title)}\n{self._address_line(row)}")
        item.setData(ADDRESS_ROLE, row.meeting.address)
        item.setData(KEY_ROLE, row.key)
        item.setToolTip(f"{row.meeting.title}\n{row.meeting.address}")
        if row.answering is False:
            item.setForeground(self.palette().placeholderText())
        return item

    def _address_line(self, row: ListedMeeting) -> str:
        address = LEFT_TO_RIGHT.format(row.meeting.address)
        if row.answering is False:
            return self.tr("{address} \u2014 not answering").format(address=address)
        if row.answering is None:
            return self.tr("{address} \u2014 checking\u2026").format(address=address)
        return address

    def _fit_addresses(self) -> None:
        """The list is at least as wide as its widest address line: the address is never cut,
        a long title is shortened in the middle (its whole text in the tooltip)."""
        metrics, style = self.meetings.fontMetrics(), self.meetings.style()
        margins = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) \
            + 2 * (self.meetings.frameWidth() + self.meetings.spacing()) \
            + style.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        widest = max((metrics.horizontalAdvance(self._address_line(row)) for row in self.rows), default=0)
        self.meetings.setMinimumWidth(widest + margins)

    def _looking_words(self) -> str:
        hint = self.tr("If the meeting is not listed (hotspots often hide it), type the address "
                       "the chair's laptop shows.")
        if self.browser is None:
            return hint
        if not self.browser.looking:
            return self.tr("Cannot look for meetings on this network.") + " " + hint
        there = [row for row in self.rows if row.answering is not False]  # "not answering" aside
        if not there:
            return self.tr("Looking for shared meetings\u2026 none found yet.") + " " + hint
        return self.tr("Meetings found: {count}.").format(count=len(there)) + " " + hint

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is not None and not self._refilling:
            self.address.setText(str(item.data(ADDRESS_ROLE)))
            self.code.setFocus()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._show_rows(self.rows)
        super().changeEvent(event)

    # joining ---------------------------------------------------------------------------------

    def _join(self) -> None:
        try:
            parse_address(self.address.text())
        except ValueError as error:
            self.problem.setText(error_text(error))
            return
        if len(normal_code(self.code.text())) != CODE_DIGITS:
            self.problem.setText(self.tr("The code has 6 digits, as the chair's laptop shows it."))
            return
        self.accept()

    def chosen(self) -> tuple[str, str]:
        return self.address.text().strip(), normal_code(self.code.text())


class _WithinTheList(QStyledItemDelegate):
    """Each row is as wide as the list, never wider: a long title is shortened, not cut off."""

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 (Qt override)
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(min(size.width(), self.view.viewport().width()), size.height())


def _stopper(browser: MeetingBrowser, answers: AnswerWatch) -> Callable[[], None]:
    def stop() -> None:
        browser.stop()
        answers.stop()
    return stop
