"""Native Word line charts of a table's number columns (the monthly table in 附件).

A native chart (a DrawingML chart part) rather than a picture: the reader's Word, WPS or
LibreOffice draws it with the reader's own Chinese fonts, so labels never come out as boxes,
and the data travels inside the document as an embedded workbook, so 编辑数据 works in Word.
The values are also cached in the chart part, which is what every viewer draws from.

One small chart per metric (columns have different units: 件, %, 分, 秒), two to a row in a
borderless layout table, each titled with the metric and its unit.

The parts' fixed structure is a template with no user text in it; every title, label and
name is set through lxml (`.text`, `.set`), so quotes, angle brackets and ampersands in a
column name stay text. In the embedded workbook a cell starting with = + - @ is written as
text, never as a formula.
"""

from __future__ import annotations

import io
import re

from cswriter.draft.models import Table
from cswriter.draft.render import numeric_columns, parse_plain_number

MAX_CHARTS = 4
CHART_WIDTH_CM, CHART_HEIGHT_CM = 7.1, 5.2
EMU_PER_CM = 360_000
CHART_FONT = "宋体"
LINE_COLORS = ("2F5597", "C55A11", "548235", "7030A0")

CHART_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_NS = ('xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
       'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def chart_series(table: Table) -> tuple[list[str], list[tuple[str, list[float | None]]]]:
    """(category labels, [(column title, values)]) for the table's number columns."""
    categories = [_short_label(row[0], table.rows) for row in table.rows]
    years = {c[:5] for c in categories}
    if len(years) == 1 and all(len(c) > 5 and c[:4].isdigit() and c[4] == "年" for c in categories):
        categories = [c[5:] for c in categories]  # 2025年1月 … → 1月 … (the year is in the table)
    flags = numeric_columns(table)
    series = []
    for i, title in enumerate(table.columns):
        if i == 0 or not flags[i]:
            continue
        values = []
        for row in table.rows:
            parsed = parse_plain_number(row[i]) if i < len(row) else None
            values.append(parsed[0] if parsed else None)
        series.append((title, values))
    return categories, series[:MAX_CHARTS]


_PERIOD_LABEL = re.compile(r"^(?:\d{4}年)?(?:\d{1,2}月(?:\d{1,2}日)?|第?[\d一二三四五六七八九十]+周|[一二三四]季度|Q[1-4]|"
                           r"\d{4}-\d{2}(?:-\d{2})?|\d{4}-W\d{2}|[上下]半年|\d{4}年)(?:（[^）]*）)?$")


def over_time(table: Table) -> bool:
    """Are the table's rows periods (months, weeks, days, quarters), so that its columns are trends?
    A table of groups or people is no trend: 分组统计表 drawn as lines through 国内组, 国际组 … 合计
    read as nonsense (review 144's airline year, rendered)."""
    # (most of them: a 合计 row, or a stray label, does not make a monthly table none)
    rows = [row for row in table.rows if row]
    return bool(rows) and sum(bool(_PERIOD_LABEL.match(str(row[0]).strip())) for row in rows) >= 0.75 * len(rows)


def _short_label(label: str, rows: list[list[str]]) -> str:
    """2025-11-03 → 3日 when every row is a day of one month; 11-03 within one year."""
    import re

    days = [re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", r[0]) for r in rows]
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", label)
    if not match or not all(days):
        return label
    if len({d.group(1, 2) for d in days}) == 1:
        return f"{int(match.group(3))}日"
    if len({d.group(1) for d in days}) == 1:
        return f"{match.group(2)}-{match.group(3)}"
    return label


def _text_properties(size: int, bold: bool = False) -> str:
    b = ' b="1"' if bold else ' b="0"'
    return (f'<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="{size}"{b}>'
            f'<a:latin typeface="{CHART_FONT}"/><a:ea typeface="{CHART_FONT}"/>'
            f'<a:cs typeface="{CHART_FONT}"/></a:defRPr></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>')


def chart_xml(title: str, categories: list[str], values: list[float | None], *,
              color: str, workbook_rid: str | None) -> bytes:
    """One line chart's part: cached categories and values, Chinese title and labels."""
    n = len(categories)
    last = n + 1
    numbers = [v for v in values if v is not None]
    decimals = max((len(f"{v:g}".split(".")[1]) if "." in f"{v:g}" else 0 for v in numbers), default=0)
    number_format = "0" if decimals == 0 else "0." + "0" * decimals
    marker = '<c:marker><c:symbol val="circle"/><c:size val="5"/></c:marker>' if n <= 31 else \
        '<c:marker><c:symbol val="none"/></c:marker>'
    external = (f'<c:externalData r:id="{workbook_rid}"><c:autoUpdate val="0"/></c:externalData>'
                if workbook_rid else "")
    xml = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace {_NS}>
<c:date1904 val="0"/><c:lang val="zh-CN"/><c:roundedCorners val="0"/>
<c:chart>
<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1050" b="1"/></a:pPr><a:r><a:rPr lang="zh-CN" sz="1050" b="1"><a:latin typeface="{CHART_FONT}"/><a:ea typeface="{CHART_FONT}"/></a:rPr><a:t/></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>
<c:autoTitleDeleted val="0"/>
<c:plotArea><c:layout/>
<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>
<c:ser><c:idx val="0"/><c:order val="0"/>
<c:tx><c:strRef><c:f>Sheet1!$B$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v/></c:pt></c:strCache></c:strRef></c:tx>
<c:spPr><a:ln w="22225" cap="rnd"><a:solidFill><a:srgbClr val="{color}"/></a:solidFill><a:round/></a:ln></c:spPr>
{marker}
<c:cat><c:strRef><c:f>Sheet1!$A$2:$A${last}</c:f><c:strCache><c:ptCount val="{n}"/></c:strCache></c:strRef></c:cat>
<c:val><c:numRef><c:f>Sheet1!$B$2:$B${last}</c:f><c:numCache><c:formatCode>{number_format}</c:formatCode><c:ptCount val="{n}"/></c:numCache></c:numRef></c:val>
<c:smooth val="0"/>
</c:ser>
<c:marker val="1"/>
<c:axId val="500100"/><c:axId val="500200"/>
</c:lineChart>
<c:catAx><c:axId val="500100"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>{_text_properties(800)}<c:crossAx val="500200"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>
<c:valAx><c:axId val="500200"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines><c:numFmt formatCode="{number_format}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>{_text_properties(800)}<c:crossAx val="500100"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>
</c:plotArea>
<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>
</c:chart>
{_text_properties(900)}
{external}
</c:chartSpace>"""
    from lxml import etree

    root = etree.fromstring(xml.encode("utf-8"))
    ns = {"c": _C, "a": _A}
    root.find(".//c:title//a:t", ns).text = title
    root.find(".//c:ser/c:tx//c:v", ns).text = title
    cat_cache = root.find(".//c:cat//c:strCache", ns)
    for i, category in enumerate(categories):
        point = etree.SubElement(cat_cache, f"{{{_C}}}pt", idx=str(i))
        etree.SubElement(point, f"{{{_C}}}v").text = category
    num_cache = root.find(".//c:val//c:numCache", ns)
    for i, value in enumerate(values):
        if value is not None:
            point = etree.SubElement(num_cache, f"{{{_C}}}pt", idx=str(i))
            etree.SubElement(point, f"{{{_C}}}v").text = f"{value:g}"
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


# What a spreadsheet reads as the start of a formula (and DDE): such a cell is kept as text.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def workbook_bytes(title: str, categories: list[str], values: list[float | None]) -> bytes:
    """The chart's data as a one-sheet workbook, so 编辑数据 in Word opens the figures."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Sheet1"
    for row, (category, value) in enumerate([("", title), *zip(categories, values)], start=1):
        for column, item in enumerate((category, value), start=1):
            cell = sheet.cell(row=row, column=column, value=item)
            if isinstance(item, str) and item[:1] in _FORMULA_STARTS:
                cell.data_type = "s"  # text, not a formula (=cmd|' /C calc'!A0)
                cell.quotePrefix = True
    workbook.properties.creator = "cswriter"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _inline_chart_xml(rid: str, shape_id: int) -> str:
    cx, cy = int(CHART_WIDTH_CM * EMU_PER_CM), int(CHART_HEIGHT_CM * EMU_PER_CM)
    return (
        '<w:drawing xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{shape_id}" name=""/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
        f'<c:chart r:id="{rid}"/></a:graphicData></a:graphic></wp:inline></w:drawing>'
    )


def _add_chart_run(document, paragraph, title: str, categories: list[str],
                   values: list[float | None], color: str, number: int) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    package = document.part.package
    chart_name = package.next_partname("/word/charts/chart%d.xml")
    chart_part = Part(chart_name, CHART_CONTENT_TYPE, b"", package)
    xlsx_name = PackURI(f"/word/embeddings/Microsoft_Excel_Worksheet{chart_name.idx}.xlsx")
    xlsx_part = Part(xlsx_name, XLSX_CONTENT_TYPE, workbook_bytes(title, categories, values), package)
    workbook_rid = chart_part.relate_to(xlsx_part, RT.PACKAGE)
    chart_part._blob = chart_xml(title, categories, values, color=color, workbook_rid=workbook_rid)
    rid = document.part.relate_to(chart_part, RT.CHART)
    run = paragraph.add_run()
    drawing = parse_xml(_inline_chart_xml(rid, 4000 + chart_name.idx))
    drawing.find(".//{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr").set(
        "name", f"图表 {number}：{title}")
    run._r.append(drawing)


def add_table_charts(document, table: Table) -> int:
    """Charts of the table's number columns after it (two to a row); returns how many."""
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.shared import Cm, Pt

    categories, series = chart_series(table)
    if len(categories) < 2 or not series or not over_time(table):
        return 0
    caption = document.add_paragraph()
    caption.alignment = WD_ALIGN_PARAGRAPH.CENTER
    caption.paragraph_format.first_line_indent = 0
    caption.paragraph_format.space_before = Pt(12)
    caption.paragraph_format.keep_with_next = True
    caption.add_run(f"{table.title}趋势图").bold = True
    columns = 2 if len(series) > 1 else 1
    rows = (len(series) + columns - 1) // columns
    layout = document.add_table(rows=rows, cols=columns)
    layout.alignment = WD_TABLE_ALIGNMENT.CENTER
    layout.autofit = False
    for row in layout.rows:
        trpr = row._tr.get_or_add_trPr()
        trpr.append(parse_xml('<w:cantSplit xmlns:w="http://schemas.openxmlformats.org/'
                              'wordprocessingml/2006/main"/>'))
    for index, (title, values) in enumerate(series):
        cell = layout.cell(index // columns, index % columns)
        cell.width = Cm(CHART_WIDTH_CM + 0.3)
        paragraph = cell.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.first_line_indent = 0
        _add_chart_run(document, paragraph, title, categories, values,
                       LINE_COLORS[index % len(LINE_COLORS)], index + 1)
    return len(series)
