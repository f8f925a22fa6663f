"""What an agent reads before it calls a tool: the rules, the JSON Schemas, an example facts
file (as MCP resources) and a walk through a whole summary (an MCP prompt)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Callable

RESOURCE_ROOT = "cswriter://"
EXAMPLE_FACTS = "examples/year-end-agent.yaml"


@dataclass(frozen=True)
class Resource:
    uri: str
    name: str
    title: str
    description: str
    mime_type: str
    read: Callable[[], str]


def rules_text() -> str:
    from cswriter.app.rules import list_rules

    return json.dumps(list_rules().model_dump(), ensure_ascii=False, indent=2)


def schema_text(name: str) -> str:
    from cswriter.documents import SCHEMA_VERSION
    from cswriter.schemas import document_schema

    schema = document_schema(name)
    schema["schema_version"] = SCHEMA_VERSION
    return json.dumps(schema, ensure_ascii=False, indent=2)


def example_facts_text() -> str:
    from cswriter.datacache import data_path

    return data_path(EXAMPLE_FACTS).read_text(encoding="utf-8")


def _schema_reader(name: str) -> Callable[[], str]:
    return lambda: schema_text(name)


def resources() -> list[Resource]:
    from cswriter.schemas import DOCUMENTS

    found = [Resource(f"{RESOURCE_ROOT}rules", "rules", "lint 规则",
                      "全部 lint 规则：编号、检查什么、为什么（出处）、错误与正确的例子（同 cswriter rules --format json）。",
                      "application/json", rules_text)]
    for name in ("facts", *DOCUMENTS):
        label = "事实文件" if name == "facts" else f"{name} 文档"
        found.append(Resource(f"{RESOURCE_ROOT}schema/{name}", f"schema-{name}", f"{label}的 JSON Schema",
                              f"{label}的 JSON Schema（同 cswriter schema --document {name}）。",
                              "application/schema+json", _schema_reader(name)))
    found.append(Resource(f"{RESOURCE_ROOT}{EXAMPLE_FACTS}", "example-facts", "事实文件示例（年终总结）",
                          "一份填好的年终总结事实文件（客服专员），可照着它的结构整理用户的材料。",
                          "application/yaml", example_facts_text))
    return found


WALKTHROUGH = """请帮我写一份{type_name}（报告类型 {report_type}）。按下面的步骤用 cswriter 的工具完成，每一步都以工具的结果为准，不要编造数字：

1. 事实文件：{facts_step}
2. 补齐材料：调用 interview_questions 得到要问我的问题，逐个问我；把我的回答交给 interview_answer（可以照我平时的说法写，如 95.2%、12.5万件、6月底）。被拒的回答会附原因和示例，照着再问我一次。
3. 检查：调用 check，把 error 级的发现连同 question 一起问我，直到没有 error。
4. 提纲：调用 outline，确认每节要用的事实和数字；status 为 needs-input 的节先向我要材料，不要写。
5. 起草：对每一节调用 section_request 取得写作要求，只用其中给出的事实和数字写这一节；写好后调用 verify_section 核对。结果不 ok 时按返回的 repair 修改再核对，直到 ok。也可以直接调用 draft 一次起草全文。
6. 定稿：把各节合成全文，用 lint 检查措辞；要交 Word 时用 draft 的 output 写成 .docx（style 选 公文 即按 GB/T 9704 排版）。

写作要求见资源 cswriter://rules（会被标记的空话、套话和没有依据的说法），事实文件的结构见 cswriter://schema/facts 和示例 cswriter://examples/year-end-agent.yaml。"""


def write_summary_prompt(report_type: str = "year-end", facts_path: str | None = None) -> str:
    """The steps of a whole summary, for an agent, in the words it should act on."""
    from cswriter.domain import load_domain

    domain = load_domain()
    type_id = domain.report_type_id(report_type) or report_type
    spec = domain.report_types.get(type_id)
    type_name = spec.title if spec is not None else "工作总结"
    if facts_path:
        facts_step = f"用 {facts_path}（调用工具时给 facts_path）。"
    else:
        facts_step = (f"还没有事实文件：先调用 init（report_type 为 {type_id}，给一个 facts_path）生成模板，"
                      "或用 import_exports 从客服系统导出的报表生成。")
    return WALKTHROUGH.format(type_name=type_name, report_type=type_id, facts_step=facts_step)
