"""Start-up stays light: importing the CLI must not import model SDKs, segmenters or docx."""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ("openai", "langchain", "langchain_core", "jieba", "rjieba", "docx", "httpx", "httpx2",
         "tiktoken", "numpy")


def test_importing_the_cli_imports_nothing_heavy():
    code = ("import sys, json, cswriter.cli; "
            "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in %r)))" % (HEAVY,))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == []


def test_help_lists_every_command_without_heavy_imports():
    code = ("import sys, json\n"
            "from click.testing import CliRunner\n"
            "from cswriter.cli import app\n"
            "r = CliRunner().invoke(app, ['--help'])\n"
            "print(json.dumps([r.exit_code, sorted(m for m in sys.modules if m.split('.')[0] in %r)]))" % (HEAVY,))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    exit_code, heavy = json.loads(out.stdout.strip().splitlines()[-1])
    assert exit_code == 0 and heavy == []
