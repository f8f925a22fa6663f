"""pydantic models of the JSON documents in `cswriter.documents`: the schemas that
`cswriter schema --document NAME` prints and the MCP tools declare as their output.

They describe the dictionaries the builders make (a test validates real output against them);
the facts file's own schema is `cswriter.facts.model.Facts`.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from cswriter.check import Finding as CheckFinding
from cswriter.documents import SCHEMA_VERSION
from cswriter.draft.models import DraftFinding, Table, TracedNumber
from cswriter.findings import LintFinding
from cswriter.interview.engine import Question
from cswriter.outline import Outline

Version = Field(default=SCHEMA_VERSION, description="JSON 文档格式的版本号")


class _Doc(BaseModel):
    model_config = ConfigDict(extra="allow")


class ErrorInfo(BaseModel):
    message: str = Field(description="中文错误说明")
    hint: str | None = Field(default=None, description="怎样改正")
    file: str | None = Field(default=None, description="出错的文件")
    line: int | None = Field(default=None, description="出错的行（从 1 起）")
    field: str | None = Field(default=None, description="出错的字段路径，如 report.type")


class ProblemInfo(BaseModel):
    message: str = Field(description="这一处问题（不含位置）")
    file: str | None = None
    line: int | None = None
    field: str | None = None


class ErrorDocument(_Doc):
    schema_version: int = Version
    ok: Literal[False] = False
    error: ErrorInfo = Field(description="第一处问题，message 是完整的中文说明")
    errors: list[ProblemInfo] = Field(default=[], description="输入中的每一处问题（事实文件有几处错误就列几项）")
    exit_code: int = 2


class CheckSummary(BaseModel):
    error: int
    warning: int
    info: int


class CheckDocument(_Doc):
    schema_version: int = Version
    ok: bool
    file: str | None = None
    type: str
    role: str
    findings: list[CheckFinding]
    summary: CheckSummary


class OutlineDocument(Outline):
    model_config = ConfigDict(extra="allow")
    schema_version: int = Version


class DraftSectionDocument(BaseModel):
    id: str
    title: str
    number: str
    status: str
    ok: bool
    text: str
    numbers: list[TracedNumber] = []
    findings: list[DraftFinding] = []
    tables: list[Table] = []
    missing: list[str] = []
    questions: list[str] = []
    repairs: int = 0
    model_calls: int = 0
    cache_hits: int = 0


class DraftDocument(_Doc):
    schema_version: int = Version
    ok: bool
    title: str
    type: str
    period: str
    author: str | None = None
    role: str | None = None
    backend: str
    model: str | None = None
    redacted: bool = False
    sections: list[DraftSectionDocument]
    summary: dict[str, int]
    output: str | None = Field(default=None, description="写出的文件（.md、.docx 或 .json），只在写了文件时出现")
    backup: str | None = Field(default=None, description="原有文件不是 cswriter 写的时，它的备份（如 总结.md.~1~）")


class LintFileErrorDocument(BaseModel):
    path: str
    message: str


class LintDocument(_Doc):
    schema_version: int = Version
    ok: bool = Field(description="没有错误级发现，且每个文件都读得了")
    findings: list[LintFinding]
    summary: dict[str, Any]
    errors: list[LintFileErrorDocument] = []
    fixed: dict[str, int] | None = Field(default=None, description="--fix 时，每个文件修正了几处")
    text: str | None = Field(default=None, description="修正正文（给出 text 并要求修正）时，修正后的正文")


class AnswerRefusal(BaseModel):
    field: str = Field(description="回答的字段路径")
    answer: Any = Field(description="收到的回答")
    message: str = Field(description="为什么不能用")
    example: Any = Field(default=None, description="一个能用的回答")


class InterviewProgress(BaseModel):
    done: list[str]
    todo: list[str]


class InterviewDocument(_Doc):
    schema_version: int = Version
    file: str
    ok: bool = Field(description="事实已没有错误级缺口")
    created: bool = Field(description="这次新建了事实文件")
    applied: list[str] = Field(default=[], description="已保存的字段")
    notes: list[str] = []
    errors: list[AnswerRefusal] = Field(default=[], description="没有采用的回答，各附原因和示例")
    progress: InterviewProgress | None = None
    questions: list[Question] = Field(description="还要问的问题，按顺序")


class RuleExamples(BaseModel):
    bad: list[str]
    good: list[str]


class RuleDocument(_Doc):
    schema_version: int = Version
    code: str = Field(description="规则编号，如 CS101")
    name: str
    family: str
    family_title: str = Field(default="", description="类别名称")
    kind: str = Field(description="检查方式")
    severity: Literal["error", "warning", "info"]
    title: str
    message: str = Field(description="发现的提示信息")
    suggestion: str | None = None
    rationale: str
    rationale_text: str = Field(default="", description="理由（出处写成可读的引文）")
    sources: list[str]
    citations: list[str]
    fixable: bool = Field(description="可以用 --fix 自动修正")
    words: list[str] = Field(default=[], description="词表")
    exempt: list[str] = Field(default=[], description="不提示的写法")
    backed_by: str | None = None
    needs_facts: bool = Field(description="需要事实文件才能检查（CS401）")
    examples: RuleExamples


class RulesDocument(_Doc):
    schema_version: int = Version
    rules: list[RuleDocument]


class ImportTable(BaseModel):
    granularity: str | None = None
    rows: int


class ImportDocument(_Doc):
    schema_version: int = Version
    ok: bool
    output: str = Field(description="写出的事实文件")
    merged_into: str | None = Field(default=None, description="合并进的已有事实文件")
    report: dict[str, Any]
    metrics: list[dict[str, Any]]
    table: ImportTable
    rows: int = Field(description="读入的数据行数")
    agents: list[str]
    changes: list[str] = Field(description="写入或合并了什么")
    notes: list[str] = Field(description="要注意的地方")


class InitDocument(_Doc):
    schema_version: int = Version
    ok: bool
    output: str | None = Field(default=None, description="写出的事实文件；没有时模板只在 text 里")
    backup: str | None = None
    type: str = Field(description="报告类型")
    role: str | None = None
    text: str = Field(description="模板全文（YAML，或 .json 文件的 JSON）")


DOCUMENTS: dict[str, type[BaseModel]] = {
    "check": CheckDocument,
    "outline": OutlineDocument,
    "draft": DraftDocument,
    "lint": LintDocument,
    "interview": InterviewDocument,
    "error": ErrorDocument,
    "rule": RuleDocument,
    "rules": RulesDocument,
    "import": ImportDocument,
    "init": InitDocument,
}


def document_schema(name: str) -> dict[str, Any]:
    """The JSON Schema of one document ("facts" for the facts file)."""
    if name == "facts":
        from cswriter.facts.model import Facts

        schema = Facts.model_json_schema()
        schema["title"] = "cswriter 事实文件"
        return schema
    schema = DOCUMENTS[name].model_json_schema()
    schema["title"] = f"cswriter {name} 文档"
    return schema


class PromptMessage(BaseModel):
    role: Literal["system", "user", "assistant"]
    content: str


class SectionRequestDocument(_Doc):
    schema_version: int = Version
    section: str
    title: str
    number: str
    status: Literal["ready", "needs-input"] = Field(
        description="needs-input：事实不够，不要写这一节，先回答 questions")
    messages: list[PromptMessage] = Field(description="起草这一节时发给模型的消息（系统提示 + 本节提示）")
    figures: list[dict[str, Any]] = Field(default=[], description="本节可以引用的数字（原文、来源公式）")
    questions: list[str] = Field(default=[], description="needs-input 时要问用户的问题")
    redacted: bool = Field(description="消息中的个人信息已打码")


class VerifySectionDocument(_Doc):
    schema_version: int = Version
    section: str
    ok: bool = Field(description="没有错误级问题（每个数字都能追溯，算术一致）")
    text: str = Field(description="核对的正文（去掉了代码围栏和重复的标题）")
    numbers: list[TracedNumber] = Field(description="正文中的每个数字及其来源；source 为 null 表示追溯不到")
    findings: list[DraftFinding] = Field(description="数字与措辞问题，同 cswriter lint")
    repair: list[PromptMessage] | None = Field(
        default=None, description="有要修改的问题时：发给模型（或智能体自己）的修改请求，含原文和每个问题")


DOCUMENTS.update({"section": SectionRequestDocument, "verify": VerifySectionDocument})
