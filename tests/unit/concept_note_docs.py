"""Word concept notes for the tests, built with python-docx (wordings unlike the seed's)."""

from pathlib import Path

from docx import Document


def digital_panel_docx(path: Path) -> Path:
    """Title style, labelled date/time/venue lines, Heading 1 sections, numbered questions,
    a prose format with "5 to 7 minutes", SDGs by number and name, a list of speakers."""
    document = Document()
    document.add_paragraph("High-level Panel on Digital Cooperation for the SDGs", style="Title")
    document.add_paragraph("Organized by: Permanent Mission of Kenya to the United Nations and UNCTAD")
    document.add_paragraph("In the framework of: 2023 High-level Political Forum")
    document.add_paragraph("Date and time: Monday, 10 July 2023, 13:15\u201314:30 EDT")
    document.add_paragraph("Venue: Conference Room 6, United Nations Headquarters, New York")
    document.add_heading("Background", level=1)
    document.add_paragraph("Digital technologies can accelerate progress on every Goal, but a third "
                           "of humanity is still offline.")
    document.add_heading("Objectives", level=1)
    document.add_paragraph("The panel will review digital public infrastructure that has worked.")
    document.add_heading("Guiding questions", level=1)
    for text in ("What makes digital public infrastructure inclusive by design?",
                 "How can countries share open-source solutions across regions?"):
        document.add_paragraph(text, style="List Number")
    document.add_heading("Format", level=1)
    document.add_paragraph(
        "Opening remarks by H.E. Mr. Martin Kimani (5 min). The panellists will each speak for "
        "5 to 7 minutes. A Q&A with the audience will follow. Closing by the moderator.")
    paragraph = document.add_paragraph()
    paragraph.add_run("The discussion will contribute to SDG 9 (industry, innovation and infrastructure) "
                      "and SDG 17, as well as to ")
    paragraph.add_run("quality education").bold = True
    paragraph.add_run(" under the Sustainable Development Goals.")
    document.add_heading("Speakers", level=1)
    for text in ("Moderator: Ms. Doreen Bogdan-Martin, Secretary-General, ITU",
                 "H.E. Ms. Paula Ingabire, Minister of ICT and Innovation, Rwanda",
                 "Mr. Jean Dupont, Director, Ministry of Digital Affairs, France"):
        document.add_paragraph(text, style="List Bullet")
    document.save(path)
    return path


def offset_workshop_docx(path: Path) -> Path:
    """A fixed offset ("UTC+2"), an ISO date, questions as "?" lines without a heading, and a
    programme table with times."""
    document = Document()
    heading = document.add_paragraph()
    heading.add_run("Regional Consultation on Climate Finance").bold = True
    document.add_paragraph("United Nations Economic Commission for Africa (ECA)")
    document.add_paragraph("2021-11-03, 14:00-15:30 UTC+2")
    document.add_heading("Introduction", level=2)
    document.add_paragraph("Countries in the region need finance to adapt to a changing climate.")
    document.add_paragraph("Where are the gaps in adaptation finance?")
    document.add_paragraph("Who should carry the cost of loss and damage?")
    document.add_heading("Programme", level=2)
    table = document.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Time", "Item", "Speaker"), strict=True):
        cell.text = text
    for row in (("14:00\u201314:10", "Welcome and opening", "ECA Executive Secretary"),
                ("14:10\u201315:00", "Statements by delegations, no more than 3 minutes", "Member States"),
                ("15:00\u201315:30", "Open discussion", "All")):
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    document.save(path)
    return path


def seed_as_word(seed: Path, path: Path) -> Path:
    """The seed concept note as its secretariat would have written it in Word: bold header
    paragraphs with line breaks, headings, a bulleted list of questions, an italic title."""
    document = Document()
    for block in seed.read_text(encoding="utf-8").split("\n\n"):
        lines = [line for line in block.strip().splitlines() if line.strip()]
        if not lines:
            continue
        if lines[0].startswith("**"):
            run = document.add_paragraph().add_run()
            run.bold = True
            for index, line in enumerate(lines):
                if index:
                    run.add_break()
                run.add_text(line.replace("**", ""))
        elif lines[0].startswith("- "):
            for line in lines:
                document.add_paragraph(line[2:], style="List Bullet")
        elif len(lines) == 1 and len(lines[0]) < 40 and not lines[0][0].isdigit():
            document.add_heading(lines[0], level=2)
        else:
            paragraph = document.add_paragraph()
            for index, part in enumerate(" ".join(lines).replace("[CEST](#)", "CEST").split("*")):
                paragraph.add_run(part).italic = index % 2 == 1
    document.save(path)
    return path
