"""`--fix`: apply the safe replacements findings carry, and write the file back.

Only rules marked `fixable` in the catalogue produce replacements (today: half-width
punctuation in Chinese sentences, a one-for-one character swap; CS402's unit swap
"1.2%" ↔ "1.2个百分点"). The file keeps its encoding (UTF-8, UTF-8 with BOM, UTF-16,
GB18030/GBK or Big5) and its line endings.
"""

from __future__ import annotations

from cswriter.errors import InputError
from cswriter.lint.models import LintFinding
from cswriter.text.files import encode_like, read_bytes, write_bytes_atomic


def apply_replacements(text: str, findings: list[LintFinding]) -> tuple[str, int]:
    """`text` with every non-overlapping replacement applied; returns the count applied."""
    fixes = sorted((f for f in findings if f.replacement is not None),
                   key=lambda f: f.offset, reverse=True)
    applied = 0
    limit = len(text) + 1
    for f in fixes:
        if f.end_offset > limit or text[f.offset:f.end_offset] != f.match:
            continue  # overlapping or stale: leave it for the next run
        text = text[:f.offset] + (f.replacement or "") + text[f.end_offset:]
        limit = f.offset
        applied += 1
    return text, applied


def fix_file(path: str, text: str, findings: list[LintFinding]) -> int:
    """Fix one file in place; returns how many findings were fixed."""
    if path == "-":
        raise InputError("--fix 不能用于标准输入，请指定文件。")
    if path.lower().endswith(".docx"):
        raise InputError(f"{path}: --fix 不支持 Word 文档，请在 Word 中按提示手动修改。")
    new_text, applied = apply_replacements(text, findings)
    if not applied:
        return 0
    write_bytes_atomic(path, encode_like(new_text, read_bytes(path)), edit_input=True)
    return applied
