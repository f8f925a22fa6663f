#!/usr/bin/env python3
"""Figures as people type them, read through every entry path: do the paths agree?

Each row is typed as `value:` in a YAML facts file, in a JSON facts file, as the interview's
answer for the metric's value, and as a whole "name + value" line the interview takes for a
new metric. Prints what each path stored (value, unit, full marks) and whether all agree.
Not a test (tests/test_typed_facts.py asserts the expected readings); a table to look at.

Usage:

    .venv/bin/python bench/typed_facts.py
"""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cswriter.errors import InputError  # noqa: E402
from cswriter.facts.document import FactsDocument  # noqa: E402
from cswriter.facts.model import load_facts  # noqa: E402
from cswriter.interview.engine import Interview  # noqa: E402

ROWS = [
    ("咨询量", "12.5万"), ("咨询量", "1.2万件"), ("咨询量", "两万五"), ("咨询量", "十二万五千"),
    ("咨询量", "125,380"), ("咨询量", "约1,200件"),
    ("问题解决率", "百分之九十五"), ("问题解决率", "95%"), ("问题解决率", "98.5%"),
    ("问题解决率", "九成五"), ("问题解决率", "９８．５％"),
    ("平均响应时长", "200秒"), ("平均响应时长", "1分30秒"), ("平均处理时长", "两分钟"),
    ("平均处理时长", "1小时20分钟"),
    ("客户满意度", "4.8分（满分5分）"), ("客户满意度", "9.2分（10分制）"), ("客户满意度", "四点八分（满分5分）"),
]
HEAD = "report:\n  type: monthly\n  role: 客服专员\n  period: {start: 2026-10-01, end: 2026-10-31}\n"


def _stored(path: Path) -> str:
    try:
        m = load_facts(path).metrics[0]
    except InputError as error:
        return "refused: " + error.message.splitlines()[-1].strip()
    scale = f" /{m.scale:g}" if m.scale else ""
    return f"{m.value:g} {m.unit}{scale}"


def _run(directory: Path, name: str, typed: str) -> list[str]:
    out = []
    yaml_path = directory / "a.yaml"
    yaml_path.write_text(HEAD + f"metrics:\n  - name: {name}\n    value: \"{typed}\"\n", encoding="utf-8")
    out.append(_stored(yaml_path))
    json_path = directory / "b.json"
    json_path.write_text(json.dumps({"report": {"type": "monthly", "role": "客服专员", "period": {
        "start": "2026-10-01", "end": "2026-10-31"}}, "metrics": [{"name": name, "value": typed}]},
        ensure_ascii=False), encoding="utf-8")
    out.append(_stored(json_path))
    for field, answer, text in (("metrics[0].value", typed, HEAD + f"metrics:\n  - name: {name}\n"),
                                ("metrics", f"{name}{typed}", HEAD)):
        path = directory / "c.yaml"
        path.write_text(text, encoding="utf-8")
        try:
            Interview(FactsDocument.load(path), today=date(2026, 11, 5)).answer(field, answer)
            out.append(_stored(path))
        except InputError as error:
            out.append("refused: " + error.message)
    return out


def main() -> None:
    agree = 0
    print(f"{'typed':<22}{'YAML file':<16}{'JSON file':<16}{'answer':<16}{'new-metric line':<16}agree")
    with tempfile.TemporaryDirectory() as tmp:
        for name, typed in ROWS:
            readings = _run(Path(tmp), name, typed)
            same = len(set(readings)) == 1 and not readings[0].startswith("refused")
            agree += same
            print(f"{name + ' ' + typed:<22}" + "".join(f"{r:<16}" for r in readings) + ("yes" if same else "NO"))
    print(f"\n{agree} of {len(ROWS)} rows read alike by all four paths")


if __name__ == "__main__":
    main()
