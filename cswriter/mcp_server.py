"""`cswriter mcp`: cswriter's tools for AI agents over the Model Context Protocol (stdio).

Built on the official `mcp` SDK (`MCPServer`), installed with the `cswriter[mcp]` extra and
imported only by this module, which only `cswriter mcp` loads. The tools return the documents
of `cswriter.documents` as structured content, with the pydantic models of `cswriter.schemas`
as their output schemas; a bad input (a missing file, invalid facts, an unknown section or
tool, a wrong argument) is a tool error whose text is the Chinese message, and the server
keeps serving.

With `section_request` and `verify_section` an agent runs `draft`'s loop with itself as the
model: it asks for a section's messages, writes the section, and has every figure traced and
every wording problem listed, with a repair request to answer until `ok`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError, UnexpectedToolError
from pydantic import Field, ValidationError

from cswriter import __version__
from cswriter.documents import versioned
from cswriter.errors import InputError, UserError
from cswriter.schemas import (
    CheckDocument,
    DraftDocument,
    InterviewDocument,
    LintDocument,
    OutlineDocument,
    SectionRequestDocument,
    VerifySectionDocument,
)

INSTRUCTIONS = """cswriter 帮客服人员写工作总结（年终/半年/季度/月度/周/项目总结）。流程：
interview_questions 得到要问用户的问题 → 把用户的回答交给 interview_answer（逐条保存，被拒的回答附原因和示例）
→ check 看还缺什么 → outline 看提纲和每节的数字 → draft 起草全文；
或者自己写：对每一节调用 section_request 取得写作要求，写好后用 verify_section 核对每个数字和措辞，
按返回的 repair 修改，直到 ok。事实可以给文件路径 facts_path，也可以直接给 facts 对象。"""

FactsPath = Annotated[str | None, Field(description="事实文件路径（YAML 或 JSON）")]
FactsObject = Annotated[dict[str, Any] | None, Field(description="事实内容（与事实文件同样的结构），可代替 facts_path")]
SectionId = Annotated[str, Field(description="章节 id：overview、metrics、work、feedback、complaints、cases、"
                                             "teamwork、training、problems、plans、attachments")]

_PYDANTIC_TYPES = {
    "missing": "缺少这个参数",
    "string_type": "应为文本",
    "int_type": "应为整数",
    "int_parsing": "应为整数",
    "bool_type": "应为 true 或 false",
    "bool_parsing": "应为 true 或 false",
    "dict_type": "应为对象（键值对）",
    "list_type": "应为列表",
    "extra_forbidden": "不认识这个参数",
}


def _argument_errors(error: ValidationError) -> str:
    parts = []
    for item in error.errors(include_url=False):
        where = ".".join(str(p) for p in item["loc"]) or "参数"
        parts.append(f"参数“{where}”{_PYDANTIC_TYPES.get(item['type'], '无效')}")
    return "参数有误：" + "；".join(parts) + "。"


def _refuse(error: UserError) -> ToolError:
    text = error.message + (f"\n提示：{error.hint}" if error.hint else "")
    return ToolError(text)


class CswriterServer(MCPServer):
    """MCPServer whose refusals are in Chinese: unknown tools, wrong arguments, bad input."""

    async def call_tool(self, name: str, arguments: dict[str, Any], context: Any = None) -> Any:
        tools = {tool.name for tool in await self.list_tools()}
        if name not in tools:
            raise ToolError(f"没有工具“{name}”。可用的工具：{'、'.join(sorted(tools))}。")
        try:
            return await super().call_tool(name, arguments, context)
        except ToolError as error:
            cause: BaseException | None = error
            while cause is not None and not isinstance(cause, (UserError, ValidationError, _Refusal)):
                cause = cause.__cause__
            if isinstance(cause, _Refusal):
                raise ToolError(cause.text) from None
            if isinstance(cause, UserError):
                raise _refuse(cause) from None
            if isinstance(cause, ValidationError):
                raise ToolError(_argument_errors(cause)) from None
            if isinstance(error, UnexpectedToolError):
                # A bug, not the caller's input: say so in Chinese (the traceback is in the
                # server's log on stderr) and keep serving.
                kind = type(error.__cause__).__name__ if error.__cause__ else "错误"
                raise ToolError(f"cswriter 执行“{name}”时出了内部错误（{kind}）。这是程序的问题，不是输入的问题；"
                                "服务器仍在运行，可以继续调用其他工具。") from None
            raise


class _Refusal(ToolError):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


def _guard(func):
    """Run a tool body: a `UserError` becomes a tool error with its Chinese message."""
    import functools

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except UserError as error:
            refusal = _refuse(error)
            raise _Refusal(str(refusal)) from None

    return wrapper


def _facts(facts_path: str | None, facts: dict[str, Any] | None):
    from cswriter.facts.model import facts_from_data, load_facts

    if (facts_path is None) == (facts is None):
        raise InputError("请给出 facts_path（事实文件路径）或 facts（事实内容）中的一个。",
                         hint='例如 {"facts_path": "我的年终总结.yaml"}。')
    if facts_path is not None:
        return load_facts(_path(facts_path))
    return facts_from_data(facts, "facts")


def _path(text: str) -> Path:
    path = Path(text).expanduser()
    if str(text) == "-":
        raise InputError("这里不能用“-”（标准输入由 MCP 占用），请给出文件路径。")
    return path


def _section(facts: Any, section: str) -> Any:
    from cswriter.domain import SECTION_IDS

    if section not in SECTION_IDS:
        raise InputError(f"没有章节“{section}”。", hint=f"可选：{'、'.join(SECTION_IDS)}。")
    return section


def build_server() -> CswriterServer:
    server = CswriterServer("cswriter", instructions=INSTRUCTIONS, version=__version__, log_level="WARNING")

    @server.tool(description="检查事实：必需的各节是否齐全、是否有数据支撑、算术是否自洽；每条发现带一个要问用户的问题。")
    @_guard
    def check(facts_path: FactsPath = None, facts: FactsObject = None) -> CheckDocument:
        from cswriter.check import check_facts
        from cswriter.documents import check_document

        result = check_facts(_facts(facts_path, facts))
        return CheckDocument.model_validate(check_document(result, facts_path))

    @server.tool(description="提纲：按报告类型排好的各节、每节的事实和计算出的数字（value、unit、formula）、还缺什么。")
    @_guard
    def outline(facts_path: FactsPath = None, facts: FactsObject = None) -> OutlineDocument:
        from cswriter.documents import outline_document
        from cswriter.outline import build_outline

        return OutlineDocument.model_validate(outline_document(build_outline(_facts(facts_path, facts))))

    @server.tool(description="检查稿件的措辞和数字（同 cswriter lint）：给 text（正文）或 path（.md/.txt/.docx）；"
                             "给出事实时核对每个数字。有安全修正的发现带 replacement。")
    @_guard
    def lint(text: Annotated[str | None, Field(description="要检查的正文（Markdown）")] = None,
             path: Annotated[str | None, Field(description="要检查的稿件文件路径")] = None,
             facts_path: FactsPath = None, facts: FactsObject = None) -> LintDocument:
        from cswriter.documents import lint_document
        from cswriter.lint import load_config
        from cswriter.lint.engine import lint_paths, lint_text
        from cswriter.lint.models import LintFileStat, LintReport

        if (text is None) == (path is None):
            raise InputError("请给出 text（正文）或 path（稿件路径）中的一个。",
                             hint='例如 {"text": "问题解决率较去年提升1.2个百分点。"}。')
        tracer = None
        if facts_path or facts:
            from cswriter.figures.trace import build_tracer

            tracer = build_tracer(_facts(facts_path, facts))
        if path is not None:
            report = lint_paths([str(_path(path))], tracer=tracer)
            if report.errors and not report.files:
                raise InputError(report.errors[0].message)
        else:
            findings = lint_text(text or "", path="<text>", tracer=tracer, config=load_config())
            report = LintReport(findings=findings,
                                files=[LintFileStat(path="<text>", characters=len(text or ""),
                                                    findings=len(findings))])
        return LintDocument.model_validate(lint_document(report))

    @server.tool(description="分节起草全文（同 cswriter draft）：每个数字与事实核对，措辞按 lint 规则检查，"
                             "有问题的地方退回模型修改。默认 offline 后端（不联网）。")
    @_guard
    def draft(facts_path: FactsPath = None, facts: FactsObject = None,
              backend: Annotated[str | None, Field(description="offline（默认）、openai、langchain 或插件")] = None,
              model: Annotated[str | None, Field(description="模型名；langchain 写成 provider:model")] = None,
              sections: Annotated[list[str] | None, Field(description="只起草这些章节 id")] = None,
              ) -> DraftDocument:
        from cswriter.backends.registry import get_backend
        from cswriter.documents import draft_document
        from cswriter.draft.pipeline import DraftOptions
        from cswriter.draft.pipeline import draft_document as run_draft

        fact_data = _facts(facts_path, facts)
        for section_id in sections or []:
            _section(fact_data, section_id)
        result = run_draft(fact_data, get_backend(backend, model), DraftOptions(only=sections))
        return DraftDocument.model_validate(draft_document(result))

    @server.tool(description="要问用户的问题（按顺序，含字段路径、问题、回答类型和示例）。"
                             "事实文件还不存在时，先问报告类型、岗位和时间段。")
    @_guard
    def interview_questions(facts_path: FactsPath = None, facts: FactsObject = None) -> InterviewDocument:
        from cswriter.interview.batch import answer_document

        if facts_path is not None and facts is None:
            document, _ = answer_document(_path(facts_path), {})
            return InterviewDocument.model_validate(versioned(document))
        return InterviewDocument.model_validate(_questions_for(facts))

    @server.tool(description="把用户的回答写进事实文件（与 cswriter interview --answers 同一条路径）："
                             "answers 是 {字段路径: 回答}，回答可以像平时一样写（95.2%、12.5万件、两分钟、2026年6月底）。"
                             "每条回答立即保存；不能用的回答列在 errors 里，附原因和一个能用的示例；返回接下来要问的问题。"
                             "文件不存在时新建（先回答 report.type）。")
    @_guard
    def interview_answer(facts_path: Annotated[str, Field(description="事实文件路径；不存在时新建")],
                         answers: Annotated[dict[str, Any], Field(description="字段路径 → 回答，如 "
                                                                  '{"metrics[0].value": "95.2%"}')],
                         ) -> InterviewDocument:
        from cswriter.interview.batch import answer_document

        document, _ = answer_document(_path(facts_path), {str(k): v for k, v in answers.items()})
        return InterviewDocument.model_validate(versioned(document))

    @server.tool(description="某一节的写作要求：发给模型的消息（系统提示 + 本节提示，含本节可用的事实和数字）。"
                             "智能体可以据此自己写这一节，再用 verify_section 核对。")
    @_guard
    def section_request(section: SectionId, facts_path: FactsPath = None, facts: FactsObject = None,
                        redact: Annotated[bool, Field(description="隐去消息中的个人信息（手机号、身份证号等）")] = True,
                        ) -> SectionRequestDocument:
        return SectionRequestDocument.model_validate(_section_request(_facts(facts_path, facts), section, redact))

    @server.tool(description="核对智能体写的一节：正文中每个数字追溯到事实（或标出追溯不到的），"
                             "措辞按 lint 规则检查；有问题时返回 repair：一份修改请求（原文和每个问题），照着改后再核对。")
    @_guard
    def verify_section(section: SectionId, text: Annotated[str, Field(description="这一节的正文")],
                       facts_path: FactsPath = None, facts: FactsObject = None) -> VerifySectionDocument:
        return VerifySectionDocument.model_validate(_verify(_facts(facts_path, facts), section, text))

    return server


def _questions_for(facts: dict[str, Any] | None) -> dict[str, Any]:
    """The interview document for facts given as an object (nothing is saved)."""
    from cswriter.documents import versioned
    from cswriter.facts.document import FactsDocument
    from cswriter.interview.engine import Interview

    if facts is None:
        raise InputError("请给出 facts_path（事实文件路径）或 facts（事实内容）中的一个。")
    doc = FactsDocument.from_text(Path("facts.json"), json.dumps(facts, ensure_ascii=False, default=str))
    iv = Interview(doc)
    result = iv.check()
    sections = iv.progress(result)
    return versioned({
        "file": "facts", "ok": result.ok, "created": False, "applied": [], "notes": [], "errors": [],
        "progress": {"done": [s.id for s in sections if s.done], "todo": [s.id for s in sections if not s.done]},
        "questions": [q.model_dump() for q in iv.questions(result)],
    })


def _planned(facts: Any, section: str, redact: bool):
    from cswriter.draft.pipeline import DraftOptions, plan_draft

    _section(facts, section)
    plan = plan_draft(facts, DraftOptions(only=[section]), redact=redact)
    if not plan.sections:
        raise InputError(f"这份事实的提纲里没有“{section}”这一节（可选章节没有材料时会省略）。",
                         hint="调用 outline 查看提纲里有哪些章节。")
    return plan.sections[0]


def _section_request(facts: Any, section: str, redact: bool) -> dict[str, Any]:
    from cswriter.documents import versioned
    from cswriter.draft.requests import section_messages
    from cswriter.prompting import PromptLibrary

    planned = _planned(facts, section, redact)
    context = planned.context
    return versioned({
        "section": section,
        "title": context.section.title,
        "number": context.section.number,
        "status": planned.outline.status,
        "messages": [m.model_dump() for m in section_messages(context, PromptLibrary())],
        "figures": [{"text": f.text, "label": f.label, "formula": f.formula} for f in context.figures],
        "questions": planned.outline.questions if planned.outline.status == "needs-input" else [],
        "redacted": redact,
    })


def _verify(facts: Any, section: str, text: str) -> dict[str, Any]:
    """`draft`'s check of one section, with the agent's text as the model's reply."""
    from cswriter.documents import versioned
    from cswriter.draft.pipeline import clean_reply
    from cswriter.draft.requests import repair_request, section_request
    from cswriter.draft.verify import verify_text
    from cswriter.prompting import PromptLibrary

    planned = _planned(facts, section, redact=False)
    context = planned.context
    if not text.strip():
        raise InputError("正文是空的。", hint="先用 section_request 取得写作要求，写好这一节再核对。")
    text = clean_reply(text, context.section.title)
    verification = verify_text(text, facts=facts, section_id=section)
    repair = None
    if verification.repairable:
        library = PromptLibrary()
        request = repair_request(context, library, section_request(context, library), text,
                                 verification.repairable)
        repair = [m.model_dump() for m in request.messages]
    return versioned({
        "section": section,
        "ok": not any(f.severity == "error" for f in verification.findings),
        "text": text,
        "numbers": [n.model_dump() for n in verification.numbers],
        "findings": [f.model_dump() for f in verification.findings],
        "repair": repair,
    })


def serve() -> None:
    """Serve over stdio until the client closes the connection."""
    build_server().run()
