"""Facts read through libyaml are read exactly as ruamel's round-trip loader reads them.

`cswriter.facts.fastyaml.plain_yaml` either returns what ruamel would give (after
`bounded_plain_data`) or None, and then ruamel reads the text as before. These tests compare
the two readings on every facts file in the repository, on malformed and unusual inputs and
on generated and mutated texts, and compare `load_facts` with the ruamel-only path down to
every error message, line and field."""

from __future__ import annotations

import copy
import datetime
import functools
import math
import re
from pathlib import Path

import helpers
import pytest
from helpers import examples
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cswriter.errors import InputError
from cswriter.facts import fastyaml, model
from cswriter.text.files import read_text

ROOT = Path(__file__).resolve().parents[1]
FACTS_FILES = sorted(
    p for pattern in ("fixtures/*.yaml", "fixtures/*.json", "fixtures/broken/*", "fixtures/tracing/**/*.yaml",
                      "fixtures/report-blind/**/*.yaml", "fixtures/report-reviews/**/*.json", "cswriter/data/examples/*.yaml")
    for p in ROOT.glob(pattern) if p.is_file())
REALISTIC = sorted(ROOT.glob("fixtures/*.yaml"))
# The whole suite compares every file; the fast loop the realistic, broken and example files
# and every fourth of the rest (tracing and review sets), as its property tests sample fewer
# examples of the same property.
COMPARED = FACTS_FILES if helpers.FAST_LOOP_EXAMPLES is None else [
    p for i, p in enumerate(FACTS_FILES)
    if i % 4 == 0 or p in REALISTIC or p.parent.name in ("broken", "examples")]


def _plain(value):
    """ruamel's scalar subclasses (ScalarFloat, LiteralScalarString …) as the type they extend."""
    if isinstance(value, dict):
        return ("map", tuple((key, _plain(v)) for key, v in value.items()))
    if isinstance(value, list):
        return ("seq", tuple(_plain(v) for v in value))
    for kind in (bool, int, float, str):
        if isinstance(value, kind):
            plain = kind(value)
            return (kind.__name__, "nan" if kind is float and math.isnan(plain) else plain)
    if value is None or type(value) is datetime.date:
        return (type(value).__name__, value)
    return ("other", type(value).__name__, repr(value))


@functools.cache
def _parsed_by_ruamel(text: str, name: str, is_json: bool):
    """ruamel's reading (data, tree) or its refusal, once per text for this module."""
    try:
        return model.parse_document(text, name, is_json=is_json)
    except InputError as error:
        return error


def _ruamel(text: str):
    parsed = _parsed_by_ruamel(text, "f.yaml", False)
    return ("refused", str(parsed)) if isinstance(parsed, InputError) else _plain(parsed[0])


def _fast(text: str):
    data = fastyaml.plain_yaml(text, max_depth=model.MAX_DEPTH, max_nodes=model.MAX_NODES)
    return None if data is None else _plain(data)


def _same_reading(text: str) -> bool:
    """True when libyaml read the text (and then it must read it as ruamel does)."""
    fast = _fast(text)
    if fast is not None:
        assert fast == _ruamel(text), text
    return fast is not None


def test_the_resolvers_are_ruamels_for_yaml_1_2():
    from ruamel.yaml.resolver import implicit_resolvers

    theirs = [(tag, regexp.pattern, "".join("\0" if ch == "" else ch for ch in first))
              for versions, tag, regexp, first in implicit_resolvers if (1, 2) in versions]
    ours = [(tag, re.compile(pattern, re.X).pattern, first) for tag, pattern, first in fastyaml._RESOLVERS]
    assert [(tag, first) for tag, _, first in ours] == [(tag, first) for tag, _, first in theirs]
    for (_, mine, _), (_, their, _) in zip(ours, theirs):
        assert re.sub(r"\s+", "", mine) == re.sub(r"\s+", "", their)


@pytest.mark.parametrize("path", COMPARED, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_facts_file_reads_as_ruamel_reads_it(path):
    try:
        text = read_text(path)
    except InputError:
        return  # an encoding refusal happens before any parser
    _same_reading(text)


def test_realistic_facts_files_are_read_through_libyaml():
    read = [p.name for p in REALISTIC if _fast(read_text(p)) is not None]
    assert len(read) >= len(REALISTIC) - 1, read  # year-end-agent.yaml has `key: # note` lines


@pytest.mark.parametrize("report_type", ["year-end", "half-year", "quarterly", "monthly", "weekly", "project"])
def test_init_templates_are_read_through_libyaml_as_ruamel_reads_them(report_type):
    from cswriter.facts.template import render_template

    assert _same_reading(render_template(report_type))


UNUSUAL = [
    "a: yes\nb: no\nc: on\nd: 0777\ne: 1:30\nf: 1e3\ng: 0x1F\nh: 0o17\ni: 1_000\nj: 007\nk: +5\nl: -0\n",
    "a: .inf\nb: -.Inf\nc: .nan\nd: .5\ne: 5.\nf: 1.0e+3\ng: ~\nh: null\ni:\nj: ''\nk: True\n",
    "a: 2025-06-30\nb: 2025-6-30\nc: 2025-02-30\nd: 2025-06-30 10:00:00\ne: 2025-06-30T10:00:00Z\n",
    "rows:\n  2025-11-10: [1]\n  2025-11-11: [2]\n",
    "a: &x 1\nb: *x\n", "a: &x true\nb: 1\n", "a: 研发 & 客服\nb: A&B\n", "a: &x [1, 2]\nb: *x\n", "a: !!str 1\n", "a: !foo 1\n", "a: ! 1\n",
    "base: &b {x: 1}\nc:\n  <<: *b\n  y: 2\n", "a: =\n", "a: 1\na: 2\n", "1: a\n", "? [a]\n: b\n",
    "%YAML 1.1\n---\na: yes\n", "a: 1\n---\nb: 2\n", "a: 1\n...\n", "--- \na: 1\n", "# c\n---\na: 1\n", "'k0': .5\n...\n...\n", "a: 1\n---\n",
    "a: b\tc\n", "a:\tb\n", "\ufeffa: 1\n", "a: 1\n\ufeffb: 2\n", "a: x\x85y\n", "a: x\u2028y\n",
    "a: |\n  line\n  line\n", "a: >\n  fold\n  fold\n\n  para\n", "a: |#c\n  x\n", "a: >\n \n  x\n",
    "k0: # c\n a\n\n", "a: # c\n\nb: 1\n", "a: # c\n\n  x\n\n", "a: # c\n# d\n\n  - 1\n", "monthly:  # note\n  columns: [a]\n", "c:  # note\n  - a\n",
    '{"a":1, "b": [1, 2]}\n', '{"a": 1, "b": {"c": null}}\n', "[1, 2]\n", "just text\n", "# only a comment\n",
    "a: 'it''s'\nb: \"\\u00e9\\n\\t\"\nc: \"中文\"\n", "a: x: y\n", "a: - b\n", "- - - a\n", "a:\n- - b\n",
    "a: [b, {c: d}, [e]]\nf: {g: [h]}\n", "a: 'multi\n  line'\nb: plain\n  continued\n", "a: 1 # c\n# c\nb: 2\n",
    "a: \"unterminated\n", "a: [1, 2\n", "a: {b\n", "a:\n  - b\n c: d\n", "a: b\n  c: d\n", "a: @x\n", "a: `x\n",
    "a: ％\nb: ９５\nc: 95%\nd: 1,234\ne: 3秒\n", "a: \x07\n", "a: \x00\n",
    "metrics:\n" + "".join(f"  - {{name: m{i}, value: {i}}}\n" for i in range(5)),
    "a:" + "\n  b:" * 45 + " 1\n", "a: " + "[" * 41 + "]" * 41 + "\n",
]


@pytest.mark.parametrize("text", UNUSUAL)
def test_unusual_yaml_reads_as_ruamel_reads_it(text):
    _same_reading(text)


def _outcome(load):
    try:
        facts = load()
    except InputError as error:
        return ("error", str(error), error.file, error.line, error.field, error.hint,
                [problem.to_dict() for problem in error.problems or []])
    return ("facts", facts.model_dump_json(), _plain(facts.model_dump()))


def _ruamel_only(path: Path):
    name = str(path)
    try:
        parsed = _parsed_by_ruamel(read_text(path), name, name.lower().endswith(".json"))
        if isinstance(parsed, InputError):
            raise parsed
        data, tree = parsed
        return model.facts_from_data(copy.deepcopy(data), name, tree)
    except InputError as error:
        raise error.in_file(name)


BROKEN_FACTS = [
    "report:\n  type: year-end\n  period: {start: 2025-01-01, end: 2025-12-31}\nmetrics:\n  - name: 满意度\n    valeu: 9\n",
    "report:\n  type: yearly\n  period: {start: 2025-01-01, end: 2025-12-31}\n",
    "report:\n  type: year-end\n  period: {start: 2025-01-01, end: 2025-12-31}\nmetrics:\n  - name: a\n    value: 1e13\n",
    "report:\n  type: year-end\n  period: {start: 2025-01-01, end: 2025-13-31}\n",
    "report:\n  type: year-end\n  period: {start: 2025-01-01, end: 2025-12-31}\nthanks: [a, b]\nextra: 1\n",
    "report:\n  type: year-end\n  period: {start: 2025-01-01, end: 2025-12-31}\n  title: " + "长" * 300 + "\n",
    "报告:\n  类型: 年终总结\n  周期: {start: 2025-01-01, end: 2025-12-31}\n",
    "report:\n  type: year-end\n  period: {start: 2025-01-01, end: 2025-12-31}\nmetrics:\n  - {name: a, value: .nan}\n",
    "report:\n  type: year-end\n  period: {start: 2025-01-01, end: 2025-12-31}\nmetrics:\n  - {name: a, value: yes}\n",
]


# Every file's reading is compared above; whole loads are compared on the realistic files
# (ruamel's scalar types against plain ones through validation) and on the broken ones.
LOADED = REALISTIC + sorted(ROOT.glob("fixtures/broken/*"))


@pytest.mark.parametrize("case", range(len(BROKEN_FACTS) + len(LOADED)))
def test_load_facts_gives_what_the_ruamel_path_gives(case, tmp_path):
    if case < len(BROKEN_FACTS):
        path = tmp_path / "facts.yaml"
        path.write_text(BROKEN_FACTS[case], encoding="utf-8")
    else:
        path = LOADED[case - len(BROKEN_FACTS)]
    model._PARSED.clear()
    assert _outcome(lambda: model.load_facts(path)) == _outcome(lambda: _ruamel_only(path))


ATOMS = [" ", "  ", "\n", "\r\n", ":", ": ", "-", "- ", "? ", "#", " #", '"', "'", "[", "]", "{", "}", ",",
         "|", ">", "&a ", "*a", "!", "%", "~", "null", "true", "yes", "0x1F", "017", "1_000", "1e3", ".5",
         "2025-13-01", "2025-01-01", "<<: ", "=", "中文", "：", "，", "\u3000", "a", "key", "---", "...", "\\",
         "12", "-3", "+4", "0", "3."]


@settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.sampled_from(ATOMS), min_size=1, max_size=6).map("".join), min_size=1, max_size=8),
       st.lists(st.sampled_from([0, 0, 1, 2, 4]), min_size=8, max_size=8))
def test_generated_yaml_reads_as_ruamel_reads_it(lines, indents):
    _same_reading("k: v\n" + "\n".join(" " * indent + line for indent, line in zip(indents, lines)) + "\n")


_SEEDS = [read_text(p) for p in REALISTIC]


@settings(max_examples=examples(200), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(range(len(_SEEDS))),
       st.lists(st.tuples(st.floats(0, 1), st.sampled_from(["insert", "delete", "replace"]), st.sampled_from(ATOMS)),
                min_size=1, max_size=4))
def test_mutated_facts_files_read_as_ruamel_reads_them(seed, edits):
    text = _SEEDS[seed]
    for where, how, atom in edits:
        at = int(where * len(text))
        if how == "insert":
            text = text[:at] + atom + text[at:]
        elif how == "delete":
            text = text[:at] + text[at + len(atom):]
        else:
            text = text[:at] + atom + text[at + 1:]
    _same_reading(text)
