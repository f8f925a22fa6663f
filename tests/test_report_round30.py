"""Review 30's classes, as a supervisor reading the offline draft would notice them."""

from __future__ import annotations

from helpers import drafted_offline

from cswriter.backends.offline import written


def test_a_list_of_who_got_what_addresses_each_group():
    """Reviewer b: 分层沟通：普通客户发送致歉邮件，VIP客户电话回访 reads as if the customers sent
    the apology emails; each group is addressed by the writer's action."""
    _, _, markdown = drafted_offline("year-end-agent")
    assert "分层沟通：向普通客户发送致歉邮件，对VIP客户电话回访，对情绪激动客户15分钟内响应。" in markdown


def test_a_colon_list_that_is_not_about_groups_of_customers_is_left_as_written():
    assert written("原因:客户电话咨询增加,坐席不足") == "原因:客户电话咨询增加,坐席不足"
    assert written("分两步:先核对订单,再退款") == "分两步:先核对订单,再退款"
    assert written("回访:老会员电话回访,新会员短信提醒") == "回访:对老会员电话回访,对新会员短信提醒"
