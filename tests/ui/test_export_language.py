"""The export dialog writes the summary in the meeting's language (by default the window's) and
keeps the choice with the meeting."""

import docx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from roundtable_desktop.domain.languages import language
from roundtable_desktop.ui.export_dialog import EXPORT_FOLDER, ExportDialog
from roundtable_desktop.ui.language import LanguageSwitcher
from tests.rehearsed_meeting import rehearsed_meeting


def test_the_summary_language_defaults_to_the_window_s_and_is_kept(qtbot, qsettings, tmp_path):
    EXPORT_FOLDER.set(qsettings, str(tmp_path))
    switcher = LanguageSwitcher.of()
    switcher.use(language("es"))
    try:
        meeting = rehearsed_meeting()
        dialog = ExportDialog(meeting, qsettings)
        qtbot.addWidget(dialog)
        assert dialog.summary.chosen_language() == "es"  # a Spanish window: a Spanish summary
        dialog.summary.language.setCurrentIndex(dialog.summary.language.findData("fr"))
        assert "Le 17 mai 2021" in dialog.summary.introduction.toPlainText()
        dialog.show()
        qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.job is None, timeout=60000)
        [written] = list(tmp_path.glob("*.docx"))
        texts = [p.text for p in docx.Document(str(written)).paragraphs]
        assert any(t.startswith("Résumé établi par") for t in texts)
        assert meeting.session.summary_language == "fr"
    finally:
        switcher.use(language("en"))
        QApplication.processEvents()


def test_the_file_is_named_by_the_summary_s_title_in_its_language(qtbot, qsettings, tmp_path, in_language):
    """A French window suggests "Résumé établi par la Rapporteuse", not an English "Rapporteur's
    summary"; the name follows the dialog's language and document, until it is typed by hand."""
    from roundtable_desktop.domain.enums import Gender

    EXPORT_FOLDER.set(qsettings, str(tmp_path))
    in_language("fr")
    meeting = rehearsed_meeting()
    rapporteur = next(p for p in meeting.participants if p.gender is Gender.WOMAN)
    meeting.session.rapporteur_name = rapporteur.name
    dialog = ExportDialog(meeting, qsettings)
    qtbot.addWidget(dialog)

    def name() -> str:
        return dialog.path_edit.text().rsplit("/", 1)[-1]

    assert name().startswith("2021-05-17 Résumé établi par la Rapporteuse - High-level Roundtable")
    dialog.summary.language.setCurrentIndex(dialog.summary.language.findData("es"))
    assert name().startswith("2021-05-17 Resumen de la Relatora - ")
    dialog.summary.language.setCurrentIndex(dialog.summary.language.findData("en"))
    assert name().startswith("2021-05-17 Summary by the Rapporteur - ")
    dialog.path_edit.setText(str(tmp_path / "compte rendu.docx"))
    dialog.summary.language.setCurrentIndex(dialog.summary.language.findData("fr"))
    assert name() == "compte rendu.docx"


def test_a_speaker_log_or_a_meeting_file_is_named_in_the_window_s_language(in_language):
    from roundtable_desktop.exchange.report.formats import ExportFormat
    from roundtable_desktop.ui.export_dialog import suggested_name

    in_language("fr")
    meeting = rehearsed_meeting()
    assert suggested_name(meeting, ExportFormat.CSV).startswith("2021-05-17 Journal des orateurs - ")
    assert suggested_name(meeting, ExportFormat.JSON).startswith("2021-05-17 Réunion - ")
