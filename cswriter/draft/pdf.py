"""A Word document as PDF, laid out by LibreOffice (`soffice --headless --convert-to pdf`).

People hand in PDFs; cswriter writes the .docx itself and lets LibreOffice lay it out, so
the PDF is what Word users would print. Without LibreOffice the user is told how to get it
(exit 2); nothing is written.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from cswriter.errors import InputError

ENV_SOFFICE = "CSWRITER_SOFFICE"
TIMEOUT_SECONDS = 300
# Where LibreOffice installs itself outside PATH (Windows, macOS).
_KNOWN_PLACES = (
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
)


def find_soffice() -> str | None:
    """`CSWRITER_SOFFICE`, else soffice or libreoffice on PATH, else a usual install place."""
    explicit = os.environ.get(ENV_SOFFICE)
    if explicit:
        return explicit if Path(explicit).exists() or shutil.which(explicit) else None
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return next((place for place in _KNOWN_PLACES if Path(place).exists()), None)


def require_soffice() -> str:
    """The LibreOffice program, or an `InputError` saying how to get one (before any work)."""
    soffice = find_soffice()
    if soffice is None:
        raise InputError("输出 PDF 需要 LibreOffice，但本机没有找到（soffice）。",
                         hint="请安装 LibreOffice（https://zh-cn.libreoffice.org/ ；Debian/Ubuntu："
                              "apt-get install libreoffice-writer fonts-noto-cjk），或设置环境变量 "
                              f"{ENV_SOFFICE} 指向 soffice；也可以先输出 .docx 再自行另存为 PDF。")
    return soffice


def docx_to_pdf(docx: bytes, *, soffice: str | None = None) -> bytes:
    """The PDF LibreOffice lays out from the .docx bytes.

    A private LibreOffice profile in a temporary folder lets this run beside an open
    LibreOffice window and in parallel runs (a shared profile is locked)."""
    soffice = soffice or require_soffice()
    with tempfile.TemporaryDirectory(prefix="cswriter-pdf-") as folder:
        work = Path(folder)
        source = work / "draft.docx"
        source.write_bytes(docx)
        command = [soffice, f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless",
                   "--norestore", "--convert-to", "pdf", "--outdir", str(work), str(source)]
        try:
            done = subprocess.run(command, capture_output=True, timeout=TIMEOUT_SECONDS,
                                  stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            raise InputError(f"LibreOffice 转换 PDF 超过 {TIMEOUT_SECONDS} 秒未完成。",
                             hint="可以先输出 .docx，再用 Word 或 LibreOffice 另存为 PDF。") from None
        except OSError as error:
            raise InputError(f"无法启动 LibreOffice（{soffice}）：{error.strerror or error}。") from None
        target = work / "draft.pdf"
        if done.returncode != 0 or not target.exists():
            detail = (done.stderr or done.stdout).decode("utf-8", "replace").strip().splitlines()
            raise InputError("LibreOffice 没能把文档转换为 PDF。",
                             hint=(detail[-1] if detail else "可以先输出 .docx，再用 Word 另存为 PDF。"))
        return target.read_bytes()
