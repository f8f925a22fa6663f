"""A `Draft` as a Word document a 主管 can hand in without touching the layout.

The layout comes from data/docx_layouts.yaml: by default A4 with the margins Word uses for
Chinese documents, 小四宋体 body text with a first-line indent of two characters at 1.5
lines, 黑体 headings and "第 X 页，共 Y 页"; `style="公文"` follows GB/T 9704 (37/35/28/26 mm
margins, 三号仿宋 on a fixed 28 pt line, 二号小标宋 title, 黑体/楷体 headings, "— 1 —" on
the outer side). A company's own file (`reference=`) replaces all of it with its styles,
page setup, header and footer, as pandoc's --reference-doc does.

Also: a 落款 (team, name, date) at the end; core and app properties from the report
(cswriter as the application, Word's word count); tables fitted to their content with a
header row repeated on every page; the monthly table charted in 附件; every problem left
after the repairs as a Word comment on its sentence; 需补充 notes as a red bulleted list.

The template: python-docx's own carries Word 2010 compatibility mode, a Mac thumbnail,
"Microsoft Macintosh Word" with 0 words and a font table of Japanese fonts; all of that is
replaced (compatibilityMode 15, no thumbnail, our font table naming 宋体/黑体/仿宋 …).
Fonts: Word takes the font of Chinese characters from `w:eastAsia` of the run fonts, but a
theme attribute (`w:eastAsiaTheme`, `w:asciiTheme` …) beside it wins over the explicit name,
and python-docx's template carries them (with a Japanese theme language), so the theme
attributes are removed from every style and the East Asian language is set to zh-CN.

python-docx is imported here only, when a .docx is asked for.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from cswriter.draft.models import Draft, DraftSection, Table
from cswriter.draft.render import (
    Mark,
    body_text,
    heading_text,
    numbered_sections,
    numeric_columns,
    pending_notes,
    sentence_marks,
    signature_lines,
    uniform_table,
)

COMMENT_AUTHOR = "cswriter 核对"
MISSING_COLOR = (0xC0, 0x00, 0x00)
LATIN_FONT = "Times New Roman"
APPLICATION = "cswriter"
LAYOUTS_FILE = "docx_layouts.yaml"

_THEME_FONT_ATTRIBUTES = ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# -- layouts (data/docx_layouts.yaml) ---------------------------------------------------

@dataclass(frozen=True)
class Font:
    name: str
    size_pt: float
    bold: bool = False
    fallback: str | None = None


@dataclass(frozen=True)
class Layout:
    """One page layout of data/docx_layouts.yaml."""

    id: str
    page: dict[str, float]
    body: Font
    line: float | None          # a multiple of single spacing …
    line_pt: float | None       # … or a fixed line height
    title: Font
    headings: tuple[Font, ...]
    table: Font
    page_number: dict[str, Any]

    @property
    def text_width_cm(self) -> float:
        return (self.page["width_mm"] - self.page["left_mm"] - self.page["right_mm"]) / 10

    def fonts(self) -> list[str]:
        names = [LATIN_FONT, self.body.name, self.title.name, self.table.name,
                 self.page_number["font"], *(h.name for h in self.headings)]
        if self.title.fallback:
            names.append(self.title.fallback)
        return list(dict.fromkeys(names))


def _font(spec: dict[str, Any]) -> Font:
    return Font(spec["font"], float(spec["size_pt"]), bool(spec.get("bold", False)), spec.get("fallback"))


def _layouts_data() -> dict[str, Any]:
    from cswriter.domain import load_yaml_resource

    return load_yaml_resource(LAYOUTS_FILE)


def load_layout(name: str | None = None) -> Layout:
    """The layout named `name` (its id or any of its names; None is the default one)."""
    from cswriter.errors import InputError

    layouts = _layouts_data()["layouts"]
    wanted = (name or "default").strip()
    for layout_id, spec in layouts.items():
        if wanted.lower() == layout_id or wanted in spec.get("names", []):
            return Layout(
                id=layout_id, page={k: float(v) for k, v in spec["page"].items()},
                body=_font(spec["body"]), line=spec["body"].get("line"),
                line_pt=spec["body"].get("line_pt"), title=_font(spec["title"]),
                headings=tuple(_font(h) for h in spec["headings"]), table=_font(spec["table"]),
                page_number=dict(spec["page_number"]),
            )
    choices = "、".join(f"{i}（{'、'.join(s.get('names', [])[:1])}）" for i, s in layouts.items())
    raise InputError(f"没有名为“{name}”的版式（--style）。", hint=f"可选：{choices}。")


def default_layout() -> Layout:
    """The layout every .docx gets unless told otherwise (column widths default to its page)."""
    return load_layout()


# -- a clean template ---------------------------------------------------------------------

def _clean_package(document, layout: Layout | None) -> None:
    """What python-docx's template leaves behind, replaced or removed: Word 2010
    compatibility mode, the Mac thumbnail, the bibliography custom XML, Word 2010's copy of
    the styles and a font table of Japanese fonts. A company's own file (`layout` None) keeps
    its settings, custom XML and fonts; only its thumbnail, a picture of the template's own
    first page, goes."""
    from docx.oxml.ns import qn

    package = document.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype.endswith("/metadata/thumbnail"):
            package.rels.pop(rid)
    if layout is None:
        return
    settings = document.settings.element
    for element in settings.findall(qn("w:savePreviewPicture")):
        settings.remove(element)
    compat = settings.find(qn("w:compat"))
    if compat is None:
        compat = settings.makeelement(qn("w:compat"), {})
        settings.append(compat)
    for element in list(compat):
        compat.remove(element)
    for setting, value in (("compatibilityMode", "15"),      # Word 2013 and later: no [兼容模式]
                           ("overrideTableStyleFontSizeAndJustification", "1"),
                           ("enableOpenTypeFeatures", "1"),
                           ("doNotFlipMirrorIndents", "1"),
                           ("differentiateMultirowTableHeaders", "1")):
        compat.append(compat.makeelement(qn("w:compatSetting"), {
            qn("w:name"): setting, qn("w:uri"): "http://schemas.microsoft.com/office/word",
            qn("w:val"): value}))
    for rid, rel in list(document.part.rels.items()):
        if rel.reltype.endswith(("/stylesWithEffects", "/customXml")):
            document.part.drop_rel(rid)
    part = _part(document, "/word/fontTable.xml")
    if part is not None:
        # The layout's fonts first, then the other Chinese fonts people switch to (仿宋, 楷体 …),
        # each with its English name and PANOSE so that Word can substitute it well.
        part._blob = _font_table(list(dict.fromkeys([*layout.fonts(), *_layouts_data()["fonts"]])))


def _part(document, name: str):
    for part in document.part.package.iter_parts():
        if part.partname == name:
            return part
    return None


def _font_table(names: list[str]) -> bytes:
    from xml.sax.saxutils import quoteattr

    fonts = _layouts_data()["fonts"]
    entries = []
    for name in names:
        spec = fonts.get(name, {})
        alt = f'<w:altName w:val={quoteattr(spec["alt"])}/>' if spec.get("alt") else ""
        entries.append(
            f'<w:font w:name={quoteattr(name)}>{alt}'
            f'<w:panose1 w:val="{spec.get("panose", "00000000000000000000")}"/>'
            f'<w:charset w:val="{spec.get("charset", "00")}"/>'
            f'<w:family w:val="{spec.get("family", "auto")}"/><w:pitch w:val="variable"/></w:font>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:fonts xmlns:w="{W_NS}">{"".join(entries)}</w:fonts>').encode("utf-8")


def count_words(texts: list[str]) -> dict[str, int]:
    """Word's statistics: every Chinese character or full-width mark is a word (字数), so
    is every run of Latin letters or digits; characters are counted without and with spaces."""
    import re

    joined = "\n".join(texts)
    words = len(re.findall(r"[\u2e80-\u2fff\u3001-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff01-\uff5e]|[A-Za-z0-9][A-Za-z0-9.,%'_-]*", joined))
    return {"Words": words,
            "Characters": sum(1 for ch in joined if not ch.isspace()),
            "CharactersWithSpaces": sum(1 for ch in joined if ch != "\n"),
            "Paragraphs": sum(1 for t in texts if t.strip())}


def _app_properties(document, draft: Draft) -> None:
    """docProps/app.xml from the document: cswriter as the application, the real counts."""
    from xml.sax.saxutils import escape as xml_escape

    part = _part(document, "/docProps/app.xml")
    if part is None:
        return
    from docx.oxml.ns import qn

    texts = ["".join(t.text or "" for t in p.iter(qn("w:t")))
             for p in document.element.body.iter(qn("w:p"))]
    counts = count_words(texts)
    fields = "".join(f"<{k}>{v}</{k}>" for k, v in counts.items())
    part._blob = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"<Template>Normal.dotm</Template><TotalTime>0</TotalTime>{fields}"
        f"<Application>{APPLICATION}</Application><DocSecurity>0</DocSecurity>"
        "<ScaleCrop>false</ScaleCrop>"
        f"<Company>{xml_escape(draft.company or '')}</Company>"
        "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
        "<HyperlinksChanged>false</HyperlinksChanged></Properties>").encode("utf-8")


# -- styles -----------------------------------------------------------------------------

def _set_fonts(style, east_asian: str, latin: str = LATIN_FONT) -> None:
    from docx.oxml.ns import qn

    style.font.name = latin
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, fonts)
    for attribute in _THEME_FONT_ATTRIBUTES:
        fonts.attrib.pop(qn(f"w:{attribute}"), None)
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    fonts.set(qn("w:eastAsia"), east_asian)
    fonts.set(qn("w:cs"), latin)


def _strip_theme_fonts(document) -> None:
    """Remove theme font and theme colour attributes everywhere in styles.xml, and make the
    default East Asian language Chinese (the template says ja-JP)."""
    from docx.oxml.ns import qn

    root = document.styles.element
    for fonts in root.iter(qn("w:rFonts")):
        for attribute in _THEME_FONT_ATTRIBUTES:
            fonts.attrib.pop(qn(f"w:{attribute}"), None)
    for color in root.iter(qn("w:color")):
        for attribute in ("themeColor", "themeShade", "themeTint"):
            color.attrib.pop(qn(f"w:{attribute}"), None)
    for lang in root.iter(qn("w:lang")):
        lang.set(qn("w:eastAsia"), "zh-CN")
    defaults = root.find(qn("w:docDefaults"))
    if defaults is not None:
        rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
        if rpr is not None and rpr.find(qn("w:lang")) is None:
            lang = rpr.makeelement(qn("w:lang"), {qn("w:val"): "en-US", qn("w:eastAsia"): "zh-CN"})
            rpr.append(lang)
    settings = document.settings.element
    for lang in settings.iter(qn("w:themeFontLang")):
        lang.set(qn("w:eastAsia"), "zh-CN")


def _no_indent(paragraph_format) -> None:
    paragraph_format.first_line_indent = 0
    _chars_indent(paragraph_format, 0)


def _chars_indent(paragraph_format, hundredths: int) -> None:
    """w:firstLineChars: the indent in characters, which Word and WPS honour at any font size."""
    from docx.oxml.ns import qn

    ppr = paragraph_format._element.get_or_add_pPr()
    ind = ppr.find(qn("w:ind"))
    if ind is None:
        ind = ppr.makeelement(qn("w:ind"), {})
        ppr.append(ind)
    ind.set(qn("w:firstLineChars"), str(hundredths))


BODY_STYLE = "正文缩进"
HEADING_STYLES = ("Heading 1", "Heading 2")


def _line_spacing(fmt, layout: Layout) -> None:
    from docx.enum.text import WD_LINE_SPACING
    from docx.shared import Pt

    if layout.line_pt:
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(layout.line_pt)
    elif layout.line == 1.5:
        fmt.line_spacing_rule = WD_LINE_SPACING.ONE_POINT_FIVE
    elif layout.line:
        fmt.line_spacing = float(layout.line)


def _prepare_styles(document, layout: Layout) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    _strip_theme_fonts(document)
    styles = document.styles
    normal = styles["Normal"]
    _set_fonts(normal, layout.body.name)
    normal.font.size = Pt(layout.body.size_pt)
    normal.paragraph_format.space_after = Pt(0)
    if layout.line_pt:  # a fixed grid (公文) holds everywhere, tables and 落款 included
        _line_spacing(normal.paragraph_format, layout)

    body = styles.add_style(BODY_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    body.base_style = normal
    body.quick_style = True
    fmt = body.paragraph_format
    fmt.first_line_indent = Pt(layout.body.size_pt * 2)
    _chars_indent(fmt, 200)
    _line_spacing(fmt, layout)
    fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    fmt.space_after = Pt(0)

    fixed = bool(layout.line_pt)
    for name, font in (("Title", layout.title), *zip(HEADING_STYLES, layout.headings)):
        style = styles[name]
        _set_fonts(style, font.name)
        style.font.size = Pt(font.size_pt)
        style.font.bold = font.bold
        style.font.italic = False
        style.font.color.rgb = RGBColor(0, 0, 0)  # Word's blue headings look out of place in a 总结
        if fixed and name != "Title":  # 公文: headings sit on the text's grid, indented like it
            style.paragraph_format.space_before = Pt(0)
            style.paragraph_format.space_after = Pt(0)
            _line_spacing(style.paragraph_format, layout)
            style.paragraph_format.first_line_indent = Pt(layout.body.size_pt * 2)
            _chars_indent(style.paragraph_format, 200)
        else:
            style.paragraph_format.space_before = Pt(12 if name != "Title" else 0)
            style.paragraph_format.space_after = Pt(6)
            _no_indent(style.paragraph_format)
        style.paragraph_format.keep_with_next = True
        # The template's Title has a blue rule under it.
        ppr = style.element.get_or_add_pPr()
        for border in ppr.findall(qn("w:pBdr")):
            ppr.remove(border)
    title = styles["Title"].paragraph_format
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if fixed:  # 公文: the title is set off by one empty line of the grid below it
        title.line_spacing_rule = None
        title.space_after = Pt(layout.line_pt)
    for name in ("Table Grid", "List Bullet", "List Number"):
        if name in [s.name for s in styles]:
            _set_fonts(styles[name], layout.table.name if name == "Table Grid" else layout.body.name)


def _page_setup(document, layout: Layout) -> None:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    page = layout.page
    for section in document.sections:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(page["width_mm"]), Mm(page["height_mm"])
        section.top_margin, section.bottom_margin = Mm(page["top_mm"]), Mm(page["bottom_mm"])
        section.left_margin, section.right_margin = Mm(page["left_mm"]), Mm(page["right_mm"])
        section.header_distance, section.footer_distance = Mm(page["header_mm"]), Mm(page["footer_mm"])
        _page_number_footer(document, section, layout)


def _field(paragraph, instruction: str, placeholder: str) -> None:
    """A complex field (PAGE, NUMPAGES) that Word and LibreOffice update when they lay out."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def char(kind: str):
        run = paragraph.add_run()
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        run._r.append(element)
        return run

    char("begin")
    run = paragraph.add_run()
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    run._r.append(text)
    char("separate")
    paragraph.add_run(placeholder)
    char("end")


def _page_number_paragraph(footer, layout: Layout, align) -> None:
    import re

    from docx.shared import Pt

    spec = layout.page_number
    footer.is_linked_to_previous = False
    paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    paragraph.text = ""
    paragraph.alignment = align
    _no_indent(paragraph.paragraph_format)
    paragraph.paragraph_format.line_spacing_rule = None
    paragraph.paragraph_format.line_spacing = 1.0
    for piece in re.split(r"(\{PAGE\}|\{NUMPAGES\})", spec["text"]):
        if piece in ("{PAGE}", "{NUMPAGES}"):
            _field(paragraph, piece[1:-1], "1")
        elif piece:
            paragraph.add_run(piece)
    size = Pt(spec["size_pt"])
    for run in paragraph.runs:
        run.font.size = size
        _run_font(run, spec["font"])
    if spec.get("position") == "outside":  # one character in from the edge of the text
        if align == _align("right"):
            paragraph.paragraph_format.right_indent = size
        else:
            paragraph.paragraph_format.left_indent = size


def _align(name: str):
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    return {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
            "left": WD_ALIGN_PARAGRAPH.LEFT}[name]


def _run_font(run, east_asian: str) -> None:
    from docx.oxml.ns import qn

    run.font.name = LATIN_FONT if east_asian != "宋体" else east_asian
    fonts = run._r.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), east_asian)


def _page_number_footer(document, section, layout: Layout) -> None:
    if layout.page_number.get("position") == "outside":
        document.settings.odd_and_even_pages_header_footer = True
        _page_number_paragraph(section.footer, layout, _align("right"))
        _page_number_paragraph(section.even_page_footer, layout, _align("left"))
    else:
        _page_number_paragraph(section.footer, layout, _align(layout.page_number.get("position", "center")))


# -- a company's own file (--reference-doc) -----------------------------------------------

def _reference_document(path: Path):
    """The company's file with its body emptied: its styles, numbering, page setup, header
    and footer stay (as pandoc's --reference-doc does); styles the draft needs and the file
    lacks are added, based on its own Normal."""
    from docx import Document
    from docx.oxml.ns import qn

    from cswriter.errors import InputError

    try:
        document = Document(str(path))
    except FileNotFoundError:
        raise InputError(f"找不到参考文档“{path}”（--reference-doc）。") from None
    except Exception:  # python-docx raises several kinds for a file that is no .docx
        raise InputError(f"“{path}”不是可用的 Word 文档（--reference-doc）。",
                         hint="请给一个 .docx 文件（.doc 和 .dotx 请先在 Word 中另存为 .docx）。") from None
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    _ensure_styles(document)
    return document


def _ensure_styles(document) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt

    styles = document.styles
    present = {s.name for s in styles}
    normal = styles["Normal"]
    for name in ("Title", *HEADING_STYLES):
        if name not in present:
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = normal
            style.font.bold = True
            style.paragraph_format.keep_with_next = True
    if BODY_STYLE not in present:
        body = styles.add_style(BODY_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        body.base_style = normal
        body.quick_style = True
        size = normal.font.size or Pt(12)
        body.paragraph_format.first_line_indent = Pt(size.pt * 2)
        _chars_indent(body.paragraph_format, 200)
    if "List Bullet" not in present:
        styles.add_style("List Bullet", WD_STYLE_TYPE.PARAGRAPH).base_style = normal
    if "Table Grid" not in present:
        _add_table_grid(styles)


def _add_table_grid(styles) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml

    style = styles.add_style("Table Grid", WD_STYLE_TYPE.TABLE)
    sides = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                    for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    style.element.append(parse_xml(f'<w:tblPr xmlns:w="{W_NS}"><w:tblBorders>{sides}</w:tblBorders></w:tblPr>'))


def _has_list_numbering(document) -> bool:
    from docx.oxml.ns import qn

    style = document.styles["List Bullet"]
    ppr = style.element.pPr
    return ppr is not None and ppr.find(qn("w:numPr")) is not None


# Word's core properties hold at most 255 characters each (python-docx refuses more).
MAX_PROPERTY_CHARS = 255


def _property(text: str | None) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= MAX_PROPERTY_CHARS else text[:MAX_PROPERTY_CHARS - 1] + "…"


def _properties(document, draft: Draft, now: datetime) -> None:
    """Core properties from the report; nothing left from python-docx's template."""
    props = document.core_properties
    props.title = _property(draft.title)
    props.subject = _property(" ".join(x for x in (draft.type_title, draft.period) if x))
    props.author = _property(draft.author)
    props.last_modified_by = _property(draft.author)
    props.comments = ""
    props.keywords = "客服工作总结"
    props.category = _property(draft.type_title)
    props.language = "zh-CN"
    utc = now.astimezone(timezone.utc).replace(tzinfo=None) if now.tzinfo else now
    props.created = utc        # core properties are UTC (written with a Z)
    props.modified = utc
    props.revision = 1


# -- tables -----------------------------------------------------------------------------

def _display_width(text: str) -> float:
    """Width in ems: a Chinese character or full-width mark is one em; digits and Latin
    letters are counted at 0.6 em, the widest common fallback (DejaVu) rather than
    Times New Roman's 0.5, so a figure fits whichever font the reader's machine has."""
    return sum(1.0 if ord(ch) > 0x2E7F else 0.6 for ch in text)


CELL_PADDING_CM = 0.5                   # both cell margins and a little air
DEFAULT_TABLE_PT = 10.5                 # 五号, for a company's file that does not say


@dataclass(frozen=True)
class Frame:
    """What the body of the document gives the tables: the text width and the font size."""

    text_width_cm: float
    table_pt: float = DEFAULT_TABLE_PT
    body_pt: float = 12


def _frame(document, layout: Layout | None) -> Frame:
    if layout is not None:
        return Frame(layout.text_width_cm, layout.table.size_pt, layout.body.size_pt)
    section = document.sections[-1]
    width = (section.page_width - section.left_margin - section.right_margin) / 360000
    size = document.styles["Normal"].font.size
    body_pt = size.pt if size is not None else 12
    return Frame(width, min(body_pt, DEFAULT_TABLE_PT), body_pt)


def column_widths_cm(table: Table, total_cm: float | None = None,
                     table_pt: float = DEFAULT_TABLE_PT) -> list[float]:
    """Widths fitted to content: every column gets what its longest cell needs on one line
    when the page allows; otherwise only the widest columns (prose such as 高于目标0.5个百分点)
    are narrowed, down to a common width, so figures and short labels never wrap."""
    if total_cm is None:
        total_cm = default_layout().text_width_cm
    em_cm = table_pt * 2.54 / 72        # one em at the table's font size
    needs = []
    for i, header in enumerate(table.columns):
        cells = [row[i] for row in table.rows if i < len(row)]
        longest = max((_display_width(c) for c in cells), default=0)
        # A long header may wrap onto two lines; the figures under it may not.
        header_width = _display_width(header)
        header_need = header_width / 2 + 0.5 if header_width > 5 else header_width
        needs.append(max(longest, header_need, 2) * em_cm + CELL_PADDING_CM)
    if sum(needs) <= total_cm:
        spare = total_cm - sum(needs)
        return [w + spare * w / sum(needs) for w in needs]
    # Water-filling: cap the widest columns at a level such that everything fits.
    ordered = sorted(needs)
    fixed = 0.0
    for k, width in enumerate(ordered):
        level = (total_cm - fixed) / (len(ordered) - k)
        if width > level:
            break
        fixed += width
    else:  # pragma: no cover - sum(needs) > total_cm guarantees a break
        level = ordered[-1]
    return [min(w, level) for w in needs]


def _set_cell_margins(table_element) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tblpr = table_element.tblPr
    margins = OxmlElement("w:tblCellMar")
    for side, width in (("left", 80), ("right", 80)):
        element = OxmlElement(f"w:{side}")
        element.set(qn("w:w"), str(width))
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    # CT_TblPr is a sequence: the margins go before tblLook (Word refuses them after it).
    look = tblpr.find(qn("w:tblLook"))
    if look is not None:
        look.addprevious(margins)
    else:
        tblpr.append(margins)


def _row_property(row, name: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    trpr = row._tr.get_or_add_trPr()
    element = OxmlElement(f"w:{name}")
    element.set(qn("w:val"), "true")
    trpr.append(element)


def _fill_cell(cell, text: str, frame: Frame, *, bold: bool = False, align=None) -> None:
    from docx.shared import Pt

    paragraph = cell.paragraphs[0]
    _no_indent(paragraph.paragraph_format)
    paragraph.paragraph_format.space_after = Pt(0)
    paragraph.paragraph_format.line_spacing = 1.0  # a fixed body grid (公文) would clip cells
    if align is not None:
        paragraph.alignment = align
    run = paragraph.add_run(text)
    run.bold = bold
    run.font.size = Pt(frame.table_pt)


def _add_table(document, table: Table, frame: Frame) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    table = uniform_table(table)
    caption = document.add_paragraph()
    _no_indent(caption.paragraph_format)
    caption.alignment = WD_ALIGN_PARAGRAPH.CENTER
    caption.paragraph_format.space_before = Pt(6)
    caption.paragraph_format.space_after = Pt(3)
    caption.paragraph_format.keep_with_next = True
    title_run = caption.add_run(table.title)
    title_run.bold = True
    title_run.font.color.rgb = RGBColor(0, 0, 0)

    numeric = numeric_columns(table)
    widths = column_widths_cm(table, frame.text_width_cm, frame.table_pt)
    grid = document.add_table(rows=1 + len(table.rows), cols=len(table.columns))
    grid.style = "Table Grid"
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid.autofit = False
    _set_cell_margins(grid._tbl)
    for column, width in zip(grid.columns, widths):
        column.width = Cm(width)
    header = grid.rows[0]
    _row_property(header, "tblHeader")      # repeated at the top of every page
    for i, (cell, text) in enumerate(zip(header.cells, table.columns)):
        cell.width = Cm(widths[i])
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        _fill_cell(cell, text, frame, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for row, values in zip(grid.rows[1:], table.rows):
        _row_property(row, "cantSplit")      # a row never breaks across pages
        for i, (cell, text) in enumerate(zip(row.cells, values)):
            cell.width = Cm(widths[i])
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            align = WD_ALIGN_PARAGRAPH.RIGHT if numeric[i] else (
                WD_ALIGN_PARAGRAPH.LEFT if i == 0 else WD_ALIGN_PARAGRAPH.CENTER)
            _fill_cell(cell, text, frame, align=align)
    # Keep a short table with its caption and on one page where it fits.
    if len(table.rows) <= 15:
        for row in grid.rows[:-1]:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.keep_with_next = True


# -- prose, comments and 需补充 -----------------------------------------------------------

def _body_paragraph(document, text: str):
    return document.add_paragraph(text, style=BODY_STYLE)


def _commented_paragraph(document, text: str, marks: list[Mark], author: str) -> None:
    """A paragraph whose flagged sentences are separate runs, each carrying a comment."""
    from docx.enum.text import WD_COLOR_INDEX

    paragraph = document.add_paragraph(style=BODY_STYLE)
    position = 0
    for mark in sorted(marks, key=lambda m: m.start):
        if mark.start < position:  # overlapping sentences: one comment on the first
            continue
        if mark.start > position:
            paragraph.add_run(text[position:mark.start])
        run = paragraph.add_run(text[mark.start:mark.end])
        run.font.highlight_color = WD_COLOR_INDEX.YELLOW
        document.add_comment(run, text="\n".join(mark.notes), author=author, initials="CS")
        position = mark.end
    if position < len(text):
        paragraph.add_run(text[position:])


def _drafted_section(document, section: DraftSection, inline_notes: bool = True) -> None:
    marks = sentence_marks(section)
    if not inline_notes:
        section = section.model_copy(update={"text": body_text(section, False)})
    by_line: dict[int, list[Mark]] = {}
    for mark in marks:
        if mark.line is not None:
            by_line.setdefault(mark.line, []).append(mark)
    in_missing = False
    for index, line in enumerate(section.text.split("\n")):
        stripped = line.strip()
        if not stripped:
            in_missing = False
            continue
        if stripped.startswith(MISSING_LABEL):  # the 需补充 note the pipeline appends
            in_missing = True
            _missing_lead(document, stripped[len(MISSING_LABEL):])
            continue
        if in_missing and stripped.startswith(("- ", "-")):
            _missing_item(document, stripped.lstrip("-").strip())
            continue
        in_missing = False
        if index in by_line:
            lead = len(line) - len(line.lstrip())
            shifted = [Mark(m.line, max(0, m.start - lead), min(len(stripped), m.end - lead), m.notes)
                       for m in by_line[index]]
            _commented_paragraph(document, stripped, shifted, COMMENT_AUTHOR)
        else:
            _body_paragraph(document, stripped)


def _needs_input_section(document, section: DraftSection) -> None:
    """A visibly marked paragraph saying what is missing, its questions as a real list."""
    from docx.shared import RGBColor

    _missing_lead(document, "本节缺少必要的事实，暂不起草。请补充以下内容后重新运行 cswriter draft：")
    questions = section.questions or [line.split("：", 1)[-1].strip()
                                      for line in section.text.split("\n") if line.lstrip().startswith("-")]
    for question in questions:
        _missing_item(document, question)


MISSING_LABEL = "【需补充】"


def _missing_lead(document, text: str) -> None:
    """【需补充】 in bold red, then what follows it."""
    from docx.shared import RGBColor

    paragraph = _body_paragraph(document, "")
    _no_indent(paragraph.paragraph_format)
    mark = paragraph.add_run(MISSING_LABEL)
    mark.bold = True
    mark.font.color.rgb = RGBColor(*MISSING_COLOR)
    paragraph.add_run(text)


def _missing_item(document, text: str) -> None:
    """One thing to supply: a real bulleted list item (no literal "- "), in red."""
    from docx.shared import RGBColor

    if _has_list_numbering(document):
        item = document.add_paragraph(style="List Bullet")
    else:  # a company's List Bullet without numbering: the bullet as text
        item = document.add_paragraph("• ", style="List Bullet")
    item.paragraph_format.first_line_indent = None
    run = item.add_run(text)
    run.font.color.rgb = RGBColor(*MISSING_COLOR)
    for existing in item.runs:
        existing.font.color.rgb = RGBColor(*MISSING_COLOR)


def _section_comment(document, heading, notes: list[str]) -> None:
    if notes:
        document.add_comment(heading.runs, text="\n".join(notes), author=COMMENT_AUTHOR, initials="CS")


# -- the document ---------------------------------------------------------------------------

def _signature(document, draft: Draft, now: datetime, frame: Frame) -> None:
    """落款: the team (with the company), the name, the date, right-aligned after the text."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    # (the same unit and name lines as the Markdown's: a team's gloss in brackets is the overview's,
    # not the signature's — the Word file signed 客服中心（国内客票组、…）, review 144 rendered)
    lines = signature_lines(draft) + [f"{now.year}年{now.month}月{now.day}日"]
    for i, text in enumerate(lines):
        paragraph = document.add_paragraph(text, style=BODY_STYLE)
        _no_indent(paragraph.paragraph_format)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if i == 0:
            paragraph.paragraph_format.space_before = Pt(frame.body_pt * 2)
            paragraph.paragraph_format.keep_with_next = True
        elif i < len(lines) - 1:
            paragraph.paragraph_format.keep_with_next = True


# Characters XML 1.0 cannot hold (NUL, BEL, ESC and the other C0 controls but tab and line
# ends; lone surrogates; U+FFFE/U+FFFF), and the escape sequences a terminal would act on.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_ESCAPE_SEQUENCE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-_])")


def xml_safe(text: str) -> str:
    """`text` as every part of a .docx can hold it: escape sequences and characters XML
    cannot carry removed (a model reply or a facts field with NUL, BEL or ESC)."""
    if text.isprintable() and not any(c in text for c in "\ufffe\uffff"):
        return text
    return _NOT_XML.sub("", _ESCAPE_SEQUENCE.sub("", text))


def _xml_safe_value(value: Any) -> Any:
    if isinstance(value, str):
        return xml_safe(value)
    if isinstance(value, dict):
        return {k: _xml_safe_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_xml_safe_value(v) for v in value]
    return value


def xml_safe_draft(draft: Draft) -> Draft:
    """The draft with every string XML-safe: the one place text is cleaned on its way into
    the .docx, so body, tables, comments, properties and charts all get the same."""
    return Draft.model_validate(_xml_safe_value(draft.model_dump()))


def render_docx(draft: Draft, *, now: datetime | None = None, style: str | None = None,
                reference: Path | None = None, inline_notes: bool = False) -> bytes:
    """The Word document's bytes (written atomically by the caller).

    `style` names a layout of data/docx_layouts.yaml (默认, 公文 …); `reference` is a
    company's .docx whose styles, page setup, header and footer are used instead.
    The body holds only the report; what is still open is in Word comments (on the sentence,
    on the section heading, or on the title for sections left out until their facts are in).
    With `inline_notes`, a section that needs input is shown in the body as 【需补充】."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    from cswriter.draft.chart import add_table_charts

    now = (now or datetime.now(timezone.utc).astimezone()).replace(microsecond=0)
    draft = xml_safe_draft(draft)
    if reference is not None:
        layout = None
        document = _reference_document(Path(reference))
        _clean_package(document, None)
    else:
        layout = load_layout(style)
        document = Document()
        _clean_package(document, layout)
        _prepare_styles(document, layout)
        _page_setup(document, layout)
    frame = _frame(document, layout)
    _properties(document, draft, now)
    title = document.add_paragraph(draft.title, style="Title")
    if not inline_notes:
        _section_comment(document, title, pending_notes(draft))
    for number, section in numbered_sections(draft, inline_notes):
        heading = document.add_paragraph(heading_text(number, section), style="Heading 1")
        if section.status == "needs-input":
            _needs_input_section(document, section)
        else:
            _drafted_section(document, section, inline_notes)
            _section_comment(document, heading,
                             [n for m in sentence_marks(section) if m.line is None for n in m.notes])
        for table in section.tables:
            _add_table(document, table, frame)
            if section.id == "attachments":
                add_table_charts(document, uniform_table(table))
    _signature(document, draft, now, frame)
    _app_properties(document, draft)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
