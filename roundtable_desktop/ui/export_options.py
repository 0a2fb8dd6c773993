"""The Word and Markdown summary's choices in the export dialog: the document type, the preset
(For circulation, Full record) with each section switchable, the introduction as it will read
(generated from the facts, editable, stored with the meeting) and the template's own style names."""

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from ..domain.enums import DocumentType
from ..domain.languages import LANGUAGES
from ..domain.model import Meeting
from ..domain.text import clean_text
from ..exchange.report.attribution import Attribution
from ..exchange.report.introduction import generated_introduction
from ..exchange.report.options import Preset, ReportOptions, Section, parse_style_names
from .language import LanguageSwitcher
from .settings import Setting

EXPORT_PRESET = Setting("export/preset", Preset.CIRCULATION.value)
EXPORT_SECTIONS = Setting("export/sections", "")  # empty: the preset's
EXPORT_STYLE_NAMES = Setting("export/style_names", "")


class SummaryOptions(QWidget):
    changed = Signal()

    def __init__(self, meeting: Meeting, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meeting = meeting
        self.settings = settings
        self.attribution = Attribution.NAMED
        self.document_type = QComboBox()
        for kind, label in (
            (DocumentType.RAPPORTEUR_SUMMARY, self.tr("Summary by the Rapporteur")),
            (DocumentType.CHAIR_SUMMARY, self.tr("Chair’s summary")),
            (DocumentType.RAPPORTEUR_REPORT, self.tr("Rapporteur’s report")),
        ):
            self.document_type.addItem(label, kind.value)
        self.document_type.setCurrentIndex(
            max(0, self.document_type.findData(meeting.session.document_type.value))
        )
        self.language = QComboBox()  # the summary's own language, not the window's
        for language in LANGUAGES:
            self.language.addItem(language.native_name, language.code)
        chosen = meeting.session.summary_language or LanguageSwitcher.of().current.code
        self.language.setCurrentIndex(max(0, self.language.findData(chosen)))
        self.language.setToolTip(self.tr("The language the summary is written in: its headings, dates "
                                         "and introduction (the notes stay as typed)"))
        self.preset = QComboBox()
        self.preset.addItem(
            self.tr("For circulation: introduction, discussion, key messages, recommendations"),
            Preset.CIRCULATION.value,
        )
        self.preset.addItem(
            self.tr("Full record: everything, with the statistics and annexes"), Preset.FULL.value
        )
        self.boxes = {section: QCheckBox(label) for section, label in self._section_labels().items()}
        self.introduction = QPlainTextEdit()
        self.introduction.setAccessibleName(self.tr("Introduction"))
        self.introduction.setTabChangesFocus(True)
        self.introduction.setFixedHeight(96)
        self.regenerate = QPushButton(self.tr("Write it a&gain from the facts"))
        self.regenerate.setAutoDefault(False)
        self.style_names = QLineEdit(EXPORT_STYLE_NAMES.get(settings))
        self.style_names.setPlaceholderText(self.tr("e.g. Numbered Paragraph=SingleTxtG, Heading 1=HChG"))
        self.style_names.setToolTip(
            self.tr(
                "The template's own style to use in place of one of the "
                "summary's: OUR STYLE=TEMPLATE STYLE, separated by commas"
            )
        )
        self._build()
        self._generated = self._generate()
        stored = clean_text(meeting.session.introduction).strip()
        self.introduction.setPlainText(stored or self._generated)
        self._restore()
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.regenerate.clicked.connect(self._write_again)
        for box in self.boxes.values():
            box.toggled.connect(lambda _checked: self.changed.emit())

    def _section_labels(self) -> dict[Section, str]:
        return {
            Section.INTRODUCTION: self.tr("Introduction"),
            Section.DISCUSSION: self.tr("Discussion by guiding question"),
            Section.KEY_MESSAGES: self.tr("Key messages"),
            Section.RECOMMENDATIONS: self.tr("Recommendations and commitments"),
            Section.SDGS: self.tr("Contribution to the SDGs"),
            Section.PARTICIPANTS: self.tr("List of participants (annex)"),
            Section.PROGRAMME: self.tr("Programme as held (annex)"),
            Section.SPEAKING_TIME: self.tr("Speaking time and shares (annex)"),
            Section.NOTES: self.tr("Notes in time order (annex)"),
        }

    def _build(self) -> None:
        """The rows the export dialog adds to its own form (so every label lines up)."""
        grid = QWidget()
        layout = QGridLayout(grid)
        layout.setContentsMargins(0, 0, 0, 0)
        for index, box in enumerate(self.boxes.values()):
            layout.addWidget(box, index // 3, index % 3)
        intro = QWidget()
        row = QHBoxLayout(intro)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.introduction, 1)
        row.addWidget(self.regenerate)
        self.rows: list[tuple[str, QWidget]] = [
            (self.tr("&Document:"), self.document_type),
            (self.tr("La&nguage:"), self.language),
            (self.tr("&Preset:"), self.preset),
            (self.tr("Sections:"), grid),
            (self.tr("&Introduction:"), intro),
            (self.tr("Template st&yles:"), self.style_names),
        ]

    def add_rows(self, form: QFormLayout) -> None:
        for label, widget in self.rows:
            form.addRow(label, widget)

    def set_enabled(self, enabled: bool) -> None:
        """For the Word and Markdown summary only (a box an unattributed summary cannot carry
        stays off)."""
        for _label, widget in self.rows:
            widget.setEnabled(enabled)

    def _restore(self) -> None:
        self.preset.setCurrentIndex(max(0, self.preset.findData(EXPORT_PRESET.get(self.settings))))
        remembered = EXPORT_SECTIONS.get(self.settings)
        chosen = (
            {Section(n) for n in remembered.split(",") if n in Section.__members__.values()}
            if remembered
            else set(self.chosen_preset.sections)
        )
        for section, box in self.boxes.items():
            box.setChecked(section in chosen)

    @property
    def chosen_preset(self) -> Preset:
        return Preset(self.preset.currentData())

    def _preset_chosen(self) -> None:
        for section, box in self.boxes.items():
            box.setChecked(section in self.chosen_preset.sections)
        self.changed.emit()

    def set_attribution(self, attribution: Attribution) -> None:
        """Unattributed: what names or times a speaker is left out (and cannot be chosen); the
        introduction, when not edited by hand, is written again without names."""
        self.attribution = attribution
        for section, box in self.boxes.items():
            box.setEnabled(not (attribution is Attribution.UNATTRIBUTED and section.identifies_speakers))
        if self._as_generated():
            self._write_again()
        else:
            self._generated = self._generate()

    def _generate(self) -> str:
        return generated_introduction(self.meeting, ReportOptions(attribution=self.attribution,
                                                                  language=self.chosen_language()))

    def _write_again(self) -> None:
        self._generated = self._generate()
        self.introduction.setPlainText(self._generated)

    def sections(self) -> frozenset[Section]:
        return frozenset(s for s, box in self.boxes.items() if box.isChecked() and box.isEnabled())

    def options(self) -> ReportOptions:
        """The report's options (InputError for a style mapping that cannot be read)."""
        return ReportOptions(
            attribution=self.attribution,
            preset=self.chosen_preset,
            sections=self.sections(),
            style_names=parse_style_names(self.style_names.text()),
            language=self.chosen_language(),
        )

    def introduction_to_store(self) -> str:
        """What the meeting keeps: the text as edited, or nothing while it is the generated one
        (so it follows the facts until the rapporteur changes it)."""
        return "" if self._as_generated() else clean_text(self.introduction.toPlainText()).strip()

    def _as_generated(self) -> bool:
        """The introduction shown is the one generated (Qt's plain text turns the non-breaking
        spaces into plain ones; the export sets them again)."""
        def plain(text: str) -> str:
            return " ".join(text.replace("\u00a0", " ").split())

        return plain(self.introduction.toPlainText()) == plain(self._generated)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def _language_chosen(self) -> None:
        """The introduction, when not edited by hand, is written again in the new language."""
        if self._as_generated():
            self._write_again()
        else:
            self._generated = self._generate()
        self.changed.emit()

    def chosen_document_type(self) -> DocumentType:
        return DocumentType(self.document_type.currentData())

    def remember(self) -> None:
        EXPORT_PRESET.set(self.settings, self.chosen_preset.value)
        chosen = self.sections()
        EXPORT_SECTIONS.set(
            self.settings,
            ""
            if chosen == self.chosen_preset.sections
            else ",".join(s.value for s in Section if s in chosen),
        )
        EXPORT_STYLE_NAMES.set(self.settings, self.style_names.text().strip())
