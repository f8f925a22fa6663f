#!/usr/bin/env python3
"""Write the parsed data files the package ships (cswriter/data/_built/), so that the first
run after installing parses no YAML (issue 20: first run ≤ 0.2 s).

    .venv/bin/python scripts/build_data_cache.py          # after editing cswriter/data/*.yaml
    .venv/bin/python scripts/build_data_cache.py --check  # exit 1 if a shipped file is stale

A stale file is only slower, never wrong: it names the digest of the contents it was made
from, and cswriter ignores it when the data files differ (tests/test_datacache.py checks
that the shipped files are current).
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cswriter import datacache  # noqa: E402


def entries():
    """(kind, files, build) for every data cache the lint and check paths read."""
    from cswriter.domain import parse_yaml_resource
    from cswriter.lint import catalogue

    files = catalogue._data_files()  # noqa: SLF001
    yield "lint-rules", files, lambda: catalogue._plain(dataclasses.asdict(catalogue._parse(files)))  # noqa: SLF001
    for name in LINT_PATH_FILES:
        yield f"data-{name}", [datacache.DATA_DIR / name], lambda name=name: parse_yaml_resource(name)


# The data files a plain `cswriter lint` reads (an empty CSWRITER_CACHE_DIR after one run
# lists them). Only these are shipped: the others are parsed on the paths that need them,
# and files other work edits often (tracing.yaml) do not go stale here.
LINT_PATH_FILES = ("metrics.yaml", "report_types.yaml", "sections.yaml", "severities.yaml", "units.yaml")


def render(files, build) -> str:
    value = build()
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if json.loads(text) != value:
        return ""  # does not survive JSON (a YAML date): not shipped, parsed at run time
    return json.dumps({"sources": datacache.content_digest(files), "value": value},
                      ensure_ascii=False, separators=(",", ":")) + "\n"


def main(argv: list[str]) -> int:
    check = "--check" in argv
    out = datacache.SHIPPED_DIR
    stale = []
    wanted = set()
    for kind, files, build in entries():
        text = render(files, build)
        if not text:
            continue
        path = out / f"{kind}.json"
        wanted.add(path.name)
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current != text:
            stale.append(path.name)
            if not check:
                out.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
    extra = sorted(p.name for p in out.glob("*.json") if p.name not in wanted) if out.exists() else []
    if check:
        if stale or extra:
            print("stale: " + ", ".join(stale + extra) + " (run scripts/build_data_cache.py)")
            return 1
        return 0
    for name in extra:
        (out / name).unlink()
    print(f"wrote {len(stale)} of {len(wanted)} files in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
