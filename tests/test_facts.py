"""Reading facts files: the shared example, encodings, and clear errors for bad input."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from helpers import BROKEN, FIXTURES, REALISTIC, broken_expectations, examples
from hypothesis import given, settings
from hypothesis import strategies as st

from cswriter.errors import InputError
from cswriter.facts.model import Facts, facts_from_data, load_facts, parse_document


# SHA-256 of the project's shared example (examples/year-end-agent.yaml beside the
# specification), which fixtures/year-end-agent.yaml bundles byte for byte: checked in every
# clone, not only where the specification happens to lie next to the repository.
SHARED_EXAMPLE_SHA256 = "9f2fa098127dfc03ed6b6b4fafca3606e9f2ef9d4ab7e9c5e448234f1141504c"


def test_shared_example_is_bundled_unchanged_and_loads():
    import hashlib

    bundled = FIXTURES / "year-end-agent.yaml"
    assert hashlib.sha256(bundled.read_bytes()).hexdigest() == SHARED_EXAMPLE_SHA256
    facts = load_facts(bundled)
    assert facts.report.type == "year-end"
    assert facts.report.period.days == 365
    assert [m.spec.id for m in facts.metrics] == [
        "volume", "resolution_rate", "satisfaction", "first_response_time"]
    assert facts.metrics[1].basis_part == ("resolved", 123500)
    assert facts.monthly.rows["2025-03"] == [10500, 98.3, 94.8, 122]
    assert sum(c.share for c in facts.categories) == 100


@pytest.mark.parametrize("path", REALISTIC, ids=lambda p: p.name)
def test_every_realistic_fixture_loads(path):
    facts = load_facts(path)
    assert facts.metrics, "a realistic report states metrics"


def test_metric_synonyms_map_to_one_canonical_metric():
    from cswriter.domain import load_domain

    domain = load_domain()
    for name in ("咨询量", "接待量", "工单量", "来电量", "团队咨询处理量"):
        assert domain.match_metric(name).id == "volume", name
    assert domain.match_metric("关键节点平均响应时长").id == "first_response_time"
    assert domain.match_metric("投诉升级率").id == "escalation_rate"
    assert domain.match_metric("投诉率").id == "complaint_rate"
    assert domain.match_metric("fcr").id == "resolution_rate"
    assert domain.match_metric("天气") is None


def test_unit_decides_kind_before_the_canonical_metric():
    facts = load_facts(FIXTURES / "year-end-lead.yaml")
    satisfaction = next(m for m in facts.metrics if m.name == "客户满意度")
    assert satisfaction.kind == "rate"  # stated in %, not as a score
    agent = load_facts(FIXTURES / "year-end-agent.yaml")
    assert agent.metrics[2].kind == "score"


def _write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


YAML_TEXT = "report:\n  type: monthly\n  period: {start: 2025-11-01, end: 2025-11-30}\n  author: 陈晓\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"])
def test_reads_encodings_seen_on_chinese_office_machines(tmp_path, encoding):
    path = _write(tmp_path, "f.yaml", YAML_TEXT.encode(encoding))
    assert load_facts(path).report.author == "陈晓"


def test_windows_line_endings(tmp_path):
    path = _write(tmp_path, "f.yaml", YAML_TEXT.replace("\n", "\r\n").encode("gbk"))
    assert load_facts(path).report.period.days == 30


def test_json_facts(tmp_path):
    data = {"report": {"type": "weekly", "period": {"start": "2025-03-03", "end": "2025-03-09"}},
            "metrics": [{"name": "来电量", "value": "1,200", "unit": "通"}]}
    path = _write(tmp_path, "f.json", json.dumps(data, ensure_ascii=False).encode("utf-8"))
    facts = load_facts(path)
    assert facts.metrics[0].value == 1200
    assert facts.report.period.start == date(2025, 3, 3)


def test_lenient_values_people_type():
    facts = facts_from_data({
        "report": {"type": "year-end", "period": {"start": "2025年1月1日", "end": "2025年底"}},
        "metrics": [{"name": "咨询量", "value": "12.5万", "unit": "件"},
                    {"name": "解决率", "value": "95.2%", "unit": "%"}],
        "plans": [{"action": "调整排班", "target": 110, "deadline": "2026年6月底"}],
        "work": "一项工作",
    })
    assert facts.report.period.end == date(2025, 12, 31)
    assert facts.metrics[0].value == 125000
    assert facts.metrics[1].value == 95.2
    assert facts.plans[0].deadline == date(2026, 6, 30)
    assert facts.work == ["一项工作"]


def test_error_names_file_line_field_and_suggests_the_key(tmp_path):
    path = _write(tmp_path, "mine.yaml", (
        "report:\n  type: year-end\n  period: {start: 2025-01-01, end: 2025-12-31}\n"
        "cases:\n  - title: 故障处理\n    reslt: 72小时恢复\n").encode())
    with pytest.raises(InputError) as info:
        load_facts(path)
    message = info.value.message
    assert f"{path}:6" in message
    assert "cases[0].reslt" in message
    assert "是不是想写“result”" in message


def test_wrong_type_names_the_value(tmp_path):
    path = _write(tmp_path, "mine.yaml", (
        "report:\n  type: year-end\n  period: {start: 2025-01-01, end: 2025-12-31}\n"
        "metrics:\n  - name: 咨询量\n    value: 很多\n").encode())
    with pytest.raises(InputError, match=r"mine.yaml:6: 字段 metrics\[0\].value: 没看懂“很多”：应为数字"):
        load_facts(path)


_HEAD = "report:\n  type: weekly\n  period: {start: 2025-03-03, end: 2025-03-09}\n"


@pytest.mark.parametrize("body", [
    "  channels: [电话, 在线\n",            # an unclosed list
    "  channels: {电话: 1\n",               # an unclosed mapping
    "  author: '李明\n",                    # an unclosed quote
    '  author: "C:\\q"\n',                 # an unknown escape in double quotes
    "  author: @李明\n",                    # a character no plain value starts with
    "  author: &\n",                        # an anchor without a name
    "  author: 李明\n  - 1\n",             # a list item inside a mapping
    "---\nreport: {}\n",                   # a second document
    "  author: \"李明\" 二组\n",             # text after a quoted value
])
def test_yaml_mistakes_are_explained_in_chinese(tmp_path, body):
    path = _write(tmp_path, "mine.yaml", (_HEAD + body).encode())
    with pytest.raises(InputError) as info:
        load_facts(path)
    problem = info.value.message.split("YAML 格式错误：", 1)[-1]
    assert re.search(r"[\u4e00-\u9fff]{4}", problem)
    assert not re.search(r"[A-Za-z]{4}", problem), problem


def test_an_unsupported_yaml_version_is_a_clear_error(tmp_path):
    path = _write(tmp_path, "mine.yaml", ("%YAML 1.3\n---\n" + _HEAD).encode())
    with pytest.raises(InputError, match="不支持文件开头声明的 YAML 版本"):
        load_facts(path)


# A comment after a bare key whose value is on the next line, then a blank line: valid YAML
# that ruamel's round-trip loader cannot hold ("overlap in comment").
_KEY_COMMENT_TEXT = _HEAD + "  author: # 作者姓名\n    李明\n\n  role: 客服专员\n"


def test_a_comment_after_a_bare_key_is_read(tmp_path):
    facts = load_facts(_write(tmp_path, "mine.yaml", _KEY_COMMENT_TEXT.encode()))
    assert facts.report.author == "李明"
    assert facts.report.role == "客服专员"


def test_a_file_whose_comment_cannot_be_kept_is_not_written(tmp_path):
    from cswriter.facts.document import FactsDocument

    path = _write(tmp_path, "mine.yaml", _KEY_COMMENT_TEXT.encode())
    with pytest.raises(InputError) as info:
        FactsDocument.load(path)
    assert info.value.line == 4
    assert "注释" in info.value.message and "移到上一行" in (info.value.hint or "")
    assert path.read_text(encoding="utf-8") == _KEY_COMMENT_TEXT


def test_missing_required_field(tmp_path):
    path = _write(tmp_path, "mine.yaml", b"report:\n  type: year-end\n")
    with pytest.raises(InputError, match="report.period: 缺少必填字段"):
        load_facts(path)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="文件不存在"):
        load_facts(tmp_path / "nope.yaml")
    with pytest.raises(InputError, match="目录"):
        load_facts(tmp_path)


EXPECTED = None


def _expected():
    return broken_expectations()


def test_every_broken_fixture_has_an_expectation():
    expected = _expected()
    files = {p.name for p in BROKEN.iterdir() if p.name != "EXPECTED.yaml"}
    assert files == set(expected)


@pytest.mark.parametrize("name", [k for k, v in _expected().items() if v.get("exit") == 2])
def test_broken_input_gives_a_clear_message(name):
    with pytest.raises(InputError) as info:
        load_facts(BROKEN / name)
    assert _expected()[name]["message"] in str(info.value.message)


@pytest.mark.parametrize("name", [k for k, v in _expected().items() if v.get("loads")])
def test_valid_encodings_in_the_broken_set_load(name):
    assert load_facts(BROKEN / name).report.author == "李明"


# --- property-based: the model either accepts data or raises InputError, nothing else ---

metric_st = st.fixed_dictionaries(
    {"name": st.sampled_from(["咨询量", "问题解决率", "客户满意度", "平均响应时长", "自定义指标"]),
     "value": st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)},
    optional={"unit": st.sampled_from(["件", "%", "分", "秒", "分钟", ""]),
              "target": st.floats(min_value=0, max_value=1e6, allow_nan=False),
              "previous": st.floats(min_value=0, max_value=1e6, allow_nan=False),
              "scale": st.sampled_from([5, 10, 100])},
)
facts_st = st.fixed_dictionaries(
    {"report": st.fixed_dictionaries({
        "type": st.sampled_from(["year-end", "half-year", "quarterly", "monthly", "weekly", "project"]),
        "period": st.fixed_dictionaries({"start": st.dates(), "end": st.dates()}),
    }, optional={"role": st.sampled_from(["客服专员", "客服班长", "客服主管"]),
                 "team_size": st.integers(min_value=0, max_value=500)})},
    optional={
        "metrics": st.lists(metric_st, max_size=6),
        "categories": st.lists(st.fixed_dictionaries(
            {"name": st.text(min_size=1, max_size=6)},
            optional={"share": st.floats(min_value=0, max_value=100, allow_nan=False)}), max_size=5),
        "plans": st.lists(st.fixed_dictionaries(
            {"action": st.text(min_size=1, max_size=10)},
            optional={"target": st.floats(min_value=0, max_value=1000, allow_nan=False),
                      "deadline": st.dates()}), max_size=3),
    },
)


@settings(max_examples=examples(150), deadline=None)
@given(facts_st)
def test_valid_facts_round_trip_and_check_never_crashes(data):
    from cswriter.check import check_facts
    from cswriter.figures.compute import compute_figures
    from cswriter.outline import build_outline

    facts = facts_from_data(data)
    again = Facts.model_validate(json.loads(facts.model_dump_json()))
    assert again == facts
    result = check_facts(facts)
    assert result.ok == (not any(f.severity == "error" for f in result.findings))
    assert all(f.question for f in result.findings)
    compute_figures(facts)
    build_outline(facts, result)


junk = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)


@settings(max_examples=examples(200), deadline=None)
@given(st.dictionaries(st.sampled_from(["report", "metrics", "cases", "plans", "monthly", "x"]), junk))
def test_arbitrary_data_is_accepted_or_rejected_with_input_error(data):
    try:
        facts_from_data(data)
    except InputError as error:
        assert error.message.startswith("事实文件有")


@settings(max_examples=examples(200), deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text_never_raises_anything_but_input_error(text):
    try:
        data, tree = parse_document(text, "t.yaml")
        facts_from_data(data, "t.yaml", tree)
    except InputError:
        pass


@pytest.mark.parametrize("text,expected", [
    ("两万五千", 25000), ("一百零五", 105), ("十二", 12), ("十万", 100000),
    ("一亿二千万", 120_000_000), ("三亿零五百万", 305_000_000),
    ("一千二百三十四万五千六百七十八", 12_345_678),
    # spoken forms: the last digit counts in the unit below the one before it
    ("两万五", 25000), ("一百二", 120), ("十二万五", 125000), ("三千零五", 3005),
    ("十二万五千", 125000), ("二〇二五", 2025), ("一亿二", 120_000_000)])
def test_chinese_numerals(text, expected):
    from cswriter.text.numbers import chinese_numeral

    assert chinese_numeral(text) == expected
