"""`--fix`: apply the safe replacements findings carry, and write the file back.

Only rules marked `fixable` in the catalogue produce replacements (today: half-width
punctuation in Chinese sentences, a one-for-one character swap; CS402's unit swap
"1.2%" ↔ "1.2个百分点"). Only the bytes of the fixed characters change: the file keeps its
encoding (UTF-8, UTF-8 with BOM, UTF-16, GB18030/GBK or Big5), its byte order mark and every
line ending as it was, mixed or not. The file is replaced only if it still holds the bytes the
fixes were computed from: an editor saving meanwhile stops the fix, and nothing is written.
"""

from __future__ import annotations

from cswriter.errors import InputError
from cswriter.lint.models import LintFinding
from cswriter.text.files import decode_bytes, detect_encoding, read_bytes, write_bytes_atomic


def apply_replacements(text: str, findings: list[LintFinding]) -> tuple[str, int]:
    """`text` with every non-overlapping replacement applied; returns the count applied."""
    edits = _edits(text, findings)
    for start, end, replacement in reversed(edits):
        text = text[:start] + replacement + text[end:]
    return text, len(edits)


def full_width_punctuation(text: str) -> str:
    """A text of the user's (a fact string, a team's name) with Chinese punctuation, as
    `cswriter lint --fix` would give it.

    Facts typed on Windows often use half-width ,;:() inside Chinese; a draft's prose, title
    and 落款 should not inherit them. The linter's own fixable rule decides what to swap."""
    from cswriter.lint import lint_text
    from cswriter.lint.config import LintConfig

    findings = lint_text(text, path="<text>", config=LintConfig(select=["CS502"]))
    return apply_replacements(text, findings)[0]


def _edits(text: str, findings: list[LintFinding]) -> list[tuple[int, int, str]]:
    """The non-overlapping, still-matching replacements as (start, end, new), in order."""
    fixes = sorted((f for f in findings if f.replacement is not None),
                   key=lambda f: f.offset, reverse=True)
    edits: list[tuple[int, int, str]] = []
    limit = len(text) + 1
    for f in fixes:
        if f.end_offset > limit or text[f.offset:f.end_offset] != f.match:
            continue  # overlapping or stale: leave it for the next run
        edits.append((f.offset, f.end_offset, f.replacement or ""))
        limit = f.offset
    edits.reverse()
    return edits


def _codec(data: bytes) -> tuple[bytes, str]:
    """(byte order mark, codec) of a text file's bytes, so pieces can be encoded alone."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[:3], "utf-8"
    if data.startswith(b"\xff\xfe"):
        return data[:2], "utf-16-le"
    if data.startswith(b"\xfe\xff"):
        return data[:2], "utf-16-be"
    return b"", detect_encoding(data)


def _normalised_index(raw: str) -> list[int]:
    """For each character of the text as lint read it (line ends folded to "\\n"), its index
    in the raw text; one extra entry for the end."""
    index: list[int] = []
    i = 0
    n = len(raw)
    while i < n:
        index.append(i)
        i += 2 if raw[i] == "\r" and i + 1 < n and raw[i + 1] == "\n" else 1
    index.append(n)
    return index


def fix_bytes(original: bytes, text: str, findings: list[LintFinding], name: str) -> tuple[bytes, int]:
    """`original` with the fixes applied to the characters they fix, and nothing else.

    `text` is what lint read (the decoded file with line ends folded); if `original` no
    longer reads as it, the file changed since lint read it and the fix is refused."""
    bom, codec = _codec(original)
    raw = decode_bytes(original, name)
    if raw.replace("\r\n", "\n").replace("\r", "\n") != text:
        raise InputError(f"{name}：文件在检查之后被其他程序改动过；为免覆盖那些改动，本次没有修正，文件保持原样。",
                         hint="请重新运行 cswriter lint --fix。")
    edits = _edits(text, findings)
    if not edits:
        return original, 0
    index = _normalised_index(raw)
    try:
        if bom + raw.encode(codec) != original:
            raise UnicodeEncodeError(codec, raw, 0, 1, "the bytes do not read back as themselves")
        out = [bom]
        pos_chars = 0  # raw characters already placed
        pos_bytes = len(bom)
        for start, end, replacement in edits:
            s, e = index[start], index[end]
            kept = raw[pos_chars:s].encode(codec)
            out.append(original[pos_bytes:pos_bytes + len(kept)])
            pos_bytes += len(kept) + len(raw[s:e].encode(codec))
            out.append(replacement.encode(codec))
            pos_chars = e
        out.append(original[pos_bytes:])
        return b"".join(out), len(edits)
    except UnicodeEncodeError:
        # A replacement the legacy encoding lacks ("个" in Big5), or bytes that do not read
        # back as themselves: the file becomes UTF-8 with a BOM, every line ending kept.
        for start, end, replacement in reversed(edits):
            raw = raw[:index[start]] + replacement + raw[index[end]:]
        return raw.encode("utf-8-sig"), len(edits)


def fix_file(path: str, text: str, findings: list[LintFinding]) -> int:
    """Fix one file in place; returns how many findings were fixed."""
    if path == "-":
        raise InputError("--fix 不能用于标准输入，请指定文件。")
    if path.lower().endswith(".docx"):
        raise InputError(f"{path}：--fix 不能修改 Word 文档，文件未改动；请在 Word 中按提示手动修改。")
    original = read_bytes(path)
    new, applied = fix_bytes(original, text, findings, path)
    if not applied or new == original:
        return 0
    write_bytes_atomic(path, new, edit_input=True, expected=original)
    return applied
