"""Numbers in Chinese customer-service reports: what `find_numbers` reads, and how.

Sentences are taken from, or modelled on, the seed reports (shared/seeds), so each table
row is also an example of the API.
"""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from helpers import examples

from cswriter.text.numbers import (
    KINDS,
    LineIndex,
    NumberMention,
    find_numbers,
    line_col,
    metric_numbers,
)


def spans(text: str) -> list[tuple[str, float, str, str]]:
    return [(n.text, n.value, n.unit, n.kind) for n in find_numbers(text)]


def only(text: str) -> NumberMention:
    found = find_numbers(text)
    assert len(found) == 1, found
    return found[0]


# --------------------------------------------------------------------------------------
# Figures with their units and kinds.

@pytest.mark.parametrize("sentence, expected", [
    ("全年累计处理各类客户咨询工单125,380件,平均每日处理量达343件",
     [("125,380件", 125380, "件", "count"), ("343件", 343, "件", "count")]),
    ("客户咨询处理总量达125，380件,完成年度计划的112.6%",
     [("125，380件", 125380, "件", "count"), ("112.6%", 112.6, "%", "percent")]),
    ("问题解决率稳定在98.5%,较去年提升1.2个百分点",
     [("98.5%", 98.5, "%", "percent"), ("1.2个百分点", 1.2, "个百分点", "points")]),
    ("转化率达18%,高于平台平均转化率5百分点",
     [("18%", 18, "%", "percent"), ("5百分点", 5, "个百分点", "points")]),
    ("员工离职率低于行业平均两个百分点",
     [("两个百分点", 2, "个百分点", "points")]),
    ("客户满意度达到９５．２％", [("９５．２％", 95.2, "%", "percent")]),
    ("本月共接听来电１２３通", [("１２３通", 123, "通", "count")]),
    ("满意度约为百分之八十五", [("约为百分之八十五", 85, "%", "percent")]),
    ("首次解决率达到百分之12.5的增幅", [("百分之12.5", 12.5, "%", "percent")]),
    ("三分之一的投诉集中在物流延迟", [("三分之一", 100 / 3, "%", "percent")]),
    ("投诉升级率控制在千分之三", [("千分之三", 0.3, "%", "percent")]),
    ("近八成客户给出好评", [("近八成", 80, "%", "percent")]),
    ("全年服务客户两万五千多位", [("两万五千多位", 25000, "位", "count")]),
    ("累计回访客户一百零五人", [("一百零五人", 105, "人", "count")]),
    ("组织专题培训十二次", [("十二次", 12, "次", "count")]),
    ("线上咨询量1.2万", [("1.2万", 12000, "", "plain")]),
    ("全年处理工单12.5万件", [("12.5万件", 125000, "件", "count")]),
    ("大促期间日均接待3千人次", [("3千人次", 3000, "人次", "count")]),
    ("参加资格培训24学时", [("24学时", 24, "学时", "count")]),
    ("成交金额达580万元", [("580万元", 5_800_000, "元", "money")]),
    ("为客户挽回损失¥1,200", [("¥1,200", 1200, "元", "money")]),
    ("工作效率提升两倍,高峰期接待量为平时的1.5倍",
     [("两倍", 2, "倍", "multiple"), ("1.5倍", 1.5, "倍", "multiple")]),
    ("客户满意度评分达到4.8分,投诉处理平均时长为30分钟,客户咨询量达到1200次",
     [("4.8分", 4.8, "分", "score"), ("30分钟", 30, "分钟", "duration"),
      ("1200次", 1200, "次", "count")]),
    ("年度满意度得分为95.2分(满分100),较2024年提升3.1分",
     [("95.2分", 95.2, "分", "score"), ("满分100", 100, "满分", "score"),
      ("2024年", 2024, "年", "date"), ("3.1分", 3.1, "分", "score")]),
    ("客户满意度评分维持在4.8/5.0", [("4.8", 4.8, "分", "score"), ("5.0", 5, "满分", "score")]),
    ("服务态度评分4.8分(满分5分)",
     [("4.8分", 4.8, "分", "score"), ("满分5分", 5, "满分", "score")]),
    ("员工技能考核平均分从75分提升至90分(百分制)",
     [("75分", 75, "分", "score"), ("90分", 90, "分", "score"), ("百分制", 100, "满分", "score")]),
    ("推动关键服务节点响应时效缩短至平均2.1分钟",
     [("2.1分钟", 2.1, "分钟", "duration")]),
    ("主动放弃休假连续工作72小时", [("72小时", 72, "小时", "duration")]),
    ("售后问题处理时长平均为1.2个工作日", [("1.2个工作日", 1.2, "工作日", "duration")]),
    ("新员工独立上岗周期从45天缩短至30天",
     [("45天", 45, "天", "duration"), ("30天", 30, "天", "duration")]),
    ("客户留存周期平均为18个月", [("18个月", 18, "个月", "duration")]),
    ("平均响应时长28秒", [("28秒", 28, "秒", "duration")]),
    ("培训为期两周", [("两周", 2, "周", "duration")]),
    ("平均会话时长4分30秒,较行业平均水平缩短1分15秒",
     [("4分30秒", 270, "秒", "duration"), ("1分15秒", 75, "秒", "duration")]),
    ("单次通话最长持续1小时20分钟", [("1小时20分钟", 80, "分钟", "duration")]),
    ("复杂工单平均处理一个半小时", [("一个半小时", 1.5, "小时", "duration")]),
    ("高峰期咨询量达到1000次/小时", [("1000次/小时", 1000, "次/小时", "count")]),
    ("同比下降-3.2%,环比+1.5%", [("-3.2%", -3.2, "%", "percent"), ("+1.5%", 1.5, "%", "percent")]),
    ("违规投诉率为0", [("0", 0, "", "plain")]),
    ("客户好评率与响应时长的相关系数为0.8", [("0.8", 0.8, "", "plain")]),
    ("涵盖常见问题解答200+条", [("200+条", 200, "条", "count")]),
    ("订单320笔,覆盖业主320户,组织会议12场,处理8类场景",
     [("320笔", 320, "笔", "count"), ("320户", 320, "户", "count"),
      ("12场", 12, "场", "count"), ("8类", 8, "类", "count")]),
])
def test_figures(sentence: str, expected: list[tuple[str, float, str, str]]) -> None:
    got = spans(sentence)
    assert [(t, u, k) for t, _, u, k in got] == [(t, u, k) for t, _, u, k in expected]
    for (_, value, _, _), (_, want, _, _) in zip(got, expected):
        assert value == pytest.approx(want)


@pytest.mark.parametrize("sentence, expected", [
    # A comma groups digits only before exactly three digits and a non-digit.
    ("各渠道工单分别为217,126,38件", [("217", "plain"), ("126", "plain"), ("38件", "count")]),
    ("共处理125,380件", [("125,380件", "count")]),
    ("本周投诉12,环比下降", [("12", "plain")]),
    ("来电1,234,567通", [("1,234,567通", "count")]),
])
def test_thousands_separators(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(n.text, n.kind) for n in find_numbers(sentence)] == expected


# --------------------------------------------------------------------------------------
# Ranges, approximations and precision.

@pytest.mark.parametrize("sentence, text, value, high, unit, kind", [
    ("退款一般在3-5天内到账", "3-5天", 3, 5, "天", "duration"),
    ("预计3~5天完成", "3~5天", 3, 5, "天", "duration"),
    ("回访周期为3至5天", "3至5天", 3, 5, "天", "duration"),
    ("三到五个工作日内给出答复", "三到五个工作日", 3, 5, "工作日", "duration"),
    ("行业优秀水平为85%-90%", "85%-90%", 85, 90, "%", "percent"),
    ("解决率目标85%~90%", "85%~90%", 85, 90, "%", "percent"),
    ("平均年度处理咨询10000-35000次", "10000-35000次", 10000, 35000, "次", "count"),
    ("行业优秀水平为4.7-4.9/5.0", "4.7-4.9", 4.7, 4.9, "分", "score"),
    ("每天七八个投诉", "七八个", 7, 8, "个", "count"),
])
def test_ranges(sentence: str, text: str, value: float, high: float, unit: str,
                kind: str) -> None:
    n = find_numbers(sentence)[0]
    assert (n.text, n.value, n.high, n.unit, n.kind) == (text, value, high, unit, kind)


@pytest.mark.parametrize("sentence, expected", [
    # Different units, or a falling pair, are two figures rather than a range.
    ("响应时间从15分钟至1小时不等", [("15分钟", None), ("1小时", None)]),
    ("投诉率由5%至3%", [("5%", None), ("3%", None)]),
    ("评分4.9-4.7/5.0", [("4.9", None), ("4.7", None), ("5.0", None)]),
])
def test_not_ranges(sentence: str, expected: list[tuple[str, float | None]]) -> None:
    assert [(n.text, n.high) for n in find_numbers(sentence)] == expected


@pytest.mark.parametrize("sentence, text, approximate", [
    ("全年处理工单约125,380件", "约125,380件", True),
    ("日均工单约8.7件", "约8.7件", True),
    ("累计服务客户两万五千多位", "两万五千多位", True),
    ("客户等待时长超过10秒时流失率上升", "超过10秒", True),
    ("会员活跃度提升近20%", "近20%", True),
    ("逾300位客户参与调研", "逾300位", True),
    ("大约30分钟左右", "大约30分钟左右", True),
    ("高峰期问题解决率维持在85%以上", "85%以上", True),
    ("离职率控制在5%以内", "5%以内", True),
    ("投诉率不足1%", "不足1%", True),
    ("1万多件咨询", "1万多件", True),
    ("成交额一百多万元", "一百多万元", True),
    ("全年累计处理工单125,380件", "125,380件", False),
    ("3-5天", "3-5天", False),
    # 近 before a duration names a recent period, not an approximation.
    ("近3个月投诉量持续下降", "3个月", False),
    ("最近一年", "一年", False),
    # 约 that ends a word (预约, 节约) says nothing about the figure after it.
    ("安装预约25%", "25%", False),
    ("节约用纸30%", "30%", False),
    # … also when the 约 begins a longer prefix (预约有 is not 约有) or ends another such word
    ("本月预约有4680人", "4680人", False),
    ("客户改约45件", "45件", False),
    ("预约约有4680人", "约有4680人", True),
    ("附近约有300户", "约有300户", True),
])
def test_approximate(sentence: str, text: str, approximate: bool) -> None:
    n = find_numbers(sentence)[0]
    assert (n.text, n.approximate) == (text, approximate)


@pytest.mark.parametrize("text, precision", [
    ("98.5%", 0.1), ("125,380件", 1), ("1.2万", 1000), ("12.5万件", 1000), ("两万五千人", 1000),
    ("两万五人", 1000), ("一百零五人", 1), ("二十人", 10), ("3千人", 1000), ("580万元", 10000),
    ("1.25个百分点", 0.01), ("百分之八十五", 1), ("百分之12.5", 0.1), ("4分30秒", 1),
    ("八成", 10), ("4.8/5.0", 0.1),
])
def test_precision(text: str, precision: float) -> None:
    assert find_numbers(text)[0].precision == pytest.approx(precision)


@pytest.mark.parametrize("text, value", [
    ("两万五千位", 25000), ("两万五位", 25000), ("一百二人", 120), ("三千五百人", 3500),
    ("一万零五人", 10005), ("十万人", 100_000), ("三十万人", 300_000), ("一亿二千万元", 120_000_000),
    ("0.07万元", 700),
    # spoken forms: 两万五, 一百二, 十二万五, 三千零五; 九成五 is 95 %
    ("十二万五千件", 125_000), ("十二万五件", 125_000), ("三千零五件", 3005), ("二〇二五年度", 2025),
    ("1.2万件", 12_000), ("12.5万件", 125_000), ("百分之九十五", 95), ("九成五", 95), ("八成三", 83),
])
def test_chinese_and_scaled_values(text: str, value: float) -> None:
    assert only(text).value == value


# --------------------------------------------------------------------------------------
# Dates and periods are told apart from metrics.

@pytest.mark.parametrize("sentence, expected", [
    ("2025年", [("2025年", "date", "年")]),
    ("2025年8月,公司遭遇系统故障", [("2025年8月", "date", "月")]),
    ("8月咨询量最高", [("8月", "date", "月")]),
    ("8月份咨询量最高", [("8月份", "date", "月")]),
    ("8月15日上线新系统", [("8月15日", "date", "日")]),
    ("6月30日前完成话术手册更新", [("6月30日", "date", "日")]),
    ("2026年6月底前", [("2026年6月底", "date", "月")]),
    ("十一月起执行新流程", [("十一月", "date", "月")]),
    ("2026-06-30前上线", [("2026-06-30", "date", "日")]),
    ("截止日期2025/12/31", [("2025/12/31", "date", "日")]),
    ("发布时间:2026-02-20 08:49:25", [("2026-02-20 08:49:25", "date", "日")]),
    ("较2024年同期增长15.2%", [("2024年", "date", "年"), ("15.2%", "percent", "%")]),
    ("二〇二五年工作总结", [("二〇二五年", "date", "年")]),
    ("截至15日", [("15日", "date", "日")]),
    ("每月5号前提交报表", [("5号", "date", "日")]),
    # A day of the month in a weekly or monthly report: a weekday after it, a day listed
    # beside it, or the day opening its clause with what happened on it.
    ("21日（周六）特展开幕", [("21日", "date", "日")]),
    ("周末，21日、22日的接通率最低", [("21日", "date", "日"), ("22日", "date", "日")]),
    ("18日一所中学的团体预约被重复登记", [("18日", "date", "日")]),
    ("- 11日接待155人次", [("11日", "date", "日"), ("155人次", "count", "人次")]),
    # A cause told by its day: what happened on it follows (是3日内 still counts days).
    ("主要原因是12日大风后会话激增", [("12日", "date", "日")]),
    ("受5日暴雨影响", [("5日", "date", "日")]),
    ("原因是3日内未回访", [("3日", "duration", "天")]),
    ("第二季度达成率112.6%", [("第二季度", "period", "季度"), ("112.6%", "percent", "%")]),
    ("2026年第二季度末", [("2026年第二季度末", "period", "季度")]),
    ("客服团队在2023年Q2的满意度比Q1高12%",
     [("2023年Q2", "period", "季度"), ("Q1", "period", "季度"), ("12%", "percent", "%")]),
    ("上半年指标完成情况", [("上半年", "period", "半年")]),
    ("1-5月累计处理工单5.1万件", [("1-5月", "period", "月"), ("5.1万件", "count", "件")]),
    ("2025年1-5月", [("2025年1-5月", "period", "月")]),
    ("在2025年度,我严格按照岗位职责要求", [("2025年度", "period", "年度")]),
    ("2020-2025年", [("2020-2025年", "period", "年")]),
    ("本人在2025年1月1日至2025年12月31日期间",
     [("2025年1月1日至2025年12月31日", "period", "日")]),
    ("电话支持时间:9:00-18:30", [("9:00-18:30", "period", "时")]),
    # Durations are metrics, not dates.
    ("连续工作72小时", [("72小时", "duration", "小时")]),
    ("实施15分钟快速响应机制", [("15分钟", "duration", "分钟")]),
    ("3个工作日内回复", [("3个工作日", "duration", "工作日")]),
    ("5日内完成整改", [("5日", "duration", "天")]),
    ("7日无理由退货申请12件", [("7日", "duration", "天"), ("12件", "count", "件")]),
    ("退款周期为7日", [("7日", "duration", "天")]),
    ("从业10年", [("10年", "duration", "年")]),
])
def test_dates_and_periods(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(n.text, n.kind, n.unit) for n in find_numbers(sentence)] == expected


@pytest.mark.parametrize("text, value, high, unit", [
    # The value is the number written for the finest unit, so value and unit agree.
    ("1-5月", 1, 5, "月"),
    ("2025年8月", 8, None, "月"),
    ("2025年度", 2025, None, "年度"),
    ("2026-06-30", 30, None, "日"),
    ("10月1日-7日", 1, 7, "日"),
    ("2025年1月1日至2025年12月31日", 1, 31, "日"),
    ("2023年Q2", 2, None, "季度"),
    ("下半年", 2, None, "半年"),
    ("9:00-18:30", 9, 18.5, "时"),
])
def test_date_values(text: str, value: float, high: float | None, unit: str) -> None:
    n = only(text)
    assert (n.value, n.high, n.unit) == (value, high, unit)


# --------------------------------------------------------------------------------------
# Ordinals and list markers.

@pytest.mark.parametrize("text, expected", [
    ("第一,加强话术培训", [("第一", "ordinal", 1)]),
    ("在季度评比中获得第3名", [("第3名", "ordinal", 3)]),
    ("本总结与第10项范文形成互补", [("第10项", "ordinal", 10)]),
    ("第一次解决率提升至85%", [("第一次", "ordinal", 1), ("85%", "percent", 85)]),
    ("1. 工作概述\n2. 工作成果", [("1.", "ordinal", 1), ("2.", "ordinal", 2)]),
    ("1、原创力文档\n2、本站所有内容", [("1、", "ordinal", 1), ("2、", "ordinal", 2)]),
    ("（1）加强培训;（2）优化流程", [("（1）", "ordinal", 1), ("（2）", "ordinal", 2)]),
    ("一、开篇引言\n二、年度工作回顾", [("一、", "ordinal", 1), ("二、", "ordinal", 2)]),
    ("（三）投诉处理", [("（三）", "ordinal", 3)]),
    ("2.1主要工作内容", [("2.1", "ordinal", 2)]),
    ("## 2.2 工作成果与业绩", [("2.2", "ordinal", 2)]),
    ("3.1.2 典型案例", [("3.1.2", "ordinal", 3)]),
    ("关键指标:3. 问题解决率。4. 平均响应时间。",
     [("3.", "ordinal", 3), ("4.", "ordinal", 4)]),
    ("①响应速度 ②解决率", [("①", "ordinal", 1), ("②", "ordinal", 2)]),
    ("服务质量差距模型[^1]", [("[^1]", "ordinal", 1)]),
    # A number at the start of a line is a figure when a unit or digit follows.
    ("2.1分钟内响应", [("2.1分钟", "duration", 2.1)]),
    ("1.5倍于去年", [("1.5倍", "multiple", 1.5)]),
    ("12.5%的客户", [("12.5%", "percent", 12.5)]),
    ("97.8\n94.1", [("97.8", "plain", 97.8), ("94.1", "plain", 94.1)]),
    ("1.2万件工单", [("1.2万件", "count", 12000)]),
])
def test_ordinals(text: str, expected: list[tuple[str, str, float]]) -> None:
    assert [(n.text, n.kind, n.value) for n in find_numbers(text)] == expected


# --------------------------------------------------------------------------------------
# Personal numbers stay whole; identifiers and e-mail addresses hold no figures.

@pytest.mark.parametrize("sentence, text", [
    ("客户手机号13812345678已登记", "13812345678"),
    ("身份证号110101199003077777", "110101199003077777"),
    ("身份证号11010119900307777X", "11010119900307777X"),
    ("银行卡号6222021234567890123", "6222021234567890123"),
    ("银行卡号6222 0212 3456 7890", "6222 0212 3456 7890"),
    ("可拨打举报电话400-050-0827", "400-050-0827"),
    ("联系电话010-12345678", "010-12345678"),
    ("手机138-1234-5678", "138-1234-5678"),
])
def test_personal_numbers_are_one_plain_mention(sentence: str, text: str) -> None:
    n = only(sentence)
    assert (n.text, n.kind, n.unit) == (text, "plain", "")


@pytest.mark.parametrize("sentence", [
    "请发送至service123@example.com或123456@qq.com",
    "详见 https://example.com/report/2025/08 页面",
    "PAGE1 chengzhe02 ISO9001 v2.0 5G网络 7x24",
    "一位客户反映物流延迟",       # 一 before a measure word is an article
    "问题一次性解决率",             # 一次性 is a word, not "once"
    "二次投诉需重点关注",           # 二次 means "repeat"
    "客户对此十分满意",             # 十分 means "very"
    "五一、十一期间咨询量大",       # holidays, not figures
    "统一月度考核口径",
    "一二线城市客户占多数",
])
def test_not_figures(sentence: str) -> None:
    assert metric_numbers(sentence) == []


def test_identifier_does_not_hide_a_following_percentage() -> None:
    assert [n.text for n in find_numbers("满意度CSAT95%")] == ["95%"]


# --------------------------------------------------------------------------------------
# The whole API on one paragraph.

REPORT = (
    "二、年度工作回顾\n"
    "2.1主要工作内容\n"
    "在2025年度,我全年累计处理各类客户咨询工单125,380件,平均每日处理量达343件,"
    "较2024年同期增长15.2%。问题解决率稳定在98.5%,较去年提升1.2个百分点;"
    "客户满意度评分维持在4.8/5.0。计划于2026年6月30日前将平均响应时长缩短至30秒以内。"
)


def test_metric_numbers_leave_out_dates_periods_and_ordinals() -> None:
    assert [n.text for n in metric_numbers(REPORT)] == [
        "125,380件", "343件", "15.2%", "98.5%", "1.2个百分点", "4.8", "5.0", "30秒以内"]
    assert [n.kind for n in find_numbers(REPORT) if n.kind in ("date", "period", "ordinal")] == [
        "ordinal", "ordinal", "period", "date", "date"]


def test_offsets_count_characters() -> None:
    for n in find_numbers(REPORT):
        assert REPORT[n.start:n.end] == n.text
    n = find_numbers("处理工单125,380件")[0]
    assert (n.start, n.end) == (4, 12)


def test_mentions_are_frozen() -> None:
    n = only("98.5%")
    with pytest.raises(AttributeError):
        n.value = 1  # type: ignore[misc]


# --------------------------------------------------------------------------------------
# Positions.

def test_line_index() -> None:
    text = "第一行\n客户满意度95.2%\r\n\n末行"
    index = LineIndex(text)
    assert index.line_col(0) == (1, 1)
    assert index.line_col(text.index("95.2")) == (2, 6)
    assert index.line_col(text.index("末")) == (4, 1)
    assert index.line_col(len(text)) == (4, 3)
    assert line_col(text, 3) == (1, 4)  # the newline itself closes line 1
    with pytest.raises(ValueError):
        index.line_col(len(text) + 1)


@given(st.text(alphabet="客户a\n\r 1", max_size=60), st.data())
def test_line_index_matches_counting(text: str, data: st.DataObject) -> None:
    offset = data.draw(st.integers(0, len(text)))
    before = text[:offset]
    expected = (before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1)
    assert LineIndex(text).line_col(offset) == expected


# --------------------------------------------------------------------------------------
# Properties.

@given(st.integers(min_value=1000, max_value=10**12))
def test_separated_integers_round_trip(n: int) -> None:
    for sentence in (f"全年处理工单{n:,}件", f"全年处理工单{n:,}件".replace(",", "，")):
        m = only(sentence)
        assert (m.value, m.unit, m.kind, m.precision) == (n, "件", "count", 1)


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=0, max_value=9))
def test_decimal_percentages_round_trip(whole: int, tenth: int) -> None:
    m = only(f"解决率为{whole}.{tenth}%")
    assert (m.value, m.kind, m.precision) == (float(f"{whole}.{tenth}"), "percent", 0.1)


_CN_DIGIT_CHARS = "零一二三四五六七八九"


def _to_chinese(n: int) -> str:
    """Standard written form: 105 → 一百零五, 25000 → 二万五千, 12 → 十二."""
    def below_10k(k: int) -> str:
        out, zero = "", False
        for unit, size in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
            d, k = divmod(k, size)
            if d:
                if zero and out:
                    out += "零"
                out += _CN_DIGIT_CHARS[d] + unit
                zero = False
            else:
                zero = True
        return out
    high, low = divmod(n, 10_000)
    text = below_10k(high) + "万" if high else ""
    if low:
        text += ("零" if high and low < 1000 else "") + below_10k(low)
    return text[1:] if 10 <= n < 20 else text  # 十二, not 一十二


@given(st.integers(min_value=2, max_value=99_999_999))
def test_chinese_numerals_round_trip(n: int) -> None:
    m = only(f"累计处理工单{_to_chinese(n)}件")
    assert (m.value, m.kind) == (n, "count")


_RELEVANT = list("0123456789０１２,.，．%％-~～至到年月日号第一二两三十百千万亿个件次分钟秒天小时"
                 "约多余左右以上个百分点倍元/满Q:：（）()、。\n 　#①X@aZ_+¥半季度上下工作")


@settings(max_examples=examples(300))
@given(st.one_of(st.text(alphabet=_RELEVANT, max_size=80), st.text(max_size=80)))
def test_find_numbers_never_fails_and_spans_are_sound(text: str) -> None:
    found = find_numbers(text)
    last_end = 0
    for n in found:
        assert last_end <= n.start < n.end <= len(text)
        assert text[n.start:n.end] == n.text
        assert n.kind in KINDS
        assert n.precision > 0
        if n.high is not None and n.kind not in ("date", "period", "ordinal"):
            assert n.high >= n.value
        last_end = n.end
    assert metric_numbers(text) == [n for n in found
                                    if n.kind not in ("date", "period", "ordinal")]


def test_adversarial_inputs_take_linear_time() -> None:
    inputs = ["一二三四五六七八九十" * 1000, "1" * 10_000, "1," * 5000, "1-" * 5000, " " * 10_000,
              "第一二三四五六七八九十百千万亿" * 600, "%1" * 5000, "4.8/" * 2500, "abc1d" * 2000]
    started = time.perf_counter()
    for text in inputs:
        find_numbers(text)
    assert time.perf_counter() - started < 2.0


def test_a_digit_after_cheng_is_a_tenth_only_when_it_starts_no_figure_of_its_own() -> None:
    assert [(n.text, n.value) for n in find_numbers("九成五的客户")] == [("九成五", 95)]
    assert [(n.text, n.value) for n in find_numbers("九成五个客户")] == [("九成", 90), ("五个", 5)]


@pytest.mark.parametrize("text, value, unit, kind", [
    ("12万5千件", 125000, "件", "count"),
    ("1万2千件", 12000, "件", "count"),
    ("共1万2", 12000, "", "plain"),
    ("3万5000件", 35000, "件", "count"),
    ("百分之百", 100, "%", "percent"),
    ("廿三件", 23, "件", "count"),
    ("卅件", 30, "件", "count"),
    ("两成半", 25, "%", "percent"),
    ("翻了一番", 2, "倍", "multiple"),
    ("翻两番", 4, "倍", "multiple"),
    ("三点二分钟", 3.2, "分钟", "duration"),
    ("百分之九十八点五", 98.5, "%", "percent"),
    ("提升了一点二个百分点", 1.2, "个百分点", "points"),
    ("占全部投诉的一半以上", 50, "%", "percent"),
    ("半数以上的客户", 50, "%", "percent"),
])
def test_forms_people_type_are_read_as_one_figure(text, value, unit, kind):
    [n] = find_numbers(text)
    assert (n.value, n.unit, n.kind) == (value, unit, kind)


def test_a_point_without_digits_is_no_decimal():
    assert find_numbers("这一点很重要，下午三点开会，服务提升了一点。") == []


def test_a_month_after_wan_is_a_date_and_a_third_is_read_to_a_point():
    assert [(n.text, n.kind) for n in find_numbers("1万2月份")] == [("1万", "plain"), ("2月份", "date")]
    [third] = find_numbers("三分之一")
    assert round(third.value, 1) == 33.3 and third.precision == 1


def test_half_is_no_half_day_or_part_of_a_larger_numeral() -> None:
    assert [(n.text, n.unit) for n in find_numbers("用了一半天")] == [("半天", "天")]
    assert [(n.text, n.value) for n in find_numbers("缩短了一半")] == [("一半", 50)]


def test_more_than_half_is_a_bounded_half_and_time_past_half_is_no_figure() -> None:
    [half] = find_numbers("投诉中过半来自派送延误")
    assert (half.text, half.value, half.unit, half.approximate) == ("过半", 50, "%", True)
    assert find_numbers("经过半年的努力，全年过半") == []
