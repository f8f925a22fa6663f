"""Import: facts from help-desk statistics exports, written to a new facts file or merged
into one the user already has."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from cswriter.errors import InputError
from cswriter.schemas import ImportDocument

FACTS_SUFFIXES = (".yaml", ".yml", ".json")


class ImportRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    exports: list[Path]
    output: Path | None = None
    """The facts file to write; with `into`, the merge is written here instead of back."""
    into: Path | None = None
    """An existing facts file to merge into (only gaps are filled)."""
    report_type: str | None = None
    agents: list[str] = Field(default_factory=list)
    ignore: list[str] = Field(default_factory=list)
    mapping: list[str] = Field(default_factory=list)
    """`列名=指标` entries (`--map`); they win over the person's mapping file."""
    period: str | None = None
    """The period a table without a date column covers (2026年第三季度, 7月到9月 …)."""
    keep: str | None = None
    """Where the export and the file disagree: "mine" keeps what is written, "export" takes
    the export's; None recomputes rates from the export's counts and keeps other values."""
    force: bool = False


def _contradictions(facts) -> list[tuple[str, str]]:
    """The errors `check` finds that are contradictions (CK4xx: figures that do not add
    up); a gap the export opens (no 上月 value for a metric it adds) is for check to ask."""
    from cswriter.check import check_facts

    return [(f.code, f.message) for f in check_facts(facts).findings
            if f.severity == "error" and f.code.startswith("CK4")]


def import_facts(request: ImportRequest) -> ImportDocument:
    from cswriter.documents import versioned
    from cswriter.importing import import_exports, write_facts

    if request.output is None and request.into is None:
        raise InputError("请指定要写的事实文件（-o），或要合并进的事实文件（--into）。",
                         hint="例如：cswriter import 导出.xlsx -o 总结.yaml")
    if request.output is not None and request.output.suffix.lower() not in FACTS_SUFFIXES:
        raise InputError(f"{request.output}: 事实文件应以 .yaml、.yml 或 .json 结尾。")
    target = request.output or request.into
    sources = [str(p) for p in request.exports]
    imported = import_exports(sources, agents=list(request.agents), report_type=request.report_type,
                              ignore=list(request.ignore), mapping=list(request.mapping),
                              period=request.period)
    done = write_facts(imported, target, into=request.into, force=request.force, sources=sources,
                       keep=request.keep, contradictions=_contradictions)
    period = imported.report["period"]
    return ImportDocument.model_validate(versioned({
        "ok": True,
        "output": str(target),
        "merged_into": str(request.into) if request.into else None,
        "report": {**imported.report, "period": {k: v.isoformat() for k, v in period.items()}},
        "metrics": imported.metrics,
        "table": {"granularity": imported.granularity,
                  "rows": len(imported.monthly["rows"]) if imported.monthly else 0},
        "rows": imported.rows,
        "agents": imported.agents,
        "changes": done,
        "notes": imported.notes,
    }))
