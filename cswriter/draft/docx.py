"""A `Draft` as a Word document a 主管 can hand in without touching the layout.

A4 with the margins Word uses for Chinese documents; body text in 宋体 with a first-line
indent of two characters and 1.5-line spacing; headings in 黑体; page numbers in the footer;
a 落款 (team, name, date) at the end; document properties from the report; tables fitted to
their content with a header row repeated on every page; the monthly table charted in 附件;
every problem left after the repairs as a Word comment on its sentence.

Fonts: Word takes the font of Chinese characters from `w:eastAsia` of the run fonts, but a
theme attribute (`w:eastAsiaTheme`, `w:asciiTheme` …) beside it wins over the explicit name,
and python-docx's template carries them (with a Japanese theme language), so the theme
attributes are removed from every style and the East Asian language is set to zh-CN.

python-docx is imported here only, when a .docx is asked for.
"""

from __future__ import annotations

import io
import re
from datetime import datetime, timezone
from typing import Any

from cswriter.draft.models import Draft, DraftSection, Table
from cswriter.draft.render import (
    Mark,
    body_text,
    byline,
    numbered_sections,
    numeric_columns,
    pending_notes,
    sentence_marks,
    uniform_table,
)

BODY_FONT = "宋体"
HEADING_FONT = "黑体"
LATIN_FONT = "Times New Roman"
BODY_SIZE = 12        # 小四
HEADING_SIZES = {"Title": 22, "Heading 1": 16, "Heading 2": 14}   # 二号, 三号, 四号
TABLE_SIZE = 10.5     # 五号
PAGE_WIDTH_CM, PAGE_HEIGHT_CM = 21.0, 29.7
MARGIN_TOP_CM = MARGIN_BOTTOM_CM = 2.54
MARGIN_SIDE_CM = 3.18
TEXT_WIDTH_CM = PAGE_WIDTH_CM - 2 * MARGIN_SIDE_CM
COMMENT_AUTHOR = "cswriter 核对"
MISSING_COLOR = (0xC0, 0x00, 0x00)

_THEME_FONT_ATTRIBUTES = ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")


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
    # Word 2010's copy of the styles, still carrying the theme fonts; Word rebuilds it from
    # styles.xml when it is absent.
    for rid, rel in list(document.part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            document.part.drop_rel(rid)


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


def _prepare_styles(document) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    _strip_theme_fonts(document)
    styles = document.styles
    normal = styles["Normal"]
    _set_fonts(normal, BODY_FONT)
    normal.font.size = Pt(BODY_SIZE)
    normal.paragraph_format.space_after = Pt(0)

    body = styles.add_style("正文缩进", WD_STYLE_TYPE.PARAGRAPH)
    body.base_style = normal
    body.quick_style = True
    fmt = body.paragraph_format
    fmt.first_line_indent = Pt(BODY_SIZE * 2)
    _chars_indent(fmt, 200)
    fmt.line_spacing_rule = WD_LINE_SPACING.ONE_POINT_FIVE
    fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    fmt.space_after = Pt(0)

    for name, size in HEADING_SIZES.items():
        style = styles[name]
        _set_fonts(style, HEADING_FONT)
        style.font.size = Pt(size)
        style.font.bold = name != "Title"
        style.font.italic = False
        style.font.color.rgb = RGBColor(0, 0, 0)  # Word's blue headings look out of place in a 总结
        style.paragraph_format.space_before = Pt(12 if name != "Title" else 0)
        style.paragraph_format.space_after = Pt(6)
        style.paragraph_format.keep_with_next = True
        _no_indent(style.paragraph_format)
        # The template's Title has a blue rule under it.
        ppr = style.element.get_or_add_pPr()
        for border in ppr.findall(qn("w:pBdr")):
            ppr.remove(border)
    styles["Title"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for name in ("Table Grid", "List Bullet", "List Number"):
        if name in [s.name for s in styles]:
            _set_fonts(styles[name], BODY_FONT)


def _page_setup(document) -> None:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    for section in document.sections:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Cm(PAGE_WIDTH_CM), Cm(PAGE_HEIGHT_CM)
        section.top_margin, section.bottom_margin = Cm(MARGIN_TOP_CM), Cm(MARGIN_BOTTOM_CM)
        section.left_margin = section.right_margin = Cm(MARGIN_SIDE_CM)
        section.header_distance = section.footer_distance = Cm(1.5)
        _page_number_footer(section)


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


def _page_number_footer(section) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    footer = section.footer
    footer.is_linked_to_previous = False
    paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    paragraph.text = ""
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _no_indent(paragraph.paragraph_format)
    paragraph.add_run("第 ")
    _field(paragraph, "PAGE", "1")
    paragraph.add_run(" 页，共 ")
    _field(paragraph, "NUMPAGES", "1")
    paragraph.add_run(" 页")
    for run in paragraph.runs:
        run.font.size = Pt(10.5)


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


EM_CM = TABLE_SIZE * 2.54 / 72          # one em at the table's font size
CELL_PADDING_CM = 0.5                   # both cell margins and a little air


def column_widths_cm(table: Table, total_cm: float = TEXT_WIDTH_CM) -> list[float]:
    """Widths fitted to content: every column gets what its longest cell needs on one line
    when the page allows; otherwise only the widest columns (prose such as 高于目标0.5个百分点)
    are narrowed, down to a common width, so figures and short labels never wrap."""
    needs = []
    for i, header in enumerate(table.columns):
        cells = [row[i] for row in table.rows if i < len(row)]
        longest = max((_display_width(c) for c in cells), default=0)
        # A long header may wrap onto two lines; the figures under it may not.
        header_width = _display_width(header)
        header_need = header_width / 2 + 0.5 if header_width > 5 else header_width
        needs.append(max(longest, header_need, 2) * EM_CM + CELL_PADDING_CM)
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


def _fill_cell(cell, text: str, *, bold: bool = False, align=None) -> None:
    from docx.shared import Pt

    paragraph = cell.paragraphs[0]
    _no_indent(paragraph.paragraph_format)
    paragraph.paragraph_format.space_after = Pt(0)
    if align is not None:
        paragraph.alignment = align
    run = paragraph.add_run(text)
    run.bold = bold
    run.font.size = Pt(TABLE_SIZE)


def _add_table(document, table: Table) -> None:
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
    widths = column_widths_cm(table)
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
        _fill_cell(cell, text, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for row, values in zip(grid.rows[1:], table.rows):
        _row_property(row, "cantSplit")      # a row never breaks across pages
        for i, (cell, text) in enumerate(zip(row.cells, values)):
            cell.width = Cm(widths[i])
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            align = WD_ALIGN_PARAGRAPH.RIGHT if numeric[i] else (
                WD_ALIGN_PARAGRAPH.LEFT if i == 0 else WD_ALIGN_PARAGRAPH.CENTER)
            _fill_cell(cell, text, align=align)
    # Keep a short table with its caption and on one page where it fits.
    if len(table.rows) <= 15:
        for row in grid.rows[:-1]:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.keep_with_next = True


# -- prose, comments and 需补充 -----------------------------------------------------------

def _body_paragraph(document, text: str):
    return document.add_paragraph(text, style="正文缩进")


def _commented_paragraph(document, text: str, marks: list[Mark], author: str) -> None:
    """A paragraph whose flagged sentences are separate runs, each carrying a comment."""
    from docx.enum.text import WD_COLOR_INDEX

    paragraph = document.add_paragraph(style="正文缩进")
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
    for index, line in enumerate(section.text.split("\n")):
        stripped = line.strip()
        if not stripped:
            continue
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

    paragraph = _body_paragraph(document, "")
    paragraph.paragraph_format.first_line_indent = 0
    _chars_indent(paragraph.paragraph_format, 0)
    mark = paragraph.add_run("【需补充】")
    mark.bold = True
    mark.font.color.rgb = RGBColor(*MISSING_COLOR)
    paragraph.add_run("本节缺少必要的事实，暂不起草。请补充以下内容后重新运行 cswriter draft：")
    questions = section.questions or [line.split("：", 1)[-1].strip()
                                      for line in section.text.split("\n") if line.lstrip().startswith("-")]
    for question in questions:
        item = document.add_paragraph(question, style="List Bullet")
        _no_indent(item.paragraph_format)


def _section_comment(document, heading, notes: list[str]) -> None:
    if notes:
        document.add_comment(heading.runs, text="\n".join(notes), author=COMMENT_AUTHOR, initials="CS")


# -- the document ---------------------------------------------------------------------------

def _signature(document, draft: Draft, now: datetime) -> None:
    """落款: the team (with the company), the name, the date, right-aligned after the text."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    lines = []
    unit = " ".join(x for x in (draft.company, draft.team) if x)
    if unit:
        lines.append(unit)
    if draft.author:
        lines.append(f"{draft.role}　{draft.author}" if draft.role else draft.author)
    lines.append(f"{now.year}年{now.month}月{now.day}日")
    for i, text in enumerate(lines):
        paragraph = document.add_paragraph(text, style="正文缩进")
        _no_indent(paragraph.paragraph_format)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if i == 0:
            paragraph.paragraph_format.space_before = Pt(BODY_SIZE * 2)
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


def render_docx(draft: Draft, *, now: datetime | None = None, inline_notes: bool = False) -> bytes:
    """The Word document's bytes (written atomically by the caller).

    The body holds only the report; what is still open is in Word comments (on the sentence,
    on the section heading, or on the title for sections left out until their facts are in).
    With `inline_notes`, a section that needs input is shown in the body as 【需补充】."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    from cswriter.draft.chart import add_table_charts

    now = (now or datetime.now(timezone.utc).astimezone()).replace(microsecond=0)
    draft = xml_safe_draft(draft)
    document = Document()
    _prepare_styles(document)
    _page_setup(document)
    _properties(document, draft, now)
    title = document.add_heading(draft.title, level=0)
    if not inline_notes:
        _section_comment(document, title, pending_notes(draft))
    meta = document.add_paragraph(byline(draft))
    _no_indent(meta.paragraph_format)
    meta.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for number, section in numbered_sections(draft, inline_notes):
        heading = document.add_heading(f"{number}、{section.title}", level=1)
        if section.status == "needs-input":
            _needs_input_section(document, section)
        else:
            _drafted_section(document, section, inline_notes)
            _section_comment(document, heading,
                             [n for m in sentence_marks(section) if m.line is None for n in m.notes])
        for table in section.tables:
            _add_table(document, table)
            if section.id == "attachments":
                add_table_charts(document, uniform_table(table))
    _signature(document, draft, now)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
