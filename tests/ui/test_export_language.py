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
