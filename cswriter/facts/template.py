"""A commented facts file to fill in, for a report type and role (`cswriter init`).

The template is valid as it stands: left unfilled, `cswriter check` lists exactly what is
missing instead of failing to parse. Which metrics and comparisons it asks for comes from
the same data as the check (report_types.yaml, metrics.yaml).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from cswriter.domain import load_domain

# Metrics every customer-service summary reports (shared/DOMAIN.md, "Metrics").
CORE_METRICS = ("volume", "satisfaction", "resolution_rate", "first_response_time")


def default_period(report_type: str, today: date) -> tuple[date, date]:
    """The last complete period of the type: people write about the period just ended (a
    quarterly file started on any day of a quarter is about the previous quarter; a weekly
    one on any day of a week about last week; a year-end one about last year). The
    interview asks the period early, so a summary written before its period ends is one
    answer away."""
    y, m = today.year, today.month
    if report_type == "year-end":
        return date(y - 1, 1, 1), date(y - 1, 12, 31)
    if report_type == "half-year":
        return (date(y - 1, 7, 1), date(y - 1, 12, 31)) if m <= 6 else (date(y, 1, 1), date(y, 6, 30))
    if report_type == "quarterly":
        index = y * 4 + (m - 1) // 3 - 1
        year, q = divmod(index, 4)
        return date(year, 3 * q + 1, 1), date(year, 3 * q + 3, calendar.monthrange(year, 3 * q + 3)[1])
    if report_type == "monthly":
        last_prev = today.replace(day=1) - timedelta(days=1)
        return last_prev.replace(day=1), last_prev
    if report_type == "weekly":
        monday = today - timedelta(days=today.weekday() + 7)
        return monday, monday + timedelta(days=6)
    return today.replace(day=1), today  # project: the user adjusts


def render_template(report_type: str, role: str | None = None, today: date | None = None) -> str:
    """The commented YAML text of a facts file to fill in."""
    domain = load_domain()
    rtype = domain.report_types[report_type]
    role_spec = domain.role_of(role)
    start, end = default_period(report_type, today or date.today())
    role_text = role or role_spec.title.split("/")[0]
    L: list[str] = []
    add = L.append
    add(f"# cswriter 事实清单 · {rtype.title}")
    add("# 只写事实和数字，不写形容词；正文由 `cswriter draft` 根据这里的数据起草。")
    add("# 填完后运行 `cswriter check 本文件` 查看还缺什么。留空的项会被列为“需补充”，不会被编造。")
    add("")
    add("report:")
    add(f"  type: {report_type}            # year-end | half-year | quarterly | monthly | weekly | project")
    add("  period:")
    add(f"    start: {start.isoformat()}")
    add(f"    end: {end.isoformat()}")
    add("  author:                      # 姓名")
    add(f"  role: {role_text}")
    add("  team:                        # 部门/班组，如 客户服务部")
    if role_spec.requires_team_size:
        add("  team_size:                   # 团队人数（班长/主管必填）")
    add("  channels: []                 # 服务渠道，如 `[客服热线, 在线工单, 在线聊天]`")
    add("  duties:                      # 岗位职责，一两句话")
    add("")
    if rtype.require_project:
        add("project:")
        add("  name:                        # 项目名称")
        add("  goal:                        # 项目目标（写出目标值）")
        add("  milestones: []               # 执行过程的关键节点")
        add("  result:                      # 项目成果（用数字说明）")
        add("  lessons: []                  # 经验与反思")
        add("")
    compare = [k for k in ("target", "previous", "annual_target") if k in rtype.compare]
    notes = {"target": "目标值", "previous": f"{rtype.previous_word}的数值", "annual_target": "全年目标值"}
    add("metrics:                       # 核心指标：数值必填；" + "、".join(notes[k] for k in compare) + "用于对比")
    metric_ids = list(CORE_METRICS) + [m for m in role_spec.required_metrics if m not in CORE_METRICS]
    for metric_id in metric_ids:
        spec = domain.metrics[metric_id]
        add(f"  - name: {spec.title}")
        add("    value:")
        add(f'    unit: "{spec.unit}"')
        if spec.kind == "score":
            add("    scale: 100                # 满分：5、10 或 100")
        for key in compare:
            add(f"    {key}:")
        add("    drivers: []               # 是什么带来了变化或差距：做了什么、发生了什么")
    add("  # 指标不在常用列表里时，写明方向：`better: lower`（越低越好）或 `better: higher`")
    add("  # 比率可附上计数，便于核对：`basis: {resolved: 123500, total: 125380}`")
    add("")
    add("categories: []                 # 咨询问题类型及占比，如 `- {name: 退换货办理, share: 21}`")
    add("")
    add("complaints:                    # 投诉处理")
    add("  total:                       # 投诉总量（件）")
    add("  previous:                    # 上期投诉量")
    add("  handled:                     # 已办结件数")
    add("  types: []                    # 如 `- {name: 物流延迟, count: 15}`")
    add("")
    add("cases: []                      # 典型案例：至少一个成功经验、一个教训")
    add("# - title: 8月区域性网络故障应急处理")
    add("#   kind: success              # success | lesson")
    add("#   situation: 当时的情况")
    add("#   actions: [采取的行动]")
    add("#   result: 量化的结果，如 72小时内恢复服务，投诉下降40%")
    add("")
    add("problems: []                   # 问题与挑战：每项写证据（带数字）和原因")
    add("# - title: 高峰时段响应变慢")
    add("#   evidence: 6月大促期间平均响应时长升至180秒")
    add("#   cause: 排班未按咨询量峰值调整")
    add("")
    add("plans: []                      # 下一步计划：每项写指标、目标值、单位和期限")
    add("# - action: 按小时咨询量调整排班")
    add("#   metric: 平均响应时长")
    add("#   target: 110")
    add("#   unit: 秒")
    add(f"#   deadline: {end.year + 1}-06-30")
    add("")
    add("work: []                       # 工作内容与方式")
    add("teamwork: []                   # 团队协作与沟通（写成果和数字）")
    add("training: []                   # 培训与能力提升（写可衡量的变化）")
    add("feedback: []                   # 客户表扬与集中反馈的意见")
    add("highlights: []                 # 本期最值得一提的成果，一条一句")
    add("reflections: []                # 体会与经验：做对了什么、学到了什么")
    add("thanks:                        # 可选：结尾的致谢，一句话")
    add("")
    add("# monthly:                     # 可选：按月数据表（附件）")
    add("#   columns: [咨询量, 问题解决率]")
    add('#   units: [件, "%"]')
    add("#   rows:")
    add(f"#     {start.year}-{start.month:02d}: [10200, 97.8]")
    return "\n".join(L) + "\n"


def render_template_json(report_type: str, role: str | None = None, today: date | None = None) -> str:
    """The same facts file as JSON, for a FILE ending in .json (JSON has no comments, so the
    guidance the YAML carries is left out; `cswriter check` asks for what is missing)."""
    import json

    from cswriter.facts.model import parse_document

    data, _ = parse_document(render_template(report_type, role, today), "模板")
    return json.dumps(data, ensure_ascii=False, indent=2, default=_iso) + "\n"


def render_template_for(path: object, report_type: str, role: str | None = None,
                        today: date | None = None) -> str:
    """YAML, or JSON when the file name ends in .json."""
    if str(path).lower().endswith(".json"):
        return render_template_json(report_type, role, today)
    return render_template(report_type, role, today)


def _iso(value: object) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)
