"""Shared test helpers: paths to fixtures and a CLI runner over the real app."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
BROKEN = FIXTURES / "broken"
REALISTIC = sorted(p for p in FIXTURES.glob("*.yaml"))


def run_cli(*args: str, input: str | None = None):
    """Invoke `cswriter ARGS…` in-process; returns click's Result (exit_code, stdout, stderr)."""
    from cswriter.cli import app

    return CliRunner().invoke(app, [str(a) for a in args], input=input)
