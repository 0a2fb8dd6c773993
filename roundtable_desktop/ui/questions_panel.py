"""The Guiding questions area: Q1, Q2, … in order, editable."""

import dataclasses

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
from ..storage.change_path import Edit
from ..storage.repositories import QuestionRepository
from .changes import ActionRunner
from .record_panel import RecordPanel
from .saving_dialog import SavingDialog
from .table_model import Column


class QuestionsPanel(RecordPanel[GuidingQuestion]):
    def __init__(self, questions: QuestionRepository, runner: ActionRunner,
                 parent: QWidget | None = None) -> None:
        columns: list[Column[GuidingQuestion]] = [
            Column(self.tr("Label"), lambda q: q.label),
            Column(self.tr("Question"), lambda q: q.text),
        ]
        super().__init__(self.tr("Guiding questions"), questions, columns, runner, parent,
                         stretch_column=1)

    def summary(self, rows: list[GuidingQuestion]) -> str:
        return self.tr("%n question(s)", "", len(rows))

    def new_record(self) -> GuidingQuestion:
        position = self.repository.next_position(self.session_id or "")
        return GuidingQuestion(session_id=self.session_id or "", text="", position=position,
                               label=f"Q{self.model.rowCount() + 1}")

    def edit_record(self, before: GuidingQuestion | None, record: GuidingQuestion) -> bool:
        return QuestionDialog(record, before, self.runner, self).exec() == QDialog.DialogCode.Accepted

    def write_order(self, edit: Edit, record_type: type, ids: list[str]) -> None:
        edit.reorder(record_type, ids)
        self._relabel(edit, ids)

    def write_removal(self, edit: Edit, record_type: type, record_id: str) -> None:
        edit.remove(record_type, record_id)
        self._relabel(edit, [q.id for q in self.model.rows if q.id != record_id])

    def _relabel(self, edit: Edit, ids: list[str]) -> None:
        """Keep labels Q1…Qn in order when they follow that pattern (in the same operation)."""
        labels = {q.id: q.label for q in self.model.rows}
        for position, question_id in enumerate(ids):
            label, expected = labels[question_id], f"Q{position + 1}"
            if label != expected and (not label or label[1:].isdigit()):
                edit.set_fields(GuidingQuestion, question_id, label=expected)


class QuestionDialog(SavingDialog):
    """A guiding question's label and text; OK stores what was changed (``before`` None: new)."""

    def __init__(self, question: GuidingQuestion, before: GuidingQuestion | None,
                 runner: ActionRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, question.session_id, parent)
        self.question, self.before = question, before
        is_new = before is None
        self.setWindowTitle(self.tr("New guiding question") if is_new else self.tr("Guiding question"))
        self.label = QLineEdit(question.label)
        self.label.setMaxLength(12)
        self.text = QPlainTextEdit(question.text)
        self.text.setTabChangesFocus(True)
        self.text.setMinimumSize(480, 120)
        self.text.setAccessibleName(self.tr("Question"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Label:"), self.label)
        form.addRow(self.tr("&Question:"), self.text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(self.not_saved)
        form.addRow(buttons)
        self.text.setFocus()

    def accept(self) -> None:
        text = clean_text(self.text.toPlainText()).strip()
        if not text:
            self.text.setPlaceholderText(self.tr("A guiding question needs its text"))
            return
        after = dataclasses.replace(self.question, text=text, label=clean_line(self.label.text()))
        what = self.tr("new guiding question") if self.before is None else self.tr("guiding question edit")
        self.store_record(self.before, after, what, typed=text)
