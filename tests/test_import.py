"""`cswriter import`: facts from help-desk exports whose figures match the export's own totals."""

from __future__ import annotations

import csv
import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from cswriter.cli import app
from cswriter.errors import InputError
from cswriter.facts.model import load_facts
from cswriter.importing import import_exports

ROOT = Path(__file__).resolve().parent.parent
EXPORTS = ROOT / "fixtures" / "exports"
MEIQIA = EXPORTS / "meiqia-2025-11-daily.csv"
QIYU = EXPORTS / "qiyu-2025-monthly.xlsx"
V5 = EXPORTS / "v5-2025-10-team-gbk.csv"
ZENDESK = EXPORTS / "zendesk-2025-w49.csv"


@pytest.fixture(autouse=True)
def _cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("CSWRITER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("CSWRITER_CONFIG_DIR", str(tmp_path / "config"))  # no personal column mapping


def run(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def _rows(path: Path, encoding: str = "utf-8-sig") -> list[dict[str, str]]:
    with path.open(encoding=encoding, newline="") as handle:
        return list(csv.DictReader(handle))


def _metric(facts, name):
    return next(m for m in facts.metrics if m.name == name)


def test_a_team_export_rolls_up_to_the_exports_own_totals(tmp_path):
    rows = _rows(MEIQIA)
    totals = next(r for r in rows if r["日期"] == "合计")
    data = [r for r in rows if r["日期"] != "合计"]
    out = tmp_path / "11月.yaml"
    result = run("import", MEIQIA, "-o", out)
    assert result.exit_code == 0, result.output
    facts = load_facts(out)
    assert facts.report.type == "monthly" and str(facts.report.period.start) == "2025-11-01"
    assert str(facts.report.period.end) == "2025-11-30"
    assert facts.report.level == "lead" and facts.report.team_size == 2
    volume = _metric(facts, "接待会话数")
    assert volume.value == float(totals["接待会话数"])  # the 合计 row is not added again
    assert volume.spec.id == "volume"
    satisfaction = _metric(facts, "客户满意度")
    assert satisfaction.unit == "%" and satisfaction.basis == {
        "satisfied": float(totals["满意评价数"]), "total": float(totals["评价总数"])}
    assert satisfaction.value == round(float(totals["满意评价数"]) / float(totals["评价总数"]) * 100, 1)
    weighted = sum(float(r["首次响应时长(秒)"]) * float(r["接待会话数"]) for r in data) / float(totals["接待会话数"])
    assert _metric(facts, "首次响应时长").value == round(weighted, 1) and _metric(facts, "首次响应时长").unit == "秒"
    assert facts.monthly is not None and len(facts.monthly.rows) == 30  # a month: kept day by day
    day = facts.monthly.rows["2025-11-11"]
    assert day[0] == sum(float(r["接待会话数"]) for r in data if r["日期"] == "2025-11-11")
    check = run("check", out, "--format", "json")
    codes = {f["code"] for f in json.loads(check.stdout)["findings"]}
    assert not any(c.startswith("CK4") for c in codes)  # the arithmetic holds: no CK4xx


def test_one_agent_is_selected_with_agent(tmp_path):
    out = tmp_path / "王芳.yaml"
    result = run("import", MEIQIA, "-o", out, "--agent", "王芳")
    assert result.exit_code == 0, result.output
    facts = load_facts(out)
    mine = [r for r in _rows(MEIQIA) if r["客服"] == "王芳"]
    assert facts.report.author == "王芳" and facts.report.team_size is None
    assert _metric(facts, "接待会话数").value == sum(float(r["接待会话数"]) for r in mine)
    missing = run("import", MEIQIA, "-o", tmp_path / "x.yaml", "--agent", "王小芳")
    assert missing.exit_code == 2 and "王芳" in missing.output and "刘洋" in missing.output


def test_monthly_xlsx_with_percent_cells_clock_durations_and_a_totals_row(tmp_path):
    from openpyxl import load_workbook

    sheet = load_workbook(QIYU).active
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    months = [r for r in rows[1:] if r[0] != "合计"]
    imported = import_exports([QIYU])
    assert imported.report["type"] == "year-end"
    assert str(imported.report["period"]["start"]) == "2025-01-01" and str(imported.report["period"]["end"]) == "2025-12-31"
    by_name = {m["name"]: m for m in imported.metrics}
    total = sum(r[1] for r in months)
    assert by_name["接入会话数"]["value"] == total == rows[-1][1]
    satisfaction = sum(r[4] * r[1] for r in months) / total * 100  # 0.962 in a % cell is 96.2 %
    assert by_name["满意度"]["value"] == round(satisfaction, 1) and by_name["满意度"]["unit"] == "%"
    seconds = [int(r[3].split(":")[1]) * 60 + int(r[3].split(":")[2]) for r in months]
    assert by_name["平均会话时长"]["value"] == round(sum(s * r[1] for s, r in zip(seconds, months)) / total, 1)
    assert list(imported.monthly["rows"])[:2] == ["2025-01", "2025-02"] and len(imported.monthly["rows"]) == 12
    assert imported.notes == []


def test_gbk_csv_and_english_headers(tmp_path):
    team = import_exports([V5])
    assert team.report["team_size"] == 3 and team.metrics[0] == {"name": "接待人数", "value": team.metrics[0]["value"], "unit": "人"}
    assert sum(float(r["接待人数"]) for r in _rows(V5, "gbk")) == team.metrics[0]["value"]
    week = import_exports([ZENDESK])
    assert week.report["type"] == "weekly" and week.report["author"] == "Li Na"
    names = {m["name"]: m for m in week.metrics}
    assert "咨询量" in names and "Tickets created" not in names  # English headers, named in Chinese
    assert names["首次响应时长"]["unit"] == "分钟"   # First reply time (min)
    assert names["问题解决率"]["basis"]["total"] == names["咨询量"]["value"]


def test_a_totals_row_that_disagrees_is_reported(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("日期,接待量\n2025-11-01,100\n2025-11-02,120\n合计,250\n", encoding="utf-8")
    imported = import_exports([path])
    assert imported.metrics[0]["value"] == 220
    assert any("合计行为 250" in n and "逐行相加为 220" in n for n in imported.notes)


def test_the_same_day_twice_is_refused(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("日期,接待量\n2025-11-01,100\n2025-11-01,100\n", encoding="utf-8")
    with pytest.raises(InputError, match="出现了两次"):
        import_exports([path])


@pytest.mark.parametrize("name, expected", [
    ("empty.xlsx", ["empty.xlsx", "工作表“Sheet”", "是空的"]),
    ("text-in-number.csv", ["第3行", "第2列（“接待会话数”）", "约130"]),
    ("corrupt.xlsx", ["corrupt.xlsx", "不是有效的 Excel"]),
])
def test_bad_exports_are_exit_2_with_where_and_nothing_written(tmp_path, name, expected):
    out = tmp_path / "facts.yaml"
    result = run("import", EXPORTS / "broken" / name, "-o", out)
    assert result.exit_code == 2, result.output
    for text in expected:
        assert text in result.output, (text, result.output)
    assert "Traceback" not in result.output
    assert not out.exists() and not list(tmp_path.glob(".*.tmp"))


def test_json_on_success_and_on_failure(tmp_path):
    out = tmp_path / "facts.json"
    ok = run("import", ZENDESK, "-o", out, "--format", "json")
    assert ok.exit_code == 0
    data = json.loads(ok.stdout)
    assert data["ok"] is True and data["schema_version"] == 1 and data["report"]["type"] == "weekly"
    assert load_facts(out).report.author == "Li Na"
    unknown = tmp_path / "unknown-only.csv"
    unknown.write_text("日期,机器人拦截率,留言转化率\n2025-11-01,35%,2%\n", encoding="utf-8")
    bad = run("import", unknown, "-o", tmp_path / "y.yaml", "--format", "json")
    assert bad.exit_code == 2
    error = json.loads(bad.stdout)
    assert error["ok"] is False and "“机器人拦截率”、“留言转化率”" in error["error"]["message"]
    assert error["error"]["file"].endswith("unknown-only.csv")
    assert (error["error"]["line"], error["error"]["field"]) == (1, "机器人拦截率")


def test_a_bad_cell_is_located_by_row_and_header_for_programs(tmp_path):
    """The row and the column travel on the error itself, not parsed back out of its text."""
    export = tmp_path / "11月.csv"
    export.write_text("日期,接待人数,首次响应时长(秒)\n2025-11-01,120,15\n2025-11-02,很多,20\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        import_exports([export])
    error = caught.value
    assert (error.file, error.line, error.field) == (str(export), 3, "接待人数")
    assert "第3行" in error.message and "接待人数" in error.message


def test_an_existing_output_is_not_overwritten_without_force(tmp_path):
    out = tmp_path / "facts.yaml"
    out.write_text("# 我的笔记\n", encoding="utf-8")
    refused = run("import", MEIQIA, "-o", out)
    assert refused.exit_code == 2 and "--into" in refused.output
    assert out.read_text(encoding="utf-8") == "# 我的笔记\n"
    forced = run("import", MEIQIA, "-o", out, "--force")
    assert forced.exit_code == 0 and load_facts(out).metrics
    backups = list(tmp_path.glob("facts.yaml.~*~"))
    assert [b.read_text(encoding="utf-8") for b in backups] == ["# 我的笔记\n"]  # kept, not lost


def test_into_merges_without_touching_what_the_user_wrote(tmp_path):
    mine = tmp_path / "11月.yaml"
    shutil.copy(ROOT / "fixtures" / "monthly-ecommerce.yaml", mine)
    before = mine.read_text(encoding="utf-8")
    result = run("import", MEIQIA, "--into", mine, "--agent", "王芳")
    assert result.exit_code == 0, result.output
    after = mine.read_text(encoding="utf-8")
    # ruamel writes a flow list [a,b] back as [a, b]: the same data, spaced; compared unspaced.
    kept = [re.sub(r",\s*", ",", line) for line in before.splitlines() if line.strip()]
    lines = [re.sub(r",\s*", ",", line) for line in after.splitlines()]
    position = 0
    for line in kept:  # every line the user wrote is still there, in order, comments included
        position = lines.index(line, position) + 1
    facts = load_facts(mine)
    assert _metric(facts, "接待量").value == 6820  # the user's figure stays
    assert "接待量.value：你写的是 6820，导出为 6321，保留了你写的" in result.output
    assert "✓ 保留" not in result.output  # a difference is never reported with ✓
    assert _metric(facts, "客户满意度").basis["total"] > 0  # what the user lacked is added
    assert facts.monthly is not None and len(facts.monthly.rows) == 30
    again = run("import", MEIQIA, "--into", mine, "--agent", "王芳")
    assert again.exit_code == 0 and mine.read_text(encoding="utf-8") == after  # idempotent


def test_into_keeps_a_gbk_file_gbk(tmp_path):
    mine = tmp_path / "gbk.yaml"
    mine.write_bytes("# 我的月报\nreport:\n  type: monthly\n  period: {start: 2025-11-01, end: 2025-11-30}\n"
                     "  author: 王芳\n".encode("gbk"))
    assert run("import", MEIQIA, "--into", mine, "--agent", "王芳").exit_code == 0
    text = mine.read_bytes().decode("gbk")
    assert text.startswith("# 我的月报\n") and "接待会话数" in text


def test_imported_facts_draft_to_a_docx_with_a_daily_chart(tmp_path):
    import zipfile

    out = tmp_path / "11月.yaml"
    assert run("import", MEIQIA, "-o", out, "--agent", "王芳").exit_code == 0
    docx_path = tmp_path / "11月.docx"
    result = run("draft", out, "-o", docx_path)
    assert result.exit_code in (0, 1), result.output  # gaps the export cannot fill are findings
    with zipfile.ZipFile(docx_path) as archive:
        chart = archive.read("word/charts/chart1.xml").decode()
    assert chart.count("<c:pt idx=") >= 60  # 30 days: 30 labels and 30 values


def test_an_export_longer_than_the_report_gives_the_previous_period(tmp_path):
    lines = ["日期,接待量,首次响应时长(秒),评价总数,满意评价数"]
    for month, volume, seconds in ((10, 100, 20), (11, 150, 15)):
        for day in range(1, 31):
            lines.append(f"2025-{month}-{day:02d},{volume},{seconds},10,{9 if month == 10 else 10}")
    path = tmp_path / "两个月.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "11月.yaml"
    result = run("import", path, "-o", out, "--type", "monthly")
    assert result.exit_code == 0, result.output
    facts = load_facts(out)
    assert (str(facts.report.period.start), str(facts.report.period.end)) == ("2025-11-01", "2025-11-30")
    volume = _metric(facts, "接待量")
    assert (volume.value, volume.previous) == (4500, 3000)
    assert (_metric(facts, "首次响应时长").value, _metric(facts, "首次响应时长").previous) == (15, 20)
    assert (_metric(facts, "客户满意度").value, _metric(facts, "客户满意度").previous) == (100, 90)
    assert len(facts.monthly.rows) == 30 and "2025-10-31" not in facts.monthly.rows
    check = json.loads(run("check", out, "--format", "json").stdout)
    assert not [f for f in check["findings"] if f["code"] == "CK302"]  # 上月 comes from the export


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from helpers import examples  # noqa: E402

_ROW = st.tuples(st.integers(1, 28), st.sampled_from(["甲", "乙", "丙"]), st.integers(1, 500),
                 st.integers(1, 120), st.integers(0, 50))


@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_ROW, min_size=1, max_size=40, unique_by=lambda r: (r[0], r[1])))
def test_rollup_is_the_sum_of_the_agents_whatever_the_rows(tmp_path, rows):
    """Counts add up, rates come from the summed counts and durations weigh by volume, for the
    team as for each agent, in any row order."""
    path = tmp_path / "export.csv"
    lines = ["日期,客服,接待量,首次响应时长(秒),评价总数,满意评价数"]
    lines += [f"2025-11-{d:02d},{a},{v},{t},{r},{r // 2}" for d, a, v, t, r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    team = {m["name"]: m for m in import_exports([path]).metrics}
    assert team["接待量"]["value"] == sum(r[2] for r in rows)
    weighted = sum(r[2] * r[3] for r in rows) / sum(r[2] for r in rows)
    assert abs(team["首次响应时长"]["value"] - weighted) <= 0.05 + 1e-9
    rated = sum(r[4] for r in rows)
    if rated:
        assert team["客户满意度"]["basis"] == {"satisfied": sum(r[4] // 2 for r in rows), "total": rated}
    agents = sorted({r[1] for r in rows})
    per_agent = [{m["name"]: m for m in import_exports([path], agents=[a]).metrics} for a in agents]
    assert sum(m["接待量"]["value"] for m in per_agent) == team["接待量"]["value"]


def test_percentage_cells_are_read_as_shown(tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["日期", "接待量", "投诉率"])
    for day, rate in ((1, 0.005), (2, 0.015)):
        sheet.append([f"2025-11-0{day}", 100, rate])
        sheet.cell(row=sheet.max_row, column=3).number_format = "0.0%"
    path = tmp_path / "rates.xlsx"
    workbook.save(path)
    metrics = {m["name"]: m for m in import_exports([path]).metrics}
    assert metrics["投诉率"] == {"name": "投诉率", "value": 1.0, "unit": "%"}  # 0.5 % and 1.5 %, not 0.01 %


def test_unknown_columns_are_all_listed_in_one_run_and_skipped(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("日期,接待会话数,机器人拦截率,留言转化率,首次响应时长(秒)\n2025-11-01,120,35%,2%,15\n",
                    encoding="utf-8")
    imported = import_exports([path], use_mapping_file=False)
    assert [m["name"] for m in imported.metrics] == ["接待会话数", "首次响应时长"]
    warning = next(n for n in imported.notes if "不认识的列名" in n)
    assert "“机器人拦截率”、“留言转化率”" in warning and "已跳过这 2 列" in warning and "--map" in warning
    out = tmp_path / "b.yaml"
    result = run("import", path, "-o", out)
    assert result.exit_code == 0 and "机器人拦截率" in result.output and load_facts(out).metrics
    quiet = import_exports([path], ignore=["机器人拦截率", "留言转化率"], use_mapping_file=False)
    assert not any("不认识" in n for n in quiet.notes)


def test_a_title_row_above_the_header_is_skipped_and_merged_titles_are_fine():
    for name in ("title-row.csv", "merged-title.xlsx"):
        imported = import_exports([EXPORTS / "broken" / name], use_mapping_file=False)
        assert imported.metrics[0]["value"] in (250, 120), name
        assert any("是标题，已跳过" in n for n in imported.notes), name


def test_merged_cells_in_the_data_are_still_refused(tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["日期", "接待人数"])
    sheet.append(["2025-11-01", 120])
    sheet.append(["2025-11-02", None])
    sheet.merge_cells("B2:B3")
    path = tmp_path / "merged.xlsx"
    workbook.save(path)
    with pytest.raises(InputError, match="B2:B3 是合并单元格"):
        import_exports([path])


def test_a_notes_sheet_beside_the_data_is_passed_over(tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    notes = workbook.active
    notes.title = "说明"
    notes.append(["本报表由系统自动生成"])
    notes.append(["统计口径：人工会话"])
    data = workbook.create_sheet("数据")
    data.append(["日期", "接待量"])
    data.append(["2025-11-01", 100])
    data.append(["2025-11-02", 80])
    path = tmp_path / "two-sheets.xlsx"
    workbook.save(path)
    imported = import_exports([path])
    assert imported.metrics[0]["value"] == 180
    assert any("工作表“说明”" in n and "已跳过" in n for n in imported.notes)
    data["B3"] = "八十"  # a sheet that is data stays strict
    workbook.save(path)
    with pytest.raises(InputError, match="工作表“数据” 第3行 B列"):
        import_exports([path])


def _contradicted(tmp_path):
    """A file that says 98.5 % satisfaction, and an export whose counts say 95.1 %."""
    mine = tmp_path / "10月.yaml"
    mine.write_text("report:\n  type: monthly\n  period: {start: 2025-10-01, end: 2025-10-31}\n  author: 王芳\n"
                    "metrics:\n  - name: 客户满意度\n    value: 98.5\n    unit: \"%\"\n", encoding="utf-8")
    export = tmp_path / "export.csv"
    export.write_text("日期,接待量,评价总数,满意评价数\n2025-11-01,500,300,285\n2025-11-02,400,310,295\n",
                      encoding="utf-8")
    return mine, export


def test_into_recomputes_a_contradicted_rate_and_takes_the_period_of_the_data(tmp_path):
    mine, export = _contradicted(tmp_path)
    before = {f["code"] for f in json.loads(run("check", mine, "--format", "json").stdout)["findings"]
              if f["severity"] == "error" and f["code"].startswith("CK4")}
    result = run("import", export, "--into", mine)
    assert result.exit_code == 0, result.output
    facts = load_facts(mine)
    satisfaction = _metric(facts, "客户满意度")
    assert satisfaction.value == round(580 / 610 * 100, 1) and satisfaction.basis == {"satisfied": 580, "total": 610}
    assert "按导出的计数重新算得" in result.output and "98.5" in result.output
    assert str(facts.report.period.start) == "2025-11-01" and "统计周期按导出的数据改为" in result.output
    assert not any(line.startswith("✓") and ("保留" in line or "周期" in line) for line in result.output.splitlines())
    after = {f["code"] for f in json.loads(run("check", mine, "--format", "json").stdout)["findings"]
             if f["severity"] == "error" and f["code"].startswith("CK4")}
    assert after <= before


def test_into_keep_mine_keeps_the_rate_without_counts_that_contradict_it(tmp_path):
    mine, export = _contradicted(tmp_path)
    result = run("import", export, "--into", mine, "--keep", "mine")
    assert result.exit_code == 0, result.output
    satisfaction = _metric(load_facts(mine), "客户满意度")
    assert satisfaction.value == 98.5 and satisfaction.basis is None
    assert "按你的选择保留 客户满意度.value = 98.5" in result.output
    check = json.loads(run("check", mine, "--format", "json").stdout)
    assert not [f for f in check["findings"] if f["severity"] == "error" and f["code"].startswith("CK4")]


def test_into_leaves_out_a_table_that_sums_above_the_kept_total(tmp_path):
    mine = tmp_path / "11月.yaml"
    mine.write_text("report:\n  type: monthly\n  period: {start: 2025-11-01, end: 2025-11-30}\n  author: 王芳\n"
                    "metrics:\n  - name: 接待量\n    value: 800\n    unit: 件\n", encoding="utf-8")
    export = tmp_path / "export.csv"
    export.write_text("日期,接待量\n2025-11-01,500\n2025-11-02,400\n", encoding="utf-8")
    result = run("import", export, "--into", mine)
    assert result.exit_code == 0, result.output
    facts = load_facts(mine)
    assert _metric(facts, "接待量").value == 800 and facts.monthly is None
    assert "未写入明细表" in result.output and "CK408" in result.output


def test_a_daily_table_is_named_and_averaged_per_day(tmp_path):
    from cswriter.draft.tables import monthly_table
    from cswriter.figures.compute import compute_figures
    from cswriter.outline import build_outline, outline_markdown

    out = tmp_path / "11月.yaml"
    assert run("import", MEIQIA, "-o", out, "--agent", "王芳").exit_code == 0
    facts = load_facts(out)
    assert facts.monthly.granularity == "day"
    table = monthly_table(facts)
    # (review 20, class 5: the title names the days it covers)
    assert table.title == "11月1日—11月30日每日数据" and table.columns[0] == "日期" and table.rows[0][0] == "11月1日"
    labels = [f.label for f in compute_figures(facts) if f.kind == "table_mean"]
    assert labels and all("日均" in label and "月均" not in label for label in labels)
    text = outline_markdown(build_outline(facts))
    assert "每日数据表" in text and "30天" in text and "30个月" not in text
    monthly = load_facts(ROOT / "fixtures" / "monthly-ecommerce.yaml")
    if monthly.monthly is not None and monthly.monthly.granularity == "month":
        assert monthly_table(monthly).columns[0] == "月份"
