"""The by-question view: each guiding question's coverage (notes, speaking time, speakers), its
notes grouped by speaker beside the rapporteur's synthesis, and the meeting's key messages.
Both write-ups are stored with the meeting, a second after the last keystroke at most."""

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.durations import mmss
from ...domain.errors import RoundtableError
from ...domain.model import GuidingQuestion, Note
from ...domain.note_links import QuestionCoverage, group_by_speaker
from ..table_model import Column, RecordTableModel
from ..vocabulary import label
from .editor import Autosaver, PlainEditor
from .unsure_speaker import speaker_not_sure, time_shown

NOTE_ROLE = Qt.ItemDataRole.UserRole + 7


class ByQuestionView(QWidget):
    edit_note = Signal(object)
    """A note was double-clicked: open it in the editor."""
    failed = Signal(object)
    """A write-up could not be stored: the RoundtableError (its message says why)."""

    def __init__(self, save_synthesis: Callable[[str, str], None],
                 save_key_messages: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save_synthesis_to, self._save_key_messages_to = save_synthesis, save_key_messages
        self.questions: list[GuidingQuestion] = []
        self.notes: list[Note] = []
        self.names: dict[str, str] = {}
        self.question_id: str | None = None
        self._chosen_once = False
        columns = [
            Column(self.tr("Question"), lambda c: c.label or self.tr("No question"),
                   tooltip=self._question_text),
            Column(self.tr("Notes"), lambda c: str(c.notes), align_right=True),
            Column(self.tr("Speaking"), lambda c: mmss(c.speaking_seconds), align_right=True),
            Column(self.tr("Speakers"), lambda c: str(c.speakers), align_right=True),
        ]
        self.coverage: RecordTableModel[QuestionCoverage] = RecordTableModel(columns, self)
        self.coverage_view = QTableView()
        self.coverage_view.setModel(self.coverage)
        self.coverage_view.verticalHeader().hide()
        self.coverage_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.coverage_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.coverage_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.coverage_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.coverage_view.setToolTip(self.tr("How much of the meeting addressed each guiding "
                                              "question: notes, speaking time, speakers"))
        self.coverage_view.selectionModel().selectionChanged.connect(lambda *_: self._chosen())
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.itemActivated.connect(self._activated)
        self.question_text = QLabel()
        self.synthesis = PlainEditor()
        self.key_messages = PlainEditor()
        for editor in (self.synthesis, self.key_messages):
            editor.setMinimumHeight(48)
        self.key_messages.setPlaceholderText(self.tr("The meeting's key messages, one a line"))
        gather = QPushButton(self.tr("Add the notes marked as key messages"))
        gather.setToolTip(self.tr("Append the notes marked as key messages that are not there yet"))
        gather.clicked.connect(self.gather_key_messages)
        self.synthesis_saver = Autosaver(self._store_synthesis, self)
        self.key_messages_saver = Autosaver(self._store_key_messages, self)
        self.synthesis.textChanged.connect(self.synthesis_saver.changed)
        self.key_messages.textChanged.connect(self.key_messages_saver.changed)
        self.synthesis.focus_lost.connect(self.synthesis_saver.flush)
        self.key_messages.focus_lost.connect(self.key_messages_saver.flush)
        self.synthesis.shortcut_coming.connect(self.synthesis_saver.flush)
        self.key_messages.shortcut_coming.connect(self.key_messages_saver.flush)
        self._layout(gather)

    def _layout(self, gather: QPushButton) -> None:
        synthesis_box = _titled(self.question_text, self.synthesis)
        key_header = QHBoxLayout()
        key_header.addWidget(QLabel(self.tr("<b>Key messages of the meeting</b>")))
        key_header.addStretch()
        key_header.addWidget(gather)
        key_box = QWidget()
        key_layout = QVBoxLayout(key_box)
        key_layout.setContentsMargins(0, 0, 0, 0)
        key_layout.addLayout(key_header)
        key_layout.addWidget(self.key_messages)
        splitter = QSplitter(Qt.Orientation.Vertical)
        for widget in (self.coverage_view, self.tree, synthesis_box, key_box):
            splitter.addWidget(widget)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([110, 150, 110, 90])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # content ---------------------------------------------------------------------------------

    def set_meeting(self, questions: Sequence[GuidingQuestion], key_messages: str) -> None:
        self.flush()
        self.questions = list(questions)
        self.question_id = None
        self._chosen_once = False
        self.key_messages.set_text(key_messages)
        self.key_messages_saver.forget()

    def update_questions(self, questions: Sequence[GuidingQuestion]) -> None:
        """Questions added, changed or removed in the Guiding questions area."""
        self.synthesis_saver.flush()
        self.questions = list(questions)

    def show_notes(self, notes: Sequence[Note], names: dict[str, str],
                   coverage: Sequence[QuestionCoverage]) -> None:
        self.notes, self.names = list(notes), names
        self.update_coverage(coverage)
        self._fill_tree()

    def update_coverage(self, coverage: Sequence[QuestionCoverage]) -> None:
        """New figures (the running speaker's time grows), the chosen question kept."""
        keep = self.question_id
        self.coverage.set_rows(coverage)
        rows = [c.question_id for c in coverage]
        row = rows.index(keep) if self._chosen_once and keep in rows else 0
        self._fit_coverage(len(rows))
        self.coverage_view.selectRow(row)

    def _fit_coverage(self, rows: int) -> None:
        view = self.coverage_view
        height = view.horizontalHeader().height() + rows * view.verticalHeader().defaultSectionSize()
        view.setFixedHeight(height + 2 * view.frameWidth())

    def _question_text(self, coverage: QuestionCoverage) -> str:
        question = self._question(coverage.question_id)
        return question.text if question else self.tr("Notes tied to no guiding question")

    def _question(self, question_id: str | None) -> GuidingQuestion | None:
        return next((q for q in self.questions if q.id == question_id), None)

    def _chosen(self) -> None:
        rows = self.coverage_view.selectionModel().selectedRows()
        if not rows:
            return
        question_id = self.coverage.record(rows[0].row()).question_id
        if question_id == self.question_id and self.tree.topLevelItemCount():
            return
        self.synthesis_saver.flush()
        self.question_id = question_id
        self._chosen_once = True
        question = self._question(question_id)
        label = self.coverage.record(rows[0].row()).label
        self.question_text.setText(self.tr("<b>Synthesis of {question}</b>").format(question=label)
                                   if question else self.tr("<b>Synthesis</b>"))
        self.question_text.setToolTip(question.text if question else "")
        self.synthesis.setPlaceholderText(
            self.tr("Your synthesis of {label}: {text}").format(label=label, text=question.text)
            if question else self.tr("Notes tied to no guiding question have no synthesis."))
        self.synthesis.setEnabled(question is not None)
        self.synthesis.set_text(question.synthesis if question else "")
        self.synthesis_saver.forget()
        self._fill_tree()

    def _fill_tree(self) -> None:
        self.tree.clear()
        chosen = [n for n in self.notes if n.question_id == self.question_id
                  or (self.question_id is None and self._question(n.question_id) is None)]
        for participant_id, notes in group_by_speaker(chosen):
            name = self.names.get(participant_id or "", "") or self.tr("No speaker")
            speaker = QTreeWidgetItem([f"{name} ({len(notes)})"])
            font = speaker.font(0)
            font.setBold(True)
            speaker.setFont(0, font)
            for note in notes:
                mark = "* " if note.key_message else ""
                unsure = f"({speaker_not_sure()}) " if note.speaker_unsure else ""
                line = f"{time_shown(note)}  {mark}[{label(note.kind)}] {unsure}{note.text}"
                child = QTreeWidgetItem(speaker, [line])
                child.setToolTip(0, note.text)
                child.setData(0, NOTE_ROLE, note)
            self.tree.addTopLevelItem(speaker)
        if not chosen:
            empty = QTreeWidgetItem([self.tr("No notes on this question yet.")])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.tree.addTopLevelItem(empty)
        self.tree.expandAll()

    def _activated(self, item: QTreeWidgetItem) -> None:
        note = item.data(0, NOTE_ROLE)
        if note is not None:
            self.edit_note.emit(note)

    def gather_key_messages(self) -> None:
        current = self.key_messages.toPlainText()
        missing = [n.text for n in self.notes if n.key_message and n.text not in current]
        if missing:
            lines = [current.rstrip()] if current.strip() else []
            lines += [f"\u2022 {text}" for text in missing]
            self.key_messages.setPlainText("\n".join(lines))
            self.key_messages.moveCursor(self.key_messages.textCursor().MoveOperation.End)
            self.key_messages_saver.flush()

    # storing ---------------------------------------------------------------------------------

    def flush(self) -> None:
        self.synthesis_saver.flush()
        self.key_messages_saver.flush()

    def _store_synthesis(self) -> bool:
        question = self._question(self.question_id)
        if question is None:
            return True
        text = self.synthesis.text()
        if not self._try(lambda: self._save_synthesis_to(question.id, text)):
            return False
        question.synthesis = text
        return True

    def _store_key_messages(self) -> bool:
        text = self.key_messages.text()
        return self._try(lambda: self._save_key_messages_to(text))

    def _try(self, store: Callable[[], None]) -> bool:
        try:
            store()
        except RoundtableError as error:
            self.failed.emit(error)
            return False
        return True


def _titled(*widgets: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    return box
