"""Benchmarks of the drafting pipeline (prints figures; not a timed test).

    .venv/bin/python bench/draft_pipeline.py [FACTS] [--latency 0.3]

1. Wall time of a year-end draft with `MockBackend(latency)` at concurrency 8 vs 1
   (aim: ≤ 2 × one call at 8, vs ≈ sections × one call at 1).
2. Model calls on an unchanged rerun (aim 0), and after changing one case (aim 1).
3. Prompt size per section vs a prompt carrying all facts and figures to every section.
4. A mock that invents a figure or a vague phrase in its first reply for every section:
   the share caught by verification and repaired (aim 100 %).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("facts", nargs="?", default=str(ROOT / "fixtures" / "year-end-agent.yaml"))
    parser.add_argument("--latency", type=float, default=0.3)
    args = parser.parse_args()
    os.environ["CSWRITER_CACHE_DIR"] = tempfile.mkdtemp(prefix="cswriter-bench-")

    from cswriter.facts.model import load_facts

    facts = load_facts(args.facts)
    print(f"facts: {args.facts}")
    concurrency(facts, args.latency)
    cache_reruns(facts)
    prompt_sizes(facts)
    repairs(facts)


def _plain(request, index):
    return "本节内容依据事实撰写。"


def concurrency(facts, latency: float) -> None:
    from cswriter.backends.mock import MockBackend
    from cswriter.draft import DraftOptions, draft_document

    print(f"\n1. concurrency (MockBackend latency={latency}s, no cache)")
    draft_document(facts, MockBackend(script=_plain), DraftOptions(use_cache=False))  # warm up
    for workers in (1, 8, 10):
        backend = MockBackend(script=_plain, latency=latency)
        started = time.perf_counter()
        draft_document(facts, backend, DraftOptions(concurrency=workers, use_cache=False))
        wall = time.perf_counter() - started
        print(f"   concurrency {workers}: {backend.call_count} calls, wall {wall:.2f}s "
              f"= {wall / latency:.1f} × one call")


def cache_reruns(facts) -> None:
    from cswriter.backends.mock import MockBackend
    from cswriter.draft import draft_document
    from cswriter.facts.model import facts_from_data

    print("\n2. cache")
    first = MockBackend(script=_plain)
    draft_document(facts, first)
    rerun = MockBackend(script=_plain)
    draft_document(facts, rerun)
    data = facts.model_dump(mode="json", exclude_none=True)
    if data.get("cases"):
        data["cases"][0]["result"] = str(data["cases"][0].get("result", "")) + "(复核后更新)"
    changed = MockBackend(script=_plain)
    draft_document(facts_from_data(data), changed)
    print(f"   first run: {first.call_count} calls; unchanged rerun: {rerun.call_count} calls; "
          f"after changing one case: {changed.call_count} call(s) "
          f"({', '.join(sorted({r.section for r in changed.requests})) or '-'})")


def prompt_sizes(facts) -> None:
    from cswriter.draft.models import SectionContext
    from cswriter.draft.pipeline import DraftOptions, plan_draft
    from cswriter.draft.requests import section_messages
    from cswriter.prompting import PromptLibrary

    print("\n3. prompt size (characters, system + section prompt)")
    library = PromptLibrary()
    plan = plan_draft(facts, DraftOptions(), redact=False)
    ready = [p for p in plan.sections if p.outline.status == "ready"]
    all_facts = [f for p in ready for f in p.context.facts]
    all_figures = [f for p in ready for f in p.context.figures]
    scoped, everything, user_scoped, user_everything = [], [], [], []
    for p in ready:
        messages = section_messages(p.context, library)
        scoped.append(sum(len(m.content) for m in messages))
        user_scoped.append(len(messages[-1].content))
        widened = SectionContext.model_validate({**p.context.model_dump(),
                                                 "facts": [f.model_dump() for f in all_facts],
                                                 "figures": [f.model_dump() for f in all_figures]})
        wide = section_messages(widened, library)
        everything.append(sum(len(m.content) for m in wide))
        user_everything.append(len(wide[-1].content))
    for p, mine, wide in zip(ready, scoped, everything):
        print(f"   {p.outline.id:<12} {mine:>6} vs {wide:>6} with all facts")
    print(f"   mean per section: {statistics.mean(scoped):.0f} vs {statistics.mean(everything):.0f} "
          f"({statistics.mean(scoped) / statistics.mean(everything):.0%}); "
          f"total for the draft: {sum(scoped)} vs {sum(everything)}")
    print(f"   section prompt alone (without the shared system prompt): mean "
          f"{statistics.mean(user_scoped):.0f} vs {statistics.mean(user_everything):.0f} "
          f"({statistics.mean(user_scoped) / statistics.mean(user_everything):.0%})")


INVENTED = "{subject}较上年提升9.7个百分点。"
VAGUE = "各项工作取得了显著成效。"


def repairs(facts) -> None:
    """First reply = the offline text plus an invented figure or a vague phrase; repair = the text."""
    from cswriter.backends.mock import MockBackend
    from cswriter.backends.offline import OfflineBackend
    from cswriter.draft import DraftOptions, draft_document

    offline = OfflineBackend()
    injected: dict[str, str] = {}

    def script(request, index):
        clean = offline.complete(request).text
        if request.context.get("mode") == "repair":
            return clean
        section = request.section or ""
        kind = "figure" if len(injected) % 2 == 0 else "vague"
        injected[section] = kind
        extra = INVENTED.format(subject="问题解决率") if kind == "figure" else VAGUE
        return f"{clean}\n\n{extra}"

    print("\n4. verification and repair (mock injects one problem into every first reply)")
    backend = MockBackend(script=script)
    draft = draft_document(facts, backend, DraftOptions(use_cache=False, max_repairs=2))
    caught = repaired = 0
    for section in draft.sections:
        if section.id not in injected:
            continue
        caught += section.repairs >= 1
        left = [f for f in section.findings if f.match in ("9.7个百分点", "显著成效", "取得了显著成效")]
        repaired += section.repairs >= 1 and not left
    total = len(injected)
    by_kind = {k: sum(1 for v in injected.values() if v == k) for k in ("figure", "vague")}
    print(f"   injected: {total} ({by_kind['figure']} invented figures, {by_kind['vague']} vague phrases); "
          f"caught {caught}/{total} ({caught / total:.0%}), repaired {repaired}/{total} "
          f"({repaired / total:.0%}); model calls {backend.call_count}; draft ok: {draft.ok}")


if __name__ == "__main__":
    main()
