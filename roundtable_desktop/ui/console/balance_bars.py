"""The shares of speaking time and of interventions by group as bars a chair reads at a glance,
drawn with Qt's painter: per group a label, a solid bar for the share of time and a hatched bar
for the share of interventions, each with its percentage (told apart without colour)."""

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from ...domain.balance import Balance, Share
from ...domain.languages import decimal_text
from ..language import window_language
from ..vocabulary import group_label

TIME_COLOUR = QColor("#1565c0")
TURNS_COLOUR = QColor("#6a1b9a")


def mirrored(widget: QWidget, box: QRectF) -> QRectF:
    """``box`` as laid out left to right, flipped in a right-to-left window (Arabic)."""
    if not widget.isRightToLeft():
        return box
    return QRectF(widget.width() - box.right(), box.top(), box.width(), box.height())


def leading(widget: QWidget) -> Qt.AlignmentFlag:
    return Qt.AlignmentFlag.AlignRight if widget.isRightToLeft() else Qt.AlignmentFlag.AlignLeft


class BalanceBars(QWidget):
    """One group a row; ``title`` above them (``By gender``)."""

    def __init__(self, title: str, shares: list[Share], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.shares = shares
        self.label_width = 0  # shared with the other bars of the view, so their scales line up
        self.setAccessibleName(title)
        self.setAccessibleDescription(self.described())
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.sizeHint().height())

    def rows(self) -> list[tuple[str, float, float]]:
        """``(group, share of time, share of interventions)`` as drawn, in percent."""
        return [(group_label(s.label), s.time_share * 100, s.intervention_share * 100)
                for s in self.shares]

    def natural_label_width(self) -> int:
        return max((self.fontMetrics().horizontalAdvance(g) for g, _, _ in self.rows()), default=0) + 12

    def described(self) -> str:
        """What a screen reader says instead of the bars."""
        return "; ".join(self.tr("{group}: {time:.0f} % of the time, {turns:.0f} % of the "
                                 "interventions").format(group=g, time=t, turns=n)
                         for g, t, n in self.rows())

    def _line(self) -> int:
        return self.fontMetrics().height() + 4

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        line = self._line()
        return QSize(420, line * (2 + 2 * max(1, len(self.shares))) + 8)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        line = self._line()
        metrics = self.fontMetrics()
        align = leading(self) | Qt.AlignmentFlag.AlignVCenter
        bold = self.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(mirrored(self, QRectF(0, 0, self.width(), line)), align, self.title)
        painter.setFont(self.font())
        rows = self.rows()
        label_width = min(self.width() // 3, self.label_width or self.natural_label_width())
        number_width = metrics.horizontalAdvance("100 %") + 8
        bar_width = max(10, self.width() - label_width - number_width - 4)
        y = line + 4
        if not rows:
            painter.drawText(mirrored(self, QRectF(0, y, self.width(), line)), align,
                             self.tr("Nobody has spoken yet."))
        for group, time_share, turn_share in rows:
            elided = metrics.elidedText(group, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.drawText(mirrored(self, QRectF(0, y, label_width - 8, 2 * line)), align, elided)
            for offset, share, colour, hatched in ((0, time_share, TIME_COLOUR, False),
                                                   (line, turn_share, TURNS_COLOUR, True)):
                box = QRectF(label_width, y + offset + 2, bar_width * share / 100, line - 5)
                painter.setPen(QPen(colour, 1))
                painter.setBrush(QBrush(colour, Qt.BrushStyle.BDiagPattern if hatched
                                        else Qt.BrushStyle.SolidPattern))
                painter.drawRect(mirrored(self, box))
                painter.setPen(self.palette().text().color())
                number = QRectF(label_width + bar_width + 4, y + offset, number_width, line - 1)
                painter.drawText(mirrored(self, number), align, f"{share:.0f} %")
            y += 2 * line
        painter.end()


class BalanceLegend(QWidget):
    """What the two bars are: solid for time, hatched for interventions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Legend"))
        self.setFixedHeight(self.fontMetrics().height() + 6)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        metrics = self.fontMetrics()
        align = leading(self) | Qt.AlignmentFlag.AlignVCenter
        x, size = 0, metrics.height() - 2
        for text, colour, hatched in ((self.tr("share of speaking time"), TIME_COLOUR, False),
                                      (self.tr("share of interventions"), TURNS_COLOUR, True)):
            painter.setPen(QPen(colour, 1))
            painter.setBrush(QBrush(colour, Qt.BrushStyle.BDiagPattern if hatched
                                    else Qt.BrushStyle.SolidPattern))
            painter.drawRect(mirrored(self, QRectF(x, 2, size * 2, size)))
            painter.setPen(self.palette().text().color())
            width = metrics.horizontalAdvance(text) + 4
            painter.drawText(mirrored(self, QRectF(x + size * 2 + 6, 0, width, self.height())), align, text)
            x += size * 2 + 18 + width
        painter.end()


def fairness_words(balance: Balance) -> str:
    """The Gini figure in a chair's words, or why there is none yet."""
    if balance.gini is None:
        return QCoreApplication.translate(
            "BalanceView", "Fairness: not measured yet (it needs two people who asked for the floor "
            "and some time spoken).")
    return QCoreApplication.translate(
        "BalanceView", "Fairness: the Gini coefficient of speaking time among the {n} who asked for "
        "the floor is {gini} (0: everyone had the same time; nearer 1: a few had most of "
        "it).").format(n=balance.askers, gini=decimal_text(balance.gini, window_language()))


class BalanceView(QWidget):
    """The Balance tab of the statistics: the legend, bars by gender and by regional group, and
    the fairness figure."""

    def __init__(self, balance: Balance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.balance = balance
        self.gender_bars = BalanceBars(self.tr("By gender"), balance.by_gender)
        self.region_bars = BalanceBars(self.tr("By regional group"), balance.by_region)
        shared = max(self.gender_bars.natural_label_width(), self.region_bars.natural_label_width())
        self.gender_bars.label_width = self.region_bars.label_width = shared
        self.fairness = QLabel(fairness_words(balance))
        self.fairness.setWordWrap(True)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        for widget in (BalanceLegend(), self.gender_bars, self.region_bars, self.fairness):
            layout.addWidget(widget)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
