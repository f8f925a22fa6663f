"""The draft passes its own linter (issue 23) on facts it was not tuned on: words the user
wrote in the facts' free text that the linter flags (a degree or a quantity no figure backs)
are not passed on unchanged, and nothing is added that the facts do not hold."""

from __future__ import annotations

from helpers import drafted_offline, drafted_variant, section_of

from cswriter.figures.trace import build_tracer
from cswriter.lint import lint_text

# The classes of wording the linter flags when the draft carries the user's words over.
WORDING = {"CS101", "CS102", "CS103", "CS301"}


def _wording_findings(facts, markdown: str) -> list[tuple[str, str]]:
    found = lint_text(markdown, tracer=build_tracer(facts))
    return [(f.code, f.match) for f in found if f.code in WORDING and f.severity in ("error", "warning")]


def test_degree_and_quantity_words_of_a_case_are_not_passed_on(tmp_path):
    """明显减少, 第一时间, 大量占用 in a case the user wrote: the draft keeps what happened
    and every figure, without the words that claim a degree no figure backs."""
    def edit(data):
        data["cases"][0]["situation"] = "7月理赔材料提交错误率为30%，补交材料的来电大量占用坐席"
        data["cases"][0]["actions"] = ["第一时间把理赔材料清单做成图文指南", "在短信中附指南链接"]
        data["cases"][0]["result"] = "9月材料一次提交正确率升至89%，平均补交次数明显减少至1.2次"
    facts, _, markdown = drafted_variant(tmp_path, "quarterly-insurance", edit)
    case = section_of(markdown, "案例")
    assert "30%" in case and "89%" in case and "图文指南" in case
    for word in ("明显", "第一时间", "大量"):
        assert word not in case, (word, case)
    assert _wording_findings(facts, markdown) == []


def test_a_rise_against_a_figure_the_clause_holds_is_said_as_that_figure(tmp_path):
    """…较去年同期的3150通明显增加: both figures are the facts'; the draft gives them and
    lets the reader see the rise, with no degree word and no change word without its amount."""
    def edit(data):
        data["cases"][0]["situation"] = "7月理赔来电4210通，较去年同期的3150通明显增加"
    facts, _, markdown = drafted_variant(tmp_path, "quarterly-insurance", edit)
    case = section_of(markdown, "案例")
    assert "4210通" in case and "去年同期为3150通" in case
    assert "明显" not in case
    assert _wording_findings(facts, markdown) == []


def test_a_cause_that_brought_a_rise_is_told_without_an_amountless_change(tmp_path):
    """A driver 暑期套餐调整带来资费咨询增长: the metric's own change carries the amount; the
    driver names what brought it."""
    def edit(data):
        data["problems"][0]["cause"] = "图文指南7月下旬才上线，新险种上市带来理赔咨询增长"
    facts, _, markdown = drafted_variant(tmp_path, "quarterly-insurance", edit)
    problems = section_of(markdown, "问题")
    assert "新险种上市带来的理赔咨询" in problems
    assert _wording_findings(facts, markdown) == []


def test_a_degree_word_is_kept_where_dropping_it_would_change_the_claim():
    """效果明显 is a verdict, not a degree of a change stated beside it: the writer's
    substitution leaves it (the linter and the notes take it up)."""
    from cswriter.backends.offline import written

    assert written("培训效果明显") == "培训效果明显"


def test_the_fixtures_still_pass_their_own_linter():
    for name in ("quarterly-insurance", "year-end-agent", "project-smart-cs"):
        facts, _, markdown = drafted_offline(name)
        found = lint_text(markdown, tracer=build_tracer(facts))
        assert [f for f in found if f.severity in ("error", "warning")] == [], name


def test_a_vague_word_the_writer_must_keep_is_asked_about_in_the_notes(tmp_path):
    """部分车型配件缺货: dropping 部分 would claim every model; the writer keeps the user's
    claim and asks for the figure in the draft's notes (stderr), never in the body."""
    import yaml

    from helpers import FIXTURES, run_cli

    data = yaml.safe_load((FIXTURES / "quarterly-insurance.yaml").read_text(encoding="utf-8"))
    data["problems"][0]["cause"] = "图文指南7月下旬才上线，部分客户仍按旧清单提交"
    facts = tmp_path / "f.yaml"
    facts.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = run_cli("draft", facts, "-o", tmp_path / "d.md")
    assert result.exit_code == 0, result.stderr
    asks = [line for line in result.stderr.splitlines() if "“部分”没有数字支撑" in line]
    assert len(asks) == 1 and "部分客户仍按旧清单提交" in asks[0] and "具体数量" in asks[0], result.stderr
    assert "具体数量" not in (tmp_path / "d.md").read_text(encoding="utf-8")
    # …and a draft whose facts hold no such word is asked nothing of the kind
    result = run_cli("draft", FIXTURES / "quarterly-insurance.yaml", "-o", tmp_path / "e.md")
    assert "没有数字支撑" not in result.stderr
