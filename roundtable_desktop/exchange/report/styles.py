"""The summary's named styles, found in any template whoever made it (Word writes "heading 1",
LibreOffice "Heading 1" with the id "Heading1", Google Docs its own ids) or added in the
template's own look: based on its Normal, so its fonts carry through, never python-docx's blue
Calibri headings. A mapping puts a template's own style in place of one of ours (UNOG's
``SingleTxtG`` for our numbered paragraphs, ``HChG`` for Heading 1)."""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from docx.document import Document as DocxDocument
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from ...domain.errors import InputError

# our style name -> (type, Word's own built-in name or None, the definition added when missing;
# {size} is scaled from the template's Normal text size)
NUMBERED = "Numbered Paragraph"
NUMBERING_STYLE = "Numbered Paragraphs"  # the list style the numbered paragraphs follow
TABLE_STYLE = "Table Grid"
TABLE_TEXT = "Table Text"


@dataclass(frozen=True, slots=True)
class StyleSpec:
    kind: str  # paragraph, character, table
    word_name: str  # the name Word itself uses for a built-in style, else ours
    definition: str  # pPr/rPr added when the template lacks the style
    scale: float = 1.0  # text size relative to the template's Normal


_HEADING = (
    '<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="{before}" w:after="120"/>'
    '<w:outlineLvl w:val="{level}"/></w:pPr><w:rPr><w:b/><w:bCs/>{italic}<w:color w:val="000000"/>'
    '<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>'
)
SPECS: dict[str, StyleSpec] = {
    "Normal": StyleSpec("paragraph", "Normal", ""),
    "Title": StyleSpec(
        "paragraph",
        "Title",
        '<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="240"/>'
        '</w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val="000000"/><w:sz w:val="{size}"/>'
        '<w:szCs w:val="{size}"/></w:rPr>',
        1.55,
    ),
    "Subtitle": StyleSpec(
        "paragraph",
        "Subtitle",
        '<w:pPr><w:spacing w:after="120"/></w:pPr><w:rPr>'
        '<w:color w:val="000000"/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>',
        1.15,
    ),
    "Heading 1": StyleSpec(
        "paragraph",
        "heading 1",
        _HEADING.replace("{level}", "0").replace("{before}", "360").replace("{italic}", ""),
        1.25,
    ),
    "Heading 2": StyleSpec(
        "paragraph",
        "heading 2",
        _HEADING.replace("{level}", "1").replace("{before}", "240").replace("{italic}", ""),
        1.1,
    ),
    "Heading 3": StyleSpec(
        "paragraph",
        "heading 3",
        _HEADING.replace("{level}", "2").replace("{before}", "200").replace("{italic}", "<w:i/><w:iCs/>"),
        1.0,
    ),
    "List Bullet": StyleSpec("paragraph", "List Bullet", '<w:pPr><w:spacing w:after="60"/></w:pPr>'),
    NUMBERED: StyleSpec(
        "paragraph", NUMBERED, '<w:pPr><w:spacing w:after="120"/><w:jc w:val="both"/></w:pPr>'
    ),
    "Speaker Line": StyleSpec(
        "paragraph", "Speaker Line", '<w:pPr><w:keepNext/><w:spacing w:before="120" w:after="40"/></w:pPr>'
    ),
    "Meeting Detail": StyleSpec("paragraph", "Meeting Detail", '<w:pPr><w:spacing w:after="40"/></w:pPr>'),
    "Masthead": StyleSpec(
        "paragraph", "Masthead", '<w:pPr><w:spacing w:after="0"/><w:jc w:val="right"/></w:pPr>'
    ),
    "Nothing Recorded": StyleSpec("paragraph", "Nothing Recorded", "<w:rPr><w:i/><w:iCs/></w:rPr>"),
    "Explanation": StyleSpec(
        "paragraph",
        "Explanation",
        '<w:pPr><w:keepNext/></w:pPr><w:rPr><w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>',
        0.9,
    ),
    TABLE_TEXT: StyleSpec(
        "paragraph",
        TABLE_TEXT,
        '<w:pPr><w:spacing w:before="0" w:after="0"/>'
        '<w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>',
        0.86,
    ),
    "Table Heading": StyleSpec(
        "paragraph", "Table Heading", "<w:pPr><w:keepNext/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr>"
    ),
    "Table Total": StyleSpec("paragraph", "Table Total", "<w:rPr><w:b/><w:bCs/></w:rPr>"),
    "Speaker": StyleSpec("character", "Speaker", "<w:rPr><w:b/><w:bCs/></w:rPr>"),
    "Label": StyleSpec("character", "Label", "<w:rPr><w:b/><w:bCs/></w:rPr>"),
    "Note Kind": StyleSpec("character", "Note Kind", "<w:rPr><w:i/><w:iCs/></w:rPr>"),
    "SDG Reference": StyleSpec("character", "SDG Reference", "<w:rPr><w:i/><w:iCs/></w:rPr>"),
    "Document Symbol": StyleSpec(
        "character",
        "Document Symbol",
        '<w:rPr><w:b/><w:bCs/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>',
        1.3,
    ),
    TABLE_STYLE: StyleSpec(
        "table",
        "Table Grid",
        "<w:tblPr><w:tblBorders>"
        + "".join(
            f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            for side in ("top", "left", "bottom", "right", "insideH", "insideV")
        )
        + "</w:tblBorders></w:tblPr>",
    ),
}
BUILT_IN = frozenset(
    {"Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "List Bullet", TABLE_STYLE}
)
_DERIVED = {TABLE_TEXT: "Normal", "Table Heading": TABLE_TEXT, "Table Total": TABLE_TEXT}  # based on


def _key(name: str) -> str:
    return "".join(name.lower().split())


class StyleBook:
    """Style ids by our style names, each found in or added to the document."""

    def __init__(self, document: DocxDocument, mapping: Mapping[str, str] | None = None) -> None:
        self.styles = document.styles.element
        self.by_key: dict[tuple[str, str], str] = {}
        for element in self.styles.findall(qn("w:style")):
            name = element.find(qn("w:name"))
            kind, style_id = element.get(qn("w:type")) or "paragraph", element.get(qn("w:styleId")) or ""
            if name is not None:
                self.by_key.setdefault((kind, _key(name.get(qn("w:val")) or "")), style_id)
            self.by_key.setdefault((kind, "id:" + _key(style_id)), style_id)
        self.ids: dict[str, str] = {}
        self.added: list[str] = []
        self._default_paragraph: str | None = None
        self.numbered_id = 0  # the w:numId of the numbered paragraphs (numbering.set_up_numbering)
        self.normal_size = self._normal_size()
        for ours, theirs in (mapping or {}).items():
            self._map(ours, theirs)
        for name in SPECS:
            if name not in self.ids:
                self.ids[name] = self._find(name) or self._add(name)

    def _map(self, ours: str, theirs: str) -> None:
        spec = next((SPECS[n] for n in SPECS if _key(n) == _key(ours)), None)
        if spec is None:
            known = ", ".join(n for n in SPECS if n != "Normal")
            raise InputError(f"There is no summary style named \u201c{ours}\u201d to map; ours are {known}.")
        found = self.by_key.get((spec.kind, _key(theirs))) or self.by_key.get(
            (spec.kind, "id:" + _key(theirs))
        )
        if found is None:
            raise InputError(
                f"The Word template has no {spec.kind} style named \u201c{theirs}\u201d (to use for {ours})."
            )
        self.ids[next(n for n in SPECS if _key(n) == _key(ours))] = found

    def _find(self, name: str) -> str | None:
        spec = SPECS[name]
        for candidate in (name, spec.word_name):
            found = self.by_key.get((spec.kind, _key(candidate))) or self.by_key.get(
                (spec.kind, "id:" + _key(candidate))
            )
            if found:
                return found
        return None

    def _add(self, name: str) -> str:
        spec = SPECS[name]
        style_id = self._free_id("".join(ch for ch in name if ch.isalnum()))
        size = str(max(12, round(self.normal_size * spec.scale)))
        based = _DERIVED.get(name, "Normal") if spec.kind == "paragraph" and name != "Normal" else None
        based_on = (
            f'<w:basedOn w:val="{self.ids.get(based) or self._find(based) or "Normal"}"/>' if based else ""
        )
        custom = "" if name in BUILT_IN else ' w:customStyle="1"'
        element = parse_xml(
            f'<w:style {nsdecls("w")} w:type="{spec.kind}"{custom} w:styleId="{style_id}">'
            f'<w:name w:val="{spec.word_name}"/>{based_on}<w:qFormat/>'
            f"{spec.definition.replace('{size}', size)}</w:style>"
        )
        self.styles.append(element)
        self.by_key[(spec.kind, _key(spec.word_name))] = style_id
        self.added.append(name)
        return style_id

    def _free_id(self, wanted: str) -> str:
        taken = {e.get(qn("w:styleId")) for e in self.styles.findall(qn("w:style"))}
        candidate, number = wanted, 2
        while candidate in taken:
            candidate, number = f"{wanted}{number}", number + 1
        return candidate

    def _normal_size(self) -> int:
        """The template's body text size in half points (Normal's own, else the defaults', else 11 pt)."""
        for path in ('w:style[@w:styleId="{normal}"]/w:rPr/w:sz', "w:docDefaults/w:rPrDefault/w:rPr/w:sz"):
            normal = self.by_key.get(("paragraph", "normal"), "Normal")
            found = self.styles.xpath(path.format(normal=normal))
            if found:
                try:
                    return int(found[0].get(qn("w:val")))
                except (TypeError, ValueError):
                    continue
        return 22

    def element(self, name: str) -> Any:
        """The style element behind one of our names."""
        found = self.styles.xpath(f'w:style[@w:styleId="{self.ids[name]}"]')
        return found[0] if found else None

    def is_default_paragraph(self, name: str) -> bool:
        """Whether the style is the document's default paragraph style (which a paragraph gets
        without naming it)."""
        if self._default_paragraph is None:
            found = self.styles.xpath(
                'w:style[@w:type="paragraph"][@w:default="1" or @w:default="true" or @w:default="on"]'
            )
            self._default_paragraph = found[0].get(qn("w:styleId")) if found else ""
        return self.ids[name] == self._default_paragraph

    def text_size(self, name: str) -> int:
        """A paragraph style's text size in half points, through what it is based on."""
        style_id: str | None = self.ids[name]
        for _ in range(10):
            found = self.styles.xpath(f'w:style[@w:styleId="{style_id}"]')
            if not found:
                break
            size = found[0].find(f"{qn('w:rPr')}/{qn('w:sz')}")
            if size is not None and (size.get(qn("w:val")) or "").isdigit():
                return int(size.get(qn("w:val")))
            based = found[0].find(qn("w:basedOn"))
            style_id = based.get(qn("w:val")) if based is not None else None
        return self.normal_size
