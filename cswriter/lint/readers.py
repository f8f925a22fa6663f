"""Reading drafts to lint: Markdown, plain text, Word (.docx) and stdin.

Every reader returns the text positions refer to, plus a "prose" copy of the same length in
which what is not prose (fenced code, inline code, HTML comments, URLs, link targets) is
blanked with spaces, so rules never see it and line:column still match the file. A .docx
becomes one line per paragraph or table cell, in document order; its line numbers are those
paragraph numbers.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

from cswriter import regexcache
from cswriter.errors import InputError
from cswriter.text.files import STDIN_NAME, decode_bytes, read_bytes

MAX_TEXT_BYTES = 2 * 1024 * 1024      # a long year-end summary is ~50 KB
MAX_DOCX_BYTES = 30 * 1024 * 1024     # Word files carry images; the text is what counts
# python-docx inflates every part into memory and parses the XML ones, so the limits that
# matter are on the uncompressed sizes (a 4 MB .docx can inflate to gigabytes).
MAX_DOCX_UNCOMPRESSED = 120 * 1024 * 1024
MAX_DOCX_XML_PART = 24 * 1024 * 1024  # 1,000,000 characters of text is ~10 MB of WordprocessingML
MAX_DOCX_ENTRIES = 5000
MAX_CHARS = 1_000_000


class Draft(NamedTuple):
    """A draft as read: its text, and its prose with non-prose blanked. (A NamedTuple, not
    a frozen dataclass: building that class costs ~1 ms of every cold `cswriter lint`.)"""

    path: str
    text: str
    prose: str


def display_name(path: str) -> str:
    return "标准输入" if path == STDIN_NAME else path


def read_draft(path: str) -> Draft:
    """Read one draft; raises `InputError` with a Chinese message naming the file."""
    name = display_name(path)
    suffix = Path(path).suffix.lower() if path != STDIN_NAME else ""
    if suffix == ".doc":
        raise InputError(f"{name}: 不支持旧版 Word（.doc）格式。", hint="请在 Word 或 WPS 中另存为 .docx 后重试。")
    if path != STDIN_NAME:
        _check_size(Path(path), name, MAX_DOCX_BYTES if suffix == ".docx" else MAX_TEXT_BYTES)
    data = read_bytes(path)
    if suffix == ".docx" or (path == STDIN_NAME and data[:4] == b"PK\x03\x04"):
        text = docx_text(data, name)
    else:
        if len(data) > MAX_TEXT_BYTES:
            raise InputError(f"{name}: 内容过大（{len(data) / 1048576:.1f} MB），上限为 2 MB。")
        if data[:4] == b"PK\x03\x04":
            raise InputError(f"{name}: 这是 Word 或压缩文件，不是文本文件。", hint="Word 文档请使用 .docx 扩展名。")
        _check_mixed_encoding(data, name)
        text = decode_bytes(data, name).replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise InputError(f"{name}: 文件是空的，没有可检查的文字。")
    if len(text) > MAX_CHARS:
        raise InputError(f"{name}: 文字过多（{len(text):,} 字），上限为 {MAX_CHARS:,} 字。")
    markdown = suffix in (".md", ".markdown") or path == STDIN_NAME
    return Draft(path=path, text=text, prose=prose_of(text, markdown=markdown))


def _check_size(path: Path, name: str, limit: int) -> None:
    try:
        size = path.stat().st_size
    except OSError:
        return  # read_bytes reports missing files and permissions in Chinese
    if size > limit:
        raise InputError(
            f"{name}: 文件过大（{size / 1048576:.1f} MB），上限为 {limit // 1048576} MB。",
            hint="工作总结通常只有几十 KB；请确认选对了文件。",
        )


_UTF8_CJK = re.compile(rb"[\xe4-\xe9][\x80-\xbf]{2}")


def _check_mixed_encoding(data: bytes, name: str) -> None:
    """UTF-8 and GBK in one file decode as GB18030 without error, into mojibake."""
    try:
        data.decode("utf-8")
        return
    except UnicodeDecodeError as exc:
        bad_at = exc.start
    if len(_UTF8_CJK.findall(data)) >= 4 and _UTF8_CJK.search(data[:bad_at] or b"x"):
        line = data[:bad_at].count(b"\n") + 1
        raise InputError(
            f"{name}: 文件混用了 UTF-8 和 GBK 两种编码（第 {line} 行起不是 UTF-8）。",
            hint="请用记事本或 WPS 打开后统一另存为 UTF-8 编码。",
        )


def docx_text(data: bytes, name: str) -> str:
    """Paragraphs and table cells of a .docx, in order, one per line."""
    import io
    import zipfile

    try:
        import docx  # python-docx, imported only when a .docx is linted
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError:  # pragma: no cover - it is a declared dependency
        raise InputError(f"{name}: 读取 .docx 需要 python-docx。") from None
    _check_docx_expansion(data, name)
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise InputError(f"{name}: 不是有效的 Word（.docx）文档，文件可能已损坏。",
                         hint="请在 Word 或 WPS 中打开并重新保存为 .docx。") from None
    except Exception as exc:  # lxml errors on a damaged document.xml
        raise InputError(f"{name}: 无法解析 Word 文档（{type(exc).__name__}）。") from None
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    seen_cells: set[int] = set()

    def walk(parent) -> None:
        for child in parent.iter_inner_content():
            if isinstance(child, Paragraph):
                lines.append(child.text)
            elif isinstance(child, Table):
                for row in child.rows:
                    for cell in row.cells:
                        # Merged cells come back once per grid position.
                        if id(cell._tc) in seen_cells:
                            continue
                        seen_cells.add(id(cell._tc))
                        walk(cell)

    walk(document)
    return "\n".join(line.replace("\r", " ").replace("\n", " ") for line in lines)


def _check_docx_expansion(data: bytes, name: str) -> None:
    """Refuse a .docx whose parts would inflate beyond the limits, before anything is inflated.

    The sizes in the zip directory are trusted because `zipfile` never returns more than the
    declared size of an entry (it truncates, then fails the CRC check), so a lying directory
    cannot make python-docx inflate more than what is checked here.
    """
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise InputError(f"{name}: 不是有效的 Word（.docx）文档，文件可能已损坏。",
                         hint="请在 Word 或 WPS 中打开并重新保存为 .docx。") from None
    if len(entries) > MAX_DOCX_ENTRIES:
        raise InputError(f"{name}: Word 文档内部的文件过多（{len(entries):,} 个），不像一份工作总结。")
    total = sum(entry.file_size for entry in entries)
    if total > MAX_DOCX_UNCOMPRESSED:
        raise InputError(
            f"{name}: 文档解压后过大（{total / 1048576:.0f} MB），上限为 {MAX_DOCX_UNCOMPRESSED // 1048576} MB。",
            hint="请确认选对了文件；图片很多的文档可另存一份只含文字的 .docx 再检查。",
        )
    for entry in entries:
        if entry.filename.lower().endswith((".xml", ".rels")) and entry.file_size > MAX_DOCX_XML_PART:
            raise InputError(
                f"{name}: 文档中的 {entry.filename} 解压后有 {entry.file_size / 1048576:.0f} MB，"
                f"上限为 {MAX_DOCX_XML_PART // 1048576} MB。",
                hint="工作总结的正文通常不到 1 MB；请确认选对了文件。",
            )


_FENCE = regexcache.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")
# Linear on any input: comments are found with str.find (an unclosed "<!--" ends the search
# instead of rescanning the rest of the text from every later "<!--"), and a link target
# stops at the next "]" or line end (a run of "](" without ")" is not rescanned either).
_BLANK_MD = regexcache.compile(
    r"`[^`\n]+`"                        # inline code
    r"|\]\([^)\]\n]*\)"                  # link and image targets
    r"|!(?=\[)"                          # the image mark
    r"|<https?://[^>\s]+>"
    r"|https?://[^\s<>()（）\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]+",
)
_BLANK_TEXT = regexcache.compile(r"https?://[^\s<>()（）\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]+")


def _blank_comments(text: str) -> str:
    pieces: list[str] = []
    pos = 0
    while True:
        start = text.find("<!--", pos)
        if start < 0:
            break
        end = text.find("-->", start + 4)
        if end < 0:
            break  # unclosed: the rest is prose, and no later comment can close either
        end += 3
        pieces.append(text[pos:start])
        pieces.append(_blank(text[start:end]))
        pos = end
    if not pieces:
        return text
    pieces.append(text[pos:])
    return "".join(pieces)


def _blank(segment: str) -> str:
    return "".join("\n" if ch == "\n" else " " for ch in segment)


def prose_of(text: str, *, markdown: bool) -> str:
    """`text` with non-prose blanked out, same length, same line breaks."""
    if markdown and ("```" in text or "~~~" in text):
        lines = text.split("\n")
        fence: str | None = None
        for i, line in enumerate(lines):
            m = _FENCE.match(line)
            if fence is None and m:
                fence = m.group(1)[0] * 3
                lines[i] = " " * len(line)
            elif fence is not None:
                if line.strip().startswith(fence):
                    fence = None
                lines[i] = " " * len(line)
        text = "\n".join(lines)
    if markdown:
        pattern = _BLANK_MD
    else:
        pattern = _BLANK_TEXT
    if "<!--" in text:
        text = _blank_comments(text)
    if "http" not in text and "`" not in text and "](" not in text:
        return text
    return pattern.sub(lambda m: _blank(m.group()), text)
