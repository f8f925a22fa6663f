"""The Chinese names of the fields of a facts file, both ways.

A person revises what they see: "改 客户满意度", "改 第2个案例的结果", "改 问题原因",
"改 岗位职责". `resolve_label` turns such a label into the field path the engine writes
("metrics[1].value", "cases[1].result"); `label_of_path` names a path the way a person
would ("客户满意度（去年）"), and `shown_value` prints the current value with its unit.
The Chinese names are the same data as the Chinese keys of a facts file (`data/keys.yaml`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from cswriter.domain import load_domain
from cswriter.errors import InputError
from cswriter.facts.document import format_path, get_at, parse_path
from cswriter.facts.model import Facts, canonical_keys, key_aliases, model_at, plain_data
from cswriter.text.numbers import chinese_numeral

_ITEM_LISTS = ("cases", "problems", "plans", "metrics", "categories")
_METRIC_NUMBERS = ("value", "target", "previous", "annual_target")


class LabelError(InputError):
    """A label that names no field, or several (the message lists the choices)."""


@dataclass(frozen=True)
class _Names:
    first: dict[str, str]
    """canonical key → the Chinese name shown for it."""
    every: dict[str, str]
    """every Chinese name → canonical key."""


def _names(model: Any) -> _Names:
    aliases = key_aliases(model) if model is not None else {}
    first: dict[str, str] = {}
    for alias, canonical in aliases.items():
        first.setdefault(canonical, alias)
    return _Names(first, aliases)


def _previous_word(tree: Any) -> str:
    domain = load_domain()
    rtype = domain.report_types.get(domain.report_type_id(str(get_at(tree, ["report", "type"]) or "")) or "")
    return rtype.previous_word if rtype else "上期"


def node_data(tree: Any, tokens: list[Any]) -> dict[str, Any]:
    """The mapping at a path as plain data with the English keys (单位 read as unit)."""
    node = get_at(tree, tokens)
    if not isinstance(node, dict):
        return {}
    model = model_at(tokens)
    return canonical_keys(plain_data(node), model) if model is not None else plain_data(node)


def label_of_path(tree: Any, path: str) -> str:
    """"metrics[1].previous" → "客户满意度（去年）"; "cases[1].result" → "第2个案例的结果"."""
    try:
        tokens = parse_path(path)
    except InputError:
        return path
    top = _names(model_at([]))
    head = str(tokens[0])
    if head == "metrics" and len(tokens) >= 2 and isinstance(tokens[1], int):
        name = str(node_data(tree, tokens[:2]).get("name") or f"第{tokens[1] + 1}个指标")
        if len(tokens) == 2 or tokens[2] == "value":
            return name
        attr = str(tokens[2])
        word = _previous_word(tree) if attr == "previous" else _names(model_at(tokens[:2])).first.get(attr, attr)
        return f"{name}（{word}）"
    if head in _ITEM_LISTS and len(tokens) >= 2 and isinstance(tokens[1], int):
        noun = top.first.get(head, head)
        item = f"第{tokens[1] + 1}个{noun}"
        if len(tokens) == 2:
            return item
        return f"{item}的{_names(model_at(tokens[:2])).first.get(str(tokens[2]), str(tokens[2]))}"
    if len(tokens) == 1:
        section = next((s.title for s in load_domain().sections if s.sources and s.sources[0] == head), None)
        return section or top.first.get(head) or head
    if head == "report":
        return _names(model_at(["report"])).first.get(str(tokens[-1]), path)
    parent = top.first.get(head, head)
    child = _names(model_at(tokens[:-1])).first.get(str(tokens[-1]), str(tokens[-1]))
    return f"{parent}{child}"


def decline_label(key: str, tree: Any) -> str:
    """How a `declined:` entry reads: a section title, a metric title or a field's name."""
    domain = load_domain()
    if key in domain.section_titles:
        return domain.section_titles[key]
    if key in domain.metrics:
        return domain.metrics[key].title
    return label_of_path(tree, key)


def shown_value(tree: Any, path: str) -> str | None:
    """The current value as a person reads it: "96%", "4.8分（满分5分）", "2026-12-31"."""
    try:
        tokens = parse_path(path)
    except InputError:
        return None
    value = get_at(tree, tokens)
    if value in (None, "", []):
        return None
    if tokens[0] == "metrics" and len(tokens) == 3 and tokens[2] in _METRIC_NUMBERS:
        metric = node_data(tree, tokens[:2])
        unit = str(metric.get("unit") or "")
        scale = metric.get("scale")
        text = f"{_plain(value)}{unit}"
        if unit == "分" and scale:
            text += f"（满分{_plain(scale)}分）"
        return text
    if tokens[0] == "plans" and len(tokens) == 3 and tokens[2] in ("target", "baseline"):
        unit = str(node_data(tree, tokens[:2]).get("unit") or "")
        return f"{_plain(value)}{unit}"
    return _flat(value)


def _plain(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _flat(value: Any) -> str:
    if isinstance(value, dict):
        return "，".join(f"{k}: {_flat(v)}" for k, v in value.items() if v not in (None, "", []))
    if isinstance(value, list):
        return "、".join(_flat(v) for v in value)
    if isinstance(value, date):
        return value.isoformat()
    return _plain(value)


# ---------------------------------------------------------------------------------------
# From a label to a path

_ORDINAL_RE = re.compile(r"^第(?P<n>\d+|[一二两三四五六七八九十]+)(?:个|项|条|件)?(?P<rest>.+)$")


def _clean(text: str) -> str:
    return re.sub(r"\s+", "", str(text)).strip("“”\"'：:")


def _strip_of(text: str) -> str:
    return text[1:] if text.startswith("的") else text


def _metric_paths(tree: Any, label: str) -> list[str]:
    metrics = get_at(tree, ["metrics"]) or []
    domain = load_domain()
    names = _names(model_at(["metrics", 0]))
    previous_word = _previous_word(tree)
    found: list[str] = []
    for i in range(len(metrics)):
        name = _clean(str(node_data(tree, ["metrics", i]).get("name") or ""))
        if not name:
            continue
        spec = domain.match_metric(name)
        candidates = [name] + ([_clean(spec.title)] if spec else [])
        for candidate in sorted(set(candidates), key=len, reverse=True):
            if not label.startswith(candidate):
                continue
            rest = _strip_of(label[len(candidate):]).strip("（）()")
            if not rest:
                found.append(f"metrics[{i}].value")
            elif rest in names.every or rest == previous_word:
                attr = "previous" if rest == previous_word else names.every[rest]
                found.append(f"metrics[{i}].{attr}")
            elif rest in model_at(["metrics", 0]).model_fields:  # type: ignore[union-attr]
                found.append(f"metrics[{i}].{rest}")
            break
    return found


def _item_path(tree: Any, list_key: str, index: int | None, rest: str, label: str) -> str:
    items = [node_data(tree, [list_key, i]) for i in range(len(get_at(tree, [list_key]) or []))]
    noun = _names(model_at([])).first.get(list_key, list_key)
    if not rest and index is None:
        return list_key  # the list as a whole: revising it adds an item
    if not items:
        raise LabelError(f"还没有填写任何{noun}，没有“{label}”可以修改。")
    if index is None:
        if len(items) > 1:
            model = model_at([list_key, 0])
            key = next(iter(model.model_fields)) if model is not None else "name"
            choices = "、".join(f"第{i + 1}个{noun}“{it.get(key, '')}”" for i, it in enumerate(items))
            raise LabelError(f"有 {len(items)} 个{noun}，要改哪一个？请写明序号，例如“改 第1个{noun}的{rest or '内容'}”"
                             f"（{choices}）。")
        index = 0
    if not 0 <= index < len(items):
        raise LabelError(f"只有 {len(items)} 个{noun}，没有第 {index + 1} 个。")
    if not rest:
        return f"{list_key}[{index}]"
    names = _names(model_at([list_key, 0]))
    field = names.every.get(rest) or (rest if rest in (model_at([list_key, 0]) or Facts).model_fields else None)
    if field is None:
        known = "、".join(dict.fromkeys(names.first.values()))
        raise LabelError(f"{noun}没有“{rest}”这一项，可以改的有：{known}。")
    return f"{list_key}[{index}].{field}"


def resolve_label(tree: Any, label: str) -> str:
    """A field path from what a person calls it; raises `LabelError` with the choices.

    "客户满意度" → metrics[i].value; "客户满意度的目标" / "客户满意度去年" → target / previous;
    "第2个案例的结果" → cases[1].result; "问题原因" → problems[0].cause (when there is one
    problem); "岗位职责" → report.duties; "典型案例" → cases; a field path is taken as it is.
    """
    text = _clean(label)
    if not text:
        raise LabelError("请写要修改的内容，例如“改 客户满意度”或“改 第1个案例的结果”。")
    # A field path as the facts file writes it (metrics[0].value, report.duties).
    if re.fullmatch(r"[A-Za-z_][\w]*(?:\[\d+\]|\.[A-Za-z_]\w*)*", text):
        tokens = parse_path(text)
        if str(tokens[0]) in Facts.model_fields:
            return format_path(tokens)
    found = _metric_paths(tree, text)
    if len(found) == 1:
        return found[0]
    top = _names(model_at([]))
    ordinal = _ORDINAL_RE.match(text)
    index: int | None = None
    body = text
    if ordinal:
        n = ordinal["n"]
        number = int(n) if n.isdigit() else int(chinese_numeral(n) or 0)
        if number:
            index, body = number - 1, ordinal["rest"]
    for noun in sorted(top.every, key=len, reverse=True):
        key = top.every[noun]
        if key in ("cases", "problems", "plans", "categories") and body.startswith(noun):
            return _item_path(tree, key, index, _strip_of(body[len(noun):]), text)
    if index is not None:
        raise LabelError(f"没看懂“{label}”：请写成“第2个案例的结果”“第1个计划的期限”这样的说法。")
    report = _names(model_at(["report"]))
    if text in report.every:
        return f"report.{report.every[text]}"
    if text in top.every:
        return top.every[text]
    for spec in load_domain().sections:
        if text == _clean(spec.title) and spec.sources:
            return spec.sources[0]
    for parent in ("complaints", "project"):
        noun = top.first.get(parent, parent)
        for word in (noun, *[a for a, k in top.every.items() if k == parent]):
            if text.startswith(word) and len(text) > len(word):
                rest = _strip_of(text[len(word):])
                names = _names(model_at([parent]))
                if rest in names.every:
                    return f"{parent}.{names.every[rest]}"
    raise LabelError(f"没有找到“{label}”。{revisable_hint(tree)}")


def revisable_hint(tree: Any) -> str:
    """A few labels this file can be revised by, as an example for the person."""
    examples: list[str] = []
    for i in range(min(2, len(get_at(tree, ["metrics"]) or []))):
        m = node_data(tree, ["metrics", i])
        if m.get("name"):
            examples.append(str(m["name"]))
    for key in ("cases", "problems", "plans"):
        items = get_at(tree, [key]) or []
        if items:
            model = model_at([key, 0])
            last = list(model.model_fields)[-1] if model is not None else ""
            examples.append(label_of_path(tree, f"{key}[0].{last}"))
    examples.append("岗位职责")
    return "可以这样写：" + "、".join(f"改 {e}" for e in examples) + "。"


__all__ = ["LabelError", "decline_label", "label_of_path", "resolve_label", "revisable_hint",
           "shown_value"]
