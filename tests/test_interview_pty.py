"""`cswriter interview` driven as a person would, in a pseudo-terminal (pexpect).

Each test starts the installed command, answers its questions, and then reads the facts
file back with `load_facts` / `check_facts`, the way every later stage will.
"""

from __future__ import annotations

import os
import re
import signal
import sys
import time
from datetime import date
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")

from cswriter.check import check_facts  # noqa: E402
from cswriter.facts.model import load_facts  # noqa: E402
from cswriter.facts.template import render_template  # noqa: E402

pytestmark = [pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal"),
              pytest.mark.slow]  # every test here drives a terminal

TIMEOUT = 60  # generous: the machine may be loaded; a passing test never waits this long
WEEK = "2026-11-16 至 2026-11-22"


def _command() -> tuple[str, list[str]]:
    script = Path(sys.executable).with_name("cswriter")
    if script.exists():
        return str(script), ["interview"]
    return sys.executable, ["-m", "cswriter", "interview"]


def spawn(*args: str, cwd: Path) -> pexpect.spawn:
    program, base = _command()
    # TERM=dumb: rich writes no colour codes, so expected text is matched as printed.
    env = {**os.environ, "TERM": "dumb", "NO_COLOR": "1", "COLUMNS": "250"}
    # Ctrl-C must reach the child even when pytest itself runs with SIGINT ignored (started as
    # a background job by a non-interactive shell): an ignored signal survives exec.
    child = pexpect.spawn(program, base + list(args), cwd=str(cwd), env=env, encoding="utf-8",
                          timeout=TIMEOUT, dimensions=(50, 250),
                          preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    return child


def answer(child: pexpect.spawn, question: str, text: str) -> None:
    """Wait for a question (a regex), then for the input prompt, and type the answer."""
    child.expect(question)
    child.expect("> ")
    child.sendline(text)


def finish(child: pexpect.spawn) -> int:
    """Decline the outline and the draft at the hand-off; return the exit status."""
    answer(child, "查看提纲", "n")
    index = child.expect(["起草全文吗", "起草全文[:：]", pexpect.EOF])
    if index == 0:
        child.expect("> ")
        child.sendline("n")
    child.expect(pexpect.EOF)
    child.close()
    return child.exitstatus


def weekly_file(tmp_path: Path, name: str = "周报.yaml") -> Path:
    """A fresh weekly template with a fixed period (what `cswriter init --type weekly` writes)."""
    path = tmp_path / name
    text = render_template("weekly", "客服专员", today=date(2026, 11, 20))
    path.write_text(text, encoding="utf-8")
    return path


def test_a_full_weekly_interview_from_nothing_gives_a_file_that_passes_check(tmp_path: Path) -> None:
    path = tmp_path / "我的周报.yaml"
    child = spawn(str(path.name), cwd=tmp_path)
    answer(child, "这是哪一种总结", "周报")
    answer(child, "你的岗位是", "")
    answer(child, "覆盖哪段时间", WEEK)
    answer(child, "你的姓名", "王芳")
    answer(child, "部门或班组", "售后客服组")
    answer(child, "岗位职责", "负责售后热线接听和在线工单处理")
    answer(child, "服务渠道", "客服热线、在线工单")
    answer(child, "“咨询量”是多少", "1,260件")
    answer(child, "“客户满意度”是多少", "4.8分(满分5分)")
    answer(child, "“问题解决率”是多少", "95.2%")
    answer(child, "“平均响应时长”是多少", "两分钟")
    child.expect("已换算为 120秒")
    answer(child, "客户主要咨询哪几类问题", "退换货办理 35%、物流查询 25%、发票开具 10%")
    answer(child, "遇到的主要问题是什么", "晚高峰响应变慢")
    answer(child, "有什么数据可以说明", "19点到21点平均响应时长由全天均值110秒升至180秒")
    answer(child, "原因是什么", "晚班在岗人数未按进线量调整")
    answer(child, "打算采取什么措施", "按小时进线量调整晚班排班")
    answer(child, "用哪个指标衡量", "平均响应时长")
    answer(child, "目标值", "降至110秒")
    answer(child, "什么时间前完成", "2026年12月底")
    answer(child, "要继续回答吗", "n")
    child.expect("没有错误")
    assert finish(child) == 0

    facts = load_facts(path)
    assert check_facts(facts).ok
    assert facts.report.type == "weekly"
    assert (facts.report.author, facts.report.team) == ("王芳", "售后客服组")
    assert (facts.report.period.start, facts.report.period.end) == (date(2026, 11, 16), date(2026, 11, 22))
    assert facts.report.channels == ["客服热线", "在线工单"]
    values = {m.name: (m.value, m.unit, m.scale) for m in facts.metrics}
    assert values["咨询量"] == (1260, "件", None)
    assert values["客户满意度"] == (4.8, "分", 5)
    assert values["问题解决率"] == (95.2, "%", None)
    assert values["平均响应时长"] == (120, "秒", None)
    assert [(c.name, c.share) for c in facts.categories] == [("退换货办理", 35), ("物流查询", 25), ("发票开具", 10)]
    assert facts.problems[0].evidence == "19点到21点平均响应时长由全天均值110秒升至180秒"
    plan = facts.plans[0]
    assert (plan.metric, plan.target, plan.unit, plan.deadline) == ("平均响应时长", 110, "秒", date(2026, 12, 31))


def test_bad_answers_are_explained_in_chinese_and_asked_again(tmp_path: Path) -> None:
    path = weekly_file(tmp_path)
    child = spawn(str(path), cwd=tmp_path)
    answer(child, "岗位职责", "负责在线客服")
    answer(child, "服务渠道", "")
    answer(child, "“咨询量”是多少", "很多")
    child.expect("没看懂“很多”")
    answer(child, "“咨询量”是多少", "?")
    child.expect("示例[:：]1180件")
    answer(child, "“咨询量”是多少", "95%")
    child.expect("请用“件”回答")
    answer(child, "“咨询量”是多少", "12.5万件")
    answer(child, "“客户满意度”是多少", "4.8")
    child.expect("几分制")
    answer(child, "“客户满意度”是多少", "4.8分(满分5分)")
    answer(child, "“问题解决率”是多少", "120%")
    child.expect("不能超过 100%")
    answer(child, "“问题解决率”是多少", "95.2%")
    answer(child, "“平均响应时长”是多少", "跳过")
    child.expect("已跳过")
    answer(child, "客户主要咨询哪几类问题", "退换货 60%、物流 50%")
    child.expect("合计 110%[,，]超过 100%")
    answer(child, "客户主要咨询哪几类问题", "退换货 60%、物流 30%")
    answer(child, "遇到的主要问题是什么", "结束")
    assert finish(child) == 1  # the skipped response time is still an error

    facts = load_facts(path)
    volume, satisfaction, resolution, response = facts.metrics
    assert (volume.value, satisfaction.value, satisfaction.scale, resolution.value) == (125000, 4.8, 5, 95.2)
    assert response.value is None
    assert sum(c.share for c in facts.categories) == 90


def test_ctrl_c_keeps_every_saved_answer_and_the_next_run_asks_only_what_is_missing(tmp_path: Path) -> None:
    path = weekly_file(tmp_path)
    child = spawn(str(path), cwd=tmp_path)
    answer(child, "岗位职责", "负责在线客服")
    answer(child, "服务渠道", "在线聊天")
    answer(child, "“咨询量”是多少", "860件")
    child.expect("“客户满意度”是多少")
    child.expect("> ")
    child.send("4.")  # half-typed when Ctrl-C comes: this answer is the only one lost
    child.sendintr()
    child.expect("已中断")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130

    facts = load_facts(path)
    assert facts.report.duties == "负责在线客服"
    assert facts.metrics[0].value == 860
    assert facts.metrics[1].value is None

    child = spawn(str(path), cwd=tmp_path)
    child.expect(r"\[必填\] (.+?)\r?\n")
    assert "客户满意度" in child.match.group(1)  # duties and volume are not asked again
    child.expect("> ")
    child.sendline("4.7分(满分5分)")
    child.expect("“问题解决率”是多少")
    child.sendintr()
    child.expect(pexpect.EOF)
    assert load_facts(path).metrics[1].value == 4.7


def test_a_killed_process_leaves_a_valid_file_with_every_answer_given(tmp_path: Path) -> None:
    path = weekly_file(tmp_path)
    child = spawn(str(path), cwd=tmp_path)
    answer(child, "岗位职责", "负责电话客服")
    answer(child, "服务渠道", "客服热线")
    answer(child, "“咨询量”是多少", "两万五千件")
    answer(child, "“客户满意度”是多少", "96分(满分100分)")
    child.expect("“问题解决率”是多少")  # the previous answer is on disk before this is asked
    os.kill(child.pid, signal.SIGKILL)
    child.expect(pexpect.EOF)
    child.close()
    assert child.signalstatus == signal.SIGKILL

    facts = load_facts(path)
    assert facts.report.duties == "负责电话客服"
    assert facts.report.channels == ["客服热线"]
    assert [m.value for m in facts.metrics] == [25000, 96, None, None]
    assert not list(tmp_path.glob(".*.tmp"))  # no half-written temporary file left behind


def test_closing_the_input_stops_cleanly_and_keeps_the_answers(tmp_path: Path) -> None:
    path = weekly_file(tmp_path)
    child = spawn(str(path), cwd=tmp_path)
    answer(child, "岗位职责", "负责在线客服")
    answer(child, "服务渠道", "")
    child.expect("“咨询量”是多少")
    child.expect("> ")
    child.sendeof()
    child.expect("输入已结束")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1
    assert load_facts(path).report.duties == "负责在线客服"


def test_a_closed_terminal_keeps_the_answers(tmp_path: Path) -> None:
    path = weekly_file(tmp_path)
    child = spawn(str(path), cwd=tmp_path)
    answer(child, "岗位职责", "负责在线客服")
    answer(child, "服务渠道", "在线聊天、邮件")
    child.expect("“咨询量”是多少")
    child.close(force=True)  # the terminal window is closed: SIGHUP
    facts = load_facts(path)
    assert facts.report.channels == ["在线聊天", "邮件"]
    assert not list(tmp_path.glob(".*.tmp"))


HAND_WRITTEN = """\
# 王芳 · 2026年11月第3周 周报素材(手写,请保留这些备注)
report:
  type: weekly
  period: {start: 2026-11-16, end: 2026-11-22}
  role: 客服专员   # 在线组
  duties: 负责天猫店铺售前咨询

# 数字来自千牛后台导出
metrics:
  - name: 接待量
    value: 1480       # 含转接
    unit: 件
    previous: 1390
  - name: 好评率
    value:
    unit: "%"

categories:
  - {name: 尺码咨询, share: 41}
  - {name: 物流查询, share: 22}
# 以下待补
"""


def test_comments_and_key_order_of_a_hand_written_file_survive(tmp_path: Path) -> None:
    path = tmp_path / "手写.yaml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    child = spawn(str(path), cwd=tmp_path)
    answer(child, "“好评率”是多少", "98.6%")
    answer(child, "遇到的主要问题是什么", "尺码咨询占比高")
    answer(child, "有什么数据可以说明", "尺码咨询占全部咨询的41%")
    answer(child, "原因是什么", "详情页尺码表不完整")
    answer(child, "打算采取什么措施", "结束")
    finish(child)

    text = path.read_text(encoding="utf-8")
    for comment in ("# 王芳 · 2026年11月第3周 周报素材(手写,请保留这些备注)", "# 在线组", "# 数字来自千牛后台导出",
                    "# 含转接", "# 以下待补"):
        assert comment in text
    assert "value: 98.6" in text
    assert text.index("report:") < text.index("metrics:") < text.index("categories:") < text.index("problems:")
    assert text.index("# 以下待补") < text.index("problems:")
    assert "  - {name: 尺码咨询, share: 41}" in text  # untouched lines keep their style
    facts = load_facts(path)
    assert facts.problems[0].cause == "详情页尺码表不完整"


def test_revise_changes_an_earlier_answer(tmp_path: Path) -> None:
    path = tmp_path / "手写.yaml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    child = spawn(str(path), "--revise", "接待量", cwd=tmp_path)
    child.expect("当前[:：]1480")
    answer(child, "", "1500件")
    child.expect("已保存")
    answer(child, "“好评率”是多少", "改 report.duties")
    child.expect("当前[:：]负责天猫店铺售前咨询")
    child.expect("> ")
    child.sendline("负责天猫店铺售前与售后咨询")
    answer(child, "“好评率”是多少", "结束")
    finish(child)
    facts = load_facts(path)
    assert facts.metrics[0].value == 1500
    assert facts.report.duties == "负责天猫店铺售前与售后咨询"
    assert "value: 1500       # 含转接" in path.read_text(encoding="utf-8")


def test_help_explains_the_command_and_starts_quickly() -> None:
    started = time.monotonic()
    program, base = _command()
    child = pexpect.spawn(program, base + ["--help"], encoding="utf-8", timeout=TIMEOUT,
                          env={**os.environ, "TERM": "dumb"})
    child.expect(pexpect.EOF)
    assert time.monotonic() - started < 5  # keeps this file well inside its 40 s budget
    assert re.search("逐项提问", child.before)


def test_a_case_is_asked_step_by_step_and_pressed_for_a_figure(tmp_path: Path) -> None:
    path = tmp_path / "手写.yaml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    child = spawn(str(path), "--revise", "cases", cwd=tmp_path)
    answer(child, "案例标题", "大促期间批量改地址")
    answer(child, "成功经验还是教训", "2")
    answer(child, "当时是什么情况", "大促当天23位客户要求改地址")
    answer(child, "采取了哪些行动", "逐单联系仓库拦截、改址后短信告知")
    answer(child, "结果如何", "客户都很满意")
    child.expect("CS101")  # the wording is flagged as it is given; Enter keeps the answer
    answer(child, "直接回车保留", "")
    child.expect("结果没有数字")
    answer(child, "能用数字说明吗", "23单中21单改址成功,相关投诉0件")
    answer(child, "“好评率”是多少", "结束")
    finish(child)
    case = load_facts(path).cases[0]
    assert (case.title, case.kind) == ("大促期间批量改地址", "lesson")
    assert case.actions == ["逐单联系仓库拦截", "改址后短信告知"]
    assert case.result == "23单中21单改址成功,相关投诉0件"


def test_a_new_team_lead_answering_every_question_of_a_year_end_interview_gets_a_file_check_passes(
        tmp_path: Path) -> None:
    """The way a 班长 answers: vague amounts, head counts for rates, 明年618之前, 没有, n.

    Every required question is asked before any optional one (a case does not end the
    required part: 问题与挑战 and 改进措施 still come), every vague answer is offered a
    reading to confirm, "没有" and "n" are recorded as declined and never stored as text."""
    path = tmp_path / "年终.yaml"
    child = spawn(path.name, cwd=tmp_path)
    child.delaybeforesend = None
    answer(child, "这是哪一种总结", "年终")
    answer(child, "你的岗位是", "客服班长")
    answer(child, "覆盖哪段时间", "2026年全年")
    answer(child, r"按 2026-01-01 至 2026-12-31 记录？ \[Y/n\]", "")
    answer(child, "你的姓名", "李明")
    answer(child, "部门或班组", "售后客服部")
    answer(child, "岗位职责", "带领12人的售后热线班组，负责来电接听、工单跟进和质检")
    answer(child, "服务渠道", "客服热线、在线工单")
    answer(child, "团队有多少人", "12人")
    answer(child, "“咨询量”是多少", "全年大概接待了18.6万个客户")
    answer(child, r"“咨询量”按 186,000 件记录？ \[Y/n\]", "")
    answer(child, "“咨询量”本期的目标值", "18万件")
    answer(child, "“咨询量”去年", "去年是17.2万件")
    answer(child, "“客户满意度”是多少", "4.8分(满分5分)")
    answer(child, "“客户满意度”本期的目标值", "4.7分")
    answer(child, "“客户满意度”去年", "4.6分")
    answer(child, "“问题解决率”是多少", "95.2%")
    answer(child, "“问题解决率”本期的目标值", "95%")
    answer(child, "“问题解决率”去年", "93.1%")
    answer(child, "“平均响应时长”是多少", "半分钟多一点")
    answer(child, "按 30 秒记录", "y")
    answer(child, "“平均响应时长”本期的目标值", "40秒")
    answer(child, "“平均响应时长”去年", "45秒")
    answer(child, "“培训覆盖率”是多少", "12个人都培训了")
    answer(child, r"按 12 ÷ 12 人 = 100% 记录", "")
    answer(child, "“培训覆盖率”本期的目标值", "100%")
    answer(child, "“培训覆盖率”去年", "90%")
    answer(child, "“离职率”是多少", "2人")
    answer(child, r"按 2 ÷ 12 人 = 16.7% 记录", "是")
    answer(child, "“离职率”本期的目标值", "10%")
    answer(child, "“离职率”去年", "8.3%")
    answer(child, "案例标题", "双11物流延误集中来电")
    answer(child, "成功经验还是教训", "1")
    answer(child, "当时是什么情况", "双11后3天物流延误来电由日均120通升到400通")
    answer(child, "采取了哪些行动", "统一安抚话术、与物流部建立每半小时同步机制")
    answer(child, "结果如何", "相关投诉由日均12件降至3件")
    # The case filled a required section; the next question is the next required one.
    index = child.expect(["遇到的主要问题是什么", "要继续回答吗"])
    assert index == 0, "an optional question was offered before 问题与挑战"
    answer(child, "", "退换货咨询重复来电多")
    answer(child, "有什么数据可以说明", "退换货咨询中31%为7天内重复来电")
    answer(child, "原因是什么", "客户太多了，很多客户不看商品详情页")
    child.expect("CS204")  # blaming customers, after a question saying 不归咎于客户
    answer(child, "直接回车保留", "商品详情页未写明退换货运费规则，客户需来电确认")
    index = child.expect(["打算采取什么措施", "要继续回答吗"])
    assert index == 0, "an optional question was offered before 改进措施"
    answer(child, "", "推动商品详情页补充运费规则说明")
    answer(child, "用哪个指标衡量", "重复来电率")
    answer(child, "目标值", "降至15%")
    answer(child, "什么时间前完成", "明年618之前")
    answer(child, r"按 2027-06-18 记录？ \[Y/n\]", "")
    child.expect("必填项都已填好")
    answer(child, "要继续回答吗", "要")
    # One "what moved it" question per big change; the first is answered, the rest declined.
    answered = False
    # 工作内容与方式 is asked for its own items now (the duties are the overview's).
    while child.expect([r"主要是因为做了什么或发生了什么|没有达到目标，主要原因是什么|本期主要做了哪些工作",
                        "客户主要咨询哪几类问题"]) == 0:
        child.expect("> ")
        child.sendline("没有" if answered else "按小时进线量调整排班")
        answered = True
    child.expect("> ")
    child.sendline("退换货办理 35%、物流查询 28%、发票开具 9%")
    answer(child, "共收到多少件投诉", "全年共86件")
    answer(child, "上期投诉多少件", "没有")
    answer(child, "已办结多少件", "86件")
    answer(child, "主要是哪几类投诉", "物流延迟 40件、服务态度 12件")
    answer(child, "与哪些部门协作过", "没有")
    child.expect("已记下")
    # A lead's training is part of 团队管理 (asked with the team); the year's lessons are asked once.
    answer(child, "最大的体会或经验", "高峰排班要按小时进线量来定")
    answer(child, "还有吗", "")
    answer(child, "有没有一个处理得不够好的案例", "没有")
    answer(child, "数据表需要附上", "n")
    child.expect("没有错误")
    assert finish(child) == 0

    facts = load_facts(path)
    result = check_facts(facts)
    assert result.ok and not result.findings
    assert (facts.report.type, facts.report.author, facts.report.team, facts.report.team_size) == \
        ("year-end", "李明", "售后客服部", 12)
    assert (facts.report.period.start, facts.report.period.end) == (date(2026, 1, 1), date(2026, 12, 31))
    values = {m.name: m.value for m in facts.metrics}
    assert values == {"咨询量": 186000, "客户满意度": 4.8, "问题解决率": 95.2, "平均响应时长": 30,
                      "培训覆盖率": 100, "离职率": 16.7}
    assert facts.plans[0].deadline == date(2027, 6, 18)
    assert facts.problems[0].cause == "商品详情页未写明退换货运费规则，客户需来电确认"
    assert facts.complaints.previous is None  # "没有" is never stored as a figure or a text
    assert {"teamwork", "case-no-lesson", "attachments"} <= set(facts.declined)
    assert facts.reflections == ["高峰排班要按小时进线量来定"]
    assert facts.attachments == [] and facts.teamwork == []
    text = path.read_text(encoding="utf-8")
    assert "没有" not in text.split("declined")[1] and ": n\n" not in text

    # Run again: nothing left to ask, the declined items included.
    child = spawn(path.name, cwd=tmp_path)
    child.expect("还需要回答 0 个问题")
    assert finish(child) == 0


LEAD_FILE = """\
report:
  type: 年终
  period: {start: 2026-01-01, end: 2026-12-31}
  author: 李明
  role: 客服主管
  team: 售后客服部
  team_size: 12
  duties: 负责售后热线
metrics:
  - name: 客户满意度
    value: 96
    单位: "%"
    目标: 95
    去年: 94.1
cases:
  - {title: 双11物流延误, result: 投诉由日均12件降至3件}
  - {title: 系统故障应急, result: 2小时内恢复}
problems:
  - {title: 重复来电多, evidence: 重复来电占31%, cause: 详情页缺少运费说明}
"""


def test_revise_by_the_chinese_label_shows_the_current_value_with_its_unit(tmp_path: Path) -> None:
    path = tmp_path / "年终.yaml"
    path.write_text(LEAD_FILE, encoding="utf-8")
    child = spawn(path.name, "--revise", "客户满意度", cwd=tmp_path)
    child.delaybeforesend = None
    child.expect("“客户满意度”改为")
    child.expect("当前[:：]96%")
    child.expect("> ")
    child.sendline("96.5%")
    child.expect("已保存")
    answer(child, "打算采取什么措施", "改 客户满意度去年")
    child.expect("当前[:：]94.1%")
    answer(child, "", "94.5%")
    answer(child, "打算采取什么措施", "改 第2个案例的结果")
    child.expect("当前[:：]2小时内恢复")
    answer(child, "", "2小时内恢复服务，相关投诉0件")
    answer(child, "打算采取什么措施", "改 问题原因")
    child.expect("当前[:：]详情页缺少运费说明")
    answer(child, "", "商品详情页缺少运费规则说明")
    answer(child, "打算采取什么措施", "改 第3个案例的结果")
    child.expect("只有 2 个案例")
    answer(child, "打算采取什么措施", "改 问题成因")
    child.expect("可以改的有")
    answer(child, "打算采取什么措施", "结束")
    finish(child)

    facts = load_facts(path)
    metric = facts.metrics[0]
    assert (metric.value, metric.previous, metric.target) == (96.5, 94.5, 95)
    assert facts.cases[1].result == "2小时内恢复服务，相关投诉0件"
    assert facts.problems[0].cause == "商品详情页缺少运费规则说明"
    text = path.read_text(encoding="utf-8")
    assert "去年: 94.5" in text and "previous" not in text  # the key the person wrote is kept
