"""Word output people hand in: a clean template (no compatibility mode, real properties, a
Chinese font table), the 公文 layout of GB/T 9704, a company's own file as the reference, a
需补充 note as a red list, and PDF through LibreOffice."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from cswriter.draft.docx import count_words, load_layout, render_docx
from cswriter.errors import InputError
from helpers import DOCX_NOW

ROOT = Path(__file__).resolve().parent.parent
YEAR_END = ROOT / "fixtures" / "year-end-agent.yaml"
NOW = DOCX_NOW
HAS_LIBREOFFICE = shutil.which("soffice") is not None and shutil.which("pdftotext") is not None
needs_libreoffice = pytest.mark.skipif(not HAS_LIBREOFFICE, reason="LibreOffice (soffice) and poppler-utils not installed")


@pytest.fixture(autouse=True)
def _cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("CSWRITER_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture
def offline_draft(year_end_draft):
    return year_end_draft


def _open(data: bytes):
    import docx

    return docx.Document(io.BytesIO(data))


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _mm(length) -> float:
    return length / 36000


# -- the default template ---------------------------------------------------------------------

def test_default_docx_opens_without_compatibility_mode_and_names_chinese_fonts(year_end_docx):
    parts = _parts(year_end_docx)
    settings = parts["word/settings.xml"].decode()
    assert re.search(r'w:name="compatibilityMode"[^>]*w:val="15"', settings)
    assert 'w:val="14"' not in settings and "savePreviewPicture" not in settings
    fonts = re.findall(r'<w:font w:name="([^"]+)"', parts["word/fontTable.xml"].decode())
    assert {"宋体", "黑体", "仿宋"} <= set(fonts)
    assert fonts[:3] == ["Times New Roman", "宋体", "黑体"]  # the ones the layout uses come first
    assert not any(name.startswith("ＭＳ") for name in fonts)  # no Japanese fonts left over
    assert "docProps/thumbnail.jpeg" not in parts
    assert not any(name.startswith("customXml/") for name in parts)
    assert b"thumbnail" not in parts["_rels/.rels"]


def test_app_properties_name_cswriter_and_count_the_words(year_end_docx):
    data = year_end_docx
    app = _parts(data)["docProps/app.xml"].decode()
    assert "<Application>cswriter</Application>" in app and "Macintosh" not in app
    words = int(re.search(r"<Words>(\d+)</Words>", app).group(1))
    body = "".join(p.text for p in _open(data).paragraphs)
    assert words > 0.8 * sum(1 for ch in body if "\u4e00" <= ch <= "\u9fff")
    assert "<Company>" in app


def test_count_words_like_word():
    # Ten characters, two full-width marks and two figures, as Word's 字数 counts them.
    assert count_words(["本期处理量125,380件，满意度95.2分。"])["Words"] == 10 + 2 + 2
    assert count_words(["", "客服 hello world"]) == {"Words": 4, "Characters": 12,
                                                      "CharactersWithSpaces": 14, "Paragraphs": 1}


# -- 公文 -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["公文", "gongwen", "GB/T 9704"])
def test_gongwen_layout_is_found_by_its_names(name):
    assert load_layout(name).id == "gongwen"


def test_an_unknown_style_is_a_clear_input_error():
    with pytest.raises(InputError) as caught:
        load_layout("宋体大字")
    assert "宋体大字" in caught.value.message and "公文" in (caught.value.hint or "")


def test_gongwen_margins_fonts_fixed_line_and_page_numbers(offline_draft):
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.oxml.ns import qn

    data = render_docx(offline_draft, now=NOW, style="公文")
    document = _open(data)
    section = document.sections[0]
    assert round(_mm(section.top_margin)) == 37 and round(_mm(section.left_margin)) == 28
    assert round(_mm(section.bottom_margin)) == 35 and round(_mm(section.right_margin)) == 26
    styles = document.styles
    assert styles["Normal"].element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "仿宋"
    assert styles["Normal"].font.size.pt == 16                       # 三号
    body = styles["正文缩进"].paragraph_format
    assert body.line_spacing_rule == WD_LINE_SPACING.EXACTLY and body.line_spacing.pt == 28
    title = styles["Title"]
    assert title.font.size.pt == 22 and "小标宋" in title.element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia"))
    heading_fonts = [styles[n].element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia"))
                     for n in ("Heading 1", "Heading 2")]
    assert heading_fonts == ["黑体", "楷体"]
    odd, even = section.footer.paragraphs[0], section.even_page_footer.paragraphs[0]
    assert odd.text == even.text == "— 1 —"
    assert odd.alignment == WD_ALIGN_PARAGRAPH.RIGHT and even.alignment == WD_ALIGN_PARAGRAPH.LEFT
    assert document.settings.odd_and_even_pages_header_footer
    fonts = re.findall(r'<w:font w:name="([^"]+)"', _parts(data)["word/fontTable.xml"].decode())
    assert {"仿宋", "黑体", "楷体", "宋体"} <= set(fonts)


# -- a company's own file -------------------------------------------------------------------------

def _company_template(path: Path) -> Path:
    import docx
    from docx.shared import Mm, Pt, RGBColor

    document = docx.Document()
    section = document.sections[0]
    section.top_margin, section.left_margin = Mm(20), Mm(22)
    section.header.paragraphs[0].text = "星河通信客户服务中心 内部资料"
    section.footer.paragraphs[0].text = "星河通信 版权所有"
    document.styles["Normal"].font.size = Pt(11)
    document.styles["Heading 1"].font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    document.add_paragraph("模板里的示例正文，应当被替换。")
    document.save(path)
    return path


def test_reference_doc_carries_the_company_styles_margins_header_and_footer(offline_draft, tmp_path):
    from docx.shared import RGBColor

    reference = _company_template(tmp_path / "公司模板.docx")
    document = _open(render_docx(offline_draft, now=NOW, reference=reference))
    section = document.sections[0]
    assert round(_mm(section.top_margin)) == 20 and round(_mm(section.left_margin)) == 22
    assert section.header.paragraphs[0].text == "星河通信客户服务中心 内部资料"
    assert section.footer.paragraphs[0].text == "星河通信 版权所有"
    assert document.styles["Normal"].font.size.pt == 11
    assert document.styles["Heading 1"].font.color.rgb == RGBColor(0x1F, 0x4E, 0x79)
    texts = [p.text for p in document.paragraphs]
    assert "模板里的示例正文，应当被替换。" not in texts
    assert "一、工作概述" in texts and "二、核心指标与工作成果" in texts and len(texts) > 20


def test_reference_doc_without_the_styles_we_need_still_works(offline_draft, tmp_path):
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    # A bare file: drop every heading, list and table style the draft would use.
    reference = _company_template(tmp_path / "bare.docx")
    document = docx.Document(str(reference))
    for style in list(document.styles):
        if style.name in ("Title", "Heading 1", "Heading 2", "List Bullet", "Table Grid"):
            style.element.getparent().remove(style.element)
    document.save(reference)
    out = _open(render_docx(offline_draft, now=NOW, reference=reference))
    assert out.styles["Table Grid"].type == WD_STYLE_TYPE.TABLE
    assert len(out.tables) >= 2 and "一、工作概述" in [p.text for p in out.paragraphs]


def test_a_reference_doc_that_is_no_word_file_is_an_input_error(offline_draft, tmp_path):
    bad = tmp_path / "模板.docx"
    bad.write_text("not a zip", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        render_docx(offline_draft, reference=bad)
    assert "模板.docx" in caught.value.message


# -- 需补充 inside a drafted section ------------------------------------------------------------

def test_missing_note_in_a_drafted_section_is_a_red_list(offline_draft):
    from docx.oxml.ns import qn

    sections = list(offline_draft.sections)
    work = next(i for i, s in enumerate(sections) if s.status == "drafted" and not s.tables)
    note = "\n\n【需补充】以下内容需要补充或核对，暂未写入本节：\n- 计划“上线知识库”：完成期限需补充。\n- 指标“首解率”：目标值需补充。"
    sections[work] = sections[work].model_copy(update={"text": sections[work].text + note})
    document = _open(render_docx(offline_draft.model_copy(update={"sections": sections}), now=NOW,
                                 inline_notes=True))
    texts = [p.text for p in document.paragraphs]
    lead = next(i for i, t in enumerate(texts) if t.startswith("【需补充】以下内容"))
    assert document.paragraphs[lead].runs[0].font.color.rgb is not None
    items = document.paragraphs[lead + 1:lead + 3]
    assert [p.text for p in items] == ["计划“上线知识库”：完成期限需补充。", "指标“首解率”：目标值需补充。"]
    for item in items:
        assert item.style.name == "List Bullet"
        assert item.style.element.pPr.find(qn("w:numPr")) is not None  # bullets Word draws
        assert all(run.font.color.rgb is not None for run in item.runs)
    assert not any(t.startswith("- ") for t in texts)


# -- PDF ----------------------------------------------------------------------------------------------

@pytest.mark.slow
@needs_libreoffice
def test_gongwen_pdf_has_em_dash_page_numbers_and_a4(offline_draft, tmp_path):
    from cswriter.draft.pdf import docx_to_pdf

    pdf = tmp_path / "公文.pdf"
    pdf.write_bytes(docx_to_pdf(render_docx(offline_draft, now=NOW, style="公文")))
    assert pdf.read_bytes().startswith(b"%PDF")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert "(A4)" in info
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    assert re.search(r"—\s*1\s*—", text) and re.search(r"—\s*2\s*—", text)
    assert offline_draft.title in text.replace(" ", "")


def test_without_libreoffice_a_pdf_is_refused_with_a_clear_message(monkeypatch, tmp_path):
    from cswriter.draft import pdf

    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv(pdf.ENV_SOFFICE, raising=False)
    monkeypatch.setattr(pdf, "_KNOWN_PLACES", ())
    with pytest.raises(InputError) as caught:
        pdf.require_soffice()
    assert "LibreOffice" in caught.value.message and caught.value.exit_code == 2


# -- the command line ---------------------------------------------------------------------------

def _cli(*args):
    from click.testing import CliRunner

    from cswriter.cli import app

    return CliRunner().invoke(app, [str(a) for a in args])


def test_draft_style_gongwen_on_the_command_line(tmp_path):
    out = tmp_path / "总结.docx"
    result = _cli("draft", YEAR_END, "-o", out, "--style", "gongwen")
    assert result.exit_code == 0, result.output
    assert round(_mm(_open(out.read_bytes()).sections[0].top_margin)) == 37


def test_draft_reference_doc_on_the_command_line(tmp_path):
    reference = _company_template(tmp_path / "公司模板.docx")
    out = tmp_path / "总结.docx"
    result = _cli("draft", YEAR_END, "-o", out, "--reference-doc", reference)
    assert result.exit_code == 0, result.output
    assert _open(out.read_bytes()).sections[0].header.paragraphs[0].text == "星河通信客户服务中心 内部资料"


@pytest.mark.parametrize("args, words", [
    (["--style", "花体"], "花体"),
    (["--reference-doc", "没有这个文件.docx"], "没有这个文件.docx"),
    (["--style", "公文", "--reference-doc", "x.docx"], "只能选一个"),
])
def test_bad_layout_options_exit_2_before_drafting(tmp_path, args, words):
    out = tmp_path / "总结.docx"
    result = _cli("draft", YEAR_END, "-o", out, *args)
    assert result.exit_code == 2 and words in result.stderr and "Traceback" not in result.output
    assert not out.exists()


def test_pdf_without_libreoffice_exits_2_and_writes_nothing(tmp_path, monkeypatch):
    from cswriter.draft import pdf

    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(pdf, "_KNOWN_PLACES", ())
    out = tmp_path / "总结.pdf"
    result = _cli("draft", YEAR_END, "-o", out)
    assert result.exit_code == 2 and "LibreOffice" in result.stderr
    assert not out.exists()


@pytest.mark.slow
@needs_libreoffice
def test_draft_to_pdf_on_the_command_line(tmp_path):
    out = tmp_path / "总结.pdf"
    result = _cli("draft", YEAR_END, "-o", out)
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"%PDF")


def test_a_reference_doc_keeps_its_own_settings_but_not_its_thumbnail(offline_draft, tmp_path):
    reference = _company_template(tmp_path / "公司模板.docx")  # python-docx's file: Word 2010 mode, a thumbnail
    parts = _parts(render_docx(offline_draft, now=NOW, reference=reference))
    assert 'w:val="14"' in parts["word/settings.xml"].decode()  # the company's compatibility setting stays
    assert "docProps/thumbnail.jpeg" not in parts
