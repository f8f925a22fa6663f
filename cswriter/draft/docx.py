"""A `Draft` as a Word document: real headings, real tables, a Chinese font set.

python-docx is imported here only, when a .docx is asked for. Word picks the font for
Chinese characters from `w:eastAsia` of the run fonts (`w:rFonts`), not from the Latin font
name, so every style used is given an East Asian font explicitly; otherwise Chinese text
falls back to whatever the reader's Word picks (often a mismatched font).
"""

from __future__ import annotations

import io

from cswriter.draft.models import Draft, Table
from cswriter.draft.render import byline, numbered_sections

BODY_FONT = "宋体"
HEADING_FONT = "黑体"
LATIN_FONT = "Times New Roman"


def _set_fonts(style, east_asian: str, latin: str = LATIN_FONT) -> None:
    from docx.oxml.ns import qn

    style.font.name = latin
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    fonts.set(qn("w:eastAsia"), east_asian)


def _prepare_styles(document) -> None:
    from docx.shared import Pt, RGBColor

    styles = document.styles
    _set_fonts(styles["Normal"], BODY_FONT)
    styles["Normal"].font.size = Pt(12)
    for name, size in (("Title", 20), ("Heading 1", 16), ("Heading 2", 14)):
        style = styles[name]
        _set_fonts(style, HEADING_FONT)
        style.font.size = Pt(size)
        style.font.color.rgb = RGBColor(0, 0, 0)  # Word's blue headings look out of place in a 总结
    if "Table Grid" in [s.name for s in styles]:
        _set_fonts(styles["Table Grid"], BODY_FONT)


def _add_table(document, table: Table) -> None:
    caption = document.add_paragraph()
    caption.add_run(table.title).bold = True
    grid = document.add_table(rows=1, cols=len(table.columns))
    grid.style = "Table Grid"
    for cell, text in zip(grid.rows[0].cells, table.columns):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for row in table.rows:
        cells = grid.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text


def render_docx(draft: Draft) -> bytes:
    """The Word document's bytes (written atomically by the caller)."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = Document()
    _prepare_styles(document)
    document.core_properties.title = draft.title
    if draft.author:
        document.core_properties.author = draft.author
    title = document.add_heading(draft.title, level=0)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    meta = document.add_paragraph(byline(draft))
    meta.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for number, section in numbered_sections(draft):
        document.add_heading(f"{number}、{section.title}", level=1)
        for paragraph in section.text.strip().split("\n"):
            if paragraph.strip():
                document.add_paragraph(paragraph.strip())
        for table in section.tables:
            _add_table(document, table)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
