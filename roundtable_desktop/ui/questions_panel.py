"""The Guiding questions area: Q1, Q2, … in order, editable."""

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ..domain.model import GuidingQuestion
from ..domain.text import clean_line, clean_text
from ..storage.repositories import QuestionRepository
from .record_panel import RecordPanel
from .table_model import Column


class QuestionsPanel(RecordPanel[GuidingQuestion]):
    def __init__(self, questions: QuestionRepository, parent: QWidget | None = None) -> None:
        columns = [
            Column(self.tr("Label"), lambda q: q.label),
            Column(self.tr("Question"), lambda q: q.text),
        ]
        super().__init__(self.tr("Guiding questions"), questions, columns, parent, stretch_column=1)

    def summary(self, rows: list[GuidingQuestion]) -> str:
        return self.tr("%n question(s)", "", len(rows))

    def new_record(self) -> GuidingQuestion:
        position = self.repository.next_position(self.session_id or "")
        return GuidingQuestion(session_id=self.session_id or "", text="", position=position,
                               label=f"Q{self.model.rowCount() + 1}")

    def edit_record(self, record: GuidingQuestion, is_new: bool) -> bool:
        return QuestionDialog(record, is_new, self).exec() == QDialog.DialogCode.Accepted

    def move_selected(self, step: int) -> None:
        super().move_selected(step)
        self._relabel()

    def remove_selected(self) -> None:
        super().remove_selected()
        self._relabel()

    def _relabel(self) -> None:
        """Keep labels Q1…Qn in order when they follow that pattern."""
        changed = False
        for position, question in enumerate(self.model.rows):
            expected = f"Q{position + 1}"
            if question.label != expected and (not question.label or question.label[1:].isdigit()):
                question.label = expected
                self.repository.update(question)
                changed = True
        if changed:
            row = self.selected_row()
            self.reload()
            if row is not None:
                self.select_row(row)


class QuestionDialog(QDialog):
    def __init__(self, question: GuidingQuestion, is_new: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.setWindowTitle(self.tr("New guiding question") if is_new else self.tr("Guiding question"))
        self.label = QLineEdit(question.label)
        self.label.setMaxLength(12)
        self.text = QPlainTextEdit(question.text)
        self.text.setTabChangesFocus(True)
        self.text.setMinimumSize(480, 120)
        form = QFormLayout(self)
        form.addRow(self.tr("&Label:"), self.label)
        form.addRow(self.tr("&Question:"), self.text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.text.setFocus()

    def accept(self) -> None:
        text = clean_text(self.text.toPlainText()).strip()
        if not text:
            self.text.setPlaceholderText(self.tr("A guiding question needs its text"))
            return
        self.question.text = text
        self.question.label = clean_line(self.label.text())
        super().accept()
