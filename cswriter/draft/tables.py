"""Tables built by code from the facts and figures: the metrics comparison and the monthly table.

Tables are never written by a model: every cell is a stated fact or a derived figure's text.
"""

from __future__ import annotations

import re

from cswriter.domain import load_domain, load_yaml_resource, metric_months, months_covered, peer_word
from cswriter.draft.models import Table
from cswriter.facts.attached import attached_tables
from cswriter.facts.members import member_table
from cswriter.facts.milestones import milestone_rows
from cswriter.facts.model import Facts
from cswriter.figures.compute import Figures, on_pace
from cswriter.figures.directions import figure_display, preferred_change
from cswriter.figures.rounding import format_number
from cswriter.text.dates import month_label

EMPTY = "—"


def metrics_table(facts: Facts, figures: Figures, leave_out: set[str] = frozenset()) -> Table | None:
    """本期 / 目标 / 达成情况 / 上期 / 变化， one row per metric with a value.

    Metrics in `leave_out` (metrics[2]: a value the check found wrong) get no row.
    """
    rtype = load_domain().report_types[facts.report.type]
    previous = facts.previous_word
    rows: list[list[str]] = []
    has_annual = any(m.annual_target is not None for m in facts.metrics)
    # a cap's cell in the 完成进度 column (已用56.8%: directions.yaml `annual.used_cell`)
    used = load_yaml_resource("directions.yaml").get("annual", {}).get("used_cell", "{progress}")
    ytd_cell = load_yaml_resource("directions.yaml").get("annual", {}).get("year_to_date_cell", "{cell}")
    typed = _attainment_words(facts.report.type)
    for i, metric in enumerate(facts.metrics):
        if metric.value is None or f"metrics[{i}]" in leave_out:
            continue
        name = metric.name

        def text(suffix: str) -> str:
            figure = figures.get(f"{name}.{suffix}")
            return figure.text if figure else EMPTY

        # A reduction target (人工接待量, 投诉量) is met by staying under it: its gap
        # (低于目标300件) says so, where 达成率103.9% would read as "more is better".
        gap = figures.get(f"{name}.gap")
        if metric.kind == "count" and metric.better != "lower" and (
                figures.get(f"{name}.attainment") is not None or gap is None or gap.assessment != "same"):
            attained = attainment_cell(figures.get(f"{name}.attainment"), on_pace(figures, name))
        else:
            attained = gap_cell(figures.get(f"{name}.gap"))
        change_figure = preferred_change(figures, name, metric.kind)
        # The column says 较去年变化: its cells say 增长15.2%, not 较去年增长15.2% again.
        change = change_cell(change_figure) if change_figure else EMPTY
        # (a metric counted over part of the period says which months: 跨组转接率（7—12月）)
        months = metric_months(facts, metric)
        label = f"{name}（{months}）" if months else name
        # (…and a part its note says is not the author's work: 寄卖工单关闭量（含系统批量关闭300单）)
        part = metric.not_own_part
        if part is not None:
            label += load_yaml_resource("metrics.yaml")["not_own"]["label"].format(
                what=part[0], count=format_number(part[1]), unit=part[2])
        # (…and a comparison its note says cannot be made says so: 口径不同，不可比)
        apart = metric.incomparable
        if apart:
            apart_cell = load_yaml_resource("metrics.yaml")["incomparable"]["cell"]
            attained = apart_cell if "target" in apart and metric.target is not None else attained
            change = apart_cell if "previous" in apart and metric.previous is not None else change
        row = [label, text("value"), text("target"), attained]
        if typed:
            cells = _attainment_cells(figures, name, typed)
            if "target" in apart and metric.target is not None:
                cells = [attained] + [EMPTY] * (len(cells) - 1)
            row = [label, text("value"), text("target"), *cells]
        if has_annual:
            # (a cap's share is what is used of it, not progress: 已用56.8% — blind round 10,
            # review 66: 56.8% under 完成进度 read as progress)
            cell = (used.format(progress=text("progress")) if metric.better == "lower" else text("progress")) \
                if figures.get(f"{name}.progress") else _annual_cell(figures.get(f"{name}.annual_gap"))
            # (…and progress on the year's count so far says whose: 全年累计5590户，93.2% beside the half's
            # 2640户 — review 135)
            if figures.get(f"{name}.year_to_date") and figures.get(f"{name}.progress"):
                cell = ytd_cell.format(ytd=text("year_to_date"), cell=cell)
            row += [text("annual_target"), cell]
        previous_cell = text("previous")
        # (…and a change across a counting change, when the note gives the previous level on the
        # new rule, is said on one rule: 8,960单（按新口径） and 增长3.9%, never 10,870单 and 减少14.4%
        # — review 122, all four reviewers)
        same = figures.get(f"{name}.change_percent_new_rule")
        cells = load_yaml_resource("metrics.yaml")["counting_changed"]
        if same is not None and not apart:
            previous_cell = cells.get("new_rule_cell", "{value}").format(value=text("previous_new_rule"))
            change = change_cell(same)
            # (…and this period's level on the new rule beside its own, when the change came during
            # it: 11,860单（按新口径为10,750单） — review 126)
            if figures.get(f"{name}.value_new_rule") is not None:
                row[1] = cells.get("value_new_rule_cell", "{value}").format(value=row[1], level=text("value_new_rule"))
        old_rule = figures.get(f"{name}.change_percent_old_rule")
        if old_rule is not None and same is None and "previous" not in apart:
            change = cells.get("old_rule_cell", "{change}").format(change=change_cell(old_rule), level=text("old_basis"))
        row += [previous_cell, change]
        # (…and its peers' average, with no previous period: review 140)
        row += [text("peer"), _peer_cell(figures, name, kind=metric.kind)]
        rows.append(row)
    if not rows:
        return None
    columns = ["指标", "本期", "目标", *(typed["columns"] if typed else ["达成情况"])]
    if has_annual:
        columns += ["全年目标", "完成进度/差距"]
    columns += [f"{previous}", f"较{previous}变化"]
    # (the peers as most notes name them: 组平均 beside one 组人均)
    whos = [re.sub(r"^.*（(.+)）$", r"\1", f.label) for f in figures if f.id.endswith(".peer")]
    who = max(whos, key=whos.count) if whos else "平均"
    columns += [who, f"与{who}比较"]
    # A column nobody filled (目标 in a weekly, 上期 in a project) is left out, not shown as —.
    keep = [0] + [j for j in range(1, len(columns)) if any(row[j] != EMPTY for row in rows)]
    # Review 8 (C8): a 达成率 of a lower-is-better metric is target ÷ actual; the title says so
    # (directions.yaml `attainment_table.lower_note`), as part of the report.
    # (a table with nothing to compare, values alone, is no 对比: a thin month's two figures —
    # review 141)
    title = "核心指标对比" if len(keep) > 2 else "核心指标"
    if typed and typed.get("lower_note") and any(
            m.better == "lower" and m.value is not None and figures.get(f"{m.name}.attainment") is not None
            and figures.get(f"{m.name}.gap") is not None for m in facts.metrics):
        title += typed["lower_note"]
    return Table(title=title, columns=[columns[j] for j in keep],
                 rows=[[row[j] for j in keep] for row in rows])


def _peer_cell(figures: Figures, name: str, kind: str | None) -> str:
    """低7.6个百分点 / 长11秒 / 71.0%: the metric beside its peers' average (written.yaml
    `peer_compare.words`), a count as its share of theirs."""
    share, gap = figures.get(f"{name}.peer_share"), figures.get(f"{name}.peer_gap")
    if share is not None:
        return share.text
    if gap is None:
        return EMPTY
    if gap.direction not in ("up", "down"):
        return "持平"
    return f"{peer_word(kind, gap.direction)}{gap.text}"


def _attainment_words(report_type: str) -> dict | None:
    from cswriter.domain import load_yaml_resource

    words = load_yaml_resource("directions.yaml").get("attainment_table") or {}
    return words if report_type in (words.get("types") or ()) else None


def _attainment_cells(figures: Figures, name: str, words: dict) -> list[str]:
    """达标 / 105.9% / +5.9%: met or missed, the attainment, the gap as a signed share of the
    target (a quarterly table: directions.yaml `attainment_table`)."""
    gap, attainment = figures.get(f"{name}.gap"), figures.get(f"{name}.attainment")
    share = figures.get(f"{name}.gap_percent")
    if gap is None:
        return [EMPTY, EMPTY, EMPTY]
    # (a metric with no better direction is neither met nor missed: review 35 saw 52分钟 against
    # a 50-minute target marked 达标)
    if gap.assessment is None:
        # (a workload's target is reached when its attainment is: 105.9% → 达标)
        verdict = EMPTY if attainment is None else words["met"] if _reaches(attainment) else words["missed"]
    else:
        verdict = words["missed"] if gap.assessment == "worse" else words["met"]
    signed = (words.get("signs") or {}).get(share.direction, "") + share.text if share else EMPTY
    return [verdict, attainment.text if attainment else EMPTY, signed]


def _reaches(attainment) -> bool:
    """An attainment of 100% or more, as the table shows it (105.9%)."""
    number = re.match(r"[\d.]+", attainment.text)
    return number is not None and float(number.group(0)) >= 100


def attainment_cell(figure, paced: bool = False) -> str:
    """达标，完成目标的112.6%: a workload's attainment in the words of the other rows' 达成情况
    cells (review 10, G: one column, one kind of entry; directions.yaml `phrases`)."""
    if figure is None:
        return EMPTY
    from cswriter.figures.directions import load_directions

    phrases = load_directions().phrases
    # (…or on the pace of the time gone by, for data that stop before the period ends: review 143)
    key = "attainment_cell_met" if _reaches(figure) else "attainment_cell_pace" if paced else "attainment_cell_missed"
    return phrases.get(key, "{attainment}").format(attainment=figure.text)


def gap_cell(figure) -> str:
    """达标，低于目标5秒 / 未达标，高于目标3秒 / 达到目标: the target's verdict before the gap, so a
    lower-is-better metric's 高于目标 reads as the miss it is (directions.yaml `phrases.gap_cell_*`)."""
    if figure is None:
        return EMPTY
    from cswriter.figures.directions import load_directions

    gap = figure_display(figure)
    if figure.direction not in ("up", "down") or figure.assessment is None:
        return gap  # 达到目标, or a metric with no better direction
    phrases = load_directions().phrases
    key = "gap_cell_missed" if figure.assessment == "worse" else "gap_cell_met"
    return phrases.get(key, "{gap}").format(gap=gap)


def change_cell(figure) -> str:
    """增长15.2% / 上升8.4个百分点 / 持平: a change under its 较…变化 column header
    (directions.yaml `phrases.change_cell`)."""
    from cswriter.figures.directions import change_verb, load_directions

    d = load_directions()
    direction = figure.direction
    if direction not in ("up", "down"):
        return d.phrases.get("flat", "持平")
    verb = change_verb(figure.metric_kind, figure.better, direction)
    return d.phrases.get("change_cell", "{verb}{amount}").format(verb=verb, amount=figure.text)


def _annual_cell(figure) -> str:
    """还差0.9个百分点 / 已达到: a half-year level against the annual target (directions.yaml)."""
    if figure is None:
        return EMPTY
    from cswriter.domain import load_yaml_resource

    words = load_yaml_resource("directions.yaml").get("annual") or {}
    if figure.assessment == "worse":
        return words["short_cell"].format(amount=figure.text)
    if figure.assessment is None and figure.direction in ("up", "down"):
        return figure_display(figure)   # (2.6天 against 2天 with no direction is no 已达到)
    return words["reached_cell"]


def monthly_table(facts: Facts) -> Table | None:
    """The facts' monthly table as it was given, with units in the headers; a table of part
    of the period is titled by its months (2025年1—5月月度数据)."""
    table = facts.monthly
    if table is None or not table.rows:
        return None
    words = dict(table.period_words)  # a row a day is 每日数据 by 日期, not 月度数据 by 月份
    part = months_covered(list(table.rows), facts.report.period.start, facts.report.period.end)
    if part:
        words["title"] = part + words["title"]
    elif len(table.rows) > 1 and all(re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", str(k).strip()) for k in table.rows):
        # Review 20 (class 5): a table of days says which days in its title (11月1日—11月30日
        # 每日数据): the annex has no caption to say it.
        keys = list(table.rows)
        words["title"] = f"{month_label(keys[0])}—{month_label(keys[-1])}{words['title']}"
    columns = [words["key"]] + [f"{c}（{table.unit_of(c)}）" if table.unit_of(c) else c for c in table.columns]
    rows = [[month_label(month)] + [format_number(v) if v is not None else EMPTY for v in values]
            for month, values in table.rows.items()]
    return Table(title=words["title"], columns=columns, rows=rows)


def milestone_table(facts: Facts) -> Table | None:
    if facts.project is None or facts.report.type != "project":
        return None
    rows = milestone_rows(list(facts.project.milestones))
    if rows is None:
        return None
    from cswriter.domain import load_yaml_resource

    from cswriter.lint.fixes import full_width_punctuation

    table = (load_yaml_resource("written.yaml").get("milestone_steps") or {})["table"]
    # (the user's words with Chinese punctuation, as in the prose: 盘点全部1087篇文章,标记… kept
    # its half-width comma in the table — blind round 21; the dates keep theirs)
    return Table(title=table["title"], columns=list(table["columns"]),
                 rows=[[row[0], *(full_width_punctuation(cell) for cell in row[1:])] for row in rows])


def member_table_of(facts: Facts) -> Table | None:
    """A lead's work lines that list the team member by member, as the table they are
    (`cswriter.facts.members`; written.yaml `member_table`)."""
    from cswriter.lint.fixes import full_width_punctuation

    found = member_table(list(facts.work))
    if found is None:
        return None
    return Table(title=found.title, columns=list(found.columns),
                 rows=[[name, full_width_punctuation(cell)] for name, cell in found.rows])


def section_tables(facts: Facts, figures: Figures, section_id: str,
                   leave_out: set[str] = frozenset(), holds_work: bool = False) -> list[Table]:
    # (the section that tells the work lines holds their member table after its own)
    members = [t for t in (member_table_of(facts),) if t is not None] if holds_work else []
    if section_id == "metrics":
        table = metrics_table(facts, figures, leave_out)
        return ([table] if table else []) + members
    if section_id == "work":
        table = milestone_table(facts)
        return ([table] if table else []) + members
    if section_id == "attachments":
        table = monthly_table(facts)
        # (…and the tables the user typed line by line as Markdown: review 143)
        typed = [Table(title=t.title, columns=list(t.columns), rows=[list(r) for r in t.rows])
                 for t in attached_tables([str(x) for x in facts.attachments])[0]]
        return ([table] if table else []) + typed
    return members
