"""The inputs several operations share: a facts source (a file or an object) and a section id."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict

from cswriter.errors import InputError


class FactsSource(BaseModel):
    """Facts from a file (`path`, YAML or JSON) or given as an object (`data`): exactly one."""

    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)

    path: Path | None = None
    data: dict[str, Any] | None = None

    @classmethod
    def of(cls, path: str | Path | None = None, data: dict[str, Any] | None = None) -> "FactsSource":
        if (path is None) == (data is None):
            raise InputError("请给出事实文件路径或事实内容中的一个。",
                             hint='例如 cswriter check 我的年终总结.yaml，或 MCP 工具的 {"facts_path": "我的年终总结.yaml"}。')
        if path is not None and str(path) == "-":
            raise InputError("这里不能用“-”，请给出事实文件的路径。")
        return cls(path=Path(path).expanduser() if path is not None else None, data=data)

    @property
    def name(self) -> str | None:
        """How documents name the facts (`file`): the path as given, or None for an object."""
        return str(self.path) if self.path is not None else None

    def load(self) -> Any:
        from cswriter.facts.model import facts_from_data, load_facts

        if self.path is not None:
            return load_facts(self.path)
        return facts_from_data(self.data, "facts")


def require_section(section: str) -> str:
    """`section` when it is one of the section ids, else a Chinese refusal listing them."""
    from cswriter.domain import SECTION_IDS

    if section not in SECTION_IDS:
        raise InputError(f"没有章节“{section}”。", hint=f"可选：{'、'.join(SECTION_IDS)}。")
    return section


def planned_section(facts: Any, section: str, *, redact: bool, instruction: str = "") -> Any:
    """The planned section `section` of `facts` (its outline entry and drafting context)."""
    from cswriter.draft.pipeline import DraftOptions, plan_draft

    require_section(section)
    options = DraftOptions(only=[section], instructions={section: instruction} if instruction else {})
    plan = plan_draft(facts, options, redact=redact)
    if not plan.sections:
        raise InputError(f"这份事实的提纲里没有“{section}”这一节（可选章节没有材料时会省略）。",
                         hint="先查看提纲里有哪些章节（cswriter outline，或 MCP 工具 outline）。")
    return plan.sections[0]
