"""The rapporteur writes the summary: on a meeting followed from the chair's laptop, the Export
dialog's document type, summary language and introduction are the rapporteur's to choose and
stay so. Chosen while following, they reach the chair's laptop; chosen while the link is lost,
while the chair's laptop changes the meeting's record too (its venue, its own export in English),
they are kept on both laptops once the link is back, and the chair's venue with them."""

from PySide6.QtCore import Qt

from roundtable_desktop.domain.enums import DocumentType
from roundtable_desktop.domain.model import Session
from tests.ui.linked_windows import WAIT, joined_over_a_cable


def _export(qtbot, window, path, language: str, kind: DocumentType, introduction: str) -> None:
    """File > Export rapporteur's summary…, the choices made, Export pressed."""
    window.export_summary()
    dialog = window.export_dialog
    summary = dialog.summary
    summary.language.setCurrentIndex(summary.language.findData(language))
    summary.document_type.setCurrentIndex(summary.document_type.findData(kind.value))
    summary.introduction.setPlainText(introduction)
    dialog.path_edit.setText(str(path))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.job is None and path.exists(), timeout=WAIT)


def _choices(library, session_id):
    session = library.sessions.get(session_id)
    return session.summary_language, session.document_type, session.introduction, session.venue


def test_the_summary_s_language_type_and_introduction_are_the_rapporteur_s(qtbot, window, tmp_path):
    chair = window
    sid = chair.session_id
    with joined_over_a_cable(qtbot, chair, tmp_path) as (rapporteur, rapporteur_library, cable):
        venue = chair.library.sessions.get(sid).venue

        # while following: the rapporteur's choices travel to the chair's laptop
        _export(qtbot, rapporteur, tmp_path / "first.docx", "fr", DocumentType.RAPPORTEUR_REPORT,
                "Introduction de la Rapporteuse.")
        first = ("fr", DocumentType.RAPPORTEUR_REPORT, "Introduction de la Rapporteuse.", venue)
        assert _choices(rapporteur_library, sid) == first
        qtbot.waitUntil(lambda: _choices(chair.library, sid) == first, timeout=WAIT)

        cable.cut()  # the room's Wi-Fi goes
        qtbot.waitUntil(lambda: "Link lost" in rapporteur.live_link.status.text(), timeout=WAIT)
        # the chair's laptop corrects the venue and exports its own record in English
        chair.runner.run("properties", sid, lambda edit: edit.set_fields(
            Session, sid, venue="Conference Room 4", summary_language="en",
            document_type=DocumentType.CHAIR_SUMMARY, introduction="The chair's introduction."))
        _export(qtbot, rapporteur, tmp_path / "second.docx", "es", DocumentType.RAPPORTEUR_SUMMARY,
                "Introducción de la Relatora, escrita sin red.")

        cable.mend()  # the link comes back: both laptops changed the meeting's record
        kept = ("es", DocumentType.RAPPORTEUR_SUMMARY, "Introducción de la Relatora, escrita sin red.",
                "Conference Room 4")
        qtbot.waitUntil(lambda: _choices(chair.library, sid) == kept
                        and _choices(rapporteur_library, sid) == kept, timeout=WAIT)

        rapporteur.export_summary()  # the dialog opens with the rapporteur's choices kept
        summary = rapporteur.export_dialog.summary
        assert summary.chosen_language() == "es"
        assert summary.chosen_document_type() is DocumentType.RAPPORTEUR_SUMMARY
        assert summary.introduction.toPlainText() == "Introducción de la Relatora, escrita sin red."
        rapporteur.export_dialog.reject()
