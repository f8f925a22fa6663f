"""Export headers → what each column holds, from `data/exports.yaml` and metrics.yaml."""

from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass

from cswriter.domain import load_domain, load_yaml_resource

# A unit in brackets at the end of a header: 首次响应时长(秒), 平均会话时长（分钟）, Time (min).
_UNIT_IN_HEADER = re.compile(r"^(?P<name>.*?)\s*[（(\[【]\s*(?P<unit>[^（()）\[\]【】]{1,8})\s*[)）\]】]\s*$")
_UNIT_WORDS = {
    "秒": "秒", "s": "秒", "sec": "秒", "secs": "秒", "seconds": "秒", "秒钟": "秒",
    "分": "分钟", "分钟": "分钟", "min": "分钟", "mins": "分钟", "minutes": "分钟",
    "时": "小时", "小时": "小时", "h": "小时", "hr": "小时", "hrs": "小时", "hours": "小时",
    "天": "天", "日": "天", "days": "天",
    "%": "%", "％": "%", "百分比": "%",
    "件": "件", "个": "个", "人": "人", "次": "次", "通": "通", "单": "单", "条": "条", "人次": "人次",
}


@dataclass(frozen=True)
class Field:
    id: str
    role: str
    """date | agent | count | duration | rate | score"""
    metric: str | None = None
    unit: str | None = None
    numerator: str | None = None
    denominator: str | None = None
    title: str | None = None
    """The Chinese name for an English header (else the metric's title)."""
    high: bool = False
    """A rate near the top of the scale: a column of values all ≤ 1 is fractions."""


@dataclass(frozen=True)
class Column:
    """One recognised column of an export."""

    index: int
    header: str
    name: str
    """The header without its unit: what the facts will call the metric."""
    field: Field
    unit: str | None
    """From the header, else the name's usual unit, else the field's."""


@dataclass(frozen=True)
class ExportSpec:
    fields: dict[str, Field]
    by_name: dict[str, tuple[str, str | None]]
    """normalised header name → (field id, unit that name implies)"""
    ignore: frozenset[str]
    totals: frozenset[str]
    derived: dict[str, dict[str, str]]
    products: tuple[dict, ...] = ()
    """The column sets help-desk products document, each with its source."""


def normalise(name: str) -> str:
    return re.sub(r"[\s_\-·/“”\"'‘’「」]+", "", name).lower()


def split_unit(header: str) -> tuple[str, str | None]:
    """"首次响应时长(秒)" → ("首次响应时长", "秒"); a header without a unit → (header, None)."""
    text = header.strip()
    m = _UNIT_IN_HEADER.match(text)
    if m:
        unit = _UNIT_WORDS.get(m["unit"].strip().lower())
        if unit:
            return m["name"].strip(), unit
    if text.endswith(("%", "％")) and len(text) > 1:
        return text[:-1].strip(), "%"
    return text, None


@functools.cache
def export_spec() -> ExportSpec:
    doc = load_yaml_resource("exports.yaml")
    fields: dict[str, Field] = {}
    by_name: dict[str, tuple[str, str | None]] = {}
    for field_id, spec in doc["fields"].items():
        fields[field_id] = Field(id=field_id, role=spec["role"], metric=spec.get("metric"),
                                 unit=spec.get("unit"), numerator=spec.get("numerator"),
                                 denominator=spec.get("denominator"), title=spec.get("title"),
                                 high=bool(spec.get("high")))
        for entry in spec["names"]:
            if isinstance(entry, dict):
                (name, unit), = entry.items()
            else:
                name, unit = entry, None
            by_name.setdefault(normalise(str(name)), (field_id, unit))
    # Exact synonyms from metrics.yaml for what the export names do not cover.
    role_of_kind = {"count": "count", "duration": "duration", "rate": "rate", "score": "score"}
    export_field_of = {}
    for field_id, known in fields.items():
        if known.metric and known.role in ("count", "duration"):
            export_field_of.setdefault(known.metric, field_id)
    for metric in load_domain().metrics.values():
        field_id = export_field_of.get(metric.id, f"metric:{metric.id}")
        if field_id not in fields:
            fields[field_id] = Field(id=field_id, role=role_of_kind[metric.kind], metric=metric.id,
                                     unit=metric.unit, denominator="received")
        for synonym in metric.names:
            by_name.setdefault(normalise(synonym), (field_id, None))
    return ExportSpec(
        fields=fields, by_name=by_name,
        ignore=frozenset(normalise(str(x)) for x in doc.get("ignore", [])),
        totals=frozenset(normalise(str(x)) for x in doc.get("totals", [])),
        derived=dict(doc.get("derived", {})),
        products=tuple(doc.get("products", [])),
    )


IGNORE_WORDS = frozenset({"忽略", "跳过", "不要", "不导入", "ignore", "skip", "-"})


def resolve_target(target: str) -> str | None:
    """What `--map 列名=指标` maps to: a field id (received), an export column name (接待量),
    a metric id or name (volume, 咨询量, 首次响应时长); "ignore" for 忽略/跳过; None if unknown."""
    spec = export_spec()
    text = target.strip()
    if normalise(text) in IGNORE_WORDS:
        return "ignore"
    if text in spec.fields:
        return text
    found = spec.by_name.get(normalise(split_unit(text)[0]))
    if found:
        return found[0]
    metric = load_domain().metrics.get(text) or load_domain().match_metric(text)
    if metric is not None:
        own = [f for f, known in spec.fields.items() if known.metric == metric.id]
        return min(own, key=lambda f: f.startswith("metric:"), default=None)
    return None


def match_header(index: int, header: str, mapping: dict[str, str] | None = None) -> Column | None | str:
    """The column a header names; "ignore" for known columns a summary does not use;
    None when nobody knows it. `mapping` (normalised header → field id or "ignore") is the
    person's own: from `--map` and their mapping file; it wins over the built-in names."""
    spec = export_spec()
    name, unit = split_unit(header)
    key = normalise(name)
    mapped = (mapping or {}).get(normalise(header)) or (mapping or {}).get(key)
    if mapped == "ignore":
        return "ignore"
    if mapped is not None:
        found: tuple[str, str | None] | None = (mapped, None)
    else:
        if key in spec.ignore or normalise(header) in spec.ignore:
            return "ignore"
        found = spec.by_name.get(key) or spec.by_name.get(normalise(header))
    if found is None:
        return None
    field_id, name_unit = found
    field = spec.fields[field_id]
    if field.role == "rate" and unit is None:
        unit = "%"
    if not re.search(r"[\u4e00-\u9fff]", name) and (field.metric or field.title):
        # An English header (Tickets created) is named in the report as the metric is in Chinese.
        name = field.title or load_domain().metrics[field.metric].title
    return Column(index=index, header=header, name=name, field=field,
                  unit=unit or name_unit or field.unit)


def close_names(header: str, limit: int = 3) -> list[str]:
    """Known names that look like an unknown header (for “是不是……”)."""
    spec = export_spec()
    key = normalise(split_unit(header)[0])
    return difflib.get_close_matches(key, list(spec.by_name), n=limit, cutoff=0.5)


def is_totals_label(value: object) -> bool:
    return isinstance(value, str) and normalise(value) in export_spec().totals
