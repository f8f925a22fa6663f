"""Stock lines of a job description pasted into a summary (review 119)."""

from cswriter.lint import lint_text


def test_a_job_descriptions_catch_all_is_a_stock_phrase():
    codes = {f.code for f in lint_text("负责门店信息维护、完成领导交办的其他工作。")}
    assert "CS104" in codes
    assert "CS104" not in {f.code for f in lint_text("负责门店信息维护和差评回复。")}
