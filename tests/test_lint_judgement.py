"""Issue 10: the linter judges the sentence before the words, reads words in their sense,
sees scope and backing, tells plans apart, and reads traditional characters."""

from __future__ import annotations

import pytest

from cswriter.lint import lint_text


def codes(text: str, path: str = "draft.txt") -> list[str]:
    return [f.code for f in lint_text(text, path=path) if f.code[:3] in ("CS1", "CS2", "CS3")]


# Sentences that state no result, plan or self-evaluation of the writer: their words are
# not checked. Each is paired below with a claim made of the same words, which still is.
NOT_CLAIMS = [
    "二、核心能力提升\n全年处理工单12,000件。",                      # numbered heading
    "本报告全面回顾了本人2025年的工作实践。",                          # the report itself
    "下面将上一年度需要改进的地方总结如下：",                          # the report itself
    "作为客服主管，我全面负责团队的日常管理和培训。",                  # duty line
    "接到用户来电时，要先向用户致歉，可以声明“我帮您找一个最近的网点”。",  # instruction
    "客服需要根据用户的问题进行解答，对于一些常见问题可以事先准备模板。",  # instruction
    "假如回复慢了，客户很可能就流失了。",                              # hypothetical
    "不少人以为客服工作很简单，其实不然。",                            # others' opinion
    "柜面有时会听到客户埋怨：“你们公司讲不讲信誉啊！”",                # habitual, quoted
]

CLAIMS = [
    "本季度客户满意度显著提升。",
    "我全面优化了团队的培训流程。",
    "我们将加强培训，提升服务效率。",
    "很多客户对新版流程不熟悉。",
    "客户咨询量一直很大。",
]


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_not_a_claim_is_not_checked(text: str) -> None:
    assert codes(text) == []


@pytest.mark.parametrize("text", CLAIMS)
def test_the_writers_claims_still_are(text: str) -> None:
    assert codes(text)


@pytest.mark.parametrize("text", [
    "我们与三家快递公司建立了长期合作关系，覆盖全部发货量。",   # 长期 as an attribute
    "现有系统只支持3个月数据回溯，影响服务深度。",               # 深度 as a noun
    "工作中经常会遇到客户询问物流信息。",                         # habitual 会
    "我比较了两种排班方案的接通率，选定了B方案。",               # 比较 as a verb
    "第三部分是下一年度计划的时间表。",                           # 部分 as a section
    "我们把理赔进度改为主动告知客户，回访由人工改为主动外呼。",   # 为 + 主动, no 为主
    "夜班骨干作为主力坐席，承担了六成的夜间来电。",               # 为 + 主力
])
def test_word_senses_that_are_not_vague(text: str) -> None:
    found = [f for f in lint_text(text) if f.code in ("CS101", "CS102", "CS103", "CS201")]
    assert found == [], [(f.code, f.match) for f in found]


def test_negated_praise_is_not_self_praise() -> None:
    assert "CS201" not in codes("这些小细节没能做到很完美。")
    assert "CS201" in codes("这些细节我都处理得很完美。")


def test_scope_given_by_an_enumeration_or_examples() -> None:
    assert "CS102" not in codes("日常工作包括接听热线、处理在线工单、回访投诉客户等多个环节。")
    assert "CS102" not in codes("本月遇到一些系统问题，比如登录超时、页面卡顿、短信延迟。")
    assert "CS102" in codes("本月多个环节存在问题。")


@pytest.mark.parametrize("text", [
    "我为客户提供了退换货操作指引。",                  # 提 inside 提供
    "通过标准化转交模板，将协作效率提升40%。",         # 将 meaning 把, a result
    "每天晨会后我会先处理紧急工单。",                  # habitual 会
    "我在工作中提出改进意见和建议，均被采纳。",        # the noun 建议
])
def test_not_a_plan(text: str) -> None:
    assert not {"CS302", "CS303"} & set(codes(text))


def test_a_plan_is_still_a_plan() -> None:
    assert "CS302" in codes("下季度我会加强新人培训。")
    assert "CS302" in codes("下半年要把好评率再往上提一提。")


def test_traditional_characters_are_read_with_original_offsets() -> None:
    text = "本季度客戶滿意度顯著提升。"
    found = [f for f in lint_text(text) if f.code == "CS101"]
    assert found and found[0].match == "顯著" and text[found[0].offset:found[0].end_offset] == "顯著"
    assert found[0].column == 9


def test_recall_shapes() -> None:
    assert "CS309" in codes("夜间服务覆盖率提升至100%。")
    assert "CS309" not in codes("夜间服务覆盖率从82%提升至100%。")
    assert "CS310" in codes("NPS提升带来复购率+6.8%。")
    assert "CS311" in codes("单日来电量创历史新高。")
    assert "CS210" in codes("作为客服人员要有足够的耐心。")
    assert "CS307" in codes("本年度投诉处理及时率优于行业平均水平。")
    assert "CS304" in codes("员工占比从62%提升到79%，离职率下降5.3个百分点。")


def test_list_numbering_is_not_a_figure() -> None:
    assert "CS301" in codes("1. 人员培训不足，客服团队的专业素质虽然得到了提高，仍有差距。")


def test_parts_without_facts_reported_with_the_sum() -> None:
    found = [f for f in lint_text("全年共收到投诉401件，其中217件、126件、38件。") if f.code == "CS403"]
    assert found and "381件" in found[0].message and "401件" in found[0].message


def test_long_text_without_punctuation_keeps_findings_small() -> None:
    # A "sentence" of the whole text: each finding shows a window, not the whole text.
    text = "本季度客户满意度显著提升" * 2000
    found = lint_text(text)
    assert found and max(len(f.sentence) for f in found) <= 400


def test_bullet_items_without_full_stops_are_checked() -> None:
    assert "CS101" in codes("- 客户满意度显著提升\n- 投诉量下降12%\n")


def test_the_teams_own_plan_is_not_a_general_instruction() -> None:
    assert "CS302" in codes("客服中心要进一步加强培训。")
    assert "CS201" in codes("本人工作认真负责，是同事们公认的业务骨干。")


def test_pinyin_annotations_and_zero_width_characters_do_not_hide_words() -> None:
    text = "部門員工齊心協(xié)力，客戶滿意度顯\u200b著提升。"
    found = {f.code: f for f in lint_text(text)}
    assert found["CS104"].match == "齊心協(xié)力"
    assert found["CS101"].match == "顯\u200b著"
    assert text[found["CS104"].offset:found["CS104"].end_offset] == "齊心協(xié)力"
    # a parenthesis that is not a pinyin syllable is left alone
    assert "CS502" in {f.code for f in lint_text("客户满意度(CSAT)达到95%。")}


def test_a_claim_before_a_closing_lead_in_is_still_checked() -> None:
    assert "CS104" in codes("全年工作取得了一定的成绩，现将一年来工作情况总结如下：")


def test_a_summing_up_after_listed_values_is_backed() -> None:
    assert codes("一至四季度满意度依次为88.1%、89.6%、90.2%、91.0%，整体稳步上升。") == []
    # one figure about another metric backs nothing
    assert "CS101" in codes("全年处理工单1,200件，投诉38件，整体服务质量显著提升。")


def test_a_table_cell_takes_its_baseline_from_the_column_header() -> None:
    # The drafts' comparison tables put the baseline in the header (较去年变化) and the change
    # in the cell; a reader of the table knows what 增长15.2% is compared with.
    table = ("| 指标 | 本期 | 去年 | {header} |\n"
             "| --- | --- | --- | --- |\n"
             "| 咨询处理量 | 125,380件 | 108,840件 | 增长15.2% |\n"
             "| 问题解决率 | 98.5% | 97.3% | 提升1.2个百分点 |\n")
    assert "CS304" not in codes(table.format(header="较去年变化"))
    assert codes(table.format(header="变化")).count("CS304") == 2
    # Prose after the table is still asked for its baseline.
    assert "CS304" in codes(table.format(header="较去年变化") + "\n投诉量下降22%。")
