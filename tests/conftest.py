"""The fast loop's guard: a test that starts a process, a server or a terminal must be marked
`slow`, so that `pytest -m "not slow"` stays fast. An unmarked test that does fails and says so."""

from __future__ import annotations

import socketserver
import subprocess

import pytest


@pytest.fixture(autouse=True)
def _slow_tests_are_marked(request, monkeypatch):
    if request.node.get_closest_marker("slow") is not None:
        yield
        return
    started: list[str] = []

    def spy(kind: str, original):
        def wrapper(self, *args, **kwargs):
            started.append(kind)
            return original(self, *args, **kwargs)
        return wrapper

    monkeypatch.setattr(subprocess.Popen, "__init__", spy("a process", subprocess.Popen.__init__))
    monkeypatch.setattr(socketserver.BaseServer, "__init__", spy("a server", socketserver.BaseServer.__init__))
    try:
        import pexpect
    except ImportError:  # pragma: no cover - a test dependency
        pexpect = None
    if pexpect is not None:
        monkeypatch.setattr(pexpect.spawn, "__init__", spy("a terminal", pexpect.spawn.__init__))
    yield
    if started:
        pytest.fail(f"{request.node.nodeid} starts {started[0]}: mark it @pytest.mark.slow "
                    "(pytest -m 'not slow' is the fast loop)", pytrace=False)
