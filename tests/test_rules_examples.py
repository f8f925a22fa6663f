"""Every rule's 正确/错误 examples, run like prh specs: the catalogue documents itself."""

from __future__ import annotations

import functools

import pytest

from cswriter.facts.model import facts_from_data
from cswriter.figures.trace import build_tracer
from cswriter.lint import lint_text
from cswriter.lint.catalogue import load_catalogue
from cswriter.lint.config import config_from_dict

RULES = load_catalogue().rules


@functools.cache
def _setup(code: str):
    """Each rule alone (as prh runs one rule's specs), with the settings its examples need;
    made once per rule for all its examples (only read by lint)."""
    rule = load_catalogue().rule(code)
    config = config_from_dict({**(rule.example_config or {}), "select": [rule.code]})
    tracer = build_tracer(facts_from_data(rule.example_facts)) if rule.example_facts else None
    return config, tracer


CASES = [(r.code, "bad", s) for r in RULES for s in r.examples.bad] + \
        [(r.code, "good", s) for r in RULES for s in r.examples.good]


@pytest.mark.parametrize(("code", "expect", "sentence"), CASES,
                         ids=[f"{c}-{e}-{i}" for i, (c, e, _) in enumerate(CASES)])
def test_rule_example(code: str, expect: str, sentence: str) -> None:
    config, tracer = _setup(code)
    codes = [f.code for f in lint_text(sentence, tracer=tracer, config=config)]
    if expect == "bad":
        assert code in codes, f"{code} should flag: {sentence} (got {codes})"
    else:
        assert code not in codes, f"{code} should not flag: {sentence} (got {codes})"


def test_codes_are_unique_and_in_their_family() -> None:
    codes = [r.code for r in RULES]
    assert len(codes) == len(set(codes))
    families = {c[:3] for c in codes}
    assert families == {"CS1", "CS2", "CS3", "CS4", "CS5", "CS6"}


def test_every_rule_cites_a_source_and_has_chinese_text() -> None:
    for r in RULES:
        assert r.sources and r.rationale
        assert any("\u4e00" <= ch <= "\u9fff" for ch in r.message), r.code
        assert any("\u4e00" <= ch <= "\u9fff" for ch in r.title), r.code


def test_exemption_contexts_contain_their_word() -> None:
    for r in RULES:
        for w in r.words:
            for ctx in w.exempt:
                assert w.word in ctx, (r.code, w.word, ctx)
