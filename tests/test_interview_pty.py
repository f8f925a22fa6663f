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

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")

TIMEOUT = 30  # generous: the machine may be loaded; a passing test never waits this long
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
    child = pexpect.spawn(program, base + list(args), cwd=str(cwd), env=env, encoding="utf-8",
                          timeout=TIMEOUT, dimensions=(50, 250))
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
    answer(child, "有什么数据可以说明", "19点到21点平均响应时长升至180秒")
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
    assert facts.problems[0].evidence == "19点到21点平均响应时长升至180秒"
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
