"""The offline backend: deterministic Chinese prose from a section's facts and figures.

No model and no network. It ignores the chat messages and writes from `request.context`
(the section's `SectionContext`, see `cswriter.draft.models`), stating only figures exactly
as code formatted them (`Figure.text`) and the user's own fact strings, so its drafts pass
`cswriter lint --facts`. It is the default backend, so `cswriter draft` works on a fresh
machine without a key; the prose is plain and complete rather than elegant.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Callable, ClassVar

from cswriter.backends.base import Backend, BackendStatus, Completion, CompletionRequest
from cswriter.errors import BackendError

_TRAILING = "。;；,，、 \t\n"
# Direction words by metric kind: counts grow, rates and scores rise, durations shorten.
_UP = {"count": "增长", "rate": "提升", "score": "提高", "duration": "延长"}
_DOWN = {"count": "减少", "rate": "下降", "score": "下降", "duration": "缩短"}


class OfflineBackend(Backend):
    """Template prose from the facts; the default backend."""

    name: ClassVar[str] = "offline"
    description: ClassVar[str] = "离线模板：不联网、不需要密钥，按事实和计算结果生成平实的中文正文"
    local: ClassVar[bool] = True
    writes_itself: ClassVar[bool] = True
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
        writer = _WRITERS.get(section)
        if writer is None:
            raise BackendError(f"离线后端不认识章节 {section!r}。")
        text = _full_width_punctuation(writer(_Context(context)).strip())
        if not text:
            text = "本节暂无可写的事实。"
        return Completion(text=text, model=self.model, finish_reason="stop",
                          usage={"prompt_tokens": 0, "completion_tokens": len(text)})

    @classmethod
    def status(cls) -> BackendStatus:
        return BackendStatus(name=cls.name, configured=True, local=True,
                             detail="无需配置；不联网，按事实模板生成正文（默认后端）")


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
        self.facts: list[dict[str, Any]] = raw.get("facts") or []
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


def _clause(text: str | None) -> str:
    """A fact string ready to end a sentence with "。" (no doubled punctuation)."""
    return (text or "").strip().rstrip(_TRAILING)


def _sentence(*parts: str | None, sep: str = "，") -> str:
    body = sep.join(_clause(p) for p in parts if p and _clause(p))
    return f"{body}。" if body else ""


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


def _paragraphs(items: list[str]) -> str:
    return "\n\n".join(item for item in items if item)


# --- one writer per section -------------------------------------------------------------


def _overview(c: _Context) -> str:
    r = c.data.get("report") or {}
    period = c.report.get("period") or ""
    days = c.text("report.period.days")
    start, end = (r.get("period") or {}).get("start"), (r.get("period") or {}).get("end")
    span = f"{_date_zh(start)}至{_date_zh(end)}" if start and end else ""
    first = f"本总结覆盖{period}" + (f"（{span}，共{days}）" if span and days else "")
    who = "".join(x for x in (r.get("team"), r.get("role")) if x)
    person = r.get("author") or "本人"
    sentences = [_sentence(first)]
    if who:
        sentences.append(_sentence(f"{person}任{who}"))
    if r.get("team_size") is not None and c.text("report.team_size"):
        sentences.append(_sentence(f"团队共{c.text('report.team_size')}"))
    if r.get("duties"):
        sentences.append(_sentence(f"主要职责：{_clause(r['duties'])}"))
    if r.get("channels"):
        sentences.append(_sentence(f"服务渠道包括{'、'.join(r['channels'])}"))
    volume = next((f for f in c.figures.values() if f["kind"] == "value"), None)
    if volume is not None:
        line = f"{c.period_word}共完成{volume['label']}{volume['text']}"
        daily = next((f for f in c.figures.values() if f["kind"] == "daily_mean"), None)
        if daily is not None:
            line += f"，{daily['label']}{daily['text']}"
        sentences.append(_sentence(line))
    project = c.data.get("project") or {}
    if project.get("name"):
        sentences.append(_sentence(f"本期承担的项目为{project['name']}"))
    if project.get("goal"):
        sentences.append(_sentence(f"项目目标：{_clause(project['goal'])}"))
    if project.get("background"):
        sentences.append(_sentence(f"项目背景：{_clause(project['background'])}"))
    return "".join(sentences)


def _change_phrase(c: _Context, name: str, kind: str) -> str | None:
    """较去年增长15.2% / 较去年提升1.2个百分点 / 与去年持平."""
    preferred = ("change", "change_percent") if kind in ("rate", "score") else ("change_percent", "change")
    for suffix in preferred:
        figure = c.figure(f"{name}.{suffix}")
        if figure is None:
            continue
        if figure.get("direction") == "flat":
            return f"与{c.previous_word}持平"
        words = _UP if figure.get("direction") == "up" else _DOWN
        return f"较{c.previous_word}{words.get(kind, '变化')}{figure['text']}"
    return None


def _metric_sentence(c: _Context, metric: dict[str, Any]) -> str:
    name, kind = metric["name"], metric.get("kind", "count")
    value = c.text(f"{name}.value")
    if value is None:
        return ""
    parts = [f"{name}{value}"]
    target = c.text(f"{name}.target")
    if target is not None:
        part = f"目标{target}"
        attainment = c.text(f"{name}.attainment")
        gap = c.figure(f"{name}.gap")
        if kind == "count" and attainment is not None:
            part += f"，目标达成率{attainment}"
        elif gap is not None:
            side = {"up": "高于目标", "down": "低于目标"}.get(gap.get("direction") or "", "")
            part += f"，{side}{gap['text']}" if side else "，与目标持平"
        parts.append(part)
    annual = c.text(f"{name}.annual_target")
    if annual is not None:
        progress = c.text(f"{name}.progress")
        parts.append(f"全年目标{annual}" + (f"，完成进度{progress}" if progress else ""))
    previous = c.text(f"{name}.previous")
    if previous is not None:
        change = _change_phrase(c, name, kind)
        parts.append(f"{c.previous_word}{previous}" + (f"，{change}" if change else ""))
    basis_rate = c.text(f"{name}.basis_rate")
    basis = metric.get("basis") or {}
    if basis_rate is not None and len(basis) == 2:
        part_key = next(k for k in basis if k != "total")
        part_text = c.text(f"{name}.basis.{part_key}")
        total_text = c.text(f"{name}.basis.total")
        if part_text and total_text:
            parts.append(f"按计数核算为{part_text}/{total_text}")
    return _sentence(*parts, sep="；") if len(parts) > 1 else _sentence(parts[0])


def _metrics(c: _Context) -> str:
    paragraphs = [_metric_sentence(c, m) for m in c.data.get("metrics") or []]
    project = c.data.get("project") or {}
    if project.get("result"):
        paragraphs.append(_sentence(f"项目成果：{_clause(project['result'])}"))
    highlights = [_sentence(h) for h in c.data.get("highlights") or []]
    if highlights:
        paragraphs.append("".join(highlights))
    return _paragraphs(paragraphs)


def _work(c: _Context) -> str:
    items = c.data.get("work") or []
    report = c.data.get("report") or {}
    sentences = [_sentence(item) for item in items]
    if not items and report.get("duties"):
        sentences.append(_sentence(f"日常工作包括{_clause(report['duties'])}"))
    if report.get("channels"):
        sentences.append(_sentence(f"工作通过{'、'.join(report['channels'])}开展"))
    milestones = (c.data.get("project") or {}).get("milestones") or []
    if milestones:
        sentences.append(_sentence("项目执行的关键节点：" + "；".join(_clause(m) for m in milestones)))
    return "".join(sentences)


def _shares(c: _Context, prefix: str, items: list[dict[str, Any]]) -> list[str]:
    out = []
    for item in items:
        share = c.text(f"{prefix}.{item['name']}.share")
        count = c.text(f"{prefix}.{item['name']}.count")
        detail = []
        if count is not None:
            detail.append(f"{count}件")
        if share is not None:
            detail.append(f"占{share}")
        out.append(f"{item['name']}" + ("，".join(detail) if detail else ""))
    return out


def _feedback(c: _Context) -> str:
    sentences = []
    categories = c.data.get("categories") or []
    if categories:
        listed = _shares(c, "categories", categories)
        sentences.append(_sentence("客户咨询的问题类型及占比：" + "；".join(listed)))
    for item in c.data.get("feedback") or []:
        sentences.append(_sentence(f"客户反馈：{_clause(item)}"))
    return "".join(sentences)


def _complaints(c: _Context) -> str:
    data = c.data.get("complaints") or {}
    sentences = []
    total = c.text("complaints.total")
    if total is not None:
        line = f"{c.period_word}共收到投诉{total}"
        previous = c.text("complaints.previous")
        if previous is not None:
            line += f"，{c.previous_word}{previous}"
            change = c.figure("complaints.change_percent")
            if change is not None:
                if change.get("direction") == "flat":
                    line += f"，与{c.previous_word}持平"
                else:
                    word = "增加" if change.get("direction") == "up" else "减少"
                    line += f"，较{c.previous_word}{word}{change['text']}"
        sentences.append(_sentence(line))
    handled = c.text("complaints.handled")
    if handled is not None:
        line = f"已办结{handled}"
        rate = c.text("complaints.handled_rate")
        if rate is not None:
            line += f"，办结率{rate}"
        sentences.append(_sentence(line))
    escalated = c.text("complaints.escalated")
    if escalated is not None:
        sentences.append(_sentence(f"升级处理{escalated}"))
    types = data.get("types") or []
    if types:
        sentences.append(_sentence("按类型分：" + "；".join(_shares(c, "complaints.types", types))))
    for note in data.get("notes") or []:
        sentences.append(_sentence(note))
    return "".join(sentences)


def _cases(c: _Context) -> str:
    paragraphs = []
    for i, case in enumerate(c.data.get("cases") or [], start=1):
        kind = "成功经验" if case.get("kind", "success") == "success" else "教训"
        parts = [f"案例{_ordinal(i)}：{_clause(case['title'])}（{kind}）。"]
        if case.get("situation"):
            parts.append(_sentence(f"情况：{_clause(case['situation'])}"))
        if case.get("actions"):
            parts.append(_sentence("做法：" + "；".join(_clause(a) for a in case["actions"])))
        if case.get("result"):
            parts.append(_sentence(f"结果：{_clause(case['result'])}"))
        paragraphs.append("".join(parts))
    return _paragraphs(paragraphs)


def _ordinal(n: int) -> str:
    from cswriter.outline import chinese_ordinal

    return chinese_ordinal(n)


def _list_section(key: str) -> Callable[[_Context], str]:
    def write(c: _Context) -> str:
        return "".join(_sentence(item) for item in c.data.get(key) or [])

    return write


def _problems(c: _Context) -> str:
    paragraphs = []
    for i, problem in enumerate(c.data.get("problems") or [], start=1):
        parts = [f"问题{_ordinal(i)}：{_clause(problem['title'])}。"]
        if problem.get("evidence"):
            parts.append(_sentence(f"数据表现：{_clause(problem['evidence'])}"))
        if problem.get("cause"):
            parts.append(_sentence(f"原因：{_clause(problem['cause'])}"))
        paragraphs.append("".join(parts))
    lessons = (c.data.get("project") or {}).get("lessons") or []
    if lessons:
        paragraphs.append(_sentence("项目经验与反思：" + "；".join(_clause(x) for x in lessons)))
    return _paragraphs(paragraphs)


def _plans(c: _Context) -> str:
    paragraphs = []
    for i, plan in enumerate(c.data.get("plans") or []):
        head = f"{_ordinal(i + 1)}是{_clause(plan['action'])}"
        parts: list[str] = []
        target = c.text(f"plans[{i}].target")
        if target is not None:
            metric = plan.get("metric") or "目标值"
            baseline = c.text(f"plans[{i}].baseline")
            line = f"{metric}目标{target}"
            if baseline is not None:
                line += f"（基线{baseline}）"
            parts.append(line)
        deadline = _date_zh(plan.get("deadline"))
        if deadline:
            parts.append(f"{deadline}前完成")
        detail = _clause("，".join(parts))
        paragraphs.append(f"{head}；{detail}。" if detail else _sentence(head))
    return "".join(paragraphs)


def _attachments(c: _Context) -> str:
    sentences = []
    monthly = c.data.get("monthly") or {}
    rows = list((monthly.get("rows") or {}).keys())
    if rows:
        columns = "、".join(monthly.get("columns") or [])
        span = _month_zh(rows[0]) if len(rows) == 1 else f"{_month_zh(rows[0])}至{_month_zh(rows[-1])}"
        sentences.append(_sentence(f"附表列出{span}各月的{columns}数据"))
    for item in c.data.get("attachments") or []:
        sentences.append(_sentence(f"附件：{_clause(item)}"))
    return "".join(sentences)


_WRITERS: dict[str, Callable[[_Context], str]] = {
    "overview": _overview,
    "metrics": _metrics,
    "work": _work,
    "feedback": _feedback,
    "complaints": _complaints,
    "cases": _cases,
    "teamwork": _list_section("teamwork"),
    "training": _list_section("training"),
    "problems": _problems,
    "plans": _plans,
    "attachments": _attachments,
}
