"""Writing imported facts: a new facts file, or merged into the user's without touching
what the user wrote (through the round-trip document the interview uses, so comments, key
order, encoding and line endings stay)."""

from __future__ import annotations

import json
from datetime import date
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cswriter.domain import load_domain
from cswriter.errors import InputError
from cswriter.facts.document import FactsDocument, append_at, delete_at, get_at, set_at, to_node
from cswriter.importing.aggregate import Imported
from cswriter.importing.columns import normalise
from cswriter.text.files import write_output


def _same_path(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def write_facts(imported: Imported, output: Path, *, into: Path | None = None, force: bool = False,
                sources: list[str] | None = None, keep: str | None = None,
                contradictions: Callable[[Any], list[tuple[str, str]]] | None = None) -> list[str]:
    """Write the facts; returns what was done, one line each (added, kept, left to the user).

    `contradictions(facts)` lists the (code, message) of the errors `check` finds in facts
    (the app layer passes it): a merge runs it before and after and reports what is new."""
    for source in sources or []:
        if _same_path(Path(source), output):
            raise InputError(f"{output}: 输出文件就是导出文件本身，不能覆盖。", hint="请用 -o 指定另一个文件名。")
    if into is not None:
        return _merge(imported, into, output, keep, contradictions)
    if output.exists() and not force:
        raise InputError(f"{output}: 文件已存在，未改动。",
                         hint=f"要把导出的数据合并进去请用 --into {output}；要整个覆盖请加 --force。")
    text = render_new(imported, output, sources or [])
    FactsDocument.from_text(output, text)  # the result must read back as valid facts
    backup = write_output(output, text)
    kept = [f"原来的 {output} 另存为 {backup}。"] if backup else []
    return kept + [f"新建 {output}：{len(imported.metrics)} 个指标" +
            (f"，{len(imported.monthly['rows'])} 行{'日' if imported.granularity == 'day' else '月'}度数据"
             if imported.monthly else "") + "。"]


def render_new(imported: Imported, output: Path, sources: list[str]) -> str:
    data = imported.facts()
    if output.suffix.lower() == ".json":
        return json.dumps(data, ensure_ascii=False, indent=2, default=_json_default) + "\n"
    import io

    from ruamel.yaml import YAML

    tree = to_node(data)
    tree["report"]["period"].fa.set_flow_style()
    names = "、".join(Path(s).name for s in sources) or "客服系统导出"
    tree.yaml_set_start_comment(
        f"由 cswriter import 从 {names} 生成：指标、月度数据和统计周期来自导出。\n"
        "导出里没有的内容（工作内容、案例、问题、计划等）请补充；运行 cswriter check 本文件 查看还缺什么。")
    yaml = YAML(typ="rt")
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    buffer = io.StringIO()
    yaml.dump(tree, buffer)
    return buffer.getvalue()


def _json_default(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def _canonical(metric: Any) -> str | None:
    if not isinstance(metric, dict):
        return None
    if metric.get("canonical"):
        return str(metric["canonical"])
    spec = load_domain().match_metric(str(metric.get("name", "")))
    return spec.id if spec else None


def _is_exact_synonym(metric: dict, canonical: str) -> bool:
    if metric.get("canonical") == canonical:
        return True
    names = load_domain().metrics[canonical].names
    return normalise(str(metric.get("name", ""))) in {normalise(n) for n in names}


def _find_metric(existing: list[Any], imported: dict) -> int | None:
    """The user's metric an imported one is: the same name; else the one metric of the same
    canonical kind whose name is a plain synonym (接待量) or whose unit is the same (平均首响时长
    in 秒) — not 退换货处理时长 in 天, which only contains a synonym."""
    names = [normalise(str(m.get("name", ""))) if isinstance(m, dict) else "" for m in existing]
    if normalise(imported["name"]) in names:
        return names.index(normalise(imported["name"]))
    canonical = _canonical(imported)
    if canonical is None:
        return None
    same = [i for i, m in enumerate(existing) if _canonical(m) == canonical]
    if len(same) != 1:
        return None
    mine = existing[same[0]]
    if _is_exact_synonym(mine, canonical) or str(mine.get("unit", "")).strip() == imported.get("unit"):
        return same[0]
    return None


KEEP_CHOICES = ("mine", "export")


def _merge(imported: Imported, into: Path, output: Path, keep: str | None = None,
           contradictions: Callable[[Any], list[tuple[str, str]]] | None = None) -> list[str]:
    """Fill the file's gaps from the export; where the two disagree, say so (never ✓).

    A rate the export computes from its counts (满意评价数 / 评价总数) that differs from the
    one written is recomputed from those counts unless `keep` is "mine"; other differing
    values stay as written unless `keep` is "export". The period is the data's. After the
    merge `check` runs: a new error a monthly table causes drops the table, any other one
    is reported. Conflicts and new errors go to `imported.notes` (shown as 注意), changes
    are returned."""
    if keep not in (None, *KEEP_CHOICES):
        raise InputError(f"--keep {keep}: 应为 mine（保留你写的）或 export（采用导出的）。")
    document = FactsDocument.load(into)
    tree = document.working_copy()
    before = _errors(contradictions, document, tree)
    done: list[str] = []
    conflicts: list[str] = []
    report = get_at(tree, ["report"])
    for key in ("author", "level", "team_size"):
        if key in imported.report and (not isinstance(report, dict) or report.get(key) in (None, "")):
            set_at(tree, ["report", key], imported.report[key])
            done.append(f"补上 report.{key}：{imported.report[key]}")
    period = get_at(tree, ["report", "period"])
    start, end = imported.report["period"]["start"], imported.report["period"]["end"]
    if isinstance(period, dict):
        theirs = (str(period.get("start")), str(period.get("end")))
        inside = theirs[0] <= start.isoformat() and end.isoformat() <= theirs[1]
        if inside and theirs != (start.isoformat(), end.isoformat()):
            conflicts.append(f"导出的数据只覆盖 {start} 至 {end}，统计周期仍为 {theirs[0]} 至 {theirs[1]}。")
        elif theirs != (start.isoformat(), end.isoformat()):
            if keep == "mine":
                conflicts.append(f"统计周期保留你写的 {theirs[0]} 至 {theirs[1]}，但导出的数据是 {start} 至 {end}，"
                                 "两者的数字不是同一段时间的。")
            else:
                set_at(tree, ["report", "period", "start"], start)
                set_at(tree, ["report", "period", "end"], end)
                conflicts.append(f"统计周期按导出的数据改为 {start} 至 {end}（原为 {theirs[0]} 至 {theirs[1]}）；"
                                 "要保留原来的请加 --keep mine。")
    existing = get_at(tree, ["metrics"])
    existing = list(existing) if isinstance(existing, list) else []
    for metric in imported.metrics:
        index = _find_metric(existing, metric)
        if index is None:
            append_at(tree, ["metrics"], metric)
            existing = list(get_at(tree, ["metrics"]))
            done.append(f"新增指标 {metric['name']}：{metric['value']}{metric['unit']}")
            continue
        mine = existing[index]
        label = mine.get("name", metric["name"])
        differs = not _equal(mine.get("value"), metric["value"]) and mine.get("value") not in (None, "")
        from_counts = "basis" in metric and metric.get("unit") == "%"
        take_export = keep == "export" or (keep is None and differs and from_counts and mine.get("basis") in (None, ""))
        for key in ("value", "unit", "basis"):
            if key not in metric:
                continue
            current = mine.get(key)
            if current in (None, ""):
                if key == "basis" and differs and not take_export:
                    continue  # counts that compute to another rate than the one kept: left out
                set_at(tree, ["metrics", index, key], metric[key])
                done.append(f"补上 {label}.{key}：{_show(metric[key])}")
            elif not _equal(current, metric[key]):
                if take_export:
                    set_at(tree, ["metrics", index, key], metric[key])
                    if key == "value" and from_counts and keep is None:
                        conflicts.append(f"{label} 按导出的计数重新算得 {_show(metric[key])}{metric['unit']}"
                                         f"（你写的是 {_show(current)}）；要保留你写的请加 --keep mine。")
                    else:
                        done.append(f"{label}.{key} 改为导出的 {_show(metric[key])}（原为 {_show(current)}）")
                elif keep == "mine":
                    conflicts.append(f"按你的选择保留 {label}.{key} = {_show(current)}，与导出的 {_show(metric[key])} 不一致。")
                else:
                    conflicts.append(f"{label}.{key}：你写的是 {_show(current)}，导出为 {_show(metric[key])}，"
                                     "保留了你写的；要采用导出的请加 --keep export。")
    added_table = False
    if imported.monthly:
        if get_at(tree, ["monthly"]) in (None, {}):
            set_at(tree, ["monthly"], imported.monthly)
            added_table = True
        else:
            conflicts.append("已有月度数据（monthly），未用导出覆盖。")
    document.facts(tree)  # validate before anything is written
    after = _errors(contradictions, document, tree)
    new = [f for f in after if f not in before]
    if new and added_table and keep != "mine":
        delete_at(tree, ["monthly"])
        if not [f for f in _errors(contradictions, document, tree) if f not in before]:
            conflicts.append("导出的明细表与保留的总数对不上（" + "；".join(f"{c} {m}" for c, m in new)
                             + "），未写入明细表。")
            added_table, new = False, []
        else:
            set_at(tree, ["monthly"], imported.monthly)
    if added_table:
        word = "日" if imported.granularity == "day" else "周" if imported.granularity == "week" else "月"
        done.append(f"新增{word}度数据 {len(imported.monthly['rows'])} 行")  # type: ignore[index]
    for code, message in new:
        conflicts.append(f"合并后 check 发现新的错误 {code}：{message}")
    if not _same_path(output, into):
        document.path = output
    document.save(tree)
    imported.notes.extend(conflicts)
    if not done and not conflicts:
        return ["导出中的数据与事实文件一致，没有需要改动的内容。"]
    return done


def _errors(contradictions: Callable[[Any], list[tuple[str, str]]] | None, document: FactsDocument,
            tree: Any) -> list[tuple[str, str]]:
    if contradictions is None:
        return []
    try:
        facts = document.facts(tree)
    except InputError:
        return []
    return contradictions(facts)


def _show(value: Any) -> str:
    from cswriter.facts.model import plain_data

    value = plain_data(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dict):
        return "，".join(f"{k}: {_show(v)}" for k, v in value.items())
    return str(value)


def _equal(a: Any, b: Any) -> bool:
    from cswriter.facts.model import plain_data

    a, b = plain_data(a), plain_data(b)
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_equal(a[k], b[k]) for k in a)
    try:
        return abs(float(a) - float(b)) < 1e-9
    except (TypeError, ValueError):
        return str(a).strip() == str(b).strip()
