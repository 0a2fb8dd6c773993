"""Live balance in the console: the shares of time and of interventions by gender and regional
group for the speakers so far, how many waiting speakers have not spoken yet (marked in the
list), and Ctrl+Shift+S, which sorts the floor requests so that they come first."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout

from ...domain.balance import Balance, Share, meeting_balance, not_yet_spoken
from ...domain.statistics import Statistics, meeting_statistics
from ..language import listed
from ..speakers_panel import SpeakersPanel
from ..vocabulary import group_label
from .actions import with_shortcut_tip
from .controller import ConsoleController
from .frame import ConsoleFrame

SORT_KEY = "Ctrl+Shift+S"
TICKS_PER_REFRESH = 10  # the shares move while someone speaks: once a second is enough


def current_statistics(controller: ConsoleController) -> Statistics:
    """The meeting's statistics as the console holds them now (the Statistics dialog's too)."""
    speakers = controller.speakers
    return meeting_statistics(speakers.items, speakers.slots, controller.people.values(),
                              speakers.spoken_seconds, controller.wall_now)


def current_balance(panel: SpeakersPanel) -> Balance:
    controller = panel.controller
    speakers = controller.speakers
    return meeting_balance(current_statistics(controller), speakers.slots, speakers.spoken_seconds)


# the regional groups by the short names a chair reads at a glance (full names in the statistics)
SHORT_REGIONS: dict[str, str] = {
    "African States": str(QT_TRANSLATE_NOOP("BalanceLine", "Africa")),
    "Asia-Pacific States": str(QT_TRANSLATE_NOOP("BalanceLine", "Asia-Pacific")),
    "Eastern European States": str(QT_TRANSLATE_NOOP("BalanceLine", "Eastern Europe")),
    "Latin American and Caribbean States": str(QT_TRANSLATE_NOOP("BalanceLine", "GRULAC")),
    "Western European and other States": str(QT_TRANSLATE_NOOP("BalanceLine", "WEOG")),
}


def group_words(label: str) -> str:
    short = SHORT_REGIONS.get(label)
    return QCoreApplication.translate("BalanceLine", short) if short else group_label(label)


def shares_words(shares: list[Share]) -> str:
    """``Woman 35/43, Man 65/57``: each group's percent of the time, then of the interventions."""
    return listed(f"{group_words(s.label)} {s.time_share * 100:.0f}/{s.intervention_share * 100:.0f}"
                     for s in shares)


class BalanceLabel(QLabel):
    """The balance line below the speaker list. It asks for the height of its text but needs
    none: the window's minimum height stays what the clock, the buttons and the list need (it
    fits a 1366x768 screen), and only a window at that very minimum squeezes this line."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(super().minimumSizeHint().width(), 0)


class BalanceLine:
    def tr(self, text: str) -> str:
        return QCoreApplication.translate("BalanceLine", text)

    def __init__(self, window: QMainWindow, panel: SpeakersPanel) -> None:
        self.window = window
        self.panel = panel
        self._ticks = 0
        self.sort_action = QAction(self.tr("Sort the floor: not &yet spoken first"), window)
        self.sort_action.setShortcut(QKeySequence(SORT_KEY))
        self.sort_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.sort_action.triggered.connect(lambda *_: self.sort_floor())
        window.addAction(self.sort_action)
        with_shortcut_tip(self.sort_action, self.tr(
            "Floor requests of those who have not spoken yet come first; points of order stay "
            "at the head"))
        window.meeting_menu.addAction(self.sort_action)  # type: ignore[attr-defined]
        self.label = BalanceLabel()
        self.label.setObjectName("balance_line")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Balance so far"))
        self.label.setStyleSheet("QLabel#balance_line { color: palette(text); padding: 2px 4px; }")
        layout = panel.layout()
        if isinstance(layout, QVBoxLayout):
            layout.addWidget(self.label)  # below the list: nothing above it moves
        panel.controller.changed.connect(self.refresh)
        panel.controller.ticked.connect(self._on_tick)

    def _on_tick(self, _frame: ConsoleFrame) -> None:
        self._ticks += 1
        if self._ticks % TICKS_PER_REFRESH == 0:
            self.refresh()

    def text(self) -> str:
        speakers = self.panel.controller.speakers
        if not self.panel.controller.session_id:
            return ""
        balance = current_balance(self.panel)
        waiting_new = len(not_yet_spoken(speakers.slots))
        lines = []
        if balance.by_gender or balance.by_region:
            lines.append(self.tr("So far, % of time / of interventions: {gender}").format(
                gender=shares_words(balance.by_gender)))
            lines.append(self.tr("Regions: {regions}").format(regions=shares_words(balance.by_region)))
        else:
            lines.append(self.tr("So far: nobody has spoken yet."))
        if waiting_new:
            lines.append(self.tr("Waiting, not yet spoken (\u2022 in the list): {n}").format(n=waiting_new))
        return "\n".join(lines)

    def refresh(self) -> None:
        text = self.text()
        if text != self.label.text():
            self.label.setText(text)

    def sort_floor(self) -> bool:
        done = self.panel.controller.sort_floor_first_timers()
        if done:
            self.panel.message_bar.show_message(self.tr(
                "Floor requests sorted: those who have not spoken yet come first."), 6000)
        return done
