"""Shared test helpers: paths to fixtures and a CLI runner over the real app."""

from __future__ import annotations

import functools
import os
import sys
from datetime import datetime, timezone
from pathlib import Path

from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
BROKEN = FIXTURES / "broken"
REALISTIC = sorted(p for p in FIXTURES.glob("*.yaml"))

# Set by conftest for `pytest -m "not slow"`: property tests then try at most this many examples.
FAST_LOOP_EXAMPLES: int | None = None


def examples(wanted: int) -> int:
    """How many examples a property test tries: `wanted` in the whole suite (the README's
    command), at most FAST_LOOP_EXAMPLES in the fast loop, which samples the same property."""
    return wanted if FAST_LOOP_EXAMPLES is None else min(wanted, FAST_LOOP_EXAMPLES)


def broken_expectations() -> dict:
    """fixtures/broken/EXPECTED.yaml: what each broken fixture must give (a copy, yours to change)."""
    import copy

    return copy.deepcopy(_broken_expectations())


@functools.cache
def _broken_expectations() -> dict:
    from ruamel.yaml import YAML

    return YAML(typ="safe").load((BROKEN / "EXPECTED.yaml").read_text(encoding="utf-8"))


def run_cli(*args: str, input: str | None = None):
    """Invoke `cswriter ARGS…` in-process; returns click's Result (exit_code, stdout, stderr)."""
    from cswriter.cli import app

    return CliRunner().invoke(app, [str(a) for a in args], input=input)


def on_topic_reply(request, index: int = 0) -> str:
    """A figure-free reply that is about the request's section: it names the section's facts
    (their labels and the words they open with), so the coverage check accepts it, and states
    nothing verification could object to. A generic "本节内容依据事实撰写。" is off topic."""
    import re

    from cswriter.lint import lint_text

    context = request.context or {}
    facts = context.get("facts") or []
    candidates = [fact["label"] for fact in facts] + [m.group(0) for fact in facts
                                                      for m in [re.match(r"[\u4e00-\u9fff]{4,12}", fact["text"])] if m]
    candidates += [figure["label"] for figure in context.get("figures") or []]
    kept = [c for c in dict.fromkeys(candidates) if not any(ch.isdigit() for ch in c)
            and not [f for f in lint_text(f"{c}。", path="<reply>") if f.severity != "info"]]
    return f"本节涉及{'、'.join(kept[:6])}({request.section})。"


def on_topic_from_body(body: dict) -> str:
    """`on_topic_reply` for an OpenAI-style request body (the test server's guard): the
    section's fact labels are read from the data lines (- 标签:内容) of the last user message."""
    import re

    from cswriter.lint import lint_text

    user = next((m["content"] for m in reversed(body.get("messages") or []) if m.get("role") == "user"), "")
    candidates = []
    for line in user.splitlines():
        match = re.match(r"- ([^:：]+)[:：](.*)", line)
        if match:
            candidates.append(match.group(1).strip())
            head = re.match(r"[\u4e00-\u9fff]{4,12}", match.group(2).strip())
            if head:
                candidates.append(head.group(0))
    kept = [c for c in dict.fromkeys(candidates) if not any(ch.isdigit() for ch in c)
            and not [f for f in lint_text(f"{c}。", path="<reply>") if f.severity != "info"]]
    return f"本节涉及{'、'.join(kept[:6])}。"


@functools.cache
def drafted_offline(name: str):
    """(facts, draft, markdown) of fixtures/NAME.yaml drafted by the offline backend, without
    the reply cache: made once per test run and shared by every test that reads it (the
    report-quality tests read the same nine drafts many times over). Only read what you get;
    to change it, take a `model_copy`."""
    return _drafted(FIXTURES / f"{name}.yaml")


def drafted_variant(tmp_path: Path, name: str, edit):
    """(facts, draft, markdown) of fixtures/NAME.yaml after `edit(data)` changed its plain data,
    written to tmp_path and drafted by the offline backend without the reply cache."""
    import yaml

    data = yaml.safe_load((FIXTURES / f"{name}.yaml").read_text(encoding="utf-8"))
    edit(data)
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return _drafted(path)


def section_of(markdown: str, title_part: str) -> str:
    """The text of the draft's `## ` section whose title contains `title_part` (from its
    title line to the next section), or "" when the draft has none."""
    import re

    for block in re.split(r"^## ", markdown, flags=re.M)[1:]:
        if title_part in block.splitlines()[0]:
            return block
    return ""


def _drafted(path: Path):
    from cswriter.backends.offline import OfflineBackend
    from cswriter.draft import DraftOptions, draft_document
    from cswriter.draft.render import render_markdown
    from cswriter.facts.model import load_facts

    facts = load_facts(path)
    draft = draft_document(facts, OfflineBackend(), DraftOptions(use_cache=False))
    return facts, draft, render_markdown(draft)


# year-end-agent's monthly table covers January to May only (CK605): the draft attaches it
# under its months and asks about the rest in its notes until the writer says which months
# it covers (review 17). Tests of the table and its chart use the facts with that note.
ATTACHMENT_NOTE = "附表为客服系统可导出的2025年1月至5月数据"


# When the shared Word file (conftest's `year_end_docx`) says it was created.
DOCX_NOW = datetime(2026, 1, 8, 9, 30, tzinfo=timezone.utc)


def with_attachment_note(facts):
    """The facts with the writer's attachment note, which lets a partial table be attached."""
    return facts.model_copy(update={"attachments": [ATTACHMENT_NOTE]})


def noted_facts_file(tmp_path: Path, source: Path | None = None) -> Path:
    """A copy of year-end-agent.yaml (or `source`) with the attachment note, for CLI runs."""
    source = source or FIXTURES / "year-end-agent.yaml"
    out = tmp_path / source.name
    out.write_text(source.read_text(encoding="utf-8").rstrip("\n")
                   + f"\n\nattachments:\n  - {ATTACHMENT_NOTE}\n", encoding="utf-8")
    return out


def mcp_session(body, cwd: Path, root: Path | None = None):
    """Start `cswriter mcp` as a subprocess (workspace `root`, else its working folder `cwd`),
    run `body(session)` against it with the official MCP client over stdio, return its result."""
    import anyio  # here, not at the top: the fast loop collects MCP tests without the SDK
    from mcp import ClientSession
    from mcp.client.stdio import StdioServerParameters, stdio_client

    args = ["-m", "cswriter", "mcp"] + (["--root", str(root)] if root is not None else [])
    params = StdioServerParameters(command=sys.executable, args=args, cwd=str(cwd),
                                   env={"CSWRITER_CACHE_DIR": os.environ.get("CSWRITER_CACHE_DIR", str(cwd / "cache")),
                                        "PYTHONPATH": os.pathsep.join(sys.path)})

    async def main():
        with open(cwd / "server-stderr.txt", "w", encoding="utf-8") as errlog:
            async with stdio_client(params, errlog=errlog) as (read, write):
                async with ClientSession(read, write) as session:
                    await session.initialize()
                    return await body(session)

    return anyio.run(main)


def cs401_on(facts, text: str, figure: str) -> list[str]:
    """The CS401 messages lint gives `text` against `facts` on `figure` (the tracer's blind-set
    tests: a right figure draws none, a wrong one some)."""
    from cswriter.figures.trace import build_tracer
    from cswriter.lint import lint_text

    assert figure in text
    digits = figure[:len(figure) - len(figure.lstrip("0123456789."))]
    return [f.message for f in lint_text(text, tracer=build_tracer(facts))
            if f.code == "CS401" and f"“{digits}" in f.message]
