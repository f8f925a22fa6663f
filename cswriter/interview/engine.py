"""The interview without a terminal: questions from `check`, answers applied and validated.

`Interview.answer(field, text)` reads the answer the way a person types it, writes it into a
copy of the facts tree, validates the copy (the facts model, then `check_facts`: an answer
may not introduce a contradiction such as a rate above 100 % or shares over 100 %), and only
then saves the file atomically. Both the terminal dialogue and `--answers` go through here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import field as dc_field
from datetime import date
from pathlib import Path
from typing import Any, Callable

from pydantic import BaseModel

from cswriter.check import (
    CheckResult,
    Finding,
    check_facts,
    decline_key,
    rate_looks_like_fraction,
    section_present,
)
from cswriter.domain import load_domain
from cswriter.errors import InputError
from cswriter.facts.document import (
    FactsDocument,
    Token,
    append_at,
    delete_at,
    format_path,
    get_at,
    parse_path,
    set_at,
)
from cswriter.facts.model import Facts, inner_model
from cswriter.figures.rounding import format_number
from cswriter.interview.answers import (
    AnswerError,
    Quantity,
    as_plain_number,
    is_rough,
    normalise,
    parse_answer_date,
    parse_case_kind,
    parse_integer,
    parse_metric_choice,
    parse_period,
    parse_plan_target,
    parse_quantity,
    split_plan,
    split_story,
    parse_report_type,
    parse_scale,
    parse_share_list,
    share_or_count,
    split_list,
    split_name_quantity,
)
from cswriter.interview.labels import decline_label, node_data
from cswriter.interview.readings import (
    Reading,
    count_reading,
    date_reading,
    metric_reading,
    period_reading,
)
from cswriter.interview.spec import field_pattern, load_interview_spec
from cswriter.text.files import read_bytes


class NeedsConfirmation(AnswerError):
    """The answer is doubtful (not impossible): a person should confirm it."""

    def __init__(self, message: str, findings: list[Finding]) -> None:
        super().__init__(message)
        self.findings = findings


class NeedsReading(AnswerError):
    """The answer is vague; `reading` is what the person most likely meant, to confirm."""

    def __init__(self, message: str, reading: Reading) -> None:
        super().__init__(message)
        self.reading = reading


class Question(BaseModel):
    """One open question, as printed for programs (`--no-input`)."""

    field: str
    question: str
    answer_kind: str
    severity: str
    code: str
    example: Any = None
    section: str | None = None
    message: str = ""
    metric: str | None = None
    """The canonical id of the metric the question is about when `field` does not say (CK212, CK502)."""


@dataclass
class Outcome:
    """What an accepted answer changed."""

    path: str
    notes: list[str] = dc_field(default_factory=list)
    result: CheckResult | None = None
    new_findings: list[Finding] = dc_field(default_factory=list)


@dataclass
class SectionProgress:
    id: str
    title: str
    done: bool


# ---------------------------------------------------------------------------------------
# Opening a file


def is_blank_file(path: Path) -> bool:
    """Missing, empty, or only comments: the interview starts it from the template."""
    if not path.exists():
        return True
    if path.is_dir():
        return False
    try:
        text = read_bytes(path).decode("utf-8", errors="strict")
    except (InputError, UnicodeDecodeError):
        return False
    return all(not line.strip() or line.lstrip().startswith("#") for line in text.splitlines())


# Handlers whose answers are prose a person writes (linted as they are given).
_TEXT_HANDLERS = ("text", "text_list", "text_items")


def yes_or_no(answer: Any) -> str | None:
    """"yes" or "no" when the answer is only a yes/no word (是、不要、n、没有 …), else None."""
    if not isinstance(answer, str):
        return None
    spec = load_interview_spec()
    word = normalise(answer).lower().rstrip("。.!！")
    if word in spec.commands.no or word in spec.declines:
        return "no"
    if word in spec.commands.yes:
        return "yes"
    return None


def create_document(path: Path, report_type: str, role: str | None,
                    period: tuple[date, date] | None = None, today: date | None = None,
                    author: str | None = None, team: str | None = None) -> FactsDocument:
    """A new facts file from the commented template, saved at once."""
    from cswriter.facts.template import render_template_for

    text = render_template_for(path, report_type, role, today)
    if path.exists() and path.suffix.lower() != ".json":
        kept = read_bytes(path).decode("utf-8")
        if kept.strip():  # a file holding only the user's comments keeps them on top
            text = kept.rstrip("\n") + "\n\n" + text
    doc = FactsDocument.from_text(path, text)
    tree = doc.working_copy()
    if period is not None:
        set_at(tree, ["report", "period", "start"], period[0])
        set_at(tree, ["report", "period", "end"], period[1])
    for key, value in (("author", author), ("team", team)):
        if value:
            set_at(tree, ["report", key], value)
    doc.facts(tree)
    doc.save(tree)
    return doc


# ---------------------------------------------------------------------------------------
# The interview


class Interview:
    """Questions from `check_facts`, answers written into the facts file one at a time."""

    def __init__(self, doc: FactsDocument, today: date | None = None) -> None:
        self.doc = doc
        self.spec = load_interview_spec()
        self.today = today or date.today()
        self._result: CheckResult | None = None

    # -- state -----------------------------------------------------------------------

    @property
    def facts(self) -> Facts:
        return self.doc.facts()

    def check(self) -> CheckResult:
        if self._result is None:
            self._result = check_facts(self.facts)
        return self._result

    def refresh(self) -> None:
        """Reload the file if someone else saved it meanwhile, so their edit is not lost."""
        if self.doc.changed_on_disk():
            try:
                fresh = FactsDocument.load(self.doc.path)
            except InputError as error:
                raise InputError(
                    f"{self.doc.name} 在访谈期间被其他程序修改，现在无法读取，本次回答没有保存：\n{error.message}"
                ) from None
            self.doc = fresh
            self._result = None

    def questions(self, result: CheckResult | None = None) -> list[Question]:
        """Every finding that an answer can fill, with an example answer."""
        result = result or self.check()
        return [
            Question(field=f.field, question=f.question, answer_kind=f.answer_kind, severity=f.severity,
                     code=f.code, example=self.example(f), section=f.section, message=f.message,
                     metric=f.metric)
            for f in result.findings if f.field
        ]

    def askable(self, finding: Finding) -> bool:
        return bool(finding.field) and not self.spec.code_matches(finding.code, self.spec.manual)

    def example(self, finding: Finding) -> Any:
        """An example answer for a finding, as data (a string or, for whole items, a mapping)."""
        name = self.new_metric_name(finding)
        if name is not None:
            spec = load_domain().match_metric(name)
            samples = self.spec.metric_examples
            if spec is None:
                return {"name": name, "value": f"{samples.count}件"}
            sample = samples.score["5"] if spec.kind == "score" else getattr(samples, spec.kind)
            return {"name": name, "value": f"{sample}{spec.unit}"}
        example = self.field_example(finding.field or "")
        preset = self.spec.code_presets.get(finding.code)
        if preset and isinstance(example, dict):
            example = {**example, **preset}
        return example

    def field_example(self, path: str) -> Any:
        """The data file's example for a field, in the metric's unit and the report's years."""
        if field_pattern(path).startswith("metrics[]."):
            sample = self.metric_example(path)
            if sample:
                return sample
        start = get_at(self.doc.tree, ["report", "period", "start"])
        start = start if isinstance(start, date) else self.today
        values = {"year": start.year, "next_year": self.period_end(self.doc.tree).year + 1,
                  "month": f"{start.month:02d}"}
        return _fill(self.spec.field(path).example, values)

    def metric_example(self, path: str) -> str | None:
        """An example answer in the metric's own unit ("93.5%", "4.6分", "130秒")."""
        tokens = parse_path(path)
        if tokens[-1] not in ("value", "target", "previous", "annual_target"):
            return None
        metric = node_data(self.doc.tree, tokens[:-1])
        unit = str(metric.get("unit") or "")
        spec = load_domain().match_metric(str(metric.get("name") or ""))
        kind = load_domain().unit_kind(unit) or (spec.kind if spec else None)
        samples = self.spec.metric_examples
        if kind == "score":
            scale = metric.get("scale")
            sample = samples.score.get(str(as_plain_number(float(scale))) if scale else "5", samples.score["5"])
            return f"{sample}分" + ("" if scale else "（满分5分）")
        sample = getattr(samples, kind or "count")
        return f"{sample}{unit}"

    def new_metric_name(self, finding: Finding) -> str | None:
        """For findings that ask for one missing metric (CK212, CK502): the metric's name.

        The finding names the metric by its canonical id (`Finding.metric`); the new metric
        is added under that metric's title unless interview.yaml fixes another name.
        """
        rule = self.spec.new_metric_codes.get(finding.code)
        if rule is None:
            return None
        if rule.name:
            return rule.name
        spec = load_domain().metrics.get(finding.metric) if finding.metric else None
        return spec.title if spec is not None else None

    def progress(self, result: CheckResult | None = None) -> list[SectionProgress]:
        """The sections this report type needs (or that have material), each done or not."""
        result = result or self.check()
        facts = self.facts
        domain = load_domain()
        rtype = domain.report_types[facts.report.type]
        out = []
        role = domain.role_of(facts.report.role, facts.report.level)
        for spec, importance in domain.skeleton(facts.report.type, role):
            present = section_present(facts, spec.id) or (importance != "required" and spec.id in facts.declined)
            if importance == "optional" and not present:
                continue
            blocking = any(f.severity == "error" for f in result.for_section(spec.id))
            out.append(SectionProgress(spec.id, spec.title, present and not blocking))
        return out

    # -- answering -------------------------------------------------------------------

    def answer(self, path: str, answer: Any, *, finding: Finding | None = None,
               confirmed: bool = False) -> Outcome:
        """Apply one answer, validate the whole facts file with it, and save; or raise.

        A yes or no is never saved as content: "没有" to an optional question records it as
        declined; a vague answer the strict reader refuses raises `NeedsReading` with what
        the person most likely meant."""
        self.refresh()
        word = yes_or_no(answer) if self.spec.field(path).handler not in ("report_type", "case_kind") else None
        if word == "no" and self.is_count(path):
            # “没有” to how many: most likely 0 (offered, not taken silently).
            raise NeedsReading(f"“{answer}”是指 0 吗？", Reading("0", "按 0 记录"))
        if word == "no":
            open_finding = finding or self.open_finding(path)
            if open_finding is not None and open_finding.severity != "error":
                return self.decline(open_finding)
            raise AnswerError(f"“{answer}”不能作为这一项的内容。"
                              + ("这一项是必填的，暂时没有数据可以先跳过。" if open_finding else "请写出具体内容。"))
        if word == "yes":
            raise AnswerError(f"请直接写出具体内容，而不是“{answer}”。输入 ? 可以看示例。")
        rough = self.rough_reading(path, answer)
        if rough is not None:
            raise NeedsReading(f"“{answer}”是约数，记录时要写一个确定的数。", rough)
        before = self.check()
        work = self.doc.working_copy()
        try:
            notes = self.apply(work, path, answer)
        except AnswerError as error:
            reading = self.reading(path, answer)
            if reading is not None:
                raise NeedsReading(error.message, reading) from None
            raise
        try:
            facts = self.doc.facts(work)
            if self._drop_stale_declines(work, facts, path):
                facts = self.doc.facts(work)
                notes = notes + ["这一项已填写，已从 declined 中删去。"]
        except InputError as error:
            raise AnswerError("这个回答无法写入：" + _strip_file_names(error.message, self.doc.name)) from None
        result = check_facts(facts)
        seen = {(f.code, f.field, f.message) for f in before.findings}
        new = [f for f in result.findings if (f.code, f.field, f.message) not in seen]
        doubtful = [f for f in new if self.spec.code_matches(f.code, self.spec.confirm_new)]
        # A code listed as doubtful (CK412) is asked about even inside a rejected family (CK4).
        contradictions = [f for f in new if f not in doubtful
                          and self.spec.code_matches(f.code, self.spec.reject_new)]
        if contradictions:
            raise AnswerError("这个回答与其他数据矛盾：" + "；".join(f.message for f in contradictions))
        if doubtful and not confirmed:
            raise NeedsConfirmation("；".join(f.message for f in doubtful), doubtful)
        if finding is not None and finding.field == path:
            still = [f for f in result.findings
                     if (f.code, f.field, f.message) == (finding.code, finding.field, finding.message)]
            if still:
                raise AnswerError(f"这个回答还没有解决问题：{still[0].message}")
        self.doc.save(work)
        self._result = result
        return Outcome(path=path, notes=notes, result=result, new_findings=new)

    def is_count(self, path: str) -> bool:
        """Is the field at `path` a number of things (a count a person may answer 没有 to)?"""
        handler = self.spec.field(path).handler
        if handler == "integer":
            return True
        if handler != "metric_number":
            return False
        metric = node_data(self.doc.tree, parse_path(path)[:-1])
        domain = load_domain()
        spec = domain.match_metric(str(metric.get("name") or ""))
        kind = domain.unit_kind(str(metric.get("unit") or "")) or (spec.kind if spec else None)
        return kind == "count"

    @staticmethod
    def _drop_stale_declines(work: Any, facts: Facts, path: str) -> bool:
        """`declined:` entries the answer has just filled (a section, a metric, a field)."""
        declined = get_at(work, ["declined"])
        if not isinstance(declined, list) or not declined:
            return False
        domain = load_domain()
        sections = {spec.id for spec in domain.sections}

        def filled(key: str) -> bool:
            if key == path or path.startswith((key + ".", key + "[")):
                return True
            if key in sections:
                return section_present(facts, key)
            if key in domain.metrics:
                return facts.metric(key) is not None
            return False

        keep = [k for k in declined if not filled(str(k))]
        if len(keep) == len(declined):
            return False
        if keep:
            set_at(work, ["declined"], keep)
        else:
            delete_at(work, ["declined"])
        return True

    def open_finding(self, path: str) -> Finding | None:
        """The most severe open finding that an answer at `path` fills, if any."""
        return next((f for f in self.check().findings if f.field == path), None)

    def decline(self, finding: Finding) -> Outcome:
        """Record that there is none of what an optional finding asks for (`declined:`)."""
        if finding.severity == "error":
            raise AnswerError("这一项是必填的，不能记为“没有”；暂时没有数据可以先跳过。")
        key = decline_key(finding)
        work = self.doc.working_copy()
        declined = [str(k) for k in (get_at(work, ["declined"]) or [])]
        if key not in declined:
            append_at(work, ["declined"], key)
        facts = self.doc.facts(work)
        self.doc.save(work)
        self._result = check_facts(facts)
        if key == finding.name:
            what = f"已记下：不补充这一项（{finding.message.rstrip('。')}）"
        else:
            what = f"已记下：没有“{decline_label(key, self.doc.tree)}”"
        return Outcome(path="declined", notes=[f"{what}，以后不再询问（记在 declined 中，删去即可恢复）。"],
                       result=self._result)

    def wording(self, path: str, text: str) -> list[Any]:
        """Lint findings worth showing for a free-text answer (vague, subjective, blaming …)."""
        if self.spec.field(path).handler not in _TEXT_HANDLERS or not isinstance(text, str) or not text.strip():
            return []
        from cswriter.lint import lint_text

        rules = self.spec.answer_lint
        ignored = rules.ignore + rules.ignore_by_field.get(field_pattern(path), ())
        return [f for f in lint_text(text, path="<answer>.txt")
                if f.severity in rules.severities and not any(f.code.startswith(c) for c in ignored)]

    def rough_reading(self, path: str, answer: Any) -> Reading | None:
        """“两万五千多”, “大概98%” for a figure: the number it would be recorded as, to be
        confirmed (“按 25,000 件记录？”) rather than silently taken as exact."""
        handler = self.spec.field(path).handler
        if handler not in ("metric_number", "integer") or not isinstance(answer, str):
            return None
        text = answer.strip()
        if not text or not is_rough(text):
            return None
        try:
            q = parse_quantity(text)
        except AnswerError:
            return None
        if handler == "integer":
            if q.value != int(q.value):
                return None
            return Reading(str(int(q.value)), f"按 {format_number(q.value)} 记录")
        metric = node_data(self.doc.tree, parse_path(path)[:-1])
        name = str(metric.get("name") or "")
        unit = q.unit or str(metric.get("unit") or "")
        scale = f"（满分{as_plain_number(q.scale)}分）" if q.scale else ""
        return Reading(f"{as_plain_number(q.value)}{unit}{scale}",
                       (f"“{name}”" if name else "") + f"按 {format_number(q.value)} {unit}记录".replace("  ", " "))

    def reading(self, path: str, answer: Any) -> Reading | None:
        """What a vague answer most likely means, if it can be applied; else None."""
        if not isinstance(answer, (str, dict)):
            return None
        handler = self.spec.field(path).handler
        tree = self.doc.tree
        tokens = parse_path(path)
        found: Reading | None = None
        team_size = get_at(tree, ["report", "team_size"])
        if handler == "metric_number" and isinstance(answer, str):
            found = metric_reading(answer, node_data(tree, tokens[:-1]), team_size)
        elif handler == "metric_items" and isinstance(answer, dict) and isinstance(answer.get("value"), str):
            name = str(answer.get("name") or "")
            spec = load_domain().match_metric(name)
            metric = {"name": name, "unit": answer.get("unit") or (spec.unit if spec else "")}
            value = metric_reading(answer["value"], metric, team_size)
            if value is not None:
                found = Reading({**answer, "value": value.answer}, value.label, typed=value.answer)
        elif handler == "integer" and isinstance(answer, str):
            found = count_reading(answer)
        elif handler in ("date", "deadline") and isinstance(answer, str):
            found = date_reading(answer, self.period_end(tree).year)
        elif handler == "period" and isinstance(answer, str):
            found = period_reading(answer, self.today)
        if found is None:
            return None
        try:
            self.apply(self.doc.working_copy(), path, found.answer)
        except InputError:
            return None
        return found

    def apply(self, tree: Any, path: str, answer: Any) -> list[str]:
        """Write one answer into `tree` (a working copy); returns notes for the user."""
        tokens = parse_path(path)
        spec = self.spec.field(path)
        handler = _HANDLERS.get(spec.handler)
        if handler is None:  # pragma: no cover - a typo in interview.yaml
            raise InputError(f"interview.yaml: 未知的 handler“{spec.handler}”（{path}）")
        if answer is None or (isinstance(answer, str) and not answer.strip()):
            raise AnswerError("回答是空的。")
        return handler(self, tree, tokens, answer) or []

    def period_end(self, tree: Any) -> date:
        end = get_at(tree, ["report", "period", "end"])
        return end if isinstance(end, date) else self.today


def fill_example(example: Any, values: dict[str, Any]) -> Any:
    """An example with {year}, {next_year} and {month} filled in."""
    return _fill(example, values)


def _fill(example: Any, values: dict[str, Any]) -> Any:
    if isinstance(example, str):
        for key, value in values.items():
            example = example.replace("{" + key + "}", str(value))
        return example
    if isinstance(example, dict):
        return {_fill(k, values): _fill(v, values) for k, v in example.items()}
    if isinstance(example, list):
        return [_fill(v, values) for v in example]
    return example


def _strip_file_names(message: str, name: str) -> str:
    lines = message.split("\n")
    body = lines[1:] if len(lines) > 1 else lines
    cleaned = [re.sub(rf"^\s*{re.escape(name)}(:\d+)?:\s*", "", ln) for ln in body]
    return "；".join(ln.strip() for ln in cleaned if ln.strip())


# ---------------------------------------------------------------------------------------
# Handlers: one per way of reading an answer (named in interview.yaml)

Handler = Callable[[Interview, Any, list[Token], Any], list[str] | None]


def _text(answer: Any) -> str:
    if isinstance(answer, (dict, list)):
        raise AnswerError("这里需要一段文字。")
    text = str(answer).strip()
    if not text:
        raise AnswerError("回答是空的。")
    return text


def _handle_text(iv: Interview, tree: Any, tokens: list[Token], answer: Any) -> None:
    set_at(tree, tokens, _text(answer))


def _handle_raw(iv: Interview, tree: Any, tokens: list[Token], answer: Any) -> None:
    set_at(tree, tokens, answer)


def _handle_text_list(iv: Interview, tree: Any, tokens: list[Token], answer: Any) -> None:
    items = [_text(a) for a in answer] if isinstance(answer, list) else split_list(_text(answer))
    set_at(tree, tokens, items)


def _handle_text_items(iv: Interview, tree: Any, tokens: list[Token], answer: Any) -> None:
    for item in answer if isinstance(answer, list) else [answer]:
        append_at(tree, tokens, _text(item))


def _handle_integer(iv: Interview, tree: Any, tokens: list[Token], answer: Any) -> None:
    set_at(tree, tokens, parse_integer(answer))


def _handle_number(iv: Interview, tree: Any, tokens: list[Token], answer: Any) -> None:
    set_at(tree, tokens, as_plain_number(parse_quantity(answer).value))


def _handle_scale(iv: Interview, tree: Any, tokens: list[Token], answer: Any) -> None:
    set_at(tree, tokens, as_plain_number(parse_scale(answer)))


def _handle_metric_choice(iv: Interview, tree: Any, tokens: list[Token], answer: Any) -> None:
    set_at(tree, tokens, parse_metric_choice(str(answer)))


def _handle_case_kind(iv: Interview, tree: Any, tokens: list[Token], answer: Any) -> None:
    set_at(tree, tokens, parse_case_kind(str(answer)))


def _handle_report_type(iv: Interview, tree: Any, tokens: list[Token], answer: Any) -> None:
    set_at(tree, tokens, parse_report_type(str(answer)))


def _handle_date(iv: Interview, tree: Any, tokens: list[Token], answer: Any) -> None:
    if isinstance(answer, date):
        set_at(tree, tokens, answer)
        return
    set_at(tree, tokens, parse_answer_date(_text(answer), year=iv.period_end(tree).year))


def _handle_deadline(iv: Interview, tree: Any, tokens: list[Token], answer: Any) -> None:
    if isinstance(answer, date):
        set_at(tree, tokens, answer)
        return
    end = iv.period_end(tree)
    set_at(tree, tokens, parse_answer_date(_text(answer), year=end.year, after=end, today=iv.today))


def _handle_period(iv: Interview, tree: Any, tokens: list[Token], answer: Any) -> None:
    if isinstance(answer, dict):
        try:
            start = parse_answer_date(str(answer["start"]), year=iv.today.year)
            end = parse_answer_date(str(answer["end"]), year=start.year, after=start)
        except KeyError:
            raise AnswerError("时间段需要 start 和 end 两个日期。") from None
        if end < start:
            raise AnswerError(f"结束日期 {end} 早于开始日期 {start}，请检查。")
    else:
        start, end = parse_period(_text(answer), iv.today)
    set_at(tree, tokens + ["start"], start)
    set_at(tree, tokens + ["end"], end)


def _handle_share(iv: Interview, tree: Any, tokens: list[Token], answer: Any) -> None:
    values = share_or_count(parse_quantity(answer), str(answer))
    for key, value in values.items():
        set_at(tree, tokens[:-1] + [key], value)


def _handle_share_list(iv: Interview, tree: Any, tokens: list[Token], answer: Any) -> None:
    if isinstance(answer, list):
        items = []
        for entry in answer:
            if isinstance(entry, dict):
                item = {k: v for k, v in entry.items() if k not in ("share", "count")}
                for key in ("share", "count"):
                    if entry.get(key) is not None:
                        item.update(share_or_count(parse_quantity(entry[key]), str(entry[key]))
                                    if key == "share" else {"count": parse_integer(entry[key])})
                items.append(item)
            else:
                items.extend(parse_share_list(str(entry)))
    else:
        items = parse_share_list(_text(answer))
    set_at(tree, tokens, items)  # the list is answered as a whole: its shares must add up


def _first_key(tokens: list[Token]) -> str:
    """The identifying key of an item in the list at `tokens` (title, name, action …)."""
    model: Any = Facts
    for t in tokens:
        if isinstance(t, int):
            continue
        info = model.model_fields.get(t) if model else None
        model = inner_model(info.annotation) if info else None
    if model is None:
        return "name"
    return next(name for name, info in model.model_fields.items() if info.is_required())


_PART_TITLES = {"action": "措施", "metric": "指标", "target": "目标", "deadline": "期限", "title": "标题",
                "situation": "情况", "actions": "行动", "result": "结果"}


def split_item(list_path: str, text: str) -> dict[str, Any] | None:
    """A plan or a story said in one line, split into the item's parts (action, metric,
    target, deadline; title, situation, actions, result); None when it does not split."""
    if list_path == "plans":
        return split_plan(text)
    if list_path == "cases":
        return split_story(text)
    return None


def describe_split(parts: dict[str, Any]) -> str:
    """措施：…；指标：…；目标：…；期限：… — a split as the person is shown it to confirm."""
    return "；".join(f"{_PART_TITLES.get(k, k)}：{'、'.join(v) if isinstance(v, list) else v}"
                    for k, v in parts.items())


def _handle_items(iv: Interview, tree: Any, tokens: list[Token], answer: Any) -> list[str]:
    """cases, problems, plans: a mapping adds one item, a list adds each."""
    notes: list[str] = []
    entries = answer if isinstance(answer, list) else [answer]
    key = _first_key(tokens)
    path = format_path(tokens)
    for entry in entries:
        if isinstance(entry, str):
            # A plan or a story said in one go is split into its parts, and the split shown.
            parts = split_item(path, entry)
            if parts:
                entry = parts
                index = len(get_at(tree, tokens) or [])
                notes.append(f"已拆分为 {describe_split(parts)}。不对时可以直接改对应的一项"
                             f"（如 {path}[{index}].{next(reversed(parts))}）。")
        if not isinstance(entry, dict):
            if len(entries) == 1 and not isinstance(answer, list):
                entry = {key: entry}
            else:
                raise AnswerError(f"{path} 的每一项应是键值对，例如 {iv.spec.field(path).example}。")
        if not entry.get(key):
            raise AnswerError(f"{path} 的新项缺少“{key}”。")
        index = append_at(tree, tokens, {key: _text(entry[key])})
        for k, v in entry.items():
            if k != key and v not in (None, "", []):
                notes += iv.apply(tree, f"{path}[{index}].{k}", v)
    return notes


def _handle_metric_items(iv: Interview, tree: Any, tokens: list[Token], answer: Any) -> list[str]:
    """metrics: "咨询量 1200件" or {name, value, target, …}; a list adds each."""
    notes: list[str] = []
    for entry in answer if isinstance(answer, list) else [answer]:
        if isinstance(entry, dict):
            if not entry.get("name"):
                raise AnswerError(f"新指标缺少名称（name），例如 {iv.spec.field('metrics').example}。")
            index, more = add_metric(iv, tree, _text(entry["name"]), entry.get("value"), entry.get("unit"))
            notes += more
            for k, v in entry.items():
                if k not in ("name", "value", "unit") and v not in (None, "", []):
                    notes += iv.apply(tree, f"metrics[{index}].{k}", v)
            continue
        name, quantity = split_name_quantity(_text(entry))
        if not name:
            raise AnswerError(f"“{entry}”缺少指标名称，请写成“咨询量 1200件”。")
        notes += add_metric(iv, tree, name, quantity)[1]
    return notes


def add_metric(iv: Interview, tree: Any, name: str, value: Quantity | str | None = None,
               unit: str | None = None) -> tuple[int, list[str]]:
    """Append a metric (unit from its canonical metric unless given), then read its value."""
    spec = load_domain().match_metric(name)
    first: dict[str, Any] = {"name": name}
    if unit or spec is not None:
        first["unit"] = unit or spec.unit
    index = append_at(tree, ["metrics"], first)
    if value is None or value == "":
        return index, []
    return index, _write_metric_number(iv, tree, ["metrics", index, "value"], value)


def _handle_object(iv: Interview, tree: Any, tokens: list[Token], answer: Any) -> list[str]:
    """complaints, project: a mapping sets each of its keys."""
    path = format_path(tokens)
    if not isinstance(answer, dict):
        raise AnswerError(f"{path} 应按字段回答，例如 {iv.spec.field(path).example}。")
    notes: list[str] = []
    for k, v in answer.items():
        if v not in (None, "", []):
            notes += iv.apply(tree, f"{path}.{k}", v)
    return notes


def _handle_plan_target(iv: Interview, tree: Any, tokens: list[Token], answer: Any) -> list[str]:
    plan_tokens = tokens[:-1]
    name, q = parse_plan_target(str(answer))
    plan = node_data(tree, plan_tokens)
    set_at(tree, tokens, as_plain_number(q.value))
    if name and not plan.get("metric"):
        set_at(tree, plan_tokens + ["metric"], name)
    if q.unit:
        set_at(tree, plan_tokens + ["unit"], q.unit)
    elif not plan.get("unit"):
        metric_name = name or plan.get("metric")
        unit = _unit_of_metric_named(tree, metric_name) if metric_name else None
        if unit:
            set_at(tree, plan_tokens + ["unit"], unit)
    return []


def _unit_of_metric_named(tree: Any, name: str) -> str | None:
    domain = load_domain()
    wanted = domain.match_metric(name)
    for i in range(len(get_at(tree, ["metrics"]) or [])):
        m = node_data(tree, ["metrics", i])
        if m.get("name") == name or (wanted is not None and domain.match_metric(str(m.get("name"))) == wanted):
            return m.get("unit") or None
    return wanted.unit if wanted else None


def _handle_metric_number(iv: Interview, tree: Any, tokens: list[Token], answer: Any) -> list[str]:
    return _write_metric_number(iv, tree, tokens, answer)


def _write_metric_number(iv: Interview, tree: Any, tokens: list[Token], answer: Any) -> list[str]:
    """A metric's value/target/previous, reconciled with the metric's unit and scale.

    "两分钟" for a metric in 秒 is written as 120; "4.8分(满分5分)" sets the scale; an answer in
    another kind of unit is refused once the metric's other figures are in its own unit.
    """
    domain = load_domain()
    q = answer if isinstance(answer, Quantity) else parse_quantity(answer)
    metric_tokens, attr = tokens[:-1], str(tokens[-1])
    metric = node_data(tree, metric_tokens)
    name = str(metric.get("name") or "该指标")
    unit = str(metric.get("unit") or "")
    spec = domain.match_metric(name)
    kind = domain.unit_kind(unit) or (spec.kind if spec else None)
    others = [a for a in ("value", "target", "previous", "annual_target")
              if a != attr and metric.get(a) is not None]
    notes: list[str] = []
    value = q.value
    scale = metric.get("scale")

    def put(key: str, v: Any) -> None:
        set_at(tree, metric_tokens + [key], v)

    if q.kind is not None and q.kind != kind:
        allowed = spec is None or q.kind in iv.spec.unit_switches.get(spec.kind, ())
        if kind is not None and not allowed:
            raise AnswerError(
                f"“{name}”是{_kind_word(kind)}（单位“{unit or spec.unit}”），"
                f"“{_shown(answer)}”是{_kind_word(q.kind)}，请用“{unit or spec.unit}”回答。"
            )
        if unit and others:
            raise AnswerError(
                f"“{name}”的单位是“{unit}”（已填的其他数值也用这个单位），"
                f"“{_shown(answer)}”是{_kind_word(q.kind)}，请换算成{unit}再回答。"
            )
        put("unit", q.unit)
        notes.append(f"“{name}”的单位记为“{q.unit}”。")
        if q.kind != "score" and "scale" in metric:
            delete_at(tree, metric_tokens + ["scale"])
        kind, unit, scale = q.kind, q.unit or "", None
    elif q.kind == "duration" and unit and q.unit != unit and unit in domain.duration_units:
        value = q.value * domain.duration_units[q.unit or unit] / domain.duration_units[unit]
        notes.append(f"已换算为 {as_plain_number(round(value, 2))}{unit}。")
        value = round(value, 2)
    elif q.unit and not unit:
        put("unit", q.unit)
    if kind == "score":
        if q.scale is not None:
            if scale and q.scale != scale and others:
                value = q.value / q.scale * float(scale)
                notes.append(f"已按满分{as_plain_number(float(scale))}分换算为 {as_plain_number(round(value, 2))}分。")
                value = round(value, 2)
            elif q.scale != scale:
                put("scale", as_plain_number(q.scale))
        elif attr == "value" and (scale in (None, 100)) and 0 < q.value <= 10 and not others:
            raise AnswerError(
                f"“{name}”{as_plain_number(q.value)}分是几分制？请写成“{as_plain_number(q.value)}分（满分5分）”"
                f"或“{as_plain_number(q.value)}分（满分10分）”。"
            )
    # A bare 0.95 cannot be confirmed, only rewritten; a fraction typed with % or beside
    # figures of its own size is left to check's CK412 (the same rule), which asks to confirm.
    other_values = [float(metric[a]) for a in others if isinstance(metric.get(a), (int, float))]
    if (kind == "rate" and q.unit is None
            and rate_looks_like_fraction(q.value, other_values, unit_written=False)):
        raise AnswerError(
            f"“{name}”是百分比，{as_plain_number(q.value)} 是指 {as_plain_number(q.value * 100)}% 吗？"
            f"请写成带 % 的数，例如 {as_plain_number(q.value * 100)}%。"
        )
    if kind == "rate" and spec is not None and spec.bounded and value > 100:
        # check_facts flags only the current value above 100 %; a target or a previous
        # value above 100 % is just as impossible for a bounded rate.
        raise AnswerError(f"“{name}”是比率，不能超过 100%，“{_shown(answer)}”不可能。")
    if kind == "score" and scale and value > float(scale):
        raise AnswerError(f"“{name}”满分是 {as_plain_number(float(scale))} 分，“{_shown(answer)}”超过了满分。")
    put(attr, as_plain_number(value))
    return notes


def _as_typed(answer: Any) -> str:
    if isinstance(answer, (dict, list)):
        import json

        return json.dumps(answer, ensure_ascii=False, default=str)
    return str(answer)


def _shown(answer: Any) -> str:
    return str(answer) if not isinstance(answer, Quantity) else f"{as_plain_number(answer.value)}{answer.unit or ''}"


def _kind_word(kind: str | None) -> str:
    from cswriter.domain import metric_kind_word

    return metric_kind_word(kind)


_HANDLERS: dict[str, Handler] = {
    "text": _handle_text,
    "raw": _handle_raw,
    "text_list": _handle_text_list,
    "text_items": _handle_text_items,
    "integer": _handle_integer,
    "number": _handle_number,
    "scale": _handle_scale,
    "metric_choice": _handle_metric_choice,
    "case_kind": _handle_case_kind,
    "report_type": _handle_report_type,
    "date": _handle_date,
    "deadline": _handle_deadline,
    "period": _handle_period,
    "share": _handle_share,
    "share_list": _handle_share_list,
    "items": _handle_items,
    "metric_items": _handle_metric_items,
    "object": _handle_object,
    "plan_target": _handle_plan_target,
    "metric_number": _handle_metric_number,
}


def _field_of(iv: Interview, key: str) -> str:
    """A field path, or what a person calls the field (客户满意度, 第1个案例的结果)."""
    from cswriter.interview.labels import LabelError, resolve_label

    try:
        return resolve_label(iv.doc.tree, key)
    except (LabelError, InputError):
        return key


def apply_answers(iv: Interview, answers: dict[str, Any]) -> tuple[list[Outcome], list[dict[str, str]]]:
    """Apply a mapping of field → answer in order; each saved when valid, errors collected."""
    done: list[Outcome] = []
    errors: list[dict[str, str]] = []
    for path, answer in answers.items():
        path = _field_of(iv, str(path))
        # Only an error the answer was meant to fix must be gone; a remaining warning is
        # reported among the open questions instead of refusing the answer.
        finding = next((f for f in iv.check().findings
                        if f.field == path and f.severity == "error"), None)
        try:
            outcome = iv.answer(path, answer, finding=finding, confirmed=True)
            if isinstance(answer, str):
                from cswriter.lint.models import headline

                outcome.notes += [f"措辞提示 {f.code}：{headline(f.match, f.message)}建议：{f.suggestion}"
                                  for f in iv.wording(path, answer)]
            done.append(outcome)
        except NeedsReading as vague:
            errors.append({"field": path, "answer": _as_typed(answer), "message": vague.message,
                           "suggestion": _as_typed(vague.reading.answer), "reading": vague.reading.label + "？"})
        except InputError as error:  # AnswerError included: a Chinese message either way
            errors.append({"field": path, "answer": _as_typed(answer), "message": error.message})
    return done, errors


__all__ = [
    "AnswerError", "Interview", "NeedsConfirmation", "Outcome", "Question", "SectionProgress",
    "add_metric", "apply_answers", "create_document", "describe_split", "field_pattern", "is_blank_file",
    "split_item",
]
