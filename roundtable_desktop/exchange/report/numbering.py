"""Word numbering for the summary: the body's paragraphs numbered 1., 2., … in one sequence from
a list style, so they renumber when the secretariat inserts or deletes one; bullets for the
points when the template has none. A template without any list (no numbering part) gets one."""

from typing import Any

from docx.document import Document as DocxDocument
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.parts.numbering import NumberingPart

from .styles import NUMBERED, NUMBERING_STYLE, StyleBook

# UN body text: the number at the margin, the text from 1 cm (a hanging indent)
_NUMBERED_LEVEL = (
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:pStyle w:val="{style}"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:tabs><w:tab w:val="num" w:pos="567"/></w:tabs>'
    '<w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
)
_BULLET_LEVEL = (
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
    '<w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:ind w:left="927" w:hanging="360"/></w:pPr></w:lvl>'
)


def numbering_element(document: DocxDocument) -> Any:
    """The document's <w:numbering>, created (with its part) when the template has no lists."""
    part = document.part
    for relationship in part.rels.values():
        if relationship.reltype == RELATIONSHIP_TYPE.NUMBERING and not relationship.is_external:
            return relationship.target_part.element
    element = parse_xml(f"<w:numbering {nsdecls('w')}/>")
    numbering = NumberingPart(
        PackURI("/word/numbering.xml"), CONTENT_TYPE.WML_NUMBERING, element, part.package
    )
    part.relate_to(numbering, RELATIONSHIP_TYPE.NUMBERING)
    return element


def add_list(numbering: Any, level: str, style_link: str | None = None) -> int:
    """A new abstract list and its number; returns the number (w:numId)."""
    abstract_ids = [int(n.get(qn("w:abstractNumId"))) for n in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    abstract_id, num_id = max(abstract_ids, default=0) + 1, max(num_ids, default=0) + 1
    link = f'<w:styleLink w:val="{style_link}"/>' if style_link else ""
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="singleLevel"/>{link}{level}</w:abstractNum>'
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)  # every abstractNum comes before the nums
    else:
        numbering.append(abstract)
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'
        )
    )
    return num_id


def set_up_numbering(document: DocxDocument, book: StyleBook) -> int:
    """Number the numbered-paragraph style from a list style of its own; bullets for an added
    List Bullet. Returns the numbers' w:numId, which every numbered paragraph also carries."""
    numbering = numbering_element(document)
    bullet_style = book.element("List Bullet")
    bullets_of_its_own = "List Bullet" not in book.added and _has_numbering(bullet_style, numbering)
    list_style = _numbering_style(book)
    num_id = add_list(numbering, _NUMBERED_LEVEL.replace("{style}", book.ids[NUMBERED]), list_style)
    _point_style_at(book.element(NUMBERING_STYLE_KEY), num_id)
    _point_style_at(book.element(NUMBERED), num_id)
    if not bullets_of_its_own:
        _point_style_at(book.element("List Bullet"), add_list(numbering, _BULLET_LEVEL))
    return num_id


NUMBERING_STYLE_KEY = "__numbering__"


def _numbering_style(book: StyleBook) -> str:
    """The list style (a Word numbering style) the numbered paragraphs follow."""
    style_id = book._free_id("NumberedParagraphs")
    element = parse_xml(
        f'<w:style {nsdecls("w")} w:type="numbering" w:customStyle="1" w:styleId="{style_id}">'
        f'<w:name w:val="{NUMBERING_STYLE}"/><w:pPr/></w:style>'
    )
    book.styles.append(element)
    book.ids[NUMBERING_STYLE_KEY] = style_id
    return style_id


def _has_numbering(style: Any, numbering: Any) -> bool:
    """Whether the style numbers its paragraphs from a list the document has."""
    if style is None:
        return False
    number = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
    if number is None:
        return False
    return any(n.get(qn("w:numId")) == number.get(qn("w:val")) for n in numbering.findall(qn("w:num")))


def _point_style_at(style: Any, num_id: int) -> None:
    if style is None:
        return
    ppr = style.find(qn("w:pPr"))
    if ppr is None:
        ppr = parse_xml(f"<w:pPr {nsdecls('w')}/>")
        rpr = style.find(qn("w:rPr"))
        if rpr is not None:
            rpr.addprevious(ppr)
        else:
            style.append(ppr)
    for old in ppr.findall(qn("w:numPr")):
        ppr.remove(old)
    place_in_paragraph_properties(ppr, number_properties(num_id))


_BEFORE_NUMBERING = frozenset(
    qn(f"w:{tag}")
    for tag in ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl")
)


def number_properties(num_id: int) -> Any:
    return parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>')


def place_in_paragraph_properties(ppr: Any, number: Any) -> None:
    """Put a <w:numPr> where the schema wants it: after keepNext and the like, before the rest."""
    anchor = next((child for child in ppr if child.tag not in _BEFORE_NUMBERING), None)
    if anchor is not None:
        anchor.addprevious(number)
    else:
        ppr.append(number)
