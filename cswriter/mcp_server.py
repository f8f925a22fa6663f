"""`cswriter mcp`: cswriter's tools for AI agents over the Model Context Protocol (stdio).

Built on the official `mcp` SDK (`MCPServer`), installed with the `cswriter[mcp]` extra and
imported only by this module, which only `cswriter mcp` loads. The tools return the documents
of `cswriter.documents` as structured content, with the pydantic models of `cswriter.schemas`
as their output schemas; a bad input (a missing file, invalid facts, an unknown section or
tool, a wrong argument) is a tool error whose text is the Chinese message, and the server
keeps serving.

Every tool is an adapter over `cswriter.app` (the same functions the CLI commands call), so
the two faces cannot drift apart; `tests/test_parity.py` compares them.

With `section_request` and `verify_section` an agent runs `draft`'s loop with itself as the
model: it asks for a section's messages, writes the section, and has every figure traced and
every wording problem listed, with a repair request to answer until `ok`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError, UnexpectedToolError
from mcp.types import ToolAnnotations
from pydantic import Field, ValidationError

from cswriter import __version__
from cswriter.domain import SECTION_IDS
from cswriter.errors import InputError, UserError, pydantic_problems
from cswriter.schemas import (
    CheckDocument,
    DraftDocument,
    ImportDocument,
    InitDocument,
    InterviewDocument,
    LintDocument,
    OutlineDocument,
    RuleDocument,
    RulesDocument,
    SectionRequestDocument,
    VerifySectionDocument,
)

INSTRUCTIONS = """cswriter 帮客服人员写工作总结（年终/半年/季度/月度/周/项目总结）。流程：
interview_questions 得到要问用户的问题 → 把用户的回答交给 interview_answer（逐条保存，被拒的回答附原因和示例）
→ check 看还缺什么 → outline 看提纲和每节的数字 → draft 起草全文（output 可写 .md 或 .docx）；
或者自己写：对每一节调用 section_request 取得写作要求，写好后用 verify_section 核对每个数字和措辞，
按返回的 repair 修改，直到 ok。lint 检查稿件（fix 自动修正），explain_rule 说明一条规则；
init 生成空白事实文件，import_exports 从客服系统的统计报表生成事实文件。
事实可以给文件路径 facts_path，也可以直接给 facts 对象。"""

# What each tool does to the world, for clients that ask before running a tool: reads only,
# writes files (destructive when it may overwrite a person's own file), the same call twice
# changes nothing more, or talks to a model service outside this machine.
_READS = ToolAnnotations(readOnlyHint=True, destructiveHint=False, idempotentHint=True, openWorldHint=False)
TOOL_HINTS: dict[str, ToolAnnotations] = {
    "check": _READS,
    "outline": _READS,
    "interview_questions": _READS,
    "section_request": _READS,
    "verify_section": _READS,
    "explain_rule": _READS,
    "rules": _READS,
    # With fix and a path, the safe fixes are written into the draft itself.
    "lint": ToolAnnotations(readOnlyHint=False, destructiveHint=True, idempotentHint=True, openWorldHint=False),
    # Calls the chosen model service; writes output (a file cswriter did not write is backed up first).
    "draft": ToolAnnotations(readOnlyHint=False, destructiveHint=False, idempotentHint=True, openWorldHint=True),
    # Adds the answers to the facts file; the same answers again change nothing.
    "interview_answer": ToolAnnotations(readOnlyHint=False, destructiveHint=False, idempotentHint=True,
                                        openWorldHint=False),
    # Writes a new file; with force it replaces one (after a backup).
    "init": ToolAnnotations(readOnlyHint=False, destructiveHint=True, idempotentHint=True, openWorldHint=False),
    "import_exports": ToolAnnotations(readOnlyHint=False, destructiveHint=True, idempotentHint=True,
                                      openWorldHint=False),
}

FactsPath = Annotated[str | None, Field(description="事实文件路径（YAML 或 JSON）")]
FactsObject = Annotated[dict[str, Any] | None, Field(description="事实内容（与事实文件同样的结构），可代替 facts_path")]
SectionId = Annotated[str, Field(description="章节 id：" + "、".join(SECTION_IDS))]

def _argument_errors(error: ValidationError) -> str:
    """Wrong tool arguments, every one named (the translator the facts loader uses)."""
    problems = pydantic_problems(error, noun="参数")
    return "参数有误：" + "；".join(f"参数“{p.field or '参数'}”：{p.message}" for p in problems) + "。"


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


def _source(facts_path: str | None, facts: dict[str, Any] | None):
    from cswriter.app.inputs import FactsSource

    if (facts_path is None) == (facts is None):
        raise InputError("请给出 facts_path（事实文件路径）或 facts（事实内容）中的一个。",
                         hint='例如 {"facts_path": "我的年终总结.yaml"}。')
    return FactsSource.of(_path(facts_path) if facts_path is not None else None, facts)


# The workspace: every path a tool reads or writes lies inside this folder (the server's
# working folder, or `cswriter mcp --root`). An agent cannot read /etc/shadow through `check`,
# excerpts of any file through `lint`, or write a facts template over a config file.
_root: Path | None = None

_SUFFIXES = {
    "facts": (".yaml", ".yml", ".json"),
    "facts-out": (".yaml", ".yml", ".json"),
    "draft": (".md", ".markdown", ".txt", ".docx"),
    "output": (".md", ".docx", ".pdf", ".json"),
    "reference": (".docx",),
    "export": (".xlsx", ".xlsm", ".csv", ".tsv", ".txt"),
}
_KIND_NAMES = {"facts": "事实文件", "facts-out": "事实文件", "draft": "稿件", "output": "输出文件",
               "export": "导出报表",
               "reference": "参考文档"}
MAX_ANSWERS = 500
MAX_ARGUMENT_CHARS = 1_000_000


def workspace_root() -> Path:
    return _root if _root is not None else Path.cwd().resolve()


def _path(text: str, kind: str = "facts") -> Path:
    """`text` as a path inside the workspace, or a Chinese refusal that never quotes a file.

    Relative paths are taken from the root. The path is resolved through symbolic links
    and must stay inside the root; an existing path must be a regular file; the file name
    must be of the kind the tool reads or writes (facts files are .yaml/.yml/.json); a file
    to be created needs its folder to exist already."""
    if str(text) == "-":
        raise InputError("这里不能用“-”（标准输入由 MCP 占用），请给出文件路径。")
    if not str(text).strip() or "\x00" in str(text):
        raise InputError("文件路径是空的或含有无效字符。")
    root = workspace_root()
    given = Path(str(text)).expanduser()
    path = given if given.is_absolute() else root / given
    try:
        resolved = path.resolve()
    except (OSError, RuntimeError):
        raise InputError(f"{text}：无法解析这个路径（可能是循环的符号链接）。") from None
    if resolved != root and root not in resolved.parents:
        raise InputError(f"{text}：在工作目录 {root} 之外，已拒绝。",
                         hint="MCP 服务器只读写工作目录里的文件；可用 cswriter mcp --root 指定工作目录。")
    what = _KIND_NAMES[kind]
    if resolved.suffix.lower() not in _SUFFIXES[kind]:
        raise InputError(f"{text}：{what}应为 {'、'.join(_SUFFIXES[kind])} 文件，已拒绝。")
    if resolved.exists():
        import stat

        if not stat.S_ISREG(resolved.stat().st_mode):
            raise InputError(f"{text}：不是普通文件，已拒绝。")
    elif kind in ("facts-out", "output") and not resolved.parent.is_dir():
        raise InputError(f"{text}：文件夹 {resolved.parent} 不存在；MCP 服务器不新建文件夹。")
    return resolved


def _limit_answers(answers: dict[str, Any]) -> None:
    if len(answers) > MAX_ANSWERS:
        raise InputError(f"answers 有 {len(answers):,} 条，一次最多 {MAX_ANSWERS} 条，请分批回答。")
    size = sum(len(str(k)) + len(str(v)) for k, v in answers.items())
    if size > MAX_ARGUMENT_CHARS:
        raise InputError(f"answers 共 {size:,} 个字符，超过上限 {MAX_ARGUMENT_CHARS:,}。")


def _limit_text(name: str, text: str | None) -> None:
    if text is not None and len(text) > MAX_ARGUMENT_CHARS:
        raise InputError(f"{name} 有 {len(text):,} 个字符，超过上限 {MAX_ARGUMENT_CHARS:,}。")


def build_server(root: Path | None = None) -> CswriterServer:
    global _root
    _root = (root or Path.cwd()).resolve()
    server = CswriterServer("cswriter", instructions=INSTRUCTIONS, version=__version__, log_level="WARNING")

    @server.tool(annotations=TOOL_HINTS["check"], description="检查事实：必需的各节是否齐全、是否有数据支撑、算术是否自洽；每条发现带一个要问用户的问题。")
    @_guard
    def check(facts_path: FactsPath = None, facts: FactsObject = None) -> CheckDocument:
        from cswriter.app.check import check as run

        return run(_source(facts_path, facts))

    @server.tool(annotations=TOOL_HINTS["outline"], description="提纲：按报告类型排好的各节、每节的事实和计算出的数字（value、unit、formula）、还缺什么。")
    @_guard
    def outline(facts_path: FactsPath = None, facts: FactsObject = None) -> OutlineDocument:
        from cswriter.app.outline import outline as run

        return run(_source(facts_path, facts))

    @server.tool(annotations=TOOL_HINTS["lint"], description="检查稿件的措辞和数字（同 cswriter lint）：给 text（正文）或 path（.md/.txt/.docx）；"
                             "给出事实时核对每个数字。有安全修正的发现带 replacement；fix 为 true 时直接修正"
                             "（path：改写文件；text：在返回的 text 中给出修正后的正文），再报告剩下的问题。")
    @_guard
    def lint(text: Annotated[str | None, Field(description="要检查的正文（Markdown）")] = None,
             path: Annotated[str | None, Field(description="要检查的稿件文件路径")] = None,
             facts_path: FactsPath = None, facts: FactsObject = None,
             fix: Annotated[bool, Field(description="自动修正安全的问题（同 cswriter lint --fix）")] = False,
             ) -> LintDocument:
        from cswriter.app.lint import LintRequest, lint_document
        from cswriter.app.lint import lint as run

        if (text is None) == (path is None):
            raise InputError("请给出 text（正文）或 path（稿件路径）中的一个。",
                             hint='例如 {"text": "问题解决率较去年提升1.2个百分点。"}。')
        if facts_path is not None and facts is not None:
            _source(facts_path, facts)  # refuses both at once
        _limit_text("text", text)
        request = LintRequest(paths=[str(_path(path, "draft"))] if path is not None else [], text=text,
                              facts_path=_path(facts_path) if facts_path else None, facts_data=facts, fix=fix)
        outcome = run(request)
        if outcome.report.errors and not outcome.report.files:
            raise InputError(outcome.report.errors[0].message)
        return lint_document(outcome)

    @server.tool(annotations=TOOL_HINTS["draft"], description="分节起草全文（同 cswriter draft）：每个数字与事实核对，措辞按 lint 规则检查，"
                             "有问题的地方退回模型修改。默认 offline 后端（不联网）。给 output 时写成文件"
                             "（.md、.docx、.pdf 或 .json；原有文件不是 cswriter 写的时先备份）；style 选 Word 版式"
                             "（公文 按 GB/T 9704），reference_doc 沿用公司模板的样式、页边距和页眉页脚。")
    @_guard
    def draft(facts_path: FactsPath = None, facts: FactsObject = None,
              backend: Annotated[str | None, Field(description="offline（默认）、openai、langchain 或插件")] = None,
              model: Annotated[str | None, Field(description="模型名；langchain 写成 provider:model")] = None,
              sections: Annotated[list[str] | None, Field(description="只起草这些章节 id")] = None,
              output: Annotated[str | None, Field(description="写出的文件：.md、.docx（Word）、.pdf（需 LibreOffice）或 .json")] = None,
              style: Annotated[str | None, Field(description="Word/PDF 版式：默认 或 公文（gongwen）")] = None,
              reference_doc: Annotated[str | None, Field(description="公司的 .docx 模板：沿用其样式、页边距、页眉页脚")] = None,
              ) -> DraftDocument:
        from cswriter.app.draft import DraftRequest
        from cswriter.app.draft import draft as run

        request = DraftRequest(facts=_source(facts_path, facts), backend=backend, model=model,
                               sections=sections, output=_path(output, "output") if output else None,
                               style=style, reference_doc=_path(reference_doc, "reference") if reference_doc else None)
        return run(request).document

    @server.tool(annotations=TOOL_HINTS["interview_questions"], description="要问用户的问题（按顺序，含字段路径、问题、回答类型和示例）。"
                             "事实文件还不存在时，先问报告类型、岗位和时间段。")
    @_guard
    def interview_questions(facts_path: FactsPath = None, facts: FactsObject = None) -> InterviewDocument:
        from cswriter.app.interview import questions

        if (facts_path is None) == (facts is None):
            raise InputError("请给出 facts_path（事实文件路径）或 facts（事实内容）中的一个。")
        return questions(_path(facts_path) if facts_path is not None else None, facts)

    @server.tool(annotations=TOOL_HINTS["interview_answer"], description="把用户的回答写进事实文件（与 cswriter interview --answers 同一条路径）："
                             "answers 是 {字段路径: 回答}，回答可以像平时一样写（95.2%、12.5万件、两分钟、2026年6月底）。"
                             "每条回答立即保存；不能用的回答列在 errors 里，附原因和一个能用的示例；返回接下来要问的问题。"
                             "文件不存在时新建（先回答 report.type）。")
    @_guard
    def interview_answer(facts_path: Annotated[str, Field(description="事实文件路径；不存在时新建")],
                         answers: Annotated[dict[str, Any], Field(description="字段路径 → 回答，如 "
                                                                  '{"metrics[0].value": "95.2%"}')],
                         ) -> InterviewDocument:
        from cswriter.app.interview import answer

        _limit_answers(answers)
        return answer(_path(facts_path, "facts-out"), answers)[0]

    @server.tool(annotations=TOOL_HINTS["section_request"], description="某一节的写作要求：发给模型的消息（系统提示 + 本节提示，含本节可用的事实和数字）。"
                             "智能体可以据此自己写这一节，再用 verify_section 核对。"
                             "redact 时整段消息按发往远程模型的方式打码（同 cswriter prompts show --redact）。")
    @_guard
    def section_request(section: SectionId, facts_path: FactsPath = None, facts: FactsObject = None,
                        redact: Annotated[bool, Field(description="隐去消息中的个人信息（手机号、身份证号等）")] = True,
                        ) -> SectionRequestDocument:
        from cswriter.app.section import section_request as run

        return run(_source(facts_path, facts), section, redact=redact)

    @server.tool(annotations=TOOL_HINTS["verify_section"], description="核对智能体写的一节：正文中每个数字追溯到事实（或标出追溯不到的），"
                             "措辞按 lint 规则检查；有问题时返回 repair：一份修改请求（原文和每个问题），照着改后再核对。")
    @_guard
    def verify_section(section: SectionId, text: Annotated[str, Field(description="这一节的正文")],
                       facts_path: FactsPath = None, facts: FactsObject = None) -> VerifySectionDocument:
        from cswriter.app.section import verify_section as run

        _limit_text("text", text)
        return run(_source(facts_path, facts), section, text)

    @server.tool(annotations=TOOL_HINTS["explain_rule"], description="说明一条 lint 规则（同 cswriter rules CODE）：检查什么、为什么（出处）、"
                             "错误与正确的例子、能否自动修正。")
    @_guard
    def explain_rule(code: Annotated[str, Field(description="规则编号，如 CS101")]) -> RuleDocument:
        from cswriter.app.rules import explain_rule as run

        return run(code)

    @server.tool(annotations=TOOL_HINTS["rules"], description="列出 lint 规则（同 cswriter rules）；给 code 时只列这一类（如 CS1）。")
    @_guard
    def rules(code: Annotated[str | None, Field(description="类别或编号前缀，如 CS1")] = None) -> RulesDocument:
        from cswriter.app.rules import list_rules

        return list_rules(code)

    @server.tool(annotations=TOOL_HINTS["init"], description="生成带注释的事实文件模板（同 cswriter init）：按报告类型和岗位列出要填写的指标与各节。"
                             "给 facts_path 时写成文件（已存在时不覆盖，除非 force）；模板全文也在 text 里。")
    @_guard
    def init(report_type: Annotated[str, Field(description="报告类型：year-end、half-year、quarterly、monthly、"
                                                           "weekly、project，或 年终、月度 等")] = "year-end",
             role: Annotated[str | None, Field(description="岗位，如 客服专员、客服主管")] = None,
             facts_path: Annotated[str | None, Field(description="要写的事实文件（.yaml 或 .json）")] = None,
             force: Annotated[bool, Field(description="覆盖已存在的文件（原文件先备份）")] = False,
             ) -> InitDocument:
        from cswriter.app.init import init_facts

        return init_facts(_path(facts_path, "facts-out") if facts_path else None, report_type, role, force=force)

    @server.tool(annotations=TOOL_HINTS["import_exports"], description="从客服系统导出的统计报表（.xlsx、.csv）生成或补充事实文件（同 cswriter import）："
                             "给 output 新建（或覆盖时加 force），给 into 合并进已有的事实文件（只补空缺）。")
    @_guard
    def import_exports(exports: Annotated[list[str], Field(description="导出文件路径（.xlsx 或 .csv）")],
                       output: Annotated[str | None, Field(description="要写的事实文件（.yaml 或 .json）")] = None,
                       into: Annotated[str | None, Field(description="要合并进的已有事实文件")] = None,
                       report_type: Annotated[str | None, Field(description="报告类型；不给时按日期跨度推断")] = None,
                       agents: Annotated[list[str] | None, Field(description="只导入这些客服的数据")] = None,
                       ignore: Annotated[list[str] | None, Field(description="跳过这些列（与表头写法一致）")] = None,
                       mapping: Annotated[list[str] | None,
                                          Field(description="列名对应，每项写成“列名=指标”，如“人工会话总数=接待量”"
                                                            "“机器人拦截率=忽略”")] = None,
                       period: Annotated[str | None,
                                         Field(description="没有日期列的报表（按客服汇总）的统计周期，"
                                                           "如“2026年第三季度”“7月到9月”“2026.7.1-2026.9.30”")] = None,
                       keep: Annotated[str | None,
                                       Field(description="合并（into）时导出与文件不一致：mine 保留文件里写的，export 采用导出的；"
                                                         "不给时比率按导出的计数重算，其他保留文件里的，不一致处都写在 notes 中")] = None,
                       force: Annotated[bool, Field(description="output 已存在时整个覆盖（原文件先备份）")] = False,
                       ) -> ImportDocument:
        from cswriter.app.importing import ImportRequest, import_facts

        return import_facts(ImportRequest(
            exports=[_path(p, "export") for p in exports], output=_path(output, "facts-out") if output else None,
            into=_path(into) if into else None, report_type=report_type, agents=list(agents or []),
            ignore=list(ignore or []), mapping=list(mapping or []), period=period, keep=keep, force=force))

    _add_resources(server)
    _add_prompts(server)
    return server


def _add_resources(server: MCPServer) -> None:
    """The rules, the JSON Schemas and an example facts file, for an agent to read before it
    calls a tool (see `cswriter.app.guide`)."""
    from cswriter.app.guide import resources

    for resource in resources():
        server.resource(resource.uri, name=resource.name, title=resource.title, description=resource.description,
                        mime_type=resource.mime_type)(resource.read)


def _add_prompts(server: MCPServer) -> None:
    @server.prompt(name="write_summary", title="一步步写一份客服工作总结",
                   description="引导智能体用 cswriter 的工具写总结：补齐事实 → 检查 → 提纲 → 分节起草并核对 → 定稿。")
    def write_summary(report_type: Annotated[str, Field(description="报告类型：year-end、half-year、quarterly、"
                                                                    "monthly、weekly、project")] = "year-end",
                      facts_path: Annotated[str | None, Field(description="事实文件路径；还没有时留空")] = None) -> str:
        from cswriter.app.guide import write_summary_prompt

        return write_summary_prompt(report_type, facts_path)


# --- a transport that answers every message -------------------------------------------------------
#
# The SDK's stdio reader drops a line it cannot read as JSON-RPC, so an agent that sent a
# truncated line, a batch, `jsonrpc: "1.0"` or params that are not an object would wait for
# an answer forever. Every line is checked here first; a malformed one gets the error the
# protocol prescribes (-32700 parse error with a null id, -32600 invalid request, -32602
# invalid params), and the server keeps reading.

MAX_MESSAGE_CHARS = 4_000_000


def jsonrpc_problem(line: str) -> tuple[Any, int, str] | None:
    """(id, code, message) of the error a malformed line needs, or None when it is fine."""
    import json
    import re

    if len(line) > MAX_MESSAGE_CHARS:
        match = re.search(r'"id"\s*:\s*(-?\d{1,15}|"[^"\\]{0,200}")', line[:4096])
        ident = json.loads(match.group(1)) if match else None
        return ident, -32600, f"请求超过 {MAX_MESSAGE_CHARS // 1_000_000} MB，已拒绝。"
    try:
        message = json.loads(line)
    except (ValueError, RecursionError):
        return None, -32700, "Parse error：这一行不是完整有效的 JSON。"
    if isinstance(message, list):
        return None, -32600, "Invalid Request：不支持批量请求，请逐条发送。"
    if not isinstance(message, dict):
        return None, -32600, "Invalid Request：请求应为 JSON 对象。"
    ident = message.get("id")
    if isinstance(ident, bool) or not isinstance(ident, (int, str, type(None))):
        return None, -32600, "Invalid Request：id 应为数字或字符串。"
    if message.get("jsonrpc") != "2.0":
        return ident, -32600, "Invalid Request：jsonrpc 应为 \"2.0\"。"
    if "method" in message:
        if not isinstance(message["method"], str):
            return ident, -32600, "Invalid Request：method 应为字符串。"
        if "params" in message and not isinstance(message["params"], dict):
            return ident, -32602, "Invalid params：params 应为对象（键值对）。"
    elif not ("id" in message and ("result" in message or "error" in message)):
        return ident, -32600, "Invalid Request：缺少 method。"
    import mcp_types

    try:
        mcp_types.jsonrpc_message_adapter.validate_python(message, by_name=False)
    except Exception:  # noqa: BLE001 - any shape the SDK cannot take
        return ident, -32600, "Invalid Request：消息的结构不符合 JSON-RPC 2.0。"
    return None


class _CheckedLines:
    """The lines of stdin, with malformed messages answered instead of passed on."""

    def __init__(self, source: Any) -> None:
        import anyio

        self.source = source
        self.write: Any = None
        self.ready = anyio.Event()

    def __aiter__(self) -> Any:
        return self._lines()

    async def _lines(self) -> Any:
        import mcp_types

        from mcp.shared.message import SessionMessage

        async for line in self.source:
            if not line.strip():
                continue
            problem = jsonrpc_problem(line)
            if problem is None:
                yield line
                continue
            ident, code, text = problem
            await self.ready.wait()
            error = mcp_types.JSONRPCError(jsonrpc="2.0", id=ident,
                                           error=mcp_types.ErrorData(code=code, message=text))
            await self.write.send(SessionMessage(error))


async def _serve_stdio(server: CswriterServer) -> None:
    import io
    import sys

    import anyio

    from mcp.server.stdio import stdio_server

    text = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace")
    lines = _CheckedLines(anyio.wrap_file(text))
    lowlevel = server._lowlevel_server
    async with stdio_server(stdin=lines) as (read_stream, write_stream):
        lines.write = write_stream
        lines.ready.set()
        await lowlevel.run(read_stream, write_stream, lowlevel.create_initialization_options())


def serve(root: Path | None = None) -> None:
    """Serve over stdio until the client closes the connection; files only inside `root`."""
    import anyio

    if root is not None and not Path(root).is_dir():
        raise InputError(f"{root}：不是一个文件夹，不能作为工作目录。")
    anyio.run(_serve_stdio, build_server(root))
