"""The offline backend: deterministic Chinese prose from a section's facts and figures.

No model and no network. It ignores the chat messages and writes from `request.context`
(the section's `SectionContext`, see `cswriter.draft.models`). The prose itself lives in
Jinja2 templates, `prompts/offline/<section>.j2`, which a domain expert edits like the
prompts: this module only prepares what each template is given — every number as code
formatted it (`Figure.text`), every change and gap already worded from
`cswriter/data/directions.yaml`, and the user's own fact strings — so the drafts pass
`cswriter lint --facts`. It is the default backend, so `cswriter draft` works on a fresh
machine without a key; the prose is plain and complete rather than elegant.

Template conventions (see `prompts/offline/README.md`): within a paragraph, line breaks are
only for readability and are joined without a space; a blank line starts a new paragraph;
doubled punctuation left by optional parts (，。 or ；；) is reduced to the stronger mark.
"""

from __future__ import annotations

import functools
import re
from datetime import date
from typing import Any, Callable, ClassVar

from cswriter.backends.base import Backend, BackendStatus, Completion, CompletionRequest
from cswriter.errors import BackendError
from cswriter.figures.directions import change_measures, figure_phrase

TEMPLATE_FOLDER = "offline"
_TRAILING = "。;；,，、 \t\n"
# Clause marks from weakest to strongest: a run of them keeps the strongest one.
_MARK_STRENGTH = {"、": 0, ",": 1, "，": 1, ";": 2, "；": 2, "：": 2, "。": 3, "？": 3, "！": 3}
_MARK_RUN = re.compile(r"[、,，;；：。？！]{2,}")


class OfflineBackend(Backend):
    """Template prose from the facts; the default backend."""

    name: ClassVar[str] = "offline"
    description: ClassVar[str] = "离线模板：不联网、不需要密钥，按事实和计算结果生成平实的中文正文"
    local: ClassVar[bool] = True
    default_model: ClassVar[str | None] = "offline-template-1"
    cacheable: ClassVar[bool] = False
    """Instant and deterministic: caching would only risk serving text from an older version."""

    def complete(self, request: CompletionRequest) -> Completion:
        context = request.context or {}
        section = (context.get("section") or {}).get("id") or request.section
        if not section or "report" not in context:
            raise BackendError(
                "离线后端需要章节的事实数据（request.context），它只能在 cswriter draft 流程中使用。"
            )
        view = _VIEWS.get(section)
        if view is None:
            raise BackendError(f"离线后端不认识章节 {section!r}。")
        text = write_section(section, context, context.get("prompts_dir"))
        if not text:
            text = "本节暂无可写的事实。"
        return Completion(text=text, model=self.model, finish_reason="stop",
                          usage={"prompt_tokens": 0, "completion_tokens": len(text)})

    @classmethod
    def status(cls) -> BackendStatus:
        return BackendStatus(name=cls.name, configured=True, local=True,
                             detail="无需配置；不联网，按事实模板生成正文（默认后端）")


def template_name(section_id: str) -> str:
    return f"{TEMPLATE_FOLDER}/{section_id}.j2"


def section_view(section_id: str, context: dict[str, Any]) -> dict[str, Any]:
    """The variables the section's offline template is rendered with."""
    c = _Context(context)
    return {"report": c.report, "period_word": c.period_word, "previous_word": c.previous_word,
            **_VIEWS[section_id](c)}


def write_section(section_id: str, context: dict[str, Any], prompts_dir: str | None = None) -> str:
    """A section's offline prose: its template rendered, assembled and punctuated.

    `prompts_dir` is the user's `--prompts` folder: its `offline/<section>.j2`, where present,
    replaces the shipped template (file by file, as for the prompts).
    """
    text = _library(prompts_dir).render(template_name(section_id), section_view(section_id, context))
    return _full_width_punctuation(assemble_prose(text))


@functools.lru_cache(maxsize=8)
def _library(prompts_dir: str | None = None):
    from cswriter.prompting import PromptLibrary

    return PromptLibrary(prompts_dir)


def assemble_prose(text: str) -> str:
    """Template output as prose: lines joined, paragraphs kept, doubled punctuation reduced."""
    paragraphs = []
    for block in re.split(r"\n[ \t]*\n", text.strip()):
        body = "".join(line.strip() for line in block.splitlines())
        body = _MARK_RUN.sub(lambda m: max(m.group(0), key=lambda ch: _MARK_STRENGTH[ch]), body)
        body = body.lstrip("、,，;；：。 ")
        if body:
            paragraphs.append(body)
    return "\n\n".join(paragraphs)


def _full_width_punctuation(text: str) -> str:
    """Quote the user's fact strings with Chinese punctuation, as `cswriter lint --fix` would.

    Facts typed on Windows often use half-width ,;:() inside Chinese sentences; the drafted
    prose should not inherit them. The linter's own fixable rule decides what to swap.
    """
    from cswriter.lint import lint_text
    from cswriter.lint.config import LintConfig
    from cswriter.lint.fixes import apply_replacements

    findings = lint_text(text, path="<text>", config=LintConfig(select=["CS502"]))
    return apply_replacements(text, findings)[0]


class _Context:
    """Convenient read access to a `SectionContext` dumped as plain data."""

    def __init__(self, raw: dict[str, Any]) -> None:
        self.raw = raw
        self.report: dict[str, Any] = raw.get("report") or {}
        self.data: dict[str, Any] = raw.get("data") or {}
        self.figures: dict[str, dict[str, Any]] = {f["id"]: f for f in raw.get("figures") or []}

    @property
    def period_word(self) -> str:
        return self.report.get("period_word") or "本期"

    @property
    def previous_word(self) -> str:
        return self.report.get("previous_word") or "上期"

    def figure(self, figure_id: str) -> dict[str, Any] | None:
        return self.figures.get(figure_id)

    def text(self, figure_id: str) -> str | None:
        figure = self.figures.get(figure_id)
        return figure["text"] if figure else None

    def phrase(self, figure_id: str) -> str | None:
        """A change or gap worded from directions.yaml (较去年上升8.4个百分点, 与目标持平)."""
        figure = self.figures.get(figure_id)
        return figure_phrase(figure, self.previous_word) if figure else None


def _clause(text: str | None) -> str | None:
    """A fact string ready to be followed by the template's own punctuation, or None."""
    cleaned = (text or "").strip().rstrip(_TRAILING)
    return cleaned or None


def _clauses(items: list[str] | None) -> list[str]:
    return [c for c in (_clause(item) for item in items or []) if c]


def _date_zh(value: str | None) -> str | None:
    if not value:
        return None
    try:
        d = date.fromisoformat(value)
    except ValueError:
        return value
    return f"{d.year}年{d.month}月{d.day}日"


def _month_zh(key: str) -> str:
    match = re.fullmatch(r"(\d{4})-(\d{1,2})", key.strip())
    return f"{match.group(1)}年{int(match.group(2))}月" if match else key


def _ordinal(n: int) -> str:
    from cswriter.outline import chinese_ordinal

    return chinese_ordinal(n)


# --- what each section's template is given ----------------------------------------------
# Every key is always present (None or [] when the facts leave it out): templates are
# rendered with StrictUndefined, so a misspelt name fails loudly instead of dropping a fact.


def _project(c: _Context) -> dict[str, Any]:
    p = c.data.get("project") or {}
    return {"name": _clause(p.get("name")), "goal": _clause(p.get("goal")),
            "background": _clause(p.get("background")), "result": _clause(p.get("result")),
            "milestones": _clauses(p.get("milestones")), "lessons": _clauses(p.get("lessons"))}


def _overview(c: _Context) -> dict[str, Any]:
    r = c.data.get("report") or {}
    start, end = (r.get("period") or {}).get("start"), (r.get("period") or {}).get("end")
    volume = next((f for f in c.figures.values() if f["kind"] == "value"), None)
    daily = next((f for f in c.figures.values() if f["kind"] == "daily_mean"), None)
    period = c.report.get("period") or ""
    return {
        "period": period,
        # 2025年3月3日—3月9日 already names its dates; 2025年11月 does not.
        "period_has_dates": bool(re.search(r"\d日", period)),
        "start": _date_zh(start), "end": _date_zh(end),
        "days": c.text("report.period.days"),
        "author": r.get("author"),
        "team": r.get("team"), "role": r.get("role"),
        "team_size": c.text("report.team_size") if r.get("team_size") is not None else None,
        "duties": _clause(r.get("duties")),
        "channels": list(r.get("channels") or []),
        "volume": {"label": volume["label"], "text": volume["text"]} if volume else None,
        "daily": {"label": daily["label"], "text": daily["text"]} if daily else None,
        "project": _project(c),
    }


def _metric(c: _Context, metric: dict[str, Any]) -> dict[str, Any] | None:
    name = metric["name"]
    value = c.text(f"{name}.value")
    if value is None:
        return None
    basis = metric.get("basis") or {}
    basis_text = None
    if c.text(f"{name}.basis_rate") is not None and len(basis) == 2:
        part_key = next(k for k in basis if k != "total")
        part, total = c.text(f"{name}.basis.{part_key}"), c.text(f"{name}.basis.total")
        basis_text = f"{part}/{total}" if part and total else None
    change = next((c.phrase(f"{name}.{suffix}") for suffix in change_measures(metric.get("kind"))
                   if c.figure(f"{name}.{suffix}")), None)
    return {
        "name": name, "kind": metric.get("kind", "count"), "better": metric.get("better"),
        "value": value,
        "target": c.text(f"{name}.target"),
        "attainment": c.text(f"{name}.attainment"),
        "gap": c.phrase(f"{name}.gap"),
        "annual_target": c.text(f"{name}.annual_target"),
        "progress": c.text(f"{name}.progress"),
        "previous": c.text(f"{name}.previous"),
        "change": change,
        "basis": basis_text,
    }


def _metrics(c: _Context) -> dict[str, Any]:
    metrics = [_metric(c, m) for m in c.data.get("metrics") or []]
    return {"metrics": [m for m in metrics if m], "highlights": _clauses(c.data.get("highlights")),
            "project": _project(c)}


def _work(c: _Context) -> dict[str, Any]:
    report = c.data.get("report") or {}
    return {"items": _clauses(c.data.get("work")), "duties": _clause(report.get("duties")),
            "channels": list(report.get("channels") or []), "project": _project(c)}


def _shares(c: _Context, prefix: str, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"name": item["name"], "count": c.text(f"{prefix}.{item['name']}.count"),
             "share": c.text(f"{prefix}.{item['name']}.share")} for item in items]


def _feedback(c: _Context) -> dict[str, Any]:
    return {"categories": _shares(c, "categories", c.data.get("categories") or []),
            "feedback": _clauses(c.data.get("feedback"))}


def _complaints(c: _Context) -> dict[str, Any]:
    data = c.data.get("complaints") or {}
    return {
        "total": c.text("complaints.total"),
        "previous": c.text("complaints.previous"),
        "change": c.phrase("complaints.change_percent"),
        "handled": c.text("complaints.handled"),
        "handled_rate": c.text("complaints.handled_rate"),
        "escalated": c.text("complaints.escalated"),
        "types": _shares(c, "complaints.types", data.get("types") or []),
        "notes": _clauses(data.get("notes")),
    }


def _cases(c: _Context) -> dict[str, Any]:
    return {"cases": [
        {"number": _ordinal(i), "title": _clause(case.get("title")),
         "kind": case.get("kind", "success"), "situation": _clause(case.get("situation")),
         "actions": _clauses(case.get("actions")), "result": _clause(case.get("result"))}
        for i, case in enumerate(c.data.get("cases") or [], start=1)]}


def _problems(c: _Context) -> dict[str, Any]:
    return {"problems": [
        {"number": _ordinal(i), "title": _clause(problem.get("title")),
         "evidence": _clause(problem.get("evidence")), "cause": _clause(problem.get("cause"))}
        for i, problem in enumerate(c.data.get("problems") or [], start=1)],
        "project": _project(c)}


def _plans(c: _Context) -> dict[str, Any]:
    plans = []
    for i, plan in enumerate(c.data.get("plans") or [], start=1):
        # Figures are filed under the plan's place in the facts, which `field` keeps when
        # incomplete plans are left out of the section.
        field = plan.get("field") or f"plans[{i - 1}]"
        plans.append({"number": _ordinal(i), "action": _clause(plan.get("action")),
                      "metric": _clause(plan.get("metric")),
                      "target": c.text(f"{field}.target"), "baseline": c.text(f"{field}.baseline"),
                      "deadline": _date_zh(plan.get("deadline"))})
    return {"plans": plans}


def _list_items(key: str) -> Callable[[_Context], dict[str, Any]]:
    def view(c: _Context) -> dict[str, Any]:
        return {"items": _clauses(c.data.get(key))}

    return view


def _attachments(c: _Context) -> dict[str, Any]:
    monthly = c.data.get("monthly") or {}
    months = [_month_zh(key) for key in (monthly.get("rows") or {})]
    return {"months": months, "columns": list(monthly.get("columns") or []),
            "items": _clauses(c.data.get("attachments"))}


_VIEWS: dict[str, Callable[[_Context], dict[str, Any]]] = {
    "overview": _overview,
    "metrics": _metrics,
    "work": _work,
    "feedback": _feedback,
    "complaints": _complaints,
    "cases": _cases,
    "teamwork": _list_items("teamwork"),
    "training": _list_items("training"),
    "problems": _problems,
    "plans": _plans,
    "attachments": _attachments,
}
