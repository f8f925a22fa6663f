#!/usr/bin/env python3
"""Write the parsed data files the package ships (cswriter/data/_built/), so that the first
run after installing parses no YAML and compiles no regular expression (issue 20: first run
≤ 0.2 s): the parsed data as JSON, and the compiled programs of the patterns `cswriter lint`
uses (`regex-*.marshal`, for the Python this script runs on; see cswriter/regexcache.py).

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


# What the shipped programs are gathered from: `cswriter lint` runs over the repository's
# drafts in every output format, with and without facts, each a process of its own with an
# empty cache and nothing shipped (so nothing stale is carried over).
ROOT = Path(__file__).resolve().parent.parent
_LINT_RUN = """
import sys
from pathlib import Path
import cswriter.datacache as d
d.SHIPPED_DIR = Path(sys.argv[1])  # nothing shipped: every pattern is compiled and saved
sys.argv = ["cswriter", *sys.argv[2:]]
from cswriter.cli import main
main()
"""


def regex_programs() -> dict:
    """The programs (and built sources) a plain `cswriter lint` compiles, as regexcache keeps them."""
    import os
    import shutil
    import subprocess
    import tempfile

    from cswriter import regexcache

    with tempfile.TemporaryDirectory(prefix="cswriter-regex-") as tmp:
        work = Path(tmp)
        drafts = sorted((ROOT / "fixtures" / "drafts").iterdir())
        txt = work / "draft.txt"
        shutil.copy(drafts[0], txt)
        facts = ROOT / "fixtures" / "year-end-agent.yaml"
        env = {k: v for k, v in os.environ.items() if k != datacache.ENV_NO_CACHE}
        env[datacache.ENV_CACHE_DIR] = str(work / "cache")
        runs = [[*map(str, drafts), str(txt)], [str(drafts[0]), "--facts", str(facts)]]
        runs += [[str(txt), "--format", fmt] for fmt in ("json", "jsonl", "github", "sarif")]
        for args in runs:
            subprocess.run([sys.executable, "-c", _LINT_RUN, str(work / "none"), "lint", *args],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=work, check=False)
        (path,) = (work / "cache" / "regex").glob("*.marshal")
        programs = regexcache._read(path)  # noqa: SLF001
    if not programs:
        raise SystemExit(f"no programs were saved in {path}")
    return programs


def write_programs(check: bool) -> str | None:
    """Write (or, with `check`, compare) this Python's shipped programs; the file's name if
    it is stale."""
    import marshal

    from cswriter import regexcache

    path = regexcache.shipped_file()
    if check and not path.exists() and any(path.parent.glob("regex-*.marshal")):
        return None  # shipped for another Python: only that Python can tell whether it is current
    programs = regex_programs()
    if regexcache._read(path) == programs:  # noqa: SLF001 - compared as values: marshal bytes vary
        return None
    if not check:
        for old in path.parent.glob("regex-*.marshal"):
            old.unlink()  # one Python's programs are shipped, the one this script ran on
        path.write_bytes(regexcache._seal(marshal.dumps(programs)))  # noqa: SLF001
    return path.name


def main(argv: list[str]) -> int:
    check = "--check" in argv
    out = datacache.SHIPPED_DIR
    stale = []
    wanted = set()
    programs = write_programs(check)
    if programs:
        stale.append(programs)
    wanted.add(programs or "regex")
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
