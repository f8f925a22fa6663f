"""The fast loop: `pytest -m "not slow"`.

A test that starts a process, a server or a terminal must be marked `slow`; an unmarked test
that does fails and says so. In the fast loop the property tests (hypothesis) try 25 examples
each instead of 100 (also those that ask for more: see `helpers.examples`), unless
HYPOTHESIS_PROFILE names another profile; the whole suite (`pytest`, the README's command)
keeps hypothesis's defaults and every test's own count."""

from __future__ import annotations

import multiprocessing.process
import socketserver
import subprocess

import pytest

FAST_LOOP_EXAMPLES = 25


def pytest_configure(config):
    import os

    _temporary_folders_in_memory(config)
    _own_cache_folder(config)
    try:
        from hypothesis import settings
    except ImportError:  # pragma: no cover - a test dependency
        return
    import helpers

    settings.register_profile("fast-loop", max_examples=FAST_LOOP_EXAMPLES)
    wanted = os.environ.get("HYPOTHESIS_PROFILE")
    if wanted:
        settings.load_profile(wanted)
    elif "not slow" in (config.getoption("markexpr", "") or ""):
        settings.load_profile("fast-loop")
        helpers.FAST_LOOP_EXAMPLES = FAST_LOOP_EXAMPLES


def _temporary_folders_in_memory(config) -> None:
    """`tmp_path` folders under /dev/shm (memory) where the machine has one with room to
    spare, unless --basetemp or PYTEST_DEBUG_TEMPROOT says where. The tests make thousands of
    folders, files, renames and locks; on an ext4 disk each of those costs several times what
    it costs in memory (about a second of the fast loop's CPU). pytest still numbers the
    folders and keeps the last three runs."""
    import os

    if config.option.basetemp or os.environ.get("PYTEST_DEBUG_TEMPROOT"):
        return
    shm = "/dev/shm"
    try:
        room = os.statvfs(shm)
    except (OSError, AttributeError):  # no /dev/shm, or not a POSIX system
        return
    if os.path.isdir(shm) and os.access(shm, os.W_OK | os.X_OK) and room.f_bavail * room.f_frsize >= 1 << 30:
        os.environ["PYTEST_DEBUG_TEMPROOT"] = shm


def _own_cache_folder(config) -> None:
    """The run's own cswriter cache (model replies, locks, the list of written outputs, data
    and regex caches) in a new folder, unless CSWRITER_CACHE_DIR says where: tests that do
    not set it would otherwise read and write the user's ~/.cache/cswriter, so a reply cached
    by an earlier run, or an outputs list near its cap, could change what a test sees.
    Subprocess tests inherit it. Measured: the fast loop takes no longer with an empty cache."""
    import os
    import shutil
    import tempfile

    if os.environ.get("CSWRITER_CACHE_DIR"):
        return
    folder = tempfile.mkdtemp(prefix="cswriter-test-cache-",
                              dir=os.environ.get("PYTEST_DEBUG_TEMPROOT") or None)
    os.environ["CSWRITER_CACHE_DIR"] = folder
    config.add_cleanup(lambda: shutil.rmtree(folder, ignore_errors=True))


def pytest_collection_finish(session):
    """Garbage collection in the test process: what exists once the tests are collected (the
    library, its dependencies, pytest, the test modules: about 240,000 objects) lives until
    the end, so it is frozen out of the collector's view, and young objects are collected
    every 10,000 allocations instead of 700. Every full collection used to walk all of it:
    ~3 s of the fast loop's CPU went to the collector, ~1 s after this. Reference counting
    frees what it always freed; only cycles wait a little longer. Nothing is frozen that is
    garbage (collected first), and pytest's final collection still reports an exception
    raised in a finaliser."""
    import gc

    gc.collect()
    gc.freeze()
    gc.set_threshold(10_000, 10, 10)


@pytest.fixture(autouse=True, scope="session")
def _no_fsync_in_temporary_folders():
    """Writes of outputs and facts files are fsynced before the rename (a crash keeps the old
    file or the new one); on this kind of disk each fsync costs ~10 ms, and the tests write
    only into throw-away folders, where durability buys nothing. What is written, renamed
    and backed up is unchanged; only this process skips the flush to disk (a subprocess
    test still fsyncs)."""
    import os

    real = os.fsync
    os.fsync = lambda fd: None
    yield
    os.fsync = real


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
    # Worker pools fork without subprocess.Popen (multiprocessing has its own).
    monkeypatch.setattr(multiprocessing.process.BaseProcess, "start",
                        spy("a worker process", multiprocessing.process.BaseProcess.start))
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


# -- Word output: drafting and rendering the year-end report take about a second; the Word
# tests (test_docx.py, test_docx_layouts.py) read the same draft and the same default file.

@pytest.fixture(scope="session")
def year_end_draft():
    """year-end-agent.yaml with the attachment note, drafted offline. Shared: only read
    (a test that changes it works on a `model_copy`)."""
    from helpers import FIXTURES, with_attachment_note

    from cswriter.backends.offline import OfflineBackend
    from cswriter.draft.pipeline import DraftOptions, draft_document
    from cswriter.facts.model import load_facts

    return draft_document(with_attachment_note(load_facts(FIXTURES / "year-end-agent.yaml")), OfflineBackend(),
                          DraftOptions(use_cache=False))


@pytest.fixture(scope="session")
def year_end_docx(year_end_draft) -> bytes:
    """`year_end_draft` as the default Word file, created at helpers.DOCX_NOW."""
    from helpers import DOCX_NOW

    from cswriter.draft.docx import render_docx

    return render_docx(year_end_draft, now=DOCX_NOW)
