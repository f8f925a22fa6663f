"""Reviews 146 and 147 (blind rounds 35 and 36): what a supervisor reading the draft read wrong,
fixed in session 58. Each test states, on facts of its own, what that reader would notice."""

from __future__ import annotations

from test_report_blind1 import _cache_dir, _draft  # noqa: F401  (_cache_dir: autouse)
from test_report_blind11 import _section

MONTH = {"type": "monthly", "period": {"start": "2026-11-01", "end": "2026-11-30"}, "author": "钟晴",
         "role": "热线客服专员", "team": "热线组", "duties": "接听用户热线，处理退费工单", "channels": ["用户热线"]}
CALLS = {"name": "来电接听量", "value": 1280, "unit": "通", "previous": 1190}
SOLVED = {"name": "一次解决率", "value": 81.2, "unit": "%", "target": 84, "previous": 80.5}


def test_a_plan_with_a_metric_and_no_target_says_how_its_effect_is_followed():
    # review 146 (a): …，衡量指标为退款工单当日办结率，2026年11月15日前完成 read as a form field pasted in
    plans = [{"action": "申请退费审核由每天两批改成每天四批", "metric": "退费工单当日办结率",
              "deadline": "2026-12-15"}]
    _, _, md = _draft(MONTH, metrics=[CALLS, SOLVED], plans=plans)
    body = _section(md, "计划")
    assert "2026年12月15日前完成，之后跟踪退费工单当日办结率的变化" in body
    assert "衡量指标" not in md


def test_a_plan_whose_action_names_its_metric_does_not_name_it_again():
    # review 146 (a): 推动日均接听量回到57通（3月水平），衡量指标为话务接听量 named the measure twice
    plans = [{"action": "推动日均接听量回到57通", "metric": "来电接听量", "deadline": "2026-12-31"}]
    _, _, md = _draft(MONTH, metrics=[CALLS, SOLVED], plans=plans)
    body = _section(md, "计划")
    assert "回到57通，2026年12月31日前完成。" in body
    assert "跟踪来电接听量" not in body
