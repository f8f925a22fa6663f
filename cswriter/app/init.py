"""Init: a commented facts file to fill in, by report type and role."""

from __future__ import annotations

from pathlib import Path

from cswriter.errors import InputError
from cswriter.schemas import InitDocument


def init_facts(file: Path | None, report_type: str = "year-end", role: str | None = None, *,
               force: bool = False) -> InitDocument:
    """The template (YAML, or JSON for a .json file); written to `file` when given. An existing
    file is kept unless `force` (and then backed up when cswriter had not written it)."""
    from cswriter.documents import versioned
    from cswriter.domain import load_domain
    from cswriter.facts.template import render_template_for
    from cswriter.text.files import write_output

    if report_type not in load_domain().report_types:
        report_type = load_domain().report_type_id(report_type) or report_type
    if report_type not in load_domain().report_types:
        raise InputError(f"没有报告类型“{report_type}”。",
                         hint=f"可选：{'、'.join(load_domain().report_types)}。")
    text = render_template_for(file or "", report_type, role)
    backup = None
    if file is not None:
        if file.is_dir():
            raise InputError(f"“{file}”是一个目录，需要一个文件名。", hint=f"例如 {file / '事实.yaml'}。")
        if file.exists() and not force:
            raise InputError(f"{file}：文件已存在，没有覆盖。", hint="换一个文件名，或加 --force 覆盖。")
        backup = write_output(file, text)
    return InitDocument.model_validate(versioned({
        "ok": True, "output": str(file) if file is not None else None,
        "backup": str(backup) if backup is not None else None,
        "type": report_type, "role": role, "text": text,
    }))
