"""Speaking-time statistics: per speaker and per agenda item planned vs. actual, and by role,
gender and regional group; exported to CSV for the chair's office."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.balance import meeting_balance
from ...domain.durations import mmss
from ...domain.errors import RoundtableError
from ...domain.statistics import GroupFigure, SlotFigure, overrun
from ...exchange.statistics_csv import write_statistics_csv
from ..vocabulary import group_label
from ..wording import error_text
from .balance_bars import BalanceView
from .balance_line import current_statistics
from .controller import ConsoleController


def _signed(seconds: int | None) -> str:
    if seconds is None:
        return ""
    return ("+" if seconds > 0 else "") + mmss(seconds)


class StatisticsDialog(QDialog):
    def __init__(self, controller: ConsoleController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Speaking-time statistics"))
        self.resize(760, 480)
        self.stats = current_statistics(controller)
        self.summary = QLabel(self._summary_text())
        self.tabs = QTabWidget()
        self.tabs.addTab(self._table(
            [self.tr("Speaker"), self.tr("Item"), self.tr("Target"), self.tr("Limit"),
             self.tr("Actual"), self.tr("Against the plan")],
            [[self._speaker(s), s.item, mmss(s.target_seconds), mmss(s.limit_seconds),
              mmss(s.actual_seconds), self._against_plan(s)] for s in self.stats.slots]),
            self.tr("Speakers"))
        self.tabs.addTab(self._table(
            [self.tr("Agenda item"), self.tr("Speakers"), self.tr("Planned"), self.tr("Actual"),
             self.tr("Over/under")],
            [[i.title, str(i.speakers), mmss(i.planned_seconds),
              mmss(i.actual_seconds) if i.actual_seconds is not None else self.tr("not started"),
              _signed(i.over_seconds)] for i in self.stats.items]),
            self.tr("Agenda items"))
        for title, groups in ((self.tr("By role"), self.stats.by_role),
                              (self.tr("By gender"), self.stats.by_gender),
                              (self.tr("By regional group"), self.stats.by_region),
                              (self.tr("By kind of request"), self.stats.by_request)):
            self.tabs.addTab(self._group_table(groups), title)
        speakers = controller.speakers
        self.balance = meeting_balance(self.stats, speakers.slots, speakers.spoken_seconds)
        self.balance_view = BalanceView(self.balance)
        self.tabs.addTab(self.balance_view, self.tr("Balance"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(self.tr("Export CSV\u2026"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.choose_and_export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def _summary_text(self) -> str:
        points = self.stats.points_of_order
        count = self.stats.interventions - points
        text = self.tr("1 intervention") if count == 1 else self.tr("{n} interventions").format(n=count)
        if points:
            text += ", " + (self.tr("1 point of order") if points == 1
                            else self.tr("{n} points of order").format(n=points))
        return self.tr("{counts}, {total} in all").format(counts=text, total=mmss(self.stats.total_seconds))

    def _speaker(self, figure: SlotFigure) -> str:
        if figure.is_point_of_order:
            return self.tr("{name} (point of order)").format(name=figure.speaker)
        return figure.speaker

    def _against_plan(self, figure: SlotFigure) -> str:
        """``0:22 past the limit``: against the limit first, then the target."""
        if figure.over_seconds is None:
            return ""
        kind, seconds = overrun(figure.actual_seconds, figure.target_seconds, figure.limit_seconds)
        return QCoreApplication.translate("Vocabulary", kind.wording).format(time=mmss(seconds))

    def _group_table(self, groups: list[GroupFigure]) -> QTableWidget:
        return self._table(
            [self.tr("Group"), self.tr("Interventions"), self.tr("Total time"), self.tr("Share")],
            [[group_label(g.label), str(g.interventions), mmss(g.total_seconds), f"{g.share * 100:.1f} %"]
             for g in groups])

    def _table(self, headers: list[str], rows: list[list[str]]) -> QTableWidget:
        table = QTableWidget(len(rows), len(headers))
        table.setAccessibleName(headers[0])
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(text))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    def choose_and_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export speaking-time statistics"), str(Path.home() / "speaking-time.csv"),
            self.tr("CSV files (*.csv)"))
        if name:
            self.export(Path(name))

    def export(self, target: Path) -> bool:
        try:
            write_statistics_csv(self.stats, target, self.balance)
        except RoundtableError as error:
            QMessageBox.warning(self, self.tr("Export speaking-time statistics"), error_text(error))
            return False
        self.summary.setText(self.tr("Saved to {path}").format(path=target))
        return True
