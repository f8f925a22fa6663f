"""The drafting pipeline: check → outline → sections drafted concurrently → verify → repair → assemble.

Each stage is a function over pydantic models; the only I/O here is the model call (through
the reply cache). Sections marked needs-input are never sent to a model: they say 需补充 and
what is missing. A problem that survives the repairs stays listed in the section's findings
(the draft is then not ok, exit 1); nothing is silently dropped.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from cswriter.backends.base import (
    TOLD_ELSEWHERE, Backend, Completion, CompletionRequest, scrub_secrets, split_writer_note,
)
from cswriter.backends.replies import bound_reply, strip_reasoning
from cswriter.check import CheckResult, check_facts
from cswriter.draft.cache import ReplyCache
from cswriter.draft.context import build_section_context, redact_context
from cswriter.draft.models import (
    Draft,
    DraftFinding,
    DraftSection,
    SectionContext,
    Table,
)
from cswriter.draft.replies import reply_findings, trust_findings
from cswriter.draft.requests import repair_request, section_request
from cswriter.draft.tables import section_tables
from cswriter.draft.verify import Verification, verify_text
from cswriter.figures.trace import tracer_for
from cswriter.errors import BackendError, UserError
from cswriter.facts.model import Facts
from cswriter.figures.compute import Figures, compute_figures
from cswriter.outline import MISSING_MARK, Outline, OutlineSection, build_outline
from cswriter.prompting import PromptLibrary

DEFAULT_CONCURRENCY = 4
DEFAULT_MAX_REPAIRS = 2

EventKind = Literal["start", "model", "cached", "repair", "done"]
EventHandler = Callable[[str, EventKind, "DraftSection | None"], None]
Verifier = Callable[..., Verification]


class DraftOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    concurrency: int = Field(DEFAULT_CONCURRENCY, ge=1, le=64)
    max_repairs: int = Field(DEFAULT_MAX_REPAIRS, ge=0, le=10)
    use_cache: bool = True
    redact: bool | None = None
    """Mask personal data in prompts; None means: for every model backend (not offline/mock)."""
    prompts_dir: Path | None = None
    instructions: dict[str, str] = {}
    """Per-section extra requests from the writer (interactive regenerate)."""
    only: list[str] | None = None
    """Draft only these section ids (the others are left out of the result)."""


def redacts(options: DraftOptions, backend: Backend) -> bool:
    """Whether prompts are masked: always for a model backend unless turned off (--no-redact)."""
    if options.redact is not None:
        return options.redact
    return not getattr(backend, "writes_itself", False)


class PlannedSection(BaseModel):
    """A section ready to draft: the outline's entry, its context and its code-built tables."""

    outline: OutlineSection
    context: SectionContext
    tables: list[Table] = []
    check_findings: list[DraftFinding] = []


class DraftPlan(BaseModel):
    outline: Outline
    sections: list[PlannedSection]
    redacted: bool


def plan_draft(facts: Facts, options: DraftOptions, *, redact: bool,
               check: CheckResult | None = None, figures: Figures | None = None) -> DraftPlan:
    """The outline and, for every section in it, the context it will be written from."""
    check = check or check_facts(facts)
    figures = figures or compute_figures(facts)
    outline = build_outline(facts, check, figures)
    # (the section that tells the work lines, and so holds their member table: 工作内容, or the
    # section a type folds them into — a weekly's 本周工作与数据)
    from cswriter.domain import load_domain

    work_home = "work" if any(s.id == "work" for s in outline.sections) \
        else load_domain().report_types[facts.report.type].folds.get("work", "metrics")
    planned: list[PlannedSection] = []
    for number, section in enumerate(outline.sections, start=1):
        if options.only is not None and section.id not in options.only:
            continue
        context = build_section_context(facts, outline, section, figures, number=number,
                                        instruction=options.instructions.get(section.id, ""))
        if redact:
            context = redact_context(context)
        gaps = [DraftFinding.from_check(f) for f in check.for_section(section.id) if f.severity != "info"]
        planned.append(PlannedSection(
            outline=section, context=context, check_findings=gaps,
            tables=section_tables(facts, figures, section.id,
                                  {gap.field for gap in section.incomplete if gap.left_out},
                                  holds_work=section.id == work_home)
            if section.status == "ready" else [],
        ))
    return DraftPlan(outline=outline, sections=planned, redacted=redact)


def needs_input_section(planned: PlannedSection) -> DraftSection:
    """A section the facts cannot support yet: what is missing, never invented prose."""
    section = planned.outline
    lines = [f"【{MISSING_MARK}】本节缺少必要的事实，暂不起草。"]
    # The questions say what is missing in the writer's terms; the check's messages are
    # kept in `findings` and `missing` for programs.
    lines += [f"- 请补充：{question}" for question in section.questions]
    if len(lines) == 1:
        lines.append(f"- 请补充：{planned.context.section.purpose}")
    return DraftSection(
        id=section.id, title=section.title, number=planned.context.section.number,
        status="needs-input", text="\n".join(lines), findings=planned.check_findings,
        missing=section.missing, questions=section.questions,
    )


# How the 需补充 note names an item and the part of it that is missing. The check's own
# messages stay in the section's findings; they quote example and limit figures (降至110秒,
# 超过100%) that are no facts, and the note is part of the document `lint --facts` reads.
_ITEM_WORDS = {"metrics": "指标", "cases": "案例", "problems": "问题", "plans": "计划"}
_PART_WORDS = {"value": "数值", "target": "目标值", "previous": "{previous_word}的数值",
               "annual_target": "全年目标", "deadline": "完成期限", "result": "结果",
               "evidence": "数据证据", "cause": "原因"}


def incomplete_note(section: OutlineSection, previous_word: str = "上期") -> str:
    """The 需补充 list a ready section ends with when some of its items are incomplete.

    Written by code after verification, like the tables: one line per item, naming what is
    missing (需补充) or inconsistent (需核对, an arithmetic finding of the check).
    """
    if not section.incomplete:
        return ""
    lines = [f"【{MISSING_MARK}】以下内容需要补充或核对，暂未写入本节："]
    for gap in section.incomplete:
        kind = _ITEM_WORDS.get(gap.field.split("[")[0], "")
        missing, wrong = [], []
        for field, code in zip(gap.fields, gap.codes):
            part = _PART_WORDS.get(field.rpartition(".")[2] if field != gap.field else "", "内容")
            part = part.format(previous_word=previous_word)
            (wrong if code.startswith("CK4") else missing).append(part)
        states = [f"{'、'.join(dict.fromkeys(missing))}{MISSING_MARK}" if missing else "",
                  f"{'、'.join(dict.fromkeys(wrong))}需核对" if wrong else ""]
        lines.append(f"- {kind}“{gap.label}”：{'，'.join(s for s in states if s)}。")
    return "\n".join(lines)


class SectionDeferred(Exception):
    """Raised by a backend that collects requests instead of answering them (the Batch API
    path): the section is left for a later pass, once the reply is in the cache."""


class ModelCaller:
    """One model call, through the cache; every failure becomes a `BackendError` (exit 3).

    The one place every backend's reply passes: the prompt is masked as a whole (when
    redacting) before it is sent or looked up, and the reply is cleaned of reasoning blocks
    and bounded in size before anyone reads it. Cut-off replies are never cached."""

    def __init__(self, backend: Backend, cache: ReplyCache | None, *,
                 redactor: Callable[[str], str] | None = None) -> None:
        self.backend = backend
        # Backends that are instant and deterministic (offline) opt out of caching.
        self.cache = cache if getattr(backend, "cacheable", True) else None
        self.redactor = redactor

    def prepare(self, request: CompletionRequest) -> CompletionRequest:
        """The request as it will be sent: every message masked when redacting."""
        if self.redactor is None:
            return request
        messages = [m.model_copy(update={"content": self.redactor(m.content)}) for m in request.messages]
        return request.model_copy(update={"messages": messages})

    def __call__(self, request: CompletionRequest) -> tuple[Completion, bool]:
        request = self.prepare(request)
        if self.cache is not None:
            hit = self.cache.get(self.backend, request)
            if hit is not None:
                return _cleaned(hit), True
        try:
            completion = self.backend.complete(request)
        except SectionDeferred:
            raise
        except UserError as error:
            error.message = scrub_secrets(error.message)
            raise
        except Exception as error:  # a backend that leaks its SDK's exception
            raise BackendError(
                f"模型后端 {self.backend.name} 出错：{type(error).__name__}: {scrub_secrets(str(error))}"
            ) from error
        if self.cache is not None:
            self.cache.put(self.backend, request, completion)
        return _cleaned(completion), False




def _cleaned(completion: Completion) -> Completion:
    text, cut = bound_reply(completion.text)
    update = {"text": strip_reasoning(text)}
    if cut:
        update["finish_reason"] = "length"
    return completion.model_copy(update=update)


def make_redactor(facts: Facts) -> Callable[[str], str]:
    """Masks personal data in a rendered prompt: exact strings found in the facts' own fields
    first (they may be glued to other text in a title), then anything PII-shaped."""
    from cswriter.text.privacy import known_pii, redact_prompt

    strings: list[str] = []
    _collect_strings(facts.model_dump(mode="json"), strings)
    known = known_pii(strings)
    return lambda text: redact_prompt(text, known)


def _collect_strings(value, out: list[str]) -> None:
    if isinstance(value, str):
        out.append(value)
    elif isinstance(value, dict):
        for item in value.values():
            _collect_strings(item, out)
    elif isinstance(value, list):
        for item in value:
            _collect_strings(item, out)


_FENCE = re.compile(r"^```[\w-]*\n(.*?)\n```$", re.S)


def clean_reply(text: str, title: str) -> str:
    """The model's reply as section prose: no code fence, no echoed heading, and nothing
    that could act on the tool, the terminal or the document (`neutralise_reply`)."""
    from cswriter.backends.replies import neutralise_reply

    text = text.strip()
    fenced = _FENCE.match(text)
    if fenced:
        text = fenced.group(1).strip()
    lines = text.splitlines()
    if lines and title in lines[0] and len(lines[0]) <= len(title) + 12 and (
            lines[0].lstrip().startswith("#") or lines[0].strip().rstrip(":: ").endswith(title)):
        text = "\n".join(lines[1:]).strip()
    return neutralise_reply(text)


def _score(verification: Verification) -> tuple[int, int]:
    errors = sum(1 for f in verification.findings if f.severity == "error")
    return errors, len(verification.repairable)


def draft_section(planned: PlannedSection, facts: Facts, call: Callable, library: PromptLibrary,
                  *, max_repairs: int, verifier: Verifier = verify_text,
                  on_event: EventHandler | None = None, model: str | None = None) -> DraftSection:
    """Draft one ready section: ask the model, verify, send the exact problems back, repeat."""
    context = planned.context
    section_id = context.section.id
    calls = hits = repairs = 0
    asks: dict[str, list[str]] = {}

    def ask(request: CompletionRequest) -> tuple[str, Completion]:
        nonlocal calls, hits
        completion, cached = call(request)
        if cached:
            hits += 1
        else:
            calls += 1
        if on_event:
            on_event(section_id, "cached" if cached else "model", None)
        # Review 11 (C2): what the writer asks of the user is no prose: kept for the notes.
        body, asked = split_writer_note(completion.text)
        text = clean_reply(body, context.section.title)
        asks[text] = asked
        return text, completion

    def check(text: str, completion: Completion) -> Verification:
        problems = reply_findings(text, completion, context, planned.tables)
        problems += trust_findings(text, completion, request, facts)
        if any(p.code in ("DR901", "DR903") for p in problems):
            return Verification(findings=problems)  # nothing to trace in it
        verification = verifier(text, facts=facts, section_id=section_id)
        return Verification(findings=problems + verification.findings, numbers=verification.numbers)

    request = section_request(context, library, model)
    text, completion = ask(request)
    told_elsewhere = completion.finish_reason == TOLD_ELSEWHERE and not text.strip()
    if told_elsewhere and not planned.tables:
        # The offline writer found every fact of this section told in another: no section.
        return DraftSection(id=section_id, title=context.section.title, number=context.section.number,
                            status="skipped", text="", model_calls=calls, cache_hits=hits)
    # (review 20, class 5: a section of tables alone, an annex whose table titles say what it
    # holds, stays, with no caption that reads the titles aloud: nothing in it to trace)
    verification = Verification() if told_elsewhere else check(text, completion)
    best = (text, verification)
    while verification.repairable and repairs < max_repairs:
        repairs += 1
        if on_event:
            on_event(section_id, "repair", None)
        request = repair_request(context, library, request, text, verification.repairable, model)
        new_text, completion = ask(request)
        if new_text == text:
            break  # no progress: the model (or the offline writer) cannot fix it
        text = new_text
        verification = check(text, completion)
        if _score(verification) <= _score(best[1]):
            best = (text, verification)
    text, verification = best
    note = incomplete_note(planned.outline, context.report.previous_word)
    asked = asks.get(text) or []
    if asked:
        note = (note or f"【{MISSING_MARK}】以下内容需要补充，暂未写入本节：") + "".join(f"\n- {a}" for a in asked)
    partial = bool(planned.outline.incomplete)
    return DraftSection(
        id=section_id, title=context.section.title, number=context.section.number,
        status="drafted", text=f"{text}\n\n{note}" if note else text, numbers=verification.numbers,
        findings=verification.findings + planned.check_findings, tables=planned.tables,
        missing=planned.outline.missing if partial else [],
        questions=(planned.outline.questions if partial else []) + asked,
        repairs=repairs, model_calls=calls, cache_hits=hits,
    )


class DocumentRun:
    """One summary being drafted: its plan, the sections still to write, and the model
    caller they share. `draft_document` runs one; `cswriter.draft.bulk` runs many on one pool.
    """

    def __init__(self, facts: Facts, backend: Backend, options: DraftOptions, *,
                 cache: ReplyCache | None = None, on_event: EventHandler | None = None,
                 verifier: Verifier = verify_text, library: PromptLibrary | None = None) -> None:
        self.facts, self.backend, self.options = facts, backend, options
        self.on_event, self.verifier = on_event, verifier
        redact = redacts(options, backend)
        self.library = library or PromptLibrary(options.prompts_dir)
        if options.use_cache and cache is None:
            cache = ReplyCache()
        self.call = ModelCaller(backend, cache if options.use_cache else None,
                                redactor=make_redactor(facts) if redact else None)
        self.plan = plan_draft(facts, options, redact=redact)
        tracer_for(facts)  # built once, before the sections are verified concurrently
        self.results: dict[str, DraftSection] = {}
        self.ready: list[PlannedSection] = []
        for planned in self.plan.sections:
            if planned.outline.status == "needs-input":
                self.results[planned.outline.id] = needs_input_section(planned)
                if on_event:
                    on_event(planned.outline.id, "done", self.results[planned.outline.id])
            else:
                self.ready.append(planned)

    @property
    def no_cache(self) -> str | None:
        """Why a rerun starts over, when it does: the user's --no-cache, or a backend that
        never caches (offline: instant and deterministic). None when replies are cached."""
        if self.call.cache is not None:
            return None
        return ("本次未使用缓存（--no-cache）" if not self.options.use_cache
                else f"{self.backend.name} 后端不缓存回复")

    def work(self, planned: PlannedSection) -> DraftSection:
        if self.on_event:
            self.on_event(planned.outline.id, "start", None)
        section = draft_section(planned, self.facts, self.call, self.library,
                                max_repairs=self.options.max_repairs, verifier=self.verifier,
                                on_event=self.on_event)
        if self.on_event:
            self.on_event(section.id, "done", section)
        return section

    def assemble(self) -> Draft:
        outline = self.plan.outline
        return Draft(
            # (a team typed with half-width brackets, 二组(《云渊纪》项目), titles and signs the
            # report in Chinese ones, as the prose has it — blind round 11)
            title=_in_chinese(outline.title), type=outline.type, type_title=outline.type_title,
            period=outline.period, author=outline.author, role=_in_chinese(outline.role),
            team=_in_chinese(self.facts.report.team), company=_in_chinese(self.facts.report.company),
            backend=self.backend.name, model=self.backend.model, redacted=self.plan.redacted,
            # The offline writer's one-line sections join a neighbour; a model's reply stands.
            sections=(_offline_prose(outline.type, self.facts.report.period.start)
                      if self.backend.joins_short_sections else list)(
                [self.results[p.outline.id] for p in self.plan.sections]),
        )


def _in_chinese(text: str | None) -> str | None:
    from cswriter.lint.fixes import full_width_punctuation

    return full_width_punctuation(text) if text else text


def _offline_prose(report_type: str, start: object = None) -> Callable[[list[DraftSection]], list[DraftSection]]:
    """The offline writer's sections, joined (one-line sections) and then read as one text:
    the period word opens one paragraph only (review 16, class 3)."""
    from cswriter.domain import load_domain

    rtype = load_domain().report_types.get(report_type)
    word = (rtype.period_word_for(start) if rtype else "") or ""
    return lambda sections: period_word_once(joined_short_sections(sections), word)


def period_word_once(sections: list[DraftSection], word: str) -> list[DraftSection]:
    """Review 16 (class 3): six paragraphs opening on 本月/本年度/本季度 read as one template
    filled section by section. The first paragraph that opens on the period word keeps it;
    a later one opens on what it says (本月的投诉已全部办结 → 投诉已全部办结): the heading and
    the report's title already hold the period."""
    if not word:
        return sections
    lead = re.compile("^" + re.escape(word) + r"(?:，|的(?=[\u4e00-\u9fff]))?(?=[\u4e00-\u9fff])")
    seen = False
    out = []
    for section in sections:
        if section.status != "drafted" or not section.text:
            out.append(section)
            continue
        prose, sep, notes = section.text.partition(NOTE_SPLIT)
        paragraphs = prose.split("\n\n")
        for k, paragraph in enumerate(paragraphs):
            if not lead.match(paragraph):
                continue
            if seen:
                paragraphs[k] = lead.sub("", paragraph, count=1)
            seen = True
        text = "\n\n".join(paragraphs) + (sep + notes if sep else "")
        out.append(section if text == section.text else section.model_copy(update={"text": text}))
    return out


def _sentences(text: str) -> int:
    return len([s for s in re.split(r"[。！？]", text) if s.strip()])


def joined_short_sections(sections: list[DraftSection]) -> list[DraftSection]:
    """A section of one sentence joins the section written.yaml `short_sections` names
    (review 7, C8: 我牵头制定服务话术标准化手册。 is no section): its text becomes a paragraph
    of that one, under the joint title, and it is left out."""
    from cswriter.domain import load_yaml_resource

    written = load_yaml_resource("written.yaml")
    rules = written.get("short_sections") or {}
    longest = int(written.get("short_section_chars") or 60)
    out = list(sections)
    # Review 10 (D): a `late` rule runs after the others, so that a one-line item that moved a
    # metric joins its sentence before the shares are added as a paragraph of their own.
    order = [(late, i) for late in (False, True) for i in range(len(out))]
    for late, i in order:
        section = out[i]
        choices = rules.get(section.id) or []
        if isinstance(choices, dict):
            choices = [choices]
        choices = [r for r in choices if bool(r.get("late")) == late
                   and (not r.get("with_figure") or re.search(r"\d", section.text))
                   and (not r.get("one_clause") or not re.search("[，；：]", section.text.strip()))
                   and (not r.get("with_result") or re.search(r["with_result"], section.text))
                   and len(section.numbers) <= int(r.get("most_figures") or len(section.numbers))]
        # The closing paragraph (感谢…, written.yaml `closing_words`) the last section ends
        # with is no sentence of it: it moves on to the new last section.
        body, closing = _without_closing(section.text, written.get("closing_words") or ())
        if not body.strip() and closing and section.status == "drafted" and not section.tables \
                and not section.missing:
            # (a last section that is only its closing paragraph, its one line told elsewhere,
            # is no section: the closing ends the report's last section — blind round 11 read
            # 感谢… inside 问题与体会, before the plans)
            out[i] = section.model_copy(update={"status": "skipped", "text": ""})
            _close_last(out, closing)
            continue
        if not choices or section.status != "drafted" or section.tables or section.missing \
                or _sentences(body) != 1:
            continue
        section = section.model_copy(update={"text": body})
        # The first of the sections named that is drafted takes it (a rule may allow a longer
        # sentence than `short_section_chars`: a plan of one sentence is still one sentence).
        at, rule = next(((k, r) for r in choices for k, s in enumerate(out)
                         if s.id == r.get("into") and s.status == "drafted" and not s.missing),
                        (None, None))
        if at is None or len(section.text.strip()) > int(rule.get("chars") or longest):
            continue
        # (`adjacent`: no joining over a section that stands between — one plan joined to the
        # problems over the 体会 between them put the lessons after the plans again, review 131)
        if rule.get("adjacent") and any(s.status == "drafted" and s.text.strip()
                                        for s in out[min(at, i) + 1:max(at, i)]):
            continue
        target = out[at]
        # Two one-line facts read as one paragraph; after a longer section, a paragraph.
        # …and so does a one-line last paragraph (review 8, C4: the item that moved the
        # metric just stated joins that sentence's paragraph).
        last = target.text.partition(NOTE_SPLIT)[0].rstrip().split("\n\n")[-1]
        glue = "" if (_sentences(last) == 1 and "\n" not in last or rule.get("inline")) \
            and not rule.get("paragraph") else "\n\n"
        # Review 10 (D): a joint title by the title of the section it joins (问题与原因 +
        # 下周计划 → 问题与下周计划); `title` otherwise.
        title = (rule.get("titles") or {}).get(target.title) or rule.get("title") or target.title
        # (the target's own notes, 【需补充】…, stay at its end)
        prose, sep, notes = target.text.partition(NOTE_SPLIT)
        # Review 11 (C4): a line joined inline is no stray sentence after the paragraph
        # (…日均344件。我牵头制定服务话术标准化手册。): it continues it (…日均344件；我还牵头…).
        said = section.text
        if rule.get("inline") and not glue and prose.rstrip().endswith("。"):
            subject = re.match(r"^(我们|我)(?!还)", said)
            if subject:
                # (a fact of another kind, a training result after the misses, is a sentence of
                # its own in that paragraph: `sentence`)
                prose = prose.rstrip() if rule.get("sentence") else prose.rstrip()[:-1] + "；"
                said = subject.group(1) + "还" + said[subject.end():]
        out[at] = target.model_copy(update={
            "title": title,
            # (`same_paragraph`: a line put before is the opening sentence of the paragraph)
            "text": (said + ("" if rule.get("same_paragraph") else "\n\n") + prose if rule.get("before")
                     else prose + glue + said) + (sep + notes if sep else ""),
            "numbers": target.numbers + section.numbers, "findings": target.findings + section.findings,
            "model_calls": target.model_calls + section.model_calls,
            "cache_hits": target.cache_hits + section.cache_hits})
        # Its calls are counted once, with the section it joined.
        out[i] = section.model_copy(update={"status": "skipped", "text": "", "model_calls": 0,
                                            "cache_hits": 0, "numbers": [], "findings": []})
        if closing:
            _close_last(out, closing)
    return out


def _close_last(sections: list[DraftSection], closing: str) -> None:
    """The closing paragraph (感谢…) ends the last drafted section of the text, before its notes."""
    last = max((k for k, s in enumerate(sections) if s.status == "drafted" and s.id != "attachments"),
               default=None)
    if last is None:
        return
    prose, sep, notes = sections[last].text.partition(NOTE_SPLIT)
    sections[last] = sections[last].model_copy(update={
        "text": prose.rstrip() + "\n\n" + closing + (sep + notes if sep else "")})


NOTE_SPLIT = f"\n\n【{MISSING_MARK}】"
"""Where a section's notes begin (render.NOTE_START)."""


def _without_closing(text: str, words: "list[str] | tuple[str, ...]") -> tuple[str, str]:
    """A section's text without its closing paragraph (感谢…), and that paragraph."""
    paragraphs = text.rstrip().split("\n\n")
    if paragraphs and words and paragraphs[-1].strip().startswith(tuple(words)):
        return "\n\n".join(paragraphs[:-1]), paragraphs[-1].strip()
    return text, ""


def draft_document(
    facts: Facts,
    backend: Backend,
    options: DraftOptions | None = None,
    *,
    cache: ReplyCache | None = None,
    on_event: EventHandler | None = None,
    verifier: Verifier = verify_text,
) -> Draft:
    """Draft every section of the summary, concurrently, and assemble them in outline order.

    Raises `BackendError` (exit 3) when the backend fails after its retries; replies already
    received are in the cache, so running again resumes where this run stopped.
    """
    run = DocumentRun(facts, backend, options or DraftOptions(), cache=cache, on_event=on_event,
                      verifier=verifier)
    if run.ready:
        _run_concurrently(run.ready, run.work, run.results, run.options.concurrency, run.no_cache)
    return run.assemble()


def _run_concurrently(ready: list[PlannedSection], work: Callable[[PlannedSection], DraftSection],
                      results: dict[str, DraftSection], concurrency: int, no_cache: str | None) -> None:
    """Run `work` on every section with at most `concurrency` in flight.

    The first section goes alone: only once the backend has answered (a cache hit proves
    nothing) do the others follow, so a rejected key or a wrong model costs one request, not
    one per section. On a backend failure, sections not yet started are not sent and those
    in flight are allowed to finish (their replies land in the cache), then the first error
    is raised.
    """
    from collections import deque

    failure: UserError | None = None
    lock = threading.Lock()
    queue = deque(ready)
    proven = False
    executor = ThreadPoolExecutor(max_workers=min(concurrency, len(ready)),
                                  thread_name_prefix="cswriter-draft")
    in_flight: set[Future] = set()

    def fill() -> None:
        while queue and failure is None and len(in_flight) < (concurrency if proven else 1):
            in_flight.add(executor.submit(work, queue.popleft()))

    try:
        fill()
        while in_flight:
            done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            for future in done:
                in_flight.discard(future)
                error = future.exception()
                if error is None:
                    section = future.result()
                    with lock:
                        results[section.id] = section
                    if section.model_calls or not section.cache_hits:
                        proven = True
                    continue
                if isinstance(error, SectionDeferred):
                    raise error
                if not isinstance(error, UserError):
                    raise error
                if failure is None:
                    failure = error
            fill()
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
    if failure is not None:
        finished = len(results)
        if isinstance(failure, BackendError):
            resume = ("已收到的回复都已缓存，修复问题后重新运行同一命令会从中断处继续。" if no_cache is None
                      else f"{no_cache}，重新运行将从头开始。")
            raise BackendError(f"{failure.message}（已完成 {finished} 节；{resume}）",
                               hint=failure.hint) from failure
        raise failure
