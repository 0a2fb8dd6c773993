"""The notes list (chronological, two lines a note) and its filter bar."""

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import NoteKind
from ...domain.model import GuidingQuestion, Note, Participant
from ...domain.note_links import NO_QUESTION, NoteFilter
from ...domain.sdgs import ordered_sdgs
from ..bidi import read_in_own_order
from ..table_model import Column
from ..vocabulary import label, sdg_label
from .composer import question_caption
from .inline_edit import NotesModel
from .unsure_speaker import speaker_shown, speaker_tooltip, time_shown, time_tooltip

SEARCH_DELAY_MS = 150


class NotesTable(QTableView):
    """Two lines per note; the full text is in the tooltip. Rows have a fixed height so that
    thousands of notes show at once (no per-row measuring)."""

    def __init__(self, names: dict[str, str], questions: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Notes"))
        columns: list[Column[Note]] = [
            Column(self.tr("Time"), time_shown, align_right=True, tooltip=time_tooltip),
            Column(self.tr("Speaker"), lambda n: speaker_shown(names.get(n.participant_id or "", ""), n),
                   tooltip=speaker_tooltip),
            Column(self.tr("Kind"), lambda n: label(n.kind)),
            Column(self.tr("Q"), lambda n: questions.get(n.question_id or "", "")),
            Column(self.tr("SDG"), lambda n: ",".join(map(str, n.sdgs))),
            Column("*", lambda n: "*" if n.key_message else "",
                   tooltip=lambda n: self.tr("Key message") if n.key_message else ""),
            Column(self.tr("Note"), lambda n: n.text, tooltip=lambda n: n.text),
        ]
        self.notes_model = NotesModel(columns, len(columns) - 1, self)
        self.setModel(self.notes_model)
        read_in_own_order(self)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)  # F2: edit_in_place
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(2 * self.fontMetrics().lineSpacing() + 6)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(20)
        self._fit_narrow_columns()
        self.setToolTip(self.tr("F2 edits a note's text in place; Enter or double-click opens it "
                                "in the box below; Delete removes it (Ctrl+Z brings it back)"))

    NARROW_COLUMNS = (46, 88, 76, 26, 32, 20)  # time, speaker, kind, Q, SDG, key message

    def _fit_narrow_columns(self) -> None:
        """Each column but the note's at its width, or wider when its heading needs it (in
        Chinese, "可持续发展目标" is longer than "SDG")."""
        header = self.horizontalHeader()
        margin = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header) + 4
        for column, width in enumerate(self.NARROW_COLUMNS):
            heading = str(self.notes_model.headerData(column, Qt.Orientation.Horizontal))
            self.setColumnWidth(column, max(width, header.fontMetrics().horizontalAdvance(heading) + margin))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:  # the headings ask the new language
            self._fit_narrow_columns()

    def selected_note(self) -> Note | None:
        indexes = self.selectionModel().selectedRows()
        return self.notes_model.record(indexes[0].row()) if indexes else None

    def edit_in_place(self) -> None:
        """F2: edit the selected note's text right in its row."""
        rows = self.selectionModel().selectedRows()
        if rows:
            index = self.notes_model.index(rows[0].row(), self.notes_model.text_column)
            self.setCurrentIndex(index)
            self.edit(index)

    def select_note(self, note_id: str | None) -> bool:
        for row, note in enumerate(self.notes_model.rows):
            if note.id == note_id:
                self.selectRow(row)
                self.scrollTo(self.notes_model.index(row, 0))
                return True
        return False


class FilterBar(QWidget):
    """Search and filters, all combined; ``changed`` fires when any of them moves."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search the notes"))
        self.search.setPlaceholderText(self.tr("Search the notes (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.key_only = QCheckBox(self.tr("Key messages only"))
        self.key_only.setToolTip(self.tr("Only the notes marked as key messages"))
        self.speaker, self.kind, self.question, self.sdg = (QComboBox() for _ in range(4))
        for combo, tip in ((self.speaker, self.tr("Only this speaker's notes")),
                           (self.kind, self.tr("Only notes of this kind")),
                           (self.question, self.tr("Only notes on this guiding question")),
                           (self.sdg, self.tr("Only notes tagged with this SDG"))):
            combo.setToolTip(tip)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(4)
            combo.currentIndexChanged.connect(self.changed)
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in NoteKind:
            self.kind.addItem(label(kind), kind.value)
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Show every note again"))
        self.clear_button.clicked.connect(self.clear)
        self.count = QLabel()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        self.key_only.toggled.connect(lambda _: self.changed.emit())
        first = QHBoxLayout()
        first.addWidget(self.search, 1)
        first.addWidget(self.key_only)
        first.addWidget(self.clear_button)
        second = QGridLayout()  # two by two: "Toutes les questions" is not cut to "Toutes les qu"
        second.setSpacing(3)
        for position, combo in enumerate((self.speaker, self.kind, self.question, self.sdg)):
            second.addWidget(combo, position // 2, position % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(first)
        layout.addLayout(second)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:  # "SDG 4: Quality education", translated
            for index in range(self.sdg.count()):
                number = self.sdg.itemData(index)
                if number is not None:
                    self.sdg.setItemText(index, sdg_label(number))

    def set_meeting(self, participants: Sequence[Participant], questions: Sequence[GuidingQuestion],
                    focus_sdgs: tuple[int, ...]) -> None:
        self.refill(participants, questions, focus_sdgs)
        self.clear()

    def refill(self, participants: Sequence[Participant], questions: Sequence[GuidingQuestion],
               focus_sdgs: tuple[int, ...]) -> None:
        """New speakers or questions in the lists, the filters chosen kept."""
        chosen = [(combo, combo.currentData()) for combo in (self.speaker, self.question, self.sdg)]
        self.blockSignals(True)
        for combo in (self.speaker, self.question, self.sdg):
            combo.clear()
        self.speaker.addItem(self.tr("All speakers"), None)
        for participant in participants:
            self.speaker.addItem(participant.name, participant.id)
        self.question.addItem(self.tr("All questions"), None)
        for position, question in enumerate(questions):
            self.question.addItem(question_caption(question, position), question.id)
            self.question.setItemData(position + 1, question.text, Qt.ItemDataRole.ToolTipRole)
        self.question.addItem(self.tr("No question"), NO_QUESTION)
        self.sdg.addItem(self.tr("All SDGs"), None)
        for number in ordered_sdgs(focus_sdgs):
            self.sdg.addItem(sdg_label(number), number)
        for combo, data in chosen:
            combo.setCurrentIndex(max(0, combo.findData(data)))
        self.blockSignals(False)

    def current(self) -> NoteFilter:
        kind = self.kind.currentData()
        return NoteFilter(
            participant_id=self.speaker.currentData(),
            kind=NoteKind(kind) if kind else None,
            question_id=self.question.currentData(),
            sdg=self.sdg.currentData(),
            key_messages_only=self.key_only.isChecked(),
            text=self.search.text().strip(),
        )

    def clear(self) -> None:
        self.blockSignals(True)
        self.search.clear()
        self._search_timer.stop()
        self.key_only.setChecked(False)
        for combo in (self.speaker, self.kind, self.question, self.sdg):
            combo.setCurrentIndex(0)
        self.blockSignals(False)
        self.changed.emit()

    def show_count(self, shown: int, total: int) -> None:
        if total == 0:
            self.count.setText(self.tr("No notes yet"))
        elif shown != total:
            self.count.setText(self.tr("%1 of %2 notes").replace("%1", str(shown))
                               .replace("%2", str(total)))
        else:
            self.count.setText(self.tr("%n note(s)", "", total))
