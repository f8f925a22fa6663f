"""The column sets twelve help-desk products document import as they are: no `--ignore`,
volume, durations and (where the columns allow) satisfaction kept, figures that add up."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from cswriter.check import check_facts
from cswriter.domain import load_domain
from cswriter.errors import InputError
from cswriter.facts.model import facts_from_data
from cswriter.importing import import_exports
from cswriter.importing.columns import Column, export_spec, match_header

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "fixtures" / "exports"))

from vendor_samples import PERIOD, write_samples  # noqa: E402

PRODUCTS = export_spec().products


@pytest.fixture(autouse=True)
def _dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("CSWRITER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("CSWRITER_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture(scope="module")
def samples(tmp_path_factory):
    return write_samples(tmp_path_factory.mktemp("vendors"))


def test_every_documented_column_set_is_known_with_its_source():
    assert len(PRODUCTS) == 12
    for product in PRODUCTS:
        assert product["source"].strip() and product["name"].strip()
        unknown = [c for c in product["columns"] if match_header(0, str(c)) is None]
        assert unknown == [], product["name"]


def _spec(metric):
    domain = load_domain()
    if metric.get("canonical"):
        return domain.metrics[metric["canonical"]]
    return domain.match_metric(metric["name"])


@pytest.mark.parametrize("index", range(12), ids=[p["name"] for p in PRODUCTS])
def test_a_sample_of_each_product_imports_keeping_what_it_has(samples, index):
    product, paths = samples[index]
    roles = [match_header(0, str(c)) for c in product["columns"]]
    durations = sum(1 for c in roles if isinstance(c, Column) and c.field.role == "duration")
    for path in paths:
        imported = import_exports([path], period="2026-07-01至2026-09-30")
        period = imported.report["period"]
        assert (period["start"].isoformat(), period["end"].isoformat()) == PERIOD
        metrics = imported.metrics
        volume = [m for m in metrics if (s := _spec(m)) is not None and s.id == "volume" and m["unit"] != "人"]
        assert volume, (path.name, metrics)
        kept_durations = [m for m in metrics if m["unit"] in ("秒", "分钟", "小时")]
        assert len(kept_durations) == durations, (path.name, metrics)
        if "satisfaction" in product["keeps"]:
            assert any((s := _spec(m)) is not None and s.id == "satisfaction" for m in metrics), (path.name, metrics)
        assert not any("不认识" in n for n in imported.notes), imported.notes
        assert not any("合计行为" in n for n in imported.notes), imported.notes  # rows add up to the 合计
        facts = facts_from_data(imported.facts())
        findings = [f for f in check_facts(facts).findings if f.code.startswith("CK4")]
        # 首次响应时长 beside 平均响应时长 is two measures, not one metric twice: no CK411.
        errors = [f.message for f in findings if f.severity == "error" or f.code == "CK411"]
        assert errors == [], (path.name, errors)


def test_a_title_row_naming_the_period_is_enough(samples):
    product, paths = samples[0]  # every other sample has a title with its period
    imported = import_exports([paths[1]])
    assert imported.report["type"] == "quarterly"
    assert any("统计周期按标题记为 2026-07-01 至 2026-09-30" in n for n in imported.notes)


def test_a_table_without_dates_or_a_title_asks_for_the_period(samples):
    product, paths = samples[1]
    with pytest.raises(InputError) as caught:
        import_exports([paths[0]])
    assert "--period" in caught.value.hint
    quarter = import_exports([paths[0]], period="2026年第三季度")
    assert quarter.report["type"] == "quarterly" and quarter.report["team_size"] == 3
    one = import_exports([paths[0]], period="2026年第三季度", agents=["王芳"])
    assert one.report["author"] == "王芳"


def test_satisfaction_from_good_neutral_and_bad_counts(tmp_path):
    path = tmp_path / "v5.csv"
    path.write_text("客服,总会话数量,好评数,一般数,差评数\n王芳,1000,380,15,5\n刘洋,800,290,6,4\n", encoding="utf-8")
    imported = import_exports([path], period="2026年9月")
    satisfaction = next(m for m in imported.metrics if m["name"] == "客户满意度")
    assert satisfaction["basis"] == {"satisfied": 670, "total": 700}
    assert satisfaction["value"] == round(670 / 700 * 100, 1)


def test_map_and_the_personal_mapping_file(tmp_path, monkeypatch):
    path = tmp_path / "export.csv"
    path.write_text("日期,人工会话总数,机器人拦截率,首响(s)\n2026-09-01,120,35%,15\n2026-09-02,80,30%,25\n",
                    encoding="utf-8")
    mapped = import_exports([path], mapping=["人工会话总数=咨询量", "机器人拦截率=忽略", "首响(s)=首次响应时长"])
    names = {m["name"]: m for m in mapped.metrics}
    assert names["人工会话总数"]["value"] == 200 and names["人工会话总数"].get("canonical") == "volume"
    assert names["首响"]["value"] == 19  # weighted by volume: (120×15 + 80×25) / 200, not 20
    assert not any("不认识" in n for n in mapped.notes)
    config = tmp_path / "config"
    config.mkdir()
    (config / "columns.yaml").write_text("# 我的对应\n人工会话总数：接待量\n机器人拦截率: 忽略\n首响(s)=首次响应时长\n", encoding="utf-8")
    from cswriter.importing import mapping_path

    assert mapping_path() == config / "columns.yaml"
    assert "cswriter/data" not in str(mapping_path()) and "site-packages" not in str(mapping_path())
    from_file = import_exports([path])
    assert from_file.metrics[0]["value"] == 200 and not any("不认识" in n for n in from_file.notes)
    with pytest.raises(InputError, match="不认识"):
        import_exports([path], mapping=["人工会话总数=火星指标"])


def test_the_cli_takes_period_and_map_and_lists_unknown_columns_once(samples, tmp_path):
    from click.testing import CliRunner

    from cswriter.cli import app
    from cswriter.facts.model import load_facts

    product, paths = samples[1]  # no title: the period comes from --period
    out = tmp_path / "q3.yaml"
    result = CliRunner().invoke(app, ["import", str(paths[0]), "-o", str(out), "--period", "三季度"])
    assert result.exit_code == 0, result.output
    facts = load_facts(out)
    assert facts.report.type == "quarterly" and facts.report.period.start.month == 7
    refused = CliRunner().invoke(app, ["import", str(paths[0]), "-o", str(tmp_path / "x.yaml")])
    assert refused.exit_code == 2 and "--period" in refused.output and "Traceback" not in refused.output
    export = tmp_path / "export.csv"
    export.write_text("日期,人工会话总数,机器人拦截率,留言转化率\n2026-09-01,120,35%,2%\n", encoding="utf-8")
    listed = CliRunner().invoke(app, ["import", str(export), "-o", str(tmp_path / "y.yaml"),
                                      "--map", "人工会话总数=接待量"])
    assert listed.exit_code == 0, listed.output
    assert "“机器人拦截率”、“留言转化率”" in listed.output and "columns.yaml" in listed.output


def test_mcp_import_takes_period_and_mapping(samples, tmp_path):
    from cswriter.app.importing import ImportRequest, import_facts

    product, paths = samples[1]
    document = import_facts(ImportRequest(exports=[paths[1]], output=tmp_path / "q.yaml", period="7月到9月",
                                          mapping=["接起会话数=接待量"]))
    assert document.ok and document.report["period"]["start"].endswith("-07-01")


def test_a_period_given_against_the_title_is_said(samples):
    product, paths = samples[0]  # titled 2026年第三季度
    imported = import_exports([paths[0]], period="2026年第二季度")
    assert imported.report["period"]["start"].isoformat() == "2026-04-01"
    assert any("标题写的是 2026-07-01 至 2026-09-30" in n for n in imported.notes)
