"""A refused answer leaves the file on disk and the tree in memory exactly as they were.

Answers are applied to a cheap working copy (`FactsDocument.working_copy`) that shares
scalars and comment tokens with the saved tree; these tests make sure no answer, applied
and then refused or thrown away, changes anything the saved tree holds — its values, key
order, comments (the template's trailing examples are moved by appends) or styles.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from cswriter.facts.document import FactsDocument, append_at, delete_at, parse_path, set_at
from cswriter.facts.template import render_template
from cswriter.interview.answers import AnswerError
from cswriter.interview.engine import Interview

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "year-end-agent.yaml"


def snapshot(tree: Any) -> tuple[str, list]:
    """Everything a saved tree holds: its text as written, and each node's identity,
    comment slots and token values (a change to a shared token would show here)."""
    import copy

    # Rendered from a deep copy: ruamel's dumper appends to the comment lists it writes.
    text = FactsDocument(Path("x.yaml"), tree).render(copy.deepcopy(tree))
    nodes: list = []

    def walk(node: Any, where: str) -> None:
        ca = getattr(node, "ca", None)
        if ca is not None:
            slots = {key: [getattr(t, "value", t) for t in slot] for key, slot in ca.items.items()}
            nodes.append((where, id(node), repr(slots), repr(ca.comment)))
        if isinstance(node, dict):
            nodes.append((where, list(node.keys())))
            for key, value in node.items():
                walk(value, f"{where}.{key}")
        elif isinstance(node, list):
            nodes.append((where, len(node)))
            for index, value in enumerate(node):
                walk(value, f"{where}[{index}]")

    walk(tree, "")
    return text, nodes


@pytest.fixture
def weekly(tmp_path: Path) -> Interview:
    path = tmp_path / "周报.yaml"
    path.write_text(render_template("weekly", "客服专员", today=date(2026, 11, 20)), encoding="utf-8")
    return Interview(FactsDocument.load(path), today=date(2026, 11, 20))


@pytest.mark.parametrize(("field", "answer", "message"), [
    ("categories", "物流 60%、退款 50%", "超过 100%"),                   # a whole list, refused
    ("cases", {"title": "退款延迟安抚", "kind": "不存在的类型"}, None),     # appended, then refused
    ("report.team_size", "很多人", None),                                 # unreadable number
    ("metrics", "满意度 4.8", "几分制"),                                 # a new metric, refused
])
def test_a_refused_answer_changes_neither_file_nor_tree(weekly: Interview, field: str, answer: Any,
                                                        message: str | None) -> None:
    before_bytes = weekly.doc.path.read_bytes()
    tree = weekly.doc.tree
    before = snapshot(tree)
    with pytest.raises(AnswerError, match=message):
        weekly.answer(field, answer)
    assert weekly.doc.path.read_bytes() == before_bytes
    assert weekly.doc.tree is tree
    assert snapshot(tree) == before
    # and the next answer still works on the same document
    weekly.answer("cases", {"title": "误发货补发", "kind": "lesson", "result": "补发用时3天"})
    text = weekly.doc.path.read_text(encoding="utf-8")
    assert text.index("误发货补发") < text.index("# - title: 8月区域性网络故障应急处理")


@pytest.mark.parametrize("edit", [
    lambda t: append_at(t, ["cases"], {"title": "新案例", "result": "当天解决"}),
    lambda t: append_at(t, ["report", "channels"], "短信"),                 # inline list
    lambda t: set_at(t, ["project", "goal"], "上线新知识库"),               # new top-level key
    lambda t: set_at(t, ["metrics", 0, "value"], 1),
    lambda t: set_at(t, ["metrics"], [{"name": "咨询量", "value": 3}]),     # a block replaced whole
    lambda t: delete_at(t, ["metrics", 2, "scale"]),
    lambda t: delete_at(t, ["plans"]),                                      # the last key's comments
    lambda t: set_at(t, parse_path("declined"), ["cases"]),
])
def test_edits_to_a_working_copy_never_reach_the_saved_tree(edit) -> None:
    doc = FactsDocument.load(FIXTURE)
    before = snapshot(doc.tree)
    work = doc.working_copy()
    assert doc.render(work) == before[0]  # the copy writes the same text
    edit(work)
    assert doc.render(work) != before[0]
    assert snapshot(doc.tree) == before


def test_an_alias_stays_one_node_in_the_copy(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    text = FIXTURE.read_text(encoding="utf-8")
    path.write_text(text.replace("  channels: [客服热线, 在线工单, 在线聊天]",
                                 "  channels: &ch [客服热线, 在线工单, 在线聊天]")
                    + "attachments: *ch\n", encoding="utf-8")
    doc = FactsDocument.load(path)
    work = doc.working_copy()
    assert work["report"]["channels"] is work["attachments"]
    doc.save(work)
    assert "attachments: *ch" in path.read_text(encoding="utf-8")


def _edits(tree: Any) -> None:
    set_at(tree, ["metrics", 0, "value"], 1)
    append_at(tree, ["cases"], {"title": "新案例", "result": "当天解决"})
    delete_at(tree, [list(tree)[-1]])


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_a_text_read_again_writes_what_its_first_reading_wrote(suffix: str) -> None:
    """A process reads the same file many times (an answer at a time); a reading after the
    first, even after the first reading's tree was changed and written, writes the same bytes."""
    import json
    import uuid

    if suffix == ".json":
        data = FactsDocument.load(FIXTURE).plain()
        text = json.dumps({**data, "reflections": [uuid.uuid4().hex]}, ensure_ascii=False, default=str)
    else:  # a text no earlier test read
        text = FIXTURE.read_text(encoding="utf-8") + f"# {uuid.uuid4().hex}\n"
    path = FIXTURE.with_suffix(suffix)
    first = FactsDocument.from_text(path, text)
    written, facts, tree = first.render(first.tree), first.facts(), first.tree
    _edits(tree)
    edited = first.render(tree)
    assert edited != written
    for _ in range(2):
        again = FactsDocument.from_text(path, text)
        assert again.tree is not tree
        assert again.render(again.tree) == written
        assert again.facts() == facts
        _edits(again.tree)
        assert again.render(again.tree) == edited
