"""CS404 on a draft's own table and plans (blind round 12): the cells of one metrics row and a
plan's 目前为… are no parts of one whole; shares in prose still add up."""

from __future__ import annotations

from cswriter.lint import lint_text


def _codes(text: str) -> list[str]:
    return [f.code for f in lint_text(text)]


def test_a_share_metrics_row_is_not_summed_across_its_columns():
    text = ("| 指标 | 本期 | 目标 | 达成情况 | 项目启动前 |\n| --- | --- | --- | --- | --- |\n"
            "| 线上挂失占比 | 47.3% | 60% | 低于目标12.7个百分点 | 0% |\n")
    assert "CS404" not in _codes(text)


def test_a_plans_current_level_is_the_same_share_not_a_second_part():
    text = "计划2026年12月31日前让线上挂失占比达到60%（目前为47.3%）。"
    assert "CS404" not in _codes(text)


def test_shares_of_one_whole_in_prose_that_pass_100_are_still_reported():
    assert "CS404" in _codes("咨询类型中产品使用指导占比48%，技术故障排除占比37%，退换货办理占比21%。")
    assert "CS404" in _codes("线上挂失占比达到60%，电话挂失占比47.3%。")
