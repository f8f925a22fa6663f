"""A plain (non-editable) install works: data files and prompts ship inside the wheel."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile

import pytest
from helpers import FIXTURES, ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
        capture_output=True, text=True, timeout=300,
    )
    if proc.returncode != 0 and "hatchling" in proc.stderr:
        proc = subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
            capture_output=True, text=True, timeout=300,
        )
    assert proc.returncode == 0, proc.stderr
    (path,) = out.glob("cswriter-*.whl")
    return path


@pytest.mark.slow  # the module's wheel fixture runs pip (before the conftest guard can see it)
def test_wheel_contains_data_and_prompts(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for data in ("sections.yaml", "report_types.yaml", "metrics.yaml", "checks.yaml", "tracing.yaml"):
        assert f"cswriter/data/{data}" in names
    prompt_files = {n for n in names if n.startswith("cswriter/prompts/")}
    # The offline backend's prose templates (prompts/offline/) ship too.
    repo_prompts = {f"cswriter/prompts/{p.relative_to(ROOT / 'prompts').as_posix()}"
                    for p in (ROOT / "prompts").rglob("*") if p.is_file()}
    assert "cswriter/prompts/offline/plans.j2" in repo_prompts
    assert repo_prompts <= prompt_files
    assert not any(n.startswith(("tests/", "fixtures/")) for n in names)


@pytest.mark.slow
def test_installed_wheel_runs_check_without_the_source_tree(wheel, tmp_path):
    # -S skips site processing, so the editable install's path hook cannot supply cswriter:
    # only the wheel and the dependencies' site-packages are importable.
    purelib = sysconfig.get_paths()["purelib"]
    code = ("import sys; sys.path[:0] = [%r, %r]\n"
            "import cswriter, cswriter.check as c, cswriter.facts.model as f\n"
            "assert cswriter.__file__.startswith(%r), cswriter.__file__\n"
            "r = c.check_facts(f.load_facts(%r)); print(r.ok)") % (
        str(wheel), purelib, str(wheel), str(FIXTURES / "year-end-agent.yaml"))
    proc = subprocess.run([sys.executable, "-S", "-c", code], capture_output=True, text=True,
                          cwd=tmp_path, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "True"


@pytest.mark.slow
def test_installed_wheel_drafts_offline_from_its_own_templates(wheel, tmp_path):
    # A wheel unpacked is what pip installs for a pure-Python package; the offline prose
    # must come from the templates inside it, not from the source tree's prompts/.
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    purelib = sysconfig.get_paths()["purelib"]
    code = ("import sys; sys.path[:0] = [%r, %r]\n"
            "import cswriter\n"
            "assert cswriter.__file__.startswith(%r), cswriter.__file__\n"
            "from cswriter.backends.offline import OfflineBackend\n"
            "from cswriter.draft import draft_document\n"
            "from cswriter.facts.model import load_facts\n"
            "from cswriter.prompting import builtin_prompt_dirs\n"
            "assert all(str(d).startswith(%r) for d in builtin_prompt_dirs()), builtin_prompt_dirs()\n"
            "d = draft_document(load_facts(%r), OfflineBackend())\n"
            "print('\\n'.join(s.text for s in d.sections))") % (
        str(site), purelib, str(site), str(site), str(FIXTURES / "weekly-phone.yaml"))
    proc = subprocess.run([sys.executable, "-S", "-c", code], capture_output=True, text=True,
                          cwd=tmp_path, timeout=120, env={**os.environ, "CSWRITER_CACHE_DIR": str(tmp_path / "c")})
    assert proc.returncode == 0, proc.stderr
    assert "分期办理类平均通话时长控制在260秒以内" in proc.stdout
