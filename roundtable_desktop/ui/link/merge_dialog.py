"""What a merge did, and a choice for each record changed on both laptops that no laptop owns."""

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.merge_report import Choice, MergeReport, kind_name
from ..wording import shown


class MergeReportDialog(QDialog):
    """The report's lines; then one box per choice: ticked, the older version is taken instead."""

    def __init__(self, report: MergeReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merged: {title}").format(title=report.title))
        self.report = report
        layout = QVBoxLayout(self)
        lines = report.lines()
        told = lines[:len(lines) - len(report.choices)]
        self.text = text = QPlainTextEdit("\n".join(shown(line) for line in told))
        text.setReadOnly(True)
        layout.addWidget(text)
        self.boxes: list[tuple[QCheckBox, Choice]] = []
        if report.choices:
            layout.addWidget(QLabel(self.tr(
                "Changed on both laptops; the newer version was kept. Tick those where the other "
                "version is the right one:")))
        for choice in report.choices:
            box = QCheckBox(self.tr("The {what} “{label}”: use {values} instead of {kept}").format(
                what=shown(kind_name(choice.kind)), label=choice.label,
                values=_values(choice, choice.other), kept=_values(choice, choice.kept)))
            layout.addWidget(box)
            self.boxes.append((box, choice))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(620, 360)

    def chosen(self) -> list[Choice]:
        """The choices whose other version the user wants."""
        return [choice for box, choice in self.boxes if box.isChecked()]


def _values(choice: Choice, row: dict) -> str:
    return ", ".join(f"“{row.get(column)}”" for column in choice.columns)
