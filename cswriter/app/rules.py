"""Rules: the lint rules, listed or explained one by one with their sources and examples."""

from __future__ import annotations

import difflib
from typing import Any

from cswriter.errors import InputError
from cswriter.schemas import RuleDocument, RulesDocument


def select_rules(code: str | None) -> list[Any]:
    """The rules whose code starts with `code` (a rule "CS101" or a family "CS1"), or all."""
    from cswriter.lint.catalogue import load_catalogue

    rules = load_catalogue().rules
    if not code:
        return list(rules)
    wanted = code.strip().upper()
    selected = [r for r in rules if r.code.startswith(wanted)]
    if not selected:
        close = difflib.get_close_matches(wanted, [r.code for r in rules], n=3)
        raise InputError(f"没有规则“{code}”。" + (f"是不是 {'、'.join(close)}？" if close else ""),
                         hint="运行 cswriter rules 查看全部规则。")
    return selected


def rule_document(rule: Any) -> RuleDocument:
    from cswriter.documents import versioned
    from cswriter.lint.catalogue import load_catalogue
    from cswriter.lint.models import FAMILY_TITLES

    catalogue = load_catalogue()
    return RuleDocument.model_validate(versioned({
        "code": rule.code, "name": rule.name, "family": rule.family,
        "family_title": FAMILY_TITLES.get(rule.family, rule.family), "kind": rule.kind,
        "severity": rule.severity, "title": rule.title, "message": rule.message,
        "suggestion": rule.suggestion, "rationale": rule.rationale,
        "rationale_text": catalogue.readable(rule.rationale), "sources": rule.sources,
        "citations": [catalogue.cite(source) for source in rule.sources],
        "fixable": rule.fixable, "words": [w.word for w in rule.words],
        "exempt": [e for w in rule.words for e in w.exempt],
        "backed_by": rule.backed_by, "needs_facts": rule.kind == "figure_untraced",
        "examples": {"bad": rule.examples.bad, "good": rule.examples.good},
    }))


def explain_rule(code: str) -> RuleDocument:
    """One rule, explained: what it checks, why (its sources), wrong and right examples."""
    wanted = code.strip().upper()
    selected = select_rules(code)
    exact = [r for r in selected if r.code == wanted]
    if not exact:
        if len(selected) == 1:
            return rule_document(selected[0])
        raise InputError(f"“{code}”是一个类别，有 {len(selected)} 条规则：{'、'.join(r.code for r in selected)}。",
                         hint="请给出其中一条规则的编号，如 " + selected[0].code + "。")
    return rule_document(exact[0])


def list_rules(code: str | None = None) -> RulesDocument:
    """Every rule, or the rules of one family (CS1) or with one code prefix."""
    from cswriter.documents import versioned

    return RulesDocument.model_validate(versioned(
        {"rules": [rule_document(r).model_dump(exclude={"schema_version"}) for r in select_rules(code)]}))
