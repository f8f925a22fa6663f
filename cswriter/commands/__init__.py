"""CLI commands, one module each, declared with Typer; `cswriter.commands.<name>.command` is the
click command Typer builds from it.

The modules are imported only when their command runs or its help is shown (see
`cswriter.cli.LazyGroup`), so this package imports none of them. `COMMANDS` gives, in the
order of `cswriter --help`, each command's one-line help for the root listing; each command
uses the same line as its `short_help`, and a test checks that they agree.

Modules here import only Typer, click and the standard library at import time; anything heavier
(rich, pydantic, ruamel, the library) is imported inside the command function.
"""

COMMANDS: dict[str, str] = {
    "init": "生成一个带注释的事实文件模板，按报告类型和岗位列出要填写的指标与各节。",
    "interview": "逐项提问，把回答写进事实文件；每答一题立即保存，中断后再次运行会从缺的地方继续。",
    "import": "从客服系统导出的统计报表（.xlsx、.csv）生成或补充事实文件：指标、月度数据和统计周期。",
    "check": "检查事实文件：必需的各节是否齐全、是否有数据支撑、算术是否自洽。",
    "outline": "生成提纲：按报告类型排好的各节、每节要用的事实和计算出的数据、还缺什么（需补充）。",
    "draft": "分节起草客服工作总结：每节只带本节用到的事实和计算结果；正文中的每个数字都与事实核对，"
             "措辞按 `cswriter lint` 的规则检查，有问题的地方连同原文片段退回模型修改。",
    "lint": "检查草稿的措辞和数字：空话套话、主观评价、没有依据的说法、与事实不符的数字、隐私信息。",
    "verify": "核对单独写好的一节：正文中的每个数字追溯到事实，措辞按 `cswriter lint` 的规则检查。",
    "rules": "列出 lint 规则，或说明一条规则：检查什么、为什么（出处）、错误与正确的例子。",
    "prompts": "查看和定制起草用的提示词模板（Jinja2，沙箱渲染）。",
    "schema": "输出事实文件和各 JSON 文档的 JSON Schema（可供编辑器校验和自动补全，或给程序、智能体使用）。",
    "backends": "列出模型后端及其配置状态。",
    "keys": "保存、查看和删除模型服务的 API 密钥（存放在用户配置目录，仅本人可读写）。",
    "cache": "查看和清理模型回复缓存（条数、大小、时间）。",
    "mcp": "作为 MCP 服务器（stdio）把 cswriter 的工具提供给 AI 智能体。",
}
