"""Rebuild the corpus's Word and PDF concept notes from their sources:

    .venv/bin/python tests/data/concept_notes/sources/build_documents.py

The Word notes are written with python-docx the way secretariats write them (a Title style or a
bold first line, Heading styles or bold lines, tables for programmes and speakers); the PDFs
are LibreOffice's conversion of a text source or of a Word note, as a secretariat's "Save as
PDF" makes them. The built files are kept in the repository: the tests never run LibreOffice."""

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.document import Document as WordDocument

SOURCES = Path(__file__).resolve().parent
CORPUS = SOURCES.parent


def _table(document: WordDocument, rows: list[tuple[str, ...]]) -> None:
    table = document.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text


def _bold(document: WordDocument, text: str) -> None:
    document.add_paragraph().add_run(text).bold = True


def montreal_protocol_oewg_2024(document: WordDocument) -> None:
    _bold(document, "Forty-sixth meeting of the Open-ended Working Group of the Parties to the "
                    "Montreal Protocol")
    document.add_paragraph("Side event", style="Subtitle")
    document.add_paragraph("Cooling without warming: energy efficiency under the Kigali Amendment",
                           style="Title")
    document.add_paragraph("Tuesday, 2 July 2024, 3 - 6 p.m.")
    document.add_paragraph("UNESCO Headquarters, Room XI, 7 place de Fontenoy, Paris")
    document.add_paragraph("Hosted by: the Ozone Secretariat and the Cool Coalition (UNEP)")
    document.add_heading("Background", level=1)
    document.add_paragraph(
        "The Kigali Amendment to the Montreal Protocol will avoid up to 0.4 °C of warming by 2100 "
        "by phasing down hydrofluorocarbons. Improving the energy efficiency of cooling equipment "
        "during the transition could double that benefit. Decision XXX/5 asked the Technology and "
        "Economic Assessment Panel to report on energy-efficient technologies.")
    document.add_paragraph("The workshop supports SDG 7 and SDG 13, and target 12.4 on chemicals.")
    document.add_heading("Format", level=1)
    document.add_paragraph(
        "The workshop is open to all delegations. Presentations will be followed by a moderated "
        "discussion. Interpretation will not be provided.")
    document.add_heading("Programme", level=1)
    _table(document, [
        ("Time", "Item", "Duration", "Presenter"),
        ("15:00–15:15", "Opening remarks", "15 min",
         "Ms. Megumi Seki, Executive Secretary, Ozone Secretariat"),
        ("15:15–16:15", "Presentations: TEAP findings on energy efficiency", "60 min",
         "Co-chairs of the Technology and Economic Assessment Panel"),
        ("16:15–17:45", "Moderated discussion with Parties", "90 min", "Ms. Lily Riahi, Cool Coalition"),
        ("17:45–18:00", "Closing", "15 min", "Co-chairs of the Open-ended Working Group"),
    ])
    document.add_heading("Guiding questions", level=1)
    for text in ("Which policies have improved the energy efficiency of air conditioners fastest?",
                 "How can the Multilateral Fund support energy efficiency alongside the HFC phase-down?"):
        document.add_paragraph(text, style="List Number")


def csw64_2020_side_event(document: WordDocument) -> None:
    _bold(document, "64th session of the Commission on the Status of Women (CSW64) / Beijing+25")
    _bold(document, "Parallel event: Women's leadership in public life, 25 years after Beijing")
    document.add_paragraph("Thursday, March 12, 2020")
    document.add_paragraph("10:00 - 11:15 am")
    document.add_paragraph("Conference Room A, UN Headquarters, New York")
    document.add_paragraph("Organized by: UN Women and the Permanent Missions of Mexico and Sweden")
    _bold(document, "Background")
    document.add_paragraph(
        "Twenty-five years after the Fourth World Conference on Women, the Beijing Platform for Action "
        "remains the most comprehensive agenda for gender equality. Women hold 25 per cent of "
        "parliamentary seats and 21 per cent of ministerial posts. SDG 5 target 5.5 calls for women's "
        "full and effective participation and equal opportunities for leadership.")
    _bold(document, "Objectives")
    document.add_paragraph("To review progress since Beijing and to agree on priorities for the "
                           "Generation Equality Forum.")
    _bold(document, "Panellists:")
    _table(document, [
        ("Name", "Title"),
        ("H.E. Ms. Olga Sánchez Cordero", "Secretary of the Interior, Mexico"),
        ("H.E. Ms. Åsa Lindhagen", "Minister for Gender Equality, Sweden"),
        ("Ms. Phumzile Mlambo-Ngcuka", "Executive Director, UN Women"),
        ("Ms. Gabriela Cuevas Barron", "President, Inter-Parliamentary Union"),
    ])
    document.add_paragraph("Moderated by Ms. Åsa Regnér, Deputy Executive Director, UN Women.")
    _bold(document, "Guiding questions")
    for text in ("What has most advanced women's political participation since 1995?",
                 "Which commitments should governments make at the Generation Equality Forum?"):
        document.add_paragraph(text, style="List Bullet")


def cop27_2022_side_event(document: WordDocument) -> None:
    document.add_paragraph("COP27 side event", style="Subtitle")
    document.add_paragraph("Food systems under a changing climate: adaptation for smallholders",
                           style="Title")
    _table(document, [
        ("Date", "Wednesday, 9 November 2022"),
        ("Time", "11:30-13:00 EET"),
        ("Venue", "Side Event Room 3, Sharm el-Sheikh International Convention Centre"),
        ("Organisers", "IFAD, WFP and the African Group of Negotiators"),
    ])
    document.add_heading("Rationale", level=1)
    document.add_paragraph(
        "Smallholder farmers produce a third of the world's food but receive less than 2 per cent of "
        "climate finance. The Sharm el-Sheikh joint work on agriculture and food security offers a "
        "new opening under the Paris Agreement. The event contributes to SDG 2 and SDG 13.")
    document.add_heading("Programme", level=1)
    for text in ("Opening remarks by the President of IFAD (5 min)",
                 "Keynote: adaptation finance for smallholders (10 min)",
                 "Panel discussion with farmers' organisations (45 min)",
                 "Interactive discussion (25 min)",
                 "Closing (5 min)"):
        document.add_paragraph(text, style="List Bullet")
    document.add_heading("Speakers", level=1)
    for text in ("Mr. Alvaro Lario, President, IFAD",
                 "Ms. Elizabeth Nsimadala, President, Eastern Africa Farmers Federation",
                 "Mr. David Beasley, Executive Director, WFP"):
        document.add_paragraph(text, style="List Bullet")


def ecosoc_youth_2020(document: WordDocument) -> None:
    _bold(document, "ECOSOC Youth Forum 2020 — Virtual consultation")
    document.add_paragraph("Youth employment after COVID-19: what recovery for young workers?",
                           style="Title")
    document.add_paragraph("Tuesday, 31 March 2020 | 9:00 am – 10:30 am EDT | Online (Microsoft Teams)")
    document.add_paragraph("Organised by UN DESA and the Office of the Secretary-General's Envoy on Youth")
    document.add_heading("Background", level=1)
    document.add_paragraph(
        "One in six young people has stopped working since the onset of the pandemic. The "
        "consultation will collect proposals from youth organisations on SDG 8 on decent work.")
    document.add_heading("PROGRAMME", level=1)
    for text in ("Welcome (5 min)", "Presentation of the ILO youth employment survey (10 min)",
                 "Breakout discussions in three groups (50 min)", "Report back and closing (25 min)"):
        document.add_paragraph(text, style="List Number")
    document.add_paragraph("Speaking time: interventions in the breakout groups of no more than "
                           "2 minutes, so that everyone can take the floor.")
    document.add_heading("Guiding questions", level=1)
    for text in ("What support do young workers need most from governments?",
                 "How can youth organisations take part in the design of recovery plans?"):
        document.add_paragraph(text, style="List Number")


def hrc38_2018_side_event(document: WordDocument) -> None:
    _bold(document, "Human Rights Council – 38th session")
    _bold(document, "Side event")
    document.add_paragraph("Women human rights defenders in the digital age", style="Title")
    document.add_paragraph("Monday, 25 June 2018")
    document.add_paragraph("12:00 – 13:00")
    document.add_paragraph("Room XXV, Palais des Nations")
    document.add_paragraph("Organized by the Permanent Missions of Ireland and Norway, with the "
                           "Association for Progressive Communications")
    document.add_heading("Concept", level=1)
    document.add_paragraph(
        "Online harassment targets women human rights defenders disproportionately. Resolution 31/32 "
        "of the Council calls on States to protect them. The event relates to SDG 5 and SDG 10.")
    document.add_heading("Speakers", level=1)
    for text in ("Ms. Dubravka Šimonović, Special Rapporteur on violence against women",
                 "Ms. Chat Garcia Ramilo, Executive Director, APC",
                 "Mr. Michel Forst, Special Rapporteur on human rights defenders"):
        document.add_paragraph(text, style="List Bullet")
    document.add_paragraph("Moderator: H.E. Mr. Michael Gaffey, Permanent Representative of Ireland")
    document.add_paragraph("Interventions from the floor are limited to 2 minutes.")


def mop31_2019_side_event(document: WordDocument) -> None:
    _bold(document, "Thirty-first Meeting of the Parties to the Montreal Protocol")
    document.add_paragraph("Rome, 4–8 November 2019")
    document.add_paragraph("Side event", style="Subtitle")
    document.add_paragraph("Tackling illegal trade in HFCs and ODS", style="Title")
    document.add_paragraph("Wednesday, 6 November 2019, 13:15–14:45")
    document.add_paragraph("Room Philippines, FAO Headquarters, Rome")
    document.add_paragraph("Organizers: UNEP OzonAction, the World Customs Organization and the "
                           "Environmental Investigation Agency")
    document.add_heading("Background", level=1)
    document.add_paragraph(
        "Unexpected emissions of CFC-11 reported in 2018 showed that illegal production and trade "
        "can undermine the Montreal Protocol. With the entry into force of the Kigali Amendment, "
        "customs officers must now also control HFCs. This event contributes to SDG 12 and SDG 13.")
    document.add_heading("Agenda", level=1)
    _table(document, [
        ("13:15–13:25", "Welcome", "UNEP OzonAction"),
        ("13:25–14:05", "Presentations on enforcement experiences", "WCO, EIA, customs of China"),
        ("14:05–14:40", "Questions and answers", "All"),
        ("14:40–14:45", "Closing", "UNEP OzonAction"),
    ])


WORD_NOTES: dict[str, Callable[[WordDocument], None]] = {
    "montreal-protocol-oewg46-2024.docx": montreal_protocol_oewg_2024,
    "csw64-2020-side-event.docx": csw64_2020_side_event,
    "cop27-2022-side-event.docx": cop27_2022_side_event,
    "ecosoc-youth-2020.docx": ecosoc_youth_2020,
}
WORD_FOR_PDF: dict[str, Callable[[WordDocument], None]] = {
    "hrc38-2018-side-event.pdf": hrc38_2018_side_event,
    "mop31-2019-side-event.pdf": mop31_2019_side_event,
}
TEXT_FOR_PDF = ("ffd-forum-2019-side-event.txt", "ipu-145-2022-panel.txt")


def _to_pdf(source: Path, target: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{folder}/profile", "--headless",
                        "--convert-to", "pdf", "--outdir", folder, str(source)],
                       check=True, capture_output=True, timeout=180)
        shutil.move(Path(folder) / f"{source.stem}.pdf", target)


def main() -> int:
    for name, build in WORD_NOTES.items():
        document = Document()
        build(document)
        document.save(CORPUS / name)
    with tempfile.TemporaryDirectory() as folder:
        for name, build in WORD_FOR_PDF.items():
            document = Document()
            build(document)
            source = Path(folder) / name.replace(".pdf", ".docx")
            document.save(source)
            _to_pdf(source, CORPUS / name)
    for name in TEXT_FOR_PDF:
        _to_pdf(SOURCES / name, CORPUS / name.replace(".txt", ".pdf"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
