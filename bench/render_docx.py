"""Render every fixture's draft as .docx, then as PDF and PNG pages, to look at them.

    .venv/bin/python bench/render_docx.py [--out DIR] [--dpi 60] [FACTS...]

For each facts file (default: fixtures/*.yaml) the offline draft is written as .docx; a
second draft of the year-end fixture comes from a mock model whose wording the repairs
cannot fix, so its .docx carries comments. Each .docx is converted with LibreOffice
(`soffice --headless --convert-to pdf`) and `pdftoppm` into one PNG per page. Prints, per
file: pages, comments, charts, seconds to render the .docx and to convert it, and where
the PNGs are. Needs LibreOffice and poppler-utils (Debian: libreoffice-writer
poppler-utils fonts-noto-cjk); without them only the .docx files are written.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

VAGUE_REPLY = "本期工作取得了显著成效，客户满意度大幅提升，团队做得很好。"


def draft_docx(facts_path: Path, out: Path, *, vague: bool = False) -> tuple[float, int, int]:
    from cswriter.backends.mock import MockBackend
    from cswriter.backends.offline import OfflineBackend
    from cswriter.draft.docx import render_docx
    from cswriter.draft.pipeline import DraftOptions, draft_document
    from cswriter.facts.model import load_facts

    facts = load_facts(facts_path)
    backend = MockBackend(script=lambda request, index: VAGUE_REPLY) if vague else OfflineBackend()
    draft = draft_document(facts, backend, DraftOptions(max_repairs=1, use_cache=False))
    started = time.perf_counter()
    data = render_docx(draft)
    seconds = time.perf_counter() - started
    out.write_bytes(data)
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        comments = archive.read("word/comments.xml").count(b"<w:comment ") if "word/comments.xml" in names else 0
    charts = sum(1 for n in names if n.startswith("word/charts/chart"))
    return seconds, comments, charts


def to_pngs(docx_path: Path, out_dir: Path, dpi: int) -> tuple[float, list[Path]]:
    started = time.perf_counter()
    profile = Path(tempfile.mkdtemp(prefix="cswriter-lo-"))
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to",
                    'pdf:writer_pdf_Export:{"ExportNotesInMargin":{"type":"boolean","value":"true"}}', "--outdir", str(out_dir), str(docx_path)],
                   check=True, capture_output=True, timeout=300)
    shutil.rmtree(profile, ignore_errors=True)
    pdf = out_dir / (docx_path.stem + ".pdf")
    prefix = out_dir / docx_path.stem
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(pdf), str(prefix)], check=True, timeout=300)
    pages = sorted(out_dir.glob(f"{docx_path.stem}-*.png"))
    return time.perf_counter() - started, pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("facts", nargs="*", type=Path)
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "cswriter-render")
    parser.add_argument("--dpi", type=int, default=60)
    args = parser.parse_args()
    os.environ.setdefault("CSWRITER_CACHE_DIR", tempfile.mkdtemp(prefix="cswriter-bench-"))
    facts_files = args.facts or sorted((ROOT / "fixtures").glob("*.yaml"))
    args.out.mkdir(parents=True, exist_ok=True)
    can_convert = shutil.which("soffice") and shutil.which("pdftoppm")
    if not can_convert:
        print("soffice or pdftoppm not found: writing .docx only", file=sys.stderr)
    jobs = [(path, path.stem, False) for path in facts_files]
    jobs.append((ROOT / "fixtures" / "year-end-agent.yaml", "year-end-agent-unresolved", True))
    if not args.facts:
        # Facts imported from the invented exports: a daily table (30 points) and a monthly one.
        from cswriter.importing import import_exports, write_facts

        exports = ROOT / "fixtures" / "exports"
        for export, stem, agents in ((exports / "meiqia-2025-11-daily.csv", "imported-meiqia-daily", ["王芳"]),
                                     (exports / "qiyu-2025-monthly.xlsx", "imported-qiyu-monthly", [])):
            facts_path = args.out / f"{stem}.yaml"
            write_facts(import_exports([export], agents=agents), facts_path, force=True)
            jobs.append((facts_path, stem, False))
    print(f"{'file':34} {'pages':>5} {'comments':>8} {'charts':>6} {'docx s':>7} {'convert s':>9}")
    for path, stem, vague in jobs:
        docx_path = args.out / f"{stem}.docx"
        for old in args.out.glob(f"{stem}-*.png"):
            old.unlink()
        seconds, comments, charts = draft_docx(path, docx_path, vague=vague)
        pages: list[Path] = []
        convert = float("nan")
        if can_convert:
            convert, pages = to_pngs(docx_path, args.out, args.dpi)
        print(f"{stem:34} {len(pages):>5} {comments:>8} {charts:>6} {seconds:>7.3f} {convert:>9.1f}")
    print(f"PNGs in {args.out}")


if __name__ == "__main__":
    main()
